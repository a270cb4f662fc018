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
    # a bare number of months (155 and 204, Gia Lai's and Hà Nội's broadcasters) and years after "trong"
    # (238, Kinh tế nông thôn)
    ("Năm 2023, tổng thu ngân sách 9 tháng 20,8 tỷ đồng, đạt 80,1% kế hoạch.", "tổng thu ngân sách"),
    ("Năm 2023, ước tổng thu ngân sách 9 tháng đạt gần 400 tỷ đồng, đạt 69% so với dự toán.",
     "tổng thu ngân sách"),
    ("Tăng trưởng giá trị sản xuất công nghiệp trong 20 năm qua đạt bình quân trên 20%/năm.",
     "Tăng trưởng giá trị sản xuất công nghiệp"),
])
def test_a_span_of_time_at_the_end_is_no_part_of_the_name(text, name):
    assert [i.name for i in inds(text)][0] == name


@pytest.mark.parametrize("text, name", [
    # an age, not a span of time over which the figure is measured
    ("Năm 2023, tỷ lệ trẻ em dưới 6 tháng được bú mẹ hoàn toàn đạt 30%.",
     "tỷ lệ trẻ em dưới 6 tháng được bú mẹ hoàn toàn"),
    ("Năm 2023, tỷ lệ suy dinh dưỡng ở trẻ em dưới 6 tháng là 10%.", "tỷ lệ suy dinh dưỡng ở trẻ em dưới 6 tháng"),
    # a bare number of months after a word of age or term, or of 12 months and more, is no span of the report
    ("Năm 2023, lãi suất tiền gửi kỳ hạn 6 tháng là 5%.", "lãi suất tiền gửi kỳ hạn 6 tháng"),
    ("Năm 2023, tỷ lệ thất nghiệp trên 12 tháng là 2%.", "tỷ lệ thất nghiệp trên 12 tháng"),
    ("Năm 2023, số trẻ em 24 tháng tuổi được tiêm chủng đạt 98%.", "số trẻ em 24 tháng tuổi được tiêm chủng"),
])
def test_an_age_stays_in_the_name(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text, name", [
    # "năm" is a filler at a name's end, but not the last word of a span: "cả năm", a bare number of years
    # (session 45: names ending "… cả", "… 5" in 285, 291, 311, 312 and the unseen audit's documents)
    ("Năng suất lúa cả năm ước đạt 58 tạ/ha.", "Năng suất lúa cả năm"),
    ("Năm 2023, tổng thu ngân sách cả năm đạt 520 tỷ đồng.", "tổng thu ngân sách cả năm"),
    ("Tổng thu ngân sách Nhà nước trên địa bàn 5 năm ước đạt 48.187 tỷ đồng.",
     "Tổng thu ngân sách Nhà nước trên địa bàn"),
    # the fillers left before the span go with it
    ("Giai đoạn 2021-2025, giá trị sản xuất tăng bình quân 5 năm 11,6%/năm.", "giá trị sản xuất"),
    ("Tổng vốn huy động 10 năm qua đạt 1.200 tỷ đồng.", "Tổng vốn huy động"),
])
def test_a_span_of_years_at_the_end_goes_whole(text, name):
    assert [i.name for i in inds(text)][0] == name


@pytest.mark.parametrize("text, name", [
    # a term or a bound before the years: part of what is measured
    ("Năm 2023, dư nợ tiền gửi kỳ hạn 5 năm đạt 300 tỷ đồng.", "dư nợ tiền gửi kỳ hạn 5 năm"),
    ("Năm 2023, số lao động làm việc trên 5 năm là 1.200 người.", "số lao động làm việc trên 5 năm"),
])
def test_a_term_of_years_stays_in_the_name(text, name):
    assert [i.name for i in inds(text)][0] == name
