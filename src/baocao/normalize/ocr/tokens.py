"""The syllable tokens of a text, the links between neighbours in a phrase, and what a
token's neighbours say of it (an abbreviation, part of a name)."""
from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate
from typing import Optional, Union, overload

import regex

from baocao.core.fold import canonical

_SPLIT = regex.compile(r"(\p{L}+)")
_HAS_MARK = regex.compile(r"[^\x00-\x7f]")
_VOWEL = regex.compile(r"[aeiouy]")


def _with_case(model: str, word: str) -> str:
    """Spell `word` in the case pattern of `model` (UPPER, Title or lower)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class _Tokens:
    """The syllable tokens of a text, as (start, end, surface) on demand: the text is split once and
    the tuples are only built for the few tokens a rule looks at closely."""

    __slots__ = ("surface", "gaps", "_offs")

    def __init__(self, text: str) -> None:
        pieces = _SPLIT.split(text)
        self.surface = pieces[1::2]
        self.gaps = pieces[0::2]          # gaps[k] stands before token k; the last one ends the text
        self._offs = list(accumulate(map(len, pieces)))   # start of token k at 2k, end at 2k + 1

    def __len__(self) -> int:
        return len(self.surface)

    @overload
    def __getitem__(self, k: int) -> tuple[int, int, str]: ...

    @overload
    def __getitem__(self, k: slice) -> list[tuple[int, int, str]]: ...

    def __getitem__(self, k: Union[int, slice]) -> Union[tuple[int, int, str],
                                                          list[tuple[int, int, str]]]:
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(len(self.surface)))]
        if k < 0:
            k += len(self.surface)
        return self._offs[2 * k], self._offs[2 * k + 1], self.surface[k]

    def index_at(self, start: int) -> Optional[int]:
        """The token starting at `start`, or None."""
        last = 2 * len(self.surface)
        k = bisect_left(self._offs, start, 0, last)
        return k // 2 if k < last and k % 2 == 0 and self._offs[k] == start else None


# Syllables are neighbours when one space, or a paragraph cut by a page break (newlines and
# spaces), stands between them: see _tokens.
class _Links(dict[str, bool]):
    """Whether a gap links the syllables on its sides (one space, or a paragraph cut by a page
    break: newlines and spaces only), remembered per gap string."""

    def __missing__(self, gap: str) -> bool:
        linked = gap == " " or ("\n" in gap and not gap.strip(" \r\n"))
        if len(self) < 4096:
            self[gap] = linked
        return linked


_LINKS = _Links()


# A line break (spaces and newlines only) before a capital: the capital opens a line.
_LINE_OPENS = regex.compile(r"\n[ \r\n]*(?=\p{Lu})")


Tokenized = tuple[_Tokens, list[bool], list[str]]
"""(tokens, whether each is linked to its left neighbour, their canonical syllables)."""


def _tokens(text: str) -> tuple[_Tokens, list[bool]]:
    """Syllable tokens and, for each, whether it is linked to its left neighbour in one phrase. A
    capitalised syllable after a line break begins a line (a heading, a sentence, an item of a
    list: "đô la Mỹ\nTháng 12/2024"), not the rest of a paragraph a page break cut: not linked."""
    toks = _Tokens(text)
    n = len(toks)
    linked = [False] + list(map(_LINKS.__getitem__, toks.gaps[1:n])) if n else []
    for m in _LINE_OPENS.finditer(text):     # line breaks are few: no Python step per syllable
        k = toks.index_at(m.end())
        if k:
            linked[k] = False
    return toks, linked


def tokenized(text: str) -> Tokenized:
    """(tokens, links, canonical syllables) of `text`, for :func:`ocr_edits` and
    :class:`DocumentEvidence` to share."""
    toks, linked = _tokens(text)
    return toks, linked, list(map(canonical, toks.surface))


def _abbreviation(toks: _Tokens, linked: list[bool], i: int) -> bool:
    """True when token i is written in capitals (two letters or more) and no neighbour in its
    phrase is: an abbreviation ("NQ/TU", "UBND tỉnh"), not a word of a heading in capitals."""
    s = toks.surface
    if len(s[i]) < 2 or not s[i].isupper():
        return False
    return not ((linked[i] and len(s[i - 1]) > 1 and s[i - 1].isupper()) or
                (i + 1 < len(s) and linked[i + 1] and len(s[i + 1]) > 1 and s[i + 1].isupper()))


def _in_name(toks: _Tokens, linked: list[bool], i: int) -> bool:
    """True when token i is capitalised beside a capitalised neighbour: part of a name, which
    neither the dictionary nor running text knows. A capital alone starts a sentence or a term."""
    if not toks.surface[i][:1].isupper():
        return False
    n = len(linked)
    return (linked[i] and toks.surface[i - 1][:1].isupper()) or \
        (i + 1 < n and linked[i + 1] and toks.surface[i + 1][:1].isupper())


def _whole_run(toks: _Tokens, linked: list[bool], i: int, end: int) -> bool:
    """True when tokens i to end are a whole run of capitalised syllables."""
    s = toks.surface
    return not (i > 0 and linked[i] and s[i - 1][:1].isupper()) and \
        not (end + 1 < len(s) and linked[end + 1] and s[end + 1][:1].isupper())
