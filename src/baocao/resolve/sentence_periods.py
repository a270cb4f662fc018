"""The period a sentence's first statement names in its own words holds for the statements after it in
the sentence that name none: ``Thu ngân sách nhà nước trên địa bàn 2 tháng đầu năm 2014 … ước tính vẫn đạt
576.407 triệu đồng, …; Thu nội địa ước tính đạt 539.946 triệu đồng`` (both ``2014-01/2014-02``, not the
document's quarter); ``Vận tải hành khách tháng Mười Hai ước đạt 1.730 nghìn lượt người vận chuyển và 90.512
nghìn lượt người luân chuyển`` (both December, not the year). Not a statement in a parenthesis, nor a
target after a result (``… năm 2023 đạt …, phấn đấu …``), nor one the document's date dates (``đến nay``);
only in place of the document's period (or none), never of a period a lead-in or a heading gives.
"""
from __future__ import annotations

from baocao.resolve.context import Context, Draft
from baocao.resolve.periods import period_in
from baocao.resolve.reach import SENTENCE_STOP, sentence_start_within
from baocao.resolve.written import has_year

__all__ = ["sentence_periods"]

SENTENCE_REACH = 300
"""How far before a sentence's first figure the sentence's start is looked for."""


def sentence_periods(ctx: Context, drafts: list[Draft]) -> dict[int, str]:
    """``id(draft)`` → the period of its sentence's first statement, for each statement of `drafts` (in
    text order) after it in the sentence (no sentence end between their figures) that has no period of
    its own, when that first statement's own words name a period with its year (source ``statement``)
    before its figure (not after it: ``… đạt 16,6%/năm (giai đoạn 2014-2018); …``) and it is not in a
    parenthesis; not for a statement in a parenthesis, a summary, or a target after a
    statement that is none."""
    out: dict[int, str] = {}
    last_end = -1
    carried = None
    first_framing = None
    for draft in drafts:
        if not draft.figs:
            continue
        start = draft.figs[0].start
        if last_end < 0 or SENTENCE_STOP.search(ctx.text, last_end, start) is not None:
            # the first statement of a sentence
            own = (not draft.in_parens and draft.period_source == "statement" and has_year(draft.period)
                   and period_in(ctx, sentence_start_within(ctx.text, start, SENTENCE_REACH), start) == draft.period)
            carried = draft.period if own else None
            first_framing = draft.framing
        elif (carried is not None and draft.period is None and not draft.in_parens and not draft.summary
              and not draft.undated and (draft.framing != "target" or first_framing == "target")):
            out[id(draft)] = carried
        last_end = max(last_end, draft.figs[-1].end)
    return out
