"""The months a period label spans (``2025-Q1`` → January to March 2025), and the order of two labels in
time, for the rules that compare a statement's period with another's."""
from __future__ import annotations

from typing import Optional

import regex

__all__ = ["ends_before", "months_of"]

_LABEL_SPAN = regex.compile(r"(?P<y0>\d{4})(?:-(?:Q(?P<q>[1-4])|(?P<m0>\d{2})(?:/(?P<y1>\d{4})-(?P<m1>\d{2}))?|(?P<y2>\d{4})))?")


def months_of(label: Optional[str]) -> Optional[tuple[int, int]]:
    """The first and last month of a period label, counted from year 0 (``2025-Q1`` → Jan..Mar 2025),
    None for a label of another form.

    >>> [months_of(x) for x in ("2025", "2025-Q3", "2025-01/2025-09", "2022-2025", "12")] == [
    ...     (24300, 24311), (24306, 24308), (24300, 24308), (24264, 24311), None]
    True
    """
    m = _LABEL_SPAN.fullmatch(label or "")
    if m is None:
        return None
    y0 = int(m["y0"])
    if m["q"]:
        q = int(m["q"])
        return y0 * 12 + 3 * q - 3, y0 * 12 + 3 * q - 1
    if m["m0"]:
        last = (int(m["y1"]), int(m["m1"])) if m["y1"] else (y0, int(m["m0"]))
        return y0 * 12 + int(m["m0"]) - 1, last[0] * 12 + last[1] - 1
    return y0 * 12, int(m["y2"] or y0) * 12 + 11


def ends_before(period: Optional[str], other: Optional[str]) -> bool:
    """True when period label ``period`` ends before ``other`` begins (``2010-2019`` before ``2020``;
    ``2017`` before ``2018``); False when either is not a label :func:`months_of` reads.

    >>> ends_before("2010-2019", "2020"), ends_before("2023-Q1", "2023"), ends_before("12", "2020")
    (True, False, False)
    """
    a, b = months_of(period), months_of(other)
    return a is not None and b is not None and a[1] < b[0]
