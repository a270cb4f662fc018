"""Units added in a period folded into the total they raise: one statement, not two.

A report counts what was added (``có thêm 5 xã đạt chuẩn NTM``) and, in the same sentence, the total
that addition raises (``nâng tổng số xã NTM lên 23 xã``, ``(lũy kế tổng số có 265 sản phẩm)``): the
total is the statement and the units added are its change (``change``), not a statement of their own.
:func:`fold_raised_totals` folds each such pair of drafts; the words are ``added_words`` and
``raised_total_leads`` of ``data/indicators.yaml``. Units added with no total after them stay a
statement (``có thêm 02 xã NTM nâng cao``), and so does a total in another unit.
"""
from __future__ import annotations

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context, Draft
from baocao.resolve.vocabulary import WORDS

__all__ = ["fold_raised_totals"]

GAP = 160
"""At most this many characters between the units added and the total they raise."""

# on folded text: the added units' lead ends with an added word ("có thêm", "công nhận thêm")
_ADDED_AT_END = regex.compile(words_pattern(WORDS.added_words) + r"\s*$")
# between the two figures: what the units added are, then a lead of the total right before it, in the
# same sentence and clause list item (no stop, no ";", no line break)
_RAISED_BETWEEN = regex.compile(rf"[^.;!?\n]*?{words_pattern(WORDS.raised_total_leads)}[^.;!?\n\d]{{0,60}}$")


def fold_raised_totals(ctx: Context) -> None:
    """Fold the drafts of units added into the draft of the total right after them (see the module's
    text): the total takes the added figure, its value as ``change``; the added draft is emptied."""
    drafts = sorted((d for d in ctx.drafts if d.figs and not d.summary), key=lambda d: d.figs[0].start)
    for added, total in zip(drafts, drafts[1:]):
        if _raises(ctx, added, total):
            total.change, total.change_unit = added.value, added.unit
            for rec in added.figs:
                ctx.attach(total, rec)
            total.figs.sort(key=lambda r: r.start)
            added.figs = []


def _raises(ctx: Context, added: Draft, total: Draft) -> bool:
    if len(added.figs) != 1 or added.value is None or added.change is not None or added.value_changed:
        return False
    if total.value is None or total.change is not None or total.unit != added.unit or added.unit in (None, "%"):
        return False
    end, start = added.figs[0].end, total.figs[0].start
    if not 0 < start - end <= GAP or ctx.figures_from(end, start):
        return False
    return (_ADDED_AT_END.search(added.value_lead) is not None
            and _RAISED_BETWEEN.match(ctx.folded, end, start) is not None)
