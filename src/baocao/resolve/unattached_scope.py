"""A count of administrative units that says where, or whose, another statement is: no indicator of its own.

After a preposition of place or of possession (``scope_prepositions`` of ``data/indicators.yaml``: ``tại``,
``ở``, ``của``) a count of administrative units (``administrative_units``) names the place a sentence's
statement holds in, not a figure it measures: ``đánh giá hiện trạng nông thôn tại 19 xã`` (the communes
assessed), ``tổng số tiêu chí đạt chuẩn và cơ bản đạt của 15 xã trên địa bàn là 242/285 tiêu chí`` (whose
criteria are counted), ``dự ước GRDP cả năm 2021 của 5 tỉnh thành``. :func:`scope_of_a_statement` names the
reason such a figure is left unattached, or None. A count after a verb (``có 4 xã đạt chuẩn nông thôn mới``,
``thêm 8 xã``, ``là 9 xã``) stays a statement.
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.fold import fold
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.vocabulary import WORDS, exact_words

__all__ = ["scope_of_a_statement"]

#: The reason given to a count of units that is the place or owner of another statement.
SCOPE_REASON = ("other: a count of units after tại/ở/của (tại 19 xã, của 15 xã) says where another statement "
                "holds, no indicator")

LOOK_BACK = 16
"""How far before a figure its preposition is read."""

_UNITS = frozenset(fold(u) for u in WORDS.administrative_units)
# read leftwards from where the text before the figure ends (as the patterns of resolve/events.py)
_BEFORE = regex.compile(rf"(?r){exact_words(WORDS.scope_prepositions)}(?:\s+cả)?\s+$")


def scope_of_a_statement(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` is a count of units after ``tại``/``ở``/``của`` (the place of another statement),
    no indicator; else None."""
    rec = fig.rec
    if rec.kind not in ("quantity", "fraction") or folded_unit(rec) not in _UNITS:
        return None
    return SCOPE_REASON if _BEFORE.match(ctx.lower, max(0, rec.start - LOOK_BACK), rec.start) else None
