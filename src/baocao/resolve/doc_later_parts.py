"""A part of the year named in a document's opening that starts after the document's own date: the time of a
plan, not what the document reports on.

``Sáng 3/6, … Chính phủ đã họp phiên thường kỳ tháng 5 … . Phiên họp diễn ra trong bối cảnh … quyết sách về chỉ
tiêu tăng trưởng kinh tế-xã hội nửa cuối năm 2017``: on the 3rd of June the second half of 2017 is still to come;
it is the time of the targets debated, and the document's results (``sản xuất công nghiệp tăng 5,7%``) are not
of it. Such a part lends only its year (:func:`later_parts`, read by
:func:`~baocao.resolve.governing.document_period`); a part that starts in or before the date's month
(``6 tháng đầu năm 2017`` on the 28th of June) is what the document reports on.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from baocao.report import Report
    from baocao.resolve.governing import When

__all__ = ["later_parts"]


def later_parts(report: Report, found: list[When]) -> list[When]:
    """`found` (the opening's periods) with a part of a year that starts after the month of the opening's first
    date written before it (its year, when not written, the part's) in place of its year: the year alone.

    >>> import baocao
    >>> from baocao.resolve.governing import document_period
    >>> document_period(baocao.parse("Sáng 3/6, Chính phủ họp bàn chỉ tiêu tăng trưởng nửa cuối năm 2017.")).label
    '2017'
    >>> document_period(baocao.parse("Sáng 3/7, Chính phủ họp đánh giá tình hình nửa đầu năm 2017.")).label
    '2017-01/2017-06'
    """
    dates = [r for r in report.records if r.kind == "date" and r.month is not None and r.day is not None]
    out = []
    for w in found:
        p = w.record
        date = next((d for d in dates if d.end <= w.start), None)
        if (date is None or p.kind != "period" or p.start_year is None or p.start_month is None
                or not 1 <= w.months < 12 or w.year is None):
            out.append(w)
            continue
        year = date.year if date.year is not None and not date.year_inferred else p.start_year
        if (year, date.month) >= (p.start_year, p.start_month):
            out.append(w)
            continue
        whole = p.model_copy(update={"period_type": "year", "start_month": 1, "end_year": p.start_year,
                                     "end_month": 12, "label": str(p.start_year)})
        out.append(type(w)(w.start, w.end, whole.label, p.start_year, 12, whole))
    return out
