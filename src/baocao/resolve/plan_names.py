"""A statement named only by a plan word: ``(KH 2023: 18-19%; 46-47%; 29 - 30%)``, ``mới đạt 31,7% KH``,
``hoàn thành 100% kế hoạch giao``.

A figure whose name, once its plan words (``plan_words``: ``KH``, ``kế hoạch``, ``dự toán`` …) and the words
that go with them (``plan_only_words``: ``giao``, ``đề ra``) are taken away, is empty, names no indicator: it is
the plan (or the achievement of a plan) of a statement written before it, whose name the rules did not carry.
Taken as a statement of its own it is an indicator named ``KH`` with a value the document never stated for
anything called so; :func:`plan_only_name` says such a name, and the figure is left unattached with
:data:`PLAN_NAME_REASON` (a wrong statement is worse than a figure left out). Names with any other word
(``kế hoạch vốn đầu tư``, ``Tổng kế hoạch vốn``) are names.
"""
from __future__ import annotations

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.vocabulary import WORDS

__all__ = ["PLAN_NAME_REASON", "plan_only_name"]

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
