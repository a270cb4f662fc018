"""The body of a heading line that runs on after a colon (``1.1. Diện tích: 9.674,18 km2.``,
``a) Thủy sản: Tổng sản lượng … 400.000 tấn``, ``- Về đầu tư tín dụng: Tổng dư nợ … là 24.610 tỷ
đồng``): running text, read as a sentence, while a heading's own figures stay unattached.

A summary page or a budget resolution writes its statements as numbered items with a label, and
the section ladder reads such a line as a (run-in) heading: without this, every figure of the line
was left unattached as a heading's. The line is read whole (its label names a figure written right
after the colon: ``Diện tích: 9.674,18 km2``; its number is no figure), and only when a figure stands
after the colon and none before it (``3. Thu 5.000 tỷ đồng: vượt dự toán`` is a heading that states a
figure itself, and ``2. Giá trị sản xuất tăng 3,5%`` one with no colon: neither is read). A body
written in capitals (``HÀ NAM: GRDP TĂNG 7,5%``) is a title, and a line of a news headline, caption or
crosshead restates its article: neither is read.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

if TYPE_CHECKING:
    from baocao.resolve.context import Context

__all__ = ["run_in_body"]

_LOWER = regex.compile(r"\p{Ll}")


def run_in_body(ctx: Context, a: int, b: int) -> Optional[int]:
    """Where to start reading the heading sentence [a, b) (clean offsets) as running text: its
    start when a colon in it is followed by a figure, no figure stands before the colon and the line
    is not written in capitals; else None (the heading is not read)."""
    text = ctx.text
    colon = text.find(":", a, b)
    if colon < 0:
        return None
    figs = ctx.figures_within(a, b)
    if not figs or figs[0].start < colon or _LOWER.search(text, a, b) is None:
        return None
    return a
