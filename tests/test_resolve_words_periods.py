"""Every word that dates a statement by the document's year or by the period right after its figure
(resolve/data/indicators.yaml: this_year_words, months_so_far_leads, period_after_words,
period_after_not_after) makes the difference it is listed for, and not where it is not."""
import pytest

import baocao
from baocao.resolve._rules import load

W = load("indicators")
DATED = "Báo cáo tình hình kinh tế - xã hội tháng 7 năm 2023\n\n"   # a document of 2023 (months 1..7)


def _periods(text):
    return [(i.value, i.period) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("word", W.this_year_words)
def test_every_this_year_word_dates_by_the_documents_year(word):
    text = DATED + f"Sản lượng vải {word} tăng so với cùng kỳ, trong đó sản lượng vải thiều ước đạt 300 tấn."
    assert _periods(text) == [(300, "2023")]
    # not after "đầu" ("từ đầu năm nay": the months so far): the document's own period (its title's month)
    assert _periods(DATED + f"Từ đầu {word}, sản lượng vải ước đạt 300 tấn.") == [(300, "2023-07")]


def test_this_year_without_a_year_in_the_document_is_no_period():
    assert _periods("Sản lượng vải năm nay ước đạt 300 tấn.") == [(300, None)]


@pytest.mark.parametrize("word", W.months_so_far_leads)
def test_every_months_so_far_lead(word):
    text = DATED + f"Chỉ số giá tháng 7 tăng 0,55% so với tháng trước; {word} 6 tháng tăng 3,68% so với cùng kỳ."
    assert _periods(text) == [(0.55, "2023-07"), (3.68, "2023-01/2023-06")]


def test_a_count_of_months_opening_a_parenthesis_with_a_verb():
    text = DATED + "GRDP 7 tháng đầu năm tăng 10,55% (6 tháng tăng 11,29%, quý II tăng 9,09%)."
    assert _periods(text) == [(10.55, "2023-01/2023-07"), (11.29, "2023-01/2023-06"), (9.09, "2023-Q2")]


@pytest.mark.parametrize("text", [
    "Sau 3 tháng triển khai, số hộ tham gia đạt 120 hộ.",          # a duration, no lead
    "Thời gian thi công 6 tháng, vốn đầu tư đạt 120 tỷ đồng.",
    "Tính chung 6 tháng cuối năm, vốn đầu tư đạt 120 tỷ đồng.",      # the extractor's period
])
def test_a_count_of_months_that_is_no_months_so_far(text):
    assert [p for _, p in _periods(DATED + text)] == ["2023-07/2023-12" if "cuối" in text else "2023-07"]


@pytest.mark.parametrize("word", W.period_after_words)
def test_every_period_after_word_dates_the_figure_before_it(word):
    text = DATED + f"GRDP chỉ tăng cao hơn các năm dịch: 0,84% {word} năm 2020 và 2,64% {word} năm 2021."
    assert _periods(text) == [(0.84, "2020"), (2.64, "2021")]


def test_a_period_right_after_a_figure_without_a_word():
    assert _periods(DATED + "GRDP tăng 5,16% năm 2022, GRDP tăng 6,1% năm 2023.") == [(5.16, "2022"), (6.1, "2023")]


@pytest.mark.parametrize("word", W.period_after_not_after)
def test_every_word_that_makes_the_year_after_a_figure_a_base(word):
    inds = _periods(DATED + f"Năm 2023, sản lượng lúa đạt 120.000 tấn, {word} 95% năm 2022.")
    assert [p for _, p in inds] == ["2023"] * len(inds)


def test_a_period_that_runs_on_dates_what_follows():
    # "năm 2021 đạt …": the period opens the next statement, not the figure before it
    got = _periods(DATED + "Năm 2020 thu ngân sách đạt 500 tỷ đồng, năm 2021 đạt 600 tỷ đồng.")
    assert got == [(500e9, "2020"), (600e9, "2021")]


@pytest.mark.parametrize("word", W.cumulative_words)
def test_every_cumulative_word_makes_the_month_before_it_the_months_so_far(word):
    text = DATED + f"Thu ngân sách tháng 6 được 500 tỷ đồng, {word} được 3.100 tỷ đồng, đạt 80% dự toán."
    assert _periods(text) == [(500e9, "2023-06"), (3100e9, "2023-01/2023-06")]


@pytest.mark.parametrize("word", W.cumulative_words)
@pytest.mark.parametrize("to", ["đến", "đến hết", "tính đến"])
def test_every_cumulative_word_makes_the_month_after_it_the_months_so_far(word, to):
    cap = word[0].upper() + word[1:]
    assert _periods(DATED + f"{cap} {to} tháng 6 diện tích gieo trồng đạt 41.587 ha.") == [
        (41587, "2023-01/2023-06")]
    assert _periods(DATED + f"{cap} {to} tháng 6/2022 diện tích gieo trồng đạt 41.587 ha.") == [
        (41587, "2022-01/2022-06")]


@pytest.mark.parametrize("text, period", [
    # the month is in the paragraph before: no month, no change
    ("Thu ngân sách tháng 6 được 500 tỷ đồng.\n\nLũy kế thu ngân sách được 3.100 tỷ đồng.", "2023-07"),
    # the month before is a comparison base, and no month of the figures stands before it
    ("Thu ngân sách giảm 5% so với tháng 5, lũy kế thu ngân sách được 3.100 tỷ đồng.", "2023-07"),
    # a count of months of its own: the extractor's months so far, not the month before
    ("Thu ngân sách tháng 6 được 500 tỷ đồng, lũy kế 5 tháng được 3.100 tỷ đồng.", "2023-01/2023-05"),
    # a span of its own after it ("Lũy kế từ … đến …"): not the months before
    ("Trong tháng 6 thu ngân sách được 500 tỷ đồng. Lũy kế từ 22/12/2022 đến ngày 21/6/2023, thu ngân sách "
     "được 3.100 tỷ đồng.", "2023-07"),
    # a year, not a month, before it: unchanged
    ("Năm 2022 thu ngân sách được 500 tỷ đồng, lũy kế được 3.100 tỷ đồng.", "2022"),
])
def test_a_cumulative_word_without_a_month_it_runs_to_changes_nothing(text, period):
    assert _periods(DATED + text)[-1] == (3100e9, period)


def test_a_cumulative_word_in_a_later_sentence_of_the_paragraph():
    text = DATED + ("Thu ngân sách tháng 6 được 500 tỷ đồng. Thu nội địa được 200 tỷ đồng, lũy kế được 1.100 tỷ "
                    "đồng.")
    assert _periods(text)[-1] == (1100e9, "2023-01/2023-06")


def test_the_parts_of_a_cumulative_whole_hold_over_the_month_or_the_months_so_far():
    # "Trong đó": the part that says "lũy kế" holds over the months so far, the other over the month
    text = DATED + ("Tổng chi tháng 6 được 1.439 tỷ đồng, lũy kế được 7.526 tỷ đồng. Trong đó, chi xây dựng cơ bản "
                    "được 856 tỷ đồng, lũy kế được 3.689 tỷ đồng.")
    assert _periods(text) == [(1439e9, "2023-06"), (7526e9, "2023-01/2023-06"), (856e9, "2023-06"),
                              (3689e9, "2023-01/2023-06")]


@pytest.mark.parametrize("edge", W.base_period_edges)
def test_every_base_period_edge_keeps_the_period_a_base(edge):
    # "so với cuối năm 2017": a base, dating neither its figure nor the next sentence's
    text = DATED + f"Vốn huy động tăng 11,13% so với {edge} năm 2022. Dư nợ tín dụng được 11.934 tỷ đồng."
    assert [p for _, p in _periods(text)] == ["2023-07", "2023-07"]
    # without the base prefix the year dates the figure after it
    assert _periods(DATED + f"Dư nợ tín dụng {edge} năm 2022 được 11.934 tỷ đồng.") == [(11934e9, "2022")]


@pytest.mark.parametrize("opener", ["Trong tháng 6", "- Trong tháng 6", "Tháng 6", "Trong quý II"])
def test_a_period_that_opens_a_sentence_without_a_comma_dates_all_of_it(opener):
    # "Trong tháng 7 toàn tỉnh thu hoạch … được 1.956,06 ha, …, sản lượng ước đạt 11.810,69 tấn"
    label = "2023-Q2" if "quý" in opener else "2023-06"
    text = DATED + f"{opener} toàn tỉnh thu hoạch lúa được 1.956 ha, tăng 5%, sản lượng ước đạt 11.810 tấn."
    assert [p for _, p in _periods(text)] == [label, label]


@pytest.mark.parametrize("text", [
    "Thu hoạch lúa được 1.956 ha trong tháng 6, sản lượng ước đạt 11.810 tấn.",   # after the first figure
])
def test_a_period_after_the_first_statements_figure_dates_only_it(text):
    assert _periods(DATED + text)[-1] == (11810, "2023-07")


def test_a_period_inside_the_first_statement_before_its_figure_dates_the_sentence():
    # not its opener, but the first statement's own words before its figure (resolve/sentence_periods.py)
    text = "Toàn tỉnh trong tháng 6 thu hoạch lúa được 1.956 ha, sản lượng ước đạt 11.810 tấn."
    assert _periods(DATED + text)[-1] == (11810, "2023-06")



@pytest.mark.parametrize("noun", W.cumulative_balance_nouns)
def test_a_balance_noun_before_a_cumulative_word_makes_no_months_so_far(noun):
    # "Tính đến hết quý I/2017, khoản lỗ lũy kế … vẫn lên tới 2.967 tỷ đồng": the balance at the date
    text = DATED + f"Tính đến hết quý I/2023, khoản {noun} lũy kế của công ty vẫn lên tới 2.967 tỷ đồng."
    assert _periods(text)[0][1] != "2023-01/2023-03"
    text = DATED + f"Thu ngân sách tháng 6 được 500 tỷ đồng, khoản {noun} lũy kế được 3.100 tỷ đồng."
    assert _periods(text)[1][1] != "2023-01/2023-06"
    # a part of a dated whole that is such a balance holds at the whole's month, not the months so far
    # (resolve/periods.py after_balance_noun: one reach for every rule, the longest noun's)
    text = DATED + f"Tổng chi phí tháng 11 năm 2023 được 525 tỷ đồng. Trong đó, {noun} lũy kế được 230 tỷ đồng."
    assert _periods(text)[1] == (230e9, "2023-11")


def test_a_cumulative_word_after_other_words_still_gives_the_months_so_far():
    text = DATED + "Kim ngạch xuất khẩu quý I đạt 50 triệu USD, giá trị lũy kế đạt 180,8 triệu USD."
    assert _periods(text)[1][1] == "2023-01/2023-03"
