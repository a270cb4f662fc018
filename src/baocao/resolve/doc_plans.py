"""What a document's opening plans: the period the document reports on
(:func:`~baocao.resolve.governing.document_period`) is not read from it.

A conference that reviews one period and plans the next names both in its title (``Hội nghị sơ kết
tình hình thực hiện nhiệm vụ công tác 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2023``; ``Báo cáo
thực hiện kế hoạch … tháng 4 và Chương trình công tác tháng 5 năm 2016``; ``tổng kết năm 2019, triển
khai nhiệm vụ … năm 2020``): the period after a word of what is planned (``plan_period_leads``) is the
plan's, later than the one reviewed, and the year written with it is often the reviewed one's too.
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import load, words_pattern
from baocao.resolve.period_labels import ends_before
from baocao.resolve.reach import SENTENCE_STOP

if TYPE_CHECKING:
    from baocao.resolve.context import PeriodSpan
    from baocao.resolve.governing import When

PLAN_LEAD_REACH = 120
"""How far before a period of the opening, on its line and after the period before it, a word of what is
planned (``plan_period_leads``) is looked for."""


@cache
def _plan_lead() -> regex.Pattern[str]:
    return regex.compile(words_pattern(load("indicators").plan_period_leads))


def _months(w: When, year: Optional[int]) -> Optional[tuple[int, int]]:
    """(first, last) month of `w` counted from year 0, its year else `year`; None when unknown."""
    r = w.record
    if r.kind == "date":
        y, a, b = r.year, r.month, r.month
    elif r.period_type in ("year", "month", "months", "quarter", "month_range"):
        y = r.start_year if r.start_year is not None else year
        a, b = r.start_month, r.end_month or r.start_month
    else:
        return None
    if y is None or a is None or b is None:
        return None
    return y * 12 + a, y * 12 + b


def planned(text: str, found: list[When]) -> list[int]:
    """The indexes of the periods of an opening (`found`, in text order) that a word of what is
    planned (``plan_period_leads``) stands before, on its line, after the period before it (within
    :data:`PLAN_LEAD_REACH`), and that start after another period of the opening ends (a year written
    only with the plan is taken for the other's too): ``sơ kết … 9 tháng, triển khai nhiệm vụ 3 tháng cuối
    năm 2023``, not ``Trong quý I, tỉnh triển khai kế hoạch năm 2023``, whose year holds the quarter.

    >>> import baocao
    >>> from baocao.resolve.governing import periods_of
    >>> t = "Hội nghị tổng kết năm 2019, triển khai nhiệm vụ năm 2020"
    >>> planned(t, periods_of(baocao.parse(t)))
    [1]
    >>> t = "Trong quý I, tỉnh triển khai nhiệm vụ năm 2023"
    >>> planned(t, periods_of(baocao.parse(t)))
    []
    """
    out = []
    for i, w in enumerate(found):
        a = max(w.start - PLAN_LEAD_REACH, text.rfind("\n", 0, w.start) + 1, found[i - 1].end if i else 0)
        if not _plan_lead().search(fold(text[a:w.start])):
            continue
        span = _months(w, None)
        if span is None:
            continue
        others = [_months(x, w.year) for j, x in enumerate(found) if j != i]
        if any(o is not None and o[1] < span[0] for o in others):
            out.append(i)
    return out


def without_plans(text: str, found: list[When], plans: list[int]
                  ) -> tuple[list[When], Optional[When], Optional[int]]:
    """(the periods of an opening without those `plans` index, the period reviewed without its year
    that takes the year of the first plan, that year): when the plan is a part of a year, the last period
    without its year written before it on its line (``… tháng 4 và Chương trình công tác tháng 5 năm
    2016`` → ``tháng 4`` of 2016), else the first span of months without its year after it (``… 9
    tháng, triển khai nhiệm vụ 3 tháng cuối năm 2023`` then ``9 tháng đầu năm nay`` → of 2023); else
    None."""
    rest = [w for i, w in enumerate(found) if i not in plans]
    p = found[plans[0]]
    if p.year is None or p.months >= 12:
        return rest, None, None
    line = text.rfind("\n", 0, p.start) + 1
    before = [w for w in found[:plans[0]] if w.year is None and w.record.kind == "period" and w.start >= line]
    after = [w for w in found[plans[0] + 1:] if w.year is None and w.record.kind == "period" and w.months > 1]
    pick = before[-1] if before else after[0] if after else None
    return rest, pick, p.year


def plan_spans(text: str, periods: list[PeriodSpan]) -> set[int]:
    """The starts of the periods (clean (start, end, label), by start, of the clean text `text`) that are
    the plan's in a sentence that names a review and a plan: a word of what is planned
    (``plan_period_leads``) before it, after the period before it in its sentence (within
    :data:`PLAN_LEAD_REACH`), which ends earlier in time:
    ``báo cáo kết quả thực hiện nhiệm vụ … năm 2017, phương hướng nhiệm vụ năm 2018 của UBND xã. Theo đó,
    …`` (the plan's ``năm 2018`` dates no later statement; the review's ``năm 2017`` does), not ``Trong quý
    I, tỉnh triển khai nhiệm vụ năm 2023`` (the quarter is the year's).

    >>> t = "nghe báo cáo kết quả năm 2017, phương hướng nhiệm vụ năm 2018. Theo đó, thu 5 tỷ đồng."
    >>> sorted(plan_spans(t, [(21, 29, "2017"), (52, 60, "2018")]))
    [52]
    >>> t = "Trong quý I, tỉnh triển khai nhiệm vụ năm 2023"
    >>> sorted(plan_spans(t, [(6, 11, "2023-Q1"), (38, 46, "2023")]))
    []
    """
    out: set[int] = set()
    for i in range(1, len(periods)):
        prev, p = periods[i - 1], periods[i]
        a = max(prev[1], p[0] - PLAN_LEAD_REACH)
        if a >= p[0] or SENTENCE_STOP.search(text, a, p[0]) or not _plan_lead().search(fold(text[a:p[0]])):
            continue
        if ends_before(prev[2], p[2]):
            out.add(p[0])
    return out


def months_it_dates(text: str, periods: list[When], w: When) -> bool:
    """True when year `w` gives its year to a span of months written without one before it on its line (``… 9
    tháng đầu năm và nhiệm vụ trọng tâm phấn đấu trong năm 2023``): the year of the months reviewed, whatever
    aim it is written with."""
    line = text.rfind("\n", 0, w.start) + 1
    return w.months == 12 and any(p.year is None and 1 < p.months < 12 and line <= p.start < w.start for p in periods)

