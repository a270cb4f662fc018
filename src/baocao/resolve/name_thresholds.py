"""A threshold inside the name of a count: ``có 08 xã đạt từ 15-18 tiêu chí``, ``có 3 huyện đạt từ 6 tiêu
chí trở lên``, ``01 xã cơ bản đạt 19/19 tiêu chí``. What is counted is the units that reach so many
criteria: the count's name is the phrase after it, threshold included (``xã đạt từ 15-18 tiêu chí``), and
the number of criteria is no figure of a statement: it stays in the name and is left unattached.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.fold import fold
from baocao.resolve.unattached_thresholds import THRESHOLD_REASON as UNATTACHED_THRESHOLD_REASON

if TYPE_CHECKING:
    from baocao.resolve.context import FigureRecord

__all__ = ["counts_to_a_threshold", "threshold_figures"]

#: The reason an unattached threshold is given: the one the unattached rules give it when no name holds it
THRESHOLD_REASON = UNATTACHED_THRESHOLD_REASON

THRESHOLD_UNITS = frozenset({"tieu chi"})
"""The units of a threshold a count of units reaches (folded)."""

_BETWEEN_REACH = 30
# between the count (with its unit) and the threshold: at most two words of the unit's phrase ("cơ
# bản"), the verb of reaching and a bound (folded)
_BETWEEN = regex.compile(r"\s+(?:\p{L}+\s+){0,2}?dat\s+(?:duoc\s+)?(?:(?:tu|tren|duoi)\s+)?")


# the same, then the threshold's number and its unit: a count right before it counts the units that reach it
_BETWEEN_AND_CRITERIA = regex.compile(_BETWEEN.pattern + r"\d[\d.,/ \-–]{0,12}\s*tieu chi(?:\s+tro\s+(?:len|xuong))?")
# after a threshold, the next item of its list with its count left out ("có 26 xã đạt từ 10 - 14 tiêu chí
# và xã đạt từ 7 - 9 tiêu chí"): a comma or "và", the count's unit (the group "unit" checked after), đạt and
# a bound (folded)
_NEXT_ITEM = regex.compile(r"\s*(?:,|va)\s+(?P<unit>\p{L}+(?:\s+\p{L}+)?)\s+dat\s+(?:duoc\s+)?(?:(?:tu|tren|duoi)\s+)?")


def counts_to_a_threshold(folded: str, end: int) -> Optional[int]:
    """Where the threshold of criteria that follows a count ending at ``end`` of the folded text ends
    (``3 huyện| đạt từ 6 tiêu chí trở lên|``), None when none follows: the phrase after the count
    starts at its unit, as after a count unit (``count_units``), and ends with the threshold."""
    m = _BETWEEN_AND_CRITERIA.match(folded, end)
    return None if m is None else m.end()


def _unit(rec: FigureRecord) -> str:
    return fold(str(rec.__dict__.get("unit") or ""))


def threshold_figures(text: str, figures: list[FigureRecord]) -> list[FigureRecord]:
    """The figures of `figures` (in the offsets of `text`, by start) that are the threshold of the count
    right before them: a quantity or fraction of criteria (``tiêu chí``) after a count of units with
    its unit (a quantity or a fraction whose unit is a word), joined to it by only the words of its
    phrase (two at most), ``đạt`` and a bound (``từ``, ``trên``, ``dưới``); and the next item of a list of
    such thresholds written with its count left out (``có 26 xã đạt từ 10 - 14 tiêu chí và xã đạt từ 7 - 9
    tiêu chí``: the same unit, after a comma or ``và``).

    >>> import baocao
    >>> t = "Toàn tỉnh có 08 xã đạt từ 15-18 tiêu chí và xã đạt từ 7 - 9 tiêu chí; xã Khánh Bình đạt 17/19 tiêu chí."
    >>> [r.text for r in threshold_figures(t, [r for r in baocao.extract(t)])]
    ['từ 15-18 tiêu chí', 'từ 7 - 9 tiêu chí']
    """
    out: list[FigureRecord] = []
    unit = ""       # the unit of the count of the last threshold
    for prev, rec in zip(figures, figures[1:]):
        if rec.kind not in ("quantity", "fraction") or _unit(rec) not in THRESHOLD_UNITS:
            continue
        if not 0 < rec.start - prev.end <= _BETWEEN_REACH:
            continue
        between = fold(text[prev.end:rec.start])
        if out and out[-1] is prev:     # the next item of a list of thresholds, its count left out
            item = _NEXT_ITEM.fullmatch(between)
            if item is not None and item.group("unit") == unit:
                out.append(rec)
            continue
        if prev.kind not in ("quantity", "fraction") or _unit(prev) in ("", *THRESHOLD_UNITS) \
                or not prev.text[-1:].isalpha():
            continue
        if _BETWEEN.fullmatch(between):
            out.append(rec)
            unit = _unit(prev)
    return out
