"""Canonical indicator keys: the same indicator gets the same ``key`` in every document.

Names are compared on folded text (no diacritics, lower case, punctuation as spaces) with rapidfuzz:
``fuzz.ratio`` against each variant in ``data/indicator_keys.yaml``, or, when a variant is shorter than
the name, the best alignment of the variant inside the name (``fuzz.partial_ratio``) provided the
variant covers at least ``MIN_COVER`` of the name's words. An entry's ``units`` and ``exclude`` words
veto a match. Below ``THRESHOLD`` the key stays empty: a missing key is better than a wrong one.
"""
from __future__ import annotations

from functools import cache, lru_cache
from typing import Optional

import regex
from rapidfuzz import fuzz

from baocao.normalize.lexicon import fold
from baocao.resolve._rules import load

THRESHOLD = 90.0
MIN_COVER = 0.5
_PUNCT = regex.compile(r"[^\p{L}\p{N}/]+")
# a period inside a name ("… giai đoạn 2021 - 2025", "… năm 2025") says when, not what
_PERIOD = regex.compile(r"(?<!\w)(?:(?:giai doan|nam|den|den het|nhiem ky)\s+)?\d[\d\s/-]*(?!\w)")
_PAREN = regex.compile(r"\([^()]*\)")


def _clean(s: str) -> str:
    s = _PAREN.sub(" ", s)  # "(bao gồm … cận nghèo)" explains, it does not name
    return " ".join(_PERIOD.sub(" ", _PUNCT.sub(" ", fold(s))).split())


@cache
def _entries():
    out = []
    for k in load("indicator_keys").keys:
        variants = [(v, len(v), len(v.split())) for v in (_clean(v) for v in k.variants)]
        out.append((k.key, variants, k.units,
                    [regex.compile(rf"(?<!\w){regex.escape(_clean(x))}(?!\w)") for x in k.exclude]))
    return out


@lru_cache(maxsize=8192)
def match_key(name: Optional[str], unit: Optional[str] = None) -> Optional[str]:
    """Return the canonical key of an indicator name, or None.

    >>> match_key("Tỷ lệ hộ nghèo", "%"), match_key("TỶ LỆ HỘ NGHÈO ĐA CHIỀU", "%")
    ('poverty_rate', 'poverty_rate')
    >>> match_key("tỷ lệ hộ cận nghèo", "%"), match_key("Tỷ lệ hộ nghèo", "hộ")
    ('near_poverty_rate', None)
    >>> match_key("Số lượt khách du lịch", None) is None
    True
    """
    if not name:
        return None
    text = _clean(name)
    if not text:
        return None
    n_words = len(text.split())
    best, best_score = None, 0.0
    for key, variants, units, exclude in _entries():
        if units is not None and unit is not None and unit not in units:
            continue
        if any(x.search(text) for x in exclude):
            continue
        for v, v_len, v_words in variants:
            score = fuzz.ratio(v, text)
            if v_len < len(text) and v_words >= MIN_COVER * n_words:
                score = max(score, fuzz.partial_ratio(v, text) - 1.0)
            score += v_len / 1000.0  # ties: the longer (more specific) variant
            if score > best_score:
                best, best_score = key, score
    return best if best_score >= THRESHOLD else None
