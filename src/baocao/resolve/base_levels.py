"""What a comparison base says of the periods around it. The level of a base, written in a
parenthesis right after it (``tăng 6,28% so với cùng kỳ năm trước (6,1%)``, ``tăng gần gấp 2 lần so
với năm 2011 (7.840 tỷ đồng)``), measures the base's period (the same months a year before, ``2011``),
not the period of the statement it follows. A base of a year (``so với năm 2014``, ``cùng kỳ năm
2022``) in a document whose year nothing else says puts a month or a quarter written without its year
in the year after it (``tháng 12 … tăng 2,05% so với năm 2014`` → ``2015-12``); a statement that names no
period at all takes no year from it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Optional

import regex

from baocao.core.rules import compile_at
from baocao.resolve.context import Context, Draft
from baocao.resolve.measure import POINTS
from baocao.resolve.reach import sentence_start_within

__all__ = ["base_label", "base_level_period", "base_opener_period", "level_of_a_base", "year_after_base"]

_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_QUARTER = regex.compile(r"((?:19|20)\d\d)-Q([1-4])")
_MONTH = regex.compile(r"((?:19|20)\d\d)-(\d\d)")
_BARE = regex.compile(r"\(\s*\Z")
_SIGNS = frozenset("+-\u2212\u2013")
_NO_LEVEL_UNITS = frozenset({"lần", POINTS})
_CLOSE = compile_at(r"\s*\)")


def _one_year(label: str) -> Optional[int]:
    """The year of a label that names one year only (``2018-01/2018-06`` → 2018; ``2016-2020`` → None)."""
    years = {int(y) for y in _YEAR.findall(label)}
    return years.pop() if len(years) == 1 else None


def base_label(base: str, year: Optional[int], whole: Optional[str]) -> Optional[str]:
    """The period label of a comparison base (`base` as the period record's ``base``, `year` its
    year when written) seen from the period of the statement compared (`whole`); None when the two
    do not say it.

    >>> base_label("same_period_previous_year", None, "2018-01/2018-06"), base_label("year", 2011, "2020")
    ('2017-01/2017-06', '2011')
    >>> base_label("same_period_year", 2020, "2022-Q2"), base_label("previous_quarter", None, "2022-Q1")
    ('2020-Q2', '2021-Q4')
    >>> base_label("previous_month", None, "2018-01"), base_label("previous_year", None, "2023")
    ('2017-12', '2022')
    >>> base_label("same_period", None, "2016-2020"), base_label("previous_year", None, "2023-Q1")
    (None, None)
    """
    if base == "year":
        return None if year is None else str(year)
    if whole is None:
        return None
    own = _one_year(whole)
    if own is None:
        return None
    if base in ("same_period_previous_year", "same_period", "same_period_year"):
        to = year if base == "same_period_year" else own - 1
        return None if to is None else _YEAR.sub(str(to), whole)
    if base == "previous_year":
        return str(own - 1) if whole == str(own) else None
    if base == "previous_quarter":
        q = _QUARTER.fullmatch(whole)
        if q is None:
            return None
        n = int(q[1]) * 4 + int(q[2]) - 2
        return f"{n // 4}-Q{n % 4 + 1}"
    if base == "previous_month":
        mo = _MONTH.fullmatch(whole)
        if mo is None:
            return None
        n = int(mo[1]) * 12 + int(mo[2]) - 2
        return f"{n // 12}-{n % 12 + 1:02d}"
    return None


def base_level_period(ctx: Context, draft: Draft, whole: Draft) -> None:
    """A statement whose parenthesis holds its one figure and nothing else, right after a comparison
    base, measures the base: its period is the base's, seen from the period of the statement before
    it (`whole`): ``… trong 6 tháng đầu năm 2018 tăng 6,28% so với cùng kỳ năm trước (6,1%)`` →
    ``2017-01/2017-06``; ``… năm 2020 đạt 24.003 tỷ đồng, tăng gấp 2,33 lần so với năm 2011 (10.300 tỷ
    đồng)`` → ``2011``. A signed figure, a multiple or points (a change or a ratio) is no level. When
    the statement before does not tell the base's period (a span of years
    before ``so với cùng kỳ``), the figure has no period: not the statement's, nor a guess."""
    if not draft.in_parens or len(draft.figs) != 1 or draft.figs[0].kind == "fraction":
        return
    fig = draft.figs[0]
    if fig.text[:1] in _SIGNS or draft.unit in _NO_LEVEL_UNITS:
        return      # "(-0,99%)", "(2,5 lần)", "(+1,2 điểm phần trăm)": a change or a ratio, no level
    opening = _BARE.search(ctx.text, max(0, fig.start - 4), fig.start)
    if opening is None or _CLOSE.match(ctx.text, fig.end) is None:
        return
    paren = opening.start()
    i = bisect_right(ctx.base_starts, paren) - 1
    if i < 0:
        return
    start, end, base, year = ctx.bases[i]
    if end > paren or ctx.text[end:paren].strip():
        return
    label = base_label(base, year, whole.period)
    draft.period, draft.period_source = label, "statement" if label is not None else None
    draft.undated = label is None


_LEVEL_WORD_AT_END = regex.compile(r"(?<!\p{L})mức(?:\s+tăng(?:\s+trưởng)?)?\s*$")
_GAP = regex.compile(r"\s*")


def level_of_a_base(ctx: Context, draft: Draft) -> Optional[str]:
    """The period of a level written ``mức X cùng kỳ năm Y`` (the level of the same period of year Y:
    ``Con số này thấp hơn mức 7,05% cùng kỳ năm 2018`` → the statement's months in 2018), seen from the
    statement's own period; None for any other statement (``tăng 5% so với cùng kỳ`` compares)."""
    if len(draft.figs) != 1 or draft.period is None:
        return None
    fig = draft.figs[0]
    if not _LEVEL_WORD_AT_END.search(ctx.lower, max(0, fig.start - 20), fig.start):
        return None
    gap = _GAP.match(ctx.text, fig.end)
    after = gap.end() if gap is not None else fig.end
    i = bisect_right(ctx.base_starts, after) - 1
    if i < 0 or ctx.bases[i][0] != after or ctx.folded.startswith("so", after):
        return None
    _, _, base, year = ctx.bases[i]
    if base not in ("same_period_year", "same_period_previous_year"):
        return None
    return base_label(base, year, draft.period)


_OPENER_GAP = regex.compile(r"[\s\-–—+•*]*")
_COMMA = compile_at(r"\s*,")
BASE_OPENER_REACH = 200
"""How far before a statement's first figure the start of its sentence is looked for."""


def base_opener_period(ctx: Context, draft: Draft) -> Optional[str]:
    """The period of a statement whose sentence opens with the same period of another year as its topic,
    with a comma after it and no ``so với`` (``Cùng kỳ năm 2018, cơ cấu nền kinh tế tương ứng là 14,13%;
    33,83%; …`` in a report of the first half of 2019 → ``2018-01/2018-06``; ``Cùng kỳ năm trước, tỷ lệ
    này là 5,2%``): that period, seen from the statement's own (:func:`base_label`); None for any other
    statement, and when the statement's period does not tell it."""
    if draft.period is None or not draft.figs:
        return None
    first = draft.figs[0].start
    a = sentence_start_within(ctx.text, first, BASE_OPENER_REACH)
    if a == first - BASE_OPENER_REACH and a > 0:
        return None         # no sentence start in reach
    gap = _OPENER_GAP.match(ctx.text, a, first)
    at = gap.end() if gap is not None else a
    i = bisect_left(ctx.base_starts, at)
    if i >= len(ctx.bases) or ctx.bases[i][0] != at or ctx.bases[i][1] > first or ctx.folded.startswith("so", at):
        return None     # "So với cùng kỳ năm trước, … giảm 1,2%": compared, not the base's level
    _, end, base, year = ctx.bases[i]
    if base not in ("same_period_year", "same_period_previous_year") or not _COMMA.match(ctx.text, end, first):
        return None
    return base_label(base, year, draft.period)


Base = tuple[int, int, str, Optional[int]]
_SENTENCE_END = regex.compile(r"[.!?](?=\s|$)|\n")
_YEAR_BASES = ("year", "same_period_year")
_START_OF_YEAR = regex.compile(r"(?<!\p{L})dau\s+nam(?!\p{L})")


def year_after_base(bases: list[Base], folded: str, a: int, b: Optional[int] = None) -> Optional[int]:
    """The year after the first comparison base of a year (``_YEAR_BASES``: ``so với năm 2014``, ``cùng kỳ
    năm 2022``) written from clean offset `a` to `b` (by default the end of the sentence): ``tháng 12 chỉ số
    này chỉ tăng 0,11% …, tăng 2,05% so với năm 2014`` → 2015; None for a base at the start of a year
    (``so với đầu năm 2020``: the same year), or none. `bases` as ``Context.bases``, by start; `folded`
    the folded clean text.

    >>> t = "thang 12 tang 0,11%, tang 2,05% so voi nam 2014. nam sau"
    >>> year_after_base([(32, 47, "year", 2014)], t, 0), year_after_base([(32, 47, "year", 2014)], t, 0, 30)
    (2015, None)
    >>> year_after_base([(0, 20, "year", 2020)], "so voi dau nam 2020.", 0)
    """
    if b is None:
        end = _SENTENCE_END.search(folded, a)
        b = end.start() if end else len(folded)
    for start, end_, base, year in bases:
        if start < a or start >= b:
            continue
        if base in _YEAR_BASES and year is not None:
            return None if _START_OF_YEAR.search(folded, start, end_) else year + 1
    return None
