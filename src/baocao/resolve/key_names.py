"""How an indicator's name is compared with the names of the key vocabulary (``resolve/keys.py``).

Both are read alike (:func:`clean`): folded (no diacritics, lower case, punctuation as spaces), an
explaining parenthesis and the document's place at the end left out, a period inside left out, the
vocabulary's ``abbreviations`` written out and its ``rewrites`` applied (word order: ``kim ngạch hàng hóa
xuất khẩu`` as ``kim ngạch xuất khẩu hàng hóa``), a syllable's final y after a consonant read as i
(``tỷ lệ``, ``tỉ lệ``). A variant that scores well still fits a name only when its words are the name's
(:func:`words_kept`: none missing with another in its place, ``filler_words`` aside) and it holds every
qualifier the name holds (:func:`qualified`, :func:`holds`: ``cây hằng năm khác`` is no sown area).
"""
from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from collections import Counter
from typing import Iterable, Optional

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from baocao.core.fold import fold
from baocao.core.rules import alternation
from baocao.resolve._rules import load

TYPO_LETTERS = 4     # a word of the variant may stand misspelt in a name: both this long at least,
TYPO_RATIO = 75.0    # this close (fuzz.ratio), with the same first letter ("ngan" / "nhan")
DROP_WORDS = 5       # a name of this many words may leave words of a variant out, adding none of its own
# a source a name opens with ("Theo Cục Thống kê Kiên Giang, tổng sản lượng thủy sản") says who reports
# the figure, not what it measures
_SOURCE = regex.compile(r"^\s*theo\s[^,:;]*[,:]\s*", regex.I)
# a year the name ends on, before the place it ends on ("… trên địa bàn tỉnh năm 2023")
_YEAR_AT_END = regex.compile(r"\s+(?:(?:năm|đến năm|đến hết năm|giai đoạn|nhiệm kỳ)\s+)?\d[\d\s/–-]*$", regex.I)
_PUNCT = regex.compile(r"[^\p{L}\p{N}/]+")
_FINAL_Y = regex.compile(r"(?<=(?<![\p{L}\p{N}])[b-df-hj-np-tv-xz]+)y(?![\p{L}\p{N}])")
# a period inside a name ("… giai đoạn 2021 - 2025", "… năm 2025") says when, not what
_PERIOD = regex.compile(r"(?<!\w)(?:(?:giai doan|nam|den|den het|nhiem ky)\s+)?\d[\d\s/-]*(?!\w)")
# a parenthesis explains ("(bao gồm … cận nghèo)", "(GRDP)"), unless it leaves something out
# ("(trừ dầu thô và khí đốt)"): that one names a different indicator and stays
_PAREN = regex.compile(r"\((?!\s*(?:" + "|".join(regex.escape(w) for w in load("indicators").excluding_words)
                      + r")\b)[^()]*\)", regex.I)
# the place a name ends on ("GRDP tỉnh Đồng Nai", "… trên địa bàn tỉnh Điện Biên", "… của huyện", "… trên
# địa bàn tỉnh", "… của địa phương", "… của quận", "… của thị xã") is the document's place, not part of what is
# measured
# ("… cấp tỉnh" is a level of government; an abbreviation the vocabulary writes out is no place's name: "tiêu
# chí huyện NTM" is the district's new-rural criteria, 255 Phú Yên's portal, 357 Đại Đoàn Kết)
_NO_PLACE = "|".join(regex.escape(a) for a in sorted(load("indicator_keys").abbreviations, key=len, reverse=True))
_PLACE = regex.compile(r"(?:(?:\s+(?:của|toàn|trên địa bàn))?(?<!cấp)\s+(?:tỉnh|thành phố|huyện|thị xã|quận)"
                       rf"(?:\s+(?!(?:{_NO_PLACE})(?![\p{{L}}\p{{M}}]))\p{{Lu}}[\p{{L}}\p{{M}}]*)*"
                       r"|\s+của\s+địa\s+phương)\s*$")


def _whole_words(phrases: Iterable[str]) -> regex.Pattern[str]:
    """The phrases (one space between words) as whole words, longest first; none: a pattern that never matches."""
    phrases = list(phrases)
    return regex.compile(rf"(?<!\w){alternation(phrases, gap=' ')}(?!\w)" if phrases else r"(?!)")


def _table(words: dict[str, str]) -> tuple[regex.Pattern[str], dict[str, str]]:
    """Folded phrase → folded replacement, and a pattern of the phrases as whole words (longest first)."""
    table = {" ".join(spelt(_PUNCT.sub(" ", fold(k))).split()): " ".join(spelt(_PUNCT.sub(" ", fold(v))).split())
             for k, v in words.items()}
    return _whole_words(table), table


@cache
def _abbreviations() -> tuple[regex.Pattern[str], dict[str, str]]:
    """Folded abbreviation → folded words (``bhyt`` → ``bao hiem y te``) and a pattern of them as words."""
    return _table(load("indicator_keys").abbreviations)


@cache
def _rewrites() -> tuple[regex.Pattern[str], dict[str, str]]:
    """The same words in another order or spelling (``rewrites``): ``hang hoa xuat khau`` →
    ``xuat khau hang hoa``, applied after the abbreviations are written out."""
    return _table(load("indicator_keys").rewrites)


def spelt(text: str) -> str:
    """Folded ``text`` with a syllable's final y after a consonant written i: "tỷ lệ" and "tỉ lệ", "bác
    sỹ" and "bác sĩ", "kỹ thuật" and "kĩ thuật" are the same words."""
    return _FINAL_Y.sub("i", text) if "y" in text else text     # the pattern reads a "y"


CLEAN_CACHE_SIZE = 1 << 13
"""How many names :func:`clean` remembers: key matching asks about the same name again for each unit
and measure, and for its forms without inserted words (a 1 MB archive: 8,600 calls, 5,400 names)."""


def clean(s: str) -> str:
    """A name or a variant as they are compared (a function of ``s`` alone: remembered).

    >>> clean("Kim ngạch hàng hóa xuất khẩu năm 2018 tỉnh Kiên Giang"), clean("Tỉ lệ tham gia BHYT")
    ('kim ngach xuat khau hang hoa', 'ti le tham gia bao hiem y te')
    >>> clean("Theo Cục Thống kê Kiên Giang, tổng sản lượng thủy sản")
    'tong san luong thuy san'
    """
    return _cleaned(s)


@lru_cache(maxsize=CLEAN_CACHE_SIZE)
def _cleaned(s: str) -> str:
    s = _SOURCE.sub("", s) or s
    s = _PAREN.sub(" ", s) if "(" in s else s
    s = _PLACE.sub("", _YEAR_AT_END.sub("", s) or s) or s
    text = spelt(_PUNCT.sub(" ", fold(s)))
    for pattern, table in (_abbreviations(), _rewrites()):
        text = pattern.sub(lambda m: table[m.group()], text)
    return " ".join(_PERIOD.sub(" ", text).split())


def without_place(name: str) -> str:
    """The name as written without the year and the document's place it ends on (as :func:`clean`
    leaves them out), so that words can follow it ("giá trị sản xuất công nghiệp tỉnh Bắc Giang" →
    "giá trị sản xuất công nghiệp"); ``name`` itself when nothing is left.

    >>> without_place("giá trị sản xuất công nghiệp tỉnh Bắc Giang năm 2016")
    'giá trị sản xuất công nghiệp'
    """
    return _PLACE.sub("", _YEAR_AT_END.sub("", name) or name).strip() or name


def without_inserted(name: str) -> str:
    """The name as written without its ``inserted_words`` (whole words, with their diacritics: "về"
    is no "vệ" of "vệ sinh"), which a name may put between the words of a variant ("Tốc độ tăng về giá
    trị sản xuất" → "Tốc độ tăng giá trị sản xuất"); ``name`` itself when it holds none.

    >>> without_inserted("Tốc độ tăng về giá trị sản xuất"), without_inserted("nước hợp vệ sinh")
    ('Tốc độ tăng giá trị sản xuất', 'nước hợp vệ sinh')
    """
    name = unicodedata.normalize("NFC", name)
    pattern = _inserted()
    return " ".join(pattern.sub(" ", name).split()) if pattern.search(name) else name


@cache
def _inserted() -> regex.Pattern[str]:
    words = [" ".join(unicodedata.normalize("NFC", w).split()) for w in load("indicator_keys").inserted_words]
    return regex.compile(rf"(?<!\w)(?:{alternation(words, gap=' ')})(?!\w)" if words else r"(?!)", regex.I)


def words_kept(v: str, words: set[str], repeated: Optional[Counter[str]] = None) -> bool:
    """Every word of the variant is in the name (words run together or parted by a slash count), or a
    filler word (``filler_words``), or there misspelt (:func:`misspelt`), or the name, of
    ``DROP_WORDS`` words or more, left it out and put no word of its own in its place: "thu nhân sách"
    is a typo of "thu ngân sách", but "diện tích sản xuất" leaves out the rice of "diện tích sản xuất
    lúa", "diện tích trồng nhãn" is no "diện tích trồng sắn", and one letter makes "nông nghiệp" of
    "công nghiệp", a different sector. With ``repeated`` (the name's words counted), a word the variant
    holds twice must be in the name twice."""
    vs = v.replace("/", " ").split()
    words = {p for w in words for p in w.split("/") if p} | words      # "bình quân/xã": two words
    missing = [w for w in vs if w not in words]
    if not missing and len(set(vs)) < len(vs) and repeated is not None:
        # a word the variant says twice is said twice in the name: "sản lượng cây sắn" (folded "san
        # luong cay san") is no "sản lượng cây ăn quả", which says "sản" once
        return all(n <= repeated.get(w, 0) for w, n in Counter(vs).items())
    if not missing:
        return True
    glued = {"".join(vs[i:j]) for i in range(len(vs)) for j in range(i + 2, len(vs) + 1)}
    if any(x in glued for x in words):   # "Sản lượngcao su": words run together
        words = words | {w for w in vs if any(w in x for x in words & glued)}
        missing = [w for w in vs if w not in words]
        if not missing:
            return True
    extra = [x for x in words if x not in set(vs)]
    if any(w[0] != x[0] and fuzz.ratio(w, x) >= 60 for w in missing for x in extra):
        return False
    filler = fillers()
    if all(w in filler or any(misspelt(w, x) for x in extra) for w in missing):
        return True
    # words left out and none put in their place: a long name cut short ("tổ dân phố được sử dụng điện
    # lưới quốc gia" for "bản tổ dân phố …"); a short one may lack the very word that tells ("lúa"), and
    # no name leaves out the words that say what is measured (``kept_words``: "khu vực có vốn đầu tư
    # nước ngoài" is no "thu từ khu vực có vốn đầu tư nước ngoài")
    return (len(words) >= DROP_WORDS and all(x in filler for x in extra)
            and not any(_holds_phrase(vs, k) and not set(k) <= words for k in _kept()))


def _holds_phrase(vs: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(vs[i:i + n]) == phrase for i in range(len(vs) - n + 1))


@cache
def _kept() -> tuple[tuple[str, ...], ...]:
    """The ``kept_words``, folded as names are compared, as tuples of words."""
    return tuple(tuple(clean(w).split()) for w in load("indicator_keys").kept_words if clean(w))


def misspelt(w: str, x: str) -> bool:
    """``x`` is ``w`` misspelt: the same first letter, and close (``TYPO_RATIO``) where both have
    ``TYPO_LETTERS`` letters or more ("ngan" / "nhan"), else one letter more or less ("grdp" / "gdp");
    a letter changed in a short word is another word ("lua" / "lac"), and so is a letter more or less
    in a word of ``TYPO_LETTERS`` ("thoc" / "thuoc": thóc, thuốc)."""
    if w[0] != x[0]:
        return False
    if min(len(w), len(x)) == TYPO_LETTERS and len(w) != len(x):
        return False    # a letter more or less in a short syllable makes another one ("thoc" / "thuoc")
    if min(len(w), len(x)) >= TYPO_LETTERS:
        return fuzz.ratio(w, x) >= TYPO_RATIO
    return min(len(w), len(x)) >= 3 and abs(len(w) - len(x)) == 1 and Levenshtein.distance(w, x) == 1


@cache
def fillers() -> frozenset[str]:
    """The ``filler_words``, folded as names are compared: words a name may leave out of a variant."""
    return frozenset(spelt(fold(w)) for w in load("indicator_keys").filler_words)


@cache
def _qualifiers() -> tuple[regex.Pattern[str], dict[str, Optional[str]]]:
    """The qualifiers (``qualifiers``) and the phrases that hold one's words but are none
    (``not_qualifiers``: "nông thôn mới", "vụ đông xuân") as written, lower case, as a pattern of whole
    words (longest first, so a phrase of ``not_qualifiers`` is read whole), and each qualifier's form as
    variants are compared (:func:`clean`: "DTTS" as "dan toc thieu so", "bình quân/người" as "binh
    quan dau nguoi"); None for a phrase of ``not_qualifiers``."""
    rules = load("indicator_keys")
    words: dict[str, Optional[str]] = {" ".join(_lower(w).split()): None for w in rules.not_qualifiers}
    words.update({" ".join(_lower(w).split()): clean(w) for w in rules.qualifiers})
    return _whole_words(words), words


def _lower(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def qualified(name: str) -> frozenset[str]:
    """The qualifiers a name holds as written (an explaining parenthesis left out), folded ("cây hằng
    năm khác" → {"khac"}; "khám chữa bệnh" holds none; "xã đạt chuẩn nông thôn mới" none: the
    programme, not the countryside).

    >>> sorted(qualified("Tỷ lệ thất nghiệp khu vực thành thị")), sorted(qualified("hộ nghèo DTTS"))
    (['thanh thi'], ['dan toc thieu so'])
    >>> qualified("xã đạt chuẩn nông thôn mới"), qualified("lúa vụ Đông Xuân")
    (frozenset(), frozenset())
    """
    pattern, folded = _qualifiers()
    found = (folded[m.group()] for m in pattern.finditer(_lower(_PAREN.sub(" ", name))))
    return frozenset(q for q in found if q is not None)


def holds(v: str, qualifiers: frozenset[str]) -> bool:
    """The variant holds every qualifier of the name: else it names something else."""
    return all(_qualifier_word(q).search(v) is not None for q in qualifiers)


@cache
def _qualifier_word(qualifier: str) -> regex.Pattern[str]:
    return _whole_words((qualifier,))
