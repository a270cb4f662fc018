"""The latest time an undated document says has been reached, a lower bound of its present.

Without its date, a document's present is bounded from below by the year it reports on
(:func:`~baocao.resolve.periods.framing_by_time`): a statement dated after the year right after it is a target.
A time the text says has been reached or counted up to (``reached_leads``: ``Tính đến hết quý I/2017, khoản lỗ
lũy kế … lên tới 2.967 tỷ đồng``, ``lũy kế đến hết năm 2016``, the end of ``từ năm 2014 đến hết quý I/2017``) in
a sentence with no plan's words (``reached_plan_words``: not ``phấn đấu đến hết năm 2025 …``) has passed: the
document was written after it, so a statement of that time is no target by time even when the opening cites an
older document (``Báo cáo tài chính … năm 2015``) (:func:`reached_year`, read by
:func:`~baocao.resolve.span_time.framing_years`).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import PeriodSpan
from baocao.resolve.vocabulary import WORDS
from baocao.resolve.written import LABEL_YEAR

__all__ = ["reached_year"]

_LEAD = regex.compile(words_pattern(WORDS.reached_leads) + r"\s+")
# between the lead and its time: "hết", "cuối", "thời điểm", "ngày" (a record may hold the word or not)
_FILLER = regex.compile(r"(?:(?:het|cuoi|thoi\s+diem|ngay)\s+)*")
_PLAN = regex.compile(words_pattern(WORDS.reached_plan_words))
_SENTENCE_END = regex.compile(r"[.;!?:](?=\s|$)|\n")     # not the stop of "2.967"
_REACH = 300


def reached_year(folded: str, periods: list[PeriodSpan]) -> Optional[int]:
    """The latest year of a period (`periods`: clean start, end, label; by start; in the offsets of `folded`, the
    folded clean text) written right after a lead that says it has been reached, in a sentence with no plan's
    words; None when there is none.

    >>> reached_year("tinh den het quy I/2017, khoan lo dat 9 ty", [(13, 23, "2017-Q1")])
    2017
    >>> reached_year("phan dau den het nam 2025, ty le dat 90%", [(17, 25, "2025")]) is None
    True
    """
    starts = [p[0] for p in periods]
    best: Optional[int] = None
    for m in _LEAD.finditer(folded):
        i = bisect_left(starts, m.end())
        if i == len(periods) or not _FILLER.fullmatch(folded, m.end(), periods[i][0]):
            continue
        years = [int(y) for y in LABEL_YEAR.findall(periods[i][2] or "")]
        if not years:
            continue
        a = max((e.end() for e in _SENTENCE_END.finditer(folded, max(0, m.start() - _REACH), m.start())),
                default=max(0, m.start() - _REACH))
        e = _SENTENCE_END.search(folded, periods[i][1])
        if _PLAN.search(folded, a, e.start() if e else len(folded)):
            continue
        best = max(years) if best is None else max(best, max(years))
    return best

