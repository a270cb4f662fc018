"""The present of an undated document that reports on a span of years, for the framing by time.

A statement dated by its own words to a year after the present is a target
(:func:`~baocao.resolve.periods.framing_by_time`). Without the document's date, the present is bounded by the
year the document reports on: a year right after it may have passed. A document that reports on a span of years
(``Giai đoạn 2011-2015 là giai đoạn …``, its results told year by year: ``năm 2015 đạt 13,4%``, ``chiếm 32,71% năm
2015 và còn 31,14% năm 2016``) was written after the span's last year, not its first: the years of the span and the
one right after it are no future (docs 230, 354; undated span documents 245, 252, 273 unchanged). A document's date,
when read, still bounds the present alone; and the term a congress opens (``Đại hội … nhiệm kỳ 2020-2025``,
:func:`~baocao.resolve.terms.document_terms`) is no span reported on: the congress sits in its first year, its
years to come are targets. A span that opens in the year after the span reported on (``giai đoạn 2021-2025``) is
still to come (:func:`~baocao.resolve.periods.framing_by_time`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

if TYPE_CHECKING:
    from baocao.resolve.governing import DocumentTime

__all__ = ["framing_years"]

# a period label of a span of years ("2011-2015")
_SPAN = regex.compile(r"(\d{4})-(\d{4})")


def framing_years(time: DocumentTime, opened: Optional[str] = None, reached: Optional[int] = None
                  ) -> tuple[Optional[int], Optional[int]]:
    """``(year, dated)`` for :func:`~baocao.resolve.periods.framing_by_time`: the year the document reports on and
    the year of its date; for an undated document that reports on a span of years, the year after the span's last
    stands for the date (the present may be that year, as a year right after a single year may have passed),
    unless that span is ``opened``, the term the document's congress opens; and for an undated document, a later
    year the text says has been `reached` (:func:`~baocao.resolve.reached_time.reached_year`: ``Tính đến hết quý
    I/2017, …`` in an item whose opening cites a report of 2015) stands for the date too.

    >>> from baocao.resolve.governing import DocumentTime, When
    >>> framing_years(DocumentTime(When(0, 9, "2011-2015", 2011, 60, None), None, 2011, []))
    (2011, 2016)
    >>> framing_years(DocumentTime(When(0, 4, "2023", 2023, 12, None), None, 2023, []))
    (2023, None)
    >>> framing_years(DocumentTime(When(0, 9, "2011-2015", 2011, 60, None), 2012, 2011, []))
    (2011, 2012)
    >>> framing_years(DocumentTime(When(0, 9, "2020-2025", 2020, 60, None), None, 2020, []), "2020-2025")
    (2020, None)
    >>> framing_years(DocumentTime(When(0, 4, "2015", 2015, 12, None), None, 2015, []), None, 2017)
    (2015, 2017)
    >>> framing_years(DocumentTime(When(0, 4, "2015", 2015, 12, None), 2015, 2015, []), None, 2017)
    (2015, 2015)
    """
    year, dated = _span_years(time, opened)
    if time.dated is None and year is not None and reached is not None and reached > year + 1:
        dated = reached if dated is None else max(dated, reached)
    return year, dated


def _span_years(time: DocumentTime, opened: Optional[str]) -> tuple[Optional[int], Optional[int]]:
    if time.dated is not None or time.whole is None or time.whole.label is None or time.whole.label == opened:
        return time.year, time.dated
    span = _SPAN.fullmatch(time.whole.label)
    if span is None or int(span.group(2)) <= int(span.group(1)):
        return time.year, time.dated
    return time.year, int(span.group(2)) + 1
