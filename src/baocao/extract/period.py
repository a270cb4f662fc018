"""Periods: the spans of time a report measures over, and the bases it compares with.

- ``quarter``: ``quý I/2024``, ``quý 03/2022``, ``QuýIV/2023``, ``quý III năm 2023``, ``quý II``,
  ``quý III năm nay`` (this year: the year left null, as for ``9 tháng năm nay``);
- ``months``: ``6 tháng đầu năm 2024`` (1..6), ``9 tháng năm 2025`` (1..9), ``6 tháng cuối năm``
  (7..12), ``02 tháng/2023`` (1..2), ``nửa đầu năm 2025`` (1..6), ``nửa cuối năm`` (7..12): a bare
  ``3 tháng`` is a duration, no period, and so is ``nửa năm``, and a school year's part, ``6 tháng đầu năm học``
  (``part_not_before``), is no months of the year;
- ``month``: ``tháng 12`` written with neither day nor year; before another period of the same
  phrase it takes that one's year (``tháng 12 và cả năm 2024``, ``inferred`` says so);
- ``month_range``: ``từ tháng 3 đến tháng 5/2024``, ``tháng 3-5/2024``;
- ``year``: ``năm 2024``, ``cả năm 2024`` (not a year that dates a founding, a birth or a death:
  ``year_not_after`` in ``data/periods.yaml``, nor a founding's year after what was founded,
  ``tái lập tỉnh (năm 1992)``: ``founding_words``; not ``năm 2024`` inside a date or a longer period);
- ``year_range``: ``giai đoạn 2021-2025``, ``thời kỳ 2011 - 2020``, ``từ năm 2016 đến năm 2020``,
  ``từ năm 2020 đến nay`` (end year null), and a count of years with its span in a parenthesis, the count
  as many years as the span holds or as a term's years (``bình quân 2 năm (2021 - 2022)``, ``Qua 5 năm
  (2006-2010)``, ``5 năm (2015-2020)``; not an anniversary's, ``Kỷ niệm 25 năm (1997 - 2022)``);
- ``comparison``: ``cùng kỳ năm trước``, ``so với cùng kỳ``, ``cùng kỳ năm 2023``, ``cùng kỳ 2020``, ``so với năm
  2020``, ``so với tháng trước`` (``base`` says which).

Vocabulary in ``data/periods.yaml``; every word matches in any case (headings in capitals).
"""
from __future__ import annotations

from typing import Any, Iterator, Optional, Protocol

import regex

from baocao.core.rules import alternation
from baocao.document import Document
from baocao.extract._base import make
from baocao.extract._rules import load
from baocao.core.numbers import match_near
from baocao.extract.date import GAP as _GAP, MONTH_NAMES, keyword_starts, month_number, wrap_ok
from baocao.schema import Period

KIND = "period"
WORD_SCANS = True   # reads the word scans of date.py (see date.WORD_SCANS)
_RULES = load("periods")
_SP = r"[ \u00a0]"
_OGAP = rf"(?:{_GAP})?"   # words may also be joined by one line break (date.GAP)
_YEAR = r"(?:19\d\d|20\d\d|2100)"
_END = r"(?![\p{L}\p{N}]|[/.,]\d)"
_DASHCH = r"\-–—‐‑"
_DASH = rf"[{_DASHCH}]"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# "năm nay" (this year) after a quarter or a part of the year: the year is the document's, not written
_NOW = alternation(_RULES.this_year, flags="i", gap=_GAP)

# Every pattern begins with its keyword (a literal the regex engine finds fast); what must or may
# stand before the keyword (a count, "từ", "cả", "so với", a word that rules it out) is read by a
# pattern searched leftwards ((?r) ... \Z) in a short window before it.
_NOT_GLUED = regex.compile(r"(?r)\p{L}\Z")
_QUARTER = regex.compile(
    rf"{alternation(_RULES.quarter_words, flags='i')}{_OGAP}(?P<q>(?i:iv|i{{1,3}})|0?[1-4])"
    rf"(?![\p{{L}}\p{{N}}])(?:{_SP}*[/{_DASHCH}]{_SP}*(?P<y>{_YEAR})|{_GAP}(?i:năm){_GAP}(?P<y2>{_YEAR})"
    rf"|{_GAP}(?i:năm){_GAP}(?P<now>{_NOW}))?{_END}")
_PARTS = {w.lower(): p.part for p in _RULES.month_parts for w in p.words}
_COUNTS = {w.lower(): n for w, n in _RULES.count_words.items()}
# "6 tháng đầu năm học": a school year's part, no months of the calendar year
_PART_NOT_BEFORE = rf"(?!{_GAP}{alternation(_RULES.part_not_before, flags='i', gap=_GAP)}(?![\p{{L}}\p{{N}}]))"
_MONTHS = regex.compile(
    # "02 tháng/2023": the months from January, their year after a slash
    rf"(?i:tháng)(?:{_SP}*/{_SP}*(?P<slash>{_YEAR})(?![\p{{L}}\p{{N}}]|[/.,]\d)|{_GAP}(?:(?P<part>{alternation(_PARTS, flags='i', gap=_GAP)}){_PART_NOT_BEFORE}"
    rf"(?:(?:{_GAP}(?i:năm))?{_GAP}(?P<y>{_YEAR})|{_GAP}(?P<now>{_NOW}))?(?![\p{{L}}\p{{N}}])"
    # "6 tháng 2023": the months from January, their year written bare (not a range, not a date)
    rf"|(?P<bare>{_YEAR})(?![\p{{L}}\p{{N}}]|[/.,]\d|{_SP}*{_DASH}{_SP}*\d)))")
_HALF_PARTS = {w.lower(): _PARTS[w.lower()] for w in _RULES.half_parts}
# "nửa đầu năm 2025", "nửa cuối năm nay": half a year, its year written or not
_HALF = regex.compile(
    rf"{alternation(_RULES.half_words, flags='i')}{_GAP}(?P<part>{alternation(_HALF_PARTS, flags='i', gap=_GAP)}){_PART_NOT_BEFORE}"
    rf"(?:{_GAP}(?P<y>{_YEAR})|{_GAP}(?P<now>{_NOW}))?(?![\p{{L}}\p{{N}}]|[/.,]\d)")
_HALF_FIRST = sorted({w.split()[0].lower() for w in _RULES.half_words})
_COUNT_BEFORE = regex.compile(
    rf"(?r)(?<![\p{{L}}\p{{N}}]|\p{{N}}[.,/]|[.,/]\p{{N}})(?P<n>\d{{1,2}}|{alternation(_COUNTS, flags='i', gap=_GAP)})"
    rf"{_GAP}\Z")
_MONTH = regex.compile(
    rf"(?i:tháng){_GAP}(?:(?P<m>0?[1-9]|1[0-2])(?![\p{{L}}\p{{N}}]|[/.,{_DASHCH}]\d)"
    rf"|(?P<mw>{alternation(MONTH_NAMES, gap=_GAP)})(?![\p{{L}}\p{{N}}])(?!{_GAP}(?i:năm){_GAP}\d|{_SP}*[/{_DASHCH}]{_SP}*\d)"
    rf"(?!{_GAP}{alternation(_RULES.month_name_not_before, gap=_GAP)}(?![\p{{L}}\p{{N}}])))")
_MONTH_BLOCKED = regex.compile(
    rf"(?r)(?:(?<!\p{{L}}){alternation(_RULES.month_not_after, flags='i')}{_OGAP}|[\p{{N}}{_DASHCH}/.]{_SP}*)\Z")
_MONTH_RANGE = regex.compile(
    rf"(?i:tháng){_GAP}(?P<m1>0?[1-9]|1[0-2]){_OGAP}"
    rf"(?:{_DASH}|(?i:đến|tới)(?!\p{{L}})){_OGAP}(?:(?i:tháng){_GAP})?(?P<m2>0?[1-9]|1[0-2])"
    rf"(?:{_SP}*[/{_DASHCH}]{_SP}*(?P<y>{_YEAR})|{_GAP}(?i:năm){_GAP}(?P<y2>{_YEAR}))?{_END}")
_TU_BEFORE = regex.compile(rf"(?r)(?<!\p{{L}})(?i:từ){_GAP}\Z")
_YEAR_ONE = regex.compile(
    rf"(?i:năm){_GAP}(?P<y>{_YEAR})(?![\p{{L}}\p{{N}}]|[/.,]\d|{_SP}*{_DASH}{_SP}*\d)")
_YEAR_BLOCKED = regex.compile(
    rf"(?r)(?:(?<!\p{{L}}){alternation(_RULES.year_not_after, flags='i', gap=_GAP)}{_GAP}(?:(?i:vào){_GAP})?"
    rf"|(?<!\p{{L}}){alternation(_RULES.law_words, gap=_GAP)}(?:{_GAP}\p{{L}}+){{0,4}}{_GAP}"
    rf"|(?<!\p{{L}}){alternation(_RULES.founding_words, flags='i', gap=_GAP)}"
    rf"(?:{_GAP}(?!(?i:mới|trong)(?!\p{{L}}))\p{{L}}+){{0,3}}(?:{_GAP}|{_SP}*\({_SP}*))\Z")
_CA_BEFORE = regex.compile(rf"(?r)(?<!\p{{L}})(?i:cả){_GAP}\Z")
_YEAR_RANGE = regex.compile(
    rf"{alternation(_RULES.range_keywords, flags='i', gap=_GAP)}{_SP}*:?{_OGAP}(?:(?i:từ){_GAP})?"
    rf"(?:(?i:năm){_GAP})?(?P<y1>{_YEAR}){_OGAP}(?:{_DASH}|(?i:đến|tới)(?!\p{{L}})){_OGAP}"
    rf"(?:(?i:năm){_GAP})?(?P<y2>{_YEAR}){_END}")
# the first words of the range keywords, each looked for alone (a literal is found fast)
_RANGE_FIRST = sorted({k.split()[0].lower() for k in _RULES.range_keywords})
# "từ năm 2018 – 2023" with a spaced dash; glued, "từ năm 2020-2024" leaves the bare span a term
_FROM_TO = regex.compile(
    rf"(?i:năm){_GAP}(?P<y1>{_YEAR})(?:{_OGAP}(?i:đến|tới)(?!\p{{L}})|{_SP}+{_DASH})"
    rf"{_OGAP}(?:(?:(?i:năm){_GAP})?(?P<y2>{_YEAR}){_END}|(?P<nay>(?i:nay))(?!\p{{L}}))")
# a count of years with its span in a parenthesis ("2 năm (2021 - 2022)"), searched from "năm"; the count
# before it, in digits or words ("Năm năm (2016-2020)"), read leftwards
_COUNTED_SPAN = regex.compile(
    rf"(?i:năm){_SP}*\({_SP}*(?P<y1>{_YEAR}){_SP}*{_DASH}{_SP}*(?P<y2>{_YEAR}){_SP}*\)")
_YEAR_COUNT_BEFORE = regex.compile(
    rf"(?r)(?<![\p{{L}}\p{{N}}.,])(?P<n>\d{{1,2}}|{alternation(list(_COUNTS), flags='i', gap=_GAP)}){_GAP}\Z")
# an anniversary's count ("Kỷ niệm 25 năm (1997 - 2022) tái lập tỉnh"), as a year after these is none
_COUNT_BLOCKED = regex.compile(
    rf"(?r)(?<!\p{{L}}){alternation(_RULES.year_not_after, flags='i', gap=_GAP)}{_GAP}\Z")
# the bases before a year ("cùng kỳ năm 2023", "cùng kỳ 2020") and those without one ("cùng kỳ"): one
# word may be both, the year after it says which
_YEAR_BASES = {w.lower(): c for c in _RULES.comparisons if c.year for w in c.words}
_PLAIN_BASES = {w.lower(): c for c in _RULES.comparisons if not c.year for w in c.words}
_BASES = {**_YEAR_BASES, **_PLAIN_BASES}


def _bases(lead: bool) -> str:
    """The comparison bases (those only after "so với" when `lead`, else the others)."""
    year = [w for w, c in _YEAR_BASES.items() if c.needs_lead == lead]
    plain = [w for w, c in _PLAIN_BASES.items() if c.needs_lead == lead]
    return (rf"(?:(?P<by>{alternation(year, flags='i', gap=_GAP)}){_GAP}(?P<y>{_YEAR})"
            rf"(?![.,]\d|{_SP}*{_DASH}{_SP}*\d)"
            rf"|(?P<bn>{alternation(plain, flags='i', gap=_GAP)}))(?![\p{{L}}\p{{N}}])")


_COMPARISON = regex.compile(_bases(False))
# the first words of the bases that need no "so với", each looked for alone
_BASE_FIRST = sorted({w.split()[0] for w, c in _BASES.items() if not c.needs_lead})
_LEAD_FIRST = sorted({w.split()[0].lower() for w in _RULES.comparison_lead + _RULES.comparison_short_lead})
_QUARTER_WORDS = sorted({w.lower() for w in _RULES.quarter_words})
_COMPARISON_LED = regex.compile(
    rf"(?P<lead>{alternation(_RULES.comparison_lead + _RULES.comparison_short_lead, flags='i', gap=_GAP)}){_GAP}"
    rf"{_bases(True)}")
_LEAD_BEFORE = regex.compile(
    rf"(?r)(?<!\p{{L}})(?:(?P<lead>{alternation(_RULES.comparison_lead, flags='i', gap=_GAP)})"
    rf"|{alternation(_RULES.comparison_short_lead, flags='i', gap=_GAP)}){_GAP}\Z")
_JOINED = regex.compile(rf"{_OGAP}(?:,|(?i:và)(?!\p{{L}})){_OGAP}")


def _glued(text: str, pos: int) -> bool:
    """True when a letter stands right before `pos` (the keyword is inside a longer word)."""
    return pos > 0 and _NOT_GLUED.search(text, pos - 1, pos) is not None


def _ym(year: Optional[int], month: Optional[int]) -> str:
    if month is None:
        return str(year) if year else ""
    return f"{year}-{month:02d}" if year else f"{month:02d}"


class PeriodFields(Protocol):
    """What :func:`label` reads: a Period, or the fields of one about to be made."""

    @property
    def period_type(self) -> str: ...
    @property
    def start_year(self) -> Optional[int]: ...
    @property
    def start_month(self) -> Optional[int]: ...
    @property
    def end_year(self) -> Optional[int]: ...
    @property
    def end_month(self) -> Optional[int]: ...
    @property
    def base(self) -> Optional[str]: ...


def label(p: PeriodFields) -> str:
    """The canonical name of a period: ``2024``, ``2021-2025``, ``2024-Q2``, ``2024-01/2024-06``,
    ``2024-12``, a comparison's base (``same_period_previous_year``, ``year 2020``).

    >>> import baocao
    >>> [label(r) for r in baocao.extract("quý II/2024; 6 tháng đầu năm 2024; giai đoạn 2021-2025")]
    ['2024-Q2', '2024-01/2024-06', '2021-2025']
    """
    t = p.period_type
    if t == "year":
        return str(p.start_year)
    if t == "year_range":
        return f"{p.start_year}-{p.end_year or ''}"
    if t == "quarter":
        assert p.start_month is not None, "a quarter has its months"
        q = f"Q{(p.start_month + 2) // 3}"
        return f"{p.start_year}-{q}" if p.start_year else q
    if t == "month":
        return _ym(p.start_year, p.start_month)
    if t == "comparison":
        assert p.base is not None, "a comparison has its base"
        return p.base + (f" {p.start_year}" if p.start_year else "")
    return f"{_ym(p.start_year, p.start_month)}/{_ym(p.end_year, p.end_month)}"


class _Fields:
    """The fields of a period about to be made, for :func:`label`."""

    period_type: str
    start_year: Optional[int]
    start_month: Optional[int]
    end_year: Optional[int]
    end_month: Optional[int]
    base: Optional[str]

    def __init__(self, fields: dict[str, Any]):
        self.__dict__.update(dict.fromkeys(("start_year", "start_month", "end_year", "end_month", "base")))
        self.__dict__.update(fields)


def _period(doc: Document, start: int, end: int, rule: str, **fields: Any) -> Period:
    return make(doc, Period, start, end, rule=rule, label=label(_Fields(fields)), **fields)


def extract(doc: Document) -> Iterator[Period]:
    """Yield periods and comparison bases (candidates: ``baocao.extract`` keeps the longest of
    those that overlap, ``cả năm 2024`` rather than its ``năm 2024``).

    >>> import baocao
    >>> [(r.text, r.period_type, r.start_month, r.end_month, r.end_year)
    ...  for r in baocao.extract("tháng 12 và cả năm 2024")]
    [('tháng 12', 'month', 12, 12, 2024), ('cả năm 2024', 'year', 1, 12, 2024)]
    """
    text = doc.text
    out: list[Period] = []
    quarters = (match_near(_QUARTER, text, p) for w in _QUARTER_WORDS for p in keyword_starts(doc, w))
    for m in quarters:
        if m is None or _glued(text, m.start()):
            continue
        q = m["q"].lower()
        q = _ROMAN[q] if q in _ROMAN else int(q)
        y = int(m["y"] or m["y2"]) if (m["y"] or m["y2"]) else None
        out.append(_period(doc, m.start(), m.end(), "period.quarter", period_type="quarter",
                           start_year=y, end_year=y, start_month=3 * q - 2, end_month=3 * q))
    months = []
    for pos in keyword_starts(doc, "tháng"):
        if _glued(text, pos):
            continue
        m = match_near(_MONTHS, text, pos)
        c = _COUNT_BEFORE.search(text, max(0, pos - 12), pos) if m else None
        if m is not None and c is not None:
            n = int(c["n"]) if c["n"].isdigit() else _COUNTS[" ".join(c["n"].lower().split())]
            # "năm nay" reads the "năm" that ends the part ("đầu năm nay", "9 tháng năm nay")
            if 1 <= n <= 12 and (not m["now"] or m["part"].lower().endswith("năm")):
                written = m["y"] or m["bare"] or m["slash"]
                y = int(written) if written else None
                first = m["bare"] is not None or m["slash"] is not None or _PARTS[" ".join(m["part"].lower().split())] == "first"
                sm, em = (1, n) if first else (13 - n, 12)
                out.append(_period(doc, c.start(), m.end(), "period.months", period_type="months",
                                   start_year=y, end_year=y, start_month=sm, end_month=em))
        m = match_near(_MONTH_RANGE, text, pos)
        if m is not None and int(m["m1"]) < int(m["m2"]):
            tu = _TU_BEFORE.search(text, max(0, pos - 6), pos)
            y = int(m["y"] or m["y2"]) if (m["y"] or m["y2"]) else None
            out.append(_period(doc, tu.start() if tu else pos, m.end(), "period.month_range",
                               period_type="month_range", start_year=y, end_year=y,
                               start_month=int(m["m1"]), end_month=int(m["m2"])))
        m = match_near(_MONTH, text, pos)
        if m is not None and not _MONTH_BLOCKED.search(text, max(0, pos - 16), pos):
            mo = int(m["m"]) if m["m"] else month_number(m["mw"])
            months.append(_period(doc, pos, m.end(), "period.month", period_type="month",
                                  start_month=mo, end_month=mo))
    for pos in sorted({p for w in _HALF_FIRST for p in keyword_starts(doc, w)}):
        m = match_near(_HALF, text, pos)
        if m is None or _glued(text, pos):
            continue
        y = int(m["y"]) if m["y"] else None
        sm, em = (1, 6) if _HALF_PARTS[" ".join(m["part"].lower().split())] == "first" else (7, 12)
        out.append(_period(doc, pos, m.end(), "period.half", period_type="months",
                           start_year=y, end_year=y, start_month=sm, end_month=em))
    for pos in sorted({p for w in _RANGE_FIRST for p in keyword_starts(doc, w)}):
        m = match_near(_YEAR_RANGE, text, pos)
        if m is None:
            continue
        y1, y2 = int(m["y1"]), int(m["y2"])
        if 0 < y2 - y1 <= 100 and not _glued(text, m.start()):
            out.append(_period(doc, m.start(), m.end(), "period.year_range", period_type="year_range",
                               start_year=y1, end_year=y2))
    for pos in keyword_starts(doc, "năm"):
        if _glued(text, pos):
            continue
        tu = _TU_BEFORE.search(text, max(0, pos - 6), pos)
        m = match_near(_FROM_TO, text, pos) if tu else None
        if m is not None and tu is not None:
            y1, y_end = int(m["y1"]), (int(m["y2"]) if m["y2"] else None)
            if y_end is None or 0 < y_end - y1 <= 100:
                out.append(_period(doc, tu.start(), m.end(), "period.from_to_years",
                                   period_type="year_range", start_year=y1, end_year=y_end))
        m = match_near(_COUNTED_SPAN, text, pos)
        n = _YEAR_COUNT_BEFORE.search(text, max(0, pos - 12), pos) if m is not None else None
        if m is not None and n is not None and not _COUNT_BLOCKED.search(text, max(0, n.start() - 30), n.start()):
            y1, y2 = int(m["y1"]), int(m["y2"])
            count = int(n["n"]) if n["n"].isdigit() else _COUNTS[" ".join(n["n"].lower().split())]
            if count > 1 and y2 - y1 in (count - 1, count):     # "5 năm (2016 - 2020)", a term's "(2015-2020)"
                out.append(_period(doc, n.start(), m.end(), "period.counted_years",
                                   period_type="year_range", start_year=y1, end_year=y2))
        m = match_near(_YEAR_ONE, text, pos)
        if m is not None and not _YEAR_BLOCKED.search(text, max(0, pos - 60), pos):
            ca = _CA_BEFORE.search(text, max(0, pos - 8), pos)
            y = int(m["y"])
            out.append(_period(doc, ca.start() if ca else pos, m.end(), "period.year", period_type="year",
                               start_year=y, end_year=y, start_month=1, end_month=12))
    free = (match_near(_COMPARISON, text, p) for p in sorted({p for w in _BASE_FIRST for p in keyword_starts(doc, w)}))
    led = (match_near(_COMPARISON_LED, text, p) for p in sorted({p for w in _LEAD_FIRST for p in keyword_starts(doc, w)}))
    for pattern, matches in ((_COMPARISON, free), (_COMPARISON_LED, led)):
        for m in matches:
            if m is None or _glued(text, m.start()):
                continue
            bases = _YEAR_BASES if m["by"] else _PLAIN_BASES
            c = bases[" ".join((m["by"] or m["bn"]).lower().split())]
            start = m.start()
            if pattern is _COMPARISON:
                lead = _LEAD_BEFORE.search(text, max(0, start - 12), start)
                if lead is not None and lead["lead"]:
                    start = lead.start()
            y = int(m["y"]) if m["y"] else None
            out.append(_period(doc, start, m.end(), "period.comparison", period_type="comparison",
                               base=c.base, start_year=y, end_year=y))
    # a line break inside a period must be a wrapped line (not after a heading, not a table row)
    out = [p for p in out if "\n" not in p.text or wrap_ok(doc.original, p.start, p.end)]
    months = [p for p in months if "\n" not in p.text or wrap_ok(doc.original, p.start, p.end)]
    # a month before another period of the same phrase takes its year ("tháng 12 và cả năm 2024")
    by_start = {p.start: p for p in out if p.end_year is not None and p.period_type != "comparison"}
    for p in months:
        j = _JOINED.match(doc.original, p.end)
        nxt = by_start.get(j.end()) if j else None
        if nxt is not None:
            p = p.model_copy(update={"start_year": nxt.start_year, "end_year": nxt.start_year,
                                     "inferred": "start_year,end_year"})
            p = p.model_copy(update={"label": label(p)})
        out.append(p)
    yield from out
