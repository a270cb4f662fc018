"""What follows a level that could not be read is not said of the statement before it.

A figure sent to ``Report.unattached`` because its number is written in parts (``đạt 1 tỉ 953 triệu USD``:
the value read would be a wrong one, :data:`~baocao.resolve.other_figures.IN_PARTS_REASON`) is still the
level of a statement of its own when nothing before it in its clause makes it a change or an achievement
(its role is a level). A change or an achievement right after it (no figure of the statement before in
between) is said of that level, not of the statement before: ``Ước thu ngân sách 6 tháng đầu năm thực hiện
7.250 tỉ đồng; xuất khẩu … đạt 1 tỉ 953 triệu USD, tăng 23,26% so cùng kỳ, đạt 50,74% so kế hoạch năm`` gives
the budget revenue no change of 23.26% nor an achievement of 50.74%: both are unattached with
:data:`LOST_LEVEL_REASON` (a wrong value is worse than a missing one). Another level after it still goes
where the rules put it (``1.618 tỷ 250 triệu đồng và 263,15 triệu USD``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from baocao.resolve.other_figures import IN_PARTS_REASON
from baocao.resolve.roles import role_of

if TYPE_CHECKING:
    from baocao.resolve.context import Context, Draft, Figure
    from baocao.resolve.roles import Role

__all__ = ["LOST_LEVEL_REASON", "lost_level", "said_of_a_lost_level"]

#: The reason given to a change or an achievement said of a level that was not read.
LOST_LEVEL_REASON = ("other: a change or an achievement of a level written in parts, which is not read "
                     "('đạt 1 tỉ 953 triệu USD, tăng 23,26%'): not of the statement before")


def lost_level(current: Optional[Draft], fig: Figure, reason: str, role: Role) -> Optional[Draft]:
    """Note on ``current`` a figure left unattached for ``reason`` that is a level of its own not read;
    return ``current``, which the next figure follows."""
    if current is not None and reason == IN_PARTS_REASON and role.kind == "level":
        current.lost_level_end = fig.rec.end
    return current


def said_of_a_lost_level(ctx: Context, fig: Figure, current: Optional[Draft]) -> bool:
    """Leave ``fig`` unattached, and say so, when it is a change or an achievement after a level not read
    that came after ``current``'s last figure."""
    if current is None or current.lost_level_end < 0 or fig.rec.start < current.lost_level_end:
        return False
    if current.figs and current.figs[-1].end > current.lost_level_end:
        return False
    if role_of(ctx, fig).kind not in ("change", "achievement"):
        return False
    ctx.skip(fig.rec, LOST_LEVEL_REASON)
    return True
