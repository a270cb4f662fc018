"""Whether a target word is the base of a comparison or an achievement, read in the clean text.

:func:`~baocao.resolve.roles.framing_in` reads a target word right after an achievement verb or a
comparison's prefix (``đạt 97,67% so kế hoạch``, ``vượt kế hoạch``) as the base the figure is compared
with: it frames nothing. The folded text the rule reads loses what tells two words apart: ``đặt mục tiêu``
(a target set) folds as ``đạt mục tiêu`` (a target reached), and the ``Bằng`` of a place's name (``tỉnh
Cao Bằng phấn đấu, …``) as the comparative ``bằng``. :func:`base_word_before` reads the word found in the
clean text: a verb that sets the plan (``plan_set_verbs`` in ``data/indicators.yaml``: ``đặt``) or a word
in title case after another word (a proper name) makes no base, and the target word frames its statements.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from baocao.resolve.reached_targets import says_reached
from baocao.resolve.vocabulary import PLAN_AS_BASE_BEFORE, WORDS, exact_forms

if TYPE_CHECKING:
    from baocao.resolve.context import Context

__all__ = ["base_word_before", "sets_targets"]

PLAN_BASE_REACH = 16
"""How far before a target word the words that make it a base (``so với``, ``đạt 97%``) are looked for."""
_SET_VERBS = frozenset(exact_forms(WORDS.plan_set_verbs))
_WORD_BEFORE = regex.compile(r"\p{L}[^\S\n]+$")


def base_word_before(ctx: Context, start: int) -> bool:
    """True when the target word at ``start`` (clean and folded offsets) follows, within
    :data:`PLAN_BASE_REACH`, words that make it a base (``vocabulary.PLAN_AS_BASE_BEFORE``), read so in the
    clean text too: not a verb that sets the plan (``đặt``), nor a word of a name (``Cao Bằng``)."""
    m = PLAN_AS_BASE_BEFORE.search(ctx.folded, max(0, start - PLAN_BASE_REACH), start)
    if m is None:
        return False
    word = ctx.text[m.start():m.end()].rstrip()
    if word.lower() in _SET_VERBS:
        return False
    named = word[:1].isupper() and not word.isupper()
    return not (named and _WORD_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) is not None)


def sets_targets(ctx: Context, s: int, start: int, words: "regex.Pattern[str]") -> bool:
    """True when the lead [s, start) of a statement (folded text) names targets by ``words`` (a target word, a
    list of targets) that it sets: not targets reached or carried out
    (:func:`~baocao.resolve.reached_targets.says_reached`: ``các chỉ tiêu đạt và vượt``, ``đạt và vượt các chỉ
    tiêu đề ra``), nor a base (:func:`base_word_before`: ``đạt mục tiêu``, ``vượt kế hoạch``). The decision of a
    paragraph's list of targets (:mod:`~baocao.resolve.target_paragraphs`) and of a term's run of them
    (:mod:`~baocao.resolve.target_runs`)."""
    lead = ctx.folded[s:start]
    m = words.search(lead)
    return (m is not None and not says_reached(ctx.text[s:start], lead)
            and not base_word_before(ctx, s + m.start()))
