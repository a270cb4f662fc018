"""A year's review dated early in the next year: the year it reports on is the year before its date.

A commune council's year-end session, a department's year-end review or a news item about them is often
published in the first weeks of the next year, and its opening names no period: ``HĐND các xã tổ chức kỳ
họp cuối năm`` / ``03:14 03/01/2023`` / ``Sáng ngày 30/12/2022, … tổ chức kỳ họp đánh giá tình hình thực
hiện Nghị quyết trong năm. Báo cáo tại kỳ họp cho thấy: Năm qua, …``. Its figures are those of the year
under review (2022), not of the year of its date (2023). :func:`year_in_review` gives that year as the
period the document reports on when the document is dated in the first :data:`REVIEW_MONTHS` months of a
year and its opening or its body's lead says it reviews a year (``year_review_words``: ``kỳ họp cuối
năm``, ``tổng kết năm``, ``năm qua``; not ``những năm qua``, ``5 năm qua``, ``tổng kết năm học``).
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.fold import fold_aligned
from baocao.resolve._rules import load, words_pattern
from baocao.schema import Period

if TYPE_CHECKING:
    from baocao.report import Report

REVIEW_MONTHS = 2
"""A document dated in January or February that reviews a year reviews the year before its date."""


@cache
def _review() -> regex.Pattern[str]:
    w = load("indicators")
    return regex.compile(r"(?<!(?:\d|" + words_pattern(w.year_review_not_after) + r")[ \t\u00a0]*)"
                         + words_pattern(w.year_review_words)
                         + r"(?!\s+" + words_pattern(w.year_review_not_before) + ")")


def year_in_review(report: Report, end: int, date: tuple[Optional[int], Optional[int], Optional[int]]
                   ) -> Optional[Period]:
    """The year before the year of `date` (the document's (day, month, year)) as the period `report`
    reports on (a period record on the words that say so, in its opening or body's lead, up to `end`; not one
    of the report's records), when `date` falls in the first :data:`REVIEW_MONTHS` months of its year; else
    None.

    >>> import baocao
    >>> t = "HĐND xã tổ chức kỳ họp cuối năm\\n\\n03/01/2023\\n\\nNăm qua, xã thu 12 tỷ đồng."
    >>> year_in_review(baocao.parse(t), len(t), (3, 1, 2023)).label
    '2022'
    >>> year_in_review(baocao.parse(t), len(t), (3, 12, 2022)) is None
    True
    >>> t = "Những năm qua, xã thu 12 tỷ đồng."
    >>> year_in_review(baocao.parse(t), len(t), (3, 1, 2023)) is None
    True
    """
    _, month, year = date
    if year is None or month is None or month > REVIEW_MONTHS:
        return None
    text = report.original[:end]
    m = _review().search(fold_aligned(text))
    if m is None:
        return None
    return Period(text=text[m.start():m.end()], start=m.start(), end=m.end(), rule="document.year_in_review",
                  period_type="year", start_year=year - 1, end_year=year - 1, label=str(year - 1))
