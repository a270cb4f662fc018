"""Two percentages written with one sign after the second (``58,7/56%``): one fraction in ``%``, never
the second side read alone as a percentage (docs/records.md §fraction). Seen in dev documents 207 (Hạ
Lang, ``Tỷ lệ che phủ rừng đạt 58,7/56%``: a rate over its plan) and 071 (Lương Sơn, ``cao hơn mức bình
quân chung của tỉnh (13,86/9,15%)``: the district's and the province's), which read ``56%`` and ``9,15%``
alone before."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import baocao

_TIME_KINDS = ("date", "period", "term")


def _figures(text):
    recs = [r for r in baocao.extract(text) if r.kind not in _TIME_KINDS]
    for r in recs:
        assert text[r.start:r.end] == r.text
    return recs


# a side as the genre writes it: up to three digits, maybe a decimal comma and one or two decimals
_SIDE = st.tuples(st.integers(0, 999), st.one_of(st.none(), st.integers(0, 99))).map(
    lambda t: (str(t[0]), float(t[0])) if t[1] is None else (f"{t[0]},{t[1]:02d}", float(f"{t[0]}.{t[1]:02d}")))


@settings(max_examples=150, deadline=None)
@given(_SIDE, _SIDE, st.sampled_from(["", " "]))
def test_a_pair_with_one_sign_is_one_fraction_in_percent(first, second, space):
    (a, va), (b, vb) = first, second
    if vb == 0:
        return
    text = f"Năm 2018, tỷ lệ che phủ rừng đạt {a}/{b}{space}%, xây dựng nhà văn hóa."
    recs = _figures(text)
    assert [(r.kind, r.text) for r in recs] == [("fraction", f"{a}/{b}{space}%")]
    assert (recs[0].numerator, recs[0].denominator, recs[0].unit) == (va, vb, "%")


@settings(max_examples=100, deadline=None)
@given(_SIDE, _SIDE, st.sampled_from(["%/năm", "% /năm", "%KH", "%5"]))
def test_a_pair_with_a_tail_gives_no_reading_of_either_side(first, second, tail):
    (a, _), (b, _) = first, second
    text = f"tốc độ tăng trưởng bình quân {a}/{b}{tail} giai đoạn 2016 - 2020"
    assert [r for r in _figures(text) if r.kind in ("fraction", "percentage")] == []


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 99), _SIDE, _SIDE)
def test_a_chain_of_slashes_gives_no_reading(c, first, second):
    (a, _), (b, _) = first, second
    text = f"đạt {c}/{a}/{b}% kế hoạch"
    assert [r for r in _figures(text) if r.kind in ("fraction", "percentage")] == []


@pytest.mark.parametrize("text, want", [
    # the genre's traps: a date, a rank, a span of years, a speed, a percentage over a percentage
    ("Ngày 19/8/2020, tỷ lệ hộ nghèo giảm còn 5%.", [("percentage", "5%")]),
    ("huyện xếp hạng 1/10 huyện, tỷ lệ 96%", [("fraction", "1/10 huyện"), ("percentage", "96%")]),
    ("giai đoạn 2025 - 2030 tăng 7%/năm", [("percentage", "7%/năm")]),
    ("tốc độ 60 km/h, tăng 5%", [("quantity", "60 km/h"), ("percentage", "5%")]),
    ("tỷ lệ che phủ rừng đạt 83,5%/80%", [("percentage", "83,5%"), ("percentage", "80%")]),
    ("tỷ lệ 1/2 năm đạt 50%", [("fraction", "1/2"), ("percentage", "50%")]),
])
def test_traps_are_read_as_before(text, want):
    assert [(r.kind, r.text) for r in _figures(text)] == want


def test_the_pair_is_a_rate_over_its_plan():
    report = baocao.parse("Năm 2018, tỷ lệ che phủ rừng đạt 58,7/56%, xây dựng 02 nhà họp xóm đạt KH.")
    ind = next(i for i in report.indicators if i.unit == "%")
    assert (ind.name, ind.value, ind.target, ind.framing) == ("tỷ lệ che phủ rừng", 58.7, 56.0, "actual")


def test_a_pair_below_its_plan_is_a_rate_over_its_plan_too():
    # no part of a whole: both sides are rates (plan_fraction_units holds "%")
    report = baocao.parse("Năm 2018, tỷ lệ lao động qua đào tạo đạt 45/50%.")
    ind = next(i for i in report.indicators if i.unit == "%")
    assert (ind.value, ind.target) == (45.0, 50.0)


@pytest.mark.parametrize("text, share", [
    # a table's count and its share, the slash spaced on both sides: no pair, the share read alone
    ("Số cổ phiếu giảm giá 188 / 57,14% Số cổ phiếu giữ nguyên giá 57 / 17,33%", "57,14%"),
    ("Số cổ phiếu tăng giá 84 / 25,53%.", "25,53%"),
    ("Số hộ nghèo 12 / 3,5%.", "3,5%"),
])
def test_a_slash_spaced_on_both_sides_makes_no_pair(text, share):
    recs = [r for r in _figures(text) if r.kind in ("fraction", "percentage")]
    assert all(r.kind == "percentage" for r in recs) and recs[0].text == share


@pytest.mark.parametrize("text", ["đạt 58,7 /56%, xây", "đạt 58,7/ 56%, xây", "đạt 58,7/56%, xây"])
def test_a_slash_spaced_on_one_side_still_makes_a_pair(text):
    assert [r.kind for r in _figures(text) if r.kind in ("fraction", "percentage")] == ["fraction"]
