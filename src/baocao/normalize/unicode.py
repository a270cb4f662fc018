"""Unicode hygiene: NFC, invisible characters, odd spaces, look-alikes, stray marks, tone placement.

Every fix is an :class:`~baocao.normalize.edits.Edit` in original coordinates. One pass over the
text makes them all, so they never overlap.
"""
from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Optional, cast

import regex

from baocao.core.marks import TONE_MARKS, misplaced_tones  # noqa: F401 - TONE_MARKS re-exported
from baocao.normalize.edits import Edit, apply_edits, compose
from baocao.options import ToneStyle  # noqa: F401 - re-exported

DATA = Path(__file__).with_name("data")

# Characters that carry nothing and only break words: zero-width space/joiners, word joiner,
# BOM / zero-width no-break space, soft hyphen, left-to-right/right-to-left marks.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
# Space characters other than U+0020 that word processors and web pages leave in text.
ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


@cache
def _homoglyphs() -> tuple[dict[str, str], dict[str, str]]:
    always: dict[str, str] = {}
    in_word: dict[str, str] = {}
    path = DATA / "homoglyphs.tsv"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or len(parts[0]) != 1 or len(parts[1]) != 1 or parts[2] not in (
                "always", "in_latin_word"):
            raise ValueError(f"{path}:{n}: expected wrong<TAB>right<TAB>always|in_latin_word<TAB>note")
        (always if parts[2] == "always" else in_word)[parts[0]] = parts[1]
    return always, in_word


def _special_pattern() -> regex.Pattern[str]:
    always, in_word = _homoglyphs()
    chars = regex.escape(INVISIBLE + ODD_SPACES + "".join(always) + "".join(in_word))
    return regex.compile(rf"[{chars}\p{{M}}]")


_SPECIAL = _special_pattern()


@cache
def _special_chars() -> frozenset[str]:
    always, in_word = _homoglyphs()
    return frozenset(INVISIBLE + ODD_SPACES + "".join(always) + "".join(in_word))


def _needs_look(text: str) -> bool:
    """True when `text` holds a character this pass may change (most clean text holds none: the
    set of its characters is checked, faster than a scan for them)."""
    chars = set(text)
    return not chars.isdisjoint(_special_chars()) or any(
        ord(c) >= 0x300 and unicodedata.category(c)[0] == "M" for c in chars)
_LATIN = regex.compile(r"[A-Za-zÀ-ỹĐđ]")
# The word around a character: letters, marks, and the invisible characters this pass deletes (so a
# second pass sees the same word and changes nothing more).
_WORD_CHARS = r"[\p{L}\p{M}" + regex.escape(INVISIBLE) + "]*"
_LETTERS = regex.compile(_WORD_CHARS)
_LETTERS_BEFORE = regex.compile(r"(?r)" + _WORD_CHARS + r"\Z")

def tone_edits(text: str, style: Optional[ToneStyle], offset: int = 0) -> list[Edit]:
    """Edits that move tone marks to the chosen convention (``new``: hòa/thủy, ``old``: hoà/thuỷ).

    >>> [(e.before, e.after) for e in tone_edits("hoà bình, uỷ ban, quý, hoàng", "new")]
    [('oà', 'òa'), ('uỷ', 'ủy')]
    """
    if style is None:
        return []
    pattern, table = misplaced_tones(style)
    edits = []
    for m in pattern.finditer(text):
        ending = m.group(1)
        edits.append(Edit(offset + m.start(1), offset + m.end(1), ending, table[ending],
                          "unicode.tone_placement", 1.0,
                          f"tone mark placed by the {style}-style convention"))
    return edits


def unicode_edits(text: str, tone_style: Optional[ToneStyle] = "new") -> list[Edit]:
    """Return the Unicode hygiene edits of `text`, in its own coordinates, sorted and disjoint.

    >>> [(e.rule, e.before, e.after) for e in unicode_edits("Ðiện Biên\\u00a028\\u200b tỷ")]
    [('unicode.lookalike', 'Ð', 'Đ'), ('unicode.space', '\\xa0', ' '), ('unicode.invisible', '\\u200b', '')]
    """
    always, in_word = _homoglyphs()
    edits: list[Edit] = []
    covered_to = 0
    for m in (_SPECIAL.finditer(text) if _needs_look(text) else ()):
        i = m.start()
        if i < covered_to:
            continue
        ch = text[i]
        if ch in INVISIBLE:
            edits.append(Edit(i, i + 1, ch, "", "unicode.invisible", 1.0,
                              f"U+{ord(ch):04X} {unicodedata.name(ch, '?')} carries nothing"))
        elif ch in ODD_SPACES:
            edits.append(Edit(i, i + 1, ch, " ", "unicode.space", 1.0,
                              f"U+{ord(ch):04X} {unicodedata.name(ch, '?')} is a space"))
        elif ch in always:
            edits.append(Edit(i, i + 1, ch, always[ch], "unicode.lookalike", 1.0,
                              f"U+{ord(ch):04X} {unicodedata.name(ch, '?')} used for "
                              f"U+{ord(always[ch]):04X}"))
        elif ch in in_word:
            # (both match, if only the empty string)
            left = cast("regex.Match[str]", _LETTERS_BEFORE.search(text, max(0, i - 40), i)).group(0)
            right = cast("regex.Match[str]", _LETTERS.match(text, i + 1)).group(0)
            if _LATIN.search(left + right):
                edits.append(Edit(i, i + 1, ch, in_word[ch], "unicode.lookalike", 1.0,
                                  f"{unicodedata.name(ch, '?')} inside a Latin word"))
        else:  # a combining mark: compose its cluster, drop what cannot compose
            start = i
            while start > 0 and unicodedata.combining(text[start - 1]):
                start -= 1
            if (edits and edits[-1].rule == "unicode.lookalike" and edits[-1].end == start
                    and edits[-1].start == start - 1):
                # marks on a look-alike letter ("ƣ" + grave): they go on the letter it stands for
                end = i
                while end < len(text) and unicodedata.combining(text[end]):
                    end += 1
                prev = edits.pop()
                edits.append(Edit(prev.start, end, text[prev.start:end],
                                  _compose(prev.after + text[start:end]), "unicode.lookalike",
                                  1.0, prev.why))
                covered_to = end
                continue
            base_start = start - 1 if start > 0 else start
            end = i
            while end < len(text) and unicodedata.combining(text[end]):
                end += 1
            if base_start < covered_to:
                base_start = covered_to
            cluster = text[base_start:end]
            fixed = _compose(cluster)
            if fixed != cluster:
                rule = "unicode.nfc" if unicodedata.normalize("NFC", cluster) == fixed else \
                    "unicode.stray_mark"
                why = "decomposed letter composed (NFC)" if rule == "unicode.nfc" else \
                    "combining mark with nothing to combine with"
                if edits and edits[-1].end > base_start:
                    base_start = edits[-1].end
                    cluster = text[base_start:end]
                    fixed = _compose(cluster)
                if fixed != cluster:
                    edits.append(Edit(base_start, end, cluster, fixed, rule, 1.0, why))
            covered_to = end
    mid = apply_edits(text, edits) if edits else text
    tones = tone_edits(mid, tone_style)
    if tones:
        edits = compose(text, edits, tones, mid)
    return edits


def _compose(cluster: str) -> str:
    """NFC of a base letter and its marks; marks that still stand alone, or repeat, are dropped."""
    composed = unicodedata.normalize("NFC", cluster)
    if not any(unicodedata.combining(c) for c in composed):
        return composed
    out: list[str] = []
    for c in composed:
        if unicodedata.combining(c) and (not out or not out[-1].isalpha()
                                         or unicodedata.combining(out[-1])):
            continue
        if unicodedata.combining(c):
            trial = unicodedata.normalize("NFC", out[-1] + c)
            if len(trial) == 1:
                out[-1] = trial
            continue  # a mark that does not compose with the letter before it is stray
        out.append(c)
    return "".join(out)
