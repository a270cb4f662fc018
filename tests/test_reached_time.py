"""The present of an undated document is at least a time its text says has been reached
(resolve/reached_time.py: reached_leads, reached_plan_words), a balance's ``lũy kế`` is no months so far
(resolve/cumulative_months.py: cumulative_balance_nouns), and a part of the year that starts after the
document's own date is no period it reports on (resolve/doc_later_parts.py)."""
import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.governing import document_period

W = load("indicators")
# an undated item whose opening cites an older report: the year it reports on is 2015
CITED = "Theo báo cáo tài chính năm 2015 của tập đoàn, tổng tài sản đạt 760.000 tỷ đồng.\n\n"


def _got(text):
    return [(i.value, i.framing, i.period) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("lead", W.reached_leads)
def test_every_reached_lead_bounds_the_present(lead):
    got = _got(CITED + f"Từ năm 2014 {lead} quý I/2017, dư nợ của công ty là 2.967 tỷ đồng. "
                       "Doanh thu năm 2017 đạt 500 tỷ đồng. Năm 2018 doanh thu đạt 900 tỷ đồng.")
    assert [f for _, f, _ in got] == ["actual", "actual", "actual", "target"]


def test_a_reached_time_in_the_statements_own_words():
    got = _got(CITED + "Dư nợ của công ty tính đến hết quý I/2017 là 2.967 tỷ đồng.")
    assert got[-1] == (2967e9, "actual", "2017-Q1")


def test_without_a_reached_time_a_later_year_is_still_a_target():
    assert _got(CITED + "Doanh thu năm 2017 đạt 500 tỷ đồng.")[-1][1] == "target"


@pytest.mark.parametrize("word", W.reached_plan_words)
def test_every_plan_word_makes_the_time_a_horizon(word):
    got = _got(CITED + f"Công ty {word} đến hết năm 2017 giảm lỗ. Doanh thu năm 2017 đạt 500 tỷ đồng.")
    assert got[-1][1] == "target"


def test_a_time_reached_in_a_dated_document_changes_nothing():
    dated = "Hà Nội, ngày 10 tháng 3 năm 2015\n\nBáo cáo tình hình năm 2015\n\n"
    got = _got(dated + "Tính đến hết năm 2017, dư nợ đạt 500 tỷ đồng. Doanh thu năm 2017 đạt 900 tỷ đồng.")
    assert got[-1] == (900e9, "target", "2017")     # the date bounds the present alone


@pytest.mark.parametrize("noun", W.cumulative_balance_nouns)
def test_a_balance_before_the_cumulative_word_is_no_months_so_far(noun):
    got = _got(CITED + f"Tính đến hết quý I/2017, khoản {noun} lũy kế của công ty vẫn lên tới 2.967 tỷ đồng.")
    assert got[-1] == (2967e9, "actual", "2017-Q1")
    # the cumulative word alone still counts the months so far
    got = _got(CITED + "Thu ngân sách tháng 3/2017 được 500 tỷ đồng, lũy kế được 1.300 tỷ đồng.")
    assert got[-1][2] == "2017-01/2017-03"


@pytest.mark.parametrize("text, label", [
    # the half to come, debated on the 3rd of June: its year only
    ("Sáng 3/6, Chính phủ họp bàn các chỉ tiêu tăng trưởng nửa cuối năm 2017. Xuất khẩu đạt 50 tỷ USD.", "2017"),
    ("Sáng 5/3, Chính phủ họp bàn giải pháp cho quý II năm 2017. Xuất khẩu đạt 50 tỷ USD.", "2017"),
    # a part that starts in or before the date's month is what the document reports on
    ("Sáng 3/7, Chính phủ họp đánh giá tình hình nửa đầu năm 2017. Xuất khẩu đạt 50 tỷ USD.", "2017-01/2017-06"),
    ("Ngày 28/6, Chính phủ họp đánh giá tình hình 6 tháng đầu năm 2017. Xuất khẩu đạt 50 tỷ USD.",
     "2017-01/2017-06"),
    ("Ngày 2/10, Chính phủ họp đánh giá tình hình quý III năm 2017. Xuất khẩu đạt 50 tỷ USD.", "2017-Q3"),
])
def test_a_part_of_the_year_after_the_documents_date(text, label):
    assert document_period(baocao.parse(text)).label == label
    assert _got(text)[-1][2] == label


def test_a_figure_at_the_end_of_a_year():
    got = _got("Năm 2016, tỷ lệ hộ nghèo giảm còn 2,36%. Dự kiến tỷ lệ này giảm xuống dưới 2% vào cuối năm 2020.")
    assert got == [(2.36, "actual", "2016"), (2.0, "estimate", "2020")]


def test_a_name_before_a_reached_moment():
    r = baocao.parse("Năm 2016, công ty có khoản lỗ chưa phân phối tính đến thời điểm cuối năm 2016 ở mức 2.482 tỷ đồng.")
    assert [i.name for i in r.indicators if i.kind == "indicator"] == ["công ty có khoản lỗ chưa phân phối"]


@pytest.mark.parametrize("verb", ["lên tới", "lên đến"])
def test_a_verb_of_an_amount_reached_is_no_part_of_the_name(verb):
    r = baocao.parse(f"Năm 2016, khoản lỗ lũy kế của công ty vẫn {verb} 2.967 tỷ đồng; tổng tài sản {verb} 760.000 tỷ đồng.")
    assert [i.name for i in r.indicators if i.kind == "indicator"] == ["khoản lỗ lũy kế của công ty", "tổng tài sản"]
