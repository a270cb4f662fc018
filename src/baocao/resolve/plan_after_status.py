"""A plan's rate in a parenthesis after the status the statement reached against that plan.

``PLAN_IN_PARENS`` (:mod:`baocao.resolve.vocabulary`) reads the plan in a parenthesis right after a statement
or after its comparison base (``tăng 10,51% so với năm 2016 (kế hoạch tăng 10,6%)``). Reports also write the
status first, its plan named outside the parenthesis and the plan's rate inside (perhaps after the plan's word
again): ``khu vực dịch vụ tăng 9,06% vượt kế hoạch đề ra (kế hoạch tăng 5,15%)`` (332 Con số & Sự kiện),
``GRDP tăng 7,61%, vượt so với kế hoạch HĐND tỉnh giao (7 - 7,5%)`` (297 VietNamNet), ``… bình quân
22,03%/năm, vượt mục tiêu Đại hội (16,0%/năm)`` (311 Báo Thế giới & Việt Nam). :func:`plan_in_parens` says
whether the text between a statement's last figure and a figure is either form; the figure is then the
plan's, held by the statement (its target beside a growth), never a statement of its own. The words are
``plan_base_status_words``, ``base_prefixes`` and ``plan_words`` of ``data/indicators.yaml``; a parenthesis that
opens with other words (``vượt kế hoạch (tăng 3% so với cùng kỳ)``) is no plan.
"""
from __future__ import annotations

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.vocabulary import PLAN_IN_PARENS, WORDS

__all__ = ["plan_in_parens"]

_PLAN = words_pattern(WORDS.plan_words)
# on the folded text between the statement's last figure and the figure
_PLAN_AFTER_STATUS = regex.compile(
    rf"^\s*,?\s*{words_pattern(WORDS.plan_base_status_words)}\s+(?:{words_pattern(WORDS.base_prefixes)}\s+)?"
    rf"{_PLAN}[^()%;,]{{0,40}}\(\s*(?:{_PLAN}[^()]{{0,40}})?$")


def plan_in_parens(between: str) -> bool:
    """True when ``between`` (folded) leads from a statement to a plan's figure in a parenthesis.

    >>> plan_in_parens(" vuot ke hoach de ra (ke hoach tang "), plan_in_parens(" (ke hoach tang ")
    (True, True)
    >>> plan_in_parens(" vuot ke hoach (tang ")
    False
    """
    return PLAN_IN_PARENS.match(between) is not None or _PLAN_AFTER_STATUS.match(between) is not None
