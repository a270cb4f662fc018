"""A span of time at the end of a name: ``trong 6 tháng`` (a number of months with no year, which no
period record covers) and ``từ đầu`` left before a period record (``từ đầu năm đến nay``) say over how
long the figure is measured, no part of what it measures (``Tổng thu ngân sách nhà nước trong 6 tháng ước
trên 78 tỉ đồng`` → ``Tổng thu ngân sách nhà nước``); read by
:func:`baocao.resolve.naming.named_by_phrase_before`."""
from __future__ import annotations

import regex

from baocao.resolve.context import Context

__all__ = ["before_a_duration"]

DURATION_REACH = 40
"""How far back from a name's end a span of time at its end is looked for."""

# on folded text: "trong 6 tháng (đầu năm)", "từ đầu (năm) (đến nay)" at the end, after a word
_DURATION_AT_END = regex.compile(
    r"(?<=\p{L})[ \u00a0]+(?:(?:trong|sau)[ \u00a0]+\d{1,2}[ \u00a0]+thang(?:[ \u00a0]+dau[ \u00a0]+nam)?"
    r"|tu[ \u00a0]+dau(?:[ \u00a0]+nam)?(?:[ \u00a0]+den[ \u00a0]+nay)?)[ \u00a0]*$")


def before_a_duration(ctx: Context, a: int, b: int) -> int:
    """The end of the name [a, b) without a span of time at its end (see the module's text), when a word
    is left before it; else `b`."""
    m = _DURATION_AT_END.search(ctx.folded, max(a, b - DURATION_REACH), b)
    return m.start() if m is not None and m.start() > a else b
