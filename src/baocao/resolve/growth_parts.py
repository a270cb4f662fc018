"""The parts of a growth written in a sentence of their own after it take its framing.

A statistics release writes the growth of the economy (``GDP quý I/2021 ước tính tăng 4,48%``), then,
a sentence or two later, its parts, in a sentence opened by words that name that growth as the whole
(``growth_parts_openers`` in ``data/indicators.yaml``: ``Trong mức tăng chung của toàn nền kinh tế,
khu vực nông, lâm nghiệp và thủy sản tăng 3,16%, đóng góp 8,34%; …``). The parts are the estimate's
parts: :func:`carry_to_growth_parts` frames them as estimates when the whole, the last statement
before their sentence (within :data:`REACH`; not an aside in a parenthesis, nor the level of another
period written beside it, ``cao hơn tốc độ tăng 3,68% của quý I/2020``), is an estimate. A part
framed by its own words keeps its framing; the parts of a growth that is no estimate stay ``actual``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.reach import sentence_start_within
from baocao.resolve.sentence_framing import level_of_another_period
from baocao.resolve.vocabulary import WORDS

if TYPE_CHECKING:
    from baocao.resolve.context import Context, Draft

__all__ = ["carry_to_growth_parts"]

REACH = 1200
"""At most this many characters between the whole's last figure and the sentence of its parts."""
LOOK_BACK = 600
"""How far back from a part the start of its sentence is looked for."""
_OPENER = regex.compile(r"[\s\-–+•*]*" + words_pattern(WORDS.growth_parts_openers))


def carry_to_growth_parts(ctx: Context, drafts: list[Draft]) -> None:
    """Frame as estimates the parts of an estimated growth in the sentence after it (``drafts`` in
    text order; see the module's text)."""
    for i, draft in enumerate(drafts):
        if draft.framing != "actual" or draft.framing_own or draft.in_parens or draft.summary or not draft.figs:
            continue
        start = draft.figs[0].start
        sentence = sentence_start_within(ctx.text, start, LOOK_BACK)
        if _OPENER.match(ctx.folded, sentence, start) is None:
            continue
        for j in range(i - 1, -1, -1):
            whole = drafts[j]
            if not whole.figs or whole.figs[0].start >= sentence:
                continue       # a part before it in the same sentence
            if whole.in_parens or level_of_another_period(ctx, whole) is not None:
                continue
            if whole.figs[-1].end >= sentence - REACH and whole.framing == "estimate" and not whole.summary:
                draft.framing = "estimate"
            break
