"""Consistency checks: places of a report that state the same figure twice, compared.

Reports contain slips: an achievement that is not the value over the target, a percentage that
does not restate the fraction before it, a table that says one thing and the prose another. The
checks read the finished records of a :class:`~baocao.report.Report` (its indicators, its numeric
records and its table cells); they never read a number themselves, only the digits of a figure
already found, to know how precisely it is written. Three checks (``Check.check``):

- ``achievement``: an indicator with a ``value``, a ``target`` and an ``achievement_pct`` written
  as a figure of its own (a percentage of the statement, or the achievement cell of its table
  row): ``value / target * 100`` against the written achievement (``vượt 16%`` is 116);
- ``fraction_percent``: a fraction and the percentage that follows it in the same statement and
  restates it (``33/37, đạt 89,18%``, ``113/118 bản (95,8%)``; ``data/checks.yaml``), whichever
  indicator the two went to: ``numerator / denominator * 100`` against the percentage;
- ``table_prose``: a prose statement and a table row that give the same indicator (same key, or
  names equal but for spelling) for the same period, unit and framing: the table's value against
  the prose's.

*Beyond rounding.* A figure written with its last digit in place ``u`` (``89,18`` → 0.01,
``17 tỷ`` → 10⁹) stands for anything within ``u/2`` of it; an integer count (``33/37``, ``5
xã``) is exact. The expected figure is computed over every combination of its inputs within their
rounding, and the written one agrees when it lies within half its own unit of that range
(``rounding`` = ``rounded``), or when it is the exact figure cut to its decimals, as reports often
write it (``33/37`` = 89,189… written ``89,18%``: ``cut``). A bound or an approximation (``trên
5%``, ``khoảng 83%``) and a range are not checked: they state no exact figure.

Every check made is returned, agreeing or not, so disagreements can be filtered.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Literal, Optional, TypeGuard

import regex

from baocao.core.fold import fold
from baocao.core.rules import Strict, read_rule_file
from baocao.extract.units import COUNTS
from baocao.resolve._rules import words_pattern
from baocao.schema import Check

if TYPE_CHECKING:
    from baocao.report import Report
    from baocao.resolve.context import FigureRecord
    from baocao.schema import Fraction, Indicator, Percentage, Record
    from baocao.schema.records import CheckName
    from baocao.structure.tables import TidyCell

Rounding = Literal["rounded", "cut"]   # how a written figure agrees with the exact one (agree)

NUMERIC_KINDS = frozenset({"percentage", "money", "quantity", "fraction"})
NAME_SIMILARITY = 90
"""rapidfuzz ``ratio`` (0-100) of two folded names above which they name the same indicator."""

# A numeral as written: digits grouped by '.', ',' or a space before exactly three digits.
_NUMERAL = regex.compile(r"(?<![0-9])[0-9]+(?:[.,][0-9]+|[ \u00a0\u202f][0-9]{3}(?![0-9]))*")
_CLAUSE_BREAK = regex.compile(r"[;:!?\n\t]")
_AFTER = regex.compile(r"[^,;:.!?()\[\]\n\t]*")   # the words after a figure, to the next mark
_EPS = 1e-9


class _ChecksFile(Strict):
    restate_before: list[str]
    excess_before: list[str]
    not_between: list[str]
    not_after: list[str]
    name_must_agree: list[str]


@dataclass(frozen=True)
class _Vocabulary:
    """``data/checks.yaml`` compiled (folded text, whole words)."""

    data: _ChecksFile
    restate: regex.Pattern[str]     # the words between a fraction and its percentage end so
    excess: regex.Pattern[str]      # ... or so, and the percentage is the excess (vượt)
    blocked: regex.Pattern[str]     # a change or a part between them: no check
    compared: regex.Pattern[str]    # a comparison base after the percentage: no check
    name_words: tuple[regex.Pattern[str], ...]   # each in both names or in neither


@cache
def _rules() -> _Vocabulary:
    data = read_rule_file(Path(__file__).with_name("data") / "checks.yaml", _ChecksFile)
    return _Vocabulary(
        data=data,
        restate=regex.compile(words_pattern(data.restate_before) + r"[\s(]*$|\(\s*$"),
        excess=regex.compile(words_pattern(data.excess_before) + r"[\s(]*$"),
        blocked=regex.compile(words_pattern(data.not_between)),
        compared=regex.compile(words_pattern(data.not_after)),
        name_words=tuple(regex.compile(words_pattern([w])) for w in data.name_must_agree))


def _count_units() -> frozenset[str]:
    return COUNTS


# ---------------------------------------------------------------- how precisely a figure is written
def numerals(text: str) -> list[tuple[int, int, str]]:
    """The numerals of ``text``: (start, end, digits).

    >>> numerals("4.686,23ha/5.153,01ha")
    [(0, 8, '468623'), (11, 19, '515301')]
    """
    return [(m.start(), m.end(), regex.sub(r"[^0-9]", "", m.group())) for m in _NUMERAL.finditer(text)]


def unit_of_last_digit(digits: str, value: float) -> Optional[float]:
    """The place value of the last digit written, when ``digits`` write ``value`` (with a scale
    word or not): ``10**k`` with ``value == int(digits) * 10**k``; None when they do not.

    >>> unit_of_last_digit("8918", 89.18), unit_of_last_digit("17", 17e9), unit_of_last_digit("2800", 28.0)
    (0.01, 1000000000.0, 0.01)
    >>> unit_of_last_digit("17", 18.0) is None
    True
    """
    n = int(digits)
    v = abs(value)
    if n == 0:
        return 10.0 ** -(len(digits) - 1) if v == 0 else None
    k = round(math.log10(v / n)) if v else None
    if k is None:
        return None
    step = 10.0 ** k
    return step if abs(n * step - v) <= _EPS * max(v, 1.0) else None


def _step_in(text: str, value: float, skip: tuple[int, ...] = ()) -> Optional[tuple[float, int]]:
    """(unit of the last digit, index) of the first numeral of ``text`` that writes ``value``."""
    for i, (_, _, digits) in enumerate(numerals(text)):
        if i in skip:
            continue
        step = unit_of_last_digit(digits, value)
        if step is not None:
            return step, i
    return None


def _half(step: float, unit: Optional[str]) -> float:
    """How far the true figure may lie from one written with last digit ``step``: nothing for an
    integer count (a count unit, or no unit at all), else half the step."""
    if step == 1.0 and (unit is None or unit in _count_units()):
        return 0.0
    return step / 2


def agree(lo: float, hi: float, written: float, step: float) -> Optional[Rounding]:
    """How ``written`` (last digit in place ``step``) agrees with an exact figure known to lie in
    ``[lo, hi]``: ``rounded`` (within half a step), ``cut`` (the figure with its further decimals
    dropped), or None.

    >>> agree(89.189, 89.190, 89.19, 0.01), agree(89.189, 89.190, 89.18, 0.01), agree(89.189, 89.190, 89.17, 0.01)
    ('rounded', 'cut', None)
    """
    eps = _EPS * max(abs(lo), abs(hi), abs(written), 1.0)
    if lo - step / 2 - eps <= written <= hi + step / 2 + eps:
        return "rounded"
    w = abs(written)
    a, b = (lo, hi) if written >= 0 else (-hi, -lo)
    if b + eps >= w and a - eps < w + step:
        return "cut"
    return None


def _ratio_range(n: float, hn: float, d: float, hd: float) -> Optional[tuple[float, float]]:
    """The range of ``n / d * 100`` over n ± hn, d ± hd; None when d may be zero."""
    if abs(d) <= hd:
        return None
    values = [(n + a) / (d + b) * 100 for a in (-hn, hn) for b in (-hd, hd)]
    return min(values), max(values)


def _make(check: CheckName, report: Report, first: tuple[int, int], second: tuple[int, int],
          expected: float, lo: float, hi: float, written: float, step: float, message: str, *,
          name: Optional[str] = None, key: Optional[str] = None, period: Optional[str] = None,
          unit: Optional[str] = None) -> Check:
    how = agree(lo, hi, written, step)
    tolerance = step / 2 + max(hi - expected, expected - lo, 0.0)
    verdicts: dict[Optional[Rounding], str] = {"rounded": "agree", "cut": "agree (cut to the decimals written)"}
    verdict = verdicts.get(how, "disagree")
    o = report.original
    return Check(check=check, ok=how is not None, expected=expected, written=written,
                 tolerance=tolerance, rounding=how, start=first[0], end=first[1],
                 text=o[first[0]:first[1]], other_start=second[0], other_end=second[1],
                 other_text=o[second[0]:second[1]], name=name, key=key, period=period, unit=unit,
                 message=f"{message}: {verdict}", doc=report.doc)


def _fmt(x: float) -> str:
    return f"{x:.6g}" if abs(x) < 1e6 else f"{x:.6e}"


def _exact(ind: Indicator) -> bool:
    """True when the record states an exact value: no bound or approximation (``qualifier``), no
    range (``value_max``)."""
    return ind.qualifier is None and ind.value_max is None


# ---------------------------------------------------------------- achievement
def _row_cells(report: Report, start: int) -> tuple[list[TidyCell], Optional[TidyCell]]:
    """The table cells of the row whose cell starts at ``start``, and that cell."""
    for t in report.tables:
        if t.start <= start < t.end:
            cell = next((c for c in t.cells if c.start == start), None)
            if cell is None:
                return [], None
            return [c for c in t.cells if c.row == cell.row], cell
    return [], None


def _is_achievement(value: float, ach: float) -> bool:
    return abs(value - ach) < _EPS * max(abs(ach), 1) or abs(value + 100 - ach) < _EPS * max(abs(ach), 1)


def _achievement_check(report: Report, ind: Indicator, by_span: dict[tuple[int, ...], FigureRecord]
                       ) -> Optional[Check]:
    v, t, ach = ind.value, ind.target, ind.achievement_pct
    if v is None or t is None or ach is None or not t or not _exact(ind):
        return None
    if ind.source == "table":
        cells, cell = _row_cells(report, ind.start)
        if cell is None or cell.denominator is not None:
            return None
        written = next((c for c in cells if c.start > cell.start and c.unit == "%" and c.value is not None
                        and c.qualifier is None and _is_achievement(c.value, ach)), None)
        target = next((c for c in cells if c is not cell and c.value == t and c.unit == ind.unit
                       and c.qualifier is None and c.value_max is None), None)
        if written is None or target is None or written.value is None:   # (it has a value)
            return None
        sv = _step_in(cell.raw, v)
        st = _step_in(target.raw, t)
        sa = _step_in(written.raw, written.value)
        w_span, w_value = (written.start, written.end), written.value
    else:
        figs = [by_span[tuple(f)] for f in ind.figures if tuple(f) in by_span]
        pcts = [r for r in figs if r.kind == "percentage" and r.qualifier is None and r.value_max is None
                and _is_achievement(r.value, ach)]
        if not pcts:
            return None                      # an achievement computed, not written: nothing to compare
        w = pcts[-1]
        others = [r for r in figs if r is not w]
        text = "\n".join(r.text for r in others)   # numerals never run across the join
        sv = _step_in(text, v)
        st = _step_in(text, t, skip=(sv[1],) if sv else ())
        sa = _step_in(w.text, w.value)
        w_span, w_value = (w.start, w.end), w.value
    if sv is None or st is None or sa is None:
        return None
    rng = _ratio_range(v, _half(sv[0], ind.unit), t, _half(st[0], ind.unit))
    if rng is None:
        return None
    expected = v / t * 100
    written_ach = w_value if abs(w_value - ach) < _EPS * max(abs(ach), 1) else w_value + 100
    msg = (f"achievement {_fmt(written_ach)}% written, value/target = {_fmt(v)}/{_fmt(t)} "
           f"= {_fmt(expected)}%")
    return _make("achievement", report, (ind.start, ind.end), w_span, expected, rng[0], rng[1],
                 written_ach, sa[0], msg, name=ind.name, key=ind.key, period=ind.period, unit="%")


# ---------------------------------------------------------------- fraction and percentage
def _fraction_percent_check(report: Report, frac: Fraction, pct: Percentage) -> Optional[Check]:
    words = _rules()
    if (frac.qualifier is not None or pct.qualifier is not None or pct.value_max is not None
            or pct.per_year or not frac.denominator):
        return None
    if frac.sentence is None or frac.sentence != pct.sentence or frac.footnote != pct.footnote:
        return None
    between = report.original[frac.end:pct.start]
    if regex.search(r"[0-9]", between) or _CLAUSE_BREAK.search(between):
        return None
    f = fold(between)
    if words.blocked.search(f):
        return None
    after = _AFTER.match(report.original, pct.end)          # (it always matches)
    if after is not None and words.compared.search(fold(after.group())):
        return None
    offset = 0.0
    if words.excess.search(f):
        offset = -100.0
    elif not words.restate.search(f):
        return None
    parts = numerals(frac.text)
    if len(parts) < 2:
        return None
    sn = unit_of_last_digit(parts[0][2], frac.numerator)
    sd = unit_of_last_digit(parts[1][2], frac.denominator)
    sp = _step_in(pct.text, pct.value)
    if sn is None or sd is None or sp is None:
        return None
    rng = _ratio_range(frac.numerator, _half(sn, frac.unit), frac.denominator, _half(sd, frac.unit))
    if rng is None:
        return None
    expected = frac.numerator / frac.denominator * 100 + offset
    what = "excess over the denominator" if offset else "percentage"
    msg = (f"{what} {_fmt(pct.value)}% written, {_fmt(frac.numerator)}/{_fmt(frac.denominator)}"
           f"{' - 100%' if offset else ''} = {_fmt(expected)}%")
    return _make("fraction_percent", report, (frac.start, frac.end), (pct.start, pct.end), expected,
                 rng[0] + offset, rng[1] + offset, pct.value, sp[0], msg, unit="%")


# ---------------------------------------------------------------- table and prose
def _same_indicator(a: Indicator, b: Indicator) -> bool:
    """Same key (when both have one) or names equal but for spelling; and the words of
    ``name_must_agree`` in both names or in neither."""
    fa, fb = fold(a.name).strip(), fold(b.name).strip()
    if any(bool(w.search(fa)) != bool(w.search(fb)) for w in _rules().name_words):
        return False
    if a.key is not None and b.key is not None:
        return a.key == b.key
    from rapidfuzz import fuzz

    return fuzz.ratio(fa, fb) >= NAME_SIMILARITY


def _comparable(prose: Indicator, table: Indicator) -> bool:
    measures = (getattr(prose, "measure", None), getattr(table, "measure", None))
    return (None in measures or measures[0] == measures[1]) and (
            prose.period == table.period and prose.unit == table.unit and prose.per == table.per
            and prose.per_year == table.per_year
            and (prose.framing == "target") == (table.framing == "target")
            and (prose.direction is None or prose.per_year)
            and _same_indicator(prose, table))


def _table_prose_check(report: Report, prose: Indicator, table: Indicator,
                       by_span: dict[tuple[int, ...], FigureRecord]) -> Optional[Check]:
    figs = [by_span[tuple(f)] for f in prose.figures if tuple(f) in by_span]
    fig = next((r for r in figs if r.kind != "fraction" and getattr(r, "value", None) == prose.value), None)
    cells, cell = _row_cells(report, table.start)
    if fig is None or cell is None or cell.denominator is not None:
        return None
    if prose.value is None or table.value is None:    # (both have a value: see checks)
        return None
    sp = _step_in(fig.text, prose.value)
    stb = _step_in(cell.raw, table.value)
    if sp is None or stb is None:
        return None
    h = _half(stb[0], table.unit)
    expected = table.value
    msg = (f"{prose.name!r} {prose.period}: prose writes {_fmt(prose.value)}, table {table.column!r} "
           f"{_fmt(expected)}")
    return _make("table_prose", report, (fig.start, fig.end), (cell.start, cell.end), expected,
                 expected - h, expected + h, prose.value, sp[0], msg, name=prose.name,
                 key=prose.key or table.key, period=prose.period, unit=prose.unit)


# ---------------------------------------------------------------- all of them
def checks(report: Report) -> list[Check]:
    """Every consistency check of ``report``, by position (``Report.checks``).

    >>> import baocao
    >>> r = baocao.parse("Có 33/37 xã, đạt 89,18%; 10/12 xã đạt 80%.")
    >>> [(c.check, c.ok, c.text, c.other_text, c.rounding) for c in checks(r)]
    [('fraction_percent', True, '33/37 xã', '89,18%', 'cut'), ('fraction_percent', False, '10/12 xã', '80%', None)]
    """
    numeric = [r for r in report.records if _is_numeric(r)]
    by_span: dict[tuple[int, ...], FigureRecord] = {(r.start, r.end): r for r in numeric}
    inds: list[Indicator] = [i for i in report.indicators if i.kind == "indicator"]
    out: list[Check] = []
    for ind in inds:
        c = _achievement_check(report, ind, by_span)
        if c is not None:
            out.append(c)
    already = {(c.other_start, c.other_end) for c in out}
    for a, b in zip(numeric, numeric[1:]):
        # an achievement check that already compares the percentage with the fraction is enough
        if a.kind == "fraction" and b.kind == "percentage" and (b.start, b.end) not in already:
            c = _fraction_percent_check(report, a, b)
            if c is not None:
                out.append(c)
    table = [i for i in inds if i.source == "table" and i.value is not None and i.period is not None
             and _exact(i)]
    if table:
        for p in inds:
            # a period guessed from the document's date says too little to pair two statements
            if (p.source != "prose" or p.value is None or p.period is None
                    or p.period_source == "document" or not _exact(p)):
                continue
            matches = [t for t in table if _comparable(p, t)]
            if not matches:
                continue
            best = _closest(p, matches)
            c = _table_prose_check(report, p, best, by_span)
            if c is not None:
                out.append(c)
    return sorted(out, key=lambda c: (c.start, c.end, c.other_start, c.check))


def _is_numeric(rec: Record) -> TypeGuard[FigureRecord]:
    return rec.kind in NUMERIC_KINDS


def _closest(prose: Indicator, tables: Iterable[Indicator]) -> Indicator:
    """The table indicator whose name is nearest the prose's (the first of equals), preferring
    the same framing."""
    from rapidfuzz import fuzz

    name = fold(prose.name)
    return max(tables, key=lambda t: (t.framing == prose.framing, fuzz.ratio(name, fold(t.name))))
