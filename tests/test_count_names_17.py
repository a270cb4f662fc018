"""Counts of unseen documents (issue 17, batch l): counted nouns the units did not know (``danh mục``,
``đồng bào``), a count named by its own unit after a statement of another unit, the subject of a count
that is a village or a proper name, and the phrase after a count that ends before another predicate.
Cases are shortened sentences of dev documents of several publishers (131 Đại Đoàn Kết, 133 and 135
district portals, 136 a planning journal, 138 kontumtv, 139 Báo An Giang) and general report forms;
negatives say what stays as it was."""
import pytest

import baocao
from baocao.resolve._rules import load
from indicator_cases import inds


def named(text):
    return [(i.name, i.value) for i in inds(text)]


# --- counted nouns ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value,unit", [
    ("Toàn huyện có 128 danh mục công trình đầu tư xây dựng.", 128, "danh mục"),           # 139
    ("Đã thi công hoàn thành 74 danh mục.", 74, "danh mục"),
    ("Đại hội đại diện cho ý chí, nguyện vọng của trên 22 nghìn đồng bào DTTS.", 22000, "đồng bào"),  # 132
    ("Huyện có 1.500 đồng bào dân tộc Chăm.", 1500, "đồng bào"),
])
def test_a_counted_noun_is_a_quantity(text, value, unit):
    quantities = [(r.value, r.unit) for r in baocao.parse(text).records if r.kind == "quantity"]
    assert quantities == [(value, unit)]


def test_money_is_still_money_before_another_word():
    # negative: "đồng" alone is the currency
    records = baocao.parse("Thu nhập bình quân đạt 22 nghìn đồng mỗi ngày.").records
    assert [(r.kind, r.value) for r in records if r.kind in ("money", "quantity")] == [("money", 22000)]


# --- a count named by its own unit -------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    # 133: a village's households, then its residents
    ("Buôn Ea M'droh hiện có 267 hộ, với 1060 nhân khẩu.", [("hộ", 267), ("nhân khẩu", 1060)]),
    ("Xã Ea Tul có 267 hộ, 1060 nhân khẩu.", [("hộ", 267), ("nhân khẩu", 1060)]),
    ("Toàn huyện có 50 doanh nghiệp, 30 hợp tác xã.", [("doanh nghiệp", 50), ("hợp tác xã", 30)]),
    # a district report (seed 004): the verb that named the statement before names the count with its unit
    ("Năm 2024, khởi tố 70 vụ, 83 bị can; xử lý hành chính 48 vụ, 127 đối tượng.",
     [("khởi tố", 70), ("khởi tố bị can", 83), ("xử lý hành chính", 48), ("xử lý hành chính đối tượng", 127)]),
])
def test_a_count_of_another_unit_is_named_by_its_unit(text, want):
    assert named(text) == want


def test_a_figure_of_the_same_unit_still_takes_the_name_before():
    # negative: the statement before, over another part of the time
    assert named("Trồng rừng tập trung đạt 1.200 ha, riêng quý IV đạt 300 ha.") == [
        ("Trồng rừng tập trung", 1200), ("Trồng rừng tập trung", 300)]


# --- the subject of a count --------------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    # 135: a commune's proper name alone, then a word of aspect and a verb
    ("Đến thời điểm này, Mường Báng đã hoàn thành được 17/19 tiêu chí NTM.", [("tiêu chí NTM", 17)]),
    ("Năm 2023, Ea Kar đã thu hút 12 dự án nông nghiệp.", [("dự án nông nghiệp", 12)]),
    # 133: a village unit with a proper name holding an apostrophe
    ("Năm 2020, buôn Ea M'droh đã có 25 hộ thoát nghèo.", [("hộ thoát nghèo", 25)]),
])
def test_a_proper_name_or_a_village_that_did_something_is_no_name(text, want):
    assert named(text) == want


def test_a_proper_name_without_a_word_of_aspect_is_left_as_it_was():
    # negative: no "đã"/"đang"/"vừa" after it: not read as a subject (a verb done to what is counted: "hoàn
    # thành" before a count is read as a verb of reaching, reached_count_verbs, which names it by its noun)
    assert named("Mường Báng kết nạp 17 đảng viên mới.") == [("Mường Báng kết nạp", 17)]


# --- the phrase after a count --------------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    # 138: "và được" opens another predicate
    ("Năm 2018, xã Kon Đào đã hoàn thành 19/19 tiêu chí của Chương trình mục tiêu quốc gia Xây dựng nông "
     "thôn mới và được tỉnh công nhận xã đạt chuẩn.",
     [("tiêu chí của Chương trình mục tiêu quốc gia Xây dựng nông thôn mới", 19)]),
    ("Toàn huyện có 4 xã đạt chuẩn nông thôn mới và đang xây dựng 3 xã nâng cao.",
     [("xã đạt chuẩn nông thôn mới", 4), ("xã nâng cao", 3)]),
])
def test_the_phrase_after_a_count_ends_before_another_predicate(text, want):
    assert named(text) == want


@pytest.mark.parametrize("verb", load("indicators").and_count_verbs)
def test_every_and_count_verb(verb):
    # 136: "…, nhiều tiêu chí đạt vượt so với yêu cầu … và hoàn thành 9/9 tiêu chí bộ tiêu chí huyện …"
    text = (f"Đến năm 2019, nhiều tiêu chí đạt vượt so với yêu cầu bộ tiêu chí nông thôn mới giai đoạn 2016-2020 "
            f"và {verb} 9/9 tiêu chí bộ tiêu chí huyện nông thôn mới.")
    assert [n for n, _ in named(text)] == ["tiêu chí bộ tiêu chí huyện nông thôn mới"]
    # negative: a measure is no count: the rule leaves it
    assert [v for _, v in named(f"Năm 2023, huyện trồng 500 ha lúa và {verb} 300 ha ngô.")] == [500, 300]


@pytest.mark.parametrize("text,want", [
    # 131: a list of fractions written figure first, each named by the phrase after it
    ("Toàn huyện có 7/12 xã đạt tiêu chí hộ nghèo và 6/12 xã đạt tiêu chí thu nhập.",
     [("xã đạt tiêu chí hộ nghèo", 7), ("xã đạt tiêu chí thu nhập", 6)]),
    ("Toàn tỉnh có 25/30 xã đạt chuẩn nông thôn mới và 10/30 xã đạt chuẩn nâng cao.",
     [("xã đạt chuẩn nông thôn mới", 25), ("xã đạt chuẩn nâng cao", 10)]),
    # quantities as before
    ("Toàn huyện có 396 ha rừng phòng hộ và 136 ha rừng sản xuất.", [("rừng phòng hộ", 396), ("rừng sản xuất", 136)]),
])
def test_a_list_of_counts_written_figure_first(text, want):
    assert named(text) == want


@pytest.mark.parametrize("word", load("indicators").category_after_belonging)
def test_every_category_after_belonging(word):
    # 137 (Hòa Bình's portal): "Toàn huyện có 18/20 xã thuộc vùng đặc biệt khó khăn"
    assert named(f"Toàn huyện có 18/20 xã thuộc {word} đặc biệt khó khăn.") == [(f"xã thuộc {word} đặc biệt khó khăn", 18)]
    # negative: "thuộc" before a whole still ends the phrase
    assert named("Có 250 đại biểu đại diện cho 2.631 đảng viên thuộc 48 tổ chức cơ sở Đảng.") == [
        ("đảng viên", 2631), ("tổ chức cơ sở Đảng", 48)]


@pytest.mark.parametrize("text,want", [
    # 138 (kontumtv): a clause with "tiếp tục" before a comma is no piece of the name after it
    ("Cụ thể, kinh tế của xã tiếp tục phát triển, thu nhập bình quân đầu người ước đạt 38 triệu đồng.",
     [("thu nhập bình quân đầu người", 38e6)]),
    ("Năm 2023, sản xuất nông nghiệp tiếp tục ổn định, tổng sản lượng lương thực đạt 45.000 tấn.",
     [("tổng sản lượng lương thực", 45000)]),
    # negative: a piece of an enumeration still opens the name
    ("Khu vực nông, lâm nghiệp và thủy sản tăng 3%.", [("Khu vực nông, lâm nghiệp và thủy sản", 3)]),
])
def test_a_clause_that_goes_on_before_a_comma_is_no_piece_of_the_name(text, want):
    assert named(text) == want
