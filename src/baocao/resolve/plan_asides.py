"""A plan written as an aside right after the actual it is the plan of: the actual's target.

Reports of districts and communes write an actual and, right after it, its plan with a plan word
(``plan_aside_words`` of ``data/indicators.yaml``: ``KH``, ``kế hoạch``, ``dự toán``), perhaps its year and a
colon: after a slash (``ước đạt 4.296.506 triệu đồng/KH 8.473.000 triệu đồng``, ``Thu ngân sách: 46.204
triệu đồng/ KH năm 2017: 84.929 triệu đồng, đạt 54,4%``, ``66,67%/KH 2017: 66,67%``) or in a parenthesis
(``đạt 1,03% (kế hoạch 0,56%)``, ``13,1% (KH 12%)``), also after the achievement of the actual against that
plan (``dự kiến 150.000 triệu đồng đạt 42,86% dự toán (KH 468 tỷ đồng)``). :func:`plan_aside` gives such a
figure to the statement of the figure right before it: in the statement's unit, its target (the
achievement is then computed where none is written, docs/records.md); in another unit it measures something
else and is only held by the statement, never read as a value (``đạt 150 tỷ đồng (KH tăng 12%)`` is no
aside: a word stands between the plan word and the figure). A plan after a bare number the rules read as no
figure (``Tạo việc làm … đạt: 1.000/KH 2017: 1.600 người``: the actual's unit is not written) is left
unattached with :data:`ORPHAN_REASON`, never read as a value of its own; with no number before it, the figure
is read as any other.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context, Figure, unit_of, value_of
from baocao.resolve.vocabulary import WORDS

if TYPE_CHECKING:
    from baocao.resolve.context import Draft, FigureRecord

__all__ = ["ORPHAN_REASON", "plan_aside"]

#: The reason given to a plan aside after a number that is no figure.
ORPHAN_REASON = "other: the plan of an actual written with no unit (a bare number before the slash) is no value of its own"

REACH = 40
"""How far before a figure its plan word, year and opener (a slash or a parenthesis) are looked for."""

# on the folded text before the figure: the opener, a plan word, perhaps "năm" and a year, perhaps a colon
_ASIDE_AT_END = regex.compile(
    rf"(?P<open>[/(])\s*{words_pattern(WORDS.plan_aside_words)}(?:\s+nam)?(?:\s+\d{{4}})?\s*:?\s*$")
# a bare number right before the aside ("1.000/KH 2017: 1.600 người")
_BARE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}.,])\d[\d.,]*\s*$")
# between an achievement and the parenthesis of its plan: the plan's word ("đạt 42,86% dự toán (KH …")
_BASE_BEFORE_PARENS = regex.compile(
    rf"\s*(?:{words_pattern(WORDS.base_prefixes)}\s*)?{words_pattern(WORDS.plan_words)}\s*")


def _aside(ctx: Context, before: "FigureRecord", start: int) -> bool:
    """Whether the text between figure ``before`` and a figure at ``start`` opens a plan aside."""
    m = _ASIDE_AT_END.search(ctx.folded, max(before.end, start - REACH), start)
    if m is None:
        return False
    gap = ctx.folded[before.end:m.start()]
    return not gap.strip() or (m.group("open") == "(" and before.kind == "percentage"
                               and _BASE_BEFORE_PARENS.fullmatch(gap) is not None)


def plan_aside(ctx: Context, fig: Figure, current: Optional["Draft"]) -> bool:
    """Give the plan aside ``fig`` to ``current`` when the figure before it is the statement's: its target
    when in its unit, else only held; False when there is no such statement with a value (the figure is
    then read as any other)."""
    rec = fig.rec
    # the statement's figure right before the aside (a figure after it may have been read first: "đạt 42,86% dự
    # toán (KH 468 tỷ đồng) và bằng 63,8% so với cùng kỳ")
    before = [f for f in current.figs if f.end <= rec.start] if current is not None else []
    if (current is None or current.summary or current.value is None or not before
            or not _aside(ctx, before[-1], rec.start)):
        m = _ASIDE_AT_END.search(ctx.folded, max(0, rec.start - REACH), rec.start)
        if m is None or m.group("open") != "/" or not _BARE_BEFORE.search(ctx.folded, max(0, m.start() - 20), m.start()):
            return False
        ctx.skip(rec, ORPHAN_REASON)         # "1.000/KH 2017: 1.600 người"
        return True
    ctx.attach(current, rec)
    current.extent_end = max(current.extent_end, fig.tail_end)
    if current.target is None and unit_of(rec)[0] == current.unit:
        current.target, high = value_of(rec)
        current.target_range = high is not None     # "(kế hoạch 78-79 triệu đồng)": which end is reached?
    return True
