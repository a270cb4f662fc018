"""Percentages: ``5,61%/năm`` → value 5.61, per_year True; ``trên 90%`` → qualifier over."""
from __future__ import annotations

from typing import Iterator

import regex

from baocao.core.numbers import amount_pattern, find_amounts
from baocao.document import Document
from baocao.extract._base import make
from baocao.schema import Percentage

KIND = "percentage"
# "%/tháng" stays a percentage (per_year false): a strict tail would lose every monthly rate
_PATTERN = amount_pattern("%", ["%"], per=r"(?i:năm)", scale=False, strict_per=False,
                          plain_units=["%"])
# digits and a slash right before the number: it is the second side of a pair with one sign
# ("16,0/15%/năm", "1/2/5%"; "58,7/56%" is a fraction), never a percentage of its own; not after a slash
# with a space on both sides ("188 / 57,14%": a count and its share)
_SECOND_OF_PAIR = regex.compile(r"\d(?:[ \u00a0]/|/[ \u00a0]?)\Z")

def extract(doc: Document) -> Iterator[Percentage]:
    """Yield percentages in percent units.

    >>> [(r.value, r.per_year) for r in extract(Document.from_text("giảm bình quân 5,61%/năm"))]
    [(5.61, True)]
    """
    text = doc.text
    for a in find_amounts(doc, _PATTERN):
        if a.start and text[a.start - 1] in "/ \u00a0" and _SECOND_OF_PAIR.search(text, max(0, a.start - 4), a.start):
            continue
        rule = "percentage.range" if a.qualifier == "range" else "percentage.number_percent"
        if a.convention == "decimal_point":
            rule = "percentage.decimal_point"  # spreadsheet export: 29.40%
        yield make(doc, Percentage, a.start, a.end, value=a.value, value_max=a.value_max,
                   qualifier=a.qualifier, per_year=bool(a.per), rule=rule, confidence=a.confidence)
