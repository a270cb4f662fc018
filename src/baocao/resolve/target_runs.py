"""A list of a term's targets goes on over the next paragraphs, with no target word of their own.

A congress's (or a resolution's) news gives the targets of the new term after one lead, then goes on
with one paragraph a group of targets, none with a target word:

- ``Theo đó đến 2030, Đà Nẵng đặt mục tiêu đạt tỷ lệ kết nạp đảng viên mới hằng năm từ 3-4% …`` /
  ``Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt bình quân từ 11%/năm trở lên; …`` /
  ``Vốn đầu tư phát triển … giai đoạn 2026-2030 đạt hơn 710 nghìn tỷ đồng, …`` (all targets);
- ``… trong nhiệm kỳ 2025-2030, tỉnh Cao Bằng phấn đấu, tốc độ tăng trưởng GRDP bình quân đạt 10%/năm
  trở lên; …`` / ``Hằng năm, tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 80% trở lên; …``.

A paragraph opens such a run when its statements from its first target on are all targets, not in a
parenthesis, and the sentence of that first target names them with a target word before its figure
(``vocabulary.TARGET``, not a base: ``vượt kế hoạch``, nor targets reached: ``các chỉ tiêu đạt và
vượt``) and writes a horizon or a term's span of years (``đến 2030``, ``nhiệm kỳ 2025-2030``; not a year's
targets, ``các chỉ tiêu chủ yếu năm 2024``, whose list ends with its paragraph): the run's years
are those and the years of that target's period (of the term a congress opens, when the horizon is
its last year: ``đến 2030`` at a congress opening 2025-2030). The next paragraph goes on with the run when it
follows with no line between (a caption, a heading or a line with no statement ends it), each of its
statements is framed ``actual`` by nothing of its own (or is a target already), none is read against a
plan, it holds none of ``target_paragraph_stops`` (``đã``, ``vừa qua``, ``đến nay``, ``ước`` …: a
paragraph of results, ``Nhiệm kỳ vừa qua, … hoàn thành các chỉ tiêu …``) and every year it writes lies
within the run's years (``giai đoạn 2010 – 2019``, a past span, ends it): its free statements are
targets. The run stops at the first paragraph that does not; ``actual`` stays the default.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from baocao.resolve.plan_bases import sets_targets
from baocao.resolve.reach import sentence_end_within, sentence_start_within
from baocao.resolve.target_paragraphs import LEAD_REACH, SENTENCE_REACH, TARGET_STOPS, YEAR, free_statement
from baocao.resolve.vocabulary import TARGET

if TYPE_CHECKING:
    from baocao.resolve.context import Context, Draft

__all__ = ["carry_target_runs"]

# a term's span of years ("nhiệm kỳ 2025-2030", "2021 – 2025") or a horizon ("đến 2030", "đến năm 2030"),
# on the lowered text
_HORIZON = regex.compile(r"(?<!\d)(?:19|20)\d\d[ \u00a0]*[-–][ \u00a0]*(?:19|20)\d\d(?!\d)"
                         r"|(?<![\p{L}\p{N}])đến[ \u00a0]+(?:năm[ \u00a0]+)?(?:19|20)\d\d(?!\d)")


def _years(text: str, a: int = 0, b: Optional[int] = None) -> list[int]:
    return [int(m.group()) for m in YEAR.finditer(text, a, len(text) if b is None else b)]


def _paragraphs(ctx: Context, drafts: list[Draft]) -> list[list[Draft]]:
    """``drafts`` (in text order, each with a figure) grouped by the line they start on."""
    groups: list[list[Draft]] = []
    last_end = -1
    for draft in drafts:
        start = draft.figs[0].start
        if last_end < 0 or "\n" in ctx.text[last_end:start]:
            groups.append([])
        groups[-1].append(draft)
        last_end = max(last_end, draft.figs[-1].end)
    return groups


def _run_years(ctx: Context, group: list[Draft]) -> Optional[tuple[int, int]]:
    """When ``group`` (a paragraph's statements) opens a run of targets: the first and last of its years."""
    outer = [d for d in group if not d.in_parens and not d.summary]
    first = next((i for i, d in enumerate(outer) if d.framing == "target"), None)
    if first is None or any(d.framing != "target" or d.achievement_pct is not None for d in outer[first:]):
        return None
    draft = outer[first]
    start = draft.figs[0].start
    s = sentence_start_within(ctx.text, start, LEAD_REACH)
    if not sets_targets(ctx, s, start, TARGET):
        return None
    e = sentence_end_within(ctx.text, draft.figs[-1].end, SENTENCE_REACH)
    if _HORIZON.search(ctx.lower, s, e) is None:
        return None         # no term nor horizon: "… các chỉ tiêu cụ thể: …", a year's targets ("năm 2024")
    years = _years(ctx.text, s, e)
    years += _years(draft.period or "")
    term = _years(ctx.new_term or "")
    if term and term[-1] == max(years):
        years += term       # "đến 2030" at a congress opening 2025-2030: the term's years
    return min(years), max(years)


def _line_bounds(ctx: Context, group: list[Draft]) -> tuple[int, int]:
    a = ctx.text.rfind("\n", 0, group[0].figs[0].start) + 1
    b = ctx.text.find("\n", group[-1].figs[-1].end)
    return a, len(ctx.text) if b < 0 else b


def _run_end(ctx: Context, group: list[Draft], years: tuple[int, int], after: int) -> int:
    """Where the run of targets over ``years`` that ended at ``after`` (the end of the paragraph before)
    ends in the paragraph of ``group``: the start of its first sentence that reads as a result, or the
    paragraph's start when a line comes between; the paragraph's end when the run goes on past it."""
    a, b = _line_bounds(ctx, group)
    if ctx.text[after:a].strip():
        return a        # a line between: a caption, a heading, a paragraph with no statement
    ends = [b]
    stop = TARGET_STOPS.search(ctx.lower, a, b)
    if stop is not None:        # a result's words: "Nhiệm kỳ vừa qua, …", "đến nay"
        ends.append(stop.start())
    ends.extend(m.start() for m in YEAR.finditer(ctx.text, a, b)
                if not years[0] <= int(m.group()) <= years[1])      # a year out of the run: "2010 – 2019"
    # an estimate, a statement framed by its own words, one read against a plan
    ends.extend(d.figs[0].start for d in group
                if d.achievement_pct is not None or not (d.framing == "target" or free_statement(d)))
    end = min(ends)
    return b if end == b else max(a, sentence_start_within(ctx.text, end, end - a))


def carry_target_runs(ctx: Context, drafts: list[Draft]) -> None:
    """Frame as targets the statements of the paragraphs that go on with a run of a term's targets
    opened by the paragraph before them (see the module's text); ``drafts`` in text order."""
    years: Optional[tuple[int, int]] = None
    after = -1
    for group in _paragraphs(ctx, drafts):
        a, b = _line_bounds(ctx, group)
        end = a if years is None else _run_end(ctx, group, years, after)
        for draft in group:
            if draft.figs[0].start < end and free_statement(draft):
                draft.framing = "target"
        if end < b:         # the run ended here, or none ran: this paragraph may open one
            years = _run_years(ctx, group) if end == a else None
        after = b
