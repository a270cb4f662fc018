"""The exact pre-test of :func:`baocao.resolve.statements.place` for a figure that cannot be read as
a statement: a quantity or an amount of money with no letter before it in its chunk and none after
it (``5 ha 5 ha …``), no indicator before it, nothing the clause names. ``place`` would ask every
role rule, the phrase before and the phrase after, and leave it unattached for want of a phrase;
the pre-test leaves it so at once, with the same reason (tests/test_place_pretest.py compares the
two on generated statements).

Why that is the same answer: every role rule that reads the lead reads a word of its vocabulary
there, and every such word holds a letter (checked when the vocabulary is loaded, below); the rules
that read the figure itself (a summary's, an event's unit, a count unit that starts the phrase after
it, a unit that is no indicator's) are kept out by the unit; a year pair is a fraction and a slash
target a percentage, neither of which the pre-test takes; and a phrase needs a word of two letters.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from baocao.resolve.context import Clause, Context, Figure, folded_unit
from baocao.resolve.vocabulary import COUNT_UNITS, EVENT_UNITS, NOT_INDICATOR_UNITS, SUMMARY_UNITS, WORDS

if TYPE_CHECKING:
    from baocao.resolve.context import Draft

#: the reason ``place`` gives a figure with no phrase before or after it
NO_PHRASE = "no indicator phrase before or after the figure"

#: the units whose figures ``place`` reads by their unit
_READ_BY_UNIT = COUNT_UNITS | EVENT_UNITS | NOT_INDICATOR_UNITS | SUMMARY_UNITS

#: the vocabularies the role rules and the bare "từ … xuống" read in a figure's lead
LEAD_WORDS = ("rank_words", "event_words", "change_from_verbs", "multiple_words", "increase",
              "decrease", "yearly")

_LETTER = regex.compile(r"\p{L}")

for _name in LEAD_WORDS:
    for _word in getattr(WORDS, _name):
        if not _LETTER.search(_word):   # pragma: no cover - a rule file that breaks the pre-test
            raise ValueError(f"indicators.yaml: {_name} {_word!r} holds no letter: the pre-test of "
                             "place (resolve.loose) would be wrong")


def cannot_be_statement(ctx: Context, fig: Figure, current: Optional[Draft], clause: Clause) -> bool:
    """True when ``place(ctx, fig, current, clause)`` would only leave the figure unattached with
    :data:`NO_PHRASE` (see the module's docstring); False says nothing."""
    rec = fig.rec
    if current is not None or rec.kind not in ("quantity", "money"):
        return False
    if clause.get("label") is not None or "whole" in clause or "running" in clause:
        return False
    # the folded and lower-case views have a letter only where the text has one (no character
    # that is no letter folds or lowers to one: tests/test_place_pretest.py tries every one)
    text = ctx.text
    if _LETTER.search(text, fig.lead_start, rec.start) is not None or \
            _LETTER.search(text, rec.end, fig.tail_end) is not None:
        return False
    return folded_unit(rec) not in _READ_BY_UNIT
