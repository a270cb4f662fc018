"""The key of a figure named only by what is measured of it: a crop's, or a subject's.

Agricultural sections name the crop once and then only the measure: "lúa mùa đã thu hoạch được khoảng
12.718 ha …; sản lượng thu hoạch ước đạt 59.337 tấn", "Lúa mùa: Trong tháng 10/2021, … Sản lượng thu
hoạch ước đạt 105.604,81 tấn", "Ngô gieo trồng được 231 ha, tăng 11,27%, sản lượng thu hoạch ước đạt
284,13 tấn". A statement whose whole name is such a measure (``crop_measures`` of
``data/indicators.yaml``) and that got no key is keyed as that measure of the crop named last before
it in its paragraph (``crop_words``), within :data:`WINDOW` characters: ``sản lượng lúa`` →
``rice_output``. Its ``name`` stays as written; no crop before it, no key.

The same holds for what a programme counts (``subjects`` of ``data/indicator_keys.yaml``): "xây dựng
nông thôn mới (NTM), … Đến nay xã Trung Hòa chỉ đạt 6/19 tiêu chí" is ``ntm_criteria_met``, "Công tác
xây dựng nông thôn mới …, với 60/82 xã đạt chuẩn" ``ntm_communes``: the name with the subject named
last before it in its paragraph, when the key's own names hold the subject and nothing between them
says otherwise (``xã đạt chuẩn NTM nâng cao, … 12 xã đạt chuẩn``: no key).
"""
from __future__ import annotations

from functools import cache
from typing import Callable, Optional

import regex

from baocao.core.fold import fold
from baocao.core.rules import alternation
from baocao.resolve._rules import load
from baocao.resolve.key_entries import excludes, names_hold, variants_of
from baocao.resolve.keys import match_key
from baocao.resolve.reach import line_start_within, sentence_start_within

WINDOW = 400
"""How far before a statement its crop may be named (characters of its paragraph)."""
LABEL = 60
"""How long a label that opens a line ("Lúa mùa và lúa nương: …") may be (characters before its ":")."""


def _as_words(words: list[str]) -> regex.Pattern[str]:
    """The words as written, in any case, as whole words (longest first)."""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}]){alternation(words, flags='i', gap=' ')}(?![\p{{L}}\p{{N}}])")


def _named_last(pattern: regex.Pattern[str], text: str, at: int,
                start_within: Callable[[str, int, int], int] = line_start_within) -> Optional[regex.Match[str]]:
    """The last match of ``pattern`` before offset ``at`` in its paragraph (or from where ``start_within``
    says, e.g. its sentence), within :data:`WINDOW`."""
    last = None
    for last in pattern.finditer(text, start_within(text, at, WINDOW), at):
        pass
    return last


def _folded(s: str) -> str:
    """``s`` folded, its words one space apart: the form the crop and subject tables are looked up by."""
    return " ".join(fold(s).split())


@cache
def _rules() -> tuple[dict[str, str], regex.Pattern[str]]:
    words = load("indicators")
    measures = {_folded(k): v for k, v in words.crop_measures.items()}
    return measures, _as_words(words.crop_words)


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
    head = measures.get(_folded(name))
    if head is None:
        return subject_key(text, at, name, unit, measure)
    last = _named_last(crops, text, at)
    if last is None:
        return None
    crop = _folded(last.group())
    key = match_key(f"{head} {crop}", unit, measure)
    # the key must be the crop's own: one of its entry's names holds the crop ("sản lượng thuốc lá" is
    # near "sản lượng thóc", and "diện tích thu hoạch cây công nghiệp" holds the rice entry's
    # "diện tích thu hoạch": neither is that crop's key)
    first = crop.split()[0]
    marks = (crop,) if first in ("cay", "hoa") else (crop, first)   # "rau màu": the rau entry's names
    if key is None or not any(f" {m} " in f" {v} " for v in variants_of(key) for m in marks):
        return None
    return key


def sentence_crop_key(text: str, at: int, name: str, unit: Optional[str], measure: Optional[str]) -> Optional[str]:
    """The crop's key of the statement named ``name``, a crop measure with a key of its own (a total:
    "tổng diện tích gieo trồng" is ``sown_area``), when its own sentence, or the label that opens its
    line, names a crop before it (085 "- Lúa mùa và lúa nương: Trong tháng 7 tổng diện tích gieo trồng
    đạt 15.133,6 ha. Lũy kế … diện tích gieo trồng đạt 41.587,24 ha": the rice's); None when neither
    names one (the total keeps its key).

    >>> t = "- Lúa mùa: Trong tháng 7 tổng diện tích gieo trồng đạt 15.133 ha. Lũy kế diện tích gieo trồng đạt 41.587 ha."
    >>> sentence_crop_key(t, t.index("15.133"), "tổng diện tích gieo trồng", "ha", "level")
    'rice_planted_area'
    >>> sentence_crop_key(t, t.index("41.587"), "diện tích gieo trồng", "ha", "level")
    'rice_planted_area'
    >>> t = "Lúa mùa thu hoạch 500 ha. Tổng diện tích gieo trồng đạt 15.133 ha."
    >>> sentence_crop_key(t, t.index("15.133"), "tổng diện tích gieo trồng", "ha", "level") is None
    True
    """
    measures, crops = _rules()
    if _folded(name) not in measures:
        return None
    line = line_start_within(text, at, WINDOW)
    colon = text.find(":", line, min(at, line + LABEL))
    if crops.search(text, sentence_start_within(text, at, WINDOW), at) is None and (
            colon < 0 or crops.search(text, line, colon) is None):
        return None
    return crop_key(text, at, name, unit, measure)


@cache
def _subjects() -> dict[str, regex.Pattern[str]]:
    """Folded name → a pattern of its subjects as written."""
    return {_folded(name): _as_words(subjects)
            for name, subjects in load("indicator_keys").subjects.items()}


@cache
def _sentence_subjects() -> tuple[dict[str, regex.Pattern[str]], regex.Pattern[str]]:
    """Folded name → a pattern of its subjects as written, for the names whose own sentence names their
    subject (``sentence_subjects``); and a pattern of a list's sector (``subject_list_words``) and its
    joiner ending a text ("thương mại, dịch vụ, "), which a subject after it ends a list of."""
    rules = load("indicator_keys")
    listed = alternation(rules.subject_list_words, flags="i", gap=" ")
    return ({_folded(name): _as_words(subjects) for name, subjects in rules.sentence_subjects.items()},
            regex.compile(rf"(?<![\p{{L}}\p{{N}}]){listed}\s*(?:[,\-–]|và)?\s*$"))


def subject_key(text: str, at: int, name: str, unit: Optional[str], measure: Optional[str]) -> Optional[str]:
    """The key of the statement named ``name`` (only what is counted, ``subjects``) at offset ``at`` of
    ``text``, from the subject named last before it in its paragraph; None without one.

    >>> t = "Xây dựng nông thôn mới (NTM) được chú trọng. Đến nay xã chỉ đạt 6/19 tiêu chí."
    >>> subject_key(t, t.index("6/19"), "tiêu chí", "tiêu chí", "level")
    'ntm_criteria_met'
    >>> t = "Có 5 xã đạt chuẩn NTM nâng cao; toàn huyện có 12 xã đạt chuẩn."
    >>> subject_key(t, t.index("12 xã"), "xã đạt chuẩn", "xã", "level") is None
    True

    A name of ``sentence_subjects`` takes the subject its own sentence names before it, unless that
    subject ends a list of sectors (``subject_list_words``):

    >>> t = "Các khu du lịch dự kiến đón 6,8 triệu lượt khách; doanh thu đạt 6.850 tỷ đồng."
    >>> subject_key(t, t.index("6.850"), "doanh thu", "VND", "level")
    'tourism_revenue'
    >>> t = "Du lịch phục hồi mạnh. Các hợp tác xã hoạt động hiệu quả, doanh thu đạt 50 tỷ đồng."
    >>> subject_key(t, t.index("50 tỷ"), "doanh thu", "VND", "level") is None
    True
    >>> t = "Hoạt động thương mại, dịch vụ, du lịch phát triển, tổng doanh thu đạt 5.000 tỷ đồng."
    >>> subject_key(t, t.index("5.000"), "tổng doanh thu", "VND", "level") is None
    True
    """
    own, listed = _sentence_subjects()
    pattern = own.get(_folded(name))
    if pattern is not None:
        last = _named_last(pattern, text, at, sentence_start_within)
        if last is not None and listed.search(text, max(0, last.start() - WINDOW // 10), last.start()):
            return None     # "thương mại, dịch vụ, du lịch": the sum of the sectors listed
    else:
        pattern = _subjects().get(_folded(name))
        if pattern is None:
            return None
        last = _named_last(pattern, text, at)
    if last is None:
        return None
    key = match_key(f"{name} {last.group()}", unit, measure)
    if key is None or excludes(key, text[last.start():at]) or not names_hold(key, last.group()):
        return None
    return key
