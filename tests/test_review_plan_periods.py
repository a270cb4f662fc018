"""The time of a document or of its part that reviews one period and plans the next, and the opener of a
paragraph that a source stands before (issue 17: period misses of unseen documents come in clusters, one
wrong decision about the time of a document or of its part giving many wrong periods): real sentences of
documents of several publishers (shortened), and negatives."""
from __future__ import annotations

import pytest

from indicator_cases import periods_by_figure as by_figure


# --- a source and its comma before a paragraph's opener ----------------------------------------------
# A district's portal (Cư Kuin, Đắk Lắk): its title reviews the first quarter and plans the second; its
# paragraph opens, after the source, with the months of the quarter, which date the later sentences
CU_KUIN = (
    "UBND HUYỆN CƯ KUIN ĐÁNH GIÁ TÌNH HÌNH PHÁT TRIỂN KT-XH QUÝ I/2021 TRIỂN KHAI NHIỆM VỤ QUÝ II/2021\n\n"
    "Cập nhật lúc: 14:38 01/04/2021\n\n"
    "Sáng ngày 1/4/2021, UBND huyện Cư Kuin đã tổ chức họp đánh giá tình hình phát triển kinh tế - xã hội "
    "quý I/2021, triển khai nhiệm vụ quý II/2021 trên địa bàn huyện.\n\n"
    "Theo báo cáo tại hội nghị, 03 tháng đầu năm 2021, tình hình kinh tế - xã hội trên địa bàn huyện đạt "
    "nhiều kết quả. Tổng giá trị sản xuất ước đạt 2.018 tỷ đồng, đạt 23,47% kế hoạch cả năm. Sản xuất nông "
    "lâm ngư nghiệp đạt 794 tỷ đồng, tăng 4,63% so với cùng kỳ năm 2020; thương mại dịch vụ đạt 568 tỷ "
    "đồng, tăng 11,6% so với cùng kỳ năm trước. Tổng thu cân đối ngân sách Nhà nước trên địa bàn huyện đạt "
    "gần 24 tỷ đồng, đạt 22,8% kế hoạch cả năm.\n")


def test_a_source_before_the_opener_and_a_base_year_after_it():
    # the opener after "Theo báo cáo tại hội nghị," dates the paragraph, past "cùng kỳ năm 2020" (a base)
    figs = ["2.018 tỷ đồng", "794 tỷ đồng", "568 tỷ đồng", "gần 24 tỷ đồng"]
    assert by_figure(CU_KUIN, figs) == dict.fromkeys(figs, "2021-01/2021-03")


@pytest.mark.parametrize("text,fig,want", [
    # Kinh tế & Đô thị on Đồng Tháp: the year after the provincial committee as the source
    ("Đồng Tháp đặt mục tiêu tăng trưởng năm 2022\n\nTheo UBND tỉnh Đồng Tháp, năm 2021, tốc độ tăng trưởng "
     "tổng sản phẩm GRDP tăng 2,22%. Quy mô kinh tế tiếp tục gia tăng, ước đạt 90.384 tỷ đồng, tăng 3.847 tỷ "
     "đồng so với năm 2020.\n", "90.384 tỷ đồng", "2021"),
    # Báo Bắc Kạn on Na Rì: "trong năm 2022" after a district's report as the source
    ("Na Rì: kết quả tháng 1 năm 2023\n\nTheo báo cáo của UBND huyện Na Rì, trong năm "
     "2022, toàn huyện thực hiện các chỉ tiêu phát triển kinh tế, xã hội cơ bản đạt kế hoạch đề ra. Tổng thu "
     "ngân sách trên địa bàn đạt 31,5 tỷ đồng.\n", "31,5 tỷ đồng", "2022"),
])
def test_a_source_before_an_opener_of_other_publishers(text, fig, want):
    assert by_figure(text, [fig]) == {fig: want}


@pytest.mark.parametrize("text,fig,want", [
    # the period inside the source's clause is no opener ("Theo kế hoạch năm 2022, …")
    ("Đồng Tháp: tình hình năm 2021\n\nTheo kế hoạch năm 2022, tỉnh phấn đấu nhiều chỉ tiêu. Quy mô kinh "
     "tế ước đạt 90.384 tỷ đồng.\n", "90.384 tỷ đồng", "2021"),
    # a source with a figure in it is no lead of the period after it
    ("Đồng Tháp: tình hình năm 2021\n\nTheo 3 báo cáo, năm 2020, tỉnh đạt nhiều kết quả. Quy mô kinh tế ước "
     "đạt 90.384 tỷ đồng.\n", "90.384 tỷ đồng", "2021"),
    # a plan as the source: its year is what is planned, no time of the results after it (review of s41)
    ("BÁO CÁO KẾT QUẢ NĂM 2023\n\nTheo Nghị quyết Đại hội, năm 2025, tỷ lệ hộ nghèo giảm còn 2%. Thu ngân "
     "sách đạt 300 tỷ đồng.\n", "300 tỷ đồng", "2023"),
    ("BÁO CÁO KẾT QUẢ NĂM 2023\n\nTheo kế hoạch đề ra, năm 2025, toàn huyện có 80% số xã đạt chuẩn. Thu ngân "
     "sách đạt 300 tỷ đồng.\n", "300 tỷ đồng", "2023"),
    ("BÁO CÁO KẾT QUẢ NĂM 2023\n\nTheo Quy hoạch tỉnh, năm 2030, dân số đạt 1,5 triệu người. Thu ngân "
     "sách đạt 300 tỷ đồng.\n", "300 tỷ đồng", "2023"),
])
def test_no_opener_after_a_source_that_is_no_source_clause(text, fig, want):
    assert by_figure(text, [fig]) == {fig: want}


# --- a heading (or title) that reviews one period and plans the next ---------------------------------
def test_a_heading_dates_by_its_reviewed_period_not_by_its_plan():
    text = ("UBND HUYỆN CƯ KUIN ĐÁNH GIÁ TÌNH HÌNH PHÁT TRIỂN KT-XH QUÝ I/2021 TRIỂN KHAI NHIỆM VỤ QUÝ II/2021\n\n"
            "Qua đó đã tiêu hủy bắt buộc 24 con lợn thịt, với trọng lượng tiêu hủy là 528 kg.\n")
    assert by_figure(text, ["24 con", "528 kg"]) == {"24 con": "2021-Q1", "528 kg": "2021-Q1"}


@pytest.mark.parametrize("heading,want", [
    ("NHIỆM VỤ TRỌNG TÂM QUÝ II/2021", "2021-Q2"),                      # a plan's heading alone
    ("TRONG QUÝ I, TỈNH TRIỂN KHAI NHIỆM VỤ NĂM 2023", "2023"),          # the quarter is the year's
])
def test_a_heading_with_no_review_before_its_plan_keeps_its_period(heading, want):
    text = f"{heading}\n\nQua đó đã tiêu hủy bắt buộc 24 con lợn thịt.\n"
    assert by_figure(text, ["24 con"]) == {"24 con": want}


def test_an_opener_under_the_title_dates_its_paragraph():
    # the opener with its comma dates the later sentences of its paragraph whatever year the title names
    text = ("1. KẾT QUẢ NĂM 2023\n"
            "Năm 2022, tổng sản phẩm trên địa bàn tăng 9,39%. Thu ngân sách đạt khoảng 3.000 tỷ đồng.\n")
    assert by_figure(text, ["3.000 tỷ đồng"]) == {"3.000 tỷ đồng": "2022"}


def test_a_heading_under_the_title_dates_its_section_before_an_opener():
    text = ("BÁO CÁO TÌNH HÌNH NĂM 2023\n\n1. KẾT QUẢ NĂM 2023\n"
            "Năm 2022, tổng sản phẩm trên địa bàn tăng 9,39%. Thu ngân sách đạt khoảng 3.000 tỷ đồng.\n")
    assert by_figure(text, ["3.000 tỷ đồng"]) == {"3.000 tỷ đồng": "2023"}


def test_a_heading_still_dates_a_paragraph_with_no_opener():
    text = ("1. KẾT QUẢ NĂM 2023\n"
            "Tổng sản phẩm trên địa bàn tăng 9,39%. Thu ngân sách đạt khoảng 3.000 tỷ đồng.\n")
    assert by_figure(text, ["3.000 tỷ đồng"]) == {"3.000 tỷ đồng": "2023"}


# --- "giải pháp": what a meeting plans after the month it reviews -----------------------------------
def test_a_meeting_on_a_month_and_the_solutions_for_the_months_after_it():
    # Báo Bà Rịa - Vũng Tàu on Đất Đỏ: the reviewed month, not the two months planned
    text = ("Chiều 3/11, UBND huyện Đất Đỏ tổ chức họp thường kỳ tháng 10 và bàn giải pháp 2 tháng cuối năm "
            "2023.\n\nCác chỉ tiêu kinh tế duy trì tăng trưởng. Cụ thể, thu ngân sách trên địa bàn 355,908 tỷ "
            "đồng, đạt 70,48% dự toán.\n")
    assert by_figure(text, ["355,908 tỷ đồng"]) == {"355,908 tỷ đồng": "2023-10"}


def test_solutions_for_a_year_that_holds_the_reviewed_months_are_no_plan():
    # Báo An Giang on An Phú: "bàn giải pháp … năm 2019" lends the nine months their year
    text = ("An Phú: Kinh tế-xã hội tiếp tục tăng trưởng\n\n14/10/2019 - 08:05\n\n"
            " - Chủ tịch UBND huyện chủ trì phiên họp đánh giá tình hình thực hiện nhiệm vụ kinh tế - xã hội "
            "9 tháng của năm và bàn giải pháp thực hiện thắng lợi nhiệm vụ năm 2019.\n\n"
            "Doanh số toàn ngành thương mại - dịch vụ 6.500 tỷ đồng, đạt 49,2% kế hoạch.\n")
    assert by_figure(text, ["6.500 tỷ đồng"]) == {"6.500 tỷ đồng": "2019-01/2019-09"}
