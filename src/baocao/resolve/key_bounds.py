"""The pre-test of key matching (:mod:`baocao.resolve.keys`): which variants of the vocabulary can
score at all for a folded name, found in a few array operations over every variant and one rapidfuzz
batch call each for the full ratios and the alignments that are left, instead of scoring every
variant one by one.

The bound that leaves a variant out: the pairs of adjacent characters (bigrams) it has in common
with the name, counted as multisets (``P``). A longest common subsequence ``L`` of the variant
(``m`` characters) and a piece ``W`` of the name, their ratio reaching ``s``, has at least
``s (m + |W|) / 200`` characters, and at least ``3 L - 1 - m - |W|`` of the variant's bigrams stand
matched in ``W`` (each of the ``L - 1`` steps of the subsequence that skips no character on either
side is one, and at most ``m - L`` and ``|W| - L`` steps skip one). So no alignment of the variant
with a piece of the name (``|W|`` at most ``m``, at least ``m s / (200 - s)`` to score ``s``, as
``L`` is at most ``|W|``) reaches ``s`` when ``P < m (3 s - 200) / (200 - s) - 1``, nor does the
full ratio (``|W| = n``, the name's length) when ``P < (m + n)(3 s / 200 - 1) - 1`` or
``200 min(m, n) < s (m + n)``. (The bigrams leave about a tenth of the alignments that the
characters in common would, tests/test_key_prefilter.py.)
"""
from __future__ import annotations

from collections import Counter
from operator import add
from typing import NamedTuple, Sequence

import numpy as np
from rapidfuzz import fuzz, process

__all__ = ["Variants", "hopeful", "shared_pairs", "variants"]

_EPS = 1e-6   # below a bound by more than this, a score is below it in any rounding
_MEMO_LENGTH = 300   # the bounds of a name's length remembered up to this length (a longer one is rare)


class Variants(NamedTuple):
    """Every entry's variants in one list, with what the bound of :func:`hopeful` reads."""

    texts: list[str]
    entry_of: list[int]
    length: np.ndarray
    n_words: np.ndarray
    ratio_needed: np.ndarray     # the lowest full ratio the matcher keeps (its threshold less the bonus), less _EPS
    partial_needed: np.ndarray   # the lowest alignment score the matcher keeps, less _EPS
    pair_row: dict[str, int]     # a bigram's row in pair_counts
    pair_counts: np.ndarray      # (bigram, variant): how often the variant has the bigram (a row per
                                 # bigram: a name's few bigrams are read as a few rows)
    pair_mins: np.ndarray        # (k - 1, bigram, variant): pair_counts at most k, for k from 1 to the
                                 # highest count, in the smallest unsigned type that holds them: a
                                 # name's bigram seen k times is one row, the count in common read off
    ratio_pairs: np.ndarray      # 3 s / 200 - 1 for s the variant's ratio_needed (at least 0)
    pairs_needed: np.ndarray     # the fewest bigrams in common an alignment reaching partial_needed has
    by_length: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]]  # a name's length n: the bounds
                                 # that read n alone (:func:`_length_bounds`), computed once per length
    by_words: dict[tuple[int, float], np.ndarray]  # a name's word count and the cover asked: the
                                 # variants with words enough to be aligned in it
    sum_kind: type               # an unsigned type that holds any variant's count of bigrams
    ratio_needed_list: list[float]    # ratio_needed as Python floats (the same values), read one at a time
    partial_needed_list: list[float]  # partial_needed as Python floats


def variants(texts: Sequence[str], entry_of: Sequence[int], threshold: float) -> Variants:
    """The variants ``texts`` (folded), ``entry_of[j]`` the entry of ``texts[j]``, read for the bound
    of a matcher that keeps a full ratio of ``threshold`` less the variant's bonus (its length / 1000)
    and an alignment one more."""
    texts = list(texts)
    pairs = sorted({v[i:i + 2] for v in texts for i in range(len(v) - 1)})
    pair_row = {p: k for k, p in enumerate(pairs)}
    pair_counts = np.zeros((len(pairs), len(texts)), dtype=np.int64)
    for j, v in enumerate(texts):
        for i in range(len(v) - 1):
            pair_counts[pair_row[v[i:i + 2]], j] += 1
    top = max(1, int(pair_counts.max(initial=0)))
    kind = np.uint8 if top < 1 << 8 else np.int64
    pair_mins = np.stack([np.minimum(pair_counts, k) for k in range(1, top + 1)]).astype(kind)
    length = np.array([len(v) for v in texts], dtype=np.float64)
    lowest = np.maximum(threshold - length / 1000.0, 0.0)     # cut = max(need - bonus, 0.0), need >= threshold
    ratio_needed = lowest - _EPS
    partial_needed = np.minimum(lowest + 1.0, 100.0) - _EPS
    s = np.maximum(partial_needed, 0.0)
    return Variants(texts, list(entry_of), length,
                    np.array([len(v.split()) for v in texts], dtype=np.float64),
                    ratio_needed, partial_needed, pair_row, pair_counts, pair_mins,
                    3.0 * np.maximum(ratio_needed, 0.0) / 200.0 - 1.0,
                    length * (3.0 * s - 200.0) / (200.0 - s) - 1.0 - _EPS, {}, {},
                    np.uint16 if int(pair_counts.sum(axis=0).max(initial=0)) < 1 << 16 else np.int64,
                    ratio_needed.tolist(), partial_needed.tolist())


def shared_pairs(b: Variants, text: str) -> np.ndarray:
    """How many bigrams each variant has in common with ``text``, counted as multisets: the rows
    of the bigrams ``text`` has only (a bigram it lacks adds nothing), each the row of
    ``pair_mins`` for the times ``text`` has it (``min(the variant's count, the name's)``)."""
    top, n_pairs, pair_row = len(b.pair_mins), len(b.pair_row), b.pair_row
    # the name's bigrams counted in C (``Counter`` over the pairs of adjacent characters, the same
    # multiset as text[i:i + 2] for every i), then the rows of those the variants have
    rows = [(min(k, top) - 1) * n_pairs + row for pair, k in Counter(map(add, text, text[1:])).items()
            if (row := pair_row.get(pair)) is not None]
    if not rows:
        return np.zeros(len(b.texts), dtype=np.int64)
    flat = b.pair_mins.reshape(top * n_pairs, len(b.texts))   # row (k - 1) * n_pairs + bigram
    common: np.ndarray = flat.take(rows, axis=0).sum(axis=0, dtype=b.sum_kind).astype(np.int64)
    return common


def _length_bounds(b: Variants, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """What the bounds of :func:`hopeful` read of a name's length ``n`` alone: the fewest bigrams in
    common a full ratio needs, the variants whose lengths let a full ratio reach its score, and the
    variants shorter than the name; computed once per length."""
    got = b.by_length.get(n)
    if got is None:
        got = ((b.length + n) * b.ratio_pairs - 1.0 - _EPS,
               200.0 * np.minimum(b.length, n) >= b.ratio_needed * (b.length + n),
               b.length < n)
        if n <= _MEMO_LENGTH:
            b.by_length[n] = got
    return got


def hopeful(b: Variants, text: str, min_cover: float) -> dict[int, frozenset[str]]:
    """{entry index: its variants that can score} for the folded name ``text``: a variant whose full
    ``fuzz.ratio`` with the name, or (for a variant shorter than the name, of at least ``min_cover``
    of its words) its ``fuzz.partial_ratio``, reaches the lowest score the matcher keeps. The bounds
    (the module's docstring) leave most out; rapidfuzz scores the rest."""
    pairs = shared_pairs(b, text)
    n, n_words = len(text), len(text.split())
    ratio_pairs, ratio_length, shorter = _length_bounds(b, n)
    covering = b.by_words.get((n_words, min_cover))
    if covering is None:
        covering = b.n_words >= min_cover * n_words
        if n <= _MEMO_LENGTH:
            b.by_words[n_words, min_cover] = covering
    ratio_ok = (pairs >= ratio_pairs) & ratio_length
    partial_ok = shorter & (pairs >= b.pairs_needed) & covering
    keep: set[int] = set()
    texts = b.texts
    for mask, scorer, needed, needed_list in ((ratio_ok, fuzz.ratio, b.ratio_needed, b.ratio_needed_list),
                                              (partial_ok, fuzz.partial_ratio, b.partial_needed,
                                               b.partial_needed_list)):
        js = np.flatnonzero(mask).tolist()
        if not js:
            continue
        for _, score, k in process.extract(text, [texts[j] for j in js], scorer=scorer, processor=None,
                                           limit=None, score_cutoff=max(float(needed[js].min()), 0.0)):
            j = js[k]
            if score >= needed_list[j]:
                keep.add(j)
    out: dict[int, set[str]] = {}
    for j in keep:
        out.setdefault(b.entry_of[j], set()).add(b.texts[j])
    return {i: frozenset(vs) for i, vs in out.items()}
