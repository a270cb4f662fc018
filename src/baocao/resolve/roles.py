"""What part each figure plays in its statement, and how it is read into its indicator.

:func:`role_of` asks the rules of :data:`ROLE_RULES` in order; the first that knows the figure
names its :class:`Role`, else the figure is a ``level``:

- ``years``: two years in a row read as a fraction (``niên vụ 2022/2023``): left unattached;
- ``summary``: a count of indicators (``24/27 chỉ tiêu``, ``summary_units``);
- ``achievement``: a percentage after ``đạt``/``vượt``/``bằng`` and before a base (``NQĐH``,
  ``kế hoạch``…); ``vượt 26,81% so với kế hoạch`` is 126.81% of the plan;
- ``change``: a figure after ``tăng``/``giảm`` (the value when the statement has no level yet);
- ``level``: the value itself.

:func:`read_figure` then reads the figure into a :class:`~baocao.resolve.context.Draft` with the
reader of :data:`READERS` for its role (a level after a draft's value is read as its change), and
every figure adds the statement's status words, framing and period. A new role is one rule in
``ROLE_RULES`` (before the rules it must win over) and one reader in ``READERS``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional

import regex

from baocao.core.fold import fold
from baocao.resolve.achieve_points import plan_base_before, plan_of_a_bare_achievement, points_over_target
from baocao.resolve.bare_plans import plan_right_after
from baocao.resolve.change_gaps import without_gap
from baocao.resolve.context import Clause, Context, Draft, Figure, folded_unit, is_per_year, qualifier_of, unit_of, value_of
from baocao.resolve.from_first import change_after_an_old_level
from baocao.resolve.measure import is_rate_or_share
from baocao.resolve.plan_bases import base_word_before
from baocao.resolve.now_after import now_after_period
from baocao.resolve.periods import is_year_pair, period_in, period_outside_asides, period_right_after
from baocao.resolve.role_gates import GATES as ROLE_GATES
from baocao.resolve.strive_openers import striving_done
from baocao.resolve.vocabulary import (
    ACHIEVEMENT_VERB_AT_END, AVERAGING, COUNT_WITHIN_TOTAL_AT_END, BASES, BASE_PREFIX, CHANGE_BASE, CHANGE_FROM_AT_END, CURRENCIES,
    DECREASE, DIRECTED_TO_WORD, EQUAL_AT_END, ESTIMATE, EVENT_UNITS, EVENT_WORDS_AT_END, EXCESS_OVER, EXCESS_VERBS, FROM_AT_END,
    FROM_AT_START, INCREASE, LETTER_OR_DIGIT, LEVEL_FROM_AT_END, VERB_NAME_FROM_AT_END, MULTIPLE_AT_END, PLANNED, PLAN_FRACTION_UNITS,
    PLAN_WORD_AFTER, RANK_AT_END, STATUS, STRIVE, SUMMARY_REACHED, SUMMARY_UNITS, TARGET, TO_WORD, UP_TO_WORD, WORDS, YEAR_PAIR,
    YEARLY_AFTER_CHANGE_AT_END, averaging_word,
)

if TYPE_CHECKING:
    from baocao.resolve.context import FigureRecord
    from baocao.schema.records import Direction, Framing, Status

_SLASH_AFTER_PERCENT = regex.compile(r"%\s*/\s*$")
# the first words of the direction words as written (tăng, nâng, giảm) and as folded (tang, nang, giam)
_DIRECTION_HEADS = frozenset(w.split()[0].lower() for w in (*WORDS.increase, *WORDS.decrease))
_FOLDED_HEADS = frozenset(fold(w) for w in _DIRECTION_HEADS)


def _written_direction(ctx: Context, fig: Figure, n: int) -> bool:
    """True when a word of the last ``n`` before the figure is a direction word as written, not another
    word that folds into one (``tặng quà`` is no ``tăng``, ``giám sát`` no ``giảm``); an unaccented
    text (``tang 5%``) keeps its folded reading."""
    for word in ctx.lower[fig.lead_start:fig.start].split()[-n:]:
        folded = fold(word)
        if folded in _FOLDED_HEADS and (word in _DIRECTION_HEADS or word == folded):
            return True
    return False


@dataclass(frozen=True)
class Role:
    """The part a figure plays: ``kind`` (summary, achievement, change, level), with the folded
    ``verb`` and ``base`` label of an achievement and the ``direction`` of a change."""

    kind: str
    verb: Optional[str] = None
    base: Optional[str] = None
    direction: Optional[Direction] = None


LEVEL = Role("level")


# ----- what the words around a figure say -----------------------------------------------------
def framing_in(ctx: Context, a: int, b: int) -> Optional[Framing]:
    """``estimate`` or ``target`` when [a, b) holds a word of that framing, else None. A target word
    that is the base of a comparison or an achievement (``… so với kế hoạch và tăng 0,94%``, ``đạt
    97,67% so kế hoạch đề ra``) or inside a name (``Chương trình mục tiêu``, ``kế hoạch vốn``) frames nothing."""
    seg = ctx.folded[a:b]
    if ESTIMATE.search(seg):
        return "estimate"
    base_end = -1         # the end of the last target word read as a base
    for m in TARGET.finditer(ctx.folded, a, b):      # its look-behind reads before a
        start = m.start()
        # "so kế hoạch đề ra"; not "so với chỉ tiêu phấn đấu tăng thu 25%", the target itself
        chained = base_end >= 0 and not ctx.folded[base_end:start].strip() and not STRIVE.match(m.group())
        if chained or base_word_before(ctx, start) or (STRIVE.match(m.group()) and striving_done(ctx, start)):
            base_end = m.end()
            continue
        return "target"
    return None


def base_after(ctx: Context, pos: int, end: int) -> tuple[Optional[str], int]:
    """(label, length of the prefix) of an achievement base right after ``pos`` (``so với kế
    hoạch`` → ``kế hoạch``), (None, 0) when none."""
    tail = ctx.folded[pos:end]
    m = BASE_PREFIX.match(tail)
    rest = tail[m.end():] if m else tail
    for word, label in BASES:
        if rest.startswith(word) and not LETTER_OR_DIGIT.match(rest[len(word):len(word) + 1]):
            return label, (m.end() if m else 0)
    return None, 0


def status_after(ctx: Context, pos: int, end: int) -> tuple[Optional[Status], Optional[regex.Match[str]]]:
    """The first status of ``status`` (in the order listed) whose words occur in [pos, end), with
    its match; (None, None) when none."""
    tail = ctx.folded[pos:end]
    for pattern, status in STATUS:
        m = pattern.search(tail)
        if m:
            return status, m
    return None, None


# ----- roles ----------------------------------------------------------------------------------
def _count_of_indicators(ctx: Context, fig: Figure, lead: str) -> Optional[Role]:
    if folded_unit(fig.rec) in SUMMARY_UNITS:
        return Role("summary")
    return None


def _achievement(ctx: Context, fig: Figure, lead: str) -> Optional[Role]:
    """A percentage after ``đạt``/``vượt``/``bằng`` and before a plan base; also after ``tăng``/
    ``giảm`` before a plan base (``tăng 42,27% so với chỉ tiêu Nghị quyết``: 142.27% of the plan)."""
    if fig.rec.kind != "percentage":
        return None
    verb = ACHIEVEMENT_VERB_AT_END.search(lead)
    direction: Optional[Direction] = None
    if not verb:
        last = " ".join(lead.split()[-1:])
        if INCREASE.fullmatch(last):
            direction = "tăng"
        elif DECREASE.fullmatch(last):
            direction = "giảm"
        elif not plan_right_after(ctx, fig, lead):      # "ước trên 58,55% dự toán tỉnh giao": no verb
            return None
    base = base_after(ctx, fig.end, fig.tail_end)[0] or plan_base_before(lead)    # "…, so kế hoạch tăng 3,54%"
    if not base and not (verb and (base := plan_of_a_bare_achievement(ctx, fig, lead))):   # "đạt 58%; …"
        return None
    return Role("achievement", verb=fold(verb.group()).strip() if verb else None, base=base, direction=direction)


def _change(ctx: Context, fig: Figure, lead: str) -> Optional[Role]:
    """A figure after a direction word (``tăng 7,2%``, ``giảm 1.200 ha``), or a percentage after a
    written plus sign (``Chỉ số sản xuất công nghiệp (IIP): + 6,7%``: a change, as the sign of
    ``-13,78%`` is in its value)."""
    bare = YEARLY_AFTER_CHANGE_AT_END.sub(r"\g<change>", lead)   # "tăng bình quân hằng năm 15,6%": the yearly words are no gap
    bare = without_gap(bare)            # "tăng bình quân 5 năm 11,6%", "tăng so với cùng kỳ năm trước 2,55%" (change_gaps.py)
    last_words = " ".join(bare.split()[-4:])
    inc = [m.start() for m in INCREASE.finditer(last_words)]
    dec = [m.start() for m in DECREASE.finditer(last_words)]
    if (inc or dec) and not _written_direction(ctx, fig, 4 + len(lead.split()) - len(bare.split())):
        inc = dec = []      # "tặng quà trị giá …", "giám sát với 11 tổ chức": no change
    if not inc and not dec:
        if fig.rec.kind == "percentage" and lead.endswith("+"):
            return Role("change", direction="tăng")
        return None
    last_inc = inc[-1] if inc else -1
    last_dec = dec[-1] if dec else -1
    return Role("change", direction="tăng" if last_inc > last_dec else "giảm")


def _rank(ctx: Context, fig: Figure, lead: str) -> Optional[Role]:
    return Role("rank") if RANK_AT_END.search(ctx.lower, fig.lead_start, fig.start) else None


def _event(ctx: Context, fig: Figure, lead: str) -> Optional[Role]:
    if folded_unit(fig.rec) in EVENT_UNITS or EVENT_WORDS_AT_END.search(lead):
        return Role("event")
    return None


def _year_pair(ctx: Context, fig: Figure, lead: str) -> Optional[Role]:
    """``niên vụ 2022/2023``, ``năm học 2023/2024``: two years in a row read as a fraction with no unit
    are a span of time, no figure of an indicator."""
    rec = fig.rec
    if rec.kind == "fraction" and unit_of(rec)[0] is None:      # "2019/2020 hồ sơ" counts files
        m = YEAR_PAIR.fullmatch(ctx.folded, rec.start, rec.end)
        if m is not None and is_year_pair(m):
            return Role("years")
    return None


def _slash_target(ctx: Context, fig: Figure, lead: str) -> Optional[Role]:
    """``83,5%/80%``: the percentage after a slash is the target of the one before it."""
    if fig.rec.kind == "percentage" and _SLASH_AFTER_PERCENT.search(ctx.text[max(0, fig.start - 6):fig.start]):
        return Role("target")
    return None


def _from_level(ctx: Context, fig: Figure, lead: str) -> Optional[Role]:
    """``tăng từ 35,6% năm 2015 lên 61,4%``: the figure after ``từ`` is the old level; ``tăng từ
    35,6% đến 61,4%``, read as one range, is the change from its first end to its second."""
    rec = fig.rec
    if getattr(rec, "qualifier", None) == "range" and getattr(rec, "value_max", None) is not None:
        verb = CHANGE_FROM_AT_END.search(lead)
        if verb is not None and FROM_AT_START.match(ctx.folded, rec.start, rec.end) and _a_level_range(ctx, fig, lead):
            return Role("fromto", direction="tăng" if INCREASE.search(verb.group()) or "nang" in verb.group()
                        else "giảm")
        return None
    if (later := change_after_an_old_level(ctx, fig, lead)) is not None:   # "Tỷ lệ hộ nghèo từ 10% … đã giảm còn"
        return Role("from", direction=later)
    m = FROM_AT_END.search(lead)
    if m is not None and _to_word_after(ctx, fig, TO_WORD) is not None:
        inc = INCREASE.search(m.group())
        return Role("from", direction="tăng" if inc or "nang" in m.group() else "giảm")
    if LEVEL_FROM_AT_END.search(lead) is not None or VERB_NAME_FROM_AT_END.search(lead) is not None:
        # "đạt từ 3,6 triệu đồng năm 2006 lên 7,5 triệu đồng": a change only where "lên"/"xuống" says so
        to = _to_word_after(ctx, fig, DIRECTED_TO_WORD)
        if to is not None:
            return Role("from", direction="tăng" if UP_TO_WORD.fullmatch(to.group()) else "giảm")
    return None


RESTATED_REACH = 24
"""How far after a share that restates an old level (``3.586 hộ, chiếm 10,74% xuống còn``) its to-word is looked for."""


def _to_word_after(ctx: Context, fig: Figure, pattern: regex.Pattern[str]) -> Optional[regex.Match[str]]:
    """The to-word of ``pattern`` in the figure's tail, or past a percentage that restates the figure right
    after it (``giảm từ 3.586 hộ, chiếm 10,74% xuống còn 2.900 hộ``); None when there is none."""
    m = pattern.search(ctx.folded, fig.end, fig.tail_end)
    if m is not None:
        return m
    after = ctx.figures_from(fig.end, fig.end + RESTATED_REACH)
    if not after or after[0].kind != "percentage" or not EQUAL_AT_END.search(ctx.folded[fig.end:after[0].start]):
        return None
    gap = ctx.folded[after[0].end:after[0].end + RESTATED_REACH]
    to = pattern.search(gap)
    return to if to is not None and not gap[:to.start()].strip(" ,") else None


def _a_level_range(ctx: Context, fig: Figure, lead: str) -> bool:
    """True when ``tăng từ X đến Y`` can be a change of level: not a range of growth compared with a
    base (``tăng từ 5% đến 7% so với cùng kỳ``), and, in percent, only for a rate or a share named
    before it (``Tỷ lệ đô thị hóa tăng từ 35,6% đến 61,4%``; ``Doanh thu tăng từ 5% đến 7%`` is a
    growth range)."""
    if CHANGE_BASE.match(ctx.folded[fig.end:fig.tail_end]):
        return False
    if unit_of(fig.rec)[0] != "%":
        return True
    return is_rate_or_share(lead)


def _multiple(ctx: Context, fig: Figure, lead: str) -> Optional[Role]:
    """``gấp 2,26 lần``, ``tăng gấp 2,65 lần``: a multiple of the level, the statement's change."""
    m = MULTIPLE_AT_END.search(lead)
    if m is None or folded_unit(fig.rec) != "lan":
        return None
    return Role("change", direction="tăng" if INCREASE.search(lead[-20:]) else None)


# Asked in order, a rule with a gate (role_gates.py) only where it holds; each gets the folded lead, right-stripped.
ROLE_RULES = (_year_pair, _count_of_indicators, _rank, _event, _slash_target, _from_level, _achievement, _multiple, _change)
_ASKED = tuple((rule, ROLE_GATES.get(rule.__name__)) for rule in ROLE_RULES)


def role_of(ctx: Context, fig: Figure) -> Role:
    """The role of a figure in its statement (see the module's docstring)."""
    lead = ctx.folded[fig.lead_start:fig.start].rstrip()
    for rule, gate in _ASKED:
        role = rule(ctx, fig, lead) if gate is None or gate(ctx, fig, lead) else None
        if role is not None:
            return role
    return LEVEL


# ----- readers --------------------------------------------------------------------------------
def _averaging_before(ctx: Context, fig: Figure) -> Optional[regex.Match[str]]:
    """The averaging word in the 30 characters before the figure (within its lead)."""
    lead = ctx.folded[max(fig.lead_start, fig.start - 40):fig.start]
    return AVERAGING.search(lead[-30:])


def _set_value(draft: Draft, rec: FigureRecord) -> None:
    value, vmax = value_of(rec)
    unit, per = unit_of(rec)
    draft.value, draft.value_max, draft.qualifier, draft.unit, draft.per = value, vmax, qualifier_of(rec), unit, per


def _is_plan_fraction(ctx: Context, rec: FigureRecord, tail_end: int) -> bool:
    """An actual over its plan (``812/700 ha``, ``12.345/10.000 tỷ đồng``, ``650/700 ha kế hoạch``),
    not a part of a whole (``60/82 xã``): a currency or measure unit, a first side larger than the
    second, or a plan word right after."""
    if rec.kind != "fraction":
        return False
    return (rec.unit in CURRENCIES or rec.unit in PLAN_FRACTION_UNITS or rec.numerator > rec.denominator
            or PLAN_WORD_AFTER.match(ctx.folded, rec.end, tail_end) is not None)


MULTIPLE_REACH = 60
"""How far before a fraction the multiple it may restate is looked for."""


def _restates_a_multiple(ctx: Context, rec: FigureRecord) -> bool:
    """True when fraction `rec` gives the two levels of a multiple written right before it (``GRDP bình
    quân đầu người gấp 1,3 lần của tỉnh (83,5/64 triệu đồng)``, ``tăng gấp 2,58 lần so năm 2015
    (24.013/9.278 tỷ đồng)``): its sides are compared, no actual over a plan."""
    if rec.kind != "fraction" or not rec.denominator:
        return False
    before = [r for r in ctx.figures_from(max(0, rec.start - MULTIPLE_REACH), rec.start) if r.end <= rec.start]
    if not before or folded_unit(before[-1]) != "lan":
        return False
    multiple, _ = value_of(before[-1])
    ratio = rec.numerator / rec.denominator
    return multiple is not None and abs(ratio - multiple) <= max(0.05, 0.02 * multiple)


def _set_level(ctx: Context, draft: Draft, fig: Figure, changed: bool) -> None:
    _set_value(draft, fig.rec)
    draft.value_lead = ctx.folded[fig.lead_start:fig.start]
    draft.value_changed = changed
    rec = fig.rec
    if rec.kind == "fraction" and _restates_a_multiple(ctx, rec):
        draft.value_max = None        # "gấp 1,3 lần của tỉnh (83,5/64 triệu đồng)": the level compared with
    elif rec.kind == "fraction" and _is_plan_fraction(ctx, rec, fig.tail_end):   # (only a fraction is)
        draft.target, draft.value_max = rec.denominator, None   # the plan, not the top of a range


def _read_achievement(ctx: Context, draft: Draft, fig: Figure, role: Role) -> None:
    rec = fig.rec
    assert rec.kind == "percentage", "an achievement is a percentage"
    pct = rec.value
    tail = ctx.folded[rec.end:fig.tail_end]
    if role.verb in EXCESS_VERBS and draft.unit == "%" and draft.value is not None:
        # "tỷ lệ … đạt 92%, vượt 2% so với mục tiêu": points over the rate's target, no achievement
        if draft.margin is None and draft.achievement_pct is None:
            draft.margin = rec.value
            draft.status = draft.status or "vượt"
        return
    if role.direction is not None:
        if points_over_target(draft):
            # after a rate or a share ("33/37, đạt 89,18%, tăng 5,85% so với Nghị quyết"): points (achieve_points)
            if draft.margin is None:
                draft.margin = rec.value if role.direction == "tăng" else -rec.value
            return
        # after a level ("đạt 2.820 ha, tăng 42,27% so với chỉ tiêu"), or an amount's name: 142.27%
        pct = 100.0 + rec.value if role.direction == "tăng" else 100.0 - rec.value
    elif (role.verb in EXCESS_VERBS and (prefix := BASE_PREFIX.match(tail)) is not None   # (it always matches)
          and prefix.end() > 0 and EXCESS_OVER.match(tail)):
        pct = 100.0 + rec.value          # "vượt 26,81% so với kế hoạch": 126.81% of the plan
    elif role.verb in EXCESS_VERBS and (draft.value is not None or draft.unit is None) and rec.value < 100:
        pct = 100.0 + rec.value          # "…, vượt 5% kế hoạch" after a level: 105% of the plan
    if draft.achievement_pct is None:
        draft.achievement_pct, draft.achievement_base = pct, role.base
        if role.verb in EXCESS_VERBS:
            draft.status = draft.status or "vượt"
        if role.base is not None and draft.target is None:
            _plan_of_a_fraction(draft, pct)


def _plan_of_a_fraction(draft: Draft, pct: float) -> None:
    """``đạt 151/202 hộ, =74% chỉ tiêu giao``: a fraction of a count whose achievement against a plan
    restates it (to rounding) is an actual over its plan, the second side the plan."""
    for rec in draft.figs:
        if (rec.kind == "fraction" and rec.denominator and rec.numerator == draft.value
                and abs(100.0 * rec.numerator / rec.denominator - pct) < 1.0):
            draft.target, draft.value_max = rec.denominator, None
            return


def _read_change(ctx: Context, draft: Draft, fig: Figure, role: Role) -> None:
    rec = fig.rec
    avg = _averaging_before(ctx, fig)
    if draft.value is None:
        _set_level(ctx, draft, fig, changed=True)
        draft.per_year = draft.per_year or is_per_year(rec) or draft.per == "năm"
    elif draft.change is None:
        draft.change, _ = value_of(rec)
        draft.change_unit, _ = unit_of(rec)
        draft.per_year = draft.per_year or is_per_year(rec)
    if role.direction:
        draft.direction = draft.direction or role.direction
    if avg:
        draft.averaging = draft.averaging or averaging_word(avg.group())
    m = CHANGE_BASE.match(ctx.folded[rec.end:fig.tail_end])
    if m and draft.change_base is None:
        draft.change_base = ctx.text[rec.end + m.start(1):rec.end + m.end(1)]


def _read_level(ctx: Context, draft: Draft, fig: Figure, role: Role) -> None:
    rec = fig.rec
    _set_level(ctx, draft, fig, changed=False)
    within = COUNT_WITHIN_TOTAL_AT_END.search(ctx.folded, fig.lead_start, fig.start)
    if within is not None and rec.kind == "quantity":
        # "242 trong tổng số 262 xã": the count within the total is the value, never the total
        draft.value, draft.value_max = float(within.group("count").replace(".", "")), None
    draft.per_year = is_per_year(rec) or draft.per == "năm"
    avg = _averaging_before(ctx, fig)
    if avg:
        draft.averaging = averaging_word(avg.group())


def _read_target(ctx: Context, draft: Draft, fig: Figure, role: Role) -> None:
    draft.target, _ = value_of(fig.rec)


def _read_from(ctx: Context, draft: Draft, fig: Figure, role: Role) -> None:
    """The old level of a change from one level to another, and the period written after it."""
    draft.from_value, _ = value_of(fig.rec)
    draft.from_unit, _ = unit_of(fig.rec)
    draft.direction = draft.direction or role.direction
    draft.awaiting_level = True
    to = TO_WORD.search(ctx.folded, fig.end, fig.tail_end)
    draft.from_period = period_in(ctx, fig.end, to.start() if to else fig.end)


def _read_fromto(ctx: Context, draft: Draft, fig: Figure, role: Role) -> None:
    """A range after a change verb: from its first end (the old level) to its second (the value)."""
    _set_level(ctx, draft, fig, changed=False)
    draft.from_value, draft.value, draft.value_max, draft.qualifier = draft.value, draft.value_max, None, None
    draft.direction = draft.direction or role.direction


def _read_to(ctx: Context, draft: Draft, fig: Figure, role: Role) -> None:
    """The new level of a change from one level to another: the value, dated by a period right
    after it (``… lên 61,4% năm 2020``)."""
    _set_level(ctx, draft, fig, changed=False)
    draft.awaiting_level = False
    draft.per_year = is_per_year(fig.rec) or draft.per == "năm"
    after = period_in(ctx, fig.end, min(fig.tail_end, fig.end + 24))
    if after is not None and draft.period is None:
        draft.period, draft.period_source = after, "statement"


Reader = Callable[[Context, Draft, Figure, Role], None]
READERS: dict[str, Reader] = {"achievement": _read_achievement, "change": _read_change, "level": _read_level,
                              "target": _read_target, "from": _read_from, "to": _read_to, "fromto": _read_fromto}


def read_figure(ctx: Context, draft: Draft, fig: Figure, role: Role, clause: Clause) -> None:
    """Give ``fig`` to ``draft`` and read it by its role; then the statement's status words after
    it, the framing in its lead (else the clause's) and the period in its lead (else the clause's)."""
    ctx.attach(draft, fig.rec)
    draft.extent_end = max(draft.extent_end, fig.tail_end)
    kind = role.kind
    if kind == "level" and draft.value is not None:
        kind = "change"                   # a second level figure is the change of the first
    READERS[kind](ctx, draft, fig, role)
    if draft.status is None:
        draft.status, _ = status_after(ctx, fig.end, fig.tail_end)
    framing = framing_in(ctx, fig.lead_start, fig.start)
    if framing == "estimate" and clause.get("framing") == "target" and PLANNED.search(
            ctx.folded, fig.lead_start, fig.start):
        framing = "target"        # "Theo Quy hoạch tỉnh …, … dự kiến đạt 15-16%": a plan's figure
    if framing and draft.framing == "actual":
        draft.framing, draft.framing_own = framing, True
    if draft.framing == "actual" and clause.get("framing"):
        draft.framing = clause["framing"]
    if draft.period is None and kind not in ("to", "from", "target", "achievement"):
        after = period_right_after(ctx, fig.start, fig.end, fig.lead_start)  # "0,84% của năm 2020 và …"
        if after:
            draft.period, draft.period_source = after, "statement"
    if draft.period is None and kind not in ("to", "from"):   # the old level's year is its own
        own = period_outside_asides(ctx, fig.lead_start, fig.start)
        if own:
            draft.period, draft.period_source = own, "statement"
        elif clause.get("period") and not now_after_period(ctx, fig.start):   # "Năm 2017, …, và đến nay có 7/7 xã"
            draft.period, draft.period_source = clause["period"], clause.get("period_source", "clause")


# ----- counts of indicators -------------------------------------------------------------------
def start_summary(ctx: Context, fig: Figure, clause: Clause) -> Draft:
    """A count of indicators (``24/27 chỉ tiêu … đạt và vượt kế hoạch``): its status and base."""
    rec = fig.rec
    draft = ctx.new_draft(ctx.text[rec.start:rec.end], None, summary=True)
    ctx.attach(draft, rec)
    draft.extent_end = fig.tail_end
    if rec.kind == "fraction":
        draft.count, draft.total = rec.numerator, rec.denominator
    else:
        draft.count = rec.value
        draft.qualifier = rec.qualifier
    status, m = status_after(ctx, rec.end, fig.tail_end)
    if status is not None and m is not None:      # (a status comes with its match)
        draft.status = status
        draft.achievement_base, _ = base_after(ctx, rec.end + m.end(), fig.tail_end)
    if draft.status is None and SUMMARY_REACHED.search(ctx.folded[rec.end:fig.tail_end]):
        draft.status = "đạt"
    draft.framing = framing_in(ctx, fig.lead_start, rec.start) or clause.get("framing") or "actual"
    return draft


def read_threshold(ctx: Context, summary: Draft, fig: Figure) -> None:
    """The percentage after a count of indicators' ``đạt`` is its threshold (``12 chỉ tiêu đạt
    trên 90%``)."""
    rec = fig.rec
    assert rec.kind == "percentage", "a threshold is a percentage"
    ctx.attach(summary, rec)
    summary.threshold, summary.threshold_qualifier = rec.value, rec.qualifier
    base, _ = base_after(ctx, rec.end, fig.tail_end)
    summary.achievement_base = summary.achievement_base or base
