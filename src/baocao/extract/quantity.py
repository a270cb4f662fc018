"""Quantities: a number, an optional scale word and a unit from data/units.yaml (``2.815 ha``)."""
from __future__ import annotations

from typing import Iterator

from baocao.document import Document
from baocao.extract._base import PER, UNIT, UNITS, canonical_unit, make
from baocao.extract.numbers import amount_pattern, find_amounts
from baocao.schema import Quantity

KIND = "quantity"
_PATTERN = amount_pattern(UNIT, list(UNITS), per=PER)


def extract(doc: Document) -> Iterator[Quantity]:
    """Yield quantities with their canonical unit.

    >>> [(r.value, r.unit) for r in extract(Document.from_text("Tổng đàn gia súc đạt 42.719 con"))]
    [(42719.0, 'con')]
    """
    for a in find_amounts(doc, _PATTERN):
        rule = "quantity.range" if a.qualifier == "range" else (
            "quantity.number_scale_unit" if a.scaled else "quantity.number_unit")
        yield make(doc, Quantity, a.start, a.end, value=a.value, value_max=a.value_max,
                   qualifier=a.qualifier, unit=canonical_unit(a.unit), per=a.per, rule=rule,
                   confidence=a.confidence)
