"""Shares of the economy's structure named by their part: a name that opens with the structure
(``structure_heads`` in ``data/indicators.yaml``: ``Cơ cấu kinh tế``, ``cơ cấu này là``) and goes on with
sectors only (``structure_parts``) names the part, whose share the figure is (``Cơ cấu kinh tế
Nông-lâm-thủy sản 7,2%`` → ``Nông-lâm-thủy sản``); read by :func:`baocao.resolve.naming.named_by_phrase_before`."""
from __future__ import annotations

import regex

from baocao.core.rules import compile_at
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context
from baocao.resolve.vocabulary import WORDS

__all__ = ["after_the_structure"]

_STRUCTURE = compile_at(
    rf"\s*(?P<head>{words_pattern(WORDS.structure_heads)})(?:\s+nay)?(?:\s+(?:la|gom))?\s*:?\s+")
_PARTS = regex.compile(
    rf"{words_pattern(WORDS.structure_parts)}(?:\s*(?:[-–,]|\bva\b)?\s*{words_pattern(WORDS.structure_parts)})*\s*")


def after_the_structure(ctx: Context, a: int, b: int) -> tuple[int, str]:
    """The start of the name [a, b) and the words of the structure left out of it: where its sectors start
    and the structure's words (which its key still reads: ``economic_structure_agriculture``) when it opens
    with the economy's structure and holds only sectors after it (see the module's text), else (`a`, "")."""
    m = _STRUCTURE.match(ctx.folded, a, b)
    if m is None or _PARTS.fullmatch(ctx.folded, m.end(), b) is None:
        return a, ""
    return m.end(), " ".join(ctx.text[m.start("head"):m.end("head")].split())
