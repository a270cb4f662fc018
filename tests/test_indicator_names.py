"""Indicator names (issue 17): the indicator phrase only, whatever comes before it in the sentence: a
clause before the name, a verb that ends an enumeration, the document's own place, a long lead; with
negatives (what is part of a name stays)."""
from pathlib import Path

import pytest
import regex

import baocao

DEV = Path(__file__).parent / "corpus" / "genre" / "dev"


def names(text):
    return [i.name for i in baocao.parse(text).indicators if i.kind == "indicator"]


# --- a clause before the name ends at a verb or a comma before a name head --------------------------
@pytest.mark.parametrize("text,name", [
    ("Các loại rau màu vụ mùa cho năng suất trung bình ước đạt 234,78 tạ/ha.", "năng suất trung bình"),
    ("Thời tiết thuận lợi cho cây lúa sinh trưởng, phát triển, năng suất lúa vụ mùa ước đạt 61,0 tạ/ha.",
     "năng suất lúa vụ mùa"),
    ("Trong tháng các huyện cho thu hoạch trên những trà lúa sớm, diện tích thu hoạch 1.962,55 ha.",
     "diện tích thu hoạch"),
    ("Nhiều giải pháp ứng dụng công nghệ cao vào sản xuất đã đưa khu vực nông – lâm nghiệp đạt mức tăng "
     "trưởng 4,39%.", "khu vực nông – lâm nghiệp"),
    ("Sản xuất công nghiệp được khôi phục ở hầu hết ngành, mang lại giá trị sản xuất trên 77.000 tỷ đồng.",
     "giá trị sản xuất"),
])
def test_a_clause_before_the_name_is_left_out(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text,name", [
    # a list of names is no clause: the comma before a head is inside the name
    ("Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng đạt 1.000 tỷ đồng.",
     "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng"),
    ("Giá trị sản xuất khu vực nông, lâm, thủy sản đạt 46.459 tỷ đồng.",
     "Giá trị sản xuất khu vực nông, lâm, thủy sản"),
    # a head cut not before a name head cuts nothing
    ("Dư nợ cho vay hộ nghèo đạt 1.200 tỷ đồng.", "Dư nợ cho vay hộ nghèo"),
])
def test_a_name_that_holds_a_head_keeps_it(text, name):
    assert names(text) == [name]


# --- a verb that ends an enumeration is a piece of the name ----------------------------------------
def test_an_enumeration_ending_in_a_verb_names_its_figure():
    text = ("Tổng sản phẩm tăng 7,12%. Trong đó: khu vực nông, lâm, thủy sản tăng 3,49%, khu vực công "
            "nghiệp, xây dựng tăng 1,63% và khu vực dịch vụ tăng 11,56%.")
    assert names(text) == ["Tổng sản phẩm", "khu vực nông, lâm, thủy sản", "khu vực công nghiệp, xây dựng",
                           "khu vực dịch vụ"]


def test_a_verb_alone_still_gives_the_phrase_after():
    assert names("Toàn tỉnh đã xây dựng 120 km đường giao thông nông thôn.") != ["xây dựng"]


# --- the document's own place says whose figure it is ----------------------------------------------
HOME = "Báo cáo kinh tế - xã hội thành phố Đà Nẵng.\n\nĐà Nẵng tiếp tục phát triển. "


@pytest.mark.parametrize("sentence,name", [
    ("Tổng sản phẩm trên địa bàn quý II năm 2022 của Đà Nẵng ước tăng 12,37%.", "Tổng sản phẩm trên địa bàn"),
    ("Tính chung 6 tháng, GRDP Đà Nẵng ước tăng 7,23%.", "GRDP"),
    ("Kim ngạch xuất khẩu của thành phố Đà Nẵng đạt 1,2 tỷ USD.", "Kim ngạch xuất khẩu"),
])
def test_the_documents_place_is_no_part_of_a_name(sentence, name):
    assert names(HOME + sentence) == [name]


def test_a_place_after_a_noun_names_a_product_and_stays():
    text = ("Báo cáo tỉnh Hưng Yên.\n\nHưng Yên phát triển. Sản lượng nhãn lồng Hưng Yên đạt 300 tấn.")
    assert names(text) == ["Sản lượng nhãn lồng Hưng Yên"]


# --- a name starts at a word ------------------------------------------------------------------------
def test_a_long_lead_is_never_cut_inside_a_word():
    text = ("Trong đó, khu vực công nghiệp - xây dựng tăng 26,26%; tổng mức bán lẻ hàng hóa, doanh thu dịch "
            "vụ sử dụng và doanh thu hoạt động dịch vụ lưu trú, ăn uống du lịch lữ hành tăng 17,13% so cùng kỳ.")
    got = names(text)[-1]
    assert got.split()[0] in ("tổng", "doanh") and got.endswith("du lịch lữ hành")


_LETTER = regex.compile(r"[\p{L}\p{M}\p{N}]")


@pytest.mark.slow
@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt")), ids=lambda p: p.name[:16])
def test_every_name_of_the_dev_documents_starts_at_a_word(path):
    text = path.read_text(encoding="utf-8")
    for i in baocao.parse(text, doc=str(path)).indicators:
        if i.kind != "indicator" or i.name_start is None:
            continue
        before = text[i.name_start - 1:i.name_start]
        assert not _LETTER.match(before), (i.name, text[i.name_start - 10:i.name_start + 20])


# --- counts of what a whole holds: named by what they count -----------------------------------------
def test_counts_of_the_party_a_congress_stands_for_are_named_by_their_units():
    got = [(i.name, i.value) for i in baocao.parse(
        "Đại hội có 349 đại biểu đại diện cho hơn 29.000 đảng viên của 14 đảng bộ trực thuộc Tỉnh ủy.").indicators
        if i.kind == "indicator"]
    assert got == [("đảng viên", 29000), ("đảng bộ trực thuộc Tỉnh ủy", 14)]


# --- a name that points back takes the topic of its sentence ----------------------------------------
def test_this_index_is_the_topic_of_its_sentence():
    text = ("Về lạm phát cơ bản (CPI sau khi loại trừ lương thực, thực phẩm tươi sống), tháng 12 chỉ số này "
            "chỉ tăng 0,11% so với tháng 11, tăng 1,69% so với cùng kỳ.")
    assert names(text) == ["lạm phát cơ bản", "lạm phát cơ bản"]


# --- a change restated as an amount is no indicator of its own -----------------------------------------
@pytest.mark.parametrize("word", ["tương ứng", "tương đương"])
@pytest.mark.parametrize("verb", ["tăng", "giảm"])
def test_a_change_restated_as_an_amount_is_held_by_its_statement(word, verb):
    got = [(i.name, i.value, len(i.figures)) for i in baocao.parse(
        f"Tổng diện tích gieo trồng cây hằng năm đạt 67.606 ha, {verb} 1,73%, {word} {verb} 1.192 ha so với năm "
        f"trước.").indicators if i.kind == "indicator"]
    assert got == [("Tổng diện tích gieo trồng cây hằng năm", 67606, 3)]


def test_an_amount_in_another_unit_after_a_change_is_not_held():
    got = [i.name for i in baocao.parse("Đàn lợn đạt 120.000 con, tăng 2,1%, tương ứng tăng 300 tấn thịt.").indicators
           if i.kind == "indicator"]
    assert got[0] == "Đàn lợn" and len(got) == 2


# --- the end of one count's phrase is no name of the count after it -------------------------------------
@pytest.mark.parametrize("text,second", [
    ("Các cấp ủy đã kiểm tra 232.401 tổ chức đảng và 1.284.298 đảng viên.", ("đảng viên", 1284298)),
    ("Đảng bộ có 45 chi bộ trực thuộc và 1.200 đảng viên.", ("đảng viên", 1200)),
])
def test_a_count_joined_to_the_count_before_is_named_by_its_own_unit(text, second):
    got = [(i.name, i.value) for i in baocao.parse(text).indicators if i.kind == "indicator"]
    assert got[1] == second



# --- a news byline at the start of a line is the article's source, no part of a name ------------------
@pytest.mark.parametrize("byline", ["Điện Biên TV", "(CT)", "(ĐCSVN)", "(ĐS&PL)", "ĐBP", "TTXVN", "Báo Hòa Bình TV"])
def test_a_byline_before_the_lead_is_no_part_of_a_name(byline):
    text = f"Tin kinh tế\n\n{byline} - Tốc độ tăng trưởng tổng sản phẩm trên địa bàn tăng 6,28%."
    assert names(text) == ["Tốc độ tăng trưởng tổng sản phẩm trên địa bàn"]


@pytest.mark.parametrize("text,name", [
    ("Công nghiệp - Xây dựng tăng 10,81%.", "Công nghiệp - Xây dựng"),         # a pair of sectors
    ("TTGDNN - GDTX huyện đạt 95%.", "TTGDNN - GDTX huyện"),                   # a name in capitals
    ("Tỉnh có khu vực Điện Biên TV - Tốc độ tăng trưởng đạt 6,28%.",            # not at a line's start
     "Tỉnh có khu vực Điện Biên TV - Tốc độ tăng trưởng"),
])
def test_a_dash_that_is_no_byline_stays(text, name):
    assert names(text) == [name]


# --- a number's qualifier alone is no name ---------------------------------------------------------
from baocao.core.numbers.words import QUALIFIERS  # noqa: E402
from baocao.resolve.vocabulary import QUALIFIER_ONLY  # noqa: E402
from baocao.core.fold import fold  # noqa: E402


@pytest.mark.parametrize("word", sorted(w for w in QUALIFIERS if regex.search(r"\p{L}", w)))
def test_every_qualifier_word_alone_is_no_name(word):
    assert QUALIFIER_ONLY.match(fold(word)) and not QUALIFIER_ONLY.match(fold(word + " dân số"))


@pytest.mark.parametrize("word", ["gần", "khoảng", "trên", "hơn", "xấp xỉ", "dưới"])
def test_a_qualifier_alone_names_nothing(word):
    # "tăng gần gấp 2 lần so với năm 2011 (7.840 tỷ đồng)": "gần" qualifies the multiple, it names nothing
    got = names(f"Tổng sản phẩm đạt 15.076 tỷ đồng và tăng {word} gấp 2 lần so với năm 2011 (7.840 tỷ đồng).")
    assert got and word not in got and all(n.startswith("Tổng sản phẩm") for n in got)


@pytest.mark.parametrize("text,name", [
    ("Gần đây tổng sản phẩm đạt 500 tỷ đồng.", "tổng sản phẩm"),
    ("Số hộ trên 60 tuổi đạt 500 hộ.", "Số hộ trên 60 tuổi"),     # a qualifier inside a name stays
])
def test_a_qualifier_inside_a_name_stays(text, name):
    assert names(text)[0].endswith(name)
