"""A threshold that says which units a count counts: part of the count's name, no figure of its own.

Reports on new rural areas count their communes by the criteria they meet: ``có 08 xã đạt từ 15-18 tiêu
chí, có 26 xã đạt từ 10 - 14 tiêu chí``. The statement is the count (``08 xã``, named ``xã đạt từ 15-18
tiêu chí``); the criteria are a bound of the set it counts, and read as a statement of their own they give
a value nothing measures (``15`` criteria of ``các xã``). This module is the one recogniser of such a
threshold, read both ways from the same words (the lists of ``data/indicators.yaml``,
``set_threshold_units`` … ``set_threshold_ends``):

- :func:`is_a_threshold`, back from a figure: a range or a bound (a figure with a qualifier: ``từ 15-18
  tiêu chí``, ``dưới 11 tiêu chí``, ``từ 6 tiêu chí trở lên``) right after a set of units (a count of them,
  or a unit after ``các``, ``có``, ``còn`` …, perhaps with ``nào``) and perhaps a verb (``đạt``): ``không
  có xã nào đạt dưới 11 tiêu chí``, ``(các xã đạt từ 2-4 tiêu chí)``, ``có 3 huyện đạt từ 6 tiêu chí trở
  lên``; or a plain number right after a count of units and a verb: ``có 01 xã cơ bản đạt 19/19 tiêu
  chí``. A bound the figure does not hold may stand before it (``4 xã đạt trên 15 tiêu chí``).
- :func:`threshold_after`, forward from a count of units: where the threshold that follows it ends (``3
  huyện| đạt từ 6 tiêu chí trở lên|``), the end of the count's name.

One unit (``xã Tân Lập đạt 09 tiêu chí``) and an average (``bình quân mỗi xã đạt 13,4 tiêu chí``,
``đạt bình quân từ 16,5 tiêu chí/xã trở lên``) stay statements. The figures it finds are taken out before
the statements are made (:func:`baocao.resolve.name_thresholds.threshold_figures`);
:func:`threshold_in_a_name` asks the same of a figure that reaches the rules of
:mod:`baocao.resolve.events`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.rules import compile_at
from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.vocabulary import WORDS, exact_words

if TYPE_CHECKING:
    from baocao.resolve.context import FigureRecord

__all__ = ["THRESHOLD_REASON", "is_a_threshold", "threshold_after", "threshold_in_a_name"]

#: The reason given to a threshold in the name of a count.
THRESHOLD_REASON = ("other: a bound of what a count counts (có 08 xã đạt từ 15-18 tiêu chí) is part of the "
                    "count's name, no indicator")

LOOK_BACK = 80
"""How far before a figure its set of units and verb are read."""
LOOK_AHEAD = 60
"""How far after a count its threshold is read."""

_UNITS = frozenset(fold(u) for u in WORDS.set_threshold_units)
_BOUNDS = frozenset({"range", "under", "over", "at_least", "at_most"})
_COUNT = r"(?<![\p{L}\p{N}])\d[\d.,/]*"
# the lower-cased text, read back from a figure (as the patterns of resolve/events.py)
_ADMIN = exact_words(WORDS.administrative_units)
_SET_UNITS = rf"{_ADMIN}(?:\s*,\s*{_ADMIN})*"
_VERB = exact_words(WORDS.set_threshold_verbs)
_BOUND = exact_words(WORDS.set_threshold_bounds)
_BOUND_BEFORE = regex.compile(rf"(?r)(?:{_COUNT}|{exact_words(WORDS.set_threshold_leads)})\s+{_SET_UNITS}"
                              rf"(?:\s+nào)?(?:\s+{_VERB})?(?:\s+{_BOUND})?\s*$")
_NUMBER_BEFORE = regex.compile(rf"(?r){_COUNT}\s+{_SET_UNITS}\s+{_VERB}(?:\s+{_BOUND})?\s*$")
# the folded text, read forward from the end of a count of units: the same words, then the threshold's
# number, its unit and the end of its bound; a plain number (no bound, no range) only after a verb
_SET_AT_END = regex.compile(rf"(?r){_COUNT}\s+{words_pattern(WORDS.administrative_units)}\s*$")
_F_UNITS = words_pattern(WORDS.set_threshold_units)
_F_END = rf"(?:\s+{words_pattern(WORDS.set_threshold_ends)})"
_THRESHOLD_AFTER = compile_at(
    rf"(?:\s+nao)?(?:(?P<verb>\s+{words_pattern(WORDS.set_threshold_verbs)}))?"
    rf"(?:(?P<bound>\s+{words_pattern(WORDS.set_threshold_bounds)}))?"
    rf"\s+(?P<number>\d[\d.,/ \-–]{{0,12}}?)\s*{_F_UNITS}(?P<end>{_F_END})?")
_RANGE = regex.compile(r"\d\s*[-–]\s*\d")


def is_a_threshold(text: str, rec: FigureRecord) -> bool:
    """True when ``rec`` (in the offsets of ``text``, as written or lower-cased) is a threshold of the units a
    set before it counts (``có 08 xã đạt từ 15-18 tiêu chí``; not ``xã Tân Lập đạt 09 tiêu chí``).

    >>> import baocao
    >>> t = "Có 08 xã đạt từ 15-18 tiêu chí và xã đạt từ 7 - 9 tiêu chí; xã Khánh Bình đạt 17/19 tiêu chí."
    >>> [r.text for r in baocao.extract(t) if is_a_threshold(t, r)]
    ['từ 15-18 tiêu chí', 'từ 7 - 9 tiêu chí']
    """
    if rec.kind not in ("quantity", "fraction") or folded_unit(rec) not in _UNITS:
        return False
    # the text before it, lower-cased, with one character more for the look-behind of a count's start
    a = max(0, rec.start - LOOK_BACK - 1)
    before = text[a:rec.start].lower()
    if len(before) != rec.start - a:
        before = "".join(c.lower()[:1] or c for c in text[a:rec.start])
    pattern = _BOUND_BEFORE if getattr(rec, "qualifier", None) in _BOUNDS else _NUMBER_BEFORE
    return pattern.match(before, 1 if a else 0) is not None


def threshold_after(folded: str, end: int) -> Optional[int]:
    """Where the threshold after a count of units ending at ``end`` of the folded text ends (``3 huyện|
    đạt từ 6 tiêu chí trở lên|``), None when none follows: the words :func:`is_a_threshold` reads back
    from the threshold, read forward from the count.

    >>> t = fold("có 3 huyện đạt từ 6 tiêu chí trở lên; xã Tân Lập đạt 9 tiêu chí")
    >>> t[:threshold_after(t, 10)], threshold_after(t, t.index(" dat 9"))
    ('co 3 huyen dat tu 6 tieu chi tro len', None)
    """
    m = _THRESHOLD_AFTER.match(folded, end, end + LOOK_AHEAD)
    if m is None or _SET_AT_END.match(folded, max(0, end - LOOK_BACK), end) is None:
        return None
    bounded = m.group("bound") or m.group("end") or _RANGE.search(m.group("number"))
    return m.end() if bounded or m.group("verb") else None


def threshold_in_a_name(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` is a bound of the units a count before it counts (``có 08 xã đạt từ 15-18 tiêu
    chí``), no indicator; else None."""
    return THRESHOLD_REASON if is_a_threshold(ctx.lower, fig.rec) else None
