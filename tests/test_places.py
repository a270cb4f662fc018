"""Statements about another place are unattached (src/baocao/resolve/places.py)."""
import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.places import UNSURE, home_province, other_place

W = load("indicators")


def _inds(text):
    return [i for i in baocao.parse(text).indicators if i.kind == "indicator"]


def test_other_provinces_in_a_provincial_report_are_unattached():
    text = ("Tỉnh Hưng Yên: GRDP tăng 7,5%, đứng đầu vùng. Tốc độ tăng của tỉnh Hưng Yên cao hơn "
            "một số tỉnh như: Hải Phòng tăng 9,94%; Quảng Ninh tăng 9,46%. Hưng Yên thu ngân sách 500 tỷ đồng.")
    r = baocao.parse(text)
    names = [i.name for i in r.indicators if i.kind == "indicator"]
    assert names[0] == "GRDP" and names[1].endswith("thu ngân sách") and len(names) == 2
    assert sum("another place" in u.reason for u in r.unattached) == 2


@pytest.mark.parametrize("word", W.country_words)
def test_every_country_word_is_another_place_in_a_provincial_report(word):
    assert other_place(word, "bac ninh") is not None
    assert other_place(f"kim ngạch xuất khẩu của {word}", "bac ninh") is not None
    assert other_place(word, None) is None          # a national report: the country is its place


@pytest.mark.parametrize("prefix", W.place_prefixes)
def test_every_place_prefix(prefix):
    assert other_place(f"{prefix} Hải Phòng", "hung yen") == "hai phong"
    assert other_place(f"{prefix} Hưng Yên", "hung yen") is None


def test_the_documents_own_province_and_a_name_holding_a_place_inside():
    assert other_place("Hưng Yên", "hung yen") is None
    assert other_place("GRDP của tỉnh Hưng Yên", "hung yen") is None
    # a place inside a name that is no "của <place>" ending names the indicator, not its place
    assert other_place("xuất khẩu sang Hải Phòng và các tỉnh", "hung yen") is None


def test_an_unclear_home_sets_nothing_aside():
    text = "Hải Phòng và Quảng Ninh. Hải Phòng tăng 9,94%; Quảng Ninh tăng 9,46%."
    r = baocao.parse(text)
    assert home_province(r) == UNSURE
    assert len(_inds(text)) == 2


def test_the_first_line_names_the_subject_of_two_provinces_named_as_often():
    # 030 (Báo Bắc Ninh's news of a ranking): the caption above names Bắc Ninh alone; the figures of the
    # provinces it is ranked with, and the country's, are other places' (061: a report's title likewise)
    text = ("Linh kiện điện tử là mặt hàng xuất khẩu thế mạnh của Bắc Ninh\n\nKim ngạch xuất khẩu hàng hóa "
            "của Việt Nam đạt 30,6 tỷ USD. Bắc Ninh dẫn đầu. Bình Dương với 22,51 tỷ USD; Bình Dương đứng "
            "thứ ba. Kim ngạch xuất khẩu của Bắc Ninh đạt 4,2 tỷ USD.")
    r = baocao.parse(text)
    assert home_province(r) == "bac ninh"
    assert [i.value for i in _inds(text)] == [4.2e9]
    # a first line that names both, or neither, leaves the home unclear
    for first in ("Bắc Ninh và Bình Dương", "Tin kinh tế"):
        r = baocao.parse(first + "\n\nBắc Ninh tăng 5%. Bình Dương tăng 4%. Bắc Ninh, Bình Dương.")
        assert home_province(r) == UNSURE


def test_the_documents_own_place_is_left_out_of_a_name():
    text = ("Tỉnh Bắc Giang: tăng trưởng GRDP của Bắc Giang đạt 13,87%. Tỉnh Bắc Giang đạt tốc độ tăng trưởng "
            "kinh tế 11%. Sản lượng vải thiều Bắc Giang đạt 300 tấn.")
    assert [i.name for i in _inds(text)] == ["tăng trưởng GRDP", "tốc độ tăng trưởng kinh tế",
                                             "Sản lượng vải thiều Bắc Giang"]


@pytest.mark.parametrize("verb", W.home_verbs)
def test_every_home_verb(verb):
    text = f"Tỉnh Bắc Giang. Tỉnh Bắc Giang {verb} tốc độ tăng trưởng kinh tế 11%."
    assert [i.name for i in _inds(text)] == ["tốc độ tăng trưởng kinh tế"]


@pytest.mark.parametrize("text", [
    # the Pacific, a person's name, peace at a sentence's start, a publisher's city in a citation
    "Hợp tác xuyên Thái Bình Dương được mở rộng. Hội nhập khu vực Thái Bình Dương. GDP tăng 6,5%.",
    "Tư tưởng Hồ Chí Minh soi đường. Chủ tịch Hồ Chí Minh dạy. Học tập tư tưởng Hồ Chí Minh. GDP tăng 6,5%.",
    "Hòa bình, hợp tác và phát triển. Hòa bình là xu thế lớn. GDP tăng 6,5%.",
    "GDP tăng 6,5%.¹\n\n¹ Văn kiện Đại hội, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2021, tr.27.",
])
def test_names_that_hold_a_province_but_are_no_place_leave_a_document_national(text):
    assert home_province(baocao.parse(text)) is None


@pytest.mark.parametrize("text, home", [
    ("Thành phố Hồ Chí Minh: GRDP tăng 7%. TP. Hồ Chí Minh thu ngân sách 500 nghìn tỷ đồng.", "ho chi minh"),
    ("Tỉnh Thái Bình: GRDP tăng 7%. Thái Bình thu ngân sách 5.000 tỷ đồng.", "thai binh"),
    ("TỈNH HÒA BÌNH: GRDP tăng 7%. Hòa Bình thu ngân sách 5.000 tỷ đồng.", "hoa binh"),
    ("Hà Nội, ngày 5 tháng 1 năm 2021. GRDP của Hà Nội tăng 7%.", "ha noi"),
])
def test_the_same_provinces_written_as_places_are_counted(text, home):
    assert home_province(baocao.parse(text)) == home


@pytest.mark.parametrize("page", W.citation_pages)
def test_every_citation_page_word(page):
    text = f"GDP tăng 6,5%.¹\n\n¹ Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2021, {page} 27."
    assert home_province(baocao.parse(text)) is None


@pytest.mark.parametrize("name", W.not_places + W.places_after_prefix)
def test_every_name_that_is_no_place_on_its_own(name):
    assert home_province(baocao.parse(f"{name}. {name}. GDP tăng 6,5%.")) is None
