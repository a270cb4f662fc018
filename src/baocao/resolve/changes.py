"""Changes of a level read beside it: a signed change after a comma or in a parenthesis, a change from
one level to another whose old level is a bare number or is restated by a share before its new level."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.rules import compile_at
from baocao.core.fold import fold as fold_unit
from baocao.resolve.change_gaps import over_its_own_span
from baocao.resolve.context import Clause, Context, Draft, Figure, unit_of
from baocao.resolve.measure import is_rate_or_share, measure_of
from baocao.resolve.phrases import name_in
from baocao.resolve.roles import Role, read_figure
from baocao.resolve._rules import words_pattern
from baocao.resolve.vocabulary import EQUAL_AT_END, INCREASE, WORDS

if TYPE_CHECKING:
    from baocao.resolve.context import FigureRecord
    from baocao.schema.records import Direction

_SIGNED = regex.compile(r"[-−+]")
_OPEN_PAREN_SIGN = regex.compile(r"\s*[(,]\s*(?P<sign>[-−+])?\s*")


def sign_in_parenthesis(ctx: Context, current: Draft, fig: Figure) -> Optional[Direction]:
    """``tăng``/``giảm`` when the figure opens a parenthesis or follows a comma right after
    ``current``'s last figure and is written with a sign (``chiếm 26,38% (-0,99% so với năm 2022)``,
    ``(+0,28%)``, ``4.856 tỷ đồng, + 10,70%``): the change of ``current``; None otherwise."""
    if not current.figs or current.value is None:
        return None
    last = current.figs[-1].end
    gap = _OPEN_PAREN_SIGN.fullmatch(ctx.text, last, fig.start)
    if gap is None:
        return None
    sign = gap.group("sign") or (ctx.text[fig.start] if _SIGNED.match(ctx.text, fig.start) else None)
    if sign is None:
        return None
    unit, _ = unit_of(fig.rec)
    if unit != "%" and unit != current.unit:
        return None       # "đạt 1.200 tỷ đồng, - 5 dự án": a bullet before another count, no change
    return "tăng" if sign == "+" else "giảm"


def from_bare_number(ctx: Context, fig: Figure, clause: Clause, bare: regex.Match[str]) -> Optional[Draft]:
    """``Số đơn vị giảm từ 72 xuống còn 64 đơn vị``: one indicator, the new level its value and the
    bare number after ``từ`` (in the same unit) its old level; None when there is no name before
    the verb or the number cannot be read."""
    from baocao.core.numbers import parse_number

    try:
        old = parse_number(bare.group("old")).value
    except ValueError:
        return None
    name = name_in(ctx, fig.lead_start, bare.start())
    if name is None:
        return None
    draft = ctx.new_draft(ctx.text[name[0]:name[1]], name[0])
    draft.from_value = old
    draft.direction = "tăng" if INCREASE.search(bare.group()) else "giảm"
    read_figure(ctx, draft, fig, Role("to"), clause)
    return draft


def restates_old_level(ctx: Context, current: Draft, fig: Figure) -> bool:
    """True when ``current`` awaits the new level of a change and the figure is a percentage that restates
    its old level (``giảm từ 3.586 hộ, chiếm 10,74% xuống còn 2.900 hộ``): held, the new level still awaited."""
    if not current.awaiting_level or not current.figs or fig.rec.kind != "percentage":
        return False
    return EQUAL_AT_END.search(ctx.folded[current.figs[-1].end:fig.start]) is not None


_BASE_THEN_PAREN = compile_at(r"\s*(?:so\s+voi|so|sv)\s+(?:nam\s+)?(?P<year>(?:19|20)\d\d)\s*\(\s*$")
_COMPARED_THEN_PAREN = regex.compile(r"[^,;:()%\d]{0,30}\(\s*")
MULTIPLE_ROUNDING = 0.05
"""How far (relative) the ratio of two levels may be from the multiple written before them."""


def old_level_in_parens(ctx: Context, current: Draft, fig: Figure) -> bool:
    """The level a multiple is measured from, in a parenthesis right after its base year: ``đạt 15.076 tỷ
    đồng, tăng gấp 16 lần so với năm 2002 (940 tỷ đồng)`` (the old level, in the value's unit) or ``tăng
    gấp 2,58 lần so năm 2015 (24.013/9.278 tỷ đồng)`` (the new level over the old); their ratio must be
    the multiple to rounding. Read into ``current`` (value, ``from_value``, ``from_period``; the multiple
    its change); True when read. A fraction after a multiple compared with something else (``gấp 1,3 lần
    của tỉnh (83,5/64 triệu đồng)``) gives the value, and no old level."""
    rec = fig.rec
    before = [r for r in current.figs if r.end <= rec.start]
    if not before or rec.kind not in ("money", "quantity", "fraction"):
        return False
    last = max(before, key=lambda r: r.end)       # the parenthesis comes after the statement is read
    unit, _ = unit_of(last)
    base = _BASE_THEN_PAREN.fullmatch(ctx.folded, last.end, rec.start)
    # "gấp 1,3 lần của tỉnh (83,5/64 triệu đồng)": the two levels compared, the second no old level of its own
    compared = base is None and rec.kind == "fraction" and _COMPARED_THEN_PAREN.fullmatch(ctx.folded, last.end, rec.start)
    if ((base is None and not compared) or last.kind != "quantity" or unit is None or fold_unit(unit) != "lan"
            or not last.value):
        return False
    multiple = last.value
    if rec.kind == "fraction" and current.change is None and current.value == multiple and rec.denominator:
        new, old = rec.numerator, rec.denominator
    elif rec.kind != "fraction" and current.value is not None and unit_of(rec)[0] == current.unit:
        new, old = current.value, rec.value
    else:
        return False
    if current.from_value is not None or not old or abs(new / old - multiple) > MULTIPLE_ROUNDING * multiple:
        return False     # a second base ("và tăng gần gấp 2 lần so với năm 2011 (7.840 tỷ đồng)"): its own level
    ctx.attach(current, rec)
    current.extent_end = max(current.extent_end, fig.tail_end)
    if rec.kind == "fraction":        # the multiple was the value so far: it becomes the change
        current.change, current.change_unit = current.value, current.unit
        current.value, current.value_max, current.value_changed = new, None, False
        current.unit, current.per = unit_of(rec)
    if base is not None:
        current.from_value, current.from_period = old, base.group("year")
    return True


def level_unit_after_change(current: Draft, rec: FigureRecord) -> bool:
    """True when ``rec`` may be the level of the change ``current`` holds: in its unit (``giảm 1,2% …, còn
    3,1%``), or an amount after a growth in percent of an indicator that is no rate nor share (``Kim ngạch
    xuất khẩu cũng tăng 7,5%, đạt 838,7 triệu USD``; not ``Tỷ lệ hộ nghèo giảm 1,2%, còn 3.000 hộ``, a count
    beside a rate); the change written with its verb right before it."""
    unit, _ = unit_of(rec)
    if unit == current.unit:
        return True
    return (current.unit == "%" and rec.kind in ("money", "quantity") and unit is not None
            and not is_rate_or_share(current.name) and _VERB_AT_END.search(current.value_lead) is not None)


# the change's own verb right before it ("cũng tăng 7,5%"; not the noun "sự tăng trưởng gần 34%")
_VERB_AT_END = regex.compile(words_pattern(WORDS.increase + WORDS.decrease) + r"\s*$")


def change_in_another_unit(current: Draft, role: Role, rec: FigureRecord) -> bool:
    """True when ``rec``, read as a change after the statement ``current``, is a count or measure in
    another unit than the statement's: the change of another indicator, not of this one (``Thu ngân
    sách tăng bình quân hằng năm 10,8%; giảm 683 hộ nghèo``: 683 households are no change of the
    budget), so it is not attached as the statement's change. A change in the statement's own unit
    (``Đàn trâu 5.000 con, giảm 683 con``), a percentage, a multiple (``tăng 2,26 lần``) or points is."""
    unit = unit_of(rec)[0]
    return (role.kind == "change" and current.value is not None and current.unit is not None
            and rec.kind == "quantity" and unit not in (None, current.unit)
            and fold_unit(unit) not in _ANY_STATEMENTS_CHANGE)


def growth_of_a_growth(current: Draft, role: Role, rec: FigureRecord) -> bool:
    """True when ``rec``, a percentage read as a change, follows a statement whose value is itself a growth
    in percent (``current.value_changed``, unit ``%``) and no change yet: a growth of a growth rate is
    written in points, never in percent, so the percentage is another growth (``mặt hàng gạo tăng 34,12%
    về sản lượng, tăng 51,66% về giá trị``; ``lần lượt tăng 6,01% về lượt người vận chuyển và tăng 5,47%
    về lượt người luân chuyển``), a statement of its own, never the first one's change; and so a multiple
    (``lần``) after a statement whose value is a multiple change."""
    if (role.kind == "change" and current.value_changed and current.change is None and current.value is not None
            and fold_unit(current.unit or "") == _MULTIPLE and rec.kind == "quantity" and fold_unit(unit_of(rec)[0] or "") == _MULTIPLE):
        # a multiple of a multiple is never written: "du lịch tăng 6,6 lần tổng lượt khách, tăng 10,6 lần về tổng
        # doanh thu" (196 Dân Việt) is another multiple, of another measure
        return True
    return (role.kind == "change" and rec.kind == "percentage" and current.value_changed
            and current.unit == "%" and current.change is None and current.value is not None
            # a rate that changed to its level ("tỷ lệ hộ nghèo giảm còn 12,58%, bình quân giảm 6,37%/năm")
            # takes its change
            and measure_of(current.name, current.unit, current.value, lead=current.value_lead,
                           changed=True) == "growth")


# the units a change of any statement may be written in: a multiple (``tăng 2,26 lần``), points
_MULTIPLE = fold_unit("lần")
_ANY_STATEMENTS_CHANGE = frozenset(fold_unit(u) for u in ("lần", *WORDS.points_units))


def change_over_its_own_span(ctx: Context, fig: Figure) -> bool:
    """True when ``fig``'s lead ends with a change over a span of years of its own (``tăng bình quân 2 năm``):
    after a level it is a statement of its own (change_gaps.py)."""
    return over_its_own_span(ctx.folded[fig.lead_start:fig.start])
