"""A span of the year from its start to a month or a day (year_start_words, then to_date_leads): the months
of the year up to it, a flow or a level, not the year nor the month alone. Cases shortened from a
genre dev document (185 Báo Đấu thầu on Bắc Ninh: a news item whose lead names the span, which then
dates the whole item) and from the long reports (r01 Hưng Yên, a year's report: disease cases counted
from the year's start to a day of December, the year), with negatives: a date after ``đến`` alone keeps
what to_date.py reads, ``từ đầu năm đến nay`` names no month of its own (the document's time gives it:
tests/test_periods_42.py), and a figure before the span is not dated by it."""
import pytest

from baocao.resolve._rules import load
from tests.indicator_cases import inds, periods_by_figure

W = load("indicators")


def test_a_news_lead_from_the_year_start_to_a_day_dates_the_item():
    # 185: the lead's span dates its own statements and, as the span the item reports on, the later ones
    text = ("(BĐT) - Cục Thống kê tỉnh Bắc Ninh mới đây cho biết, tính từ đầu năm đến ngày 20/10/2021, toàn tỉnh "
            "Bắc Ninh đã thu hút được 108 dự án đầu tư trực tiếp nước ngoài (FDI) đăng ký cấp mới với tổng số vốn "
            "đăng ký đạt 535,6 triệu USD, tăng 50,8% so với cùng kỳ năm trước.\n\n"
            "Bên cạnh dự án đăng ký mới, trên địa bàn Tỉnh cũng có 76 dự án điều chỉnh tăng vốn với số vốn điều "
            "chỉnh là 132,4 triệu USD.\n\n"
            "Cũng trong thời gian này, Bắc Ninh thu hồi 35 dự án với tổng vốn đầu tư 233,4 triệu USD.")
    got = periods_by_figure(text, ["108 dự án", "535,6 triệu USD", "76 dự án", "132,4 triệu USD", "35 dự án",
                                   "233,4 triệu USD"])
    assert set(got.values()) == {"2021-01/2021-10"}, got
    assert len(got) == 6


def test_in_a_report_body_the_span_dates_its_own_statement_only():
    # a monthly report's body: the span dates its sentence's statement; the next sentence keeps the month
    text = ("BÁO CÁO Tình hình kinh tế - xã hội tháng 11 năm 2024\n\n"
            "Thu ngân sách tháng 11 đạt 500 tỷ đồng.\n"
            "Từ đầu năm đến ngày 27/11/2024, toàn tỉnh thu hút 32 dự án đầu tư mới.\n"
            "Trong tháng, giải quyết việc làm cho 1.200 lao động.")
    got = periods_by_figure(text, ["500 tỷ đồng", "32 dự án", "1.200 lao động"])
    assert got["32 dự án"] == "2024-01/2024-11"
    assert got["500 tỷ đồng"] == got["1.200 lao động"] == "2024-11"


def test_up_to_a_month_of_the_documents_year():
    text = ("Tình hình kinh tế - xã hội tháng 7 năm 2019\n\n"
            "Từ đầu năm đến hết tháng 7, toàn tỉnh thu hút được 12 dự án mới.")
    assert periods_by_figure(text, ["12 dự án"]) == {"12 dự án": "2019-01/2019-07"}


@pytest.mark.parametrize("text, fig, want", [
    # a date after "đến" alone: a stock at its month (to_date.py), no span from the year's start
    ("Báo cáo quý I/2018.\n\nĐến ngày 31/3/2018, toàn tỉnh có 262 dự án còn hiệu lực.", "262 dự án", "2018-03"),
    # "từ đầu năm đến nay" where nothing says the document's time: "đến nay" holds at the document's date
    # (none written here), no span (in a report of a month it is the months so far: tests/test_periods_42.py)
    ("Từ đầu năm đến nay, tổng thu ngân sách đạt 285,3 tỷ đồng.", "285,3 tỷ đồng", None),
])
def test_negatives(text, fig, want):
    assert periods_by_figure(text, [fig]) == {fig: want}


def test_a_figure_before_the_span_is_not_dated_by_it():
    text = ("Báo cáo tháng 11 năm 2024\n\nTrong tháng, toàn tỉnh cấp mới 12 dự án, nâng tổng số dự án cấp mới từ "
            "đầu năm đến ngày 20/11/2024 lên 110 dự án.")
    got = periods_by_figure(text, ["12 dự án", "110 dự án"])
    assert got["12 dự án"] == "2024-11"


@pytest.mark.parametrize("word", W.year_start_words)
def test_every_year_start_word(word):
    text = f"Báo cáo tháng 9 năm 2022\n\nTính {word} đến ngày 15/9/2022, toàn huyện thu hút 7 dự án."
    assert [i.period for i in inds(text)] == ["2022-01/2022-09"]
    # with the year written after the year's start
    text = f"Báo cáo tháng 9 năm 2022\n\nTính {word} 2022 đến ngày 15/9/2022, toàn huyện thu hút 7 dự án."
    assert [i.period for i in inds(text)] == ["2022-01/2022-09"]
    # a span from another start ("từ ngày 01/9 đến ngày 15/9/2022") is none from the year's
    text = "Báo cáo tháng 9 năm 2022\n\nTừ ngày 01/9 đến ngày 15/9/2022, toàn huyện thu hút 7 dự án."
    assert [i.period for i in inds(text)] != ["2022-01/2022-09"]
