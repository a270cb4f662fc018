"""The whole growth restated as the frame of its breakdown: no statement of its own.

A report that gives the growth of the economy and then how each sector contributed to it may write the whole
again as the frame of the contributions (``Trong mức tăng trưởng chung 7,6% này của kinh tế Bình Định thì …``,
``Đóng góp nhiều nhất vào mức tăng trưởng chung 5,22% GRDP của tỉnh …``, ``Trong 7,63 điểm phần trăm tăng
trưởng, khu vực công nghiệp, xây dựng đóng góp tới 3,68 điểm phần trăm``). The growth's own statement stands
before it: :func:`growth_frame` gives the reason such a figure is left unattached (asked by
:func:`~baocao.resolve.events.not_an_indicator`), or None. The words are the lists of ``data/indicators.yaml``:

- a percentage or a change in points right after a lead (``growth_frame_leads``: ``trong``, ``vào``) and the
  whole's words (``growth_frame_wholes``: ``mức tăng trưởng chung``, ``mức tăng chung``);
- or right after such a lead that opens its clause (the sentence's start, or a comma or semicolon before it),
  the growth's word after it (``growth_frame_after``: ``tăng trưởng``).

A growth written with a verb stays a statement (``Kinh tế đạt mức tăng trưởng chung 7,6%``), and so does a
figure after the frame (``Trong mức tăng trưởng chung, khu vực dịch vụ tăng 8%``).
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.rules import compile_at
from baocao.resolve._rules import words_pattern
from baocao.resolve.after_level import POINTS_UNITS
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.vocabulary import WORDS

__all__ = ["GROWTH_FRAME_REASON", "growth_frame"]

#: The reason given to the whole growth restated as the frame of its breakdown.
GROWTH_FRAME_REASON = ("other: the whole growth restated as the frame of its breakdown (the contributions to it) "
                       "is no statement of its own")

_LEAD = words_pattern(WORDS.growth_frame_leads)
# on folded text, ending right before the figure: "trong muc tang truong chung ", "vao muc tang chung "
_WHOLE_BEFORE = regex.compile(rf"{_LEAD}\s+{words_pattern(WORDS.growth_frame_wholes)}\s*$")
# the lead opening its clause: "Trong " at the sentence's start or after a comma or semicolon
_LEAD_OPENS = regex.compile(rf"(?:^|[.,;:!?\n])\s*{_LEAD}\s*$")
_GROWTH_AFTER = compile_at(rf"\s*{words_pattern(WORDS.growth_frame_after)}")
_LOOK_BACK = 40
"""How many characters before the figure its lead is read in."""


def growth_frame(ctx: Context, fig: Figure) -> Optional[str]:
    """:data:`GROWTH_FRAME_REASON` when ``fig`` restates the whole growth as the frame of its breakdown; else None."""
    rec = fig.rec
    if rec.kind != "percentage" and folded_unit(rec) not in POINTS_UNITS:
        return None
    before = ctx.folded[max(0, rec.start - _LOOK_BACK):rec.start]
    if _WHOLE_BEFORE.search(before) is not None:
        return GROWTH_FRAME_REASON
    if _LEAD_OPENS.search(before) is not None and _GROWTH_AFTER.match(ctx.folded, rec.end, rec.end + 20):
        return GROWTH_FRAME_REASON
    return None
