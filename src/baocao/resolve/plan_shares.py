"""A percentage of a plan after a verb that cuts, saves or sets aside a part of it: ``Các đơn vị tiết kiệm 10%
dự toán chi thường xuyên``, ``cắt giảm 5% dự toán chi``, ``trích 10% kế hoạch vốn``.

A percentage right before a plan base (``bases`` of ``data/indicators.yaml``: ``dự toán``, ``kế hoạch``,
``chỉ tiêu`` …) with no verb of its own is an achievement (:mod:`baocao.resolve.bare_plans`); after one of
``plan_share_verbs`` it is the part of the plan that verb takes out (a cut, a saving, a reserve), neither how
far the statement went against the plan nor a level the rules can name: read as an achievement it gives the
plan's own name (``dự toán chi thường xuyên``) a result of 10% the document never wrote, and a cut after
``giảm`` (``cắt giảm``) read as a fall from the plan is worse. :func:`plan_share` leaves it unattached with
:data:`PLAN_SHARE_REASON` (asked by :func:`~baocao.resolve.events.not_an_indicator`); an achievement verb
(``đạt``, ``hoàn thành``) or no verb keeps the achievement (``hoàn thành 100% chỉ tiêu trồng rừng``, ``ước trên
58,55% dự toán tỉnh giao``), and so does a verb of paying out, which the achievement of a plan of capital
measures (``giải ngân, tạm ứng 52,3% kế hoạch vốn``: an advance is a disbursement); a saving of an amount stays the amount's statement (``tiết kiệm 120 tỷ đồng``).
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.resolve.bare_plans import before_a_plan
from baocao.resolve.context import Context, Figure
from baocao.resolve.vocabulary import WORDS, exact_words

__all__ = ["plan_share"]

PLAN_SHARE_REASON = ("other: the part of a plan a verb cuts, saves or sets aside (tiết kiệm 10% dự toán chi thường "
                     "xuyên) is no achievement and no indicator value")
"""The reason given to a percentage of a plan after one of ``plan_share_verbs``."""
LOOK_BACK = 24
"""How far before the percentage its verb is read (the verb stands right before it)."""

# the verb right before the figure, on lower-cased text with its diacritics (folded, "cắt" would be "cát", sand:
# "Sản lượng khai thác cát 110% kế hoạch")
_VERB_AT_END = regex.compile(rf"{exact_words(WORDS.plan_share_verbs)}[ \u00a0]*$")


def plan_share(ctx: Context, fig: Figure) -> Optional[str]:
    """:data:`PLAN_SHARE_REASON` when percentage ``fig`` stands right after one of ``plan_share_verbs`` and right
    before a plan base (``tiết kiệm 10% dự toán``); else None."""
    rec = fig.rec
    if not before_a_plan(ctx, fig):     # a plan's base right after it, as resolve/bare_plans.py reads it
        return None
    return PLAN_SHARE_REASON if _VERB_AT_END.search(ctx.lower, max(0, rec.start - LOOK_BACK), rec.start) else None
