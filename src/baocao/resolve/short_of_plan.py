"""A plan's figure, then what was reached short of it: one statement, not two.

``Cụ thể, chỉ tiêu tăng trưởng kinh tế đặt ra từ đầu năm là 10,5% nhưng đến cuối năm chỉ đạt 4,29%`` (Báo Lâm
Đồng, dev 449): the 10,5% is the plan, the 4,29% the result. After a statement framed as a target with one figure,
a contrast (``short_of_plan_contrasts``: ``nhưng``), at most a few words of a time or of the result
(``short_of_plan_between``: ``đến cuối năm``, ``kết quả``) and "only" as written (``short_of_plan_only``:
``chỉ``, perhaps with a verb of ``short_of_plan_verbs``: ``chỉ đạt``, ``chỉ có``) right before a figure in the
plan's unit make that figure the statement's value, reached (framing actual), and the plan's figure its target.
Unseen news writes it so too (``đề ra mục tiêu tăng trưởng … đạt 6,7% GDP, nhưng kết quả chỉ đạt 6,21%``, ``chỉ
tiêu đưa ra là 5% nhưng chỉ có 4,74%``). Not without ``chỉ`` (``kế hoạch 500 tỷ đồng nhưng đã đạt 520 tỷ``
says no shortfall the rule reads), nor across a clause's end (``;``, ``.``, ``:``), nor in another unit, nor past any
other word, which may open another subject (``Viện … xây dựng giá kế hoạch 16,7 triệu đồng nhưng Bệnh viện Thống
nhất chỉ 2,8 triệu đồng``; so ``… 6,3 triệu lượt khách nhưng tổng lượng khách đến Đà Lạt đến cuối năm chỉ 3,6 triệu``,
the indicator written again, stays two statements: no result rather than another's).
"""
from __future__ import annotations

from typing import Optional

from baocao.core.rules import compile_at
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Clause, Context, Draft, Figure, unit_of
from baocao.resolve.roles import Role, read_figure
from baocao.resolve.vocabulary import WORDS, exact_forms

__all__ = ["short_of_plan"]

MAX_WORDS_BEFORE = 2
"""How many words at most stand between the plan's figure and the contrast (what its unit writes: ``6,7% GDP``)."""
MAX_WORDS_BETWEEN = 6
"""How many words (of ``short_of_plan_between``; no number: a year or months written there date the result apart
from its plan, ``kế hoạch năm 2024 … nhưng năm 2023 chỉ đạt …``) at most stand between the contrast and ``chỉ``."""
#: between the plan's figure and the result's (folded text): the contrast, a few words, ``chỉ`` and a verb
_SHORT = compile_at(
    rf"(?:[^\S\n]+[\p{{L}}\p{{N}}]+){{0,{MAX_WORDS_BEFORE}}}[^\S\n]*,?[^\S\n]*(?P<but>{words_pattern(WORDS.short_of_plan_contrasts)})"
    rf"(?:[^\S\n]+{words_pattern(WORDS.short_of_plan_between)}){{0,{MAX_WORDS_BETWEEN}}}?[^\S\n]+(?P<only>{words_pattern(WORDS.short_of_plan_only)})"
    rf"(?:[^\S\n]+{words_pattern(WORDS.short_of_plan_verbs)})?[^\S\n]*")
_ONLY = frozenset(exact_forms(WORDS.short_of_plan_only))


def short_of_plan(ctx: Context, fig: Figure, current: Optional[Draft], clause: Clause) -> bool:
    """Read ``fig`` as the result of ``current``, a plan's statement, when the text between them says the
    plan was fallen short of (the module's shape): the plan's figure becomes the target, ``fig`` the value,
    the framing actual. False (nothing read) otherwise.

    >>> import baocao
    >>> r = baocao.parse("Năm 2020, chỉ tiêu tăng trưởng kinh tế đặt ra là 10,5% nhưng đến cuối năm chỉ đạt 4,29%.")
    >>> [(i.value, i.framing, i.target) for i in r.indicators if i.kind == "indicator"]
    [(4.29, 'actual', 10.5)]
    """
    if (current is None or current.summary or current.framing != "target" or current.value is None
            or current.target is not None or current.value_max is not None or current.qualifier is not None
            or len(current.figs) != 1):
        return False
    plan, rec = current.figs[0], fig.rec
    if plan.end > rec.start or unit_of(rec)[0] != current.unit:
        return False
    m = _SHORT.fullmatch(ctx.folded, plan.end, rec.start)
    if m is None or ctx.text[m.start("only"):m.end("only")].lower() not in _ONLY:
        return False
    current.target, current.value, current.target_before = current.value, None, True
    current.value_changed = False
    current.framing, current.framing_own = "actual", True
    own = clause.copy()
    own.pop("framing", None)        # the plan's framing is not the result's
    read_figure(ctx, current, fig, Role("level"), own)
    return True
