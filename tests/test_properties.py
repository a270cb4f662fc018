"""Hypothesis: extract never raises on arbitrary Unicode and every record keeps the offset invariant."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

import baocao

# Text built from the genre's own pieces mixes numbers, separators, units and Vietnamese words far
# more often than uniform random Unicode would.
PIECES = ["5,61", "%", "/năm", "1.629", "tỷ", "đồng", "triệu", " ", "-", "–", "/", "2020", "2025",
          "ha", "xã", "khóa", "XXIII", "ngày", "19/5", "03-NQ/TU", "trên", "từ", "đến", "\t", "\n",
          "đồng chí", "tỷ lệ", "m³", "¹⁵", ",", ".", "(", ")", "lần thứ", "nhiệm kỳ", "0", "9"]
genre_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=40).map("".join)


def _check(text):
    for r in baocao.extract(text):
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start:r.end] == r.text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode(text):
    _check(text)


@settings(max_examples=500, deadline=None)
@given(genre_text)
def test_genre_like_text(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(genre_text)
def test_decomposed_text_keeps_original_offsets(text):
    nfd = unicodedata.normalize("NFD", text)
    _check(nfd)
    # the same figures are found whether the text came composed or decomposed
    assert [r.kind for r in baocao.extract(nfd)] == [r.kind for r in baocao.extract(
        unicodedata.normalize("NFC", text))]


@settings(max_examples=200, deadline=None)
@given(genre_text)
def test_records_do_not_overlap(text):
    recs = baocao.extract(text)
    for a, b in zip(recs, recs[1:]):
        assert a.end <= b.start
