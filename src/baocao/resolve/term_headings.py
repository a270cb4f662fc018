"""Headings that name a term's targets: ``Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)``.

A heading -- the document's first line (a title, when it ends no sentence and holds no figure) or a
section's heading -- that opens with a target word (``term_heading_targets``, after a list mark and
perhaps a determiner: ``Các``, ``Một số``) and names a span of years governs what it heads: the
statements under it are targets over that span (a statement's own period still dates it). A heading
that names results (``term_heading_results``: ``Kết quả thực hiện các chỉ tiêu nhiệm kỳ 2015-2020``)
governs nothing, nor does one of a document dated in or after the span's last year (a review of the
term, not its targets).
"""
from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING, Optional, Sequence

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import load, words_pattern
from baocao.schema.records import Period, Term

if TYPE_CHECKING:
    from baocao.report import Report

__all__ = ["term_target_headings"]

HEADING_CHARS = 200
"""A heading longer than this is prose."""


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    r = load("indicators")
    opens = regex.compile(
        r"^[\s\p{P}\p{N}IVXLivxl]{0,8}?(?:" + words_pattern(r.term_heading_determiners) + r"[ \u00a0]+)?"
        + words_pattern(r.term_heading_targets))
    return opens, regex.compile(words_pattern(r.term_heading_results))


def _term_period(t: Term) -> Optional[Period]:
    """A term of years (``nhiệm kỳ 2020-2025``) as a period record over its years."""
    if t.start_year is None or t.end_year is None or t.end_year <= t.start_year:
        return None
    return Period(text=t.text, start=t.start, end=t.end, rule=t.rule, period_type="year_range",
                  start_year=t.start_year, end_year=t.end_year, label=f"{t.start_year}-{t.end_year}")


def _span_in(periods: Sequence[Period], starts: list[int], a: int, b: int) -> Optional[Period]:
    """The first span of years written in [a, b)."""
    i = bisect_left(starts, a)
    while i < len(periods) and periods[i].start < b:
        p = periods[i]
        if p.end <= b and p.period_type == "year_range" and p.start_year is not None and p.end_year is not None:
            return p
        i += 1
    return None


def term_target_headings(report: Report, figures: list[int],
                         dated: Optional[int]) -> list[tuple[int, int, int, Period]]:
    """(heading start, start, end, span) for each heading of `report` that frames [start, end) as
    targets over `span` (a period record of a span of years); `figures` are the sorted starts of its
    figures, `dated` the year the document is dated (None when unknown).

    >>> import baocao
    >>> r = baocao.parse("Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)\\n(1) Tỷ lệ lao động qua đào tạo: trên 20%.")
    >>> [(p.label, r.original[s:e].strip()[:3]) for _, s, e, p in term_target_headings(
    ...     r, sorted(x.start for x in r.records if x.kind == "percentage"), None)]
    [('2020-2025', '(1)')]
    """
    text = report.original
    opens, results = _patterns()
    # "giai đoạn 2021-2025" is a period record, "nhiệm kỳ 2020-2025" a term's
    periods = sorted([r for r in report.records if isinstance(r, Period)]
                     + [p for p in (_term_period(r) for r in report.records if isinstance(r, Term)) if p is not None],
                     key=lambda p: p.start)
    starts = [p.start for p in periods]
    spans: list[tuple[int, int, int]] = []      # (heading start, heading end, governed end)
    first = len(text) - len(text.lstrip())
    line_end = text.find("\n", first)
    if line_end > first:
        spans.append((first, line_end, len(text)))
    spans.extend((s.start, s.end, s.content_end) for s in report.sections)
    out: list[tuple[int, int, int, Period]] = []
    for a, b, end in spans:
        heading = text[a:b].strip()
        if not heading or len(heading) > HEADING_CHARS or heading.endswith((".", "!", "?", "…")):
            continue
        k = bisect_left(figures, a)
        if k < len(figures) and figures[k] < b:
            continue
        folded = fold(heading)
        if not opens.search(folded) or results.search(folded):
            continue
        span = _span_in(periods, starts, a, b)
        if span is None or (dated is not None and dated >= (span.end_year or 0)):
            continue
        out.append((a, b, end, span))
    return out
