"""The gates of the role rules (:data:`baocao.resolve.roles.ROLE_RULES`): a rule whose every answer reads
one of its words in the figure's folded lead is asked only where one of those words stands there (issue 21:
fewer rule calls per figure).

A rule gets the folded lead, right-stripped (``lead``). Two kinds of gate, each a test of ``str`` on the
lead, never wrong where the rule answers (tests/test_role_gates.py checks every gated rule on generated
leads and on dev documents):

- a word list matched anywhere in the lead (:func:`~baocao.resolve._rules.words_pattern`, on folded text:
  the folded words, one run of spaces between two words): every match holds each word of its form, so the
  lead holds the longest word of some form (:class:`_Anywhere`);
- a word list matched at the lead's end (``words_pattern(…) + r"\\s*$"``): every character ``\\s`` matches is
  one ``str.rstrip`` strips (the tests check every code point), so the right-stripped lead ends where the
  match's word ends, with the last word of its form (:class:`_AtEnd`).

A gate is a function ``(ctx, fig, lead) -> bool``: False only where the rule it stands before returns None.
"""
from __future__ import annotations

from typing import Callable, Iterable

from baocao.core.fold import fold
from baocao.resolve.bare_plans import plan_right_after
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.vocabulary import EVENT_UNITS, WORDS

__all__ = ["GATES"]

Gate = Callable[[Context, Figure, str], bool]
"""Whether a role rule may answer for a figure with this folded, right-stripped lead."""


def _forms(words: Iterable[str]) -> list[list[str]]:
    """The words of each folded form of ``words``, as :func:`~baocao.resolve._rules.words_pattern` writes
    them (a space between two words is a run of spaces)."""
    return [fold(w).split(" ") for w in words]


class _Anywhere:
    """One word of each form of the lists (its longest) searched anywhere in the lead."""

    def __init__(self, *lists: Iterable[str]) -> None:
        tokens = {max(form, key=len) for words in lists for form in _forms(words)}
        # a token that holds another is found wherever the other is: the shorter alone is asked
        self.tokens = tuple(sorted(t for t in tokens if not any(o != t and o in t for o in tokens)))

    def __call__(self, lead: str) -> bool:
        return any(t in lead for t in self.tokens)


class _AtEnd:
    """The last word of each form of the lists at the end of the lead."""

    def __init__(self, *lists: Iterable[str]) -> None:
        self.ends = tuple(sorted({form[-1] for words in lists for form in _forms(words)}))

    def __call__(self, lead: str) -> bool:
        return lead.endswith(self.ends)


_DIRECTION = _Anywhere(WORDS.increase, WORDS.decrease)
_ACHIEVED_AT_END = _AtEnd(WORDS.achievement_verbs, WORDS.increase, WORDS.decrease)
_CHANGE_FROM_AT_END = _AtEnd(WORDS.change_from_verbs)
_FROM_AT_END = _AtEnd(WORDS.from_words)
_EVENT_AT_END = _AtEnd(WORDS.event_words)


def _may_change(ctx: Context, fig: Figure, lead: str) -> bool:
    """``_change``: a direction word among the last words (of the lead without its yearly words), or a
    percentage after ``+``."""
    return _DIRECTION(lead) or (fig.rec.kind == "percentage" and lead.endswith("+"))


def _may_be_achievement(ctx: Context, fig: Figure, lead: str) -> bool:
    """``_achievement``: a percentage after an achievement verb, or after a direction word that is the
    lead's last word, or right before a plan base with no verb (:func:`~baocao.resolve.bare_plans.plan_right_after`)."""
    return fig.rec.kind == "percentage" and (_ACHIEVED_AT_END(lead) or plan_right_after(ctx, fig, lead))


def _may_be_from_level(ctx: Context, fig: Figure, lead: str) -> bool:
    """``_from_level``: a range after a change verb (``tăng từ 35,6% đến 61,4%``, ``từ`` inside the range's
    record), else a figure after ``từ`` (every pattern of the rule, and ``change_after_an_old_level``'s,
    ends with ``from_words``)."""
    rec = fig.rec
    if getattr(rec, "qualifier", None) == "range" and getattr(rec, "value_max", None) is not None:
        return _CHANGE_FROM_AT_END(lead)
    return _FROM_AT_END(lead)


def _may_be_event(ctx: Context, fig: Figure, lead: str) -> bool:
    """``_event``: a count in an event's unit, or after an event word that ends the lead."""
    return folded_unit(fig.rec) in EVENT_UNITS or _EVENT_AT_END(lead)


def _may_be_multiple(ctx: Context, fig: Figure, lead: str) -> bool:
    """``_multiple``: a figure in ``lần``."""
    return folded_unit(fig.rec) == "lan"


#: The gate of a role rule, by the rule's name: where it says False, the rule returns None and is not asked.
GATES: dict[str, Gate] = {"_change": _may_change, "_achievement": _may_be_achievement, "_from_level": _may_be_from_level,
                          "_event": _may_be_event, "_multiple": _may_be_multiple}
