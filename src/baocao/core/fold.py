"""Folding Vietnamese text for lookups: :func:`fold` removes every diacritic (and đ → d),
:func:`canonical` is the key every dictionary lookup uses (lower case, NFC, new-style tone
placement: "hoà" and "hòa" are the same entry), :func:`key` joins a run of syllables into one str.

OCR confuses tones, hats and breves, so the normalizer's candidates for a syllable are the valid
syllables with the same fold; the resolvers compare labels, units and place names by their folds.
"""
from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from collections.abc import Iterator
from typing import TYPE_CHECKING, Optional, Union

import regex

from baocao.core.marks import place_tones

if TYPE_CHECKING:
    import numpy as np


@cache
def _fold_table() -> dict[int, str]:
    table = {ord("đ"): "d", ord("Đ"): "d"}
    for cp in range(0xC0, 0x1EFA):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base != ch and base.isascii():
            table[cp] = base.lower()
    return table


@cache
def _translate_table() -> dict[int, Union[str, int]]:
    """:func:`_fold_table` with every other code point below U+2200 (the letters, digits, marks and
    punctuation of a report) mapped to itself: ``str.translate`` reads the same text, but finds each
    of those characters in the table instead of raising and catching a ``KeyError`` for it, which
    costs more than half its time on a report's text."""
    table: dict[int, Union[str, int]] = {cp: cp for cp in range(0x2200)}
    table.update(_fold_table())
    return table


_DROPPED = 0xFFFFFFFF      # no code point: in the table of code points, a character fold drops


@cache
def _fold_codes() -> "np.ndarray":
    """:func:`_fold_table` as an array: a code point's fold (one character's, or ``_DROPPED``) at
    its index, for every code point up to the table's last (the others are their own)."""
    import numpy as np

    table = _fold_table()
    codes = np.arange(max(table) + 1, dtype=np.uint32)
    for cp, base in table.items():
        assert len(base) <= 1, base
        codes[cp] = ord(base) if base else _DROPPED
    return codes


FOLD_ARRAY_CHARS = 1 << 9
"""A text longer than this (a paragraph, a document) is folded as an array of code points (numpy),
each looked up at once in :func:`_fold_codes`; a shorter one by ``str.translate``, which looks each
character up one at a time (about 0.05 µs a character with :func:`_translate_table`, where the
arrays cost about 18 µs a call and 0.01 µs a character: both take the same time at about 450
characters; a 4,000 character report folds in 40 µs, not 200); the same text (tests/test_fold.py)."""

FOLD_CACHE_CHARS = 64
"""Folds of strings up to this long are remembered (syllables, words, phrases: most calls, 95% of
them under 16 characters); a longer one (a sentence, a whole document's text) is folded again each
time, so the cache never holds documents."""
FOLD_CACHE_SIZE = 1 << 14
"""How many folds are remembered: a 1 MB report asks about 6,000 different short strings."""


def fold(s: str) -> str:
    """Remove Vietnamese diacritics and case: ``Ẳng`` → ``ang``, ``đư`` → ``du``.

    >>> fold("Mường Ẳng"), fold("đư nợ")
    ('muong ang', 'du no')
    """
    if len(s) > FOLD_ARRAY_CHARS:
        return lower(_folded_codes(s))
    if len(s) > FOLD_CACHE_CHARS:
        return lower(s.translate(_translate_table()))
    return _fold_short(s)


def fold_aligned(s: str) -> str:
    """:func:`fold` of ``s`` of the same length as ``s``, so that an offset in one is the offset in the
    other: a character whose fold is longer or empty (a combining mark, a ligature) gives its first
    character, or itself.

    >>> fold_aligned("Năm qua"), len(fold_aligned("ﬁ 5%")) == len("ﬁ 5%")
    ('nam qua', True)
    """
    folded = fold(s)
    return folded if len(folded) == len(s) else "".join((fold(c) or c)[:1] for c in s)


def _folded_codes(s: str) -> str:
    """``s.translate(_fold_table())``, read as arrays of code points (a lone surrogate kept), a piece
    of :data:`LOWER_PIECE` characters at a time: the arrays of a piece are a few times its size, never
    those of a whole 50 MB text (each character is folded alone, so pieces fold to the same text)."""
    import numpy as np

    codes = _fold_codes()
    out = []
    for i in range(0, len(s), LOWER_PIECE):
        cps = np.frombuffer(s[i:i + LOWER_PIECE].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        inside = cps < len(codes)
        folded = np.where(inside, codes[np.where(inside, cps, 0)], cps)
        kept = folded != _DROPPED
        if not kept.all():
            folded = folded[kept]
        out.append(folded.astype(np.uint32).tobytes().decode("utf-32-le", "surrogatepass"))
    return "".join(out)


LOWER_PIECE = 1 << 16
""":func:`lower` lowers a long text this many characters (and up to the next whitespace) at a
time."""
_SPACE = regex.compile(r"\s")


def lower(s: str) -> str:
    """``s.lower()``, made a piece at a time for a long text that is not ASCII.

    ``str.lower()`` of a non-ASCII string first allocates 12 bytes per character (room for the
    longest lower case of each), about 450 MB at once for a 50 MB text, whose lower case then takes
    2 bytes per character. Pieces of :data:`LOWER_PIECE` characters, each cut right after a
    whitespace character, lower to the same text: no case mapping's context (the final sigma's)
    reaches across a whitespace character.

    >>> lower("ΟΔΟΣ Ở HÀ NỘI")
    'οδος ở hà nội'
    """
    if len(s) <= LOWER_PIECE or s.isascii():
        return s.lower()
    return "".join(s[i:j].lower() for i, j in pieces(s, LOWER_PIECE))


def pieces(s: str, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of ``s`` of ``size`` characters and up to the next
    whitespace character (each cut right after one, so that no word crosses a cut), the last piece
    to the end of ``s``.

    >>> list(pieces("ab cd ef", 3))
    [(0, 6), (6, 8)]
    """
    n, i = len(s), 0
    while i < n:
        j = i + size
        if j < n:
            space = _SPACE.search(s, j)
            j = n if space is None else space.end()
        else:
            j = n
        yield i, j
        i = j


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def _fold_short(s: str) -> str:
    return s.translate(_translate_table()).lower()


def canonicalize(s: str) -> str:
    """:func:`canonical` of `s`, not remembered: for the words of a list read once (the lexicon's
    word list), whose many entries would only push the text's tokens out of the cache."""
    return place_tones(unicodedata.normalize("NFC", s).lower(), "new")


@lru_cache(maxsize=1 << 16)
def canonical(s: str) -> str:
    """Lower case, NFC, new-style tone placement: the key every lookup uses.

    >>> canonical("Hoà Bình"), canonical("UỶ BAN")
    ('hòa bình', 'ủy ban')
    """
    return canonicalize(s)


def key(*syllables: Optional[str]) -> Optional[str]:
    """The key of a run of syllables in the lexicon's (and the running-text model's) tables: the
    syllables joined by a space, which no syllable (a run of letters) holds; None when one of them
    is None (no neighbour: a phrase break), which no table holds.

    >>> key("thị", "trấn"), key(None, "trấn")
    ('thị trấn', None)
    """
    try:
        return " ".join(syllables)  # type: ignore[arg-type]  # a None raises, as meant
    except TypeError:   # a None
        return None
