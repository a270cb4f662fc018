"""A span of the year from its start to a month or a day: ``tính từ đầu năm đến ngày 20/10/2021, toàn
tỉnh … thu hút được 108 dự án`` holds over the months of 2021 up to October (``2021-01/2021-10``), not
over the year nor at the date; so does ``từ đầu năm đến hết tháng 7`` (the months 1..7 of the
document's year). The words before the month or date (``year_start_words`` then ``to_date_leads``) say
where the span starts: the year's first month, whatever the figure counts (a flow or a level).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import PeriodSpan
from baocao.resolve.vocabulary import WORDS

__all__ = ["year_start_periods"]

YEAR_START_LEAD_AT_END = regex.compile(r"(?:" + words_pattern(WORDS.year_start_words) + r")(?:\s+(?:19|20)\d\d)?\s+(?:"
                                        + words_pattern(WORDS.to_date_leads) + r")\s+(?:ngay\s+)?$")
"""``từ đầu năm (2024) đến (hết) (ngày)`` right before a month or a date (in folded text), searched
within :data:`YEAR_START_REACH` characters before it."""
YEAR_START_REACH = 40
_ONE_MONTH = regex.compile(r"((?:19|20)\d\d)-(\d\d)")


def _span(year: int, month: int) -> str:
    """The label of the months 1..`month` of `year` (January alone: its month)."""
    return f"{year}-01" if month == 1 else f"{year}-01/{year}-{month:02d}"


def year_start_periods(folded: str, periods: list[PeriodSpan],
                       day_dates: list[tuple[int, int, int, Optional[int]]],
                       year: Optional[int]) -> tuple[list[PeriodSpan], list[tuple[int, int]]]:
    """(`periods` (clean start, end, label; by start; in the offsets of `folded`, the folded clean
    text) with a month written right after a lead of the year's start (``từ đầu năm đến tháng 10/2021``)
    read as the months of its year up to it, and a span added over each date of a day so led (``từ đầu
    năm đến ngày 20/10/2021``: `day_dates`, (start, end, month, year or None)), its year written or else
    `year`, the document's; the spans added). Up to January, its month. No year, no span.

    >>> year_start_periods("tu dau nam den ngay 20/10/2021, thu 5 ty", [], [(20, 30, 10, 2021)], None)
    ([(20, 30, '2021-01/2021-10')], [(20, 30)])
    >>> year_start_periods("tu dau nam den het thang 7 thu 5 ty", [(19, 26, "2019-07")], [], 2019)
    ([(19, 26, '2019-01/2019-07')], [])
    >>> year_start_periods("den ngay 20/10/2021, thu 5 ty", [], [(9, 19, 10, 2021)], None)
    ([], [])
    """
    out = list(periods)
    for i, (p0, p1, label) in enumerate(out):
        one = _ONE_MONTH.fullmatch(label or "")
        if one is not None and YEAR_START_LEAD_AT_END.search(folded, max(0, p0 - YEAR_START_REACH), p0):
            out[i] = (p0, p1, _span(int(one[1]), int(one[2])))
    starts = [p[0] for p in out]
    added: list[PeriodSpan] = []
    for d0, d1, month, y in day_dates:
        k = bisect_left(starts, d0)
        if (k < len(out) and out[k][0] == d0) or (y or year) is None:
            continue
        if YEAR_START_LEAD_AT_END.search(folded, max(0, d0 - YEAR_START_REACH), d0):
            added.append((d0, d1, _span(int(y or year or 0), month)))
    if not added:
        return out, []
    return sorted(out + added, key=lambda p: (p[0], p[1])), [p[:2] for p in added]
