"""The bounded looks back of resolve/reach.py give what the unbounded searches they replace give,
for any text, offset and reach (texts of the characters the searches read, and others)."""
from types import SimpleNamespace

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.core.fold import fold
from baocao.resolve import periods
from baocao.resolve.phrases import _after_byline
from baocao.resolve.reach import (SENTENCE_STOP_BEFORE, at_line_start, char_before_spaces, last_after, line_start_within,
                                  sentence_end_within, sentence_start_within)

_TEXTS = st.text(alphabet=" \t\u00a0\n.,xĐ-", max_size=40)


@st.composite
def _at(draw):
    text = draw(_TEXTS)
    pos = draw(st.integers(0, len(text)))
    return text, pos


@settings(max_examples=1500, deadline=None)
@given(_at(), st.integers(0, 45))
def test_line_start_within_is_the_unbounded_search(at, reach):
    text, pos = at
    assert line_start_within(text, pos, reach) == max(text.rfind("\n", 0, pos) + 1, pos - reach)


@settings(max_examples=1500, deadline=None)
@given(_at(), st.sampled_from([". ", "\n", ",", "x."]), st.data())
def test_last_after_is_the_unbounded_search(at, sub, data):
    text, pos = at
    floor = data.draw(st.integers(0, pos + 2))
    assert last_after(text, sub, floor, pos) == max(floor, text.rfind(sub, 0, pos) + 1)


@settings(max_examples=1500, deadline=None)
@given(_at())
def test_at_line_start_is_the_unbounded_test(at):
    text, pos = at
    assert at_line_start(text, pos) == (not text[text.rfind("\n", 0, pos) + 1:pos].strip(" \t\u00a0"))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["", "x ", "\n", " \n\t", "Đ.\n \u00a0", "a\u00a0"]),
       st.sampled_from(["Điện Biên TV - Tốc độ tăng trưởng", "Tốc độ tăng trưởng"]))
def test_a_byline_is_skipped_only_at_the_start_of_its_line(before, line):
    text = before + line
    a = len(before)
    moved = _after_byline(text, a, len(text)) > a
    assert moved == (line.startswith("Điện") and not text[text.rfind("\n", 0, a) + 1:a].strip(" \t\u00a0"))


_FORWARD_SENTENCE_START = regex.compile(r"(?:[.!?]\s|\n)(?!.*(?:[.!?]\s|\n))", regex.DOTALL)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=" \t\n.!?x\u00a0\u2028", max_size=40), st.data())
def test_the_last_sentence_stop_searched_back_ends_where_the_forward_search_ends(text, data):
    pos = data.draw(st.integers(0, len(text)))
    a = data.draw(st.integers(0, pos))
    theirs = _FORWARD_SENTENCE_START.search(text, a, pos)
    mine = periods._SENTENCE_START.search(text, a, pos)
    assert (mine is None) == (theirs is None)
    assert mine is None or mine.end() == theirs.end()


def _now_before_as_it_was(ctx, pos):
    if periods.NOW.search(ctx.folded, max(0, pos - periods.NOW_REACH), pos) is not None:
        return True
    a = max(0, pos - periods.NOW_SENTENCE_REACH)
    end = _FORWARD_SENTENCE_START.search(ctx.text, a, pos)
    if end is not None:
        a = end.end()
    last = None
    for last in periods.NOW.finditer(ctx.folded, a, pos):
        pass
    return last is not None and not ctx.figures_from(last.end(), pos)


_PIECES = ["đến nay", "Hiện nay", "hiện tại, ", "cho đến nay", "nay", "đến", " ", ". ", "\n", "5%", "x" * 30,
           "tính", ", ", "Đến nay"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.lists(st.integers(0, 400), max_size=6), st.data())
def test_now_before_is_what_it_was(pieces, figures, data):
    text = "".join(pieces)
    pos = data.draw(st.integers(0, len(text)))
    figures = sorted(figures)
    ctx = SimpleNamespace(text=text, folded=fold(text) if len(fold(text)) == len(text) else text.lower(),
                          figures_from=lambda a, b: [f for f in figures if a <= f < b])
    assert periods.now_before(ctx, pos) == _now_before_as_it_was(ctx, pos)


@settings(max_examples=1500, deadline=None)
@given(_at(), st.integers(0, 45))
def test_sentence_end_within_is_the_unbounded_search(at, reach):
    text, pos = at
    m = regex.compile(r"[.!?](?=\s)|\n").search(text, pos)
    assert sentence_end_within(text, pos, reach) == min(m.start() if m else len(text), pos + reach, len(text))


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=" \t\n.!?x1\u00a0\u2028\u3000", max_size=60), st.integers(0, 70), st.data())
def test_sentence_start_within_is_the_patterns_search(text, reach, data):
    # the marks found by str.rfind, each tested for a whitespace after it, then the pattern's own search
    # past a few marks without one ("1.2.3.4."): what the reversed pattern finds in [pos - reach, pos)
    pos = data.draw(st.integers(0, len(text)))
    lo = max(0, pos - reach)
    m = SENTENCE_STOP_BEFORE.search(text, lo, pos)
    assert sentence_start_within(text, pos, reach) == (m.end() if m is not None else lo)


def test_sentence_start_within_past_many_marks_without_a_space():
    text = "Một câu. " + "1.2" * 20 + " x"
    assert sentence_start_within(text, len(text), 200) == len("Một câu.")
    assert sentence_start_within(text, len(text), 30) == len(text) - 30
    assert sentence_start_within("a.\u3000b", 4, 10) == 2 and sentence_start_within("a.b", 3, 10) == 0


@settings(max_examples=1500, deadline=None)
@given(_at())
def test_char_before_spaces_is_the_stripped_text_before(at):
    text, pos = at
    assert char_before_spaces(text, pos) == text[:pos].rstrip()[-1:]
