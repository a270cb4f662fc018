"""Figures about another place: a statement named by a province other than the document's own
(``Hải Phòng tăng 9,94%`` in a report of Hưng Yên), or by the country (``cả nước +5,05%``,
``kim ngạch xuất khẩu hàng hóa của Việt Nam``) in a report of a province, says nothing of the
document's place: it is left unattached with the reason, not listed as an indicator.

The document's own province is the one its text names most often (province names from the
administrative data that :mod:`~baocao.resolve.metadata` reads); a document that names none is
national, and the country is its own place. Words in ``data/indicators.yaml`` (``country_words``,
``place_prefixes``).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.fold import fold
from baocao.core.rules import compile_at
from baocao.resolve._rules import load
from baocao.resolve.metadata import _admin

if TYPE_CHECKING:
    from baocao.report import Report


DOMINANT = 2
"""The document's province is named at least this many times as often as any other."""
FIRST_LINE = 300
"""How much of a document's first line is read for the province it names."""
UNSURE = ""
"""The home of a document whose province is unclear: no statement is set aside for its place."""


def _folded_alternation(words: list[str]) -> str:
    """The alternation of ``words`` as folded text spells them, escaped, the longest (as written) first."""
    return "|".join(regex.escape(fold(w)) for w in sorted(words, key=len, reverse=True))


@cache
def _prefixes() -> str:
    """The alternation of the words before a province's name (``place_prefixes``: ``tỉnh``, ``thành
    phố``, ``TP.``)."""
    return _folded_alternation(load("indicators").place_prefixes)


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], frozenset[str]]:
    words = load("indicators")
    provinces = _admin()[2]
    names = sorted(provinces, key=len, reverse=True)
    alt = "|".join(regex.escape(n) for n in names)
    prefixes = _prefixes()
    country = _folded_alternation(words.country_words)
    mention = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alt})(?![\p{{L}}\p{{N}}])")
    # a name that is a place, or ends with "của <place>" / "<place>" after a noun
    only = regex.compile(rf"^\s*(?:(?:{prefixes})\s+)?(?P<p>{alt}|{country})\s*$")
    of = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:cua|o|tai)\s+(?:(?:{prefixes})\s+)?(?P<p>{alt}|{country})\s*$")
    return mention, only, of, frozenset(fold(c) for c in words.country_words)


def home_province(report: Report, folded: Optional[str] = None) -> Optional[str]:
    """The folded name of the province the document names most often (written with a capital), or
    None when it names none (a national document), or :data:`UNSURE` when another is named nearly
    as often, unless the first line (a title, a caption) names one of the two and no other province.
    `folded`: ``fold(report.text)`` where the caller has it."""
    folded = fold(report.text) if folded is None else folded
    counts: Counter[str] = Counter()
    for start, name in _mentions(folded):
        if _capitalized(report.text[start:start + len(name)]) and _is_place(folded, start, name):
            counts[name] += 1
    if not counts:
        return None
    top = counts.most_common(2)
    if len(top) > 1 and top[0][1] < DOMINANT * top[1][1]:
        # two provinces named about as often: the one the first line (a title, a caption) alone names,
        # of those two, is the subject ("… thế mạnh của Bắc Ninh" above a ranking of provinces)
        first = report.text.lstrip()[:FIRST_LINE].split("\n", 1)[0]
        named = {name for _, name in _mentions(fold(first))}
        if len(named) == 1 and next(iter(named)) in (top[0][0], top[1][0]):
            return next(iter(named))
        return UNSURE              # whose figures is unclear
    return top[0][0]


_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")


def _capitalized(written: str) -> bool:
    """Whether every word of a province's name as written starts with a capital (``Hòa Bình``, ``HÒA
    BÌNH``), as a proper name does; ``Hòa bình`` (peace) at a sentence's start is no place.

    >>> _capitalized("Hòa Bình"), _capitalized("Hòa bình"), _capitalized("hòa bình")
    (True, False, False)
    """
    return all(word[:1].isupper() for word in written.split())


def _is_place(folded: str, start: int, name: str) -> bool:
    """Whether the province name at ``start`` of ``folded`` names the province: not inside a longer
    name that is no place (``not_places``: Thái Bình Dương), nor a person's name without a place's
    prefix before it (``places_after_prefix``: tư tưởng Hồ Chí Minh, but thành phố Hồ Chí Minh).

    A publisher's city in a citation (``citation_pages``: ``Nxb. Sự thật, Hà Nội, 2022, tr.27``) is none.

    >>> f = fold("Thái Bình Dương, tỉnh Thái Bình, tư tưởng Hồ Chí Minh, TP. Hồ Chí Minh")
    >>> [(n, _is_place(f, s, n)) for s, n in _mentions(f)]
    [('thai binh', False), ('thai binh', True), ('ho chi minh', False), ('ho chi minh', True)]
    >>> f = fold("Nxb. Sự thật, Hà Nội, 2022, tr.27; Hà Nội, năm 2022")
    >>> [(n, _is_place(f, s, n)) for s, n in _mentions(f)]
    [('ha noi', False), ('ha noi', True)]
    """
    not_places, after_prefix, prefix, citation = _place_words()
    if any(folded.startswith(longer, start) for longer in not_places.get(name, ())):
        return False
    if citation.match(folded, start + len(name), start + len(name) + CITATION_REACH):
        return False
    return name not in after_prefix or prefix.search(folded, max(0, start - PREFIX_REACH), start) is not None


PREFIX_REACH = 16
"""How far before a province's name its prefix (``thành phố``, ``TP.``) is looked for."""
CITATION_REACH = 20
"""How far after a province's name a citation's year and page (``, 2022, tr.``) are looked for."""


@cache
def _place_words() -> tuple[dict[str, tuple[str, ...]], frozenset[str], regex.Pattern[str],
                          regex.Pattern[str]]:
    words = load("indicators")
    provinces = _admin()[2]
    not_places: dict[str, list[str]] = {}
    for longer in (fold(w) for w in words.not_places):
        for name in provinces:
            if longer.startswith(name + " "):
                not_places.setdefault(name, []).append(longer)
    prefixes = _prefixes()
    prefix = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{prefixes})\s*$")
    pages = _folded_alternation(words.citation_pages)
    citation = compile_at(rf"\s*,\s*(?:19|20)\d\d\s*,\s*(?:{pages})(?![\p{{L}}])")
    return ({k: tuple(v) for k, v in not_places.items()}, frozenset(fold(w) for w in words.places_after_prefix),
            prefix, citation)


def _mentions(folded: str) -> list[tuple[int, str]]:
    """(start, name) of the matches of the province pattern (``_patterns()[0]``) in ``folded``,
    found by ``re``, some times faster: the same names in the same order, their borders (no letter
    or digit beside) read with the letters and digits beyond ASCII that this text has, as ``regex``
    classes them. With a name beyond ASCII, by ``regex`` itself."""
    extra = "".join(sorted(c for c in set(folded) if not c.isascii() and _LETTER_OR_DIGIT.match(c)))
    fast = _ascii_mention(extra)
    if fast is not None:
        return [(m.start(), m.group()) for m in fast.finditer(folded)]
    return [(m.start(), m.group()) for m in _patterns()[0].finditer(folded)]


@lru_cache(maxsize=64)
def _ascii_mention(extra: str) -> Optional[re.Pattern[str]]:
    names = sorted(_admin()[2], key=len, reverse=True)
    if not all(n.isascii() for n in names):
        return None
    alt = "|".join(re.escape(n) for n in names)
    border = "[A-Za-z0-9" + "".join(re.escape(c) for c in extra) + "]"
    return re.compile(rf"(?<!{border})(?:{alt})(?!{border})")


def other_place(name: str, home: Optional[str]) -> Optional[str]:
    """The place a statement's name says it is about, when that is not the document's own
    (``home``, folded; None for a national document), else None.

    >>> other_place("Hải Phòng", "hung yen"), other_place("Hưng Yên", "hung yen")
    ('hai phong', None)
    >>> other_place("kim ngạch xuất khẩu hàng hóa của Việt Nam", "bac ninh"), other_place("cả nước", None)
    ('viet nam', None)
    """
    if home == UNSURE:
        return None
    _, only, of, country = _patterns()
    f = " ".join(fold(name).replace(",", " ").split())
    m = only.match(f) or of.search(f)
    if m is None:
        return None
    place = m.group("p")
    if place in country:
        return place if home is not None else None
    return place if place != home else None


def without_home(name: str, home: Optional[str]) -> str:
    """``name`` without the document's own place where it only says whose figure it is: at the end
    (``tăng trưởng GRDP của Bắc Giang`` → ``tăng trưởng GRDP``) or as the subject before a verb at
    the start (``tỉnh Hậu Giang đạt tốc độ tăng trưởng kinh tế`` → ``tốc độ tăng trưởng kinh tế``).

    >>> without_home("tăng trưởng GRDP của Bắc Giang", "bac giang"), without_home("Bắc Giang", "bac giang")
    ('tăng trưởng GRDP', 'Bắc Giang')
    """
    if not home or home == UNSURE:
        return name
    lead, tail, _ = _home_patterns(home)
    f = fold(name)
    if len(f) != len(name):
        return name
    m = tail.search(f)
    if m and m.start() > 0:
        return name[:m.start()].rstrip(" ,")
    m = lead.match(f)
    if m and m.end() < len(name):
        return name[m.end():].lstrip(" ,")
    return name


def home_at_end(home: Optional[str]) -> Optional[HomePattern]:
    """The pattern (on folded text) of the document's own place at the end of a lead, where it only
    says whose figure it is: after ``của`` (``tổng sản phẩm … năm 2022 của Đà Nẵng``), or standing
    alone (group ``bare``: ``GRDP Đà Nẵng``, kept out of a name only after an abbreviation); None
    when the place is unknown or unclear.

    >>> home_at_end("da nang").search("grdp quy ii nam 2022 cua thanh pho da nang").group()
    ' cua thanh pho da nang'
    """
    if not home or home == UNSURE:
        return None
    return _home_patterns(home)[2]


class HomePattern:
    """The pattern of the document's province (``home``, folded) in a place's words (``của …`` at the end, a
    lead's subject), read with the same pattern written for every province, compiled once for all documents
    (the pattern compiled for each document's province cost a hundredth of the whole job over many
    provinces). A match whose province is ``home`` is the very match of the pattern written for ``home``
    alone: the two try every way of matching in the same order, that of ``home`` only leaving out the other
    provinces' branches, and the first that succeeds is in ``home``'s. A match of another province (rare) is
    read again with the pattern of ``home``, compiled then; where neither matches, that one would not.

    >>> p = _home_patterns("da nang")[1]
    >>> p.search("tang truong cua thanh pho da nang").span(), p.search("tang truong cua ha noi")
    ((11, 33), None)
    """

    __slots__ = ("_every", "_home", "_index", "_own")

    def __init__(self, index: int, home: str) -> None:
        self._index, self._home = index, home
        self._every = _every_home()[index]
        self._own: Optional[regex.Pattern[str]] = None

    def _checked(self, m: Optional[regex.Match[str]], text: str, anchored: bool) -> Optional[regex.Match[str]]:
        if m is None or (m.group("h1") if self._index < 2 else m.group("h1") or m.group("h2")) == self._home:
            return m
        if self._own is None:
            name = regex.escape(self._home)
            self._own = regex.compile(_home_texts(name, name)[self._index])
        return self._own.match(text) if anchored else self._own.search(text)

    def search(self, text: str) -> Optional[regex.Match[str]]:
        return self._checked(self._every.search(text), text, False)

    def match(self, text: str) -> Optional[regex.Match[str]]:
        return self._checked(self._every.match(text), text, True)


@cache
def _home_patterns(home: str) -> tuple[HomePattern, HomePattern, HomePattern]:
    return HomePattern(0, home), HomePattern(1, home), HomePattern(2, home)


def _home_texts(first: str, second: str) -> tuple[str, str, str]:
    """The patterns of the document's place (its name's pattern ``first``, and ``second`` where it stands
    alone): the subject of a lead before a verb, ``của …`` at the end, and ``của …`` or the place alone
    (group ``bare``) at the end."""
    prefixes = _prefixes()
    place, alone = (rf"(?:(?:{prefixes})\s+)?{name}" for name in (first, second))
    verbs = "|".join(regex.escape(fold(w)) for w in load("indicators").home_verbs)
    # "vải Trứng Hưng Yên" names a product: kept
    return (rf"^\s*{place}\s+(?:{verbs})\s+", rf"\s+cua\s+{place}\s*$",
            rf"\s+(?:cua\s+{place}|(?P<bare>{alone}))\s*$")


@cache
def _every_home() -> tuple[regex.Pattern[str], ...]:
    """The patterns of :func:`_home_texts` written for every province (group ``h1``, and ``h2`` where the
    place stands alone: the province's name)."""
    names = "|".join(regex.escape(n) for n in sorted(_admin()[2], key=len, reverse=True))
    texts = _home_texts(f"(?P<h1>{names})", f"(?P<h2>{names})")
    return tuple(regex.compile(t) for t in texts)
