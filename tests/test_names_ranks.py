"""A rank at the end of a name (issue 17, session 36): ``X xếp thứ hai với N`` names N by X."""
from __future__ import annotations

import pytest

from indicator_cases import inds


@pytest.mark.parametrize("text, name", [
    # a provincial tourism department's eleven-month note (Khánh Hòa)
    ("Năm 2018, thị trường khách Trung Quốc dẫn đầu; thị trường khách Nga xếp thứ hai với gần 365.000 lượt khách, "
     "tăng 1,5%.", "thị trường khách Nga"),
    # a provincial portal's exports note (Bắc Ninh), ranking the provinces
    ("Tháng 9/2023, Bắc Ninh xếp thứ hai với 28,66 tỷ USD.", "Bắc Ninh"),
    ("Năm 2022, mặt hàng cà phê đứng thứ 3 với 120 triệu USD.", "mặt hàng cà phê"),
])
def test_a_rank_at_the_end_is_no_part_of_the_name(text, name):
    assert [i.name for i in inds(text)][-1] == name


@pytest.mark.parametrize("text, name", [
    # the rank inside the name, what is ranked after it
    ("Năm 2022, số doanh nghiệp xếp hạng A là 120 doanh nghiệp.", "số doanh nghiệp xếp hạng A"),
    ("Năm 2023, di tích lịch sử văn hóa được xếp hạng quốc gia có 8 di tích.",
     "di tích lịch sử văn hóa được xếp hạng quốc gia"),
])
def test_a_rank_inside_a_name_stays(text, name):
    assert [i.name for i in inds(text)] == [name]
