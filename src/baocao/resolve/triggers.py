"""Trigger words: where in a document a rule's words stand, found once, so that a rule is not asked where
none of them is (issue 21: about a hundred rules of a few microseconds each are asked of every figure).

A :class:`Trigger` is a list of words of ``data/indicators.yaml`` that one rule needs: every match the rule
can make reads one of them, whole, on the lower-cased text (``Context.lower``), inside a window of the text
around the figure that the rule reads no further than. A match of the words is one of their forms
(:func:`~baocao.resolve.vocabulary.exact_forms`: lower case, both tone conventions) with any run of spaces
or no-break spaces between its words: in a text with only single spaces between words, the form as written;
in any text, each of the form's words (of each form, its longest word, the token). :meth:`Trigger.within`
says whether a form (in a text with other gaps, a token) starts in the window, from the starts of all their
occurrences in the document, found by ``str.find`` at the first question and kept on the context
(``Context.scans``, one list per trigger and document, released with the context). A window in which none
starts holds no match of the rule (tests/test_resolve_triggers.py checks every gated rule on generated texts
and the dev documents). A gate is a function ``(ctx, fig) -> bool``: False only where the
rule it stands before returns None.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable, Iterable, Optional

from baocao.core.fold import fold
from baocao.resolve.context import Context, Figure
from baocao.resolve.vocabulary import exact_forms

__all__ = ["FoldedTrigger", "Trigger", "gated"]

Gate = Callable[[Context, Figure], bool]
"""Whether a rule may fire on a figure (False only where it returns None)."""
Rule = Callable[[Context, Figure], Optional[str]]
DIRECT_REACH = 64
"""Windows this wide or less are searched where they are, not through the document's scan."""


class Trigger:
    """The words one rule needs (see the module's text), their starts found once per document."""

    def __init__(self, name: str, words: Iterable[str]) -> None:
        self.key = f"trigger:{name}"
        forms = exact_forms(words)
        self.forms = _fewest(forms)
        self.tokens = _fewest({max(form.split(" "), key=len) for form in forms})

    def strings(self, ctx: Context) -> tuple[str, ...]:
        """The forms, or in a text with other gaps between its words than one space, their tokens."""
        odd = ctx.scans.get("odd_gaps")
        if odd is None:
            low = ctx.lower
            odd = ctx.scans["odd_gaps"] = "  " in low or "\u00a0" in low
        return self.tokens if odd else self.forms

    def starts(self, ctx: Context) -> list[int]:
        """The sorted starts of :meth:`strings` in ``ctx.lower``: every occurrence, overlapping ones too."""
        found = ctx.scans.get(self.key)
        if found is None:
            low, found = ctx.lower, []
            for token in self.strings(ctx):
                i = low.find(token)
                while i >= 0:
                    found.append(i)
                    i = low.find(token, i + 1)
            found.sort()
            ctx.scans[self.key] = found
        return found

    def within(self, ctx: Context, lo: int, hi: int) -> bool:
        """Whether one of :meth:`strings` starts in [lo, hi) of ``ctx.lower`` (where a match of the words inside
        [lo, hi) has one); in a window of :data:`DIRECT_REACH` at most, whether one lies inside it, found there
        (the whole text is read only for wider windows)."""
        if hi - lo <= DIRECT_REACH:
            low, lo = ctx.lower, max(0, lo)
            for s in self.strings(ctx):
                if low.find(s, lo, hi) >= 0:
                    return True
            return False
        starts = self.starts(ctx)
        if not starts:
            return False
        i = bisect_left(starts, lo)
        return i < len(starts) and starts[i] < hi


class FoldedTrigger:
    """The words one rule needs in the folded text (``Context.folded``), as
    :func:`~baocao.resolve._rules.words_pattern` matches them there: a folded form with any run of spaces or
    no-break spaces between its words. In a text whose folded view has only single spaces between words, a
    match is the form as written; in any text, it holds each of the form's words (its longest, the token)."""

    def __init__(self, words: Iterable[str]) -> None:
        forms = {fold(w) for w in words}
        self.forms = _fewest(forms)
        self.tokens = _fewest({max(form.split(" "), key=len) for form in forms})

    def within(self, ctx: Context, lo: int, hi: int) -> bool:
        """Whether a match of the words can lie inside [lo, hi) of ``ctx.folded``: one of the forms (in a text
        with other gaps between its words than one space, one of the tokens) is found there."""
        odd = ctx.scans.get("odd_folded_gaps")
        if odd is None:
            folded = ctx.folded
            odd = ctx.scans["odd_folded_gaps"] = "  " in folded or "\u00a0" in folded
        folded, lo = ctx.folded, max(0, lo)
        return any(folded.find(s, lo, hi) >= 0 for s in (self.tokens if odd else self.forms))


def _fewest(strings: Iterable[str]) -> tuple[str, ...]:
    """`strings` but those that hold another (an occurrence of one holds one of the other).

    >>> _fewest(["tái đắc cử", "đắc cử", "số phiếu"])
    ('số phiếu', 'đắc cử')
    """
    chosen = set(strings)
    return tuple(sorted(t for t in chosen if not any(o != t and o in t for o in chosen)))


def gated(rules: Iterable[tuple[Rule, Optional[Gate]]]) -> Callable[[Context, Figure], Optional[str]]:
    """The function that asks `rules` in order, each only where its gate (if any) holds, and returns the
    first reason given (else None): the answer of asking them all."""
    table = tuple(rules)

    def ask(ctx: Context, fig: Figure) -> Optional[str]:
        for rule, gate in table:
            if gate is not None and not gate(ctx, fig):
                continue
            reason = rule(ctx, fig)
            if reason is not None:
                return reason
        return None

    return ask
