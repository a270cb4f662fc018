"""Hypothesis, for dates and periods: every date is a real calendar date (its day, month and year
can be one day), every period's months and years are in order, and nothing is invented: a date's
numbers all stand in its own text unless `inferred` names them, and a year-less text gives no year."""
from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

import baocao

# the pieces time expressions are made of, and the numbers that make them impossible
PIECES = ["ngày", "tháng", "năm", "quý", "mồng", "mùng", "sáng", "chiều", "hôm qua", "từ", "đến",
          "và", "cả", "đầu", "cuối", "giai đoạn", "thời kỳ", "so với", "cùng kỳ", "trước", "nay",
          "/", ".", "-", " - ", "–", " ", " ", ",", "(", ")", "I", "II", "IV", "0", "00", "1", "2",
          "3", "9", "12", "13", "15", "19", "28", "29", "30", "31", "32", "99", "2023", "2024",
          "2025", "2100", "2101", "1899", "%", "tỷ đồng", "ha", "lần"]
time_text = st.lists(st.sampled_from(PIECES), max_size=30).map("".join) | \
    st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join)


def _records(text):
    recs = baocao.extract(text, kinds={"date", "period"})
    for r in recs:
        assert text[r.start:r.end] == r.text
    return recs


@settings(max_examples=600, deadline=None)
@given(time_text)
def test_a_date_is_a_calendar_date(text):
    for r in _records(text):
        if r.kind != "date":
            continue
        assert r.month is not None and 1 <= r.month <= 12
        assert r.day is not None or r.year is not None, r
        if r.day is not None:
            datetime.date(r.year or 2000, r.month, r.day)   # raises on 31/2, 31/4, 29/2/2023
        if r.year is not None:
            assert 1800 <= r.year <= 2100
        assert not r.year_inferred        # extract on bare text never takes a year from elsewhere
        written, inferred = r.text, (r.inferred or "").split(",")
        if "day" not in inferred and r.day is not None:
            assert str(r.day) in written
        if "month" not in inferred:
            assert str(r.month) in written
        if "year" not in inferred and r.year is not None:
            assert str(r.year) in written


@settings(max_examples=600, deadline=None)
@given(time_text)
def test_a_period_is_in_order(text):
    for r in _records(text):
        if r.kind != "period":
            continue
        if r.start_year is not None and r.end_year is not None:
            assert r.start_year <= r.end_year
        if r.start_year == r.end_year and r.start_month is not None:
            assert 1 <= r.start_month <= r.end_month <= 12
        if r.start_year is not None and "start_year" not in (r.inferred or "") and r.base is None:
            assert str(r.start_year) in r.text
        assert (r.base is None) == (r.period_type != "comparison")


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 31), st.integers(1, 14), st.integers(1780, 2120), st.sampled_from(["/", "-", "."]))
def test_numeric_dates_are_read_or_left_alone(day, month, year, sep):
    text = f"ngày {day}{sep}{month}{sep}{year}"
    dates = [r for r in _records(text) if r.kind == "date"]
    try:
        datetime.date(year, month, day)
        real = 1800 <= year <= 2100    # outside: a typing error ("27/7/2947"), left alone
    except ValueError:
        real = False
    if real:
        assert [(r.day, r.month, r.year) for r in dates] == [(day, month, year)]
    else:
        assert all(r.day != day or r.month != month for r in dates), dates


@settings(max_examples=150, deadline=None)
@given(time_text, st.sampled_from(["Tin đăng lúc 10/6/2023\n", "Hà Nội, ngày 29 tháng 2 năm 2024\n",
                                    "07/01/2025 07:36\n", ""]))
def test_an_inferred_year_still_makes_a_calendar_date(text, head):
    doc = head + text
    for r in baocao.parse(doc).records:
        assert doc[r.start:r.end] == r.text
        if r.kind != "date":
            continue
        if r.year_inferred:
            assert r.year is not None and "year" in r.inferred.split(",")
        if r.day is not None and r.year is not None:
            datetime.date(r.year, r.month, r.day)
