"""The period of a part of a breakdown whose sentence opens with a shorter time than its whole's own
(``trong tháng 8 năm 2017, … ước đón 59 ngàn lượt khách, …, nâng tổng số lượt khách … trong 8 tháng đầu
năm 2017 lên hơn 460 ngàn lượt khách, … trong đó ước đón hơn 45 ngàn lượt khách quốc tế``): the whole's
own words moved it off the opener's month, and its parts go with it, not with the opener.

A part opened by ``riêng`` and then a period (``own_sentence_leads``: ``… giai đoạn 2021 - 2025 ước đạt 264.187
tỷ đồng. Riêng 8 tháng đầu năm 2025, kinh tế tỉnh tăng trưởng hơn 10%``; ``Tính chung 6 tháng, … ước tăng
5,2%. Riêng tháng 06 năm 2018, chỉ số … tăng 8,9%``) is a part of the whole's time, not of its figure: it
keeps its own period and framing (:func:`narrows_time`).
"""
from __future__ import annotations

from bisect import bisect_left

import regex

from baocao.resolve.context import Context, Draft
from baocao.resolve.periods import part_of_time
from baocao.resolve.vocabulary import OWN_SENTENCE_LEAD_AT_END

__all__ = ["narrows_time", "whole_own_period"]

# what may stand between "riêng" and its period: spaces, "trong" ("Riêng trong tháng 8, …")
_LEAD_GAP = regex.compile(r"\s*(?:trong\s+)?")


def narrows_time(ctx: Context, lead: int, opener_end: int) -> bool:
    """True when the breakdown opener ending at clean offset `opener_end` (the folded text from `lead` on
    read for it) is ``riêng`` (``own_sentence_leads``) and a period record starts right after it (``Riêng
    8 tháng đầu năm 2025, kinh tế tỉnh tăng trưởng hơn 10%``): the part narrows the whole's time, not its
    figure (``Riêng công nghiệp tăng 9%`` narrows the figure: False)."""
    if OWN_SENTENCE_LEAD_AT_END.search(ctx.folded, lead, opener_end) is None:
        return False
    gap = _LEAD_GAP.match(ctx.folded, opener_end)     # always matches (both parts may be empty)
    at = gap.end() if gap is not None else opener_end
    i = bisect_left(ctx.period_starts, at)
    return i < len(ctx.periods) and ctx.periods[i][0] == at


def whole_own_period(draft: Draft, whole: Draft) -> bool:
    """Give `draft`, a dated part of `whole`'s breakdown, `whole`'s period when `whole` names its period
    in its own words (``statement``), or is a part before it in the same list that holds over its whole's
    time (``…; khách nội địa ước đón hơn 420 ngàn lượt khách``), and the part's, read from its sentence's opener or a clause before it
    (``clause``, ``sentence``), is a shorter time inside it: a part holds over its whole's time unless its
    own words say otherwise (``Phân theo quý: sơ bộ quý I tăng 8,80%`` keeps its quarter). True when it
    does.

    >>> from baocao.resolve.context import Draft
    >>> whole = Draft(figs=[], name="tổng số lượt khách", name_start=0, period="2017-01/2017-08",
    ...               period_source="statement")
    >>> part = Draft(figs=[], name="lượt khách quốc tế", name_start=0, period="2017-08", period_source="clause")
    >>> whole_own_period(part, whole), part.period
    (True, '2017-01/2017-08')
    """
    if ((whole.period_source == "statement" or whole.breakdown_dated)
            and draft.period_source in ("clause", "sentence")
            and part_of_time(draft.period, whole.period)):
        draft.period, draft.period_source = whole.period, whole.period_source
        return True
    return False
