"""A breakdown's opener followed by a time singles out a part of the time, not a part of the whole.

``Riêng`` (``breakdown_openers``) opens a part of the statement before it (``Thu ngân sách ước đạt 1.000 tỷ đồng;
riêng thu nội địa đạt 800 tỷ đồng``), which takes that statement's framing and period. Written right before a
period (``Riêng tháng 06 năm 2018, chỉ số sản xuất công nghiệp tăng 8,9% so với tháng trước`` after the six
months' estimate; ``Riêng 8 tháng đầu năm 2025, kinh tế tỉnh tăng trưởng hơn 10%`` after a term's estimated
revenue; ``Riêng quý II, tăng trưởng GDP là 6,71%``; ``riêng năm 2019 đạt 16.519 tỉ đồng``), it names the time of
what follows: that statement holds over its own time and is framed by its own words, not the estimate's (docs 351,
361; the same shape in 073, 120, 186, 238, 289, 311, whose wholes are results). A time singled out of a target's is
a part of the plan still (``Giai đoạn 2021-2025, huyện phấn đấu trồng mới 5.000 ha rừng. Riêng năm 2021, trồng mới
1.000 ha``): a target.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

import regex

from baocao.core.fold import fold
from baocao.core.rules import compile_at
from baocao.resolve.vocabulary import WORDS

if TYPE_CHECKING:
    from baocao.resolve.context import Context, Draft

__all__ = ["singles_out_a_time"]

# the openers that may single out a time (``own_sentence_leads``: "riêng", which narrow their own sentence's
# time), folded as the text they are read in
_TIME_OPENERS = frozenset(fold(w) for w in WORDS.own_sentence_leads)
# what may stand between the opener and its period: a comma, "trong" ("Riêng trong tháng 8, …"), folded
_BETWEEN = compile_at(r"[\s,]*(?:trong\s+)?")


def singles_out_a_time(ctx: Context, opener: regex.Match[str], offset: int, draft: Draft, whole: Draft) -> bool:
    """True when ``opener`` (a breakdown opener matched in the folded text from ``offset``) is one of
    ``own_sentence_leads`` and the period ``draft`` holds over, read from its sentence or clause, is written right
    after it (past a comma or ``trong``), before the statement's first figure: the opener singles out a time
    (``Riêng tháng 06 năm 2018, …``), not a part of the whole before it; not of a ``whole`` that is a target."""
    if (whole.framing == "target" or opener.group() not in _TIME_OPENERS or draft.period is None or not draft.figs
            or draft.period_source not in ("sentence", "clause")):
        return False
    figure = draft.figs[0].start
    m = _BETWEEN.match(ctx.folded, offset + opener.end(), figure)
    pos = m.end() if m is not None else offset + opener.end()
    i = bisect_left(ctx.period_starts, pos)
    return (i < len(ctx.periods) and ctx.periods[i][0] == pos and ctx.periods[i][1] <= figure
            and ctx.periods[i][2] == draft.period)
