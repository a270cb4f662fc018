"""Names of unseen documents (issue 17): the yearly words between a change verb and its figure are the
figure's, not the name's (``thu ngân sách tăng bình quân hằng năm 10,8%``), and a status verb after
an aspect word stays in the name (``đang thực hiện 35 danh mục``, not ``đang``)."""
from __future__ import annotations

import pytest

from indicator_cases import inds, one


@pytest.mark.parametrize("text, name, value", [
    # a congress report's term figures, a province's plan review, a district's economy section
    ("Thu ngân sách tăng bình quân hằng năm 10,8%.", "Thu ngân sách", 10.8),
    ("Giá trị sản xuất ngành công nghiệp tăng bình quân hàng năm 12,5%.", "Giá trị sản xuất ngành công nghiệp", 12.5),
    ("Dân số tăng bình quân mỗi năm 1,1%.", "Dân số", 1.1),
    ("Kim ngạch xuất khẩu tăng hằng năm 15%.", "Kim ngạch xuất khẩu", 15),
    ("Tỷ lệ hộ nghèo giảm bình quân hằng năm 2,5%.", "Tỷ lệ hộ nghèo", 2.5),
])
def test_yearly_words_after_a_change_verb_are_no_part_of_the_name(text, name, value):
    ind = one(text)
    assert (ind.name, ind.value) == (name, value)
    assert ind.direction in ("tăng", "giảm")


def test_a_yearly_change_after_a_level_is_that_level_s_change():
    # "Tổng giá trị sản xuất đạt 759 tỷ đồng, tăng bình quân hằng năm 15,6%": one statement, its change
    ind = one("Tổng giá trị sản xuất đạt 759 tỷ đồng, tăng bình quân hằng năm 15,6%.")
    assert (ind.name, ind.value, ind.change, ind.direction) == ("Tổng giá trị sản xuất", 759e9, 15.6, "tăng")


@pytest.mark.parametrize("text, name", [
    # negatives: a yearly word that is no change's ("dân số hằng năm", "cây hàng năm") stays in the name
    # (before a verb of reaching it says how often the figure is reached: test_names_how_often_and_after.py)
    ("Dân số hằng năm 1.200 người.", "Dân số hằng năm"),
    ("Sản lượng lương thực đạt 300 tấn, diện tích cây hàng năm 5.000 ha.", "diện tích cây hàng năm"),
])
def test_a_yearly_word_of_the_name_stays(text, name):
    assert name in [i.name for i in inds(text)]


@pytest.mark.parametrize("text, named", [
    # an investment plan's works by stage, a project list, a case list
    ("Đã triển khai thi công hoàn thành 74 danh mục, đang thực hiện 35 danh mục.", ("đang thực hiện", 35)),
    ("Hiện có 12 dự án đang thực hiện, 5 dự án đã hoàn thành.", ("dự án đang thực hiện", 12)),
    ("Có 3 dự án chưa thực hiện.", ("dự án chưa thực hiện", 3)),
    ("Toàn huyện đã thực hiện 20 công trình, đang thực hiện 7 công trình.", ("đang thực hiện công trình", 7)),
])
def test_a_status_verb_after_an_aspect_word_stays_in_the_name(text, named):
    got = [(i.name, i.value) for i in inds(text)]
    assert named in got
    assert not [n for n, _ in got if n.split()[-1] in ("đang", "chưa")], got


def test_a_reaching_verb_without_an_aspect_word_still_goes():
    # negative: "thực hiện" alone is still a filler ("Toàn huyện đã thực hiện 20 công trình")
    assert ("công trình", 20) in [(i.name, i.value) for i in inds("Toàn huyện đã thực hiện 20 công trình.")]


@pytest.mark.parametrize("text, named", [
    # a city's congress report, a commune's rural-development news, a province's monthly report
    ("Riêng năm 2019, thành phố này thu hơn 2.500 tỷ đồng.", ("thu", 2500e9)),
    ("Thời gian qua, xã Nâm Nung đã huy động trên 78 tỷ đồng.", ("huy động", 78e9)),
    ("Nhân dịp Quốc khánh 2/9, tỉnh đã lập danh sách 1.006 người có công với cách mạng.",
     ("lập danh sách người có công", 1006)),
    ("Năm 2024, huyện đã giải ngân 300 tỷ đồng.", ("giải ngân", 300e9)),
])
def test_a_subject_place_doing_something_is_no_part_of_the_name(text, named):
    assert named in [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text, named", [
    # negatives: a place that tells the parts of a whole apart stays; a counted place is no subject
    ("Trên địa bàn tỉnh đã xảy ra 02 vụ cháy (Phường Phố Hiến xảy ra 01 vụ; xã Hưng Hà xảy ra 01 vụ).",
     ("Phường Phố Hiến xảy ra", 1)),
    ("Xã đạt chuẩn nông thôn mới 15 xã.", ("Xã đạt chuẩn nông thôn mới", 15)),
])
def test_a_place_that_is_no_subject_stays(text, named):
    assert named in [(i.name, i.value) for i in inds(text)]
