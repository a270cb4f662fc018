"""A generic name keyed by the count before it in its sentence (resolve/key_subjects.py, session 43): the
capital of the FDI projects (144 BQL KKT Hải Phòng, 185 Báo Đấu thầu) and of the enterprises founded (033 Báo
Gia Lai), with their negatives."""
import pytest

from indicator_cases import inds
from baocao.resolve._rules import load
from baocao.resolve.key_names import clean
from baocao.resolve.key_subjects import _link, _pairs
from baocao.resolve.keys import _by_key


def _keys(text):
    return {i.value: i.key for i in inds(text)}


@pytest.mark.parametrize("text, value, key", [
    # 144: "với" after the projects' licence
    ("Trong quý I, có 09 dự án có vốn đầu tư nước ngoài (FDI) được Ban Quản lý Khu kinh tế Hải Phòng cấp Giấy "
     "chứng nhận đăng ký đầu tư với tổng vốn đầu tư tương đương 52,57 triệu USD.", 52.57e6, "fdi_attracted"),
    # 185
    ("Toàn tỉnh Bắc Ninh đã thu hút được 108 dự án đầu tư trực tiếp nước ngoài (FDI) đăng ký cấp mới với tổng "
     "số vốn đăng ký đạt 535,6 triệu USD, tăng 50,8% so với cùng kỳ.", 535.6e6, "fdi_attracted"),
    # 033: a semicolon after the count's own change
    ("Trong 6 tháng đầu năm, có 500 doanh nghiệp thành lập mới, tăng 11,6% so với cùng kỳ; tổng vốn đăng ký là "
     "5.125 tỷ đồng, tăng 9,5% so với cùng kỳ.", 5125e9, "new_enterprises_capital"),
])
def test_a_generic_capital_is_the_capital_of_the_count_before(text, value, key):
    assert _keys(text)[value] == key


@pytest.mark.parametrize("text, value", [
    # 279: a list of counts, then their capitals respectively
    ("Trên địa bàn tỉnh có 369 dự án FDI và 787 dự án trong nước, với tổng vốn đăng ký là 5.415,5 triệu USD và "
     "168.894,4 tỉ đồng.", 5415.5e6),
    # 185: the count before keys nothing (revoked projects): no pair
    ("Cũng trong thời gian này, Bắc Ninh thu hồi 35 dự án (tăng 14 dự án so với cùng kỳ năm trước) với tổng vốn "
     "đầu tư 233,4 triệu USD.", 233.4e6),
    # another sentence
    ("Năm 2023 có 20 dự án FDI được cấp mới. Tổng vốn đăng ký đạt 300 triệu USD.", 300e6),
    # the capital's own name says whose it is
    ("Có 500 doanh nghiệp thành lập mới, tổng vốn đăng ký của các dự án trong nước đạt 1.000 tỷ đồng.", 1e12),
    # a breakdown between: the capital of the part
    ("Thu hút 20 dự án FDI, trong đó tổng vốn đăng ký đạt 300 triệu USD.", 300e6),
])
def test_a_generic_capital_elsewhere_is_not_keyed_so(text, value):
    assert _keys(text).get(value) not in ("fdi_attracted", "new_enterprises_capital")


@pytest.mark.parametrize("entry", load("indicator_keys").subject_pairs, ids=lambda e: f"{e.before}-{e.key}")
def test_every_subject_pair(entry):
    assert entry.before in _by_key() and entry.key in _by_key()
    for name in entry.names:
        assert _pairs()[(entry.before, clean(name))] == entry.key


@pytest.mark.parametrize("link", load("indicator_keys").subject_links)
def test_every_subject_link(link):
    assert _link().search(f"… cấp mới {link} ")
    assert not _link().search(f"… cấp mới {link} thêm ")


@pytest.mark.parametrize("text, value", [
    # r01, r02: the projects in operation to date, a stock
    ("Tính đến 30/12/2024, toàn tỉnh có 613 dự án có vốn đầu tư nước ngoài đăng ký hoạt động, với tổng số vốn "
     "đăng ký là 8.491,82 triệu USD.", 8491.82e6),
    # 144: still valid
    ("Lũy kế đến ngày 31/3/2018 có 262 dự án FDI còn hiệu lực với tổng số vốn đăng ký là 12,219 tỷ USD.", 12.219e9),
])
def test_the_capital_of_a_stock_of_projects_is_not_keyed_so(text, value):
    assert _keys(text).get(value) != "fdi_attracted"


@pytest.mark.parametrize("word", load("indicator_keys").subject_stock_words)
def test_every_subject_stock_word(word):
    text = f"Năm 2024, {word} có 20 dự án FDI, với tổng vốn đăng ký đạt 300 triệu USD."   # in the count's sentence
    assert _keys(text).get(300e6) != "fdi_attracted"
    assert _keys("Năm 2024 có 20 dự án FDI, với tổng vốn đăng ký đạt 300 triệu USD.")[300e6] == "fdi_attracted"
