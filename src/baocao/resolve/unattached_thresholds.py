"""A threshold that says which units a count counts: part of the count's name, no figure of its own.

Reports on new rural areas count their communes by the criteria they meet: ``có 08 xã đạt từ 15-18 tiêu
chí, có 26 xã đạt từ 10 - 14 tiêu chí``. The statement is the count (``08 xã``, named ``xã đạt từ 15-18
tiêu chí``); the criteria are a bound of the set it counts, and read as a statement of their own they give
a value nothing measures (``15`` criteria of ``các xã``). :func:`threshold_in_a_name` names the reason such
a figure is left unattached, or None. The words are the lists of ``data/indicators.yaml``
(``set_threshold_units`` … ``set_threshold_verbs``):

- a range or a bound (a figure with a qualifier: ``từ 15-18 tiêu chí``, ``dưới 11 tiêu chí``, ``từ 6 tiêu
  chí trở lên``) right after a set of units (a count of them, or a unit after ``các``, ``có``, ``còn`` …,
  perhaps with ``nào``) and perhaps a verb (``đạt``): ``không có xã nào đạt dưới 11 tiêu chí``, ``(các xã
  đạt từ 2-4 tiêu chí)``, ``có 3 huyện đạt từ 6 tiêu chí trở lên``;
- a plain number right after a count of units and a verb: ``có 01 xã cơ bản đạt 19/19 tiêu chí``.

One unit (``xã Tân Lập đạt 09 tiêu chí``) and an average (``bình quân mỗi xã đạt 13,4 tiêu chí``,
``đạt bình quân từ 16,5 tiêu chí/xã trở lên``) stay statements.
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.fold import fold
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.vocabulary import WORDS, exact_words

__all__ = ["THRESHOLD_REASON", "threshold_in_a_name"]

#: The reason given to a threshold in the name of a count.
THRESHOLD_REASON = ("other: a bound of what a count counts (có 08 xã đạt từ 15-18 tiêu chí) is part of the "
                    "count's name, no indicator")

LOOK_BACK = 80
"""How far before a figure its set of units and verb are read."""

_UNITS = frozenset(fold(u) for u in WORDS.set_threshold_units)
_BOUNDS = frozenset({"range", "under", "over", "at_least", "at_most"})
_ADMIN = exact_words(WORDS.administrative_units)
_SET_UNITS = rf"{_ADMIN}(?:\s*,\s*{_ADMIN})*"
_COUNT = r"(?<![\p{L}\p{N}])\d[\d.,/]*"
_VERB = exact_words(WORDS.set_threshold_verbs)
# read leftwards from where the text before the figure ends (as the patterns of resolve/events.py)
_BOUND_BEFORE = regex.compile(
    rf"(?r)(?:{_COUNT}|{exact_words(WORDS.set_threshold_leads)})\s+{_SET_UNITS}(?:\s+nào)?(?:\s+{_VERB})?\s*$")
_NUMBER_BEFORE = regex.compile(rf"(?r){_COUNT}\s+{_SET_UNITS}\s+{_VERB}\s*$")


def threshold_in_a_name(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` is a bound of the units a count before it counts (``có 08 xã đạt từ 15-18 tiêu
    chí``), no indicator; else None."""
    rec = fig.rec
    if rec.kind not in ("quantity", "fraction") or folded_unit(rec) not in _UNITS:
        return None
    before = max(0, rec.start - LOOK_BACK)
    bounded = getattr(rec, "qualifier", None) in _BOUNDS
    pattern = _BOUND_BEFORE if bounded else _NUMBER_BEFORE
    return THRESHOLD_REASON if pattern.match(ctx.lower, before, rec.start) else None
