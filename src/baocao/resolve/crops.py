"""The key of a crop's figure named only by what is measured of it.

Agricultural sections name the crop once and then only the measure: "lúa mùa đã thu hoạch được khoảng
12.718 ha …; sản lượng thu hoạch ước đạt 59.337 tấn", "Lúa mùa: Trong tháng 10/2021, … Sản lượng thu
hoạch ước đạt 105.604,81 tấn", "Ngô gieo trồng được 231 ha, tăng 11,27%, sản lượng thu hoạch ước đạt
284,13 tấn". A statement whose whole name is such a measure (``crop_measures`` of
``data/indicators.yaml``) and that got no key is keyed as that measure of the crop named last before
it in its paragraph (``crop_words``), within :data:`WINDOW` characters: ``sản lượng lúa`` →
``rice_output``. Its ``name`` stays as written; no crop before it, no key.
"""
from __future__ import annotations

from functools import cache
from typing import Optional

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import load
from baocao.resolve.keys import match_key, variants_of
from baocao.resolve.reach import line_start_within

WINDOW = 400
"""How far before a statement its crop may be named (characters of its paragraph)."""


@cache
def _rules() -> tuple[dict[str, str], regex.Pattern[str]]:
    words = load("indicators")
    measures = {" ".join(fold(k).split()): v for k, v in words.crop_measures.items()}
    alt = "|".join(regex.escape(w) for w in sorted(words.crop_words, key=len, reverse=True))
    return measures, regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?i:{alt})(?![\p{{L}}\p{{N}}])")


def crop_key(text: str, at: int, name: str, unit: Optional[str], measure: Optional[str]) -> Optional[str]:
    """The key of the statement named ``name`` (a crop measure) at offset ``at`` of ``text``, from the
    crop named last before it in its paragraph; None when the name is no crop measure or no crop is named.

    >>> t = "Lúa mùa: trong tháng thu hoạch 30.769 ha. Sản lượng thu hoạch ước đạt 105.604 tấn."
    >>> crop_key(t, t.index("Sản lượng"), "Sản lượng thu hoạch", "tấn", "level")
    'rice_output'
    >>> t = "Chăn nuôi ổn định.\\nSản lượng thu hoạch ước đạt 105.604 tấn."
    >>> crop_key(t, t.index("Sản lượng"), "Sản lượng thu hoạch", "tấn", "level") is None
    True
    """
    measures, crops = _rules()
    head = measures.get(" ".join(fold(name).split()))
    if head is None:
        return None
    start = line_start_within(text, at, WINDOW)
    last = None
    for last in crops.finditer(text, start, at):
        pass
    if last is None:
        return None
    crop = " ".join(fold(last.group()).split())
    key = match_key(f"{head} {crop}", unit, measure)
    # the key must be the crop's own: one of its entry's names holds the crop ("sản lượng thuốc lá" is
    # near "sản lượng thóc", and "diện tích thu hoạch cây công nghiệp" holds the rice entry's
    # "diện tích thu hoạch": neither is that crop's key)
    first = crop.split()[0]
    marks = (crop,) if first in ("cay", "hoa") else (crop, first)   # "rau màu": the rau entry's names
    if key is None or not any(f" {m} " in f" {v} " for v in variants_of(key) for m in marks):
        return None
    return key
