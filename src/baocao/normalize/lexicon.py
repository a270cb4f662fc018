"""Word and place knowledge for OCR repair, built once from data that ships with the dependencies.

- underthesea's word list (``underthesea/corpus/data/Viet74K.txt``): valid syllables and the
  syllable pairs and triples that form words;
- underthesea's administrative units (``underthesea/address/data/mapping.json``): provinces,
  districts and communes with their official spelling;
- this package's ``data/vocabulary.txt`` (report language, strong context) and
  ``data/common_words.txt`` (words changed only with strong context).

Lookups use a canonical form: lower case, NFC, new-style tone placement, so "hoà" and "hòa" are the
same entry. :func:`fold` removes every diacritic (and đ → d): OCR confuses tones, hats and breves,
so candidates for a syllable are the valid syllables with the same fold. Both, and :func:`key`,
are :mod:`baocao.core.fold`'s (the resolvers use them too).

A run of syllables (a pair, a word, a place name) is keyed by one string, its syllables joined by a
space (:func:`key`), not by a tuple, and a table's values are strings where they can be. The
lexicon is built once in the batch engine's forkserver and shared with the workers it forks, page
by page, until a worker writes to a page; and reading a Python object writes its reference count.
A set or dict finds a str key by comparing the text (the stored key is not touched), but a tuple
key it finds is handed to a generic comparison, which takes a reference to it; so with tuple keys
every word of running text cost the worker a private copy of some lexicon page: a worker had
copied 30 MiB of the lexicon's and the model's pages within 2,000 documents, and now copies about
4 (``benchmarks/bench_cow.py``).

The tables are built through intermediate sets and lists, which leave the finished objects
scattered among freed ones; :func:`compacted` copies them side by side into fresh memory and hands
the freed memory back (16 MiB less RSS after loading, and fewer holes in shared pages for a
worker's own objects to fill). That copy is what the disk cache keeps (:mod:`baocao.core.diskcache`):
a later process reads it back in a tenth of a second instead of building it again.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Callable, Iterable, Optional, cast

import regex

from baocao.core import diskcache
from baocao.core.diskcache import compacted as compacted   # re-exported (the tests use it)
from baocao.core.fold import FOLD_CACHE_CHARS as FOLD_CACHE_CHARS   # re-exported: folding's old
from baocao.core.fold import FOLD_CACHE_SIZE as FOLD_CACHE_SIZE     # place
from baocao.core.fold import canonical as canonical
from baocao.core.fold import canonicalize
from baocao.core.fold import fold as fold
from baocao.core.fold import key as key
from baocao.core.underthesea import underthesea_dir

DATA = Path(__file__).with_name("data")
ADMIN_PREFIXES = ("thành phố", "thị trấn", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường")
_WORD = regex.compile(r"\p{L}+")

Area = tuple[str, str, str]
"""A commune or district: (its official spelling, its district or "", its province)."""
Keys = Callable[[Iterable[str]], str]


@dataclass(frozen=True)
class Lexicon:
    """Every run of syllables below is a :func:`key` (canonical syllables joined by a space, "thị
    trấn"; folded ones for the tables by form, "thi tran"), every syllable a canonical str."""

    syllables: frozenset[str]
    bigrams: dict[str, int]            # pair of syllables in some word -> 1 (it is a word) or 3
                                       # (only inside one)
    bigram_next: dict[str, dict[str, int]]  # the same by syllable: first -> {second: 1 or 3}, for
                                       # a sweep over every pair of a text that builds no key (a
                                       # lookup hands back only the inner dict, whose keys it
                                       # compares in place)
    trigrams: frozenset[str]           # three syllables in a row in some word
    by_fold: dict[str, str]            # folded syllable -> the valid syllables of that form,
                                       # sorted, joined by a space ("hoa" -> "hoa hoà hòa …"):
                                       # see :meth:`same_form`
    entries: dict[str, int]            # syllable -> number of dictionary entries it occurs in (a
                                       # frequency proxy)
    words: frozenset[str]              # multi-syllable words (2 to 4 syllables)
    vocab: frozenset[str]              # report terms of 2 to 6 syllables
    vocab_by_fold: dict[str, str]      # folded two-syllable report term -> the term, where it is
                                       # the only one
    vocab_firsts: frozenset[str]       # the folded first syllables of those terms
    common: frozenset[str]
    left_fold: frozenset[str]          # "syllable folded" of every pair: what may follow a syllable
    right_fold: frozenset[str]         # "folded syllable" of every pair: what may precede one
    places: dict[str, str]             # folded place name -> official spelling, where unique
    place_first: frozenset[str]        # the folded first syllables of place names of two or more
                                       # syllables
    place_keys: frozenset[str]         # every place name (canonical syllables)
    area_names: dict[str, str]         # first two syllables of a district or province name -> the
                                       # names, one a line
    area_first: frozenset[str]         # their first syllables
    words3_by_fold: dict[str, str]     # folded three-syllable dictionary word -> the words with
                                       # that form, one a line
    heads3: frozenset[str]             # the first two syllables of three-syllable words
    tails3: frozenset[str]             # the last two
    areas: dict[str, str]              # folded name of a commune or district -> where each with
                                       # that form lies, one a line: official spelling, its
                                       # district or "", its province, joined by tabs: see
                                       # :meth:`areas_of`
    province_now: dict[str, str]       # a province of the list before 2025 -> the province it is
                                       # part of since (itself, or the one it merged into)
    area_heads: dict[str, str]         # folded first syllable of a commune or district name of two
                                       # syllables or more -> the same lines, its first syllable
                                       # for the official spelling: see :meth:`heads_of`

    def same_form(self, folded: str) -> list[str]:
        """The valid syllables whose fold is `folded`, sorted.

        >>> lexicon().same_form("ang")[:4]
        ['ang', 'áng', 'ăng', 'ảng']
        """
        found = self.by_fold.get(folded)
        return found.split(" ") if found else []

    def areas_of(self, folded: str) -> list[tuple[str, str, str]]:
        """(official spelling, its district or "", its province) of every commune or district whose
        folded name is `folded`."""
        return _rows(self.areas.get(folded))

    def heads_of(self, folded: str) -> list[tuple[str, str, str]]:
        """(first syllable of the official spelling, its district or "", its province) of every
        commune or district of two syllables or more whose folded first syllable is `folded`.

        >>> ("Ẳng", "Mường Ảng", "Điện Biên") in lexicon().heads_of("ang")
        True
        """
        return _rows(self.area_heads.get(folded))


def _by_first(pairs: dict[tuple[str, str], int]) -> dict[str, dict[str, int]]:
    """(first, second) -> value as first -> {second: value}."""
    out: dict[str, dict[str, int]] = {}
    for (a, b), value in pairs.items():
        out.setdefault(a, {})[b] = value
    return out


def _rows(found: Optional[str]) -> list[Area]:
    return [cast(Area, tuple(line.split("\t"))) for line in found.split("\n")] if found else []


def _read_list(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(canonicalize(line))
    return out


def _bare(name: str) -> str:
    """A place name without its administrative word ("Xã Ẳng Nưa" -> "Ẳng Nưa"); "" for names
    with digits ("Phường 1")."""
    low = name.lower()
    for prefix in ADMIN_PREFIXES:
        if low.startswith(prefix + " "):
            name = name[len(prefix) + 1:]
            break
    return unicodedata.normalize("NFC", name) if name and not any(ch.isdigit() for ch in name) else ""


def _place_names() -> tuple[set[str], set[tuple[str, str, str]], dict[str, str]]:
    """(every place name, (place, district, province) for communes and districts, the province
    each province before 2025 is part of since), the names bare."""
    path = underthesea_dir() / "address" / "data" / "mapping.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    names = set()
    areas = set()
    now = {}
    for row in data["ward_mapping"]:
        for column in ("old_province", "old_district", "old_ward", "new_province", "new_ward"):
            names.add(_bare(row.get(column) or ""))
        province, district = _bare(row.get("old_province") or ""), _bare(row.get("old_district") or "")
        areas.add((_bare(row.get("old_ward") or ""), district, province))
        areas.add((district, "", province))
        areas.add((_bare(row.get("new_ward") or ""), "", _bare(row.get("new_province") or "")))
        if province:
            now[province] = _bare(row.get("new_province") or "")
    for table in ("province_names", "old_province_names"):
        for info in data[table].values():
            names.add(_bare(info["name"]))
    names.discard("")
    return names, {a for a in areas if a[0]}, {k: v for k, v in sorted(now.items()) if v}


def _by_fold3(multi: Iterable[tuple[str, ...]], keys: Keys) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for w in multi:
        if len(w) == 3:
            out.setdefault(keys(map(fold, w)), []).append(" ".join(w))
    return {k: "\n".join(sorted(v)) for k, v in out.items()}   # sorted: the same in every process


def _area_names(areas: Iterable[Area], keys: Keys) -> dict[str, str]:
    out: dict[str, set[str]] = {}
    for _, district, province in areas:
        for name in (district, province):
            syl = [canonicalize(c) for c in _WORD.findall(name)]
            if len(syl) >= 2:
                out.setdefault(keys(syl[:2]), set()).add(name)
    return {k: "\n".join(sorted(v)) for k, v in out.items()}


def _areas(areas: Iterable[Area], keys: Keys) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for place, district, province in sorted(areas):
        out.setdefault(keys(map(fold, _WORD.findall(place))), []).append(
            "\t".join((place, district, province)))
    return {k: "\n".join(sorted(v)) for k, v in out.items()}   # sorted: the same in every process


def _area_heads(areas: dict[str, str]) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for folded, found in areas.items():
        if " " in folded:
            for place, district, province in _rows(found):
                out.setdefault(folded.split(" ", 1)[0], []).append(
                    "\t".join((place.split()[0], district, province)))
    return {k: "\n".join(sorted(v)) for k, v in out.items()}   # sorted: the same in every process


def sources() -> list[Path]:
    """The files the lexicon is built from: underthesea's word list and place names, this
    package's data files, and the modules whose code builds it (their content names the lexicon in
    the disk cache, :mod:`baocao.core.diskcache`)."""
    und = underthesea_dir()
    here, core = Path(__file__).parent, Path(__file__).parent.parent / "core"
    return [und / "corpus" / "data" / "Viet74K.txt", und / "address" / "data" / "mapping.json",
            *sorted(p for p in DATA.iterdir() if p.is_file()),
            here / "lexicon.py", *(core / f for f in ("fold.py", "marks.py"))]


@cache
def fingerprint() -> str:
    """The hash of :func:`sources` (and the regex module's version) naming the lexicon."""
    return diskcache.fingerprint(sources(), f"regex {regex.__version__}")


@cache
def lexicon() -> Lexicon:
    """The lexicon: read from the disk cache (a tenth of a second), or built (about two seconds)
    and stored there, once per process."""
    return diskcache.stored("lexicon", fingerprint(), Lexicon, _build)


def _build() -> Lexicon:
    words_path = underthesea_dir() / "corpus" / "data" / "Viet74K.txt"
    # The word list is canonicalized without the cache, which is kept for the text's tokens; each
    # syllable is stored once (the tuples of words, pairs and triples share it).
    words = [canonicalize(w) for w in words_path.read_text(encoding="utf-8").splitlines() if w.strip()]
    vocab = _read_list(DATA / "vocabulary.txt")
    common = frozenset(_read_list(DATA / "common_words.txt"))
    places, areas, province_now = _place_names()
    syllables: set[str] = set()
    bigrams: set[tuple[str, str]] = set()
    trigrams: set[tuple[str, str, str]] = set()
    multi: set[tuple[str, ...]] = set()
    entries: dict[str, int] = {}
    one: dict[str, str] = {}
    for w in words + vocab + [canonicalize(p) for p in places]:
        syl = [one.setdefault(x, x) for x in _WORD.findall(w)]
        syllables.update(syl)
        for x in set(syl):
            entries[x] = entries.get(x, 0) + 1
        bigrams.update(zip(syl, syl[1:]))
        trigrams.update(zip(syl, syl[1:], syl[2:]))
        if 2 <= len(syl) <= 4:
            multi.add(tuple(syl))
    vocab_terms: set[tuple[str, ...]] = set()
    vocab_by_fold: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for w in vocab:
        syl = [one.setdefault(x, x) for x in _WORD.findall(w)]
        if 2 <= len(syl) <= 6:
            vocab_terms.add(tuple(syl))
        if len(syl) == 2:
            vocab_by_fold.setdefault((fold(syl[0]), fold(syl[1])), set()).add(tuple(syl))
    by_fold: dict[str, list[str]] = {}
    for s in syllables:
        by_fold.setdefault(fold(s), []).append(s)
    place_map: dict[tuple[str, ...], set[str]] = {}
    for p in places:
        name = tuple(_WORD.findall(p))
        if len(name) >= 2:
            place_map.setdefault(tuple(fold(s) for s in name), set()).add(p)
    folded = {s: one.setdefault(f, f) for s in syllables for f in (fold(s),)}

    def keys(syl: Iterable[str]) -> str:
        """The key of a run of syllables, stored once however many tables hold it."""
        k = " ".join(syl)
        return one.setdefault(k, k)

    area_names, where = _area_names(areas, keys), _areas(areas, keys)
    # 1: a two-syllable word (or term, or place); 3: a pair found only inside longer words
    pairs = {p: 1 if p in multi else 3 for p in bigrams}
    return Lexicon(
        left_fold=frozenset(keys((a, folded[b])) for a, b in bigrams),
        right_fold=frozenset(keys((folded[a], b)) for a, b in bigrams),
        syllables=frozenset(syllables), trigrams=frozenset(map(keys, trigrams)),
        bigrams={keys(p): value for p, value in pairs.items()},
        bigram_next=_by_first(pairs),
        by_fold={k: " ".join(sorted(v)) for k, v in by_fold.items()},
        entries=entries, words=frozenset(map(keys, multi)), vocab=frozenset(map(keys, vocab_terms)),
        vocab_by_fold={keys(k): keys(next(iter(v))) for k, v in vocab_by_fold.items() if len(v) == 1},
        vocab_firsts=frozenset(k[0] for k, v in vocab_by_fold.items() if len(v) == 1),
        common=common,
        places={keys(k): next(iter(v)) for k, v in place_map.items() if len(v) == 1},
        areas=where, area_heads=_area_heads(where), province_now=province_now,
        area_names=area_names,
        area_first=frozenset(k.split(" ", 1)[0] for k in area_names),
        words3_by_fold=_by_fold3(multi, keys),
        heads3=frozenset(keys(w[:2]) for w in multi if len(w) == 3),
        tails3=frozenset(keys(w[1:]) for w in multi if len(w) == 3),
        # every place name may open a run, whether its form is one place's or several
        place_first=frozenset(k[0] for k in place_map),
        place_keys=frozenset(keys(map(canonicalize, _WORD.findall(p))) for p in places))
