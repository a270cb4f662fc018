"""A bound of what a count counts is part of the count's name, no indicator (issue 17,
resolve/unattached_thresholds.py): ``có 08 xã đạt từ 15-18 tiêu chí`` counts 8 communes; the 15-18 criteria
say which. Cases are real sentences of the dev corpus and of the reports without gold (shortened), from
several publishers; the negatives say that one unit's criteria and the average per unit stay indicators."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.resolve._rules import load
from baocao.resolve.unattached_thresholds import THRESHOLD_REASON
from indicator_cases import kept, left_out, parsed

W = load("indicators")

CAMAU = ("Đến cuối quý I, toàn tỉnh có 43/82 xã đạt chuẩn nông thôn mới, có 01 xã cơ bản đạt 19/19 tiêu chí, có 08 "
         "xã đạt từ 15-18 tiêu chí, có 26 xã đạt từ 10 - 14 tiêu chí và xã đạt từ 7 - 9 tiêu chí.")


@pytest.mark.parametrize("text,fig", [
    # 150 (Cà Mau, the planning department's monthly note)
    (CAMAU, "19/19 tiêu chí"),
    (CAMAU, "từ 15-18 tiêu chí"),
    (CAMAU, "từ 10 - 14 tiêu chí"),
    (CAMAU, "từ 7 - 9 tiêu chí"),
    # 137 (Hòa Bình's portal)
    ("Năm 2011, bình quân mỗi xã mới đạt 2,68 tiêu chí/xã (các xã đạt từ 2-4 tiêu chí); sản xuất nông nghiệp "
     "còn nhỏ lẻ.", "từ 2-4 tiêu chí"),
    # 154 (Cà Mau's party news)
    ("Đến năm 2020, tỉnh Cà Mau phấn đấu có 3 huyện đạt từ 6 tiêu chí trở lên; từ 41 xã trở lên đạt chuẩn NTM.",
     "từ 6 tiêu chí trở lên"),
    # 004 (a district party report) and 002 (a district's targets)
    ("Số tiêu chí bình quân đạt 16,1 tiêu chí/xã, không có xã nào đạt dưới 13 tiêu chí; trên 20 bản NTM.",
     "dưới 13 tiêu chí"),
    ("Tỷ lệ xã đạt chuẩn về xây dựng nông thôn mới đạt trên 43%; không còn xã dưới 15 tiêu chí.", "dưới 15 tiêu chí"),
])
def test_a_bound_of_the_units_a_count_counts_is_no_indicator(text, fig):
    left_out(text, fig, THRESHOLD_REASON)


@pytest.mark.parametrize("text,value", [
    # the counts themselves stay
    (CAMAU, 43), (CAMAU, 1), (CAMAU, 8), (CAMAU, 26),
    # one commune's criteria (159, Kon Tum's television), the average per commune (137, 154, 004)
    ("Đến nay, xã Tân Lập đạt 09 tiêu chí, xã Đăk Kôi đạt 05 tiêu chí xã nông thôn mới.", 9),
    ("Năm 2011, bình quân mỗi xã mới đạt 2,68 tiêu chí/xã (các xã đạt từ 2-4 tiêu chí).", 2.68),
    ("Bình quân mỗi xã đạt 13,4 tiêu chí nông thôn mới.", 13.4),
    ("Đến năm 2020, phấn đấu đạt bình quân từ 16,5 tiêu chí/xã trở lên.", 16.5),
    ("Số tiêu chí bình quân đạt 16,1 tiêu chí/xã, không có xã nào đạt dưới 13 tiêu chí.", 16.1),
    # a bound that is no criteria: a level of the place
    ("Năm 2023, có 5 xã có thu nhập bình quân đạt trên 60 triệu đồng/người/năm.", 5),
])
def test_one_unit_s_criteria_and_averages_stay_indicators(text, value):
    kept(text, value)


@pytest.mark.parametrize("unit", W.set_threshold_units)
def test_every_threshold_unit(unit):
    left_out(f"Năm 2023, có 12 xã đạt từ 10-14 {unit}.", f"từ 10-14 {unit}", THRESHOLD_REASON)
    kept(f"Năm 2023, xã Tân Hòa đạt 14 {unit}.", 14)


@pytest.mark.parametrize("lead", W.set_threshold_leads)
def test_every_set_lead(lead):
    left_out(f"Năm 2023, {lead} xã đạt dưới 10 tiêu chí.", "dưới 10 tiêu chí", THRESHOLD_REASON)
    kept(f"Năm 2023, mỗi xã đạt trên 10 tiêu chí, bình quân {lead} xã đạt 12,5 tiêu chí.", 12.5)


@pytest.mark.parametrize("verb", W.set_threshold_verbs)
def test_every_threshold_verb(verb):
    # a plain number after a count of units and the verb; after one unit it stays
    left_out(f"Năm 2023, toàn huyện có 3 xã {verb} 19/19 tiêu chí.", "19/19 tiêu chí", THRESHOLD_REASON)
    left_out(f"Năm 2023, có 3 xã {verb} từ 15 tiêu chí trở lên.", "từ 15 tiêu chí trở lên", THRESHOLD_REASON)
    kept(f"Năm 2023, xã Tân Lập {verb} 17 tiêu chí.", 17)


@pytest.mark.parametrize("unit", W.administrative_units)
def test_every_administrative_unit_makes_a_set(unit):
    left_out(f"Năm 2023, có 4 {unit} đạt từ 5-9 tiêu chí.", "từ 5-9 tiêu chí", THRESHOLD_REASON)


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 99), st.sampled_from(["xã", "huyện", "thị trấn", "xã, phường"]), st.integers(1, 9),
       st.integers(10, 19), st.sampled_from(["đạt từ {a}-{b} tiêu chí", "đạt từ {a} - {b} tiêu chí",
                                             "đạt dưới {a} tiêu chí", "đạt từ {a} tiêu chí trở lên",
                                             "cơ bản đạt {b}/19 tiêu chí"]))
def test_only_the_bound_is_left_out_as_a_threshold(n, unit, a, b, form):
    # the bound is left out, the count never for this reason (whether it is named is the names' rules' work)
    text = f"Đến nay, toàn tỉnh có {n} {unit} {form.format(a=a, b=b)}."
    found, loose = parsed(text)
    assert [("tiêu chí" in u.text) for u in loose if u.reason == THRESHOLD_REASON] == [True], (
        [(u.text, u.reason) for u in loose])
    assert not [i for i in found if i.unit == "tiêu chí"]


@pytest.mark.parametrize("bound", W.set_threshold_bounds)
def test_every_threshold_bound(bound):
    # a bound before the number of criteria, after a count of units and a verb; after one unit it stays
    # (the bound in the figure's text or before it)
    found, loose = parsed(f"Năm 2023, huyện có 4 xã đạt {bound} 15 tiêu chí.")
    assert [i.value for i in found] == [4]
    assert [u.reason for u in loose if u.text.endswith("15 tiêu chí")] == [THRESHOLD_REASON]
    kept(f"Năm 2023, xã Tân Lập đạt {bound} 15 tiêu chí.", 15)


@pytest.mark.parametrize("end", W.set_threshold_ends)
def test_every_threshold_end(end):
    left_out(f"Năm 2023, có 3 huyện đạt từ 6 tiêu chí {end}.", f"từ 6 tiêu chí {end}", THRESHOLD_REASON)
    kept(f"Năm 2023, xã Tân Lập đạt từ 6 tiêu chí {end}.", 6)
