"""A count of units followed by their proper names, as many as it counts: the size of a list, no indicator.

``có 2 xã Đăk Ruồng và Đăk Tơ Lung đạt 13 tiêu chí``, ``HĐND 2 huyện Hạ Lang, Thông Nông tổ chức Kỳ họp``:
the count of ``administrative_units`` (``data/indicators.yaml``) only says how many units the names after it
list; what the sentence states belongs to the named units (their criteria, their council's session), and the
count measures nothing of the place. :func:`named_units` names the reason such a count is left unattached,
when the proper names (title-case words, joined by commas or ``và``) right after it are exactly as many as it
counts. Fewer or more names (``6 tỉnh Việt Bắc và Hà Nội``), an abbreviation (``02 xã NTM nâng cao``) or no
name (``có 4 xã đạt chuẩn nông thôn mới``) leave the count a statement.
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.fold import fold
from baocao.core.rules import compile_at
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.vocabulary import WORDS, exact_words

__all__ = ["named_units"]

#: The reason given to a count of units that its proper names follow, one for each unit.
NAMED_UNITS_REASON = ("other: a count of units followed by as many proper names (2 xã Đăk Ruồng và Đăk Tơ "
                      "Lung) sizes the list of named units, no indicator")

LOOK_AHEAD = 160
"""How far after a count its proper names are read."""
MOST_NAMES = 12
"""The largest count read as the size of a list of names."""

_UNITS = frozenset(fold(u) for u in WORDS.administrative_units)
# a proper name: title-case words (a capital, then lower-case letters: not an abbreviation, NTM, HĐND)
_WORD = r"\p{Lu}[\p{Ll}\p{M}]+"
_NAME = rf"{_WORD}(?:[ \u00a0]+{_WORD})*"
_LINK = rf"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+và[ \u00a0]+)(?:{exact_words(WORDS.administrative_units)}[ \u00a0]+)?"
_NAMES = compile_at(rf"[ \u00a0]+(?P<first>{_NAME})(?P<more>(?:{_LINK}{_NAME})*)(?![\p{{L}}\p{{M}}\p{{N}}])")
_SPLIT = regex.compile(_LINK)


def named_units(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` is a count of units that as many proper names follow (``2 huyện Hạ Lang, Thông
    Nông``), no indicator; else None."""
    rec = fig.rec
    if rec.kind != "quantity" or folded_unit(rec) not in _UNITS:
        return None
    value = rec.value
    if rec.value_max is not None or rec.qualifier is not None or value != int(value) or not 1 <= value <= MOST_NAMES:
        return None
    m = _NAMES.match(ctx.text, rec.end, rec.end + LOOK_AHEAD)
    if m is None:
        return None
    names = 1 + len(_SPLIT.findall(m.group("more")))
    return NAMED_UNITS_REASON if names == int(value) else None
