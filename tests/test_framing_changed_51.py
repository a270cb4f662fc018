"""A list after a clause that says what the indicators did against a base gives results, not targets
(resolve/reached_targets.py, ``INDICATORS_CHANGED``): ``chỉ tiêu`` there means "indicators" (``Các chỉ tiêu tăng
so với năm 2019: Nhóm công nghiệp - xây dựng tăng 18,6%; …``, dev 430, a Hải Phòng district's year), as in
``nhiều chỉ tiêu tăng trưởng so với cùng kỳ năm trước như:`` (dev 080, Điện Biên's planning department), ``nhiều
chỉ tiêu tăng so cùng kỳ năm trước`` (dev 011, Khánh Hòa's propaganda board) and ``Nhiều chỉ tiêu tăng trưởng cao so
với năm 2020`` (dev 304, Bạc Liêu). The sentences are written anew. Negatives: a plan's indicators (``chỉ tiêu
tăng trưởng năm 2025``, a modal or ``phấn đấu`` in the clause, no base) stay targets."""
import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.reached_targets import says_reached

W = load("indicators")


def framings(text):
    return [i.framing for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text", [
    "Năm 2020, các chỉ tiêu tăng so với năm 2019: dịch vụ tăng 11,2%; tổng vốn đầu tư xã hội đạt 4.655 tỷ đồng.",
    "Năm 2023, các chỉ tiêu giảm so với cùng kỳ: số doanh nghiệp thành lập mới giảm 5,1%; vốn đăng ký giảm 12%.",
    "Năm 2022, các chỉ tiêu tăng trưởng khá so với năm trước: thu ngân sách đạt 210 tỷ đồng.",
])
def test_a_list_after_indicators_that_moved_gives_results(text):
    assert framings(text) and set(framings(text)) == {"actual"}


@pytest.mark.parametrize("text", [
    "Phấn đấu năm 2025, các chỉ tiêu tăng so với năm 2024: thu ngân sách đạt 500 tỷ đồng.",
    "Năm 2025, các chỉ tiêu cần tăng so với năm 2024: thu ngân sách đạt 500 tỷ đồng.",
    "Năm 2025, các chỉ tiêu tăng trưởng chủ yếu: tổng sản phẩm tăng 8%; thu ngân sách đạt 500 tỷ đồng.",
])
def test_a_list_of_targets_stays_targets(text):
    assert framings(text) and set(framings(text)) == {"target"}


@pytest.mark.parametrize("verb", W.change_predicates)
def test_every_change_verb_against_a_base_says_results(verb):
    assert says_reached(f"Các chỉ tiêu {verb} so với năm 2019")
    assert says_reached(f"nhiều chỉ tiêu {verb} so cùng kỳ năm trước")
    assert not says_reached(f"Phấn đấu các chỉ tiêu {verb} so với năm 2024")
    assert not says_reached(f"Các chỉ tiêu {verb} năm 2025")


@pytest.mark.parametrize("base", W.change_bases)
def test_so_before_every_base_is_a_comparison(base):
    assert says_reached(f"Các chỉ tiêu tăng so {base}")
    assert not says_reached(f"Các chỉ tiêu tăng số {base}")


@pytest.mark.parametrize("text", [
    "Kế hoạch năm 2025 với các chỉ tiêu tăng so với năm 2024: tổng sản phẩm tăng 8%; thu ngân sách 1.200 tỷ đồng.",
    "HĐND tỉnh thông qua các chỉ tiêu tăng so với năm 2024: tăng trưởng kinh tế 8%; thu ngân sách 1.200 tỷ đồng.",
    "Nghị quyết năm 2025 đặt các chỉ tiêu tăng so với năm 2024: thu ngân sách 1.200 tỷ đồng.",
])
def test_a_plans_indicators_that_rise_stay_targets(text):
    # a plan's word or a verb that sets or adopts targets before "chỉ tiêu" in its clause: the plan's indicators
    assert framings(text) and set(framings(text)) == {"target"}
    assert not says_reached(text.split(":")[0])


def test_a_plan_in_a_clause_before_the_comma_leaves_the_indicators_results():
    text = "Thực hiện kế hoạch năm 2020, các chỉ tiêu tăng so với năm 2019: tổng sản phẩm tăng 6%."
    assert says_reached(text.split(":")[0])
