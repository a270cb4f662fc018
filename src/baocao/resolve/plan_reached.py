"""An achievement whatever its verb: a percentage right before a plan base (``KH``, ``kế hoạch giao``), written
in the clause of a statement's level after words that name nothing of their own (``…, mới đạt 31,7% KH``, ``… và
hoàn thành 100% kế hoạch giao``, ``…, chiếm 13,4% kế hoạch``), is how far that statement went against its plan.

Read as a statement of its own such a figure is named by its plan alone (the phrase after it, when the words
before are only verbs and adverbs) and left out (:mod:`baocao.resolve.plan_names`), or held as a share of the
level (after ``chiếm``): the statement loses its achievement and its status. The decision is the naming's own:
the figure goes to the statement before when the name it would take is empty or only plan words, whatever the
verb. Not when its words name something (``tiến độ giải ngân đạt 30% kế hoạch``, ``giải ngân 30% kế hoạch``: a
verb with no plan-only phrase after it names its own statement), nor when they frame it or date it otherwise
(``…, phấn đấu hoàn thành 100% kế hoạch``: a target of its own; ``ước cả năm đạt 105% kế hoạch``), nor after the
end of the level's clause or a parenthesis, nor when the statement has its achievement already or no level
(``chiếm 13,4% tổng vốn`` has no plan base: a share still). Asked by
:func:`baocao.resolve.after_level.after_statement`."""
from __future__ import annotations

from typing import Optional

import regex

from baocao.resolve.context import Context, Draft, Figure
from baocao.resolve.periods import period_in
from baocao.resolve.phrases import name_in, phrase_after, verb_only
from baocao.resolve.plan_names import plan_only_name
from baocao.resolve.roles import Role, base_after, framing_in

__all__ = ["achievement_of_the_level"]

GAP = 40
"""At most this many characters between the statement's last figure and the percentage."""

# between the level and the percentage: no end of the level's clause, no parenthesis, no figure
_OPEN_CLAUSE = regex.compile(r"[^.;:!?()\n\d%]*")


def achievement_of_the_level(ctx: Context, current: Draft, fig: Figure, role: Role) -> Optional[Role]:
    """The achievement role ``fig`` is read into ``current`` with (see the module's text), None when it is none."""
    rec = fig.rec
    if (rec.kind != "percentage" or role.kind not in ("achievement", "level") or current.value is None
            or current.achievement_pct is not None or not current.figs):
        return None
    last = current.figs[-1].end
    if not (last <= fig.lead_start and rec.start - last <= GAP and _OPEN_CLAUSE.fullmatch(ctx.text, last, rec.start)):
        return None
    base, _ = base_after(ctx, rec.end, fig.tail_end)
    if base is None or framing_in(ctx, fig.lead_start, rec.start) or period_in(ctx, fig.lead_start, rec.start):
        return None
    name = name_in(ctx, fig.lead_start, rec.start)
    after = phrase_after(ctx, rec, fig.tail_end)
    if after is not None and not plan_only_name(ctx.text[after[0]:after[1]]):
        return None         # "chiếm 30% kế hoạch vốn": a plan with a name of its own
    if name is not None and (after is None or not verb_only(ctx.text[name[0]:name[1]])):
        return None         # "tiến độ giải ngân đạt 30% kế hoạch", "giải ngân 30% kế hoạch": named by its words
    return role if role.kind == "achievement" else Role("achievement", base=base)
