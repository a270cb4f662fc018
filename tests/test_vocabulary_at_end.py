"""The end-anchored patterns (vocabulary.AtEnd) find what their pattern's rightward search finds, the
same span: read leftwards from the text's end (the longest word or run that ends there is the one that
starts first), and tried only where the test of the text's end holds (it holds wherever the pattern
matches)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.core.fold import fold
from baocao.resolve import vocabulary as v

_FILLERS = sorted(v.exact_forms(v.WORDS.lead_fillers + v.WORDS.end_fillers))
_PERIODS = ["năm 2024", "giai đoạn 2021 - 2025", "2020–2025", "6/2024", "15/10/2023", "quý II/2020", "2024"]
_AROUND = ["tổng thu", "sản lượng", "tăng", "5", "²", "٣", " ", "  ", "\u00a0", "\n", "\t", ",", "(", ")", "-", "x"]
# the words of the other end-anchored patterns, as each reads them (lower-cased or folded)
_WORDS = sorted(v.exact_forms(v.WORDS.yearly + v.WORDS.keep_at_end) | {fold(w) for w in v.WORDS.averaging + v.WORDS.actions_at_end}
                | {"da", "duoc", "đã", "được", "(ha)", "(giá hiện hành)", "(trừ", "( ", "(", ")", "...", "-", "•", "/", "năm", "nam"})
_LOWER = (v.FILLER_AT_END, v.KEEP_AT_END, v.YEARLY_AT_END)     # read on lower-cased text
_FOLDED = (v.JUNK_AT_END, v.PAREN_AT_END, v.AVERAGING_AT_END, v.ACTION_AT_END, v.PERIOD_AT_END)
_END_WS = st.sampled_from(["", " ", "  ", "\n", " \n", "\u00a0", "\u2003", "\x1c", "\r\n"])


def _same(at_end: v.AtEnd, text: str) -> None:
    got, want = at_end.search(text), at_end.pattern.search(text)
    assert (got and got.span()) == (want and want.span()), text


def test_every_filler_and_period_at_the_end_is_found():
    for form in _FILLERS + _PERIODS:
        for text in (form, "tổng thu " + form, f"x {form} \n", f"{form}, {form}"):
            _same(v.FILLER_AT_END, text.lower())
            _same(v.PERIOD_AT_END, text)
    assert v.FILLER_AT_END.search(("tổng thu " + _FILLERS[0] + " ").lower()) is not None
    assert v.PERIOD_AT_END.search("thu ngân sách năm 2024 ") is not None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FILLERS + _PERIODS + _AROUND) | st.text(max_size=2), max_size=8), _END_WS)
def test_any_text_s_end_is_found_as_the_pattern_finds_it(pieces, end):
    text = " ".join(pieces) + end
    _same(v.FILLER_AT_END, text.lower())
    _same(v.FILLER_AT_END, text)
    _same(v.PERIOD_AT_END, text)


def test_every_word_at_the_end_is_found_where_the_pattern_finds_it():
    for form in _WORDS + _FILLERS:
        for text in (form, "tổng thu " + form, f"x {form} \n", f"{form}, {form}", f"x đã {form} được",
                     f"dien tich da {form} duoc ", f"({form})", f"san luong ({form}) ", f"x{form}"):
            for at_end in _LOWER:
                _same(at_end, text.lower())
            for at_end in _FOLDED:
                _same(at_end, fold(text))
                _same(at_end, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + _FILLERS + _AROUND) | st.text(max_size=2), max_size=8), _END_WS)
def test_any_text_s_end_is_found_as_each_pattern_finds_it(pieces, end):
    text = " ".join(pieces) + end
    for at_end in _LOWER + _FOLDED:
        _same(at_end, text)
        _same(at_end, text.lower())
        _same(at_end, fold(text))
