"""Where an amount pattern (:func:`~baocao.core.numbers.amounts.amount_pattern`) need not be run:
after a unit word and an ending that starts nothing the pattern reads on (:func:`plain_words`,
:func:`plain_end`), its match is the numeral, a space and the word; after a scale word and an
ending no unit word starts (:func:`dead_words`, :func:`dead_end`), it matches nothing. Each is
argued from the pattern's parts below and checked against the pattern by a property test
(tests/test_amount_fast_paths.py)."""
from __future__ import annotations

from collections.abc import Iterable

import regex

from baocao.core.numbers.scan import _MARGIN, _SPACES, WINDOW, first_words
from baocao.core.numbers.vocabulary import NUMBERS
from baocao.core.numbers.words import AFTER_QUALIFIERS, SCALE_FACTORS

#: the words that join the two numbers of a range (a sign or a word)
RANGE_WORDS = [*NUMBERS.range_words, NUMBERS.range_between.between]
_RANGE_WORDS = RANGE_WORDS

_LETTER_RUN = regex.compile(r"\p{L}+")
_RANGE_SIGNS = frozenset(w for w in _RANGE_WORDS if len(w) == 1 and not w.isalpha())
_RANGE_LETTER_WORDS = frozenset(w.lower() for w in _RANGE_WORDS if w.isalpha())
#: the first words (:func:`first_words`) of the words that, after a unit and a space, make the
#: amount read on: a range's separator (``5 ha đến 7 ha``) or a bound (``5 ha trở lên``)
_GO_ON = first_words(_RANGE_WORDS, AFTER_QUALIFIERS)
_GO_ON_LONGEST = max(map(len, _GO_ON))
#: the characters that, right after a unit, end an amount: nothing the pattern reads after a
#: unit (a range's separator, "/", a space) starts with one
_ENDS = frozenset(",;:.)\n") - _RANGE_SIGNS - {"/"}
assert not any(w[:1].isdigit() or w[:1] in _SPACES for w in [*_RANGE_WORDS, *AFTER_QUALIFIERS])


def plain_words(plain_units: Iterable[str], unit_words: Iterable[str], scale: bool) -> frozenset[str]:
    """The words of `plain_units` (what :func:`next_words` gives for a numeral followed by one) at
    which an :func:`amount_pattern` match is read without the pattern (:func:`~baocao.core.numbers.amounts.find_amounts`): a run
    of letters or a single sign, that starts no scale word and no range separator, whose letters
    are no shorter unit and a range word (``havà``), and that starts no longer unit word but with a
    letter (``m`` of ``m2``, ``km`` of ``km/h``; for a sign, with anything). After such a word,
    the pattern's match at the numeral is the numeral, a space at most and the word, unless
    what follows the word goes on (:func:`plain_end`).

    >>> sorted(plain_words(["ha", "m", "triệu", "%"], ["ha", "m", "m2", "triệu", "%"], True))
    ['%', 'ha']
    """
    words = {w.lower() for w in unit_words}
    starting = first_words(_RANGE_WORDS, list(SCALE_FACTORS) if scale else [])
    out = set()
    for w in plain_units:
        letters = _LETTER_RUN.fullmatch(w) is not None
        if w != w.lower() or w not in words or w in starting or not (
                letters or (len(w) == 1 and not w.isdigit() and w not in _SPACES and w != ".")):
            continue
        if any(len(s) > len(w) and s.startswith(w) and not (letters and s[len(w)].isalpha())
               for s in words):
            continue
        if letters and any(w[:k] in words and w[k:] in _RANGE_LETTER_WORDS for k in range(1, len(w))):
            continue
        out.add(w)
    return frozenset(out)


def dead_words(unit_words: Iterable[str]) -> frozenset[str]:
    """The scale words (lower case, a run of letters) after which an amount pattern whose units
    are `unit_words` (``closed``) matches nothing when an ending no unit word starts follows
    (:func:`dead_end`): the word starts no unit word, no range separator and no longer scale
    word (``nghìn`` of ``nghìn tỷ``), and its letters are no unit and a range word. Then the
    range part cannot start, the scale word is read and no unit follows it, and no unit starts
    where the scale word does.

    >>> sorted(dead_words(["ha", "con", "tỉ lệ"]))     # not ``triệu``: it starts ``triệu tỷ``
    ['tỷ', 'vạn']
    """
    words = {w.lower() for w in unit_words}
    starting = first_words(words, _RANGE_WORDS)
    scales = list(SCALE_FACTORS)
    out = set()
    for w in first_words(scales):
        if _LETTER_RUN.fullmatch(w) is None or w in starting or \
                any(s != w and first_words([s]) == {w} for s in scales):
            continue
        if any(w[:k] in words and w[k:] in _RANGE_LETTER_WORDS for k in range(1, len(w))):
            continue
        out.add(w)
    return frozenset(out)


_DIGITS = frozenset("0123456789")


def dead_end(text: str, pos: int, end: int, word: str, unit_chars: frozenset[str]) -> bool:
    """True when the numeral [pos, end), written without spaces, is followed (past one space at
    most) by `word`, one of :func:`dead_words` in any case, and then by the end of the text, a
    character of :data:`_ENDS` or a space and a digit, none of which starts a unit word
    (`unit_chars`: the first characters of the unit words, lower-cased), within the window
    :func:`~baocao.core.numbers.scan.match_near` trusts: the pattern matches nothing there."""
    n = len(text)
    start = end + 1 if end < n and text[end] in _SPACES else end
    stop = start + len(word)
    if text[start:stop].lower() != word or (stop < n and text[stop].isalpha()) or \
            (stop > pos + WINDOW - _MARGIN and pos + WINDOW < n) or \
            any(c in _SPACES for c in text[pos:end]):
        return False
    if stop == n:
        return True
    c = text[stop]
    if c in _ENDS:
        return c.lower() not in unit_chars
    return c in _SPACES and stop + 1 < n and text[stop + 1] in _DIGITS and \
        not (_DIGITS & unit_chars) and " " not in unit_chars


def plain_end(text: str, end: int) -> bool:
    """True when what follows a unit that ends at `end` starts nothing an amount pattern reads on
    (a range's separator, a "/" and a per-unit tail, "trở lên"): the end of the text, a character of
    :data:`_ENDS`, or a space and a digit or a word that opens neither a range nor a bound."""
    n = len(text)
    if end == n:
        return True
    c = text[end]
    if c in _ENDS:
        return True
    if c not in _SPACES or end + 1 == n:
        return False
    d = text[end + 1]
    if "0" <= d <= "9":
        return True
    if not d.isalpha():
        return False
    i, stop = end + 1, min(n, end + 2 + _GO_ON_LONGEST)
    while i < stop and text[i].isalpha():
        i += 1
    return text[end + 1:i].lower() not in _GO_ON
