"""An achievement against a second plan that shares the first's verb (``đạt 60% kế hoạch tỉnh và 58% kế
hoạch huyện giao``) is a statement of its own with the same name, value none and that achievement; never
a level of 58% (``resolve.after_level``)."""
import pytest

from indicator_cases import inds


@pytest.mark.parametrize("text, first, second", [
    ("Tổng thu ngân sách nhà nước trên địa bàn huyện được hơn 285,3 tỷ đồng, đạt 60% kế hoạch tỉnh và 58% "
     "kế hoạch huyện giao, tăng 68,4 tỷ đồng so với cùng kỳ năm 2023.", 60.0, 58.0),
    ("Thu ngân sách trên địa bàn ước đạt 120 tỷ đồng, đạt 105% dự toán tỉnh giao và 101% dự toán huyện giao.",
     105.0, 101.0),
    ("Thu ngân sách trên địa bàn đạt 110,5% dự toán tỉnh giao và 102,3% dự toán HĐND huyện giao.", 110.5, 102.3),
    ("Thu ngân sách 6 tháng đạt 60% kế hoạch tỉnh giao, 58% kế hoạch huyện giao.", 60.0, 58.0),
])
def test_a_second_plan_is_a_second_achievement(text, first, second):
    got = inds(text)
    assert [i.achievement_pct for i in got] == [first, second], [(i.name, i.value, i.achievement_pct) for i in got]
    a, b = got
    assert b.name == a.name and b.value is None and b.unit is None
    assert b.framing == a.framing and b.period == a.period


def test_what_follows_stays_with_the_first():
    got = inds("Tổng thu ngân sách trên địa bàn được 285,3 tỷ đồng, đạt 60% kế hoạch tỉnh và 58% kế hoạch huyện "
               "giao, tăng 68,4 tỷ đồng so với cùng kỳ năm 2023.")
    assert got[0].value == 285.3e9 and got[0].change == 68.4e9
    assert got[1].value is None


def test_a_comparison_after_the_plan_is_held():
    # "bằng 98% kế hoạch và 112% so với cùng kỳ": the 112% compares with last year, no level
    got = inds("Tổng thu ngân sách đạt 45 tỷ đồng, bằng 98% kế hoạch và 112% so với cùng kỳ.")
    assert [(i.value, i.achievement_pct) for i in got] == [(45e9, 98.0)]


@pytest.mark.parametrize("text, values", [
    # a second indicator after "và" keeps its own name and value
    ("Thu ngân sách đạt 98% kế hoạch và tỷ lệ hộ nghèo giảm còn 3,1%.", [None, 3.1]),
    # a second achievement with its own verb was already a statement of its own reading
    ("Thu ngân sách đạt 45 tỷ đồng, đạt 98% kế hoạch và tăng 12% so với cùng kỳ.", [45e9]),
])
def test_other_figures_after_a_plan(text, values):
    assert [i.value for i in inds(text)] == values
