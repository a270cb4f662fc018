"""A span of time at the end of a name (issue 17, session 36): ``trong 6 tháng``, ``từ đầu năm đến nay``
say over how long the figure is measured, no part of its name."""
from __future__ import annotations

import pytest

from indicator_cases import inds


@pytest.mark.parametrize("text, name", [
    # a district portal's half-year report (Kon Tum)
    ("Năm 2016, tổng thu ngân sách nhà nước trong 6 tháng ước trên 78 tỉ đồng, đạt 50% dự toán.",
     "tổng thu ngân sách nhà nước"),
    # a district portal's half-year report (Gia Lai): "từ đầu" left before the period "năm đến nay"
    ("Năm 2024, tổng thu ngân sách nhà nước trên địa bàn huyện từ đầu năm đến nay thực hiện hơn 285,3 tỷ đồng.",
     "tổng thu ngân sách nhà nước trên địa bàn huyện"),
    ("Năm 2023, thu ngân sách trong 9 tháng đạt 285,3 tỷ đồng.", "thu ngân sách"),
    ("Năm 2023, kim ngạch xuất khẩu từ đầu năm đạt 1,2 tỷ USD.", "kim ngạch xuất khẩu"),
])
def test_a_span_of_time_at_the_end_is_no_part_of_the_name(text, name):
    assert [i.name for i in inds(text)][0] == name


@pytest.mark.parametrize("text, name", [
    # an age, not a span of time over which the figure is measured
    ("Năm 2023, tỷ lệ trẻ em dưới 6 tháng được bú mẹ hoàn toàn đạt 30%.",
     "tỷ lệ trẻ em dưới 6 tháng được bú mẹ hoàn toàn"),
    ("Năm 2023, tỷ lệ suy dinh dưỡng ở trẻ em dưới 6 tháng là 10%.", "tỷ lệ suy dinh dưỡng ở trẻ em dưới 6 tháng"),
])
def test_an_age_stays_in_the_name(text, name):
    assert [i.name for i in inds(text)] == [name]
