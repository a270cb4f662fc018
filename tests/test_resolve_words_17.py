"""Every word of the indicator vocabulary added for issue 17 (resolve/data/indicators.yaml: event_units,
event_words, rank_words, from_words/to_words/change_from_verbs, multiple_words, plan_fraction_units,
plan_words, end_fillers, opening_fillers, name_cuts, time_only, keep_at_start) makes the difference it
is listed for."""
import pytest

import baocao
from baocao.resolve._rules import load

W = load("indicators")


def _parse(text):
    r = baocao.parse(text)
    return [i for i in r.indicators if i.kind == "indicator"], r.unattached


@pytest.mark.parametrize("unit", W.event_units)
def test_every_event_unit(unit):
    inds, loose = _parse(f"Đại hội có 346 {unit}.")
    if not loose:      # a unit the extractors do not read makes no figure at all: nothing to attach
        assert inds == []
        return
    assert inds == [] and all(u.reason.startswith("event_count") for u in loose)


@pytest.mark.parametrize("word", W.event_words)
def test_every_event_word(word):
    inds, loose = _parse(f"Với {word} 53/53, đồng chí được bầu.")
    assert inds == [] and [u.reason.split(":")[0] for u in loose] == ["event_count"]


@pytest.mark.parametrize("word", W.rank_words)
def test_every_rank_word(word):
    inds, loose = _parse(f"Tỉnh {word} 9/63 cả nước.")
    assert inds == [] and [u.reason.split(":")[0] for u in loose] == ["rank"]


def test_a_rank_word_folded_inside_another_word_is_no_rank():
    inds, _ = _parse("Doanh thu 450 tỷ đồng.")          # "thu" is no "thứ"
    assert [(i.name, i.value) for i in inds] == [("Doanh thu", 450e9)]


@pytest.mark.parametrize("verb", W.change_from_verbs)
@pytest.mark.parametrize("to", W.to_words)
def test_every_change_from_one_level_to_another(verb, to):
    inds, _ = _parse(f"Tỷ lệ đô thị hóa {verb} từ 35,6% {to} 61,4%.")
    assert [(i.value, i.from_value) for i in inds] == [(61.4, 35.6)]


@pytest.mark.parametrize("word", W.from_words)
def test_every_from_word(word):
    inds, _ = _parse(f"Tỷ lệ hộ nghèo giảm {word} 12,5% xuống còn 4,2%.")
    assert [(i.value, i.from_value, i.direction) for i in inds] == [(4.2, 12.5, "giảm")]


@pytest.mark.parametrize("word", W.multiple_words)
def test_every_multiple_word(word):
    inds, _ = _parse(f"Số lượt khách đạt 12.000 lượt, {word} 2,26 lần.")
    assert [(i.value, i.change, i.change_unit) for i in inds] == [(12000, 2.26, "lần")]


@pytest.mark.parametrize("unit", W.plan_fraction_units)
def test_every_plan_fraction_unit(unit):
    inds, _ = _parse(f"Diện tích trồng mới đạt 650/700 {unit}.")
    assert [(i.value, i.target, i.unit) for i in inds] == [(650, 700, unit)]


@pytest.mark.parametrize("word", W.plan_words)
def test_every_plan_word(word):
    inds, _ = _parse(f"Toàn tỉnh có 40/50 xã {word} hoàn thành.")
    plain, _ = _parse("Toàn tỉnh có 40/50 xã hoàn thành.")
    assert [i.target for i in inds] == [50] and [i.target for i in plain] == [None]


@pytest.mark.parametrize("word", W.end_fillers)
def test_every_end_filler(word):
    # ("là" before the figure: "thành phố 525" right before an amount reads as a street address, no figure)
    inds, _ = _parse(f"Kim ngạch xuất khẩu {word} là 525 triệu USD.")
    assert [i.name for i in inds] == ["Kim ngạch xuất khẩu"]


@pytest.mark.parametrize("word", W.start_fillers)
def test_every_start_filler(word):
    # at the start of the text before a figure only ("tình hình thu ngân sách đạt trên 60% dự toán", 094)
    inds, _ = _parse(f"{word[0].upper() + word[1:]} thu ngân sách đạt 525 tỷ đồng.")
    assert [i.name for i in inds] == ["thu ngân sách"]


@pytest.mark.parametrize("word", W.opening_fillers)
def test_every_opening_filler(word):
    inds, _ = _parse(f"{word[0].upper() + word[1:]} kim ngạch xuất khẩu đạt 525 triệu USD.")
    assert [i.name for i in inds] == ["kim ngạch xuất khẩu"]


@pytest.mark.parametrize("word", W.name_cuts)
def test_every_name_cut(word):
    inds, _ = _parse(f"Trong 3 tháng qua của tỉnh {word} tổng kim ngạch xuất khẩu 525 triệu USD.")
    assert [i.name for i in inds] == ["tổng kim ngạch xuất khẩu"]


@pytest.mark.parametrize("word", W.time_only)
def test_every_time_only_name_is_no_name(word):
    inds, loose = _parse(f"Kim ngạch xuất khẩu đạt 525 triệu USD; {word} 3,1%.")
    assert inds and all(i.name == "Kim ngạch xuất khẩu" for i in inds)   # never named by the time word


@pytest.mark.parametrize("word", W.keep_at_start)
def test_every_word_kept_at_the_start_of_a_name(word):
    inds, _ = _parse(f"{word[0].upper() + word[1:]} kinh tế đạt 7,5%.")
    assert [i.name for i in inds] == [f"{word[0].upper() + word[1:]} kinh tế"]


@pytest.mark.parametrize("word", W.base_year_words)
def test_every_base_year_word(word):
    inds, _ = _parse(f"Tổng sản phẩm theo {word} năm 2010 đạt 11.423,4 tỷ đồng.")
    assert [i.period for i in inds] != ["2010"]


@pytest.mark.parametrize("word", W.planned)
def test_every_planned_word_is_a_target_under_a_plan(word):
    inds, _ = _parse(f"Theo kế hoạch năm 2025, thu ngân sách {word} đạt 500 tỷ đồng.")
    assert [i.framing for i in inds] == ["target"]


@pytest.mark.parametrize("word", W.clause_words)
def test_every_clause_word_ends_an_enumeration(word):
    inds, _ = _parse(f"Số liệu thống kê {word} nhiều, tổng sản phẩm đạt 25.493 tỷ đồng.")
    assert [i.name for i in inds] == ["tổng sản phẩm"]


@pytest.mark.parametrize("word", W.breakdown_openers)
def test_every_breakdown_opener(word):
    inds, _ = _parse(f"Thu ngân sách ước đạt 500 tỷ đồng. {word[0].upper() + word[1:]}, thu nội địa đạt 300 tỷ đồng.")
    assert [i.framing for i in inds] == ["estimate", "estimate"]


@pytest.mark.parametrize("word", W.now_words)
def test_every_now_word_dates_a_statement_by_the_document(word):
    inds, _ = _parse(f"Ngày 12/8/2024, Đại hội khai mạc.\n\nNăm 2020 có 80 hộ. Xã {word} có 120 hộ tham gia.")
    assert [i.period for i in inds] == ["2020", "2024"]


@pytest.mark.parametrize("word", W.equal_words)
def test_every_equal_word_holds_a_restatement(word):
    inds, _ = _parse(f"Toàn tỉnh còn 9.604 hộ nghèo, {word} 3,14%.")
    assert [(i.value, len(i.figures)) for i in inds] == [(9604, 2)]


@pytest.mark.parametrize("word", W.comparatives)
def test_every_comparative_is_held(word):
    inds, _ = _parse(f"Khu vực I tăng 10,25%, {word} 1,04% so với cùng kỳ năm trước.")
    assert [(i.value, i.change, len(i.figures)) for i in inds] == [(10.25, None, 2)]


@pytest.mark.parametrize("word", W.topic_markers)
def test_every_topic_marker_names_the_first_figure(word):
    inds, _ = _parse(f"{word[0].upper() + word[1:]} dịch vụ lưu trú, 6 tháng đầu năm tăng 17,01%.")
    assert [(i.name, i.value) for i in inds] == [("dịch vụ lưu trú", 17.01)]


@pytest.mark.parametrize("word", W.level_after_change)
def test_every_word_of_a_level_after_its_change(word):
    inds, _ = _parse(f"Tỷ lệ hộ nghèo giảm 1,2% so với năm 2020, {word} 3,1%.")
    assert [(i.value, i.change) for i in inds] == [(3.1, 1.2)]


def test_a_highlight_after_a_comma_is_no_part_of_the_name():
    # Hà Nam (the statistics office's press conference, 2024): the item a highlight introduces names the figure
    inds, _ = _parse("Ông Vũ Đại Dương công bố một số vấn đề cơ bản về tình hình kinh tế - xã hội tỉnh Hà Nam 6 tháng "
                     "đầu năm 2024, nổi bật như tổng sản phẩm trong tỉnh (GRDP) 6 tháng đầu năm 2024 (theo giá so sánh "
                     "2010) ước đạt 26.891 tỷ đồng.")
    assert [i.name for i in inds][:1] == ["tổng sản phẩm trong tỉnh"]
    # "nổi bật" alone is a word of the name ("sản phẩm nổi bật")
    inds, _ = _parse("Sản phẩm nổi bật đạt 525 tỷ đồng.")
    assert [i.name for i in inds] == ["Sản phẩm nổi bật"]


def test_lending_and_renting_out_keep_their_cho():
    # Mai Châu (Hòa Bình, tourism 2012) and a bank's results: "cho" of "cho thuê", "cho vay" is no filler
    inds, _ = _parse("Tổng doanh thu du lịch ước đạt 8.500 triệu đồng, trong đó cho thuê phòng đạt 3.900 triệu đồng.")
    assert [i.name for i in inds] == ["Tổng doanh thu du lịch", "cho thuê phòng"]
    inds, _ = _parse("Huy động đạt 52.224 tỷ đồng, tăng trên 9%; cho vay đạt 40.141 tỷ đồng, tăng gần 30%.")
    assert "cho vay" in [i.name for i in inds]
    # "cho" before another word is still a filler ("cho 27.400 lao động" is named after its figure)
    inds, _ = _parse("Cho năng suất lúa đạt 60 tạ/ha.")
    assert [i.name for i in inds] == ["năng suất lúa"]
