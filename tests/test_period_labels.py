"""The evaluation compares periods as spans: a quarter is its three months, ``..`` and ``/`` alike, so a
statement the text dates by ``quý I/2021`` and one dated by ``03 tháng đầu năm 2021`` score alike; other
labels stay as they are."""
from __future__ import annotations

import pytest

import indicators as goals  # evaluation/indicators.py


@pytest.mark.parametrize("label, same", [
    ("2021-Q1", "2021-01..2021-03"),
    ("2024-Q3", "2024-07/2024-09"),
    ("2021-Q2..2021-Q3", "2021-04..2021-09"),
    ("2020-01..2020-Q2", "2020-01/2020-06"),
    ("2021-01..2021-06", "2021-01/2021-06"),
])
def test_the_same_span_has_one_label(label, same):
    assert goals._period_label(label) == goals._period_label(same)


@pytest.mark.parametrize("label, other", [
    ("2021-Q1", "2021-01..2021-06"),
    ("2021-Q2", "2021-01..2021-03"),
    ("2021-Q1", "2021"),
    ("2021-Q4", "2021-10"),
])
def test_other_spans_differ(label, other):
    assert goals._period_label(label) != goals._period_label(other)


def test_no_period_stays_none():
    assert goals._period_label(None) is None
