"""Place names (``ocr.place_name``): a run of capitalised syllables whose form is one official
place name, or the place of the district the document names."""
from __future__ import annotations

from itertools import compress
from operator import itemgetter
from typing import Optional

import regex

from baocao.core.fold import canonical, fold
from baocao.normalize.edits import Edit
from baocao.normalize.lexicon import Lexicon
from baocao.normalize.ocr.evidence import _DocPairs, _State
from baocao.normalize.ocr.ladder import DICTIONARY, VOCABULARY
from baocao.normalize.ocr.tokens import _whole_run, _with_case

# A syllable's letters (a name's syllables, without the dash of "Phan Rang - Tháp Chàm").
_WORD = regex.compile(r"\p{L}+")
# An administrative word before a name, possibly heading a list: "xã Ảng Nưa", "các xã (Ăng Nưa,
# Búng Lao, Ăng Cang": every name of the list stands in the word's context.
_ADMIN_BEFORE = regex.compile(
    r"(?r)(?<!\p{L})(?i:huyện|xã|thị trấn|thị xã|tỉnh|phường|thành phố|TP\.?|(?P<village>bản|thôn|ấp|làng))"
    r"\s*\(?\s*(?:\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}\s*,\s*){0,6}\Z")
# A village ("thôn", "bản", "ấp", "làng") is no unit of the official list: a name after its word is
# checked as a bare run is ("thôn Tha, Hạ Thành" is a village, not the commune "Hà Thanh").
# The last syllable of an administrative word right before a name ("xã", "thị trấn", "thành phố"):
# a syllable alone after it may be a commune's name cut off. Not a village's word: a village's name
# of one syllable is common ("bản Lũng", "thôn Đông") and no commune's ("bản Lũng" stays).
_ADMIN_LAST = frozenset(("xã", "huyện", "trấn", "tỉnh", "phường", "phố", "quận"))


def _place_names(st: _State) -> None:
    """Runs of two or three capitalised syllables are tried from every syllable that can open a
    place name, longest first; a name found is not looked into again. A capitalised syllable alone
    after an administrative word may begin a cut commune name."""
    toks, linked, words, lex = st.toks, st.linked, st.words, st.lex
    surface = toks.surface
    n = len(surface)
    first = lex.place_first
    done = -1
    for i in compress(range(n), map(str.isupper, map(itemgetter(0), surface))):
        if i <= done:
            continue
        if i + 1 >= n or not linked[i + 1] or not surface[i + 1][0].isupper():
            if i and linked[i] and words[i - 1] in _ADMIN_LAST and not surface[i - 1][0].isupper():
                _place_head(st, i)
            continue
        if fold(surface[i]) not in first:
            continue
        j = i + 1
        if j + 1 < n and linked[j + 1] and surface[j + 1][0].isupper():
            j += 1
        used = _place_at(st, i, j)
        if used:
            done = i + used - 1


def _local(lex: Lexicon, doc: _DocPairs, folded: str) -> Optional[tuple[str, str, int]]:
    """(official spelling, the district or province it lies in, 1 for a district or 2 for a
    province) of the commune or district with the folded form `folded` that lies in a district, or
    failing that a province, the document names; None when none or several do."""
    options = lex.areas_of(folded)
    named = doc.named_areas(lex)
    for level in (1, 2):
        hits = {(o[0], o[level], level) for o in options if o[level] in named}
        if len(hits) == 1:
            return hits.pop()
        if hits:
            return None
    return None


def _elsewhere(lex: Lexicon, doc: _DocPairs, folded: str) -> bool:
    """True when the places with the folded form `folded` are communes only, the document names
    districts or provinces, and none of those communes lies in one of them: a run of valid
    syllables with that form is then a name of the document's own area the list lacks (a
    village, a commune since merged or renamed: "xã Tâm Đa" in a report on Lào Cai is no misread
    of Tam Đa of Bắc Ninh, Hưng Yên or Tuyên Quang), not that commune. A district or a province is not judged so: a
    document names its neighbours ("phía Bắc giáp huyện Long Mỹ") without their province."""
    options = lex.areas_of(folded)
    if not options or any(_is_area(lex, o[0]) for o in options):
        return False
    named = doc.named_areas(lex)
    if not named:
        return False
    # a district named stands for its province; a province for the one it became part of in 2025,
    # and for those merged into it
    region = named | {o[2] for d in named for o in lex.areas_of(" ".join(map(fold, _WORD.findall(d))))
                      if o[0] == d and not o[1]}
    now = lex.province_now
    region |= {now[p] for p in region if p in now} | {p for p, q in now.items() if q in region}
    return not any(o[1] in named or o[2] in region for o in options)


def _is_area(lex: Lexicon, name: str) -> bool:
    """True when `name` is the name of a district or a province."""
    syl = name.split()
    return len(syl) >= 2 and name in lex.area_names.get(" ".join(map(canonical, syl[:2])), "").split("\n")


def _place_at(st: _State, i: int, j: int) -> int:
    """Try the place names starting at token i (ending by token j); return the tokens used."""
    text, toks, linked, words, lex, doc = st.text, st.toks, st.linked, st.words, st.lex, st.doc
    for length in range(min(3, j - i + 1), 1, -1):
        folded = " ".join(map(fold, toks.surface[i:i + length]))
        official = lex.places.get(folded)
        if official is None and folded not in lex.areas:
            continue
        surface = text[toks[i][0]:toks[i + length - 1][1]]
        if " ".join(words[i:i + length]) in lex.place_keys or (
                official is not None and canonical(surface) == canonical(official)):
            return length  # already a place name, spelled right
        spellings = (official,) if official is not None else tuple(o[0] for o in lex.areas_of(folded))
        if any(_listed_beside(text, toks[i][0], toks[i + length - 1][1], o) for o in spellings):
            st.taken.update(range(i, i + length))   # another place of the same list, written so
            return length
        if official is not None and _elsewhere(lex, doc, folded) and all(
                w in lex.syllables for w in words[i:i + length]):
            return 0    # well formed, and the one place so spelt lies outside the areas named
        before = _ADMIN_BEFORE.search(text, max(0, toks[i][0] - 120), toks[i][0])
        admin = before is not None
        # Valid syllables with no "huyện"/"xã" before (or a village's word): a person's or a village's
        # name as often as a place of the list, unless they are a whole capitalised run naming a
        # place of the district the document names.
        bare = (before is None or before.group("village") is not None) and all(
            w in lex.syllables for w in words[i:i + length])
        if bare and not _whole_run(toks, linked, i, i + length - 1):
            return 0
        # Several places share the form: the one of the district (or province) the document is
        # about is meant.
        local = _local(lex, doc, folded) if (official is None or bare) and folded in lex.areas else None
        if official is None:
            if local is None or (local[2] == 2 and not admin):
                continue
            official = local[0]
            if canonical(surface) == canonical(official):
                return length
        if bare and not (local is not None and local[2] == 1 and local[0] == official):
            return 0
        syllables = official.split()
        gaps = [text[toks[k][1]:toks[k + 1][0]] for k in range(i, i + length - 1)]
        after = "".join(_with_case(toks[i + k][2], syllables[k]) + (gaps[k] if k < len(gaps) else "")
                        for k in range(length))
        why = f'"{official}" is the official spelling of a place with this form'
        if local is not None:   # a place of the area the document names
            why += f" in {local[1]}, which the document names"
        st.edits[i] = Edit(toks[i][0], toks[i + length - 1][1], surface, after, "ocr.place_name",
                           VOCABULARY if admin else DICTIONARY, why)
        st.taken.update(range(i, i + length))
        for k, syl in enumerate(syllables):
            words[i + k] = canonical(syl)
        return length
    return 0


# What may stand between two items of one list of place names: commas, "và", an administrative
# word, other capitalised names (`Ia Bang, Ia Băng, Ia Tôr`), no sentence end.
_LIST_GAP = regex.compile(
    r"(?:[\s,;]|(?i:và|xã|phường|thị trấn)(?!\p{L})|\p{Lu}\p{L}*)*")
# How far apart two items of one list are looked for, in characters.
_LIST_REACH = 160


def _listed_beside(text: str, start: int, end: int, official: str) -> bool:
    """True when the official spelling `official` of the name at text[start:end] stands as another
    item of the same list of names ("các xã Ia Bang, Ia Băng, Ia Tôr"): two units are listed whose
    names differ by a mark, and the unofficial one is no misread of the other (one place is not
    listed twice); the gazetteer may lack it."""
    want, low = canonical(official), official.lower()
    n = len(official)
    lo, hi = max(0, start - _LIST_REACH), min(len(text), end + _LIST_REACH)
    window = text[lo:hi].lower()      # a plain search, no pattern made per name (a lower-cased letter that
    k = window.find(low)              # changes length only shifts a hit, which the canonical check drops)
    while k >= 0:
        at = lo + k
        k = window.find(low, k + 1)
        if canonical(text[at:at + n]) != want:
            continue
        gap = text[end:at] if at >= end else text[at + n:start] if at + n <= start else None
        if gap is not None and "," in gap and _LIST_GAP.fullmatch(gap) is not None:
            return True
    return False


def _place_head(st: _State, i: int) -> None:
    """A capitalised syllable alone after "xã", "huyện" …, the rest of the name cut off (by a page
    break or a footnote): it becomes the first syllable of the communes of the document's district
    that begin with its form, when they all spell it one way ("xã Ấng" -> "xã Ẳng", as in Ẳng Nưa,
    Ẳng Cang, Ẳng Tở of Mường Ảng)."""
    toks, lex = st.toks, st.lex
    if i in st.taken:
        return
    surface = toks[i][2]
    options = lex.heads_of(fold(surface))
    named = st.doc.named_areas(lex)
    for level in (1, 2):
        hits = {(o[0], o[level]) for o in options if o[level] in named}
        if hits:
            break
    spellings = {canonical(h) for h, _ in hits}
    if len(spellings) != 1 or st.words[i] in spellings:
        return
    head, area = next(iter(hits))
    st.edits[i] = Edit(toks[i][0], toks[i][1], surface, _with_case(surface, head), "ocr.place_name",
                       DICTIONARY, f'"{head}" begins every place of {area} with this form, and {area} '
                       f'is named in the document')
    st.taken.add(i)
    st.words[i] = canonical(head)
