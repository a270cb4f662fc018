"""The status a statement reached against its plan, written in a clause of its own right after it, with no
percentage.

A status word after a statement's figure is read in the figure's tail (``roles.status_after``: ``GRDP tăng
10,05%, vượt kế hoạch đề ra.``); reports also write the status after a comma as a clause of its own, which a
figure after it (a rank, the plan's own figure) or the next statement's lead takes from that tail, or with
``đạt``, which is no status word alone (it reaches every level): ``tổng sản phẩm trên địa bàn (GRDP) tỉnh ước
tăng 10,05%, vượt kế hoạch đề ra và đưa Hưng Yên … xếp thứ 7/63`` (371), ``… đạt 10.482,24 tỷ đồng, tăng 7,15%
so với năm 2017, đạt mục tiêu Nghị quyết đề ra`` (095), ``… đạt trên 466,9 tỷ đồng, đạt kế hoạch đề ra`` (181),
``… còn 26,83%, giảm 6,05% so với năm 2016, vượt chỉ tiêu Nghị quyết … đề ra là mỗi năm giảm 6%`` (212), ``GRDP
tăng 7,61%, vượt so với kế hoạch HĐND tỉnh giao (7 - 7,5%)`` (297), ``… đạt 250 triệu USD, vượt 50 triệu USD so
với kế hoạch`` (280: an excess in the statement's unit), ``… ước đạt 40.869,6 tấn, vượt 204,4 tấn so với kế
hoạch`` (179).

:func:`status_written_after` reads, right after one of the statement's figures (perhaps after its comparison
base, ``so với năm 2017``, or a parenthesis), a comma, then a verb of ``plan_reached_status`` as written (not
``đặt``), perhaps an excess in the statement's unit (a figure: no word of manner, ``đạt thấp so với kế hoạch``,
``hoàn thành chậm so với kế hoạch``, says no status), perhaps ``so với``, then a plan base (``bases``:
``kế hoạch``, ``chỉ tiêu``, ``mục tiêu Nghị quyết``, …). Never for a target (a goal has no status) nor where
an achievement gives the status; no other figure may stand between.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Optional

from baocao.core.rules import compile_at
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import unit_of
from baocao.resolve.vocabulary import WORDS, exact_forms

if TYPE_CHECKING:
    from baocao.resolve.context import Context, Draft
    import regex

    from baocao.schema.records import Status

__all__ = ["status_written_after"]

REACH = 160
"""How far after a figure the clause of the status is looked for (characters)."""
_GAP = r"[^\S\n]"
_BASES = words_pattern([w for b in WORDS.bases for w in b.words])
_STATUS_OF = {form: s.status for s in WORDS.plan_reached_status for form in exact_forms(s.words)}
#: after a figure (folded text): its comparison base or a parenthesis, a comma, a verb of status, an excess (a
#: figure: no words of manner, ``đạt thấp so với kế hoạch``), ``so với``, a plan base
STATUS_CLAUSE = compile_at(
    rf"(?:{_GAP}+{words_pattern(WORDS.base_prefixes)}(?:{_GAP}+(?!va(?![\p{{L}}\p{{N}}]))[\p{{L}}\p{{N}}/.-]+){{1,4}})?"
    rf"(?:{_GAP}*\([^()\n]{{0,80}}\))?"
    rf"{_GAP}*,{_GAP}*(?P<verb>{words_pattern([w for s in WORDS.plan_reached_status for w in s.words])})"
    rf"(?:{_GAP}+muc(?![\p{{L}}\p{{N}}]))?"     # "vượt mức kế hoạch"
    rf"(?P<excess>{_GAP}+\d(?:[^,;:()%\n]|(?<=\d),(?=\d)){{0,29}}?)?(?:{_GAP}+{words_pattern(WORDS.base_prefixes)})?"
    rf"{_GAP}+{_BASES}")


def status_written_after(ctx: Context, draft: Draft) -> Optional[Status]:
    """The status of the clause after one of ``draft``'s figures that says what it reached against its plan
    (the module's shape), else None.

    >>> import baocao
    >>> r = baocao.parse("Năm 2023, GRDP ước tăng 10,05%, vượt kế hoạch đề ra và xếp thứ 7/63 tỉnh.")
    >>> [(i.text, i.status) for i in r.indicators if i.kind == "indicator"]
    [('GRDP ước tăng 10,05%', 'vượt')]
    """
    if draft.status is not None or draft.framing == "target" or draft.achievement_pct is not None:
        return None
    for rec in sorted(draft.figs, key=lambda r: r.start):
        m = STATUS_CLAUSE.match(ctx.folded, rec.end, min(len(ctx.folded), rec.end + REACH))
        if m is None:
            continue
        status = _STATUS_OF.get(" ".join(ctx.lower[m.start("verb"):m.end("verb")].split()))
        if status is None:          # "đặt kế hoạch": a plan set, though it folds as "đạt"
            continue
        if _other_figures(ctx, draft, rec.end, m):
            continue
        return status
    return None


def _other_figures(ctx: Context, draft: Draft, start: int, m: regex.Match[str]) -> bool:
    """True when a figure stands in [start, the match's end) that is not the excess in ``draft``'s unit."""
    i = bisect_left(ctx.figure_starts, start)
    while i < len(ctx.figures) and ctx.figures[i].start < m.end():
        rec = ctx.figures[i]
        excess = 0 <= m.start("excess") <= rec.start and rec.end <= m.end("excess")
        if not (excess and rec.kind != "percentage" and unit_of(rec)[0] == draft.unit):
            return True
        i += 1
    return False
