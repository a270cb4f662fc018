"""Dates, in every numeric and mixed form the press writes.

- full: ``27/02/2023``, ``25-10-2020``, ``19.11.2024``, spaced ``30 - 4 - 2005``;
- no year, only after a date word (``ngày``, ``sáng``, ``chiều``, ``hôm qua``, ``mồng``, ``từ``, …:
  ``context_words`` in ``data/dates.yaml``) or alone in parentheses: ``ngày 19.11``, ``chiều ngày
  21-9``, ``hôm qua 3.7``, ``Chiều nay (19/5)``; the span is the numbers only;
- spelled out: ``ngày 19 tháng 5 năm 2024``, ``ngày mồng 6 tháng 2``, ``mồng 6 tháng 2``, ``25 tháng
  4 năm 2019``, ``18 Tháng 7 2018`` (a day number alone before ``tháng`` needs a year or a date word
  before it; a weekday right before the day of a full one is in its span: ``Thứ tư, 18 Tháng 7 2018``);
- month and year: ``tháng 12 năm 2024``, ``tháng 12/2024``, ``tháng 9-2021``, ``tháng 9 2021``, and
  a bare ``03/2024`` after ``từ``/``đến``/``tới``;
- runs and ranges that write the month (and year) once: ``14-15/8/2019``, ``ngày 22-23.5``,
  ``ngày 28 và 29/7/2020``, ``từ ngày 7 đến ngày 9 tháng 6 năm 2021`` give one date per end, the
  first end its day number alone (rule ``date.range_first_day``) with the month and year of the
  second; ``28/12 - 3/1/2025`` gives ``28/12`` the year before (rule ``date.range_first_end``).

Each record says what was not written in its own span: ``inferred`` names the fields borrowed from
the other end of a run (``month,year``); ``year_inferred`` is set by ``baocao.parse`` when
the year comes from the document's own date. Nothing that is not a calendar day is a date
(``31/2/2024``, ``13/2000``), and nothing is guessed: a year that is not written stays null.
"""
from __future__ import annotations

import datetime
from bisect import bisect_right
from typing import Iterator, Optional

import regex

from baocao.core.fold import lower
from baocao.core.numbers import WINDOW, match_near
from baocao.core.rules import WORD_GAP, alternation
from baocao.document import Document
from baocao.extract._base import make
from baocao.extract._rules import load
from baocao.extract.holiday import holiday_before
from baocao.extract.units import UNIT
from baocao.schema import Date

KIND = "date"
#: This module reads the document's word scans (:func:`lower_text`, :func:`keyword_starts`):
#: :func:`~baocao.extract.extract_document` releases them after the last module that does.
WORD_SCANS = True
_RULES = load("dates")
_SP = r"[ \u00a0]"
GAP = WORD_GAP   # between two words: spaces, or one line break (core/rules.py)
_GAP = GAP
_OGAP = rf"(?:{GAP})?"
_B = r"(?<![\p{L}\p{N}/.,:])"        # not glued to a word, a number, a code or a clock time
_E = r"(?![\p{L}\d]|[/.,:-]\d)"
# a weekday before a full date and a clock time after it, joined by ", ", " " or " - " on the same
# line (a weekday alone on the line above is a table's other column)
_WEEKDAY_BEFORE = regex.compile(
    rf"(?r)(?<!\p{{L}})(?P<wd>{alternation(_RULES.weekdays, gap=_GAP)})(?:,|{_SP}+-)?{_SP}*\Z")
_TIME = r"(?:(?:,|[ \u00a0]+-)?[ \u00a0]*(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2})?(?!\d))?"
_CTX = alternation(_RULES.context_words, flags="i", gap=_GAP)
_CTX_BEFORE_NUM = rf"(?<=(?<!\p{{L}}){_CTX}{_GAP})"
_SCALES = [s.word for s in load("numbers").scales]
# what may not follow a year-less date: a unit, a scale word, a percent sign, a duration word
_NOT_AFTER = (rf"(?!{_SP}?(?:{UNIT}|{alternation(_RULES.not_before + _SCALES, flags='i')})(?!\p{{L}}))"
              rf"(?!{_SP}?%)")
_DAY_PREFIX = alternation(_RULES.day_prefixes, flags="i", gap=_GAP)
_JOIN = rf"{_OGAP}(?:[-–,]|(?i:và|đến|tới)(?!\p{{L}})){_OGAP}"


# a full date may be glued to a clock time by a dash ("11/11/2022-09:13:00 AM": the date alone)
_FULL = regex.compile(
    rf"{_B}(?P<d>\d{{1,2}})(?P<sep>[/.-]|{_SP}+[-–]{_SP}+)(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})"
    rf"(?![\p{{L}}\d]|[/.,:]\d|-(?!\d{{1,2}}:\d\d)\d){_TIME}")
# "(từ 09/3 – 15/3)": the second end of a dashed range whose first end follows "từ"
_AFTER_FROM_DATE = (rf"(?<=(?<!\p{{L}})(?i:từ){_GAP}(?:(?i:ngày){_GAP})?\d{{1,2}}[/.]\d{{1,2}}"
                    rf"{_SP}*[-–—]{_SP}*)")
_DAY_MONTH = regex.compile(
    rf"(?:{_CTX_BEFORE_NUM}|(?<=\()|{_AFTER_FROM_DATE})(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}}){_E}"
    rf"{_NOT_AFTER}")
# a holiday's day and month after its name ("Quốc khánh 2/9": extract/holiday.py says whose)
_HOLIDAY = regex.compile(rf"{_B}(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}}){_E}{_NOT_AFTER}")
# "ngày 19 tháng 5 năm 2024": matched from "tháng", the day (and "ngày", "mồng") read leftwards
_SPELLED = regex.compile(
    rf"(?i:tháng){_GAP}(?P<m>\d{{1,2}})(?:(?:{_SP}*,?{_OGAP}(?i:năm){_GAP}|{_SP}+(?=(?:19|20)\d\d))"
    rf"(?P<y>\d{{4}}))?{_E}")
_SPELLED_DAY = regex.compile(
    rf"(?r)(?:(?<!\p{{L}})(?P<ngay>(?i:ngày)){_GAP})?(?:(?<!\p{{L}})(?P<pre>{_DAY_PREFIX}){_GAP})?"
    rf"{_B}(?P<d>\d{{1,2}}){_GAP}\Z")
# "tháng 12 năm 2024", "tháng 12/2024", "tháng 9-2021", "tháng 9 2021"; not the end of a month
# range ("từ tháng 3 đến tháng 5/2024" is one period)
_MONTH_YEAR = regex.compile(
    rf"(?<!(?i:tháng){_GAP}\d{{1,2}}{_JOIN})"
    rf"(?<!\p{{L}})(?i:tháng){_GAP}(?P<m>\d{{1,2}})(?:{_GAP}(?i:năm){_GAP}|{_SP}*[/-]{_SP}*|{_SP}+(?=(?:19|20)\d\d)|\.)"
    rf"(?P<y>\d{{4}}){_E}")
# month names as written: with a capital ("tháng Bảy") or in capitals ("THÁNG BẢY"); the period
# rules read them too
MONTH_NAMES: dict[str, int] = {w: n for w, n in load("periods").month_names.items()}
MONTH_NAMES.update({w.upper(): n for w, n in list(MONTH_NAMES.items())})


def month_number(written: str) -> int:
    """The month a month name stands for, its words joined by any gap (``tháng Bảy`` → 7)."""
    return MONTH_NAMES[" ".join(written.split())]


_MONTH_NAME_YEAR = regex.compile(
    rf"(?<!\p{{L}})(?i:tháng){_GAP}(?P<mw>{alternation(MONTH_NAMES, gap=_GAP)})(?:{_GAP}(?i:năm){_GAP}|{_SP}*[/-]{_SP}*)"
    rf"(?P<y>\d{{4}}){_E}")
_BARE_MONTH_YEAR = regex.compile(
    rf"(?<=(?<!\p{{L}})(?i:từ|đến|tới){_GAP})(?P<m>\d{{1,2}})/(?P<y>\d{{4}}){_E}")
# the days listed before the first of a run ("các ngày 7, 8 và 9/6"): at most 29, since a run's
# days rise within one month (more cannot be dates: _run rejects them); the bound keeps a long
# list of numbers ("1, 2, 3, …") from being rescanned at each of its numbers
_LIST = rf"(?P<list>(?:\d{{1,2}}{_SP}*,{_OGAP}){{0,29}})"
# a run of days: the first day, a joining word or dash, the last day with its month (and year)
_RUN = regex.compile(
    rf"{_B}{_LIST}(?P<d1>\d{{1,2}}){_JOIN}(?:(?i:ngày){_GAP})?"
    rf"(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?:(?P=sep)(?P<y>\d{{4}}))?{_E}{_NOT_AFTER}")
# (after "ngày", "mồng" or "mùng": _DAY_WORD_BEFORE)
_DAY_WORD_BEFORE = regex.compile(rf"(?r)(?<!\p{{L}})(?:(?i:ngày)|{_DAY_PREFIX}){_GAP}\Z")
# "thứ" (a weekday, an ordinal) right before a number: that number is no day of a run
_ORDINAL_BEFORE = regex.compile(rf"(?r)(?<!\p{{L}})(?i:thứ){_GAP}\Z")
_RUN_SPELLED = regex.compile(
    rf"{_LIST}(?P<d1>\d{{1,2}}){_JOIN}"
    rf"(?P<second>(?:(?P<ngay>(?i:ngày)){_GAP})?(?:{_DAY_PREFIX}{_GAP})?(?P<d>\d{{1,2}}){_GAP}(?i:tháng){_GAP}"
    rf"(?P<m>\d{{1,2}})(?:{_SP}*,?{_OGAP}(?i:năm){_GAP}(?P<y>\d{{4}}))?){_E}")
# a range whose first end writes its own month: "28/12 - 3/1/2025", "từ 10/5 đến ngày 15/6/2024"
_RANGE_MONTHS = regex.compile(
    rf"{_B}(?P<d1>\d{{1,2}})(?P<sep>[/.-])(?P<m1>\d{{1,2}}){_OGAP}(?:[-–]|(?i:đến|tới)(?!\p{{L}})){_OGAP}"
    rf"(?:(?i:ngày){_GAP})?(?P<d>\d{{1,2}})(?P=sep)(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}){_E}")
# a day and month right after a numeric date and "và" or a comma is a date too ("ngày 30/4 và 1/5")
_NEXT = regex.compile(
    rf"{_OGAP}(?:,|(?i:và)(?!\p{{L}})){_OGAP}(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}}){_E}{_NOT_AFTER}")
_CTX_BEFORE = regex.compile(rf"(?r)(?<!\p{{L}}){_CTX}{_OGAP}\(?\Z")
# date words after which a day-month written with "." or "-" is read as a date even before a
# word ("hôm qua 3.7 tại"): the others ("từ", "đến", "sau") also begin ranges and amounts
_STRONG = regex.compile(rf"(?r)(?<!\p{{L}})(?i:ngày|sáng|trưa|chiều|tối|đêm|hôm|hôm{_GAP}qua|hôm{_GAP}nay|nay|"
                        rf"mồng|mùng|rạng{_GAP}sáng){_OGAP}\(?\Z")
_WORD_AFTER = regex.compile(
    rf"{_OGAP}(?!{alternation(_RULES.joining_words, flags='i')}(?!\p{{L}}))\p{{L}}")
# after "từ 1.7": the other end must be a day and month too ("từ 1.5 đến 2.5 mét" holds no date)
_TO_AFTER = regex.compile(rf"{_OGAP}(?:[-–]|(?i:đến|tới|và)(?!\p{{L}}))")
_TO_DATE = regex.compile(
    rf"{_OGAP}(?:[-–]|(?i:đến|tới|và)(?!\p{{L}})){_OGAP}(?:(?i:ngày){_GAP})?\d{{1,2}}[/.-]\d{{1,2}}"
    rf"(?:[/.-]\d{{4}})?{_E}{_NOT_AFTER}")
# where a numeric date may begin: one or two digits before a separator or a joining word
# (not inside a longer number, a code or a word, as every pattern below requires)
_SPACE_CHARS = frozenset(" \u00a0")
_TRIGGER = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,/:])\d{{1,2}}(?P<sep>[/.\-–]|,[ \u00a0\n]|{_GAP}(?:[,\-–/.]|(?i:và|đến|tới)(?!\p{{L}})))")

# the trigger's separator read by the group's number: the regex module looks a name up anew at
# each reading, and a text of short numbered lines has a trigger on every line
_SEP = _TRIGGER.groupindex["sep"]


def lower_text(doc: Document) -> str:
    """The clean text lower-cased, made once per document (the date, period and term rules look
    for their keywords in it)."""
    if "lower" not in doc.cache:
        doc.cache["lower"] = lower(doc.text)
    low: str = doc.cache["lower"]
    return low


def release_word_scans(doc: Document) -> None:
    """Drop the lower-cased text and the keyword offsets from the document's cache (a copy of the
    whole text and a list per keyword): done once no rule left to run reads them."""
    for key in [k for k in doc.cache if k == "lower" or k.startswith("keyword:")]:
        del doc.cache[key]


def keyword_starts(doc: Document, word: str) -> list[int]:
    """Start offsets of a lower-case keyword in the clean text, in any case (``tháng``, ``Tháng``,
    ``THÁNG``), found once per document: a plain substring search of the lower-cased text, which
    is many times faster than a case-insensitive regex. Whether the keyword stands as a word is
    for the caller to check."""
    key = f"keyword:{word}"
    if key not in doc.cache:
        low = lower_text(doc)
        if len(low) == len(doc.text):
            out, i = [], low.find(word)
            while i >= 0:
                out.append(i)
                i = low.find(word, i + 1)
        else:  # a character whose lower case is longer ("İ"): offsets would shift
            out = [m.start() for m in regex.finditer(regex.escape(word), doc.text, flags=regex.IGNORECASE)]
        doc.cache[key] = out
    starts: list[int] = doc.cache[key]
    return starts
_DIGIT = regex.compile(r"\d")
_BREAK_BEFORE_END = (".", ":", ";", "!", "?")
_ITEM_MARKS = ("-", "–", "—", "+", "•", "*")   # a line starting with one is a list item


def wrap_ok(text: str, start: int, end: int) -> bool:
    """False when a line break inside ``text[start:end]`` is no wrapped line: the line before it
    is a heading in capitals (``… NĂM`` then ``2024 …`` on the next line) or ends a sentence or a
    label, the line after is a list item (it starts with a dash or a bullet), or either line is a
    table row (a ``|`` or a tab). A blank line never gets here (the
    patterns join words across one line break only).

    >>> wrap_ok("Trong năm\\n2023, tỉnh", 6, 14), wrap_ok("BÁO CÁO NĂM\\n2024 tăng", 8, 16)
    (True, False)
    """
    i = text.find("\n", start, end)
    while i >= 0:
        before = text[text.rfind("\n", 0, i) + 1:i].rstrip(" \u00a0")
        nxt = text.find("\n", i + 1)
        after = text[i + 1:nxt if nxt >= 0 else len(text)]
        if not any(c.islower() for c in before) or before.endswith(_BREAK_BEFORE_END) \
                or after.lstrip(" \u00a0").startswith(_ITEM_MARKS) \
                or "|" in before or "\t" in before or "|" in after or "\t" in after:
            return False
        i = text.find("\n", i + 1, end)
    return True


def _gap_ok(text: str, pos: int) -> bool:
    """`wrap_ok` for the gap between a word read leftwards and the number at `pos`."""
    j = pos
    while j > 0 and text[j - 1] in " \u00a0\n":
        j -= 1
    return j == pos or wrap_ok(text, max(0, j - 1), pos)
_DIGITS = regex.compile(r"\d+")
_DAY_MONTH_JOIN = regex.compile(r"(?<=\d)[/.-](?=\d)")


def valid(day: Optional[int], month: Optional[int], year: Optional[int]) -> bool:
    """True when day, month and year (each may be None) can be one calendar day, in a year from
    1800 to 2100.

    >>> valid(29, 2, None), valid(29, 2, 2023), valid(31, 4, None), valid(None, 13, 2000)
    (True, False, False, False)
    """
    if month is None or not 1 <= month <= 12:
        return False
    if year is not None and not 1800 <= year <= 2100:
        return False  # "27/7/2947" is a typing error, not a date to read
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
    """Yield dates with day, month and year (null where not written).

    >>> [(r.text, r.day, r.month, r.year) for r in extract(Document.from_text("ngày 19.11.2024"))]
    [('19.11.2024', 19, 11, 2024)]
    >>> [(r.text, r.day, r.month, r.year) for r in extract(Document.from_text("ngày 14-15/8/2019"))]
    [('14', 14, 8, 2019), ('15/8/2019', 15, 8, 2019)]
    >>> list(extract(Document.from_text("xếp hạng 1/10 huyện")))
    []
    """
    text = doc.text
    if not _DIGIT.search(text):
        return
    # candidates by span; the first rule to claim a span keeps it (runs first: they know more)
    found: dict[tuple[int, int], Date] = {}
    ends = []   # clean ends of numeric dates, where a next one may follow ("30/4 và 1/5")

    def add(rec: Optional[Date], end: Optional[int] = None) -> None:
        if rec is not None and (rec.start, rec.end) not in found and (
                "\n" not in rec.text or wrap_ok(doc.original, rec.start, rec.end)):
            found[(rec.start, rec.end)] = rec
            if end is not None:
                ends.append(end)

    # where a day and a month are joined by "/", "." or "-" (the "/" of "9/6"): a numeric run of
    # days has one within the window after its first day, and is not tried where none is
    joins = [m.start() for m in _DAY_MONTH_JOIN.finditer(text)]
    for t in _TRIGGER.finditer(text):
        pos, sep, after = t.start(), t.group(_SEP), t.end()   # a group's number: see _SEP
        if sep[-1] in "/." and not (len(sep) == 1 and text[after:after + 1].isdigit()):
            continue   # "1.\n", "5/ ngày", "5 /": no run after "/" or ".", and no digit to read
        k = bisect_right(joins, pos)
        numeric = k < len(joins) and joins[k] < pos + WINDOW
        if sep[-1] not in "/.-–":   # "7, 8 và 9/6", "28 và 29/7": only a run
            for rec in _runs_at(doc, pos, numeric):
                add(rec)
            continue
        # the patterns whose day is followed right away by "/", "." or "-" and a digit (the
        # trigger's digits are the whole number) are not tried at "5 -5", "5 đến", "1.\n": those
        # fail there at once; nor a full date where its separator does not come again after the
        # month ("5/6 5/6") and is no dash between spaces ("5 - 6 - 2024"), nor a month and year
        # without four digits after the "/", nor a run of days, whose first day is followed by a
        # dash, a comma or a joining word, never by "/" or "."
        glued = sep in "/.-" and text[after:after + 1].isdigit()
        full = glued and sep in text[after + 1:after + 3] or (
            sep[-1] in "-–" and text[after:after + 1] in _SPACE_CHARS)
        if glued and _range_may_follow(text, after) and \
                (m := match_near(_RANGE_MONTHS, text, pos)) is not None:
            for rec in _range_months(doc, m):
                add(rec)
        if sep[-1] not in "/.":
            for rec in _runs_at(doc, pos, numeric):
                add(rec)
        if full and (m := match_near(_FULL, text, pos)) is not None:
            wd = _WEEKDAY_BEFORE.search(text, max(0, pos - 12), pos)
            add(_date(doc, m, "date.dd_mm_yyyy", wd), m.end("y"))
        if sep == "/" and text[after:after + 4].isdigit() and (
                m := match_near(_BARE_MONTH_YEAR, text, pos)) is not None:
            add(_date(doc, m, "date.month_year", None))
        if glued and _context_may_stand(text, pos) and \
                (m := match_near(_DAY_MONTH, text, pos)) is not None:
            add(_date(doc, m, "date.dd_mm_in_context", None), m.end())
        elif glued and (m := match_near(_HOLIDAY, text, pos)) is not None and \
                holiday_before(text, pos, int(m.group("d")), int(m.group("m"))):
            add(_date(doc, m, "date.holiday", None, after_date=True), m.end())
    for pos in keyword_starts(doc, "tháng"):
        if (m := match_near(_SPELLED, text, pos)) is not None:
            day = _SPELLED_DAY.search(text, max(0, pos - 16), pos)
            if day is not None and wrap_ok(text, day.start(), pos):
                add(_spelled(doc, day, m))
        for rule, pattern in (("date.month_year", _MONTH_YEAR), ("date.month_name_year", _MONTH_NAME_YEAR)):
            if (m := match_near(pattern, text, pos)) is not None:
                add(_date(doc, m, rule, None))
    while ends:
        m = match_near(_NEXT, text, ends.pop())
        if m is not None:
            add(_date(doc, m, "date.dd_mm_in_context", None, after_date=True), m.end())
    yield from found.values()


def _range_may_follow(text: str, month: int) -> bool:
    """False when the month whose first digit is at `month` is followed, past a gap, by no
    dash and no "đến" or "tới": no range of months (``_RANGE_MONTHS``) starts there ("5/6 5/6").

    >>> _range_may_follow("9/3 – 15/3/2024", 2), _range_may_follow("5/12 5/6", 2)
    (True, False)
    """
    j = month + 1
    if text[j:j + 1].isdigit():
        j += 1
    stop = min(len(text), j + 16)   # a longer gap: the pattern is tried
    while j < stop and text[j] in " \u00a0\n":
        j += 1
    return j == stop or text[j] in "-–" or text[j].casefold() in ("đ", "t")


def _context_may_stand(text: str, pos: int) -> bool:
    """False when no date word, "(" or dash stands right before the day at `pos` (past a gap):
    a day and month in context (``_DAY_MONTH``) cannot start there ("5/6 5/6", "xếp thứ 1/10").

    >>> _context_may_stand("ngày 5/6", 5), _context_may_stand("(5/6)", 1), _context_may_stand("5/6 5/6", 4)
    (True, True, False)
    """
    if pos and text[pos - 1] == "(":
        return True
    i, stop = pos, max(0, pos - 16)   # a longer gap: the pattern is tried
    while i > stop and text[i - 1] in " \u00a0\n":
        i -= 1
    return i == stop or text[i - 1].isalpha() or text[i - 1] in "-–—"


def _spelled(doc: Document, day: regex.Match[str], m: regex.Match[str]) -> Optional[Date]:
    """``ngày 19 tháng 5 năm 2024`` from its day (`day`, read leftwards) and its month (`m`)."""
    d, month, year = int(day["d"]), int(m["m"]), _int(m["y"])
    if not valid(d, month, year):
        return None
    start = day.start()
    if start == day.start("d") and year is None and not _preceded_by_context(doc.text, start):
        return None  # "25 tháng 4" with no date word and no year may be a count of months
    # a weekday right before the day number, as before a numeric date ("Thứ 6, ngày 28/6/2024": none)
    wd = _WEEKDAY_BEFORE.search(doc.text, max(0, start - 12), start) \
        if year is not None and start == day.start("d") else None
    return make(doc, Date, wd.start() if wd else start, m.end(), day=d, month=month, year=year,
                weekday=wd.group("wd") if wd else None, rule="date.spelled", confidence=1.0 if year else 0.9)



def _runs_at(doc: Document, pos: int, numeric: bool) -> Iterator[Date]:
    """The dates of a run of days starting at `pos`, numeric (``14-15/8/2019``; tried only where
    `numeric` says a day and month joined by a separator follow within the window) or, after
    ``ngày``, ``mồng`` or ``mùng``, spelled out (``ngày 7 và 9 tháng 6``)."""
    text = doc.text
    if numeric and (m := match_near(_RUN, text, pos)) is not None:
        yield from _run(doc, m)
    if _DAY_WORD_BEFORE.search(text, max(0, pos - 8), pos) and (m := match_near(_RUN_SPELLED, text, pos)) is not None:
        yield from _run(doc, m)

def _run(doc: Document, m: regex.Match[str]) -> Iterator[Date]:
    """The two ends of a run of days in one month: the first day alone (borrowing the month and
    year of the second), then the second as written."""
    text = doc.text
    if not wrap_ok(text, m.start(), m.end()):
        return
    first, last, month, year = int(m["d1"]), int(m["d"]), int(m["m"]), _int(m["y"])
    # "các ngày 7, 8 và 9/6": the days before the first, each a date of the same month
    days = [(mm.start(), mm.end(), int(mm.group())) for mm in _DIGITS.finditer(text, m.start("list"), m.end("list"))]
    days.append((m.start("d1"), m.end("d1"), first))
    if any(a[2] >= b[2] for a, b in zip(days, days[1:] + [(0, 0, last)])) or \
            not all(valid(d, month, year) for *_, d in days) or not valid(last, month, year):
        return
    if _ORDINAL_BEFORE.search(text, max(0, days[0][0] - 8), days[0][0]):
        return  # "Thứ 6, ngày 28/6/2024": the weekday's number is no day of the run
    spelled = "second" in m.re.groupindex
    if year is None and not spelled and not _preceded_by_context(text, days[0][0]):
        return  # "3-5/7" with neither a year nor a date word may be anything
    if not spelled and m["sep"] != "/" and year is None and not _STRONG.search(
            text, max(0, m.start() - 14), m.start()):
        return
    borrowed = "month,year" if year is not None else "month"
    for a, b, day in days:
        yield make(doc, Date, a, b, day=day, month=month, year=year, inferred=borrowed,
                   rule="date.range_first_day", confidence=0.9)
    if spelled:
        start = m.start("second")
        yield make(doc, Date, start, m.end(), day=last, month=month, year=year,
                   rule="date.spelled", confidence=1.0 if year else 0.9)
    else:
        yield make(doc, Date, m.start("d"), m.end(), day=last, month=month, year=year,
                   rule="date.dd_mm_yyyy" if year else "date.dd_mm_in_context",
                   confidence=1.0 if year else 0.9)


def _range_months(doc: Document, m: regex.Match[str]) -> Iterator[Date]:
    """``28/12 - 3/1/2025``: the first end borrows the year of the second (the year before when
    that would put it after the second)."""
    d1, m1, d2, m2, y = int(m["d1"]), int(m["m1"]), int(m["d"]), int(m["m"]), int(m["y"])
    if not wrap_ok(doc.text, m.start(), m.end()):
        return
    y1 = y if (m1, d1) < (m2, d2) else y - 1
    if not (valid(d1, m1, y1) and valid(d2, m2, y)) or (m1, d1) == (m2, d2):
        return
    yield make(doc, Date, m.start("d1"), m.end("m1"), day=d1, month=m1, year=y1, inferred="year",
               rule="date.range_first_end", confidence=0.9)
    yield make(doc, Date, m.start("d"), m.end(), day=d2, month=m2, year=y, rule="date.dd_mm_yyyy")


def _date(doc: Document, m: regex.Match[str], rule: str, wd: Optional[regex.Match[str]],
          after_date: bool = False) -> Optional[Date]:
    """The Date of one match (None when it is no calendar date); `wd` is a weekday match;
    `after_date`: the match follows another date (``30/4 và 1/5``), which vouches for it."""
    text, g = doc.text, m.groupdict()
    month = int(g["m"]) if g.get("m") else month_number(g["mw"])
    day, year = _int(g.get("d")), _int(g.get("y"))
    if not valid(day, month, year):
        return None
    start = m.start("d") if after_date else m.start()
    if (rule == "date.dd_mm_in_context" or m.re is _BARE_MONTH_YEAR) and not _gap_ok(text, start):
        return None  # the date word before it ends a heading or a table row
    if rule == "date.dd_mm_in_context" and not after_date:
        if text.startswith("(", start - 1) and not text.startswith(")", m.end()) \
                and not _preceded_by_context(text, start):
            return None  # "(19/5" must close right after to be a lone date
        if g["sep"] != "/" and not _STRONG.search(text, max(0, start - 14), start) \
                and not text.startswith("(", start - 1) and (
                    _WORD_AFTER.match(text, m.end())
                    or (_TO_AFTER.match(text, m.end()) and not _TO_DATE.match(text, m.end()))):
            return None  # "từ 3-5 lần", "đến 2.5 mét", "từ 1.5 đến 2.5 mét": not dates
    hour, minute = _int(g.get("h")), _int(g.get("mi"))
    if hour is not None and minute is not None and (hour > 23 or minute > 59):
        hour = minute = None
    # the span ends at the year unless a valid clock time follows it
    end = m.end("y") if g.get("y") and hour is None else m.end()
    return make(doc, Date, wd.start() if wd else start, end, day=day, month=month, year=year,
                weekday=wd.group("wd") if wd else None, hour=hour, minute=minute, rule=rule,
                confidence=1.0 if year else 0.9)


def _preceded_by_context(text: str, pos: int) -> bool:
    m = _CTX_BEFORE.search(text, max(0, pos - 14), pos)
    return m is not None and ("\n" not in m.group() or wrap_ok(text, m.start(), pos))
