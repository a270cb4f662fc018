"""Helpers shared by the extractor modules: build a record from a clean-text span, unit tables."""
from __future__ import annotations

from typing import Optional

from baocao.document import Document
from baocao.extract._rules import SPACES, alternation, load


def make(doc: Document, cls, start: int, end: int, **fields):
    """Return a `cls` record for clean-text span [start, end), with original offsets and text."""
    s, e = doc.span_to_original(start, end)
    return cls(text=doc.original[s:e], start=s, end=e, doc=doc.doc, **fields)


def _unit_table() -> dict[str, str]:
    units = load("units")
    table = {}
    for u in units.measure + units.count:
        for surface in [u.unit, *u.aliases]:
            table[surface.lower()] = u.unit
    return table


UNITS = _unit_table()                       # lower-cased surface form -> canonical unit
UNIT = alternation(UNITS, flags="i")
PER = alternation(list(UNITS) + load("units").per, flags="i")


def canonical_unit(surface: Optional[str]) -> Optional[str]:
    """Return the canonical spelling of a unit as written (``Kwh`` → ``kWh``, ``m3`` → ``m³``).

    >>> canonical_unit("Kwh"), canonical_unit("m3"), canonical_unit("Đảng viên")
    ('kWh', 'm³', 'đảng viên')
    """
    if surface is None:
        return None
    return UNITS[SPACES.sub(" ", surface.lower())]
