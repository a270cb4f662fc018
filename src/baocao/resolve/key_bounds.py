"""The pre-test of key matching (:mod:`baocao.resolve.keys`): which variants of the vocabulary can
score at all for a folded name, found in a few array operations over every variant and one rapidfuzz
batch call each for the full ratios and the alignments that are left, instead of scoring every
variant one by one.

Two bounds leave a variant out, both from what it has in common with the name, counted as
multisets: its characters ``I`` and its pairs of adjacent characters ``P`` (bigrams). A longest
common subsequence ``L`` of the variant (``m`` characters) and a piece ``W`` of the name has at most
``I`` characters, and, ``L`` being at least ``s (m + |W|) / 200`` when their ratio reaches ``s``, at
least ``3 L - 1 - m - |W|`` of the variant's bigrams stand matched in ``W`` (each of the ``L - 1``
steps of the subsequence that skips no character on either side is one, and at most ``m - L`` and
``|W| - L`` steps skip one). So no alignment of the variant with a piece of the name (``|W|`` at
most ``m``, at least ``m s / (200 - s)`` to score ``s``) reaches ``s`` when ``200 I / (m + I) < s``
or ``P < m (3 s - 200) / (200 - s) - 1``, nor does the full ratio (``|W| = n``, the name's length)
when ``200 I / (m + n) < s`` or ``P < (m + n)(3 s / 200 - 1) - 1``.
"""
from __future__ import annotations

from collections import Counter
from typing import NamedTuple, Sequence

import numpy as np
from rapidfuzz import fuzz, process

__all__ = ["Variants", "hopeful", "shared", "shared_pairs", "variants"]

_EPS = 1e-6   # below a bound by more than this, a score is below it in any rounding


class Variants(NamedTuple):
    """Every entry's variants in one list, with what the bounds of :func:`hopeful` read."""

    texts: list[str]
    entry_of: list[int]
    letters: str                 # every character a variant has
    column: dict[str, int]       # a letter's row in counts
    counts: np.ndarray           # (letter, variant): how often the variant has the letter (a row per
                                 # letter: a name's few letters are read as a few rows)
    length: np.ndarray
    n_words: np.ndarray
    ratio_needed: np.ndarray     # the lowest full ratio the matcher keeps (its threshold less the bonus), less _EPS
    partial_needed: np.ndarray   # the lowest alignment score the matcher keeps, less _EPS
    pair_row: dict[str, int]     # a bigram's row in pair_counts
    pair_counts: np.ndarray      # (bigram, variant): how often the variant has the bigram
    pairs_needed: np.ndarray     # the fewest bigrams in common an alignment reaching partial_needed has


def variants(texts: Sequence[str], entry_of: Sequence[int], threshold: float) -> Variants:
    """The variants ``texts`` (folded), ``entry_of[j]`` the entry of ``texts[j]``, read for the bounds
    of a matcher that keeps a full ratio of ``threshold`` less the variant's bonus (its length / 1000)
    and an alignment one more."""
    texts = list(texts)
    letters = "".join(sorted({c for v in texts for c in v}))
    column = {c: k for k, c in enumerate(letters)}
    counts = np.zeros((len(letters), len(texts)), dtype=np.int64)
    pairs = sorted({v[i:i + 2] for v in texts for i in range(len(v) - 1)})
    pair_row = {p: k for k, p in enumerate(pairs)}
    pair_counts = np.zeros((len(pairs), len(texts)), dtype=np.int64)
    for j, v in enumerate(texts):
        for c in v:
            counts[column[c], j] += 1
        for i in range(len(v) - 1):
            pair_counts[pair_row[v[i:i + 2]], j] += 1
    length = np.array([len(v) for v in texts], dtype=np.float64)
    lowest = np.maximum(threshold - length / 1000.0, 0.0)     # cut = max(need - bonus, 0.0), need >= threshold
    partial_needed = np.minimum(lowest + 1.0, 100.0) - _EPS
    s = np.maximum(partial_needed, 0.0)
    return Variants(texts, list(entry_of), letters, column, counts, length,
                    np.array([len(v.split()) for v in texts], dtype=np.float64),
                    lowest - _EPS, partial_needed, pair_row, pair_counts,
                    length * (3.0 * s - 200.0) / (200.0 - s) - 1.0 - _EPS)


def _in_common(rows: dict[str, int], table: np.ndarray, items: Counter[str]) -> np.ndarray:
    have = [(rows[c], k) for c, k in items.items() if c in rows]
    common: np.ndarray = np.minimum(table[[j for j, _ in have]],
                                    np.array([k for _, k in have], dtype=np.int64)[:, None]).sum(axis=0)
    return common


def shared(b: Variants, text: str) -> np.ndarray:
    """How many characters each variant has in common with ``text``, counted as multisets: the
    rows of the letters ``text`` has only (a letter it lacks adds nothing)."""
    return _in_common(b.column, b.counts, Counter(text))


def shared_pairs(b: Variants, text: str) -> np.ndarray:
    """How many bigrams each variant has in common with ``text``, counted as multisets."""
    return _in_common(b.pair_row, b.pair_counts, Counter(text[i:i + 2] for i in range(len(text) - 1)))


def hopeful(b: Variants, text: str, min_cover: float) -> dict[int, frozenset[str]]:
    """{entry index: its variants that can score} for the folded name ``text``: a variant whose full
    ``fuzz.ratio`` with the name, or (for a variant shorter than the name, of at least ``min_cover``
    of its words) its ``fuzz.partial_ratio``, reaches the lowest score the matcher keeps. The bounds
    (the module's docstring) leave most out; rapidfuzz scores the rest."""
    chars, pairs = shared(b, text), shared_pairs(b, text)
    n, n_words = len(text), len(text.split())
    s = np.maximum(b.ratio_needed, 0.0)
    ratio_ok = ((200.0 * chars / (b.length + n) >= b.ratio_needed)
                & (pairs >= (b.length + n) * (3.0 * s / 200.0 - 1.0) - 1.0 - _EPS))
    partial_ok = ((b.length < n) & (b.n_words >= min_cover * n_words)
                  & (200.0 * chars / np.maximum(b.length + chars, 1.0) >= b.partial_needed)
                  & (pairs >= b.pairs_needed))
    keep: set[int] = set()
    for mask, scorer, needed in ((ratio_ok, fuzz.ratio, b.ratio_needed),
                                 (partial_ok, fuzz.partial_ratio, b.partial_needed)):
        js = np.flatnonzero(mask).tolist()
        if not js:
            continue
        for _, score, k in process.extract(text, [b.texts[j] for j in js], scorer=scorer, processor=None,
                                           limit=None, score_cutoff=max(float(needed[js].min()), 0.0)):
            if score >= needed[js[k]]:
                keep.add(js[k])
    out: dict[int, set[str]] = {}
    for j in keep:
        out.setdefault(b.entry_of[j], set()).add(b.texts[j])
    return {i: frozenset(vs) for i, vs in out.items()}
