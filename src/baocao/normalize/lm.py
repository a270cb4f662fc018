"""A syllable language model of Vietnamese running text, to judge an OCR repair in its context.

Built once per process from text that ships with the dependencies: the VLSP 2013 part-of-speech
test set in underthesea (``underthesea/pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/
test_output.txt``: about 2,100 sentences, 87,000 syllables of legal and political prose, one word a
line). It gives syllable unigram and bigram counts, the bigrams taken across word boundaries within
a sentence; a punctuation mark or a number ends a run of syllables, as it does in the OCR pass.

Probabilities are interpolated Kneser-Ney bigrams. The unigram below them mixes the running
text's continuation counts with a prior from the dictionary (how many of the lexicon's entries
hold the syllable), so a syllable the running text lacks still gets a small, ordered probability.
The model takes about 11 MB and a second to build, and the OCR pass asks it only about the few
syllables it looks at closely.

Why no word-frequency tier: underthesea's ``Viet11K``/``22K``/``39K``/``74K`` lists are nearly
nested, and a word of the 11K list is found about fourteen times as often in the VLSP text as one
only in the 74K list; but the syllables OCR misreads into and the syllables clean text really
uses are in the 11K list alike ("thẻ", "sổ", "cò" beside "biếu", "vả", "lả"), so a tier told them
apart no better than the dictionary prior does.

>>> m = model()
>>> m.score(None, "có", "xã") > m.score(None, "cỏ", "xã")
True
"""
from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Iterable, Optional

import regex

from baocao.core import diskcache
from baocao.core.fold import canonicalize, fold
from baocao.core.underthesea import underthesea_dir
from baocao.normalize.lexicon import lexicon
from baocao.normalize.lexicon import fingerprint as lexicon_fingerprint

_VLSP = ("pipeline", "pos_tag", "models", "pos_crf_vlsp2013_20230303", "test_output.txt")
_SYLLABLE = regex.compile(r"\p{L}+")
_BOUNDARY = ""          # stands for a sentence edge, a punctuation mark or a number
_DISCOUNT = 0.75        # Kneser-Ney absolute discount
_FREQUENT = 50          # a syllable found this often is a common word of running text
_RUNNING = 0.8          # weight of the running text's continuation counts against the dictionary prior


@dataclass(frozen=True)
class SyllableModel:
    """Syllable bigram model: ``logp(prev, word)`` and ``score(left, word, right)``; ``None`` or
    ``""`` is a boundary."""

    count: dict[str, int]  # syllable (or "") -> count as the first of a pair
    pairs: dict[str, int]  # "a b" (the pair's :func:`~baocao.normalize.lexicon.key`; a or b may
                           # be "" for a boundary: " b", "a ") -> count of the pair
    followers: dict[str, int]  # syllable -> number of distinct syllables seen after it
    unigram: dict[str, float]  # syllable -> mixed continuation/dictionary probability
    floor: float           # unigram probability of a syllable neither source knows
    left_fold: frozenset[str]   # "a fold(b)" of every pair of two syllables: what may follow a
    right_fold: frozenset[str]  # "fold(a) b": what may precede a syllable
    frequent: frozenset[str]    # syllables found at least _FREQUENT times

    def seen(self, a: Optional[str], b: Optional[str]) -> int:
        """How often the pair (a, b) occurs in the running text."""
        return self.pairs.get(f"{a or _BOUNDARY} {b or _BOUNDARY}", 0)

    def logp(self, prev: Optional[str], word: Optional[str]) -> float:
        """log P(word | prev), natural log."""
        prev, word = prev or _BOUNDARY, word or _BOUNDARY
        uni = self.unigram.get(word, self.floor)
        n = self.count.get(prev, 0)
        if not n:
            return math.log(uni)
        c = self.pairs.get(f"{prev} {word}", 0)
        return math.log(max(c - _DISCOUNT, 0) / n + _DISCOUNT * self.followers[prev] / n * uni)

    def score(self, left: Optional[str], word: str, right: Optional[str]) -> float:
        """log P(word | left) + log P(right | word): how well `word` fits between its neighbours."""
        left, right = left or _BOUNDARY, right or _BOUNDARY
        unigram, count, pairs, floor = self.unigram, self.count, self.pairs, self.floor
        p = unigram.get(word, floor)
        n = count.get(left, 0)
        if n:
            p = max(pairs.get(f"{left} {word}", 0) - _DISCOUNT, 0) / n + \
                _DISCOUNT * self.followers[left] / n * p
        q = unigram.get(right, floor)
        n = count.get(word, 0)
        if n:
            q = max(pairs.get(f"{word} {right}", 0) - _DISCOUNT, 0) / n + \
                _DISCOUNT * self.followers[word] / n * q
        return math.log(p * q)


class _Canon(dict[str, str]):
    """Each distinct spelling canonicalized once; equal syllables share one string."""

    def __missing__(self, s: str) -> str:
        c = canonicalize(s)
        c = self[s] = self.setdefault(c, c)
        return c


@cache
def _canon() -> _Canon:
    return _Canon()


def runs() -> list[list[str]]:
    """The VLSP text as runs of canonical syllables, one list per run between boundaries."""
    canon = _canon()
    out: list[list[str]] = []
    run: list[str] = []
    for line in underthesea_dir().joinpath(*_VLSP).read_text(encoding="utf-8").splitlines():
        word = line.split("\t", 1)[0].strip()
        syllables = word.split() if word else []
        if syllables and all(_SYLLABLE.fullmatch(s) for s in syllables):
            run.extend(canon[s] for s in syllables)
            continue
        if run:            # a blank line (sentence end), punctuation, a number or a mixed token
            out.append(run)
            run = []
    if run:
        out.append(run)
    return out


def build(text_runs: Iterable[list[str]], entries: dict[str, int]) -> SyllableModel:
    """A model from runs of canonical syllables and the dictionary prior (syllable -> number of
    dictionary entries holding it)."""
    count: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    for run in text_runs:
        seq = [_BOUNDARY, *run, _BOUNDARY]
        for a, b in zip(seq, seq[1:]):
            count[a] = count.get(a, 0) + 1
            pairs[a, b] = pairs.get((a, b), 0) + 1
    followers: dict[str, int] = {}
    before: dict[str, int] = {}
    for a, b in pairs:
        followers[a] = followers.get(a, 0) + 1
        before[b] = before.get(b, 0) + 1
    types = len(pairs)
    total_entries = sum(entries.values()) + len(entries) + 1
    floor = (1 - _RUNNING) / total_entries
    unigram = {s: _RUNNING * before.get(s, 0) / types
               + (1 - _RUNNING) * (entries.get(s, 0) + 1) / total_entries
               for s in set(entries) | set(before)}
    real = [(a, b) for a, b in pairs if a and b]
    folded = {s: sys.intern(fold(s)) for s in before}
    # keyed by str, not tuple: see the lexicon module (a tuple key found costs a worker a page)
    return SyllableModel(count=count, pairs={f"{a} {b}": c for (a, b), c in pairs.items()},
                         followers=followers, unigram=unigram, floor=floor,
                         left_fold=frozenset(f"{a} {folded[b]}" for a, b in real),
                         right_fold=frozenset(f"{folded[a]} {b}" for a, b in real),
                         frequent=frozenset(s for s, c in count.items() if s and c >= _FREQUENT))


@cache
def model() -> SyllableModel:
    """The model: read from the disk cache, or built (a fraction of a second) and stored there,
    once per process. Raises OSError when underthesea's VLSP file is missing; :func:`maybe_model`
    returns None then."""
    source = underthesea_dir().joinpath(*_VLSP)
    key = diskcache.fingerprint([source, Path(__file__)], lexicon_fingerprint())
    return diskcache.stored("model", key, SyllableModel, lambda: build(runs(), lexicon().entries))


@cache
def maybe_model() -> Optional[SyllableModel]:
    """The model, or None when this underthesea ships no VLSP text (the OCR pass then decides
    with the dictionary alone)."""
    try:
        return model()
    except OSError:
        return None
