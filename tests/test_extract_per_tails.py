"""A per-unit tail ends where its word does: never before a digit, a square or a cube sign glued to its
letters. Dev 388 (Bình Phước, ``Mật độ dân số: 569 người/km2/Số đơn vị hành chính``) read ``569 người/km``
(per ``km``, a wrong unit) when a slash-word followed ``km2`` and the longer tail could not be read."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import baocao


def _amounts(text):
    return [r for r in baocao.extract(text) if r.kind in ("quantity", "money")]


@settings(max_examples=120, deadline=None)
@given(st.integers(1, 99999), st.sampled_from(["km", "m", "ha", "kg", "tấn", "người"]),
       st.sampled_from(list("0123456789²³")), st.sampled_from(["/Số", "/ Mật", "/Diện"]))
def test_a_tail_is_never_cut_before_a_glued_digit(n, per, digit, after):
    text = f"Mật độ {n} người/{per}{digit}{after} đơn vị hành chính"
    for r in _amounts(text):
        assert not (r.per and r.end < len(text) and text[r.end] in "0123456789²³" and text[r.end - 1].isalpha()), r


@pytest.mark.parametrize("text, want", [
    ("Mật độ dân số: 569 người/km2/Số đơn vị hành chính: 5 phường", []),
    ("Mật độ dân số: 421người/km²/Số đơn vị hành chính: 5 phường", []),
    # whole tails as before
    ("mật độ 569 người/km2, tăng", [("569 người/km2", "km2")]),
    ("mật độ 421 người/km²", [("421 người/km²", "km²")]),
    ("1.000 m3/ngày đêm", [("1.000 m3/ngày đêm", "ngày đêm")]),
    ("năng suất 58 tạ/ha", [("58 tạ/ha", "ha")]),
    ("20 kg/người/năm", [("20 kg/người/năm", "người/năm")]),
    ("giá 50.000 đồng/kg", [("50.000 đồng/kg", "kg")]),
    # the genre's traps around a slash: a date, a speed
    ("ngày 19/8/2020 thu 5 tấn/ha", [("5 tấn/ha", "ha")]),
    ("tốc độ 60 km/h", [("60 km/h", None)]),
])
def test_tails(text, want):
    assert [(r.text, r.per) for r in _amounts(text)] == want
