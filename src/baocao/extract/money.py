"""Money: ``28 tỷ đồng`` → 28e9 VND; ``30 triệu USD`` → 3e7 USD; never ``đồng chí`` or ``tỷ lệ``."""
from __future__ import annotations

from typing import Iterator

import regex

from baocao.document import Document
from baocao.extract._base import PER, make
from baocao.extract._rules import SPACES, alternation, load
from baocao.extract.numbers import amount_pattern, find_amounts
from baocao.schema import Money

KIND = "money"


def _currency_pattern() -> tuple[str, dict[str, str]]:
    parts, codes = [], {}
    for cur in load("currencies").currencies:
        guard = ""
        if cur.not_before:
            guard = rf"(?![ \u00a0]{alternation(cur.not_before, flags='i')}(?!\p{{L}}))"
        parts.append(rf"{alternation(cur.words, flags='i')}(?!\p{{L}}){guard}")
        codes.update({w.lower(): cur.code for w in cur.words})
    return "(?:" + "|".join(parts) + ")", codes


_CURRENCY, _CODES = _currency_pattern()
_PATTERN = amount_pattern(_CURRENCY, list(_CODES), per=PER)
# a scale word with no currency, then punctuation or the end of the line ("tổng vốn 28 tỷ,")
_IMPLIED = amount_pattern(r"(?=[ \u00a0]?[.,;:)\]]|/\p{L}|[ \u00a0]*(?:\n|\Z))", [], per=PER)
_IMPLIED_CONTEXT = regex.compile(
    rf"(?r)(?<!\p{{L}}){alternation(load('currencies').implied_vnd_after, flags='i')}"
    rf"(?!\p{{L}})[^.;:!?\n]{{0,40}}\Z")


def extract(doc: Document) -> Iterator[Money]:
    """Yield amounts of money in whole currency units.

    >>> [(r.value, r.currency) for r in extract(Document.from_text("vốn 28 tỷ đồng"))]
    [(28000000000.0, 'VND')]
    >>> list(extract(Document.from_text("02 đồng chí")))
    []
    >>> [(r.text, r.value, r.rule) for r in extract(Document.from_text("tổng vốn 28 tỷ, trong"))]
    [('28 tỷ', 28000000000.0, 'money.implied_currency')]
    """
    for a in find_amounts(doc, _PATTERN):
        code = _CODES[SPACES.sub(" ", a.unit.lower())]
        rule = "money.range" if a.qualifier == "range" else (
            "money.number_scale_currency" if a.scaled else "money.number_currency")
        yield make(doc, Money, a.start, a.end, value=a.value, value_max=a.value_max,
                   qualifier=a.qualifier, currency=code, per=a.per, rule=rule,
                   confidence=a.confidence)
    text = doc.text
    for a in find_amounts(doc, _IMPLIED):
        if a.scaled and _IMPLIED_CONTEXT.search(text, max(0, a.start - 64), a.start):
            yield make(doc, Money, a.start, a.end, value=a.value, value_max=a.value_max,
                       qualifier=a.qualifier, currency="VND", per=a.per,
                       rule="money.implied_currency", confidence=min(a.confidence, 0.8))
