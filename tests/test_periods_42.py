"""Periods decided once for a run of text (session 42): a crop season named before the crop figures of its
section (resolve/season_runs.py), and ``từ đầu năm đến nay``, the months so far of the document's year
(resolve/year_start.py). Cases in the forms of several publishers, and negatives."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import periods_by_figure

W = load("indicators")

MONTH = "TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 8 NĂM 2016\n\nI. KINH TẾ\n\n1. Nông nghiệp\n\n"
HALF = "Tình hình kinh tế - xã hội 6 tháng năm 2017 huyện Đức Trọng\n\n1. Sản xuất nông nghiệp\n\n"


# --- a crop season named before the crop figures of its section -----------------------------------
@pytest.mark.parametrize("text,want", [
    # a season label on a line of its own, the crops in paragraphs after it (261's shape), a monthly report
    (MONTH + "Vụ đông xuân\n\nLúa gieo trồng 889 ha, tăng 11,68%; ước năng suất bình quân đạt 45 tạ/ha.\n\n"
     "Ngô gieo trồng 81 ha, tăng 15,7% so với cùng kỳ.", {"889 ha": "2016", "45 tạ/ha": "2016", "81 ha": "2016"}),
    # the season in a paragraph, the rice in a list item under it (234's shape)
    (MONTH + "Dự ước diện tích vụ Hè Thu năm nay thực hiện 31.094 ha, tăng 2,8% so cùng kỳ năm trước.\n"
     "- Cây lúa: Cây lúa thực hiện 24.203 ha, tăng 3% so cùng kỳ.", {"24.203 ha": "2016"}),
    # the season's years written, a half-year report (107's shape): the season's years
    (HALF + "Đến nay toàn tỉnh đã thu hoạch cây hàng năm vụ đông xuân 2016-2017 đạt 47.124 ha.\n\n"
     "Qua thu hoạch cho thấy năng suất lúa bình quân toàn tỉnh ước đạt 61,9 tạ/ha. Tính chung sản lượng "
     "lương thực đạt 246,9 ngàn tấn.", {"61,9 tạ/ha": "2016-2017", "246,9 ngàn tấn": "2016-2017"}),
    # a quarter's report, the season's years written in a label
    ("BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I NĂM 2021\n\n1. Nông nghiệp\n\nVụ Đông Xuân 2020-2021\n\n"
     "Lúa gieo cấy được 1.557 ha, bằng 98% cùng kỳ.", {"1.557 ha": "2020-2021"}),
])
def test_a_season_dates_the_crop_figures_after_it_in_its_section(text, want):
    assert periods_by_figure(text, list(want)) == want


@pytest.mark.parametrize("text,want", [
    # no year written, a report of several months: the report's months (the contract's *Seasons*)
    (HALF + "Vụ đông xuân\n\nLúa gieo trồng 889 ha, tăng 11,68%.", {"889 ha": "2017-01/2017-06"}),
    # a line on something else ends the season's reach
    (MONTH + "Vụ đông xuân\n\nLúa gieo trồng 889 ha.\n\nChăn nuôi: dịch bệnh được kiểm soát.\n\n"
     "Ngô gieo trồng 81 ha.", {"889 ha": "2016", "81 ha": "2016-08"}),
    # a perennial crop: no season bounds its harvest
    (MONTH + "Vụ đông xuân\n\nLúa gieo trồng 889 ha.\n\nCây hồ tiêu thu hoạch được 1.228 ha.",
     {"889 ha": "2016", "1.228 ha": "2016-08"}),
    # another section: the season does not reach it
    (MONTH + "a) Trồng trọt\n\nVụ đông xuân thu hoạch xong.\n\nb) Thủy lợi\n\nNạo vét kênh mương cho lúa 1.200 ha.",
     {"1.200 ha": "2016-08"}),
    # the sentence says the month: the month's
    (MONTH + "Vụ mùa\n\nTrong tháng lúa gieo cấy được 1.962 ha.", {"1.962 ha": "2016-08"}),
    # up to a date: left to docs/records.md *Up to a date* (a flow the report's span dates keeps it)
    (HALF + "Vụ đông xuân 2016-2017\n\nTính đến ngày 15/5/2017, lúa thu hoạch được 3.049 ha.",
     {"3.049 ha": "2017-01/2017-06"}),
])
def test_a_season_does_not_reach_what_it_does_not_date(text, want):
    assert periods_by_figure(text, list(want)) == want


@pytest.mark.parametrize("word", W.season_crop_words)
def test_every_season_crop_word(word):
    text = MONTH + f"Vụ đông xuân\n\nDiện tích {word} đạt 21.000 ha."
    assert periods_by_figure(text, ["21.000 ha"]) == {"21.000 ha": "2016"}


# --- "từ đầu năm đến nay": the months so far of the document's year -------------------------------
@pytest.mark.parametrize("text,want", [
    # an opener in a report of a month (228's shape): the months of its year up to that month
    ("Chiều 3/11, UBND huyện tổ chức họp thường kỳ tháng 10 và bàn giải pháp 2 tháng cuối năm 2023.\n\n"
     "Từ đầu năm đến nay, các chỉ tiêu kinh tế duy trì tăng trưởng. Cụ thể, thu ngân sách trên địa bàn 355,908 "
     "tỷ đồng, đạt 70,48% dự toán.", {"355,908 tỷ đồng": "2023-01/2023-10"}),
    # in the statement's own words, in an item on a year (156's shape): the year
    ("Chư Pưh: kinh tế phát triển\n\nTheo đó, từ đầu năm 2024 đến nay, tình hình phát triển kinh tế - xã hội "
     "của huyện đạt được những kết quả đáng phấn khởi, cơ cấu kinh tế chuyển dịch đúng hướng.\n\n"
     "Tổng thu ngân sách nhà nước trên địa bàn huyện từ đầu năm đến nay thực hiện hơn 285,3 tỷ đồng.",
     {"hơn 285,3 tỷ đồng": "2024"}),
    # in a report of nine months (139's shape): its months
    ("Tình hình kinh tế - xã hội 9 tháng năm 2019 huyện An Phú\n\nTừ đầu năm đến nay, KT-XH huyện tiếp tục "
     "tăng trưởng. Doanh số toàn ngành thương mại - dịch vụ 6.500 tỷ đồng.", {"6.500 tỷ đồng": "2019-01/2019-09"}),
    # a report of a month (before session 42 a negative of tests/test_year_start.py: "đến nay" at the
    # document's date, none; the dev gold of 228 and 156 reads the months so far)
    ("Báo cáo tình hình kinh tế tháng 6 năm 2024\n\nTừ đầu năm đến nay, tổng thu ngân sách đạt 285,3 tỷ đồng.",
     {"285,3 tỷ đồng": "2024-01/2024-06"}),
    # a quarter: the months up to its last
    ("BÁO CÁO KINH TẾ - XÃ HỘI QUÝ II NĂM 2021\n\nTừ đầu năm đến nay, thu ngân sách đạt 120 tỷ đồng.",
     {"120 tỷ đồng": "2021-01/2021-06"}),
])
def test_from_the_year_start_to_now_is_the_months_so_far(text, want):
    assert periods_by_figure(text, list(want)) == want


@pytest.mark.parametrize("text,want", [
    # nothing says the year: no period
    ("Từ đầu năm đến nay, thu ngân sách đạt 120 tỷ đồng.", {"120 tỷ đồng": None}),
    # the year written with it: that period record's
    ("Báo cáo tháng 10 năm 2023\n\nTừ đầu năm 2023 đến nay, thu ngân sách đạt 120 tỷ đồng.",
     {"120 tỷ đồng": "2023"}),
    # the last months of a year are no months so far: no span, and "đến nay" holds at the document's date
    # (none written)
    ("Báo cáo kinh tế - xã hội 6 tháng cuối năm 2023\n\nTừ đầu năm đến nay, thu ngân sách đạt 120 tỷ đồng.",
     {"120 tỷ đồng": None}),
])
def test_from_the_year_start_to_now_needs_the_documents_time(text, want):
    assert periods_by_figure(text, list(want)) == want
