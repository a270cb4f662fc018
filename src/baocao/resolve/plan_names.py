"""A statement named only by a plan word: ``(KH 2023: 18-19%; 46-47%; 29 - 30%)``, ``mới đạt 31,7% KH``,
``hoàn thành 100% kế hoạch giao``.

A figure whose name, once its plan words (``plan_words``: ``KH``, ``kế hoạch``, ``dự toán`` …) and the words
that go with them (``plan_only_words``: ``giao``, ``đề ra``) are taken away, is empty, names no indicator: it is
the plan (or the achievement of a plan) of a statement written before it, whose name the rules did not carry.
Taken as a statement of its own it is an indicator named ``KH`` with a value the document never stated for
anything called so; :func:`plan_only_name` says such a name, and the figure is left unattached with
:data:`PLAN_NAME_REASON` (a wrong statement is worse than a figure left out). Names with any other word
(``kế hoạch vốn đầu tư``, ``Tổng kế hoạch vốn``) are names. Such a percentage in the clause of a level, after words
that name nothing, is that level's achievement and never reaches here (:mod:`baocao.resolve.plan_reached`).
"""
from __future__ import annotations

import regex

from typing import TYPE_CHECKING

from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.vocabulary import WORDS

if TYPE_CHECKING:
    from baocao.resolve.context import Draft

__all__ = ["PLAN_NAME_REASON", "named_by_its_plan", "plan_only_name"]

NEAR_BEFORE = 48
"""How far before a figure's start its plan-word name may start (``chỉ tiêu đề ra là tối thiểu 20%``)."""
NEAR_AFTER = 24
"""How far after a figure's end its plan-word name may start (``100% kế hoạch giao``)."""

#: The reason a figure named only by a plan word is left unattached.
PLAN_NAME_REASON = ("other: a figure named only by a plan word (KH 2023: 18-19%, đạt 31,7% KH, 100% kế hoạch "
                    "giao) is the plan of a statement, or a result against it, whose name was not carried: no "
                    "indicator's name")

# the plan words and their companions, as whole words of a folded name
_PLAN_WORDS = regex.compile(words_pattern([*WORDS.plan_words, *WORDS.plan_only_words]))
# what may remain around them: spaces, punctuation, digits (a year: "KH 2023")
_REST = regex.compile(r"[\s\p{P}\p{S}\p{N}]*")


def plan_only_name(name: str) -> bool:
    """True when ``name`` holds words and all of them are ``plan_words`` and ``plan_only_words``, with digits
    and punctuation between.

    >>> plan_only_name("KH"), plan_only_name("kế hoạch giao"), plan_only_name("KH 2023:"), plan_only_name("giao")
    (True, True, True, True)
    >>> plan_only_name("kế hoạch vốn đầu tư"), plan_only_name("giao thông"), plan_only_name("2023"), plan_only_name("")
    (False, False, False, False)
    """
    folded = fold(name)
    if _PLAN_WORDS.search(folded) is None:
        return False
    return _REST.fullmatch(_PLAN_WORDS.sub(" ", folded)) is not None


def named_by_its_plan(draft: "Draft", name: str, dropped: set[str]) -> bool:
    """True when ``draft`` (its recorded ``name``) is a figure named only by plan words written beside it
    (its name starts at most :data:`NEAR_BEFORE` characters before the first figure or :data:`NEAR_AFTER`
    after it: ``KH 2023: 18-19%``, ``đạt 31,7% KH``), or a figure that inherited such a name from one left
    out before (a name in ``dropped``: ``…; 46-47%; 29 - 30%``). A plan word far before the figure, opening its
    sentence (``Nghị quyết đề ra mục tiêu năm 2023 thu ngân sách đạt 500 tỷ đồng``: the target's name the rules
    cut short), leaves the statement as it is."""
    if not draft.figs or not plan_only_name(name):
        return False
    if draft.name_start is None:
        return name in dropped
    first = draft.figs[0]
    if draft.name_start <= first.start:
        return first.start - draft.name_start <= NEAR_BEFORE
    return draft.name_start - first.end <= NEAR_AFTER
