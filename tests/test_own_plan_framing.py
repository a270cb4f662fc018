"""A figure read against a plan of its own (a plan aside, ``(kế hoạch 12%)``, ``/KH 84.929 triệu đồng``) is the
result, not a target, whatever target word names it or frames its sentence (``chỉ tiêu về tốc độ tăng trưởng
GRDP đạt 7,42% (kế hoạch tăng 10-11%)``: dev 427, Kinh tế & Đô thị). The gold of dev never frames a statement
with its own target as a target (58 such statements in 24 documents: 017 Bình Định, 034 Sóc Trăng, 232 Nghĩa Đàn,
332 Hải Phòng, 063 Hà Tĩnh, 385 Đạ Huoai, 300 Tây Ninh, 427 Ninh Thuận …). Negatives: a target with no plan of
its own stays a target."""
import pytest

from indicator_cases import inds


def framings(text):
    return [(i.value, i.framing, i.target) for i in inds(text)]


@pytest.mark.parametrize("text,want", [
    # a target word in the first statement's name, carried along its sentence (dev 427's shape)
    ("Năm 2022, chỉ tiêu về tốc độ tăng trưởng GRDP đạt 7,42% (kế hoạch tăng 10-11%); năng suất lao động tăng "
     "3,1% (kế hoạch 10,04%); tỷ trọng kinh tế số đóng góp vào GRDP 9,53% (kế hoạch 12%).",
     [(7.42, "actual", 10.0), (3.1, "actual", 10.04), (9.53, "actual", 12.0)]),
    # a plan aside after a slash in a clause a target word opens
    ("Mục tiêu thu ngân sách năm 2017 đạt 46.204 triệu đồng/KH 84.929 triệu đồng.",
     [(46204e6, "actual", 84929e6)]),
])
def test_a_figure_with_its_own_plan_is_no_target(text, want):
    assert framings(text) == want


@pytest.mark.parametrize("text,want", [
    ("Năm 2023, chỉ tiêu về tốc độ tăng trưởng GRDP đạt 7,5%; năng suất lao động tăng 6%.",
     [(7.5, "target", None), (6.0, "target", None)]),
    ("Năm 2023, phấn đấu tốc độ tăng trưởng kinh tế đạt 8%.", [(8.0, "target", None)]),
])
def test_a_target_with_no_plan_of_its_own_stays_a_target(text, want):
    assert framings(text) == want


def test_an_estimate_with_its_own_plan_stays_an_estimate():
    assert framings("GRDP bình quân đầu người ước đạt 76,8 triệu đồng (kế hoạch 80 triệu đồng).") == [
        (76.8e6, "estimate", 80e6)]


@pytest.mark.parametrize("text,want", [
    # an aim set above the plan beside it: a strive word, a verb that sets the target (the plan its base)
    ("Năm 2025 phấn đấu tăng trưởng kinh tế 8,5% (kế hoạch tăng 8%).", [(8.5, "target", 8.0)]),
    ("Năm 2025, phấn đấu thu ngân sách đạt 550 tỷ đồng (kế hoạch 500 tỷ đồng).", [(550e9, "target", 500e9)]),
    ("Phấn đấu đến năm 2025, tỷ lệ hộ nghèo giảm còn 2% (kế hoạch 3%).", [(2.0, "target", 3.0)]),
    ("Năm 2024, huyện đặt mục tiêu tăng trưởng 9% (kế hoạch tỉnh giao 8%).", [(9.0, "target", 8.0)]),
    # the striving done is no aim: the result against its plan
    ("Năm 2023, huyện đã phấn đấu thu ngân sách đạt 120 tỷ đồng (kế hoạch 100 tỷ đồng).",
     [(120e9, "actual", 100e9)]),
])
def test_an_aim_set_above_its_plan_stays_a_target(text, want):
    assert framings(text) == want
