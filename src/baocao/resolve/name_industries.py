"""Industries named with commas: a name that ends the name of an industry or sector whose words hold
commas (``industry_names`` in ``data/indicators.yaml``: ``cung cấp nước, hoạt động quản lý và xử lý rác
thải, nước thải``) is that industry's name, from its start (with ``ngành``, ``nhóm ngành``, ``khu vực``
before it: ``industry_prefixes``), not the last piece after its last comma (``nước thải``), and from the
short head of a measure right before its prefix (``tỷ trọng ngành nông, lâm nghiệp, thủy sản``); a name
that opens with a prefix right after such an industry's comma is a name of its own, the industry before it
its frame (``Trong khu vực nông, lâm nghiệp và thủy sản, ngành thủy sản đạt …``). Read by
:func:`baocao.resolve.enumerations.over_enumeration`."""
from __future__ import annotations

from typing import Optional

import regex

from baocao.resolve.context import Context
from baocao.resolve.phrases import name_in
from baocao.resolve._rules import load, words_pattern
from baocao.core.fold import fold
from baocao.core.rules import compile_at
from baocao.resolve.enumeration_heads import CLAUSE_WORD_AS_WRITTEN
from baocao.resolve.vocabulary import GROWTH_NAME_AT, HEAD_CUT_VERB, NAME_HEAD, WORDS

__all__ = ["industry_before", "industry_start"]

INDUSTRY_REACH = 120
"""The longest industry name with its prefix, in characters: how far back from a name's end one is
looked for."""
HEAD_WORDS = 4
"""The head of a measure before an industry's prefix is at most this many words (``giá trị sản xuất``)."""
CLAUSE_REACH = 160
"""How far back from an industry name the start of its clause (a comma, a semicolon, …) is looked for."""

_INDUSTRY_AT_END = regex.compile(
    rf"(?:(?P<prefix>{words_pattern(WORDS.industry_prefixes)})[ \u00a0]+)?{words_pattern(WORDS.industry_names)}$")
# a prefix that opens a name (folded text, matched at the name's start)
_PREFIX_AT = compile_at(words_pattern(WORDS.industry_prefixes))
# a share's name opening a head (folded text, at the head's start): "tỷ trọng ngành nông, lâm nghiệp, thủy sản"
_SHARE_AT = compile_at(words_pattern(load("measures").share_names))
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
    nước, …``; not ``giá trị sản xuất nông nghiệp, thủy sản``, whose industry is a piece of a phrase); or
    the start of the head of a measure (a growth's, a share's name or one of ``name_heads``), at most
    ``HEAD_WORDS`` words and no clause (a growth name is no verb: ``Tăng trưởng khu vực công nghiệp, xây
    dựng``), right before the industry's prefix (``trong đó tỷ trọng ngành nông, lâm nghiệp, thủy sản chiếm
    37,6%`` → ``tỷ trọng ngành nông, lâm nghiệp, thủy sản``: the prefix makes the industry a whole; not an
    action, ``Thu hút đầu tư, phát triển ngành nông, …``); else None."""
    m = _industry_at_end(ctx, b)
    if m is None or m.start() >= a:
        return None
    start = m.start()
    clause = _CLAUSE_START.search(ctx.text, max(0, start - CLAUSE_REACH), start)
    if clause is None and start > CLAUSE_REACH:
        return None
    opened = clause.end() if clause is not None else 0
    if not ctx.text[opened:start].strip():
        return start
    kept = name_in(ctx, opened, start)
    if kept is None:
        return start
    if m.group("prefix") is None or ctx.text[kept[1]:start].strip() \
            or len(ctx.text[kept[0]:start].split()) > HEAD_WORDS:
        return None
    growth = GROWTH_NAME_AT.match(ctx.folded, kept[0], start)   # "tăng trưởng" is a head, not a verb
    words = growth.end() if growth is not None else kept[0]
    if CLAUSE_WORD_AS_WRITTEN.search(ctx.lower, words, start) or HEAD_CUT_VERB.search(ctx.lower, kept[0], start):
        return None
    # the head of a measure (a growth, a share or a name head: "giá trị sản xuất"), not an action ("Thu hút
    # đầu tư, phát triển ngành nông, lâm nghiệp, thủy sản đạt 120 tỷ đồng" is no production of the sector)
    if growth is None and NAME_HEAD.match(ctx.lower, kept[0], start) is None \
            and _SHARE_AT.match(ctx.folded, kept[0], start) is None:
        return None
    return kept[0]


def industry_before(ctx: Context, a: int, comma: int) -> bool:
    """True when the name at `a` opens with one of ``industry_prefixes`` and an industry name of
    ``industry_names`` ends at the comma before it (`comma`, its offset): that industry is the frame of the
    name, never a piece of it (``Trong khu vực nông, lâm nghiệp và thủy sản, ngành thủy sản đạt …`` →
    ``ngành thủy sản``)."""
    return _PREFIX_AT.match(ctx.folded, a) is not None and _industry_at_end(ctx, comma) is not None


def _industry_at_end(ctx: Context, b: int) -> Optional["regex.Match[str]"]:
    """The match of an industry name (with its prefix) that ends at `b` (or before the newline that ends
    there), at most ``INDUSTRY_REACH`` characters back; else None."""
    f = ctx.folded
    if not (f.endswith(_LAST_WORDS, 0, b) or (b > 0 and f.startswith("\n", b - 1) and f.endswith(_LAST_WORDS, 0, b - 1))):
        return None
    lo, m = max(0, b - INDUSTRY_REACH), None
    if "" in _FIRST_WORDS:    # a name that opens with no letter: searched at every offset
        m = _INDUSTRY_AT_END.search(f, lo, b)
    for w in _WORD_START.finditer(f, lo, b) if m is None else ():   # _INDUSTRY_AT_END.search's match
        if w.group() in _FIRST_WORDS and (m := _INDUSTRY_AT_END.match(f, w.start(), b)) is not None:
            break
    return m
