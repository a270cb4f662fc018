"""The units of quantities (``extract/data/units.yaml``): every spelling and its canonical unit,
the patterns that match them, and which units measure and which count (read by other layers too:
the checks compare counts)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from baocao.core.rules import SPACES, cased_alternation
from baocao.extract._rules import load


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
COUNTS = frozenset(u.unit for u in load("units").count)       # canonical units that count


@lru_cache(maxsize=1024)
def canonical_unit(surface: Optional[str]) -> Optional[str]:
    """Return the canonical spelling of a unit as written (``Kwh`` → ``kWh``, ``m3`` → ``m³``),
    remembered for the units a document writes (one look-up per record).

    >>> canonical_unit("Kwh"), canonical_unit("m3"), canonical_unit("Đảng viên"), canonical_unit("m")
    ('kWh', 'm³', 'đảng viên', 'm')
    """
    if surface is None:
        return None
    surface = SPACES.sub(" ", surface)
    if surface in EXACT_UNITS:
        return EXACT_UNITS[surface]
    return UNITS[surface.lower()]
