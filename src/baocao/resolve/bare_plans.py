"""A percentage written right before a plan base with no verb of its own: ``tổng thu ngân sách … ước trên 58,55%
dự toán tỉnh giao``, ``hoàn thành 100% chỉ tiêu trồng rừng phân tán``, ``…; thu tại xã 40% kế hoạch``.

A percentage of a plan (``kế hoạch``, ``KH``, ``dự toán``, ``chỉ tiêu``, ``Nghị quyết``: ``bases`` of
``data/indicators.yaml``) is how far the statement went against that plan, never a level of its own: read as a
level it gives the statement a value in ``%`` the document never wrote (``value 58.55 %`` for a revenue).
:func:`plan_right_after` says such a figure, read then as an achievement (:func:`baocao.resolve.roles.role_of`)
as it is after ``đạt``/``vượt``/``bằng``. A share (``chiếm 30% kế hoạch vốn``: after an equal word) and a
percentage with no plan base right after it stay what the other rules read, and so do a percentage opening a
parenthesis (an aside, ``cho 12 dự án giao thông (40% kế hoạch trung hạn)``: resolve/level_ratios.py) and a percentage after a
first plan (``đạt 60% kế hoạch tỉnh và 58% kế hoạch huyện giao``: :mod:`baocao.resolve.after_level`).
"""
from __future__ import annotations

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context, Figure
from baocao.resolve.vocabulary import PLAN_BASE_WORDS, WORDS

__all__ = ["before_a_plan", "plan_right_after"]

LOOK_BACK = 60
"""How far before the percentage a first plan's word is looked for."""

# a base prefix, then a plan's word, right after the figure (folded)
_PLAN_AFTER = regex.compile(rf"\s*(?:{words_pattern(WORDS.base_prefixes)}\s+)?{PLAN_BASE_WORDS}")
#: An equal word (``equal_words``: ``chiếm``, ``bằng``, ``tỷ lệ`` …) at the end of the folded text before a figure: the
#: figure is a share (``chiếm 30% kế hoạch vốn``) or the ratio of what is before (:mod:`baocao.resolve.level_ratios`).
EQUAL_WORD_AT_END = regex.compile(rf"{words_pattern(WORDS.equal_words)}\s*$")
# a plan's word before it in its clause: "đạt 60% kế hoạch tỉnh và 58% kế hoạch huyện", "… dự toán tỉnh giao, 80,18% dự toán":
# an achievement against a second plan, read as the first's (after_level.py)
_PLAN_IN_LEAD = regex.compile(PLAN_BASE_WORDS)


def plan_right_after(ctx: Context, fig: Figure, lead: str) -> bool:
    """True when percentage ``fig`` stands right before a plan base, ``lead`` (the folded words before it) ends
    with no equal word (a share), no opening parenthesis stands right before it (an aside: ``5.770 tỷ đồng cho 12 dự án giao thông
    (40% kế hoạch trung hạn)``, the share of the plan an amount before is) and no plan is named before it in its clause (a second plan after the first:
    read by :mod:`baocao.resolve.after_level`)."""
    rec = fig.rec
    return (before_a_plan(ctx, fig)
            and EQUAL_WORD_AT_END.search(lead) is None and not ctx.folded[max(0, rec.start - 4):rec.start].rstrip().endswith("(")
            and not _plan_before(ctx, rec.start))


def before_a_plan(ctx: Context, fig: Figure) -> bool:
    """True when ``fig`` is a percentage right before a plan base (perhaps after a base prefix: ``58,55% dự toán``,
    ``40% so với kế hoạch``), whatever stands before it."""
    rec = fig.rec
    return rec.kind == "percentage" and _PLAN_AFTER.match(ctx.folded, rec.end, fig.tail_end) is not None


def _plan_before(ctx: Context, start: int) -> bool:
    """A plan's word in the :data:`LOOK_BACK` characters before ``start``, within its clause (after the last
    ``.``, ``;``, ``:`` or line break)."""
    window = ctx.folded[max(0, start - LOOK_BACK):start]
    cut = max(window.rfind(c) for c in ".;:\n")
    return _PLAN_IN_LEAD.search(window, cut + 1) is not None
