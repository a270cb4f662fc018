"""Reading one numeral: its shape in a text (:data:`NUM`) and its value (:func:`parse_number`).

Prose writes "." for thousands and "," for decimals (``1.629`` = 1629, ``5,61`` = 5.61); spreadsheet
exports in tables use "." for decimals (``29.40%``) and sometimes "," for thousands (``17,504`` in a
tonnes column). :func:`parse_number` reads a numeral in a stated style and says how sure it is.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
import math
from typing import Literal, Optional

import regex

from baocao.core.rules import SPACES

# A numeral: thousands grouped with "." (1.629 / 16.097,12) or with one kind of space (250 000 /
# 7 500 000 / 1 250,7: a space, a no-break space U+00A0 or a narrow no-break space U+202F, the same
# one throughout), or digits with an optional decimal comma (5,61 / 17,504), or digits with a one- or
# two-digit decimal point (29.40). A numeral never starts right after a digit and a space: the
# "000" of "250 000" or the "5000" of "12 5000" is no number of its own (a grouping the rules do not
# read yields no record, never its last group). Possessive quantifiers keep a 100,000-character run
# of digits and dots linear.
#: the pattern of a numeral as the genre writes it
NUM = (r"(?<![\p{L}\p{N}])(?<!\p{N}[.,])(?<!\d[ \u00a0\u202f])"
       r"(?:\d{1,3}(?:\.\d{3})++(?:,\d++)?+"
       r"|\d{1,3}(?:(?: \d{3})++|(?:\u00a0\d{3})++|(?:\u202f\d{3})++)(?![ \u00a0\u202f]\d)(?:,\d++)?+"
       r"|\d++(?:,\d++)?+(?:\.\d{1,2}(?!\d))?+)"
       r"(?![.,]?\d)")
#: :data:`NUM` compiled
NUM_RE = regex.compile(NUM)

#: how a column writes its numbers: the prose convention (1.234,5) or a spreadsheet's (1,234.5)
Style = Literal["prose", "spreadsheet"]


@dataclass(frozen=True)
class Reading:
    """One reading of a numeral: the value, how sure the parser is, and which convention it used."""

    value: float
    confidence: float
    convention: str


@lru_cache(maxsize=4096)
def parse_number(s: str, style: Style = "prose") -> Reading:
    """Return the value of a Vietnamese numeral, with the convention used and a confidence (see
    :func:`_parse` for the conventions); a ValueError for what is no numeral, and for a numeral past
    the float range (``1e400`` written out in digits): no value rather than ``inf``. The readings
    of the last few thousand numerals are remembered (a :class:`Reading` is frozen): a document
    writes the same numerals again and again.

    >>> parse_number("1.629").value, parse_number("5,61").value, parse_number("24.441").value
    (1629.0, 5.61, 24441.0)
    >>> parse_number("9" * 400)
    Traceback (most recent call last):
    ValueError: past the float range: '99999999999999999999'…
    """
    reading = _parse(s, style)
    if not math.isfinite(reading.value):
        raise ValueError(f"past the float range: {s[:20]!r}…")
    return reading


def _parse(s: str, style: Style) -> Reading:
    """The value of a Vietnamese numeral, with the convention used and a confidence.

    >>> parse_number("1.629").value, parse_number("5,61").value, parse_number("24.441").value
    (1629.0, 5.61, 24441.0)
    >>> _parse("29.40", "prose")
    Reading(value=29.4, confidence=0.9, convention='decimal_point')
    >>> parse_number("17,504", style="spreadsheet").value
    17504.0
    >>> parse_number("16.097,12").value, parse_number("1,480.5", style="spreadsheet").value
    (16097.12, 1480.5)
    >>> parse_number("7 500 000").value, parse_number("1\u202f250,7").value
    (7500000.0, 1250.7)

    In ``prose`` style a comma is always decimal (``558,022 triệu`` = 558.022 million); a comma
    followed by exactly three digits could be a spreadsheet thousands separator, so that reading is
    marked less sure. In ``spreadsheet`` style (table columns whose other cells use "." for decimals)
    such a comma is read as thousands.

    Thousands grouped with spaces (a space, U+00A0 or U+202F, one kind throughout) read like dots;
    ``12 500``, one space and a group that does not start with 0, could also be two numbers, so that
    reading is marked less sure (0.9).
    """
    s = s.strip()
    if not s or not s[0].isdigit():
        raise ValueError(f"not a numeral: {s!r}")
    if " " in s or "\u00a0" in s or "\u202f" in s:
        return _space_grouped(s)
    if "." in s and "," in s:
        if s.rfind(",") > s.rfind("."):  # 16.097,12: Vietnamese grouping with decimals
            return Reading(float(s.replace(".", "").replace(",", ".")), 1.0, "vi_grouped")
        # 1,480.5: a spreadsheet export's thousands comma and decimal point
        return Reading(float(s.replace(",", "")), 1.0 if style == "spreadsheet" else 0.9,
                       "thousands_comma")
    if "," in s:
        whole, frac = s.split(",", 1)
        if "," in frac or not frac.isdigit():
            raise ValueError(f"not a numeral: {s!r}")
        if len(frac) == 3 and whole.isdigit() and len(whole) <= 3:
            if style == "spreadsheet":
                return Reading(float(whole + frac), 0.8, "thousands_comma")
            return Reading(float(f"{whole}.{frac}"), 0.9, "decimal_comma")
        return Reading(float(f"{whole}.{frac}"), 1.0, "decimal_comma")
    if "." in s:
        groups = s.split(".")
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return Reading(float(s.replace(".", "")), 1.0, "vi_grouped")
        if len(groups) == 2 and len(groups[1]) <= 2:
            return Reading(float(s), 0.9, "decimal_point")
        raise ValueError(f"not a numeral: {s!r}")
    return Reading(float(s), 1.0, "integer")


_SPACE_GROUPED = regex.compile(r"(\d{1,3})((?:( |\u00a0|\u202f)\d{3})(?:\3\d{3})*+)(?:,(\d+))?")


def _space_grouped(s: str) -> Reading:
    m = _SPACE_GROUPED.fullmatch(s)
    if m is None:
        raise ValueError(f"not a numeral: {s!r}")
    rest = SPACES.sub("", m.group(2))
    digits = m.group(1) + rest + (f".{m.group(4)}" if m.group(4) else "")
    ambiguous = m.group(3) == " " and len(rest) == 3 and rest[0] != "0"
    return Reading(float(digits), 0.9 if ambiguous else 1.0, "space_grouped")


_BARE_CELL = regex.compile(r"[ \u00a0]*[<>≥≤]?[ \u00a0]*(?P<num>\d(?:[\d.,]|[ \u00a0\u202f](?=\d{3}))*)"
                          r"[ \u00a0]*%?[ \u00a0]*")


def infer_style(cells: Iterable[Optional[str]]) -> Style:
    """Return the number style of a table column, judged from its bare numeric cells.

    Spreadsheet exports write decimals with "." (``29.40%``, ``34.45``); a column whose bare numbers
    (a numeral, maybe with ``%`` or ``>``) do so, and never group thousands with ".", writes thousands
    with "," too, so ``17,504`` there is 17504. Cells with words (``2.815 ha``) were typed by a person
    in prose style and are not evidence either way.

    >>> infer_style(["29.40%", "26.30%", "34.45", "17,504", "2.815 ha"])
    'spreadsheet'
    >>> infer_style(["29,2%", "1.629", "17,504"])
    'prose'
    """
    point = grouped = False
    for cell in cells:
        m = _BARE_CELL.fullmatch(cell or "")
        if m is None:
            continue
        num = m.group("num")
        if _POINT_CELL.fullmatch(num):
            point = True
        elif _GROUPED_CELL.fullmatch(num):
            grouped = True
    return "spreadsheet" if point and not grouped else "prose"


_POINT_CELL = regex.compile(r"\d+\.\d{1,2}")
_GROUPED_CELL = regex.compile(r"\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?:,\d+)?")


def scaled(value: float, factor: float) -> float:
    """`value` times `factor`, computed on the decimals as written, so that the result is the float
    nearest the exact product (``1.025,6 tỷ`` is 1025600000000.0, not 1025599999999.9999).

    A product past the float range is a ValueError (no value rather than ``inf``).

    >>> 1025.6 * 10**9, scaled(1025.6, 10**9), scaled(558.022, 10**6)
    (1025599999999.9999, 1025600000000.0, 558022000.0)
    >>> scaled(1e300, 10**12)
    Traceback (most recent call last):
    ValueError: past the float range: 1e+300 × 1000000000000
    """
    if factor == 1:
        out = value
    else:
        out = float(Decimal(repr(value)) * Decimal(repr(factor)))
    if not math.isfinite(out):
        raise ValueError(f"past the float range: {value!r} × {factor!r}")
    return out
