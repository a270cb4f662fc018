"""What frames a statement from its sentence: an estimate word frames the rest of its sentence
(:func:`carry_estimates`); a level written as another period's is actual (:func:`level_of_another_period`).

A sentence that reports a period's results often writes its estimate word (``ước``, ``ước đạt``,
``ước tính``: ``estimate`` in ``data/indicators.yaml``) once, in its first statement, and lists the
others after it, each in a clause of its own after ``;`` or ``,``:

- ``Quy mô kinh tế … ước đạt 90.384 tỷ đồng, …; GRDP đầu người đạt 56,45 triệu đồng; tỷ lệ hộ nghèo
  giảm còn 1,36%``;
- ``Thu ngân sách nhà nước ước đạt 18.230 tỷ đồng, …; toàn tỉnh thu hút được 17 dự án … với tổng vốn
  đăng ký đầu tư khoảng 100.900 tỷ đồng``.

A resolution's sentence writes its target word (``phấn đấu``, ``mục tiêu``) the same way, once:
``Trong đó, phấn đấu giá trị sản xuất … tăng bình quân 3,2%/năm; giá trị sản xuất công nghiệp, xây
dựng 11%/năm; thu nhập bình quân đầu người đạt 45 triệu đồng/năm`` (targets, all three).

The statements after it in the same sentence are estimates (or targets) too, unless they are read in a
parenthesis (an aside of the statement before), the level of a base (``cao hơn mức tăng 1,96% của
quý trước``), or a part of an earlier time (:func:`~baocao.resolve.periods.framing_by_time` takes
the framing back from a statement of an earlier year). A statement framed by its own words (a
target) keeps its framing.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.rules import compile_at
from baocao.resolve.base_levels import base_label
from baocao.resolve.own_time import names_own_time

if TYPE_CHECKING:
    from baocao.resolve.context import Context, Draft
    from baocao.schema.records import Framing

__all__ = ["carry_estimates", "level_of_another_period"]

# the end of a sentence between two statements: a stop before a space, or a line break
_SENTENCE_END = regex.compile(r"[.!?…](?:\s|$)|\n")
# a figure written as the level of another time ("cao hơn mức tăng 1,96% của quý trước", "thấp hơn
# mức 7,05% cùng kỳ năm 2018"): no statement of the estimated period
_LEVEL_BEFORE = regex.compile(r"(?<!\p{L})(?:muc|toc do)(?:\s+tang(?:\s+truong)?)?(?:\s+la)?\s*$")
_LEVEL_REACH = 24


def carry_estimates(ctx: Context, drafts: list[Draft]) -> None:
    """Frame as an estimate (a target) each statement of ``drafts`` (in text order) that follows, in
    the same sentence, a first statement that is an estimate (a target), when its framing is ``actual`` and not its own
    (see the module's text). An estimate written later in a sentence frames its own clause only
    (``Ngô gieo trồng được 231 ha, …, sản lượng thu hoạch ước đạt 284,13 tấn; lạc gieo trồng được
    54,01 ha``: the 54,01 ha is no estimate)."""
    last_end = -1              # the end of the last figure read, in or out of a parenthesis
    carried: Optional[Framing] = None   # the framing the sentence read so far opened with, if it carries
    first: Optional[Draft] = None       # the sentence's first statement
    for draft in drafts:
        if not draft.figs:
            continue
        start = draft.figs[0].start
        if last_end < 0 or _SENTENCE_END.search(ctx.text, last_end, start) is not None:
            # the first statement of a sentence
            carried = draft.framing if not draft.in_parens and draft.framing in ("estimate", "target") \
                else None
            first = draft
            last_end = max(last_end, draft.figs[-1].end)
            continue
        prev_end, last_end = last_end, max(last_end, draft.figs[-1].end)
        if (carried is None or first is None or draft.framing != "actual" or draft.framing_own
                or draft.in_parens or draft.summary):
            continue
        if _LEVEL_BEFORE.search(ctx.folded, max(0, start - _LEVEL_REACH), start) is not None:
            continue
        if carried == "estimate" and names_own_time(ctx, first, draft, prev_end):
            continue        # "…dự kiến năm 2018 đạt 7,3%; bình quân giai đoạn 2016-2018 đạt 6,9%/năm" (own_time.py)
        draft.framing = carried


# after a level's figure, "của" and the period it is the level of: a period relative to the
# statement's ("của quý trước") or written ("của quý I/2020", "của 6 tháng đầu năm 2022")
_OF_PERIOD = compile_at(
    r"\s*cua\s+(?:(?P<rel>cung ky nam truoc|quy truoc|thang truoc|nam truoc)(?!\p{L})"
    r"|(?:\d{1,2}\s+thang|quy|thang|nam|giai doan|nhiem ky|cung ky)(?!\p{L}))")
_RELATIVE = {"cung ky nam truoc": "same_period_previous_year", "quy truoc": "previous_quarter",
             "thang truoc": "previous_month", "nam truoc": "previous_year"}


def level_of_another_period(ctx: Context, draft: Draft) -> Optional[tuple[Optional[str]]]:
    """When the one figure of ``draft`` is a level written beside the statement's as another
    period's (``cao hơn mức tăng 1,96% của quý trước``, ``cao hơn tốc độ tăng 3,68% của quý I/2020``):
    a 1-tuple of that period's label when it is written relative to the statement's period
    (:func:`~baocao.resolve.base_levels.base_label`: ``của quý trước`` after ``quý II năm 2022`` →
    ``2022-Q1``; None when that period does not say it), or of None when it is written (the period
    rules date it); None for any other statement. Such a figure is actual, whatever estimate frames
    its sentence; its period is changed only when the relative one is known."""
    if len(draft.figs) != 1 or draft.framing_own:
        return None
    fig = draft.figs[0]
    if _LEVEL_BEFORE.search(ctx.folded, max(0, fig.start - _LEVEL_REACH), fig.start) is None:
        return None
    m = _OF_PERIOD.match(ctx.folded, fig.end)
    if m is None:
        return None
    rel = m.group("rel")
    if rel is None:
        return (None,)
    label = base_label(_RELATIVE[rel], None, draft.period)
    if label is None and draft.period_source in (None, "document"):
        # nothing of its own dates it: relative to the statement it is compared with, written before it in
        # its sentence ("GRDP quý II năm 2022 … ước tăng 12,37% …; … và cao hơn mức tăng 1,96% của quý
        # trước" → 2022-Q1), not to the document's period (a report on six months)
        compared = _compared_statement(ctx, draft)
        if compared is not None:
            label = base_label(_RELATIVE[rel], None, compared.period)
    return (label,)


_COMPARED_REACH = 400
"""How far before a level's figure the statement it is compared with can end, in its sentence."""


def _compared_statement(ctx: Context, draft: Draft) -> Optional[Draft]:
    """The statement written right before ``draft`` in its sentence (its last figure within
    :data:`_COMPARED_REACH`), not an aside in a parenthesis; None when a sentence ends between."""
    start = draft.figs[0].start
    i = bisect_left(ctx.figure_starts, start) - 1
    while i >= 0 and start - ctx.figure_starts[i] <= _COMPARED_REACH:
        prev = ctx.owner.get(ctx.figure_starts[i])
        i -= 1
        if prev is None or prev is draft or not prev.figs or prev.in_parens:
            continue
        if _SENTENCE_END.search(ctx.text, prev.figs[-1].end, start) is not None:
            return None
        return prev
    return None
