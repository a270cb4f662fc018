"""Money: ``28 tỷ đồng`` → 28e9 VND; ``30 triệu USD`` → 3e7 USD; never ``đồng chí`` or ``tỷ lệ``."""
from __future__ import annotations

from typing import Iterator

from baocao.document import Document
from baocao.extract._base import PER, make
from baocao.extract._rules import alternation, load
from baocao.extract.numbers import SPACES, amount_pattern, find_amounts
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


def extract(doc: Document) -> Iterator[Money]:
    """Yield amounts of money in whole currency units.

    >>> [(r.value, r.currency) for r in extract(Document.from_text("vốn 28 tỷ đồng"))]
    [(28000000000.0, 'VND')]
    >>> list(extract(Document.from_text("02 đồng chí")))
    []
    """
    for a in find_amounts(doc, _PATTERN):
        code = _CODES[SPACES.sub(" ", a.unit.lower())]
        rule = "money.range" if a.qualifier == "range" else (
            "money.number_scale_currency" if a.scaled else "money.number_currency")
        yield make(doc, Money, a.start, a.end, value=a.value, value_max=a.value_max,
                   qualifier=a.qualifier, currency=code, per=a.per, rule=rule,
                   confidence=a.confidence)
