"""The shortcuts of the amount reading give what the full path gives (hypothesis, genre-like text):
an amount read without running its pattern (a numeral, a unit word and a plain ending), a number
with nothing before it read without the prefix and blocker patterns, and the money numbers left
unread for want of a cue word."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.core.numbers import amounts, next_words, number_spans, read_prefix
from baocao.core.numbers.scan import match_near, matches_before_words, numerals_before_words
from baocao.core.numbers.shortcuts import dead_end
from baocao.core.numbers.words import Prefix, any_blocked_before, plain_before
from baocao.document import Document
from baocao.extract import money, percentage, quantity
from baocao.extract.units import EXACT_UNITS, UNITS

# numerals, unit words (in several cases), scale, range and bound words, prefix words and blockers,
# punctuation and spaces: the pieces an amount and its surroundings are made of
_UNITS = sorted(UNITS)[::3] + sorted(EXACT_UNITS) + ["ha", "tấn", "con", "hộ", "người", "km", "m2",
                                                     "m", "M", "HA", "Ha", "%", "điểm %", "km/h"]
PIECES = ["5", "12", "1.234", "2,5", "1,2", "12 350", "0", "9" * 30, " ", " ", " ", "\u00a0",
          "\u202f", "  ", "\n", ".", ",", ";", ":", ")", "(", "/", "-", "–", "~", "đến", "tới",
          "và", "giữa", "từ", "trở lên", "trở xuống", "triệu", "tỷ", "nghìn", "trên", "khoảng",
          "không", "hơn", "âm", "−", "năm", "TRIỆU", "Tỷ", "vạn", "tỉ lệ", "triệu đồng", "tỷ USD", "số", "dân số", "Quyết định", "mức độ", "đạt", "đất",
          "vốn", "tổng vốn", "số tiền", "TIỀN", "ngân sách", "đồng", "USD", "lên", "trở", "a", "năm",
          *_UNITS]
genre_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=2), max_size=30).map("".join)
_PATTERNS = [(quantity._PATTERN, quantity._measured), (percentage._PATTERN, None)]


@settings(max_examples=1500, deadline=None)
@given(genre_text)
def test_plain_amount_is_the_pattern_s(text):
    doc = Document.from_text(text)
    t, spans, after = doc.text, number_spans(doc), next_words(doc)
    for pattern, signed in _PATTERNS:
        assert pattern.plain
        for i, (pos, end) in enumerate(spans):
            if after[i] not in pattern.plain:
                continue
            fast = amounts._plain_amount(t, pos, end, after[i], signed)
            if fast is amounts._RUN:
                continue
            m = match_near(pattern.regex, t, pos)
            assert m is not None and m.end() == (fast.end if fast is not None else m.end())
            assert fast == amounts._amount(m, t, pattern, signed)
        # the whole pass, with the shortcut and without it
        full = [a for m in matches_before_words(doc, pattern.regex, pattern.after_number,
                                                 pattern.range_first)
                if (a := amounts._amount(m, t, pattern, signed)) is not None]
        assert list(amounts.find_amounts(doc, pattern, signed)) == full


@settings(max_examples=1500, deadline=None)
@given(genre_text)
def test_dead_numbers_match_nothing(text):
    doc = Document.from_text(text)
    t, spans, after = doc.text, number_spans(doc), next_words(doc)
    for pattern in [quantity._PATTERN, money._PATTERN]:
        assert pattern.dead
        for i, (pos, end) in enumerate(spans):
            if after[i] in pattern.dead and dead_end(t, pos, end, after[i], pattern.unit_chars):
                assert match_near(pattern.regex, t, pos) is None


@settings(max_examples=1000, deadline=None)
@given(genre_text)
def test_plain_before_is_prefix_and_blockers(text):
    for pos in range(len(text) + 1):
        if plain_before(text, pos):
            assert read_prefix(text, pos) == Prefix(pos, None, None, None)
            assert not any_blocked_before(text, pos)


@settings(max_examples=1000, deadline=None)
@given(genre_text)
def test_money_numbers_left_unread_have_no_cue(text):
    doc = Document.from_text(text)
    t, starts, pattern = doc.text, number_spans(doc).starts, money._IMPLIED
    for i in numerals_before_words(doc, pattern.after_number, pattern.range_first):
        m = match_near(pattern.regex, t, starts[i])
        a = amounts._amount(m, t, pattern, None) if m is not None else None
        if a is not None and not money._cue_near(t, starts[i]):
            assert money._IMPLIED_CONTEXT.search(t, max(0, a.start - 64), a.start) is None


def test_the_shortcuts_are_taken():
    """The common forms take the shortcuts (the properties above would hold without them)."""
    assert {"ha", "tấn", "con", "%"} <= quantity._PATTERN.plain | percentage._PATTERN.plain
    assert "m" not in quantity._PATTERN.plain   # "m2" is another unit
    doc = Document.from_text("đạt 5 ha, 7 tấn; 12 con")
    t, spans = doc.text, number_spans(doc)
    for (pos, end), word in zip(spans, next_words(doc)):
        assert amounts._plain_amount(t, pos, end, word, None) is not amounts._RUN
    assert plain_before("đạt 5 ha", 4) and not plain_before("năm 2024", 4)
    assert not money._cue_near("Dân số 1,2 triệu", 7) and money._cue_near("Tổng VỐN 12 tỷ", 9)
    doc = Document.from_text("Dân số 1,2 triệu. Vốn 5 tỷ 7 tỷ đồng")
    t, spans, after = doc.text, number_spans(doc), next_words(doc)
    assert [dead_end(t, pos, end, w, quantity._PATTERN.unit_chars)
            for (pos, end), w in zip(spans, after)] == [True, True, False]
