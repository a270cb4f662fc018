"""A span of the year from its start to a month or a day: ``tính từ đầu năm đến ngày 20/10/2021, toàn
tỉnh … thu hút được 108 dự án`` holds over the months of 2021 up to October (``2021-01/2021-10``), not
over the year nor at the date; so does ``từ đầu năm đến hết tháng 7`` (the months 1..7 of the
document's year). The words before the month or date (``year_start_words`` then ``to_date_leads``) say
where the span starts: the year's first month, whatever the figure counts (a flow or a level).

Up to now (``từ đầu năm đến nay``: ``year_start_words`` then ``now_words``, no year written), the span
runs over the months of the year the document reports on up to its month: the months so far of a report
on a month or on the months of a year so far (``Từ đầu năm đến nay, các chỉ tiêu kinh tế duy trì tăng
trưởng. Cụ thể, tổng diện tích gieo trồng … 16.314ha`` in a report of ``tháng 10 … năm 2023`` →
``2023-01/2023-10``), the year of a report on a year (``Tổng thu ngân sách … từ đầu năm đến nay thực hiện
hơn 285,3 tỷ đồng`` in an item on 2024 → ``2024``), else the year of the document's date, as after
``đến nay``; a period written with it, or none known, no span (:func:`year_so_far_periods`).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import PeriodSpan
from baocao.resolve.vocabulary import WORDS

__all__ = ["year_so_far_periods", "year_start_periods"]

YEAR_START_LEAD_AT_END = regex.compile(r"(?:" + words_pattern(WORDS.year_start_words) + r")(?:\s+(?:19|20)\d\d)?\s+(?:"
                                        + words_pattern(WORDS.to_date_leads) + r")\s+(?:ngay\s+)?$")
"""``từ đầu năm (2024) đến (hết) (ngày)`` right before a month or a date (in folded text), searched
within :data:`YEAR_START_REACH` characters before it."""
YEAR_START_REACH = 40
_ONE_MONTH = regex.compile(r"((?:19|20)\d\d)-(\d\d)")
YEAR_SO_FAR = regex.compile(r"(?:" + words_pattern(WORDS.year_start_words) + r")\s+(?:"
                            + words_pattern(WORDS.now_words) + r")")
"""``từ đầu năm đến nay``, ``từ đầu năm nay đến nay`` (folded text): the months of the year so far."""
_SO_FAR_OF = regex.compile(r"((?:19|20)\d\d)(?:-(?:Q([1-4])|(?:01/\1-)?(\d\d)))?")


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


def _so_far_label(whole: Optional[str], year: Optional[int]) -> Optional[str]:
    """The months so far of the document's period `whole` (a month, the months of a year so far, a
    quarter: from January up to its last month; a year: the year), else the year `year`; None for any
    other span (``6 tháng cuối năm``, a span of years) or nothing known.

    >>> [_so_far_label(w, None) for w in ("2023-10", "2023-01/2023-06", "2021-Q2", "2024", "2024-07/2024-12")]
    ['2023-01/2023-10', '2023-01/2023-06', '2021-01/2021-06', '2024', None]
    >>> _so_far_label(None, 2022), _so_far_label(None, None)
    ('2022', None)
    """
    if whole is None:
        return None if year is None else str(year)
    m = _SO_FAR_OF.fullmatch(whole)
    if m is None:
        return None
    month = 3 * int(m[2]) if m[2] else int(m[3]) if m[3] else None
    return m[1] if month is None else _span(int(m[1]), month)


def year_so_far_periods(folded: str, covered: list[tuple[int, int]], whole: Optional[str],
                        year: Optional[int]) -> list[PeriodSpan]:
    """The spans ``từ đầu năm đến nay`` of `folded` (the folded clean text) that no period record in
    `covered` (sorted clean spans) overlaps, labelled the months so far of the document's period `whole`
    (its label), else the year `year` of its date (:func:`_so_far_label`); none when neither is known.

    >>> year_so_far_periods("tu dau nam den nay, thu 5 ty", [], "2023-10", 2023)
    [(0, 18, '2023-01/2023-10')]
    >>> year_so_far_periods("tu dau nam 2024 den nay, thu 5 ty", [(11, 15)], "2024", 2024)
    []
    >>> year_so_far_periods("tu dau nam den nay, thu 5 ty", [], None, None)
    []
    """
    label = _so_far_label(whole, year)
    if label is None:
        return []
    starts = [c[0] for c in covered]
    out: list[PeriodSpan] = []
    for m in YEAR_SO_FAR.finditer(folded):
        i = bisect_left(starts, m.end())
        if not any(covered[j][1] > m.start() for j in range(max(0, i - 4), i)):
            out.append((m.start(), m.end(), label))
    return out
