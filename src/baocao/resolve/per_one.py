"""A quantity of one unit inside a name: ``giá trị sản phẩm trên 01 ha canh tác đạt 105 triệu đồng``,
``giá trị sản phẩm/01 ha đất trồng trọt … vượt 35,14%``. The ``01 ha`` is the name's denominator (what
the value is per), no figure of a statement: it stays in the name and is left unattached.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.vocabulary import WORDS

if TYPE_CHECKING:
    from baocao.resolve.context import FigureRecord

__all__ = ["PER_ONE_REASON", "per_one_units"]

#: The reason an unattached per-one unit is given.
PER_ONE_REASON = "the unit of a name per one unit (giá trị sản phẩm trên 01 ha canh tác), no figure"

_LEAD = words_pattern(WORDS.per_one_leads)
# "01 ha", or "trên 01 ha" when the lead was read as the number's qualifier (folded)
_ONE = regex.compile(r"(?P<lead>" + _LEAD + r"\s+)?0*1\s*\p{L}")
# "sản phẩm trên " / "sản phẩm/": a word of the name, then a per-one lead or a slash (or, when the
# figure holds the lead, the word alone)
_LEAD_AT_END = regex.compile(r"\p{L}(?:\s+" + _LEAD + r"\s+|\s*/\s*)$")
_WORD_AT_END = regex.compile(r"\p{L}\s+$")
_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")
_LEAD_REACH = 12
# a verb or connective before the lead or after the unit ends the name there: "đạt trên 1 ha", "1 ha và"
# (compared with their diacritics: "đất" is no "đạt")
_FILLERS = frozenset(w.lower() for w in WORDS.lead_fillers if " " not in w)


def per_one_units(text: str, figures: list[FigureRecord]) -> list[FigureRecord]:
    """The quantities of `figures` (in the offsets of `text`) that are one unit inside a name: the
    value 1 (``1 ha``, ``01 ha``) right after a word of the name and a per-one lead (``per_one_leads``)
    or a slash, with a word of the name after it (not a filler such as ``và``, ``đạt``).

    >>> import baocao
    >>> t = "Năm 2023, giá trị sản phẩm trên 01 ha canh tác đạt 105 triệu đồng; diện tích đạt trên 1 ha."
    >>> [r.text for r in per_one_units(t, [r for r in baocao.extract(t) if r.kind == "quantity"])]
    ['trên 01 ha']
    """
    out = []
    for r in figures:
        one = _ONE.match(fold(r.text)) if r.kind == "quantity" and getattr(r, "value", None) == 1 else None
        if one is None:
            continue
        before = text[max(0, r.start - _LEAD_REACH):r.start]
        lead = (_WORD_AT_END if one.group("lead") else _LEAD_AT_END).search(fold(before))
        if lead is None:
            continue
        word_before = before[:lead.start() + 1].lower().split()
        nxt = _NEXT_WORD.match(text, r.end)
        if nxt is None or nxt.group(1).lower() in _FILLERS or (word_before and word_before[-1] in _FILLERS):
            continue
        out.append(r)
    return out
