"""Parts of a figure broken down by locality take the key of the statement they break down
(``resolve.place_parts``): a place says where, not what is measured."""
import pytest

from indicator_cases import inds
from baocao.resolve.place_parts import is_place


@pytest.mark.parametrize("name, place", [
    ("huyện Pác Nặm", True), ("Krông Nô", True), ("thị xã Gia Nghĩa", True), ("Đắk R’lấp", True),
    ("huyện vùng cao Mường Nhé", True),
    # any of the vocabulary's administrative units, as written at a sentence's start too
    ("Quận Ninh Kiều", True), ("Huyện vùng cao Mường Nhé", True),
    ("Lúa", False), ("GRDP", False), ("Tỷ lệ hộ nghèo", False), ("hộ nghèo huyện Pác Nặm", False),
])
def test_is_place(name, place):
    assert is_place(name) is place


def _keys(text):
    return [(i.name, i.key) for i in inds(text)]


def test_a_list_after_a_breakdown_opener_takes_the_wholes_key():
    got = _keys("Theo đó, toàn tỉnh có 27.761 hộ nghèo, chiếm 19,26%. Cụ thể, Chư Jút: 2.958 hộ; Krông Nô: "
                "3.169 hộ; Đắk Mil: 1.863 hộ; thị xã Gia Nghĩa: 417 hộ.")
    assert got[0][1] == "poor_households"
    # a place the data spells otherwise ("Cư Jút") keeps no key, and is passed over
    assert [k for _, k in got[2:]] == ["poor_households"] * 3


def test_places_in_the_same_sentence():
    got = _keys("Tỷ lệ hộ nghèo toàn tỉnh là 24,8%, cao nhất là huyện Mường Nhé 76,6%, huyện Tuần Giáo 58,1%.")
    assert got[0][1] == "poverty_rate"
    assert [k for _, k in got[1:]] == ["poverty_rate", "poverty_rate"]


@pytest.mark.parametrize("text", [
    # the sentence before does not open a list: a near-poor rate is no whole of the poverty ranking
    "Số hộ cận nghèo là 8.668 hộ, chiếm tỷ lệ 10,80%. Cao nhất là huyện Pác Nặm với 35,22%; huyện Ngân Sơn 34,41%.",
    # another unit: the places count households, the whole is a rate
    "Tỷ lệ hộ nghèo toàn tỉnh là 24,8%, trong đó huyện Mường Nhé 1.200 hộ, huyện Tuần Giáo 980 hộ.",
])
def test_no_whole_no_key(text):
    got = _keys(text)
    assert all(k is None for n, k in got if is_place(n)), got


@pytest.mark.parametrize("text, key", [
    # a semicolon or a colon ends no sentence (reach.SENTENCE_STOP_BEFORE): the places after it break down
    # the statement before it
    ("Tỷ lệ hộ nghèo toàn tỉnh là 24,8%; cao nhất là huyện Mường Nhé 76,6%, huyện Tuần Giáo 58,1%.", "poverty_rate"),
    ("Tổng thu ngân sách toàn tỉnh đạt 2.958 tỷ đồng: huyện Krông Nô 169 tỷ đồng, huyện Đắk Mil 186 tỷ đồng.",
     "budget_revenue"),
])
def test_places_after_a_semicolon_or_colon_of_the_same_sentence(text, key):
    got = _keys(text)
    assert [k for _, k in got] == [key] * 3, got


def test_a_place_of_the_list_before_the_sentence_ends_it():
    # (p01, a provincial party report) each numbered target its own sentence: the places of (14) break down
    # no statement of (13)
    got = _keys("(13) Tỷ lệ hộ nghèo Thái Nguyên giảm bình quân 1,15%/năm; Bắc Kạn giảm bình quân 2,47%/năm.\n"
                "(14) Tỷ lệ che phủ rừng năm 2025: Thái Nguyên đạt trên 46%, Bắc Kạn đạt trên 72,9%.")
    assert got[0][1] == "poverty_rate"
    assert [k for n, k in got[1:] if k == "poverty_rate" and "nghèo" not in n] == [], got


@pytest.mark.parametrize("text, key", [
    # 143 (giamngheo.backan.gov.vn): the ranking's lead names the rate, no statement of it before the list
    ("Số hộ cận nghèo là 8.668 hộ. Xếp theo thứ tự, có tỷ lệ hộ nghèo cao nhất là huyện Pác Nặm với 35,22%; "
     "tiếp theo là huyện Ngân Sơn 34,41%; huyện Na Rì 25,11%.", "poverty_rate"),
    # 234 (Cục Thống kê Quảng Bình): the lead before a colon, the season's total in the sentence before keyless
    ("Dự ước diện tích vụ Hè Thu năm 2016 thực hiện 31.094,2 ha. Diện tích gieo trồng của các địa phương: "
     "Đồng Hới thực hiện 1.003,3 ha, bằng 99,8%; Ba Đồn thực hiện 2.555,3 ha, tăng 10,2%.", "sown_area"),
])
def test_a_list_that_opens_its_sentence_takes_the_key_its_lead_names(text, key):
    got = _keys(text)
    assert [k for n, k in got if is_place(n)] == [key] * (2 if "Đồng Hới" in text else 3), got


@pytest.mark.parametrize("text", [
    # a change: the places' figures are what the whole fell by, no level of it
    "Các huyện có số hộ nghèo giảm nhiều: huyện Krông Nô 169 hộ, huyện Đắk Mil 186 hộ.",
    # a lead that names nothing of the places' unit
    "Cụ thể, các xã Cư Klông 12 tiêu chí; xã Ea Hồ 11 tiêu chí.",
    # a statement in the lead's clause: the list breaks it down or nothing
    "Toàn tỉnh có 27.761 hộ nghèo, cao nhất là huyện Krông Nô 24,1%, huyện Đắk Mil 19,3%.",
])
def test_a_lead_that_names_no_whole_of_the_places_gives_no_key(text):
    got = _keys(text)
    assert all(k is None for n, k in got if is_place(n)), got
