"""A rank at the end of a name: ``Thị trường khách Nga xếp thứ hai với gần 365.000 lượt khách`` names the
figure by what is ranked (``Thị trường khách Nga``), the rank (``xếp thứ hai``, ``đứng thứ 3``) being no part
of it; read by :func:`baocao.resolve.naming.named_by_phrase_before`."""
from __future__ import annotations

import regex

from baocao.resolve.context import Context

__all__ = ["before_a_rank"]

RANK_REACH = 30
"""How far back from a name's end a rank at its end is looked for."""

# on folded text: "xếp thứ hai", "đứng thứ 3", "xếp hạng 5/63" at the end, after a word
_RANK_AT_END = regex.compile(
    r"(?<=\p{L})[ \u00a0]+(?:xep|dung)[ \u00a0]+(?:thu|hang)[ \u00a0]+"
    r"(?:nhat|nhi|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi|\d{1,3}(?:/\d{1,3})?)[ \u00a0]*$")


def before_a_rank(ctx: Context, a: int, b: int) -> int:
    """The end of the name [a, b) without a rank at its end (see the module's text), when a word is left
    before it; else `b`."""
    m = _RANK_AT_END.search(ctx.folded, max(a, b - RANK_REACH), b)
    return m.start() if m is not None and m.start() > a else b
