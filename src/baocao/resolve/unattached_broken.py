"""The tail of a number broken by a stray space after its group separator: no value rather than a wrong one.

A typed report sometimes breaks a number after the comma of a thousands group (``lũy kế 158, 019 ha``). The
extractors then read only the group after the space (``019 ha``, 19 ha), a value a thousand times too small.
A count is never written with three digits and a leading zero, so such a group right after digits and a
comma is the tail of a broken number: :func:`broken_tail` names the reason it is left unattached, or None.
A count after a number and a comma (``Đề án 09, 141 nhà``) or zero-padded as counts are (``01 xã``) stays.
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.rules import compile_at
from baocao.resolve.context import Context, Figure

__all__ = ["BROKEN_REASON", "broken_tail"]

#: The reason given to the tail of a number broken by a stray space.
BROKEN_REASON = ("other: a number broken by a stray space after its separator ('158, 019 ha') is not read whole: "
                 "no value rather than a wrong one")

# digits, a comma and spaces right before the figure; the figure three digits with a leading zero
_BROKEN_BEFORE = compile_at(r"(?<![\p{L}\p{N}.,])\d{1,3}(?:\.\d{3})*,[ \u00a0]+$", regex.REVERSE)
_GROUP = regex.compile(r"0\d\d(?![\d.,])")
LOOK_BACK = 24
"""How far before a figure the digits and comma it was broken from are read."""


def broken_tail(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` is the tail of a number broken after its separator (``158, 019 ha``); else None."""
    rec = fig.rec
    if rec.kind not in ("quantity", "money") or not _GROUP.match(ctx.text, rec.start):
        return None
    if _BROKEN_BEFORE.match(ctx.text, max(0, rec.start - LOOK_BACK), rec.start) is None:
        return None
    return BROKEN_REASON
