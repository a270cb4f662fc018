"""Session 48: a change or an achievement right after a level the numbers rules gave no record (a scale
word with no currency, a unit outside units.yaml, a grouping not read) is a statement of its own named by
the phrase before that level, never the statement before's change (resolve/lost_levels.py,
``after_an_unread_level``). Shapes of 221 (Đồng Nai), 298 (Hải Phòng), 334 (Ninh Bình), 233 (Thừa Thiên
Huế) and 374 (Tuyên Quang); the sentences below are written for the test."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicator_cases import parsed


def _by_figure(text: str) -> dict:
    found, _ = parsed(text)
    return {text[s:e]: i for i in found for s, e in i.figures}


@pytest.mark.parametrize("text,fig,name,value", [
    # a scale word with no currency after a statement of its own
    ("Doanh thu dịch vụ đạt 45 tỷ đồng, tăng 8%; khu vực nông nghiệp đạt gần 12 nghìn tỷ, tăng 3,5%.",
     "3,5%", "khu vực nông nghiệp", 3.5),
    # guest nights: "ngày" is no unit of units.yaml
    ("Số ngày khách lưu trú ước đạt 2.415,6 nghìn ngày, tăng 12,4% so với cùng kỳ.",
     "12,4%", "Số ngày khách lưu trú", 12.4),
    ("Lượt khách đạt 1.200 nghìn lượt, tăng 9,1%; số ngày khách ước đạt 2.015,3 nghìn ngày, tăng 7,7%.",
     "7,7%", "số ngày khách", 7.7),
    # a grouping the numbers rules do not read, then an achievement and a change of its own
    ("Giá trị sản xuất nông nghiệp 6 tháng ước đạt 4.512.7 tỷ đồng, đạt 48,2% kế hoạch, tăng 6,1% so với cùng kỳ.",
     "6,1%", "Giá trị sản xuất nông nghiệp 6 tháng", 6.1),
    # r04 (the derivatives market): a unit outside units.yaml; the phrase after the change is the next level
    ("Khối lượng giao dịch bình quân tháng 4 đạt mức 263.995 hợp đồng/phiên, tháng 5 giảm 29,96% xuống còn 184.904 "
     "hợp đồng/phiên.", "29,96%", "Khối lượng giao dịch bình quân", 29.96),
])
def test_the_change_after_an_unread_level_is_its_own(text, fig, name, value):
    got = _by_figure(text)
    assert fig in got, got
    ind = got[fig]
    assert (ind.name, ind.value, ind.unit) == (name, value, "%"), (ind.name, ind.value, ind.unit)


def test_the_achievement_goes_with_the_change_of_the_unread_level():
    text = "Giá trị sản xuất nông nghiệp ước đạt 4.512.7 tỷ đồng, đạt 48,2% kế hoạch, tăng 6,1% so với cùng kỳ."
    got = _by_figure(text)
    assert got["48,2%"] is got["6,1%"] and got["6,1%"].achievement_pct == 48.2


def test_a_ratio_of_the_unread_level_is_held_without_a_value():
    text = ("Tổng thu ngân sách đạt 9.120 tỷ đồng, tăng 11,5%, trong đó: thu nội địa đạt 4.210,5 tỷ, bằng 95,2% so "
            "với tháng trước và tăng 38,4% so với cùng kỳ năm trước.")
    got = _by_figure(text)
    whole = got["9.120 tỷ đồng"]
    assert whole.change == 11.5 and "95,2%" not in [text[s:e] for s, e in whole.figures]
    part = got["38,4%"]
    assert part.name == "thu nội địa" and part.value == 38.4 and got["95,2%"] is part


@pytest.mark.parametrize("text,fig,value", [
    # negatives: a level read whole keeps its change; a change with no unread level before it in its clause
    # stays the statement before's; a year or a figure between is no unread level
    ("Giá trị sản xuất lâm nghiệp đạt 12 nghìn tỷ đồng, tăng 3,5%.", "3,5%", 12e12),
    ("Doanh thu dịch vụ đạt 45 tỷ đồng, tăng 8% so với năm 2.023.", "8%", 45e9),
    ("Doanh thu dịch vụ đạt 45 tỷ đồng; so với cùng kỳ tăng 8%.", "8%", 45e9),
    ("Số khách đạt 2.415,6 nghìn lượt, tăng 12,4% so với cùng kỳ.", "12,4%", 2415600),
])
def test_changes_of_levels_read_stay(text, fig, value):
    got = _by_figure(text)
    assert got[fig].value == value, (got[fig].name, got[fig].value)


@settings(max_examples=25, deadline=None)
@given(st.integers(100, 999), st.integers(0, 9), st.sampled_from(["nghìn ngày", "tỷ", "nghìn tỷ"]),
       st.sampled_from(["tăng", "giảm"]), st.integers(1, 60))
def test_no_change_after_an_unread_level_goes_back(whole, decimal, unit, verb, rate):
    text = (f"Doanh thu dịch vụ đạt 45 tỷ đồng, tăng 8%; số ngày khách đạt 1.{whole},{decimal} {unit}, "
            f"{verb} {rate},5% so cùng kỳ.")
    found, _ = parsed(text)
    assert [i.change for i in found if i.value == 45e9] == [8.0], [(i.name, i.value, i.change) for i in found]
    assert all(text[s:e] == i.text[s - i.start:e - i.start] for i in found for s, e in i.figures)


@pytest.mark.parametrize("text,fig", [
    # an instrument's number written with a thousands dot is no level: the figure after it names nothing
    ("Thực hiện Quyết định số 1.234 của UBND tỉnh, đạt 103% kế hoạch.", "103%"),
    ("Triển khai Kế hoạch 2.150 của UBND huyện, tăng 5% so với năm trước.", "5%"),
    ("Theo Nghị quyết số 1.012 của HĐND tỉnh, đạt 98,5% chỉ tiêu.", "98,5%"),
])
def test_an_instruments_number_is_no_unread_level(text, fig):
    found, _ = parsed(text)
    assert not [i for i in found if fig in [text[s:e] for s, e in i.figures]], [(i.name, i.value) for i in found]
