"""The figures of a parenthesis that opens with a comparison base: the base's own figures.

Reports give, right after a statement, what the same period of the year before did, in a
parenthesis that opens with its base: ``Dịch vụ tăng 5,84% (cùng kỳ tăng 7,66%)``, ``ngành chế biến,
chế tạo giảm 2,5% (cùng kỳ năm 2022 tăng 8,9%)``, ``xuất siêu 31,4 triệu USD (cùng kỳ 2022 xuất siêu
41,3 triệu USD)``, ``tăng 18,03% (cùng kỳ năm ngoái tăng 15,49%)``. The figures in it measure the
base's period (the statement's months a year before, or in the year written), not the statement's:
:func:`base_aside_period` dates them so, seen from the period of the statement before the
parenthesis (:func:`~baocao.resolve.base_levels.base_label`); when that period does not say the
base's (none, or a span of years), the figures have no period, never the statement's.
A parenthesis whose base is not its first words (``(tăng 3% so với cùng kỳ)``), or that opens with a comparison
(``(so với cùng kỳ tăng 2,05%)``: the statement's own change), compares its own figure and is left alone, as is a
figure after a second period or more than a few words past the base.
"""
from __future__ import annotations

from bisect import bisect_right

import regex

from baocao.core.rules import compile_at
from baocao.resolve._rules import words_pattern
from baocao.resolve.base_levels import base_label
from baocao.resolve.context import Context, Draft
from baocao.resolve.vocabulary import WORDS

__all__ = ["base_aside_period"]

#: the comparison bases that name the same period of an earlier year (``Context.bases``' kinds)
SAME_PERIOD_BASES = frozenset({"same_period", "same_period_previous_year", "same_period_year"})
_OPEN = regex.compile(r"\(\s*$")
# from the base's end to the figure: at most four words (a verb: "tăng", "xuất siêu", "là", "đạt
# được"), perhaps a colon, nothing that opens another clause or period
_GAP = regex.compile(r"[\s:]*(?:[^\W\d_]+[\s:]+){0,4}", regex.UNICODE)
_BACK = 80
# a comparison's prefix opening the base ("(so với cùng kỳ tăng 2,05%)"): the figure compares the statement's own
# level with the base, in the statement's period (folded text)
_PREFIX = compile_at(rf"{words_pattern(WORDS.base_prefixes)}(?![\p{{L}}\p{{N}}])")


def base_aside_period(ctx: Context, draft: Draft, whole: Draft) -> None:
    """Date a statement read in a parenthesis opened by a comparison base of the same period
    (``(cùng kỳ năm 2022 tăng 8,9%)``) by the base's period seen from `whole`, the statement before
    it; leave it undated when `whole`'s period does not tell the base's."""
    if not draft.in_parens or not draft.figs or whole is draft:
        return
    first = draft.figs[0].start
    i = bisect_right(ctx.base_starts, first) - 1
    if i < 0:
        return
    start, end, base, year = ctx.bases[i]
    if base not in SAME_PERIOD_BASES or end > first:
        return
    if _OPEN.search(ctx.text, max(0, start - _BACK), start) is None:
        return      # the base is not the parenthesis's first words ("(tăng 3% so với cùng kỳ)")
    if _PREFIX.match(ctx.folded, start, end):
        return      # a comparison, not the base as its subject ("(so với cùng kỳ tăng 2,05%)")
    gap = _GAP.match(ctx.text, end, first)
    if gap is None or gap.end() != first:
        return
    j = bisect_right(ctx.period_starts, first) - 1
    if j >= 0 and ctx.periods[j][0] >= end:
        return      # another period between the base and the figure dates it
    label = base_label(base, year, whole.period)
    draft.period, draft.period_source = label, "statement" if label is not None else None
    draft.undated = label is None
