"""Dates: ``27/02/2023``, ``25-10-2020``, ``ngày 19 tháng 5 năm 2024``, ``tháng 12 năm 2024`` and a bare
``19/5`` only where a date word or a lone parenthesis says it is a date (``Chiều nay (19/5)``).

A run of days written with the month once (``ngày 28 và 29/7/2020``, ``từ ngày 12 đến ngày
15/11/2024``, ``các ngày 15-16/3/2023``) gives a date for each day: the first day's record is its
number alone (``28``), with the month and year written after the last (rule ``date.range_first_day``).
"""
from __future__ import annotations

import datetime
from typing import Iterator, Optional

import regex

from baocao.document import Document
from baocao.extract._base import UNIT, make
from baocao.extract._rules import alternation, load
from baocao.extract.numbers import matches_at_numbers
from baocao.schema import Date

KIND = "date"
_RULES = load("dates")
_SP = r"[ \u00a0]"
_B = r"(?<![\p{L}\p{N}/.,])"        # not glued to a word, a number or a code
_E = r"(?![\p{L}\d]|[/.,-]\d)"
_WEEKDAY_BEFORE = regex.compile(rf"(?r)(?<!\p{{L}})(?P<wd>{alternation(_RULES.weekdays)}),?{_SP}*\Z")
_TIME = r"(?:,?[ \u00a0]*(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2})?(?!\d))?"
_SEPARATORS = frozenset("/-")
_CTX = alternation(_RULES.context_words, flags="i")

_FULL = regex.compile(
    rf"{_B}(?P<d>\d{{1,2}})(?P<sep>[/-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}){_E}{_TIME}")
_DAY_MONTH = regex.compile(
    rf"(?:(?<=(?<!\p{{L}}){_CTX}{_SP}+)|(?<=\())(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}}){_E}"
    rf"(?!{_SP}?{UNIT}(?!\p{{L}}))")
_SPELLED = regex.compile(
    rf"(?i:ngày){_SP}+(?P<d>\d{{1,2}}){_SP}+(?i:tháng){_SP}+(?P<m>\d{{1,2}})"
    rf"(?:{_SP}+(?i:năm){_SP}+(?P<y>\d{{4}}))?{_E}")
# after a date word: first day, a joining word or dash, the last day with its month (and year)
_RANGE = regex.compile(
    rf"(?<=(?<!\p{{L}}){_CTX}{_SP}+)(?P<d1>\d{{1,2}}){_SP}*(?:[-–]|(?i:và|đến|tới)(?!\p{{L}}))"
    rf"{_SP}*(?:(?i:ngày){_SP}+)?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}))?{_E}"
    rf"(?!{_SP}?{UNIT}(?!\p{{L}}))")
_MONTH_YEAR = regex.compile(
    rf"(?<!\p{{L}})(?i:tháng){_SP}+(?P<m>\d{{1,2}})(?:{_SP}+(?i:năm){_SP}+|/)(?P<y>\d{{4}}){_E}")


def _valid(day: Optional[int], month: int, year: Optional[int]) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    try:
        datetime.date(year or 2000, month, day)  # 2000: a leap year, so 29/2 passes without a year
    except ValueError:
        return False
    return True


def _int(s: Optional[str]) -> Optional[int]:
    return int(s) if s else None


def extract(doc: Document) -> Iterator[Date]:
    """Yield dates with day, month and year (null where absent).

    >>> [(r.day, r.month, r.year) for r in extract(Document.from_text("ngày 19/8/2020"))]
    [(19, 8, 2020)]
    >>> list(extract(Document.from_text("xếp hạng 1/10 huyện")))
    []
    """
    text = doc.text
    for m in matches_at_numbers(doc, _FULL, _SEPARATORS):
        wd = _WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
        yield from _date(doc, m, "date.dd_mm_yyyy", wd)
    for rule, pattern in (("date.spelled", _SPELLED), ("date.month_year", _MONTH_YEAR),
                          ("date.dd_mm_in_context", _DAY_MONTH)):
        for m in pattern.finditer(text):
            yield from _date(doc, m, rule, None)
    for m in _RANGE.finditer(text):
        yield from _range(doc, m)


def _range(doc: Document, m) -> Iterator[Date]:
    """The two ends of a run of days in one month: the first day alone, then the last with its
    month (and year; a date with a year is also found by the full-date rule, the same span)."""
    first, last, month, year = int(m["d1"]), int(m["d"]), int(m["m"]), _int(m["y"])
    if not (first < last and _valid(first, month, year) and _valid(last, month, year)):
        return
    yield make(doc, Date, m.start("d1"), m.end("d1"), day=first, month=month, year=year,
               rule="date.range_first_day", confidence=0.9)
    yield make(doc, Date, m.start("d"), m.end(), day=last, month=month, year=year,
               rule="date.dd_mm_yyyy" if year else "date.dd_mm_in_context",
               confidence=1.0 if year else 0.9)


def _date(doc: Document, m, rule: str, wd) -> Iterator[Date]:
    """Yield the Date of one match (nothing when it is no calendar date); `wd` is a weekday match."""
    text, g = doc.text, m.groupdict()
    day, month, year = _int(g.get("d")), int(g["m"]), _int(g.get("y"))
    if not _valid(day, month, year):
        return
    if rule == "date.dd_mm_in_context" and text.startswith("(", m.start() - 1) \
            and not text.startswith(")", m.end()) and not _preceded_by_context(text, m):
        return  # "(19/5" must close right after to be a lone date
    hour, minute = _int(g.get("h")), _int(g.get("mi"))
    if hour is not None and (hour > 23 or minute > 59):
        hour = minute = None
    # the span ends at the year unless a valid clock time follows it
    end = m.end("y") if g.get("y") and hour is None else m.end()
    yield make(doc, Date, wd.start() if wd else m.start(), end, day=day, month=month, year=year,
               weekday=wd.group("wd") if wd else None, hour=hour, minute=minute, rule=rule,
               confidence=1.0 if year else 0.9)


_CTX_BEFORE = regex.compile(rf"(?r)(?<!\p{{L}}){_CTX}{_SP}*\(?\Z")


def _preceded_by_context(text: str, m) -> bool:
    return _CTX_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
