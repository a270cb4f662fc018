"""The rest of a counted set of units: how many are left and the bound they reach, no indicator.

A report counts the units that reached a standard, then says how many are left and what the rest reach:
``đưa số xã đạt chuẩn lên 20/25; 5 xã còn lại đạt và cơ bản đạt từ 16 đến 18 tiêu chí`` (412 Hà Nội Mới),
``có 6 xã đạt chuẩn nông thôn mới; 3 xã còn lại đạt từ 13 đến 15 tiêu chí`` (426 Đắk Nông television),
``Đến nay, các xã còn lại đạt từ 10-12 tiêu chí`` (396 Báo Phú Yên). The count of the rest (a count of
``administrative_units`` right before ``còn lại``) only sizes what is left of the set the statement before
counts, and the bound the rest reach (a figure with a qualifier of a bound or a range after ``các``/a count,
the unit, ``còn lại`` and a few words of its verb) measures no unit and no whole. :func:`rest_of_a_set` names
the reason such a figure is left unattached, or None.

A count of the rest with no bound after it (``còn 3 xã còn lại chưa đạt chuẩn``: the communes short of the
standard, a count of its own), a count that ``còn lại`` does not follow (``có 6 xã đạt chuẩn``), a remaining stock named before its figure
(``số hộ nghèo còn lại cuối năm là 873``), a count of what is no administrative unit (``5 hộ còn lại``), a sum
of money spent on the rest (``Các thôn còn lại đã được đầu tư trên 50 tỷ đồng``) and a
level reached by the rest with no bound (``các xã còn lại đạt 12 tiêu chí``) stay statements.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.fold import fold
from baocao.core.rules import compile_at
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.vocabulary import WORDS, exact_alternation

if TYPE_CHECKING:
    from baocao.resolve.context import FigureRecord

__all__ = ["REST_REASON", "rest_of_a_set"]

#: The reason given to the count of the rest of a set and to the bound the rest reach.
REST_REASON = ("other: the rest of a counted set of units (3 xã còn lại đạt từ 13 đến 15 tiêu chí) sizes or "
               "bounds what is left of the count before it, no indicator")

LOOK_BACK = 80
"""How far before a bound the rest it bounds is read."""

_UNITS = frozenset(fold(u) for u in WORDS.administrative_units)
_BOUNDS = frozenset({"range", "under", "over", "at_least", "at_most"})
_GAP = r"[ \u00a0]+"
_REST = rf"còn{_GAP}lại(?!\p{{L}})"
# on lower-cased text: "còn lại" right after a count's unit
_REST_AFTER = compile_at(rf"{_GAP}{_REST}")
# on lower-cased text, ending where the bound starts: "các" or a count, a unit, "còn lại", then one to five words
# of its verb ("đạt", "đạt và cơ bản đạt"), perhaps "từ"
_REST_BEFORE = regex.compile(
    rf"(?:(?<!\p{{L}})các|(?<![\p{{L}}\p{{N}}.,])\d+){_GAP}{exact_alternation(WORDS.administrative_units)}{_GAP}{_REST}"
    rf"(?:{_GAP}\p{{L}}+){{1,5}}(?:{_GAP}từ)?[ \u00a0]*$")


def rest_of_a_set(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` counts the rest of a set of units (``3 xã còn lại``) or bounds what the rest reach
    (``… còn lại đạt từ 13 đến 15 tiêu chí``), no indicator; else None."""
    rec = fig.rec
    if rec.kind == "quantity" and folded_unit(rec) in _UNITS:
        if _REST_AFTER.match(ctx.lower, rec.end) is None:
            return None
        # only with the bound the rest reach after it: "3 xã còn lại chưa đạt chuẩn" counts the communes short
        after = ctx.figures_from(rec.end, rec.end + LOOK_BACK)
        return REST_REASON if after and _bounds_the_rest(ctx, after[0]) else None
    return REST_REASON if _bounds_the_rest(ctx, rec) else None


def _bounds_the_rest(ctx: Context, rec: FigureRecord) -> bool:
    """True when ``rec`` is a bound or a range the rest of a set reach (``các xã còn lại đạt từ 10-12 tiêu chí``)."""
    if rec.kind == "money" or getattr(rec, "qualifier", None) not in _BOUNDS:
        return False    # "Các thôn còn lại đã được đầu tư trên 50 tỷ đồng": a sum spent on the rest, no bound they reach
    return _REST_BEFORE.search(ctx.lower, max(0, rec.start - LOOK_BACK), rec.start) is not None
