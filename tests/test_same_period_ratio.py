"""A ratio to the same period before, joined by ``và`` and its verb after a statement's share, achievement or
plan aside (``chiếm 68,8% diện tích gieo cấy và bằng 98,4% cùng kỳ năm trước``, ``so dự toán giao đạt 42% và bằng
96% so với cùng kỳ``, ``đạt 42,86% dự toán (KH 468 tỷ đồng) và bằng 63,8% so với cùng kỳ năm 2022``) compares the
statement with that period: held by it, never a level of its own (``resolve.after_level``)."""
import pytest

from indicator_cases import inds


@pytest.mark.parametrize("text, value, ach", [
    ("Ước thu ngân sách nhà nước trên địa bàn 6 tháng đầu năm 2020 là 404 tỷ đồng, so dự toán giao đạt 42% và "
     "bằng 96% so với cùng kỳ.", 404e9, 42.0),
    ("Đến thời điểm trên, các địa phương phía Bắc đã thu hoạch được 780,1 nghìn ha lúa mùa, chiếm 68,8% diện tích "
     "gieo cấy và bằng 98,4% cùng kỳ năm trước.", 780.1e3, None),
    ("Năm 2023, diện tích lúa đạt 5.000 ha, chiếm 60% diện tích gieo trồng và bằng 98% so với cùng kỳ năm trước.",
     5000.0, None),
    ("Thu ngân sách trên địa bàn dự kiến 150.000 triệu đồng đạt 42,86% dự toán (KH 468 tỷ đồng) và bằng 63,8% so "
     "với cùng kỳ năm 2022.", 150e9, 42.86),
    ("Thu NSNN do huyện quản lý là 158 tỷ đồng, đạt 45% so với dự toán giao và bằng 108% so cùng kỳ.", 158e9, 45.0),
])
def test_a_same_period_ratio_is_held(text, value, ach):
    got = inds(text)
    assert [(i.value, i.achievement_pct) for i in got] == [(value, ach)], [(i.name, i.value, i.unit) for i in got]


def test_the_plan_aside_before_it_stays_the_target():
    got = inds("Thu ngân sách trên địa bàn dự kiến 150.000 triệu đồng đạt 42,86% dự toán (KH 468 tỷ đồng) và bằng "
               "63,8% so với cùng kỳ năm 2022.")
    assert got[0].target == 468e9


@pytest.mark.parametrize("text, values", [
    # a subject of its own before the verb: a statement of its own
    ("Năm 2023, sản lượng lúa đạt 5.000 tấn, tăng 3%; chỉ số giá bằng 98% so với cùng kỳ năm trước.", [5000.0, 98.0]),
    # no comparison base after the figure: not this reading
    ("Năm 2023, tỷ lệ hộ nghèo còn 3,2% và tỷ lệ hộ cận nghèo bằng 4,1%.", [3.2, 4.1]),
    # a ratio with no statement before it is the index's own level
    ("Năm 2023, chỉ số sản xuất công nghiệp bằng 105% so với cùng kỳ năm trước.", [105.0]),
])
def test_other_figures_are_not_held(text, values):
    assert [i.value for i in inds(text)] == values
