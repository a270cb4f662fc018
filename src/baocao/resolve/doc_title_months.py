"""The document's period when its headline names a span of months without its year and its opening
names another span of that year (:func:`title_months`, read by
:func:`~baocao.resolve.governing.document_period`)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional

from baocao.resolve.headlines import headline_lines

if TYPE_CHECKING:
    from baocao.resolve.governing import When

OTHER_SPANS = ("quarter", "month", "year")
"""The kinds of period (``period_type``) of an opening's first period with its year that a headline's span of
months without its year takes the place of."""


def title_months(original: str, found: list[When], w: When, dated: Callable[[When, Optional[int]], When]
                 ) -> Optional[When]:
    """The span of several months (not a whole year) without its year that a headline line of `original`
    names, with the year of `w` (by `dated`: the span and a year → the span dated), the opening's first period
    with its year (`found`: the opening's periods),
    when `w` is written after the headline and is another kind of span (a quarter, a month, a year: ``Vĩnh
    Long: Tổng sản phẩm 6 tháng đầu năm tăng 6,69%`` / ``… tổ chức Họp báo định kỳ quý II năm 2022`` →
    ``2022-01/2022-06``, not the quarter of the meeting's name); else None. The headline says what the
    document reports on; the opening's year says when.

    >>> import baocao
    >>> from baocao.resolve.governing import document_period
    >>> r = baocao.parse("Tổng sản phẩm 6 tháng đầu năm tăng 6,69%\\n\\n"
    ...                  "Chiều ngày 18/7, tỉnh tổ chức họp báo định kỳ quý II năm 2022. GRDP đạt 18.396,8 tỷ đồng.")
    >>> document_period(r).label
    '2022-01/2022-06'
    >>> r = baocao.parse("Họp báo kinh tế\\n\\nChiều ngày 18/7, tỉnh tổ chức họp báo định kỳ quý II năm 2022.")
    >>> document_period(r).label
    '2022-Q2'
    """
    if w.year is None or w.record.kind != "period" or w.record.period_type not in OTHER_SPANS:
        return None
    lines = headline_lines(original)
    if not lines or w.start < lines[-1][1]:
        return None     # the headline's own year ("Quý III và 9 tháng năm 2020") is read as written
    span = next((e for e in found if e.record.kind == "period" and e.record.period_type == "months"
                 and e.year is None and 1 < e.months < 12 and any(a <= e.start < b for a, b in lines)), None)
    return dated(span, w.year) if span is not None else None
