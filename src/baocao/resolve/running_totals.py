"""A running total named by the statement before it.

A report writes a month's figure, then, in a sentence of its own opened by a running-total word
(``running_total_openers`` in ``data/indicators.yaml``: ``Lũy kế``, ``Tính chung``, ``Cộng dồn``), the
total of the months so far, with no indicator phrase of its own: ``Tổng sản lượng thủy sản tháng 3 đạt
50.000 tấn, tăng 1% so tháng trước. Lũy kế 3 tháng đầu năm đạt 150.500 tấn, bằng 24,3% kế hoạch``;
``… tổng sản lượng thủy sản …: Tháng Tư ước đạt 59.573 tấn, …. Tính chung 4 tháng ước thực hiện 228.344
tấn, …``. The running total is the same indicator: it takes the name of the statement before it, and
keeps its own period (the running total's months) and its own framing (``ước``), read from its own words
as for any statement.

A sentence that opens with a period and goes straight on to a statement verb and its figure, with no
subject of its own (``period_opener_leads``, ``period_opener_verbs``: ``Năm 2019, tổng sản lượng … đạt
365.000 tấn, …. Trong 6 tháng đầu năm 2020 đạt hơn 164.890 tấn``; ``… thu nhập bình quân đầu người đạt
27,82 triệu đồng/người/năm; …. Đến đầu năm 2019, đạt 35,04 triệu đồng/người/năm``), is read so too: the
same indicator over the period it opens with.

Only in a bounded reach, and only where the name is sure: the statement before is in the sentence right
before (none across a heading, a sentence that is not read, or a sentence with no statement), not in a
parenthesis nor a part of a breakdown (``…; trong đó sản lượng tôm đạt 17.750 tấn``: the whole's name),
and of the same kind of figure as the running total (the same unit; a change in ``%`` after a change, a
level after a level). Two indicators of that kind before it: no name (the figure stays unattached). A
running total that names its own indicator (``Tính chung 6 tháng, kim ngạch hàng hóa xuất khẩu đạt …``)
keeps it: the name carried is only read where no phrase names the figure
(:func:`~baocao.resolve.statements.place`).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import unit_of
from baocao.resolve.vocabulary import BREAKDOWN_OPENER, WORDS

if TYPE_CHECKING:
    from baocao.resolve.context import Clause, Context, FigureRecord
    from baocao.resolve.roles import Role

__all__ = ["only_an_opener", "running_clause", "running_total_lead", "whole_name"]

REACH = 1500
"""At most this many characters between the start of the sentence before and the running total's sentence."""
_OPENER = regex.compile(r"[\s\-–+•*]*" + words_pattern(WORDS.running_total_openers))
_OPENER_ONLY = regex.compile(r"[\s\-–+•*]*" + words_pattern(WORDS.running_total_openers) + r"[\s,:]*")


# a period opener: the leads before the period, then (past the period record) a comma perhaps and a verb
_PERIOD_LEADS = regex.compile(r"[\s\-–+•*]*(?:" + words_pattern(WORDS.period_opener_leads) + r"[ \u00a0]+){0,2}")
_VERB_AFTER_PERIOD = regex.compile(r"[ \u00a0]*,?[ \u00a0]*" + words_pattern(WORDS.period_opener_verbs) + r"[ \u00a0]+")


def _opens_with_a_period(ctx: Context, start: int) -> bool:
    """True when the sentence at clean offset ``start`` opens with a period record (after at most two
    of ``period_opener_leads``) followed by one of ``period_opener_verbs`` and right after it a figure."""
    leads = _PERIOD_LEADS.match(ctx.folded, start, start + 40)   # matches the empty string at least
    pos = leads.end() if leads is not None else start
    i = bisect_left(ctx.covered_starts, pos)
    if i == len(ctx.covered_starts) or ctx.covered_starts[i] != pos:
        return False
    verb = _VERB_AFTER_PERIOD.match(ctx.folded, ctx.covered[i][1], ctx.covered[i][1] + 40)
    if verb is None:
        return False
    k = bisect_left(ctx.figure_starts, verb.end())
    return k < len(ctx.figure_starts) and ctx.figure_starts[k] == verb.end()


def running_clause(ctx: Context, before: Optional[int], start: int) -> Clause:
    """The clause a sentence starting at clean offset ``start`` is read in: when it opens with a
    running-total word, or with a period and a verb right before its figure, the names of the statements
    of the sentence before it (starting at ``before``; None after a heading or a sentence not read), by
    the kind of their figure (see the module's text); else none."""
    if before is None or start - before > REACH or (_OPENER.match(ctx.folded, start, start + 40) is None
                                                     and not _opens_with_a_period(ctx, start)):
        return {}
    part = BREAKDOWN_OPENER.search(ctx.folded, before, start)
    parts_from = part.start() if part is not None else start
    names: dict[tuple[Optional[str], bool], set[str]] = {}
    first: dict[tuple[Optional[str], bool], str] = {}
    for draft in reversed(ctx.drafts):
        if not draft.figs or draft.figs[0].start < before:
            break
        if (draft.summary or draft.in_parens or draft.figs[0].start >= parts_from or draft.value is None
                or draft.unit is None):
            continue
        kind = (draft.unit, draft.value_changed)
        names.setdefault(kind, set()).add(fold(draft.name).strip().lower())
        first[kind] = draft.name
    running = {kind: first[kind] for kind, folded in names.items() if len(folded) == 1}
    return {"running": running} if running else {}


def only_an_opener(ctx: Context, clause: Clause, span: tuple[int, int]) -> bool:
    """True when the phrase at ``span`` (clean offsets) before a running total's figure is only its
    running-total word (``Cộng dồn 3 tháng đầu năm đạt …``: no name of its own)."""
    return "running" in clause and _OPENER_ONLY.fullmatch(ctx.folded, *span) is not None


def running_total_lead(ctx: Context, a: int, b: int) -> bool:
    """True when a running-total word stands in the figure's lead ``[a, b)`` (clean offsets): ``…
    tháng 7 tăng 70,4% so với cùng kỳ, lũy kế 7 tháng tăng 50,0%``: the months so far, another period
    than the statement before even where no year is written, so never that statement's change."""
    return _OPENER.search(ctx.folded, a, b) is not None


def whole_name(clause: Clause, rec: FigureRecord, role: Role) -> Optional[str]:
    """The name a figure with no phrase of its own and no statement before it in its sentence takes
    from its clause: the statement broken down after ``Phân theo quý:``, else the statement before
    a running total of the same kind (:func:`running_clause`), else None."""
    if "whole" in clause:
        return clause["whole"]
    running = clause.get("running")
    if not running:
        return None
    return running.get((unit_of(rec)[0], role.kind == "change"))
