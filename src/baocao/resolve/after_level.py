"""Figures after a statement's level that belong to it, though words stand between that could read as a
name: an achievement or a ratio after the base of the figure before (``tăng 0,6% so với vụ đông xuân
năm trước và đạt 49,67% kế hoạch``), a second change against another base (``giảm 1,26% so với cuối
tháng 9, tương ứng tăng 11,13% so với cuối năm 2017``), a change in points beside a change (``tăng 582 tỷ
đồng (10 điểm phần trăm)``, ``thấp hơn cùng kỳ năm 2018 là 0,02 điểm phần trăm``), an excess with its base
before it (``(vượt mục tiêu Nghị quyết 0,36%)``) and a change written with a verb of size (``mở rộng hơn
5.318 tỷ đồng so với cùng kỳ``), a comparison opening a clause with a comparative and its base (``…, thấp hơn mục
tiêu cả năm 3,44%``: the margin against a plan), and an achievement against a second plan that shares the first's verb
(``đạt 60% kế hoạch tỉnh và 58% kế hoạch huyện giao``: a statement of its own with the same name; a
comparison written so, ``bằng 98% kế hoạch và 112% so với cùng kỳ``, is held), and an achievement whose plan
base stands before its verb in a clause of its own (``…, so với dự toán đạt 14,50%``: the base no name). A
percentage after a plan base, ``và`` and a verb, before a comparison base (``vượt 204,4 tấn so với kế hoạch
và bằng 99,6% so với năm trước``), compares with that base: held, no achievement. :func:`after_statement`
says how such a figure is read."""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.rules import compile_at
from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.achieve_points import plan_base_before
from baocao.resolve.context import Context, Draft, Figure, is_per_year, unit_of
from baocao.resolve.level_ratios import ratio_of_level
from baocao.resolve.plan_reached import achievement_of_the_level
from baocao.resolve.restated_units import restated_in_another_unit
from baocao.resolve.roles import Role, base_after
from baocao.resolve.vocabulary import ACHIEVEMENT_VERB_AT_END, AVERAGING, CHANGE_BASE, EXCESS_AT_END, PLAN_BASE_WORDS, WORDS

HELD = Role("held")
"""The figure is said of the statement (a comparison, a restatement): held, never its value."""
OTHER_PERIOD = Role("other_period")
"""The figure is the level of the same indicator over another period: a statement of its own, with the name."""
AGAIN = "again"
"""The kind of the role of a yearly average change after an achievement with no level (``Tổng thu ngân sách Nhà
nước tăng hơn 61% so với chỉ tiêu Nghị quyết, tăng bình quân hơn 10%/năm``): the achievement is the term's,
the change a yearly average over it, another measure of the same indicator: a statement of its own, with the
name, read as a change (its direction in the role). A change that is no yearly average (``đạt 64,81% dự toán
năm, tăng 14,66% so với cùng kỳ``) is the value of the achievement's statement."""
OTHER_PLAN = "other_plan"
"""The kind of the role of an achievement against a second plan, its verb shared with the first (``đạt 60%
kế hoạch tỉnh và 58% kế hoạch huyện giao``): a statement of its own, with the name, read as that role."""

_VERB = words_pattern(WORDS.achievement_verbs)
_PLAN_WORD = regex.compile(PLAN_BASE_WORDS)
# the base of the figure before, then "và" and a verb: "… so với vụ đông xuân năm trước và đạt", "… kế
# hoạch và bằng"
_BASE_AND_VERB = regex.compile(
    rf"^\s*(?:{words_pattern(WORDS.base_prefixes)}[^,;:()%]{{0,40}}?|{PLAN_BASE_WORDS}[^,;:()%]{{0,24}}?)"
    rf"\s+va\s+(?P<verb>{_VERB})\s*$")
# "…, tương ứng tăng 11,13%": a change of the statement again, against another base
_RESTATED_CHANGE = regex.compile(
    rf"^\s*(?:{words_pattern(WORDS.base_prefixes)}[^,;:()%]{{0,40}}?)?\s*,\s*{words_pattern(WORDS.respectively_words)}\s+{words_pattern(WORDS.increase + WORDS.decrease)}\s*$")
# "(10 điểm phần trăm)" right after a change; "thấp hơn cùng kỳ năm 2018 là 0,02 điểm phần trăm"
_POINTS_IN_PARENS = regex.compile(r"^\s*\(\s*$")
_COMPARATIVE_IS = regex.compile(rf"^\s*,?\s*{words_pattern(WORDS.comparatives)}[^,;:()%]{{0,40}}?\s+la\s*$")
_SIZE_CHANGE = regex.compile(
    rf"^\s*,\s*(?:(?P<up>{words_pattern(WORDS.up_change_verbs)})|(?P<down>{words_pattern(WORDS.down_change_verbs)}))\s*$")
# the base of an achievement, then a comma or "và" with no verb of its own: "đạt 60% kế hoạch tỉnh và",
# "đạt 105% dự toán tỉnh giao,"
_BASE_THEN_AND = regex.compile(
    rf"^\s*(?:{words_pattern(WORDS.base_prefixes)}\s+)?{PLAN_BASE_WORDS}[^,;:()%]{{0,40}}?\s*(?:,\s*(?:va\s+)?|va\s+)$")
_VERB_COMMA = regex.compile(rf"^\s*(?P<verb>{_VERB})\s*,\s*$")
_VERB_ONLY = regex.compile(rf"^\s*,?\s*{_VERB}\s*$")
_COMPARISON_AFTER = compile_at(rf"\s*{words_pattern(WORDS.base_prefixes)}\s+{words_pattern(WORDS.change_bases)}")
# "và" and a verb right after the statement's last figure, perhaps after the words of its whole or base and an
# aside in brackets ("chiếm 68,8% diện tích gieo cấy và bằng", "so dự toán giao đạt 42% và bằng", "đạt 42,86% dự
# toán (KH 468 tỷ đồng) và bằng"): no subject stands between, so the verb is the statement's own
_AND_VERB = regex.compile(rf"^\s*\)?[^,;:()%\d.]{{0,40}}?(?:\([^()]{{0,40}}\)\s*)?\s+va\s+{_VERB}\s*$")
# a comparison base right after the figure, "so với" perhaps left out: "bằng 98,4% cùng kỳ năm trước"
_SAME_PERIOD_AFTER = compile_at(
    rf"\s*(?:{words_pattern(WORDS.base_prefixes)}\s+)?{words_pattern(WORDS.change_bases)}")
_BASE_AFTER = compile_at(rf"\s*{words_pattern(WORDS.base_prefixes)}\s")
_COMPARED_LEVEL = regex.compile(rf"{words_pattern(WORDS.comparatives)}\s+{words_pattern(WORDS.compared_levels)}\s*$")
_OF_PERIOD = compile_at(r"\s*cua\s+(?:nam|quy|thang|\d)")
#: The folded units of a change in points (``points_units``: ``điểm phần trăm``, ``điểm %``), asked by the rules of
#: contributions and growth frames too.
POINTS_UNITS = frozenset(fold(u) for u in WORDS.points_units)
# a comparative opening its clause after the statement (after a comma or an opening parenthesis), then the base
# it compares the statement with, then the figure: "…, thấp hơn mục tiêu cả năm 3,44%", "(cao hơn mục tiêu đề
# ra 0,1%)", "…, thấp hơn so kế hoạch đề ra gần 2%" (a plan), "…, thấp hơn so với cùng kỳ năm trước 14%"; at most
# three words after the base ("cả năm", "đề ra gần"): more are the next clause's subject ("…, cao hơn cùng kỳ và diện
# tích lúa đạt 12.000 ha": a statement of its own)
_COMPARATIVE_BASE = regex.compile(
    rf"[,(]\s*(?:(?P<up>{words_pattern(WORDS.higher_comparatives)})|{words_pattern(WORDS.comparatives)})\s+"
    rf"(?:{words_pattern(WORDS.base_prefixes)}\s+)?(?:(?P<plan>{PLAN_BASE_WORDS})|{words_pattern(WORDS.change_bases)})"
    r"(?=[^,;:()%\d.]{0,30}$)(?:\s+\p{L}+){0,3}\s*$")     # a few words of the base's, not a clause of its own
_CLAUSE_END = regex.compile(r"[.;:\n]")
_COMPARATIVE_REACH = 100
"""How far before a figure the comparative and base of :data:`_COMPARATIVE_BASE` are looked for."""
_GAP_BEFORE_COMPARATIVE = 40
"""How many characters may stand between the statement's last figure and the comparative (an achievement's
base: ``chỉ bằng 31% dự toán tỉnh giao, thấp hơn …``)."""


def after_statement(ctx: Context, current: Draft, fig: Figure, role: Role) -> Optional[Role]:
    """How ``current`` (a statement with a value) reads ``fig`` when words that could name another
    indicator stand before it: :data:`HELD`, a role to read it with, or None (not such a figure)."""
    if not current.figs:
        return None
    rec = fig.rec
    gap = ctx.folded[current.figs[-1].end:rec.start]
    if (rec.kind == "percentage" and current.achievement_pct is not None and role.kind != "achievement"
            and _BASE_THEN_AND.match(gap)):
        base, _ = base_after(ctx, rec.end, fig.tail_end)
        if base is not None:      # "đạt 60% kế hoạch tỉnh và 58% kế hoạch huyện giao": another plan
            verb = ACHIEVEMENT_VERB_AT_END.search(ctx.folded, max(0, current.figs[-1].start - 24),
                                                  current.figs[-1].start)
            return Role(OTHER_PLAN, verb=fold(verb.group()).strip() if verb else None, base=base)
        if _COMPARISON_AFTER.match(ctx.folded, rec.end, fig.tail_end) is not None:
            return HELD   # "bằng 98% kế hoạch và 112% so với cùng kỳ": a comparison with last year
    if (current.value is None and current.achievement_pct is not None and role.kind == "change"
            and AVERAGING.search(ctx.folded, fig.lead_start, rec.start) and is_per_year(rec)):
        return Role(AGAIN, direction=role.direction)
    if current.value is None:
        return None
    reached = achievement_of_the_level(ctx, current, fig, role)
    if reached is not None:
        return reached    # "…, mới đạt 31,7% KH", "… và hoàn thành 100% kế hoạch giao", "…, chiếm 13,4% kế hoạch"
    if role.kind == "level" and ratio_of_level(ctx, current, fig):
        return HELD       # "giảm 1.432 hộ nghèo (1,95%)", "19.396 ha …, đạt 47,5% diện tích gieo trồng": a part
    if role.kind == "level" and restated_in_another_unit(ctx, current, fig):
        return HELD       # "đạt trên 115 triệu đồng (4.560 USD)", "34.002,11 ha (340,02 km2)": the level again
    if role.kind == "achievement" and plan_base_before(gap) is not None:
        return role       # "đạt 576.407 triệu đồng, so với dự toán đạt 14,50%": the plan base is no name
    unit, _ = unit_of(rec)
    folded = fold(unit) if unit else None
    if rec.kind == "percentage":
        joined = _BASE_AND_VERB.match(gap)
        if joined is not None:
            # "tăng 0,6% so với vụ đông xuân năm trước và đạt 49,67% kế hoạch cả năm"; "đạt 29,6% kế hoạch
            # và bằng 90,5% so với cùng kỳ" (a comparison with last year: held)
            return role if role.kind == "achievement" else HELD
        if current.change is not None and _RESTATED_CHANGE.match(gap) and _BASE_AFTER.match(
                ctx.folded, rec.end, fig.tail_end):
            return HELD       # "giảm 1,26% so với cuối tháng 9, tương ứng tăng 11,13% so với cuối năm 2017"
        comma = _VERB_COMMA.match(gap)
        if comma is not None and role.kind != "achievement":
            label, _ = base_after(ctx, rec.end, fig.tail_end)
            if label is not None:       # "trên 233,7 tỷ đồng đạt, 165,5% kế hoạch": the comma misplaced
                return Role("achievement", verb=fold(comma.group("verb")), base=label)
        if ((_VERB_ONLY.match(gap) is not None or _BASE_AND_VERB.match(ctx.folded[fig.lead_start:rec.start]))
                and role.kind != "achievement"
                and _COMPARISON_AFTER.match(ctx.folded, rec.end, fig.tail_end) is not None):
            # "xuống giống 57.369 ha, đạt 101,9% so cùng kỳ"; "…, vượt 204,4 tấn so với kế hoạch và bằng 99,6% so
            # với năm trước": a comparison with last year, no achievement
            return HELD
        if (role.kind != "achievement" and _AND_VERB.match(gap) is not None
                and _SAME_PERIOD_AFTER.match(ctx.folded, rec.end, fig.tail_end) is not None):
            # "404 tỷ đồng, so dự toán giao đạt 42% và bằng 96% so với cùng kỳ"; "780,1 nghìn ha lúa mùa, chiếm 68,8%
            # diện tích gieo cấy và bằng 98,4% cùng kỳ năm trước": a ratio to the same period before, never a level
            return HELD
        if current.unit == "%" and _excess_with_base_before(ctx, fig):
            return Role("achievement", verb="vuot")     # "tăng 7,36% … (vượt mục tiêu Nghị quyết 0,36%)"
    if (rec.kind == "percentage" and current.unit == "%" and _COMPARED_LEVEL.search(ctx.folded, fig.lead_start, rec.start)
            and _OF_PERIOD.match(ctx.folded, rec.end, fig.tail_end)):
        return OTHER_PERIOD   # "tăng 21,37% … và cao hơn mức tăng 1,96% của quý trước"
    if rec.kind == "percentage" and current.unit == "%" and _COMPARED_LEVEL.search(ctx.folded, fig.lead_start, rec.start):
        return HELD           # "tăng 10,25%, cao hơn mức tăng 1,04% so với cùng kỳ năm trước": a difference
    if folded in POINTS_UNITS and (current.change is not None or current.value_changed) and (
            _POINTS_IN_PARENS.match(gap) or _COMPARATIVE_IS.match(gap)):
        return HELD           # "tăng 582 tỷ đồng (10 điểm phần trăm)", "… là 0,02 điểm phần trăm"
    if folded in POINTS_UNITS and _COMPARATIVE_IS.match(gap):
        return HELD           # "tăng trưởng GDP là 6,71%, thấp hơn cùng kỳ năm 2018 là 0,02 điểm phần trăm"
    compared = _compared_with_base(ctx, current, fig)
    if compared is not None:
        return compared
    size = _SIZE_CHANGE.match(gap)
    if (size is not None and current.change is None and unit == current.unit and rec.kind != "percentage"
            and CHANGE_BASE.match(ctx.folded[rec.end:fig.tail_end])):
        # "ước đạt hơn 64.784 tỷ đồng, mở rộng hơn 5.318 tỷ đồng so với cùng kỳ năm 2022"
        return Role("change", direction="tăng" if size.group("up") else "giảm")
    return None


def _compared_with_base(ctx: Context, current: Draft, fig: Figure) -> Optional[Role]:
    """A figure after a comparative and its base, the comparative opening a clause right after the statement:
    the statement compared with its plan or an earlier period, never a statement of its own (:data:`HELD`).
    Against a plan, a percentage after a percentage (a rate, a share or a growth) is the margin in points,
    signed by the comparative, set on ``current`` here (``hộ nghèo … còn 50,53%, thấp hơn so kế hoạch đề ra
    gần 2%`` → margin -2); else only held (``… 233 tỷ đồng, …, thấp hơn so với cùng kỳ năm trước 14%``). A
    comparative with no comma or parenthesis before it opens no clause (``Tốc độ tăng trưởng GDP thấp hơn cùng
    kỳ năm trước 0,29 điểm phần trăm`` stays a statement)."""
    rec = fig.rec
    start = current.figs[-1].end
    gap = ctx.folded[max(start, rec.start - _COMPARATIVE_REACH):rec.start]
    m = _COMPARATIVE_BASE.search(gap)
    if m is None:
        return None
    before = ctx.folded[start:rec.start - len(gap) + m.start()]
    if len(before) > _GAP_BEFORE_COMPARATIVE or _CLAUSE_END.search(before):
        return None
    if (m.group("plan") and rec.kind == "percentage" and current.unit == "%" and current.margin is None
            and current.achievement_pct is None):
        # the margin is set here, the figure held: its lead's plan word frames nothing ("mục tiêu đề ra")
        current.margin = rec.value if m.group("up") else -rec.value
    return HELD


def _excess_with_base_before(ctx: Context, fig: Figure) -> bool:
    """``vượt mục tiêu Nghị quyết 0,36%``: an excess whose base stands between the verb and the figure."""
    m = EXCESS_AT_END.search(ctx.folded, fig.lead_start, fig.start)
    return m is not None and _PLAN_WORD.search(m.group()) is not None


def again_role(after: Role) -> Role:
    """The role a figure :func:`after_statement` gave the kind ``OTHER_PLAN`` or ``AGAIN`` is read with in its own
    statement: an achievement against the second plan, or a change."""
    if after.kind == AGAIN:
        return Role("change", direction=after.direction)
    return Role("achievement", verb=after.verb, base=after.base)
