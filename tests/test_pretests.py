"""Hypothesis: a cheap test that lets a rule skip a position without running its regex never skips
a position where the regex matches (the rule finds what trying the regex everywhere finds)."""
from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.document import Document


def _mod(name):
    return importlib.import_module(f"baocao.extract.{name}")


def _unit_words():
    base, money = _mod("_base"), _mod("money")
    return sorted(set(base.UNITS) | set(base.EXACT_UNITS) | set(money._CODES) | set(money._EXACT)
                  | set(_mod("numbers").SCALE_FACTORS))


_WORDS = _unit_words()
_AROUND = ["5", "12", "113", "1.629", "5,61", "2024", "30a", "03", " ", "\u00a0", "\u202f", "  ",
           "\n", "-", "–", "/", " / ", "/ ", "%", "tháng", "năm", "xã", "a", "b", ",", ".", "NQ",
           "TU", "BC", "UBND", "NĐ-CP", "CP", "KT", "Đ", "tỷ đồng", "triệu"]
text_pieces = st.lists(st.sampled_from(_WORDS).map(lambda w: w.upper() if len(w) % 2 else w)
                       | st.sampled_from(_AROUND) | st.text(max_size=2), max_size=30).map("".join)


def _everywhere(doc, pattern):
    numbers = _mod("numbers")
    return [m.span() for pos, _ in numbers.number_spans(doc)
            for m in [pattern.match(doc.text, pos)] if m is not None]


@settings(max_examples=500, deadline=None)
@given(text_pieces)
def test_a_fraction_is_tried_only_with_a_slash_close_after_its_numerator(text):
    numbers, fraction = _mod("numbers"), _mod("fraction")
    doc = Document.from_text(text, normalize=False)
    assert [m.span() for m in numbers.matches_reaching(
        doc, fraction._PATTERN, fraction._AFTER_NUMERATOR, "/", fraction._SLASH_REACH)] == \
        _everywhere(doc, fraction._PATTERN)
    assert [m.span() for m in numbers.matches_reaching(
        doc, fraction._MONEY, fraction._AFTER_MONEY_NUMERATOR, "/", 2)] == \
        _everywhere(doc, fraction._MONEY)


@settings(max_examples=500, deadline=None)
@given(text_pieces)
def test_a_document_code_is_tried_only_where_a_letter_dash_or_slash_is_glued_to_its_number(text):
    numbers, docref = _mod("numbers"), _mod("docref")
    doc = Document.from_text(text, normalize=False)
    for pattern, after in ((docref._PARTY, docref._AFTER_PARTY), (docref._STATE, docref._AFTER_STATE),
                           (docref._STATE_NO_TYPE, docref._AFTER_STATE)):
        assert [m.span() for m in numbers.matches_at_numbers(doc, pattern, after, space=False)] == \
            _everywhere(doc, pattern)
