"""Word and place knowledge for OCR repair, built once from data that ships with the dependencies.

- underthesea's word list (``underthesea/corpus/data/Viet74K.txt``): valid syllables and the
  syllable pairs and triples that form words;
- underthesea's administrative units (``underthesea/address/data/mapping.json``): provinces,
  districts and communes with their official spelling;
- this package's ``data/vocabulary.txt`` (report language, strong context) and
  ``data/common_words.txt`` (words changed only with strong context).

Lookups use a canonical form: lower case, NFC, new-style tone placement, so "hoà" and "hòa" are the
same entry. :func:`fold` removes every diacritic (and đ → d): OCR confuses tones, hats and breves,
so candidates for a syllable are the valid syllables with the same fold.

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
worker's own objects to fill). That copy is what the disk cache keeps (:mod:`baocao._diskcache`):
a later process reads it back in a tenth of a second instead of building it again.
"""
from __future__ import annotations

import importlib.util
import json
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Optional

import regex

from baocao import _diskcache
from baocao._diskcache import compacted  # noqa: F401 - used by the model and tests
from baocao.normalize.edits import apply_edits
from baocao.normalize.unicode import tone_edits

DATA = Path(__file__).with_name("data")
ADMIN_PREFIXES = ("thành phố", "thị trấn", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường")
_WORD = regex.compile(r"\p{L}+")


def _underthesea_dir() -> Path:
    """underthesea's package folder, found without importing it (the import costs 80 MB and
    seconds, and only its data files are read here)."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("underthesea is not installed; baocao needs its word list and place names")
    return Path(list(spec.submodule_search_locations)[0])


@cache
def _fold_table() -> dict[int, str]:
    table = {ord("đ"): "d", ord("Đ"): "d"}
    for cp in range(0xC0, 0x1EFA):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base != ch and base.isascii():
            table[cp] = base.lower()
    return table


FOLD_CACHE_CHARS = 64
"""Folds of strings up to this long are remembered (syllables, words, phrases: most calls, 95% of
them under 16 characters); a longer one (a sentence, a whole document's text) is folded again each
time, so the cache never holds documents."""
FOLD_CACHE_SIZE = 1 << 14
"""How many folds are remembered: a 1 MB report asks about 6,000 different short strings."""


def fold(s: str) -> str:
    """Remove Vietnamese diacritics and case: ``Ẳng`` → ``ang``, ``đư`` → ``du``.

    >>> fold("Mường Ẳng"), fold("đư nợ")
    ('muong ang', 'du no')
    """
    if len(s) > FOLD_CACHE_CHARS:
        return s.translate(_fold_table()).lower()
    return _fold_short(s)


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def _fold_short(s: str) -> str:
    return s.translate(_fold_table()).lower()


def _canonical(s: str) -> str:
    s = unicodedata.normalize("NFC", s).lower()
    edits = tone_edits(s, "new")
    return apply_edits(s, edits) if edits else s


@lru_cache(maxsize=1 << 16)
def canonical(s: str) -> str:
    """Lower case, NFC, new-style tone placement: the key every lookup uses.

    >>> canonical("Hoà Bình"), canonical("UỶ BAN")
    ('hòa bình', 'ủy ban')
    """
    return _canonical(s)


def key(*syllables: Optional[str]) -> Optional[str]:
    """The key of a run of syllables in the lexicon's (and the running-text model's) tables: the
    syllables joined by a space, which no syllable (a run of letters) holds; None when one of them
    is None (no neighbour: a phrase break), which no table holds.

    >>> key("thị", "trấn"), key(None, "trấn")
    ('thị trấn', None)
    """
    try:
        return " ".join(syllables)
    except TypeError:   # a None
        return None


@dataclass(frozen=True)
class Lexicon:
    """Every run of syllables below is a :func:`key` (canonical syllables joined by a space, "thị
    trấn"; folded ones for the tables by form, "thi tran"), every syllable a canonical str."""

    syllables: frozenset
    bigrams: dict          # pair of syllables in some word -> 1 (it is a word) or 3 (only inside one)
    bigram_next: dict      # the same by syllable: first -> {second: 1 or 3}, for a sweep over every
                           # pair of a text that builds no key (a lookup hands back only the inner
                           # dict, whose keys it compares in place)
    trigrams: frozenset    # three syllables in a row in some word
    by_fold: dict          # folded syllable -> the valid syllables of that form, sorted, joined by
                           # a space ("hoa" -> "hoa hoà hòa …"): see :meth:`same_form`
    entries: dict          # syllable -> number of dictionary entries it occurs in (a frequency proxy)
    words: frozenset       # multi-syllable words (2 to 4 syllables)
    vocab: frozenset       # report terms of 2 to 6 syllables
    vocab_by_fold: dict    # folded two-syllable report term -> the term, where it is the only one
    vocab_firsts: frozenset  # the folded first syllables of those terms
    common: frozenset
    left_fold: frozenset   # "syllable folded" of every pair: what may follow a syllable
    right_fold: frozenset  # "folded syllable" of every pair: what may precede one
    places: dict          # folded place name -> official spelling, where unique
    place_first: frozenset  # the folded first syllables of place names of two or more syllables
    place_keys: frozenset  # every place name (canonical syllables)
    area_names: dict       # first two syllables of a district or province name -> the names, one
                           # a line
    area_first: frozenset  # their first syllables
    words3_by_fold: dict   # folded three-syllable dictionary word -> the words with that form, one
                           # a line
    heads3: frozenset      # the first two syllables of three-syllable words
    tails3: frozenset      # the last two
    areas: dict           # folded name of a commune or district -> where each with that form lies,
                          # one a line: official spelling, its district or "", its province, joined
                          # by tabs: see :meth:`areas_of`
    area_heads: dict      # folded first syllable of a commune or district name of two syllables or
                          # more -> the same lines, its first syllable for the official spelling:
                          # see :meth:`heads_of`

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


def _by_first(pairs: dict) -> dict:
    """(first, second) -> value as first -> {second: value}."""
    out: dict[str, dict] = {}
    for (a, b), value in pairs.items():
        out.setdefault(a, {})[b] = value
    return out


def _rows(found: Optional[str]) -> list[tuple[str, str, str]]:
    return [tuple(line.split("\t")) for line in found.split("\n")] if found else []


def _read_list(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(_canonical(line))
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


def _place_names() -> tuple[set[str], set[tuple[str, str, str]]]:
    """(every place name, (place, district, province) for communes and districts), the names bare."""
    path = _underthesea_dir() / "address" / "data" / "mapping.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    names = set()
    areas = set()
    for row in data["ward_mapping"]:
        for key in ("old_province", "old_district", "old_ward", "new_province", "new_ward"):
            names.add(_bare(row.get(key) or ""))
        province, district = _bare(row.get("old_province") or ""), _bare(row.get("old_district") or "")
        areas.add((_bare(row.get("old_ward") or ""), district, province))
        areas.add((district, "", province))
        areas.add((_bare(row.get("new_ward") or ""), "", _bare(row.get("new_province") or "")))
    for table in ("province_names", "old_province_names"):
        for info in data[table].values():
            names.add(_bare(info["name"]))
    names.discard("")
    return names, {a for a in areas if a[0]}


def _by_fold3(multi, keys) -> dict:
    out: dict[str, list] = {}
    for w in multi:
        if len(w) == 3:
            out.setdefault(keys(map(fold, w)), []).append(" ".join(w))
    return {k: "\n".join(sorted(v)) for k, v in out.items()}   # sorted: the same in every process


def _area_names(areas, keys) -> dict:
    out: dict[str, set] = {}
    for _, district, province in areas:
        for name in (district, province):
            syl = [_canonical(c) for c in _WORD.findall(name)]
            if len(syl) >= 2:
                out.setdefault(keys(syl[:2]), set()).add(name)
    return {k: "\n".join(sorted(v)) for k, v in out.items()}


def _areas(areas, keys) -> dict:
    out: dict[str, list] = {}
    for place, district, province in sorted(areas):
        out.setdefault(keys(map(fold, _WORD.findall(place))), []).append(
            "\t".join((place, district, province)))
    return {k: "\n".join(sorted(v)) for k, v in out.items()}   # sorted: the same in every process


def _area_heads(areas: dict) -> dict:
    out: dict[str, list] = {}
    for folded, found in areas.items():
        if " " in folded:
            for place, district, province in _rows(found):
                out.setdefault(folded.split(" ", 1)[0], []).append(
                    "\t".join((place.split()[0], district, province)))
    return {k: "\n".join(sorted(v)) for k, v in out.items()}   # sorted: the same in every process


def sources() -> list[Path]:
    """The files the lexicon is built from: underthesea's word list and place names, this
    package's data files, and the modules whose code builds it (their content names the lexicon in
    the disk cache, :mod:`baocao._diskcache`)."""
    und = _underthesea_dir()
    here = Path(__file__).parent
    return [und / "corpus" / "data" / "Viet74K.txt", und / "address" / "data" / "mapping.json",
            *sorted(p for p in DATA.iterdir() if p.is_file()),
            *(here / f for f in ("lexicon.py", "unicode.py", "edits.py"))]


@cache
def fingerprint() -> str:
    """The hash of :func:`sources` (and the regex module's version) naming the lexicon."""
    return _diskcache.fingerprint(sources(), f"regex {regex.__version__}")


@cache
def lexicon() -> Lexicon:
    """The lexicon: read from the disk cache (a tenth of a second), or built (about two seconds)
    and stored there, once per process."""
    return _diskcache.stored("lexicon", fingerprint(), Lexicon, _build)


def _build() -> Lexicon:
    words_path = _underthesea_dir() / "corpus" / "data" / "Viet74K.txt"
    # The word list is canonicalized without the cache, which is kept for the text's tokens; each
    # syllable is stored once (the tuples of words, pairs and triples share it).
    words = [_canonical(w) for w in words_path.read_text(encoding="utf-8").splitlines() if w.strip()]
    vocab = _read_list(DATA / "vocabulary.txt")
    common = frozenset(_read_list(DATA / "common_words.txt"))
    places, areas = _place_names()
    syllables, bigrams, trigrams, multi = set(), set(), set(), set()
    entries: dict[str, int] = {}
    one: dict[str, str] = {}
    for w in words + vocab + [_canonical(p) for p in places]:
        syl = [one.setdefault(x, x) for x in _WORD.findall(w)]
        syllables.update(syl)
        for x in set(syl):
            entries[x] = entries.get(x, 0) + 1
        bigrams.update(zip(syl, syl[1:]))
        trigrams.update(zip(syl, syl[1:], syl[2:]))
        if 2 <= len(syl) <= 4:
            multi.add(tuple(syl))
    vocab_terms, vocab_by_fold = set(), {}
    for w in vocab:
        syl = [one.setdefault(x, x) for x in _WORD.findall(w)]
        if 2 <= len(syl) <= 6:
            vocab_terms.add(tuple(syl))
        if len(syl) == 2:
            vocab_by_fold.setdefault((fold(syl[0]), fold(syl[1])), set()).add(tuple(syl))
    by_fold: dict[str, list[str]] = {}
    for s in syllables:
        by_fold.setdefault(fold(s), []).append(s)
    place_map: dict[tuple, set] = {}
    for p in places:
        syl = tuple(_WORD.findall(p))
        if len(syl) >= 2:
            place_map.setdefault(tuple(fold(s) for s in syl), set()).add(p)
    folded = {s: one.setdefault(f, f) for s in syllables for f in (fold(s),)}

    def keys(syl) -> str:
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
        areas=where, area_heads=_area_heads(where),
        area_names=area_names,
        area_first=frozenset(k.split(" ", 1)[0] for k in area_names),
        words3_by_fold=_by_fold3(multi, keys),
        heads3=frozenset(keys(w[:2]) for w in multi if len(w) == 3),
        tails3=frozenset(keys(w[1:]) for w in multi if len(w) == 3),
        # every place name may open a run, whether its form is one place's or several
        place_first=frozenset(k[0] for k in place_map),
        place_keys=frozenset(keys(map(_canonical, _WORD.findall(p))) for p in places))
