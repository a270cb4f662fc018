"""A yearly rate in the review of a term holds over the term.

A congress, or a report that reviews a term in its last year, gives the term's results as yearly rates:
``GRDP bình quân mỗi năm tăng 8,14%`` (Đồng Nai's congress, opening 2020-2025), ``Tổng vốn đầu tư toàn xã hội
hàng năm khoảng 35% GRDP`` under ``Tính bình quân 5 năm`` (Lương Sơn's review of the term 2016-2020). A
percentage per year (``%/năm``) or after a yearly word (``yearly``: ``mỗi năm``, ``hằng năm``) is the rate of
every year of a span, never of one year: when nothing in its statement dates it and what dates it from
outside (the document's year, a sentence's opener ``Năm 2020, …``) is the last year of the term the
document reviews (:func:`~baocao.resolve.terms.document_terms`), it holds over that term. A level per year
(``thu nhập bình quân đầu người đạt 60 triệu đồng/năm``) is the last year's, and stays so.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from baocao.resolve.vocabulary import YEARLY

if TYPE_CHECKING:
    from baocao.resolve.context import Context, Draft

OUTSIDE_SOURCES = frozenset({"document", "sentence", "section", "clause"})
"""Where a period comes from outside the statement's own words."""


def over_past_term(ctx: Context, draft: Draft) -> bool:
    """True when `draft` is a yearly rate dated from outside its statement by the last year of the term
    the document reviews (``ctx.past_term``): it holds over that term.

    >>> from baocao.resolve.context import Context, Draft
    >>> ctx = Context.create("", [], section_of=lambda p: None, line_end=lambda p: 0)
    >>> ctx.past_term = "2015-2020"
    >>> d = Draft("GRDP", 0, unit="%", period="2020", period_source="document", value_lead="grdp binh quan moi nam tang ")
    >>> over_past_term(ctx, d)
    True
    >>> d.period_source = "statement"
    >>> over_past_term(ctx, d)
    False
    """
    term = ctx.past_term
    if (term is None or draft.framing != "actual" or draft.unit != "%" or draft.period != term[-4:]
            or draft.period_source not in OUTSIDE_SOURCES):
        return False
    return draft.per_year or draft.per == "năm" or YEARLY.search(draft.value_lead) is not None
