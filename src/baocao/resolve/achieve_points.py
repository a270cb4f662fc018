"""Whether a change against a plan base is points over a target or an achievement of the plan.

``tăng X% so với chỉ tiêu`` (a direction word before a percentage and a plan base after it) says how
far a statement is above its plan. After a rate or a share (a level in ``%``: ``33/37, đạt 89,18%, tăng
5,85% so với Nghị quyết``) it is points over the target; after a level in another unit (``đạt 165,51 tỷ
đồng, tăng 42,27% so với chỉ tiêu Nghị quyết``) it is an achievement, 100 + X. With no level before it
the name decides: an amount (``Tổng thu ngân sách Nhà nước tăng hơn 61% so với chỉ tiêu Nghị quyết``) is
exceeded as a level is, 161% of its plan; a rate, a share or a growth (``tỷ lệ …``, ``tốc độ tăng
trưởng …``) is points over its target, as after a percentage.

A bare percentage after ``đạt``/``vượt`` (no base, nothing after it in its clause) under the name of an amount
spent, collected or disbursed (``plan_amounts`` in data/measures.yaml) is an achievement of its plan when
another clause of its sentence is an achievement against a plan base (:func:`plan_of_a_bare_achievement`):
``vốn … giải ngân đạt hơn 20% kế hoạch; nguồn vốn ngân sách Trung ương giải ngân đạt gần 30%`` → 30;
``Thu ngân sách nhà nước vượt 3%; Cấp giấy chứng nhận … đạt 89,1% chỉ tiêu tỉnh giao`` → 103.
Revenue collected (``revenue_amounts``) is no level in %: a bare percentage after the verb that ends the clause
naming it is its achievement with no such sibling (``nguồn thu ngân sách ngoài quốc doanh đạt 231%, …`` → 231;
``thu ngân sách vượt 25,2%,`` → 125.2), against the last plan base written before it in its paragraph, else
the budget's estimate (``dự toán``).

A plan base written before the verb, in a clause of its own after a comma (``…, so kế hoạch tăng 3,54%``,
``…, so với dự toán đạt 14,50%``: :func:`plan_base_before`), is the base of the percentage after the verb as
one after it would be; a base joined to the verb by ``và`` is not (``vượt 425,1 ha so với kế hoạch và tăng
0,94%``: a change against last year).
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Optional

import regex

from baocao.resolve._rules import load, words_pattern
from baocao.resolve.measure import is_growth_name, is_rate_or_share
from baocao.resolve.vocabulary import BASES, PLAN_BASE_WORDS, WORDS, exact_words

if TYPE_CHECKING:
    from baocao.resolve.context import Context, Draft, Figure

SIBLING_REACH = 240
"""How far before and after a bare percentage (inside its sentence) an achievement against a plan base is looked for."""
# nothing after the figure in its clause: "đạt 58%;", "vượt 3%;", "đạt gần 30%."
_BARE_END = regex.compile(r"[ \t]*(?:[;.…]|$)")
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n")
# nothing after the figure in its clause, a comma too: "đạt 231%, thuế …"
_CLAUSE_END = regex.compile(r"[ \t]*(?:[,;.…]|$)")
_CLAUSE_START = regex.compile(r"[,;:(]")
REVENUE_REACH = 400
"""How far before a revenue's bare achievement (inside its paragraph) the plan base it names is looked for."""


def points_over_target(draft: Draft) -> bool:
    """True when a change against a plan base read into ``draft`` is points over its target (after a
    percentage, after a unitless level, or with no level under the name of a rate, a share or a growth);
    False when it is an achievement of the plan (after a level in a unit; with no level, under an
    amount's name).

    >>> from baocao.resolve.context import Draft
    >>> points_over_target(Draft("Tổng thu ngân sách Nhà nước", 0))
    False
    >>> points_over_target(Draft("Tỷ lệ hộ nghèo", 0)), points_over_target(Draft("Tốc độ tăng trưởng", 0))
    (True, True)
    """
    if draft.unit == "%" or (draft.unit is None and draft.value is not None):
        return True
    if draft.unit is not None:
        return False
    return is_rate_or_share(draft.name) or is_growth_name(draft.name)


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """(plan amounts, names that are no amount, an achievement against a plan base) on folded text."""
    m = load("measures")
    amounts = regex.compile(words_pattern(m.plan_amounts))
    others = regex.compile(words_pattern([*m.output_names, "chỉ số"]))
    verbs = words_pattern(WORDS.achievement_verbs)
    based = regex.compile(rf"{verbs}\s+(?:\p{{L}}+\s+)?\d[\d.,]*\s*%\s*(?:{words_pattern(WORDS.base_prefixes)}\s+)?"
                          rf"(?P<base>{PLAN_BASE_WORDS})")
    return amounts, others, based


@cache
def _revenue() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(revenue words at a clause's start, not one of ``revenue_not_amounts``, on the lower-cased text with its
    diacritics: ``thuê`` is no ``thuế``; any plan base word, on folded text)."""
    m = load("measures")
    return (regex.compile(rf"^\s*(?!{exact_words(m.revenue_not_amounts)}){exact_words(m.revenue_amounts)}"),
            regex.compile(PLAN_BASE_WORDS))


def revenue_plan(ctx: Context, fig: Figure, lead: str) -> Optional[str]:
    """The base label of a bare percentage after an achievement verb that ends the clause of a revenue collected
    (``lead``, the folded words before it, its last clause opening with a word of ``revenue_amounts``): the
    last plan base written before it in its paragraph, else ``dự toán``; None when the figure is no such
    percentage."""
    if fig.rec.kind != "percentage" or _CLAUSE_END.match(ctx.text, fig.end) is None:
        return None
    clause = _CLAUSE_START.split(lead)[-1]
    words, base_words = _revenue()
    _, others, _ = _patterns()
    as_written = _CLAUSE_START.split(ctx.lower[fig.lead_start:fig.start])[-1]
    if (words.search(as_written) is None or others.search(clause) or is_rate_or_share(clause)
            or is_growth_name(clause)):
        return None
    start = max(0, fig.start - REVENUE_REACH)
    start = max(start, ctx.text.rfind("\n", start, fig.start) + 1)
    found = None
    for found in base_words.finditer(ctx.folded, start, fig.start):
        pass
    if found is None:
        return "dự toán"
    return next(label for word, label in BASES if found.group().startswith(word))


@cache
def _base_before() -> regex.Pattern[str]:
    """A clause that opens with a plan base and ends with an achievement verb or a direction word, on folded
    text: ", so ke hoach tang", ", so voi du toan nam dat" (at most three words between, none of them "và")."""
    verbs = words_pattern([*WORDS.achievement_verbs, *WORDS.increase, *WORDS.decrease])
    return regex.compile(rf"(?:^|[,;(])\s*{words_pattern(WORDS.base_prefixes)}\s+(?P<base>{PLAN_BASE_WORDS})"
                         rf"(?:\s+(?!va\b)\p{{L}}+){{0,3}}?\s+{verbs}\s*$")


def plan_base_before(lead: str) -> Optional[str]:
    """The base label of a plan base written before the achievement verb or direction word that ends the folded
    ``lead`` of a percentage, in a clause of its own (``…, so kế hoạch tăng``); None when there is none.

    >>> from baocao.core.fold import fold
    >>> [plan_base_before(fold(t)) for t in (", so kế hoạch tăng ", ", so với dự toán năm đạt ",
    ...                                      " so với kế hoạch và tăng ", ", so với cùng kỳ tăng ")]
    ['kế hoạch', 'dự toán', None, None]
    """
    m = _base_before().search(lead[-80:])
    if m is None:
        return None
    base = m.group("base")
    return next(label for word, label in BASES if base.startswith(word))


def plan_of_a_bare_achievement(ctx: Context, fig: Figure, lead: str) -> Optional[str]:
    """The base label of an achievement against a plan in the sentence of ``fig``, a bare percentage after an
    achievement verb (``lead``, the folded words before it) under a plan amount's name; None when the figure is
    no such percentage or its sentence gives no such achievement."""
    if fig.rec.kind != "percentage" or _BARE_END.match(ctx.text, fig.end) is None:
        return revenue_plan(ctx, fig, lead)
    amounts, others, based = _patterns()
    if amounts.search(lead) is None or others.search(lead) or is_rate_or_share(lead) or is_growth_name(lead):
        return revenue_plan(ctx, fig, lead)
    start, end = max(0, fig.start - SIBLING_REACH), min(len(ctx.folded), fig.end + SIBLING_REACH)
    for before in _SENTENCE_END.finditer(ctx.text, start, fig.start):
        start = before.end()
    after = _SENTENCE_END.search(ctx.text, fig.end, end)
    end = after.start() if after is not None else end
    for m in based.finditer(ctx.folded, start, end):
        if m.end() <= fig.start or m.start() >= fig.end:
            base = m.group("base")
            return next(label for word, label in BASES if base.startswith(word))
    return revenue_plan(ctx, fig, lead)
