"""Vietnamese tone marks: the one set of them, and where a word places its mark.

A Vietnamese letter carries at most one tone mark (grave, acute, tilde, hook above, dot below)
on top of its hat, breve or horn (â, ă, ơ: part of the letter). OCR misreads tones and hats
alike; decoders write tones as separate bytes (Windows-1258); the normalizer moves a tone to one
convention. They all take the marks from here.

Old-style tone placement puts the mark on the second vowel of oa/oe/uy when nothing follows:
"hoà", "khoẻ", "thuỷ". The new style (underthesea's) puts it on the first: "hòa", "khỏe", "thủy".
After "q" the u belongs to the consonant, so "quý", "quả" are the same in both styles.
"""
from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from typing import Optional

import regex

from baocao.options import ToneStyle

TONE_MARKS: dict[str, str] = {"\u0300": "grave", "\u0301": "acute", "\u0303": "tilde",
                              "\u0309": "hook", "\u0323": "dot"}
"""The five combining tone marks (NFD) and their names."""


@lru_cache(maxsize=1 << 13)
def split_tone(s: str) -> tuple[str, str]:
    """(the letters of `s` with their hats and breves but no tone mark (NFC), its tone mark or "").

    >>> split_tone("mường"), split_tone("ấp"), split_tone("an")
    (('mương', '\\u0300'), ('âp', '\\u0301'), ('an', ''))
    """
    d = unicodedata.normalize("NFD", s)
    tone = next((c for c in d if c in TONE_MARKS), "")
    return unicodedata.normalize("NFC", "".join(c for c in d if c not in TONE_MARKS)), tone


def with_tone(base: str, tone: Optional[str]) -> str:
    """`base` with the tone mark `tone` (none when None or ""), NFC.

    >>> with_tone("â", "\\u0301"), with_tone("a", None)
    ('ấ', 'a')
    """
    return unicodedata.normalize("NFC", base + tone) if tone else base


@cache
def _tone_tables() -> tuple[dict[str, str], dict[str, str]]:
    """Maps old-style <-> new-style spellings of the two-vowel endings (upper and lower case)."""
    to_new, to_old = {}, {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in TONE_MARKS:
            for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                old = f + with_tone(s, tone)
                new = with_tone(f, tone) + s
                to_new[old], to_old[new] = new, old
    return to_new, to_old


def _ending_pattern(endings: dict[str, str]) -> regex.Pattern[str]:
    # A two-vowel ending at the end of a word, not after "q" (whose u is part of the consonant).
    return regex.compile(r"(?<![qQ])(" + "|".join(
        regex.escape(k) for k in sorted(endings, key=len, reverse=True)) + r")(?!\p{L})")


_OLD_ENDING = _ending_pattern(_tone_tables()[0])
_NEW_ENDING = _ending_pattern(_tone_tables()[1])


def misplaced_tones(style: ToneStyle) -> tuple[regex.Pattern[str], dict[str, str]]:
    """(the pattern whose group 1 is a word ending written in the other style than `style`, the
    map of such an ending to its spelling in `style`).

    >>> pattern, table = misplaced_tones("new")
    >>> [table[m.group(1)] for m in pattern.finditer("hoà bình, uỷ ban, quý")]
    ['òa', 'ủy']
    """
    to_new, to_old = _tone_tables()
    return (_OLD_ENDING, to_new) if style == "new" else (_NEW_ENDING, to_old)


def place_tones(s: str, style: ToneStyle = "new") -> str:
    """`s` with the tone marks of its oa/oe/uy endings placed by the `style` convention.

    >>> place_tones("Hoà Bình, thuỷ lợi"), place_tones("hòa", "old")
    ('Hòa Bình, thủy lợi', 'hoà')
    """
    pattern, table = misplaced_tones(style)
    return pattern.sub(lambda m: table[m.group(1)], s)
