"""The period of a part of a breakdown whose sentence opens with a shorter time than its whole's own
(``trong tháng 8 năm 2017, … ước đón 59 ngàn lượt khách, …, nâng tổng số lượt khách … trong 8 tháng đầu
năm 2017 lên hơn 460 ngàn lượt khách, … trong đó ước đón hơn 45 ngàn lượt khách quốc tế``): the whole's
own words moved it off the opener's month, and its parts go with it, not with the opener.
"""
from __future__ import annotations

from baocao.resolve.context import Draft
from baocao.resolve.periods import part_of_time

__all__ = ["whole_own_period"]


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
