"""The shortcuts that keep the job linear in document size and its caches bounded give the answers
of the plain forms they replace (speed itself is measured by benchmarks/bench_scale.py)."""
from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

import baocao.core.fold as lexicon
from baocao.core.fold import FOLD_CACHE_CHARS, fold
from baocao.resolve import segments
from baocao.resolve.segments import separators
from baocao.resolve.vocabulary import SEPARATOR
from baocao.normalize.footnote_markers import _before_spaces

_CHARS = st.text(alphabet=st.sampled_from(list("ab1 .,;:!?\n()5%đ\t")), max_size=60)


def _separators_per_character(text, a, b, figures, spans):
    """The plain form: every character of the scope tested."""
    hidden = bytearray(b - a + 1)
    for r in figures:
        hidden[r.start - a:r.end - a] = b"\x01" * (r.end - r.start)
    for p0, p1 in spans:
        lo, hi = max(p0, a), min(p1, b)
        if lo < hi:
            hidden[lo - a:hi - a] = b"\x01" * (hi - lo)
    cuts, commas = [a], []
    for i in range(a, b):
        if hidden[i - a]:
            continue
        ch = text[i]
        if SEPARATOR.match(text, i) and not (ch == "." and i + 1 < b and text[i + 1].isdigit()):
            cuts.append(i + 1)
        elif ch == ",":
            commas.append(i + 1)
    cuts.append(b)
    return cuts, commas


def test_every_character_a_separator_starts_with_is_looked_at():
    starts = {chr(c) for c in range(0x3000) if SEPARATOR.match(chr(c) + " ")}
    assert starts
    assert all(segments._MARKS.match(ch) for ch in starts)


@settings(max_examples=300, deadline=None)
@given(_CHARS, st.data())
def test_separators_as_per_character(text, data):
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    figs = []
    pos = a
    while pos < b and data.draw(st.booleans()):
        s = data.draw(st.integers(pos, b))
        e = data.draw(st.integers(s, b))
        figs.append(SimpleNamespace(start=s, end=e))
        pos = e
    spans = segments.parens(text, a, b)
    assert separators(text, a, b, figs, spans) == _separators_per_character(text, a, b, figs, spans)


@given(st.text(alphabet=st.sampled_from(list("a, \n")), max_size=30), st.data())
def test_before_spaces_as_rstrip(text, data):
    pos = data.draw(st.integers(0, len(text)))
    assert _before_spaces(text, pos) == text[:pos].rstrip(" ")[-1:]


def test_fold_remembers_no_long_text():
    long = "Tổng sản phẩm trên địa bàn tỉnh " * 10
    assert len(long) > FOLD_CACHE_CHARS
    before = lexicon._fold_short.cache_info().currsize
    assert fold(long) == long.translate(lexicon._fold_table()).lower()
    assert lexicon._fold_short.cache_info().currsize == before
    assert fold("Mường Ẳng") == "muong ang"
    assert lexicon._fold_short.cache_info().maxsize == lexicon.FOLD_CACHE_SIZE


def _parens_per_character(text, a, b):
    out, depth, start = [], 0, None
    for i in range(a, b):
        ch = text[i]
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ()(),")), max_size=40), st.data())
def test_parens_as_per_character(text, data):
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert segments.parens(text, a, b) == _parens_per_character(text, a, b)
