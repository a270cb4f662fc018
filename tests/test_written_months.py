"""A span of months written in a statement or a title beats the document's period of another span, and a
span written without its year takes the document's: half a year (``Nửa đầu năm 2025``), a count of months
with its year after a slash (``Ước 02 tháng/2023``), a count of months after a name that ends with an aside
(``… (theo giá so sánh 2010) 5 tháng ước đạt``), ``lũy kế`` after a quarter, and a headline's ``6 tháng đầu
năm`` over an opening's ``quý II năm 2022``. Real sentences of documents of different publishers
(shortened: 347 tracuuquyhoach.com, 406 Vietnam Leads, 298 phobienthongtinthongke.vn, 374 Trung tâm Xúc tiến
đầu tư Tuyên Quang, 150 Sở KH&ĐT Cà Mau, 381 Tạp chí Nông thôn mới), and negatives."""
import pytest

import baocao
from indicator_cases import periods_by_figure as by_figure


def _months(text):
    return [(p.text, p.label) for p in baocao.extract(text) if p.kind == "period" and p.period_type == "months"]


@pytest.mark.parametrize("text,want", [
    ("Nửa đầu năm 2025, Vĩnh Long thu ngân sách đạt 19.583 tỷ đồng", ("Nửa đầu năm 2025", "2025-01/2025-06")),
    ("các khu vực kinh tế đều có mức tăng trưởng cao trong nửa đầu năm 2023", ("nửa đầu năm 2023", "2023-01/2023-06")),
    ("NỬA CUỐI NĂM 2024", ("NỬA CUỐI NĂM 2024", "2024-07/2024-12")),
    ("nhiệm vụ nửa cuối năm nay", ("nửa cuối năm nay", "07/12")),       # its year the document's
    ("Ước 02 tháng/2023 tổng chi ngân sách địa phương đạt 4.094,6 tỷ đồng", ("02 tháng/2023", "2023-01/2023-02")),
])
def test_half_a_year_and_months_with_a_slashed_year_are_months(text, want):
    assert _months(text) == [want]


@pytest.mark.parametrize("text", [
    "sau nửa năm thực hiện, đạt 3 tỷ đồng",          # a duration
    "nửa năm 2024 là thời gian khó khăn",             # no part of the year: a duration before a year
    "tháng 02/2023 ước đạt 1.545,6 tỷ đồng",          # a month and its year
    "lương 5 triệu đồng/tháng/2023",                  # a rate per month, no count of months
    "Trong nửa đầu năm học, 95% học sinh đạt hạnh kiểm tốt",     # a school year's half (part_not_before)
    "Sau 6 tháng đầu năm học, 95% học sinh đạt hạnh kiểm tốt",
])
def test_no_months_without_a_half_or_a_count(text):
    assert _months(text) == []


def test_a_year_written_after_the_part_is_read_whatever_follows():
    assert _months("6 tháng đầu năm 2023 học sinh đạt 95%") == [("6 tháng đầu năm 2023", "2023-01/2023-06")]
    assert _months("nửa đầu năm 2023 học sinh đạt 95%") == [("nửa đầu năm 2023", "2023-01/2023-06")]


def test_half_a_year_in_the_title_dates_the_page():
    # tracuuquyhoach.com (347): the title's half of 2025, not the whole year
    text = ("Nửa đầu năm 2025, Vĩnh Long thu ngân sách đạt 19.583 tỷ đồng\n\n"
            "Theo Báo cáo của UBND tỉnh Vĩnh Long, tình hình kinh tế của tỉnh đạt một số kết quả tích cực.\n"
            "Tỉnh đã tháo gỡ nhanh nhiều khó khăn. Qua đó, tăng trưởng kinh tế (GRDP) đạt 7,49%, tăng ở cả 3 khu vực.\n")
    assert by_figure(text, ["7,49%"]) == {"7,49%": "2025-01/2025-06"}


def test_months_with_a_slashed_year_date_the_statement_not_the_month_before():
    # phobienthongtinthongke.vn (298), a report of "tháng 02, 02 tháng năm 2023"
    text = ("Tình hình kinh tế – xã hội tháng 02, 02 tháng năm 2023 thành phố Hải Phòng\n\n"
            "Tổng chi ngân sách địa phương tháng 02/2023 ước đạt 1.545,6 tỷ đồng, bằng 60,6% so với tháng trước. "
            "Ước 02 tháng/2023 tổng chi ngân sách địa phương đạt 4.094,6 tỷ đồng, đạt 10,4% Dự toán.\n")
    assert by_figure(text, ["1.545,6 tỷ đồng", "4.094,6 tỷ đồng"]) == {
        "1.545,6 tỷ đồng": "2023-02", "4.094,6 tỷ đồng": "2023-01/2023-02"}


def test_a_count_of_months_after_a_name_with_an_aside():
    # Trung tâm Xúc tiến đầu tư Tuyên Quang (374): the 5 months of the statement, not the 6 of the lead
    text = ("Theo công bố của Tổng Cục thống kê, 6 tháng đầu năm 2024, tốc độ phát triển GRDP của tỉnh đạt 108,84%.\n\n"
            "Giá trị sản xuất công nghiệp (theo giá so sánh 2010) 5 tháng ước đạt 9.332,3 tỷ đồng, đạt 39,3% kế hoạch, "
            "tăng 18,3% so với cùng kỳ năm 2023.\n")
    assert by_figure(text, ["18,3%"]) == {"18,3%": "2024-01/2024-05"}


def test_a_duration_of_months_after_an_aside_is_no_period():
    text = ("Báo cáo kinh tế 6 tháng đầu năm 2024\n\n"
            "Dự án (khởi công năm 2023) sau 5 tháng đạt 40% khối lượng.\n")
    assert by_figure(text, ["40%"]) != {"40%": "2024-01/2024-05"}


def test_cumulative_after_a_quarter_is_the_months_up_to_its_end():
    # Sở KH&ĐT Cà Mau (150), a report of March 2021
    text = ("Tình hình kinh tế - xã hội tháng 3 năm 2021 của tỉnh Cà Mau\n\n"
            "Sản xuất công nghiệp tháng 3 tăng 9,7% so với tháng trước, lũy kế quý I tăng 12,7% so cùng kỳ. "
            "Kim ngạch xuất khẩu đạt 85 triệu USD gấp đôi so với tháng trước, lũy kế 180,8 triệu USD, "
            "đạt 16,4% kế hoạch.\n")
    assert by_figure(text, ["85 triệu USD", "180,8 triệu USD"]) == {
        "85 triệu USD": "2021-03", "180,8 triệu USD": "2021-01/2021-03"}


def test_a_headlines_months_over_the_openings_quarter():
    # Tạp chí Nông thôn mới (381): the title's half year, the year of the press conference of quarter II
    text = ("Vĩnh Long: Tổng sản phẩm 6 tháng đầu năm tăng 6,69% so với cùng kỳ năm trước\n\n"
            "(Tapchinongthonmoi.vn) - Chiều ngày 18/7, UBND tỉnh Vĩnh Long tổ chức Họp báo định kỳ quý II năm 2022.\n\n"
            "Cơ cấu kinh tế của tỉnh có sự chuyển dịch theo hướng khá tích cực; tỷ trọng ngành Nông lâm nghiệp "
            "và thủy sản (khu vực I) là 37,66%.\n")
    assert by_figure(text, ["37,66%"]) == {"37,66%": "2022-01/2022-06"}


@pytest.mark.parametrize("title,want", [
    ("Họp báo định kỳ của tỉnh Vĩnh Long", "2022-Q2"),                    # no span in the headline
    ("Vĩnh Long: Kinh tế quý II và 6 tháng đầu năm 2022", "2022-01/2022-06"),   # the headline's own year
])
def test_no_headline_months_keeps_the_openings_period(title, want):
    text = (f"{title}\n\n(Tapchinongthonmoi.vn) - Chiều ngày 18/7, UBND tỉnh tổ chức Họp báo định kỳ quý II năm 2022.\n\n"
            "Cơ cấu kinh tế của tỉnh có sự chuyển dịch; tỷ trọng khu vực I là 37,66%.\n")
    assert by_figure(text, ["37,66%"]) == {"37,66%": want}
