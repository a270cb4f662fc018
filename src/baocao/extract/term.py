"""Terms: ``nhiệm kỳ 2020 – 2025`` and a bare ``2020-2025`` (years), ``khóa XXIII`` / ``lần thứ
XXIV`` / ``Đại hội XXIV`` (ordinals).

A span of years after ``giai đoạn``/``thời kỳ`` (``range_keywords`` of ``data/periods.yaml``) and
``từ năm 2016 đến năm 2020`` are periods (:mod:`baocao.extract.period`), not terms."""
from __future__ import annotations

from typing import Iterable, Iterator

import regex

from baocao.core.numbers import match_near, number_spans
from baocao.core.rules import alternation
from baocao.document import Document
from baocao.extract._base import make
from baocao.extract._rules import load
from baocao.extract.date import GAP as _GAP, keyword_starts, lower_text, wrap_ok
from baocao.schema import Term

KIND = "term"
WORD_SCANS = True   # reads the word scans of date.py (see date.WORD_SCANS)
_RULES = load("terms")
_SP = r"[ \u00a0]"
_ROMAN = r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_KEYWORD_BEFORE = regex.compile(  # (?r): searched leftwards from the number
    rf"(?r)(?<!\p{{L}}){alternation(_RULES.year_keywords, flags='i', gap=_GAP)}{_GAP}\Z")
_PERIOD_KEYWORD_BEFORE = regex.compile(
    rf"(?r)(?<!\p{{L}}){alternation(load('periods').range_keywords, flags='i', gap=_GAP)}{_SP}*:?(?:{_GAP})?"
    rf"(?:(?i:từ){_GAP})?(?:(?i:năm){_GAP})?\Z")
_YEARS = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}/.,])(?P<y1>(?:19|20)\d\d){_SP}*[-–—‐‑](?:{_GAP})?(?P<y2>(?:19|20)\d\d)"
    rf"(?![\p{{L}}\d]|[/.,]\d)")
_ORDINALS = []
for _o in _RULES.ordinal_labels:
    _num = rf"(?P<roman>{_ROMAN})" if _o.roman_only else rf"(?:(?P<roman>{_ROMAN})|(?P<arabic>\d{{1,3}}))"
    # the keyword is case-insensitive, the Roman numeral is not ("khoa học" is no term)
    # each keyword lower-cased (its spaces plain or no-break): a text without any needs no scan
    _firsts = tuple({v for w in _o.words for v in (w.lower(), w.lower().replace(" ", "\u00a0"),
                                                   w.lower().split()[0] + "\n")})
    # the first word of each keyword, lower-cased: where a match may start (ordinal_matches)
    _heads = tuple(sorted({w.lower().split()[0] for w in _o.words}))
    _ORDINALS.append((_o.label, _firsts, _heads, regex.compile(
        rf"(?<!\p{{L}})(?:{alternation(_o.words, flags='i', gap=_GAP)}){_GAP}{_num}(?![\p{{L}}\p{{N}}])")))
_MORE_ROMAN = regex.compile(rf",(?:{_GAP})?(?P<roman>{_ROMAN})(?![\p{{L}}\p{{N}}])")

_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def roman_to_int(s: str) -> int:
    """Return the value of an upper-case Roman numeral.

    >>> roman_to_int("XXIII"), roman_to_int("XIV"), roman_to_int("IV")
    (23, 14, 4)
    """
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN_VALUES[ch]
        total += -v if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > v else v
    return total


def ordinal_matches(doc: Document, heads: Iterable[str], pattern: regex.Pattern[str]
                    ) -> Iterator[regex.Match[str]]:
    """The matches of `pattern.finditer(doc.text)`, tried only where one of `heads` (the first words
    of its keywords, lower-case) starts (:func:`~baocao.extract.date.keyword_starts`): a substring
    search instead of a case-insensitive scan of the whole text."""
    text, last = doc.text, 0
    for pos in sorted({p for h in heads for p in keyword_starts(doc, h)}):
        if pos < last:
            continue
        m = match_near(pattern, text, pos)
        if m is not None:
            last = m.end()
            yield m


def extract(doc: Document) -> Iterator[Term]:
    """Yield terms: year ranges and congress/committee ordinals.

    >>> [(r.start_year, r.end_year) for r in extract(Document.from_text("nhiệm kỳ 2020 – 2025"))]
    [(2020, 2025)]
    >>> [(r.ordinal, r.label) for r in extract(Document.from_text("khóa XXIII"))]
    [(23, 'khoa')]
    """
    text = doc.text
    for pos, end in number_spans(doc):
        if end - pos != 4:
            continue
        m = match_near(_YEARS, text, pos)
        if m is None:
            continue
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not wrap_ok(text, pos, m.end()):
            continue
        pk = _PERIOD_KEYWORD_BEFORE.search(text, max(0, pos - 24), pos)
        if pk is not None and wrap_ok(text, pk.start(), pos):
            continue  # "giai đoạn 2021-2025" is a period
        kw = _KEYWORD_BEFORE.search(text, max(0, pos - 16), pos)
        if kw is not None and not wrap_ok(text, kw.start(), pos):
            kw = None  # a keyword ending a heading or a table row does not join the years
        # a keyword vouches for a long period ("giai đoạn 1950-2020"); bare ranges stay short
        if not 0 < y2 - y1 <= (100 if kw else 30):
            continue
        yield make(doc, Term, kw.start() if kw else pos, m.end(), start_year=y1, end_year=y2,
                   rule="term.keyword_years" if kw else "term.years")
    lower = lower_text(doc)
    for label, firsts, heads, pattern in _ORDINALS:
        if not any(w in lower for w in firsts):
            continue
        for m in ordinal_matches(doc, heads, pattern):
            if not wrap_ok(text, m.start(), m.end()):
                continue
            value = roman_to_int(m.group("roman")) if m.group("roman") else int(m.group("arabic"))
            yield make(doc, Term, m.start(), m.end(), ordinal=value, label=label,
                       rule=f"term.{label}")
            pos = m.end()
            while (more := match_near(_MORE_ROMAN, text, pos)) is not None:  # "khoá XI, XII"
                yield make(doc, Term, more.start("roman"), more.end(), ordinal=roman_to_int(
                    more.group("roman")), label=label, rule=f"term.{label}_list")
                pos = more.end()
