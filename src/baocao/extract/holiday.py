"""Holidays named with their day and month (``Quốc khánh 2/9``, ``kỷ niệm 30/4``): a date, not a figure.

The press writes a holiday's day and month without a year after its name. Without a date word before
it (``ngày``, ``dịp``: ``context_words`` of ``data/dates.yaml``) such a ``2/9`` would be read as a
fraction, and a report would hold an indicator of value 2. :func:`holiday_before` says whether the day
and month at a position is the date of a holiday named right before it (``holidays`` of
``data/dates.yaml``: the day must be that holiday's own day), or of any holiday after a word that
introduces one (``holiday_words``: ``kỷ niệm 30/4``, ``chào mừng 2/9``).
"""
from __future__ import annotations

import regex

from baocao.core.rules import WORD_GAP, alternation
from baocao.extract._rules import load

_RULES = load("dates")
_GAP = WORD_GAP


def _either_case_first(name: str) -> tuple[str, str]:
    return name[0].upper() + name[1:], name[0].lower() + name[1:]


#: (day, month) -> the names of its holiday, as written (the first letter in either case)
_NAMES: dict[tuple[int, int], frozenset[str]] = {
    (h.day, h.month): frozenset(n for name in h.names for n in _either_case_first(name))
    for h in _RULES.holidays}
_ALL = sorted({n for names in _NAMES.values() for n in names})
# a holiday's name or a word that introduces one, right before the day (past a gap and "("), read
# leftwards from the day: bounded by the window the caller searches
_BEFORE = regex.compile(
    rf"(?r)(?<![\p{{L}}\p{{M}}])(?:(?P<name>{alternation(_ALL, gap=_GAP)})|"
    rf"(?P<word>{alternation(_RULES.holiday_words, flags='i', gap=_GAP)}))"
    rf"(?:{_GAP})?\(?\Z")
_WINDOW = 64


def holiday_before(text: str, pos: int, day: int, month: int) -> bool:
    """True when the day and month written at `pos` (``day``/``month``) is a holiday's date named right
    before it.

    >>> holiday_before("Nhân dịp Quốc khánh 2/9, ", 20, 2, 9)
    True
    >>> holiday_before("Quốc khánh 2/3 số hộ", 11, 2, 3), holiday_before("đạt 2/9 xã", 4, 2, 9)
    (False, False)
    >>> holiday_before("kỷ niệm 30/4", 8, 30, 4), holiday_before("kỷ niệm 3/4 số", 8, 3, 4)
    (True, False)
    """
    names = _NAMES.get((day, month))
    if names is None:
        return False
    m = _BEFORE.search(text, max(0, pos - _WINDOW), pos)
    if m is None:
        return False
    if m.group("name") is not None:
        return " ".join(m.group("name").split()) in names
    return True
