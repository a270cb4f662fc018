"""Periods listed as the parts of a whole in a document's opening: ``tăng 9,14% so với cùng kỳ năm
2023, … (quý I tăng 9,42%, quý II tăng 10,18%, quý III tăng 7,85%)``. Each dates the figure after it;
none is the period the whole document reports on (the nine months it names later)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from baocao.resolve.reach import SENTENCE_STOP_BEFORE

if TYPE_CHECKING:
    from baocao.resolve.governing import When

LISTED_TYPES = frozenset({"quarter", "month"})
"""The periods that are listed as parts of a longer one (``quý I``, ``quý II``; ``tháng 1``, ``tháng 2``)."""
LIST_REACH = 60
"""How many characters at most lie between two periods listed one after the other (a figure and its verb)."""
_FIGURE = regex.compile(r"\d")


def listed_parts(text: str, periods: list[When]) -> set[int]:
    """The starts of the `periods` (in text order, offsets in `text`) listed as parts of a whole: two in
    a row of the same kind (quarters, months), neither with its year, the later one after the earlier (parts
    listed in their order), with a figure between them and no sentence stop (``quý I tăng 9,42%, quý II tăng
    10,18%``; not ``quý III và nhiệm vụ quý IV``, no figure between; not ``tháng 10 và 10 tháng``, two kinds;
    not ``trong quý II, GRDP tăng 7,1%, quý I tăng 5,6%``: the quarter reported on, then an earlier one).

    >>> import baocao
    >>> from baocao.resolve.governing import periods_of
    >>> r = baocao.parse("GRDP tăng 9,14% (quý I tăng 9,42%, quý II tăng 10,18%).")
    >>> sorted(listed_parts(r.original, periods_of(r))) == [w.start for w in periods_of(r)]
    True
    """
    out: set[int] = set()
    for w, nxt in zip(periods, periods[1:]):
        if (w.record.kind == "period" and nxt.record.kind == "period"
                and w.record.period_type in LISTED_TYPES and nxt.record.period_type == w.record.period_type
                and w.year is None and nxt.year is None and (w.label or "") < (nxt.label or "")
                and nxt.start - w.end <= LIST_REACH and _FIGURE.search(text, w.end, nxt.start)
                and not SENTENCE_STOP_BEFORE.search(text, w.end, nxt.start)):
            out.update((w.start, nxt.start))
    return out
