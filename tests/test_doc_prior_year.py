"""A year's event that reviews the year before (resolve/doc_prior_year.py): a conference deploying a
year's tasks, a new year's meeting or a note whose lead names the coming year's plan reports, in its body, the
results of the year before; its statements that name no period are of that year. Plans and budgets whose body
restates their own year, cites the year before only in a preamble, or compares with it, keep their year.
Shapes of genre dev 286 (Cổng TTĐT huyện Tri Tôn), 229 (Báo An Giang), 355 (Cổng TTĐT huyện Vĩnh Linh);
the sentences below are written for the tests.
"""
import pytest
from baocao.resolve._rules import load

from indicator_cases import inds

# a lead paragraph with no year: the opening ends before it, the body's first year comes after it
LEAD = ("Sáng 15/1, UBND huyện tổ chức hội nghị với sự tham dự của lãnh đạo các phòng, ban và các xã, thị "
        "trấn.\n\n")

def _periods(text):
    return [(i.value, i.period) for i in inds(text)]


@pytest.mark.parametrize("text, want", [
    # a district deploys the year's tasks in January; its body reviews the year before
    ("Huyện Hòa Lạc triển khai nhiệm vụ phát triển kinh tế năm 2025\n\n15/01/2025\n\nSáng 15/1, UBND huyện triển "
     "khai nhiệm vụ phát triển kinh tế năm 2025.\n\nTheo báo cáo, năm 2024 huyện đã hoàn thành 15/16 chỉ tiêu. Cụ thể "
     "như: thu ngân sách đạt 210 tỷ đồng; thu nhập bình quân đầu người đạt 61 triệu đồng.",
     [(210e9, "2024"), (61e6, "2024")]),
    # a new year's meeting whose body sums up the year before
    ("Xã Tân Phú họp mặt mừng Xuân Giáp Thìn năm 2024\n\n08/02/2024\n\n" + LEAD + "Các đại biểu dự họp mặt\n\n"
     "Chủ tịch UBND xã khái quát thành tựu nổi bật của xã trong năm 2023. Qua đó, tổng giá trị sản xuất "
     "đạt 1.250 tỷ đồng.", [(1.25e12, "2023")]),
    # a lead that names the coming year's plan, the body the results up to the end of the year before
    ("Giảm nghèo ở các xã vùng cao\n\nGiảm nghèo nhanh là mục tiêu huyện tiếp tục đặt ra trong kế hoạch thực hiện "
     "Đề án phát triển các xã vùng cao trong năm 2025.\n\nNhờ nhiều giải pháp, đến cuối năm 2024, thu nhập bình quân "
     "đầu người ở các xã này đạt 42 triệu đồng. Tỷ lệ hộ nghèo giảm còn 12,5%.",
     [(42e6, "2024"), (12.5, "2024")]),
])
def test_the_year_reviewed_dates_the_body(text, want):
    assert _periods(text) == want


@pytest.mark.parametrize("text, want", [
    # a plan: its body lists the year's own targets
    ("KẾ HOẠCH KINH TẾ - XÃ HỘI NĂM 2025\n\n06/01/2025\n\nCÁC CHỈ TIÊU CHỦ YẾU CỦA NĂM 2025:\n\n"
     "- Tổng thu ngân sách đạt 15 tỷ đồng.\n\n- Thu nhập bình quân đầu người đạt 70 triệu đồng.",
     [(15e9, "2025"), (70e6, "2025")]),
    # a budget resolution: the year before is cited in its preamble only
    ("NGHỊ QUYẾT VỀ DỰ TOÁN NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2025\n\nNgày 10 tháng 12 năm 2024\n\nXét Báo cáo số 15/BC-UBND "
     "về tình hình thực hiện dự toán ngân sách năm 2024 đã được thẩm tra;\n\nĐiều 1. Tổng thu ngân sách "
     "trên địa bàn là 9.500 tỷ đồng.", [(9.5e12, "2025")]),
    # a year's report whose body first compares with the year before
    ("Tình hình kinh tế - xã hội năm 2024 của huyện\n\nGiá trị sản xuất ước đạt 3.400 tỷ đồng, tăng 16% so với "
     "thực hiện năm 2023. Thu ngân sách đạt 250 tỷ đồng.", [(3.4e12, "2024"), (250e9, "2024")]),
    # the year before as a figure's own, in a parenthesis
    ("Kinh tế huyện năm 2025\n\n" + LEAD + "Tổng vốn đầu tư đạt 5.000 tỷ đồng (năm 2024), tăng 8%. Thu ngân sách "
     "đạt 900 tỷ đồng.", [(5e12, "2024"), (900e9, "2025")]),
    # the year before written in the body, but no result reported in its sentence
    ("Huyện triển khai nhiệm vụ năm 2025\n\n15/01/2025\n\n" + LEAD + "Trong bối cảnh khó khăn của năm 2024, huyện xác định "
     "nhiều nhiệm vụ mới. Thu ngân sách phấn đấu đạt 300 tỷ đồng.", [(300e9, "2025")]),
])
def test_a_plan_keeps_its_year(text, want):
    assert _periods(text) == want


@pytest.mark.parametrize("word", load("indicators").prior_result_words)
def test_every_prior_result_word(word):
    text = (f"Huyện triển khai nhiệm vụ năm 2025\n\n15/01/2025\n\n{LEAD}Theo đánh giá, năm 2024 huyện {word} nhiều kết "
            f"quả. Thu ngân sách được 300 tỷ đồng.")
    assert _periods(text) == [(300e9, "2024")]


@pytest.mark.parametrize("word", load("indicators").citation_openers)
def test_every_citation_opener(word):
    text = (f"Huyện triển khai nhiệm vụ năm 2025\n\n15/01/2025\n\n{LEAD}{word.capitalize()} kết quả đạt được năm 2024 "
            f"của huyện;\n\nThu ngân sách được 300 tỷ đồng.")
    assert _periods(text) == [(300e9, "2025")]


def test_a_plan_name_does_not_end_an_openers_reach():
    """(written.py ``_next_year``) "Năm 2022, huyện hoàn thành kế hoạch … giai đoạn 2021-2025. Trong đó, …": the
    plan's span is part of its name; the opener dates the next sentence of its paragraph (genre dev 286)."""
    text = ("Kinh tế huyện năm 2025\n\n" + LEAD + "Năm 2022, huyện hoàn thành kế hoạch phát triển giai đoạn "
            "2021-2025. Trong đó, thu ngân sách đạt 320 tỷ đồng.")
    assert _periods(text) == [(320e9, "2022")]
    # a span named by no plan still ends the opener's reach: the document's year
    text = ("Kinh tế huyện năm 2025\n\n" + LEAD + "Năm 2022, huyện hoàn thành giai đoạn 2021-2025 với nhiều khó "
            "khăn. Trong đó, thu ngân sách đạt 320 tỷ đồng.")
    assert _periods(text) == [(320e9, "2025")]
