"""The exact pre-test of the pieces at the start of a lead that are no filler (read by
:func:`baocao.resolve.phrases._start_cut_of` on the folded lead): a list number (``LIST_NUMBER``),
punctuation (``JUNK_AT_START``), a period (``PERIOD_AT_START``) and a source (``SOURCE_AT_START``).

Where the lead goes on with a letter, none of them can match but by its first word: the letter of a
list number (``a)``: one of ``[a-zđ]`` before ``)``), or one of the words a period opens with (its
leads and nouns, ``đến``, ``năm``) or a source (``theo``, ``căn cứ``). Whitespace, punctuation and
digits, which the other pieces start with, are no letters; and each of these words is followed by
whitespace in its pattern, so that a match has the word's first run of letters as the lead's own
first run of letters. A letter that opens none of them is tried for a filler alone: four patterns
fewer at most offsets a lead is read at (tests/test_lead_pieces.py)."""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.fold import fold
from baocao.core.rules import GIL_HELD
from baocao.resolve.vocabulary import WORDS

__all__ = ["may_open_a_piece"]

_LETTERS = regex.compile(r"\p{L}*")
_LIST_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzđ")   # LIST_NUMBER's [a-zđ]\)


def _openings() -> Optional[frozenset[str]]:
    """The first runs of letters of the folded period leads and nouns and source openers; None (no
    pre-test) when one opens with something else than a letter."""
    runs = {_run(fold(w), 0) for w in (*WORDS.period_leads, *WORDS.period_nouns, *WORDS.source_openers)}
    return None if "" in runs else frozenset(runs)


def _run(text: str, pos: int) -> str:
    """The run of letters at ``pos`` of ``text`` (maybe empty)."""
    m = _LETTERS.match(text, pos)   # always matches
    return m.group() if m is not None else ""


_OPENINGS = _openings()


def may_open_a_piece(seg: str, i: int) -> bool:
    """False when no list number, punctuation, period or source can start at offset ``i`` of the
    folded lead ``seg`` (``i < len(seg)``): it goes on with a letter whose run opens none.

    >>> may_open_a_piece("san luong lua", 0), may_open_a_piece("nam 2024", 0), may_open_a_piece(", a", 0)
    (False, True, True)
    >>> may_open_a_piece("a) san luong", 0), may_open_a_piece("theo cuc", 0), may_open_a_piece("5 ha", 0)
    (True, True, True)
    """
    c = seg[i]
    if not c.isalpha() or _OPENINGS is None:
        return True
    if c in _LIST_LETTERS and seg.startswith(")", i + 1):
        return True
    run = _LETTERS.match(seg, i, None, GIL_HELD)   # always matches
    return run is None or run.group() in _OPENINGS
