"""Counts that number something other than what the place measures: no indicators of their own.

Four shapes, each of the lists of ``data/indicators.yaml``, each left unattached with its reason (asked by
:func:`~baocao.resolve.events.not_an_indicator`):

- a place's position or group among others: any figure right after ``group_leads`` (``nhóm``, ``tốp``,
  ``top``, ``một trong``, ``vị trí``) counts the members of a group the place belongs to or is its place in a
  ranking, not its measure (``Kiên Giang nằm trong nhóm 4/13 tỉnh vùng ĐBSCL``, ``xếp hạng trong top 10 cả
  nước``, ``là một trong 3 trụ cột``, ``duy trì vị trí 44/139``, ``tăng 5 bậc, lên vị trí 15/63``):
  :func:`group_membership`, reason :data:`GROUP_REASON`;
- the units merged into the place: a count of ``administrative_units`` right after ``merger_words``
  (``sáp nhập``, ``hợp nhất``), perhaps with ``merger_links`` (``bởi``, ``từ``): ``xã được sáp nhập bởi 2 xã
  Lạc Hưng và Bảo Hiệu``, ``Sau khi hợp nhất 2 tỉnh``: :func:`merged_units`, reason :data:`MERGER_REASON`;
  a count of units after the merger stays (``sau khi sáp nhập xã có tổng số 15 xóm``);
- a count of crop seasons: a count in ``vụ`` right before ``season_names`` (``xuống giống 2 vụ đông xuân và
  hè thu``, ``tiêm phòng 2 vụ xuân - hè, thu - đông``): :func:`crop_seasons`, reason :data:`SEASONS_REASON`;
  counts of cases in ``vụ`` stay (``xảy ra 5 vụ tai nạn giao thông``);
- a count of a breakdown's groups: a fraction right before ``breakdown_groups`` (``nhóm hàng``, ``nhóm
  ngành``) counts the groups of an index or a total that moved, not the place's measure (``có 9/11 nhóm hàng
  hóa, dịch vụ có chỉ số giá tăng``, ``có 11/12 nhóm ngành hàng có doanh thu tăng``): :func:`breakdown_groups`,
  reason :data:`GROUPS_REASON`; the groups' own figures stay (``nhóm hàng ăn và dịch vụ ăn uống tăng 2,1%``).
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.rules import compile_at
from baocao.core.fold import fold
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.triggers import Trigger
from baocao.resolve.vocabulary import WORDS, exact_words

__all__ = ["breakdown_groups", "crop_seasons", "group_membership", "may_be_merged_units", "merged_units"]

GROUP_REASON = ("rank: a place's position or group among others (vị trí 44/139, trong nhóm 4/13 tỉnh, top 10, một trong 3 …) "
                "is no indicator value")
"""The reason given to a figure that is a place's position or counts a group it belongs to."""
MERGER_REASON = "other: the units merged into the place (sáp nhập bởi 2 xã, hợp nhất 2 tỉnh) are no indicator"
"""The reason given to a count of the units a merger joined."""
SEASONS_REASON = "other: a count of crop seasons (2 vụ đông xuân và hè thu) is no indicator"
"""The reason given to a count of crop seasons."""
GROUPS_REASON = "other: a count of a breakdown's groups (9/11 nhóm hàng có chỉ số giá tăng) is no indicator"
"""The reason given to a count of the groups of a breakdown."""

LOOK_BACK = 40
"""How far before a figure its lead (a group word, a merger word) is read."""
LOOK_AHEAD = 30
"""How far after a count in ``vụ`` a season's name is read."""

_UNITS = frozenset(fold(u) for u in WORDS.administrative_units)
_SEASON_UNIT = fold("vụ")
# read leftwards from where the text before the figure ends (as the patterns of resolve/events.py), on the
# lower-cased text with its diacritics ("nhóm", not "nhôm")
_GROUP_BEFORE = regex.compile(rf"(?r){exact_words(WORDS.group_leads)}[ \u00a0]+$")
#: The group leads, where in a document they stand (a count with none in the :data:`LOOK_BACK` before it is no
#: group's).
GROUP_TRIGGER = Trigger("group_leads", WORDS.group_leads)
_MERGER_BEFORE = regex.compile(rf"(?r){exact_words(WORDS.merger_words)}(?:[ \u00a0]+{exact_words(WORDS.merger_links)})?[ \u00a0]+$")
_SEASON_AFTER = regex.compile(rf"[ \u00a0]+{exact_words(WORDS.season_names)}")
_GROUPS_AFTER = compile_at(rf"[ \u00a0]+{exact_words(WORDS.breakdown_groups)}")


def group_membership(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` counts a group the place belongs to (``nằm trong nhóm 4/13 tỉnh``), no indicator;
    else None."""
    rec = fig.rec
    return GROUP_REASON if _GROUP_BEFORE.match(ctx.lower, max(0, rec.start - LOOK_BACK), rec.start) else None


def merged_units(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` counts the units a merger joined (``sáp nhập bởi 2 xã``), no indicator; else None."""
    rec = fig.rec
    if rec.kind != "quantity" or folded_unit(rec) not in _UNITS:
        return None
    return MERGER_REASON if _MERGER_BEFORE.match(ctx.lower, max(0, rec.start - LOOK_BACK), rec.start) else None


#: The merger words, where in a document they stand.
MERGER_TRIGGER = Trigger("merger_words", WORDS.merger_words)


def may_be_merged_units(ctx: Context, fig: Figure) -> bool:
    """False only where :func:`merged_units` gives no reason: no merger word in the :data:`LOOK_BACK` before
    the figure."""
    return MERGER_TRIGGER.within(ctx, fig.rec.start - LOOK_BACK, fig.rec.start)


def crop_seasons(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` counts crop seasons (``2 vụ đông xuân và hè thu``), no indicator; else None."""
    rec = fig.rec
    if rec.kind != "quantity" or folded_unit(rec) != _SEASON_UNIT:
        return None
    return SEASONS_REASON if _SEASON_AFTER.match(ctx.lower, rec.end, rec.end + LOOK_AHEAD) else None


def breakdown_groups(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` counts the groups of a breakdown (``9/11 nhóm hàng``), no indicator; else None."""
    rec = fig.rec
    if rec.kind != "fraction":
        return None
    return GROUPS_REASON if _GROUPS_AFTER.match(ctx.lower, rec.end, rec.end + LOOK_AHEAD) else None
