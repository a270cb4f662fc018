"""The readings a misread syllable may have had: how many slips away a candidate is, a letter
OCR dropped, and the longest known word a candidate makes with its neighbours."""
from __future__ import annotations

from typing import Optional, Sequence

from baocao.core.fold import fold, key
from baocao.core.marks import split_tone
from baocao.normalize.lexicon import Lexicon

Found = tuple[int, bool, tuple[str, ...]]
"""A word a candidate makes: (its length in syllables, whether it is report vocabulary, its
syllables)."""

_RARE = 3   # a valid syllable found in at most this many dictionary entries counts as rare
_SETTLED = 10   # … and in this many or more, a word of the language in its own right
_UNSEEN = 1     # a syllable running text writes at most this often is one it does not know


def _slips(a: str, b: str) -> int:
    """How many OCR slips turn `a` into `b`: one per changed hat/breve/stroke, one for the tone."""
    (la, ta), (lb, tb) = split_tone(a), split_tone(b)
    if len(la) != len(lb):
        return 9
    return sum(x != y for x, y in zip(la, lb)) + (ta != tb)


# The letters OCR drops inside a syllable: a vowel of a cluster ("nhiệm" → "nhệm"), or the h or g
# of a digraph ("nghị" → "ngị"); marks are folded away.
_DROPPED = "aeiouyhg"
_DROP_ODDS = 4   # a dropped letter is believed over a misread mark only when its syllable is in
                 # this many times as many dictionary entries: OCR slips marks far more often


def _dropped_letter(lex: Lexicon, w: str) -> list[str]:
    """Valid syllables that read `w` when one of their letters is left out ("nhiệm" → "nhệm")."""
    f = fold(w)
    out: set[str] = set()
    for p in range(len(f) + 1):
        for ch in _DROPPED:
            for c in lex.same_form(f[:p] + ch + f[p:]):
                if any(c[:q] + c[q + 1:] == w for q in range(len(c))):
                    out.add(c)
    return sorted(out, key=lambda c: (-lex.entries.get(c, 0), c))


def _longest_word(lex: Lexicon, words: list[str], linked: list[bool], i: int,
                  cand: str) -> Optional[Found]:
    """(length, in report vocabulary, the word) of the longest known word through token i when it reads
    `cand`, or None. Dictionary words have 2 to 4 syllables and report terms up to 6; a word may not
    cross a phrase break, nor take a neighbour that already forms a word outside it ("kết quả đạt"
    is no "quả đất")."""
    n = len(words)
    best: Optional[Found] = None
    left = words[i - 1] if i > 0 and linked[i] else None
    right = words[i + 1] if i + 1 < n and linked[i + 1] else None
    left2 = words[i - 2] if left is not None and i > 1 and linked[i - 1] else None
    right2 = words[i + 2] if right is not None and i + 2 < n and linked[i + 2] else None
    tri = lex.trigrams
    longer = key(left2, left, cand) in tri or key(left, cand, right) in tri or key(cand, right, right2) in tri
    if not longer:   # the usual case: a two-syllable word with the right or the left neighbour
        for pair, lo in (((cand, right), i), ((left, cand), i - 1)):
            if pair[0] is None or pair[1] is None:
                continue
            window: tuple[str, ...] = (pair[0], pair[1])
            joined = " ".join(window)
            is_vocab = joined in lex.vocab
            if not is_vocab and (best is not None or joined not in lex.words):
                continue
            if _steals(lex, words, linked, lo, lo + 2, is_vocab):
                continue
            if is_vocab:
                return 2, True, window
            best = (2, False, window)
        return best
    for length in (6, 5, 4, 3, 2):
        for k in range(length):
            lo, hi = i - k, i - k + length
            if lo < 0 or hi > n or not all(linked[j] for j in range(lo + 1, hi)):
                continue
            window = tuple(cand if j == i else words[j] for j in range(lo, hi))
            joined = " ".join(window)
            is_vocab = joined in lex.vocab
            if not is_vocab and (best is not None or length > 4 or joined not in lex.words):
                continue
            if _steals(lex, words, linked, lo, hi, is_vocab):
                continue
            if is_vocab:
                return length, True, window
            best = (length, False, window)
        if best is not None:
            return best
    return None


def _steals(lex: Lexicon, words: list[str], linked: list[bool], lo: int, hi: int,
            vocab: bool = False) -> bool:
    """True when the first or last syllable of [lo, hi) already forms a word with the syllable
    outside it. Against a term of report vocabulary, a plain word steals only if its own other
    syllable is free: "trưởng ban công tác" keeps "trưởng ban", the "công" of "ban công"
    (balcony) being taken by "công tác"; "ngôi trường ban đầu" keeps "ban đầu"."""
    n = len(words)
    bigrams = lex.bigrams
    if lo > 0 and linked[lo] and f"{words[lo - 1]} {words[lo]}" in bigrams:
        if not vocab or f"{words[lo - 1]} {words[lo]}" in lex.vocab or not (
                lo > 1 and linked[lo - 1] and bigrams.get(f"{words[lo - 2]} {words[lo - 1]}") == 1):
            return True
    if hi < n and linked[hi] and f"{words[hi - 1]} {words[hi]}" in bigrams:
        if not vocab or f"{words[hi - 1]} {words[hi]}" in lex.vocab or not (
                hi + 1 < n and linked[hi + 1] and bigrams.get(f"{words[hi]} {words[hi + 1]}") == 1):
            return True
    return False


def _why(window: Sequence[str], original: str, vocab: bool) -> str:
    src = "report vocabulary" if vocab else "in the dictionary"
    return f'"{" ".join(window)}" is {src}; "{original}" forms no word here'
