"""Industries named with commas: a name that ends the name of an industry or sector whose words hold
commas (``industry_names`` in ``data/indicators.yaml``: ``cung cấp nước, hoạt động quản lý và xử lý rác
thải, nước thải``) is that industry's name, from its start (with ``ngành``, ``nhóm ngành``, ``khu vực``
before it: ``industry_prefixes``), not the last piece after its last comma (``nước thải``); read by
:func:`baocao.resolve.enumerations.over_enumeration`."""
from __future__ import annotations

from typing import Optional

import regex

from baocao.resolve.context import Context
from baocao.resolve.phrases import name_in
from baocao.resolve._rules import words_pattern
from baocao.core.fold import fold
from baocao.resolve.vocabulary import WORDS

__all__ = ["industry_start"]

INDUSTRY_REACH = 120
"""The longest industry name with its prefix, in characters: how far back from a name's end one is
looked for."""
CLAUSE_REACH = 160
"""How far back from an industry name the start of its clause (a comma, a semicolon, …) is looked for."""

_INDUSTRY_AT_END = regex.compile(
    rf"(?:{words_pattern(WORDS.industry_prefixes)}[ \u00a0]+)?{words_pattern(WORDS.industry_names)}$")
# the start of the clause an industry name stands in: the last stop or comma before it
_CLAUSE_START = regex.compile(r"(?r)[,;:\n(+•\-–]|\.\s")
# the last words of the industry names: a match of _INDUSTRY_AT_END ends with one, at the end of the
# text searched or before a newline that ends it (``$``), the pre-test that spares the search
_LAST_WORDS = tuple({fold(w).split()[-1] for w in WORDS.industry_names})
# a match starts a word (no letter or digit before it) that is the first word of a prefix or a name: the
# search tries the pattern there only, not at each of the 120 offsets
_WORD_START = regex.compile(r"(?<![\p{L}\p{N}])\p{L}+")
_FIRST_WORDS = frozenset(regex.match(r"\p{L}*", fold(w)).group()     # type: ignore[union-attr]
                         for w in (*WORDS.industry_names, *WORDS.industry_prefixes))


def industry_start(ctx: Context, a: int, b: int) -> Optional[int]:
    """The start of the industry name (with its prefix) that the name [a, b) ends, when it starts before
    `a` and only fillers, a period or nothing stand before it in its clause (``Trong đó, ngành cung cấp
    nước, …``; not ``giá trị sản xuất nông nghiệp, thủy sản``, whose industry is a piece of a phrase);
    else None."""
    f = ctx.folded
    if not (f.endswith(_LAST_WORDS, 0, b) or (b > 0 and f.startswith("\n", b - 1) and f.endswith(_LAST_WORDS, 0, b - 1))):
        return None
    lo, m = max(0, b - INDUSTRY_REACH), None
    if "" in _FIRST_WORDS:    # a name that opens with no letter: searched at every offset
        m = _INDUSTRY_AT_END.search(f, lo, b)
    for w in _WORD_START.finditer(f, lo, b) if m is None else ():   # _INDUSTRY_AT_END.search's match
        if w.group() in _FIRST_WORDS and (m := _INDUSTRY_AT_END.match(f, w.start(), b)) is not None:
            break
    if m is None or m.start() >= a:
        return None
    start = m.start()
    clause = _CLAUSE_START.search(ctx.text, max(0, start - CLAUSE_REACH), start)
    if clause is None and start > CLAUSE_REACH:
        return None
    opened = clause.end() if clause is not None else 0
    if ctx.text[opened:start].strip() and name_in(ctx, opened, start) is not None:
        return None
    return start
