"""The average of a wider area a statement is compared with: that area's level, not the place's.

A district's or a province's report may compare its figure with the average of the province or the country and
write that average after it (``Tốc độ tăng trưởng kinh tế … đạt 7,83% (cao hơn bình quân chung toàn tỉnh là
7,73%)``, ``Giải ngân vốn đầu tư công đạt 763,3 tỷ đồng, chiếm 13,4% kế hoạch, cao hơn mức bình quân cả nước
(9,53%)``): :func:`compared_average` gives the reason such a figure is left unattached (asked by
:func:`~baocao.resolve.events.not_an_indicator`), or None. The words are the lists of ``data/indicators.yaml``:
a comparative (``comparatives``), an average (``average_words``; after ``mức`` and one to three words of the
measure: ``cao hơn mức tăng trưởng trung bình của thành phố là 11,22%``), perhaps ``của``, a wider area
(``compared_areas``), then ``là`` or an opening parenthesis right before the figure.

A difference in points stays with its statement (``cao hơn bình quân cả nước là 1,2 điểm phần trăm``), and so
do the figure before the comparison and a fraction that gives both levels (``cao hơn mức bình quân chung của
tỉnh (13,86/9,15%)``); an average with no comparative before it is the place's own (``tăng trưởng bình quân
của tỉnh đạt 8%``).
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.after_level import POINTS_UNITS
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.vocabulary import WORDS

__all__ = ["COMPARED_AVERAGE_REASON", "compared_average"]

#: The reason given to the average of a wider area a statement is compared with.
COMPARED_AVERAGE_REASON = ("another place: the average of a wider area (the province, the country) a statement is "
                           "compared with is that area's level, not the place's")

# on folded text, ending right before the figure: "cao hon binh quan chung toan tinh la ", "cao hon muc binh quan ca nuoc (",
# and with the measure's words (one to three) between "mức" and the average: "cao hon muc tang truong trung binh cua
# thanh pho la " (430)
_COMPARED_AVERAGE = regex.compile(
    rf"{words_pattern(WORDS.comparatives)}\s+(?:muc\s+(?:\p{{L}}+\s+){{1,3}}?)?{words_pattern(WORDS.average_words)}\s+(?:cua\s+)?"
    rf"{words_pattern(WORDS.compared_areas)}\s*(?:la|\()\s*$")
_LOOK_BACK = 80
"""How many characters before the figure the comparison is read in."""


def compared_average(ctx: Context, fig: Figure) -> Optional[str]:
    """:data:`COMPARED_AVERAGE_REASON` when ``fig`` is the average of a wider area its statement is compared with."""
    rec = fig.rec
    if rec.kind not in ("percentage", "money", "quantity") or folded_unit(rec) in POINTS_UNITS:
        return None
    before = ctx.folded[max(0, rec.start - _LOOK_BACK):rec.start]
    return COMPARED_AVERAGE_REASON if _COMPARED_AVERAGE.search(before) is not None else None
