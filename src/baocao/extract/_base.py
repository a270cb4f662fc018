"""Helpers shared by the extractor modules: build a record from a clean-text span, unit tables."""
from __future__ import annotations

from typing import Any, Optional, TypeVar

from pydantic import BaseModel

from baocao.document import Document
from baocao.extract._rules import SPACES, cased_alternation, load

R = TypeVar("R", bound=BaseModel)


def make(doc: Document, cls: type[R], start: int, end: int, **fields: Any) -> R:
    """Return a `cls` record for clean-text span [start, end), with original offsets and text."""
    s, e = doc.span_to_original(start, end)
    return cls(text=doc.original[s:e], start=s, end=e, doc=doc.doc, **fields)


def _unit_tables() -> tuple[dict[str, str], dict[str, str]]:
    units = load("units")
    table, exact = {}, {}
    for u in units.measure + units.count:
        for surface in [u.unit, *u.aliases]:
            if surface not in u.exact:
                table[surface.lower()] = u.unit
        for surface in u.exact:
            exact[surface] = u.unit
    return table, exact


UNITS, EXACT_UNITS = _unit_tables()   # lower-cased surface -> canonical unit; exact-case surfaces
UNIT = cased_alternation(UNITS, EXACT_UNITS)
PER = cased_alternation(list(UNITS) + load("units").per, EXACT_UNITS)
UNIT_WORDS = [*UNITS, *EXACT_UNITS]   # every surface, for first_words
MEASURES = frozenset(u.unit for u in load("units").measure)   # canonical units that measure


def canonical_unit(surface: Optional[str]) -> Optional[str]:
    """Return the canonical spelling of a unit as written (``Kwh`` → ``kWh``, ``m3`` → ``m³``).

    >>> canonical_unit("Kwh"), canonical_unit("m3"), canonical_unit("Đảng viên"), canonical_unit("m")
    ('kWh', 'm³', 'đảng viên', 'm')
    """
    if surface is None:
        return None
    surface = SPACES.sub(" ", surface)
    if surface in EXACT_UNITS:
        return EXACT_UNITS[surface]
    return UNITS[surface.lower()]
