"""Respectively lists: one name that lists its parts, then their figures in the same order (``cơ cấu
khu vực I-II-III-thuế sản phẩm trừ trợ cấp sản phẩm tương ứng là 41,57% - 15,45% - 39,82% - 3,15%``:
``khu vực I`` 41,57%, ``khu vực II`` 15,45%, …), or one name and a figure for each of its bases (``tổng
mức bán lẻ tăng tương ứng là 2,3% và 26,1%``).

A figure whose lead ends with a word of ``respectively_words`` (then ``là``, ``đạt``, ``bằng`` or
nothing) opens the list; the figures after it in the same unit, each joined to the one before by ``-``,
``,``, ``;`` or ``và``, are its other members. The name is split at ``-``, ``,`` and ``và``: as many parts
as figures name them in order (a part that is only a numeral, ``II``, numbers the noun of the first part,
``khu vực I``: the name head it starts with, ``name_heads``); one part names every figure; any other
count is no list (the figures are read as before). A parenthesis of plan figures right after the list,
as many in the same unit (``(chỉ tiêu nghị quyết là 41,42% - 16,84% - 38,56% - 3,18%)``), gives each
member its target. The parts of a share (``cơ cấu``, ``tỷ trọng`` before them) are shares.

A list named by a structure alone (``cơ cấu``, a share's name that lists no parts), in a sentence after
as many statements of the same unit, lists the
figures of those statements' parts in their order, for another period (the statistics offices'
``… thuế sản phẩm trừ trợ cấp sản phẩm chiếm 9,64% (Cơ cấu tương ứng của cùng kỳ năm 2020 là 42,82%;
35,86%; 11,66%; 9,66%)``, ``Cùng kỳ năm 2018, cơ cấu nền kinh tế tương ứng là 14,13%; 33,83%; …``):
each member takes the name of the statement it answers to, as a name carried over (no name span of
its own); its period is the base's (``resolve/base_levels.py``).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Optional

import regex

from baocao.resolve.base_levels import Base, base_label
from baocao.resolve.context import Clause, Context, Draft, Figure, unit_of, value_of
from baocao.resolve.measure import is_share_name
from baocao.resolve.enumerations import over_enumeration
from baocao.resolve.phrases import name_in
from baocao.resolve.reach import char_before_spaces
from baocao.resolve.roles import Role, read_figure, role_of
from baocao.resolve.vocabulary import NAME_HEAD, PLAN_IN_PARENS, RESPECTIVELY_AT_END

if TYPE_CHECKING:
    from baocao.resolve.context import FigureRecord

__all__ = ["respective_draft"]

_LIST_GAP = regex.compile(r"\s*(?:[-–—,;]|va(?![\p{L}\p{N}]))\s*")        # on folded text
_PART_SEPARATOR = regex.compile(r"\s*[-–—,]\s*|\s+và\s+")
_NUMERAL = regex.compile(r"(?:[IVX]{1,4}|\d{1,2})")


def respective_draft(ctx: Context, fig: Figure, role: Role, clause: Clause) -> Optional[Draft]:
    """The indicator a figure of a respectively list goes to (a new one named by its part, or, for a
    plan figure in the parenthesis after the list, the member it is the target of), None when the
    figure is in no such list."""
    rec = fig.rec
    member = ctx.respective_targets.pop(rec.start, None)
    if member is not None:
        owner = ctx.owner.get(member)
        if owner is not None:
            owner.target, high = value_of(rec)
            owner.target_range = high is not None
            ctx.attach(owner, rec)
            return owner
    part = ctx.respective.pop(rec.start, None)
    if part is None:
        if not _opens_a_list(ctx, fig):
            return None
        part = ctx.respective.pop(rec.start)
    name, start, share, first, period = part
    draft = ctx.new_draft(name, start)
    # "tăng tương ứng là 2,3% và 26,1%": the members after the first are changes as it is
    read_figure(ctx, draft, fig, first if role.kind == "level" and first.kind == "change" else role, clause)
    draft.listed_share = share
    if period == _UNDATED:    # a base whose period nothing tells: no period, not the document's
        draft.undated = True
    elif period is not None:    # "Cơ cấu tương ứng của cùng kỳ năm 2020 là …": the base's period
        draft.period, draft.period_source = period, "statement"
    return draft


def _opens_a_list(ctx: Context, fig: Figure) -> bool:
    """True when `fig` opens a respectively list (its members and targets are then in ``ctx``)."""
    lead = fig.lead_start
    marker = RESPECTIVELY_AT_END.search(ctx.folded, lead, fig.start)
    if marker is None and ctx.text[lead:fig.start].strip() == "" and char_before_spaces(ctx.text, lead) == ":":
        # "(Cơ cấu tương ứng của cùng kỳ năm 2020 là: 75,36% - …)": the colon ended the figure's lead
        opening = _COLON_LEAD.search(ctx.text, max(0, lead - COLON_REACH), lead)
        lead = opening.end() if opening is not None else fig.lead_start
        marker = RESPECTIVELY_AT_END.search(ctx.folded, lead, fig.start)
        if marker is None or not is_share_name(ctx.text[lead:marker.start()]):
            return False
    if marker is None:
        return False
    name = name_in(ctx, lead, marker.start())
    if name is None:
        return False
    members = _following(ctx, fig.rec)
    parts = _parts(ctx, over_enumeration(ctx, *name), name[1])
    if len(members) < 2 or parts is None or len(parts) not in (1, len(members)):
        return False
    share = is_share_name(ctx.text[lead:marker.start()])
    first = role_of(ctx, fig)
    # only a structure's list answers to statements before it ("tổng mức bán lẻ tăng tương ứng là 2,3% và
    # 26,1%" names its one indicator, a figure for each base of the statement before)
    answered = _answered(ctx, fig.rec, members) if len(parts) == 1 and share else None
    base = _base_in(ctx, marker.start(), fig.start) if answered is not None else None
    listed = next((d.period for d in answered or () if d.period), None)
    for i, rec in enumerate(members):
        label, at = parts[i if len(parts) > 1 else 0]
        start: Optional[int] = at
        period = None
        if answered is not None:
            label, start = answered[i].name, None    # the part's name, carried over
            if base is not None:   # seen from the period of the statement answered, or of its list
                period = base_label(base[2], base[3], answered[i].period or listed) or _UNDATED
        ctx.respective[rec.start] = (label, start, share, first, period)
    plans = _plans_after(ctx, members)
    if len(parts) > 1 and len(plans) == len(members):
        for plan, rec in zip(plans, members):
            ctx.respective_targets[plan.start] = rec.start
    return True


# where the lead of a list after a colon starts: after the last "(" or sentence end before it
_COLON_LEAD = regex.compile(r"(?r)[(.;]\s*")
COLON_REACH = 120
_UNDATED = ""   # the period of a member whose base's period nothing tells
ANSWER_REACH = 400   # the statements a list answers to end at most this far before its first figure


def _answered(ctx: Context, rec: FigureRecord, members: list[FigureRecord]) -> Optional[list[Draft]]:
    """The statements the members of a list whose name lists no parts answer to, in order: the last as
    many statements before it, each of one figure in the members' unit, the last one ending in an
    earlier sentence or an earlier clause within ``ANSWER_REACH``; None when there are not so many."""
    n, unit = len(members), unit_of(rec)[0]
    before = [d for d in ctx.drafts[-n:] if d.figs]
    if len(before) != n:
        return None
    if len(ctx.drafts) > n and _same_unit(ctx.drafts[-n - 1], unit) and \
            "\n" not in ctx.text[ctx.drafts[-n - 1].figs[-1].end:before[0].figs[0].start]:
        return None     # more statements of that unit than members in their paragraph: which is unsure
    if not all(_same_unit(d, unit) for d in before):
        return None     # each answers with one figure in the members' unit
    last = before[-1].figs[0]
    if not (0 <= rec.start - last.end <= ANSWER_REACH) or not _SENTENCE_OR_PAREN.search(ctx.text, last.end, rec.start):
        return None
    return before


def _base_in(ctx: Context, a: int, b: int) -> Optional[Base]:
    """The comparison base inside [a, b) (``tương ứng của cùng kỳ năm 2020 là``), None when none."""
    i = bisect_left(ctx.base_starts, a)
    return ctx.bases[i] if i < len(ctx.bases) and ctx.bases[i][1] <= b else None


def _same_unit(draft: Draft, unit: Optional[str]) -> bool:
    return bool(draft.figs) and unit_of(draft.figs[0])[0] == unit and len(draft.figs) == 1


_SENTENCE_OR_PAREN = regex.compile(r"[.;(]")


def _following(ctx: Context, rec: FigureRecord) -> list[FigureRecord]:
    """`rec` and the figures after it in its unit, each joined to the one before by a list gap."""
    unit = unit_of(rec)[0]
    out = [rec]
    i = bisect_left(ctx.figure_starts, rec.end)
    while i < len(ctx.figures):
        nxt = ctx.figures[i]
        if unit_of(nxt)[0] != unit or not _LIST_GAP.fullmatch(ctx.folded, out[-1].end, nxt.start):
            break
        out.append(nxt)
        i += 1
    return out


def _plans_after(ctx: Context, members: list[FigureRecord]) -> list[FigureRecord]:
    """The plan figures in a parenthesis right after the list's last member, in order ([] when none)."""
    last = members[-1]
    i = bisect_left(ctx.figure_starts, last.end)
    if i == len(ctx.figures):
        return []
    first = ctx.figures[i]
    if unit_of(first)[0] != unit_of(last)[0] or not PLAN_IN_PARENS.match(ctx.folded[last.end:first.start]):
        return []
    plans = _following(ctx, first)
    close = ctx.text.find(")", plans[-1].end)
    return plans if close >= 0 and not ctx.text[plans[-1].end:close].strip(" .") else []


def _parts(ctx: Context, a: int, b: int) -> Optional[list[tuple[str, int]]]:
    """(label, clean start) of each part the name [a, b) lists, None when a numeral part has no noun
    to number."""
    out: list[tuple[str, int]] = []
    pos = a
    for m in [*_PART_SEPARATOR.finditer(ctx.text, a, b), None]:
        end = m.start() if m is not None else b
        if end > pos:
            out.append((ctx.text[pos:end], pos))
        pos = m.end() if m is not None else b
    if _NUMERAL.fullmatch(out[0][0]):
        return None           # "vùng I, II": the noun is in another chunk; no name to give
    if not any(_NUMERAL.fullmatch(label) for label, _ in out[1:]):
        return out
    first, start = out[0]
    numeral = regex.search(r"\s(" + _NUMERAL.pattern + r")$", first)
    if numeral is None:
        return None
    noun = first[:numeral.start()]
    heads = list(NAME_HEAD.finditer(noun.lower()))
    if heads:
        start += heads[-1].start()
        noun = noun[heads[-1].start():]
    out[0] = (f"{noun} {numeral.group(1)}", start)
    return [(f"{noun} {label}" if _NUMERAL.fullmatch(label) else label, pos) for label, pos in out]
