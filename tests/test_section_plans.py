"""Headings that say which part of a report is results and which is plans (resolve/section_plans.py):
cases from the genre's titles and headings of several publishers (a district party congress report, a
central party annex, provincial plan-and-review reports, a commune's plan) and negatives."""
from __future__ import annotations

import pytest

from baocao.resolve._rules import load
from baocao.resolve.section_plans import heading_part, path_is_target, split_heading
from indicator_cases import inds


@pytest.mark.parametrize("heading, part", [
    # results, whatever target words follow the results word
    ("I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, NHIỆM VỤ NĂM 2023", "results"),
    ("I- KẾT QUẢ THỰC HIỆN 02 KHÂU ĐỘT PHÁ THEO NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXIII, NHIỆM KỲ 2020 - 2025", "results"),
    ("A. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH 4 THÁNG ĐẦU NĂM", "results"),
    ("a) Thành tựu", "results"),
    ("2. Hạn chế, khuyết điểm và nguyên nhân", "results"),
    ("V- ĐÁNH GIÁ TỔNG QUÁT, NGUYÊN NHÂN VÀ KINH NGHIỆM", "results"),
    ("KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU VÀ NHIỆM VỤ NĂM 2023", "results"),   # "và" joins what was done
    # plans
    ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "plans"),
    ("II- MỤC TIÊU", "plans"),
    ("II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2024", "plans"),
    ("III- CÁC NHIỆM VỤ TRỌNG TÂM, ĐỘT PHÁ", "plans"),
    ("CÁC CHỈ TIÊU CHỦ YẾU CỦA NĂM 2022:", "plans"),
    ("b) Mục tiêu cụ thể", "plans"),
    # titles of both parts
    ("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2023 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024", "both"),
    ("PHỤ LỤC 5 VỀ TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NHIỆM KỲ ĐẠI HỘI XIII VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP", "both"),
    ("PHẦN 1: KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM 2021; ƯỚC THỰC HIỆN NĂM 2021", "both"),
    ("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM VÀ NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2024", "both"),
    # subject headings: nothing
    ("2. Nông nghiệp", None),
    ("1.1. Cơ cấu lại nông nghiệp gắn với xây dựng nông thôn mới", None),
    ("Phần thứ hai", None),
    ("1.1. Khái quát những kết quả đạt được", None),
    ("Chương trình mục tiêu quốc gia xây dựng nông thôn mới", None),   # a programme's name
])
def test_heading_part(heading, part):
    assert heading_part(heading) == part


def test_nearest_deciding_heading():
    assert not path_is_target("TÌNH HÌNH NĂM 2023 VÀ PHƯƠNG HƯỚNG NĂM 2024 > I. KẾT QUẢ ĐẠT ĐƯỢC > 1. Nông nghiệp")
    assert path_is_target("TÌNH HÌNH NĂM 2023 VÀ PHƯƠNG HƯỚNG NĂM 2024 > II. PHƯƠNG HƯỚNG NHIỆM VỤ > 1. Nông nghiệp")
    assert path_is_target("Phần thứ hai > IV- CÁC NHIỆM VỤ CỤ THỂ VÀ GIẢI PHÁP CHỦ YẾU > 1. Về phát triển kinh tế")
    assert not path_is_target("Phần thứ nhất > II- KẾT QUẢ PHÁT TRIỂN KINH TẾ - XÃ HỘI > 1.1. Nông nghiệp")
    assert not path_is_target("TÌNH HÌNH NĂM 2023 VÀ PHƯƠNG HƯỚNG NĂM 2024")      # its own lead: neither


def test_split_heading():
    h = "BÁO CÁO KẾT QUẢ NĂM 2023 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024"
    assert h[split_heading(h):].startswith("PHƯƠNG HƯỚNG")
    assert split_heading("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024") is None


@pytest.mark.parametrize("word", load("indicators").section_result_openers)
def test_each_result_opener(word):
    assert heading_part(f"I. {word.upper()} NĂM 2023") == "results"
    assert heading_part(f"I. {word.upper()} NĂM 2023 VÀ PHƯƠNG HƯỚNG NĂM 2024") == "both"


@pytest.mark.parametrize("word", load("indicators").section_plan_words)
def test_each_plan_word(word):
    assert heading_part(f"KẾT QUẢ NĂM 2023 VÀ {word.upper()} NĂM 2024") == "both"


REVIEW_AND_PLAN = """UBND HUYỆN X
X, ngày 15 tháng 12 năm 2023

TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2023 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Nông nghiệp
Tổng sản lượng lương thực đạt 45.000 tấn.
II. PHƯƠNG HƯỚNG NHIỆM VỤ
Tổng sản lượng lương thực 46.000 tấn.
"""

RESULTS_OF_TARGETS = """UBND HUYỆN X
X, ngày 15 tháng 12 năm 2023

I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, NHIỆM VỤ NĂM 2023
1. Nông nghiệp
Tổng sản lượng lương thực đạt 45.000 tấn, tăng 3% so với cùng kỳ.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024
1. Mục tiêu
Tổng sản lượng lương thực 46.000 tấn.
"""

HALF_YEAR = """UBND TỈNH Y
Y, ngày 20 tháng 6 năm 2024

BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM VÀ NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2024

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Thu ngân sách
Tổng thu ngân sách nhà nước trên địa bàn đạt 2.500 tỷ đồng.
II. NHIỆM VỤ, GIẢI PHÁP
Tổng thu ngân sách nhà nước trên địa bàn 2.800 tỷ đồng.
"""


def _by_value(text):
    return {i.value: (i.period, i.framing) for i in inds(text)}


def test_review_and_plan_title():
    got = _by_value(REVIEW_AND_PLAN)
    assert got[45000] == ("2023", "actual")
    assert got[46000] == ("2024", "target")


def test_results_of_targets():
    got = _by_value(RESULTS_OF_TARGETS)
    assert got[45000] == ("2023", "actual")
    assert got[46000] == ("2024", "target")


def test_half_year_review_and_plan():
    got = _by_value(HALF_YEAR)
    assert got[2.5e12] == ("2024-01/2024-06", "actual")
    assert got[2.8e12] == ("2024-07/2024-12", "target")
