"""Canonical indicator keys: the same indicator gets the same ``key`` in every document.

Names are compared as :mod:`baocao.resolve.key_names` reads them: on folded text (no diacritics,
lower case, punctuation as spaces; an explaining parenthesis and the document's place at the end left
out; the abbreviations the vocabulary lists written out, ``BHYT`` as ``bảo hiểm y tế``, and the words
written in another order rewritten, ``hàng hóa xuất khẩu`` as ``xuất khẩu hàng hóa``) with rapidfuzz: ``fuzz.ratio`` against each
variant in ``data/indicator_keys.yaml``, or, when a variant is shorter than the name, the best
alignment of the variant inside the name (``fuzz.partial_ratio``, widened to whole words and scored
again) provided the variant covers at least ``MIN_COVER`` of the name's words, and its words are the
name's (none missing with another word in its place) and it holds the name's qualifiers
(``key_names.words_kept``, ``key_names.holds``); an entry's ``whole`` names fit only a name they
match whole (``fuzz.ratio``), never inside a longer one ("tổng lượt khách" is no "tổng lượt khách
trong ngày"). A name that gets no key is matched again without the
words a name may put between a variant's words (``inserted_words``: "tốc độ tăng về giá trị sản xuất",
whose "về" costs the alignment its score). An entry's ``units`` and ``exclude`` words veto a match, and
a name that joins with "và" two names keying two parts of one breakdown ("dịch vụ và thuế sản phẩm trừ
trợ cấp sản phẩm") is a sum of two and gets none. Below ``THRESHOLD`` the key stays empty: a missing key is better
than a wrong one.

The same name can mean different indicators by what its figure measures: "Tổng sản phẩm trên địa bàn"
is ``grdp`` for a level (28.041 tỷ đồng) and ``grdp_growth`` for a rate of change (tăng 7,2%);
"Nông, lâm nghiệp và thủy sản" is ``grdp_growth_agriculture`` for a growth and
``economic_structure_agriculture`` for a share. ``match_key`` therefore takes the statement's
``measure`` (``level``, ``growth``, ``share``, ``rate``), and an entry's ``measures`` say which it is
for: with a measure, only entries for it (or for any measure: no ``measures``) take part. With the
measure unknown (``None``) every entry takes part, but a name that fits entries of different measures
equally well (within ``AMBIGUOUS`` of the best: "Tổng sản phẩm trên địa bàn" without a unit, "dịch
vụ") gets no key, nor does a name that fits entries of different units equally with the unit unknown
("ngô": an area, an output, a yield). A name only one entry lists keeps its key: "tốc độ tăng trưởng
GRDP", and "công nghiệp - xây dựng", which the district reports write for the sector's share (the
growth entry lists "công nghiệp và xây dựng" and is reached with the measure).

Speed: the variants that can reach ``THRESHOLD`` at all are found first (a bound from the pairs of
adjacent characters a variant shares with the name, :mod:`baocao.resolve.key_bounds`, then
rapidfuzz's ``process.extract`` over the rest, one call for the full ratios and one for the
alignments), and only those are scored one by one; a candidate variant is scored with rapidfuzz's
``score_cutoff`` at the score it must reach to matter (beat the best so far, or come within
``AMBIGUOUS`` of it), so most are cut early; the result is the same as scoring every variant fully.
The keys of the last ``CACHE_SIZE`` (name, unit, measure)
asked are remembered.
"""
from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache
from typing import Any, Iterable, NamedTuple, Optional, Sequence

import regex
from rapidfuzz import fuzz

from baocao.resolve._rules import load
from baocao.resolve.key_bounds import Variants, hopeful, variants
from baocao.resolve.key_names import clean as _clean
from baocao.resolve.key_names import holds as _holds
from baocao.resolve.key_names import qualified as _qualified
from baocao.resolve.key_names import without_inserted as _without_inserted
from baocao.resolve.key_names import words_kept as _words_kept

THRESHOLD = 90.0
MIN_COVER = 0.5
AMBIGUOUS = 0.5  # with the measure (unit) unknown, entries of other measures (units) this close are rivals
MEASURES = ("level", "growth", "share", "rate")
CACHE_SIZE = 4096    # (name, unit, measure) whose keys are remembered
_ADDED = "them"      # the qualifier "thêm" (folded): a name counting what was added
_GROWTH = "_growth"  # a growth entry's key: its level entry's key and this


class _Entry(NamedTuple):
    key: str
    variants: list[str]
    units: Optional[list[str]]
    exclude: Optional[regex.Pattern[str]]
    measures: Optional[frozenset[str]]
    not_under: Optional[regex.Pattern[str]]
    lent: frozenset[str] = frozenset()   # the variants of its level twin (:func:`_level_twin`) ...
    lent_exclude: Optional[regex.Pattern[str]] = None  # ... which a name holding the twin's excluded words does not take
    whole: frozenset[str] = frozenset()   # its variants (and lent ones) that fit a name only whole


@cache
def _by_key() -> dict[str, _Entry]:
    """The vocabulary's entries by their key (of a key listed twice, the first)."""
    return {e.key: e for e in reversed(_entries())}


def entry_of(key: str) -> _Entry:
    """The entry of ``key``, one of the vocabulary's keys or a national key :func:`match_key` gives (a
    country's figure keyed by its entry's ``national``: ``gdp_growth`` is the entry of ``grdp_growth``)."""
    by_key = _by_key()
    return by_key[key] if key in by_key else by_key[_entry_of_national()[key]]


@cache
def _entry_of_national() -> dict[str, str]:
    """:func:`_national` turned around: a national key → its entry's key (of two, the first listed)."""
    return {national: key for key, national in reversed(_national().items())}


@cache
def _entries() -> tuple[_Entry, ...]:
    keys = load("indicator_keys").keys
    out = []
    for k in keys:
        own = list(dict.fromkeys(_clean(v) for v in k.variants + k.whole))
        twin = _level_twin(k.key, k.measures)
        # the level twin's names, not its whole ones ("tổng lượt khách": no name of a growth)
        lent = [v for v in dict.fromkeys(_clean(v) for v in twin.variants) if v not in own] if twin else []
        whole = {_clean(v) for v in k.whole} - {_clean(v) for v in k.variants}
        out.append(_Entry(k.key, own + lent, k.units, _words(_clean(x) for x in k.exclude),
                          frozenset(k.measures) if k.measures is not None else None,
                          _words(_clean(x) for x in k.not_under), frozenset(lent),
                          _words(_clean(x) for x in twin.exclude) if twin else None, frozenset(whole)))
    return tuple(out)


def _level_twin(key: str, measures: Optional[Sequence[str]]) -> Any:
    """The level entry ``<base>`` of a growth entry ``<base>_growth`` (``investment_capital`` of
    ``investment_capital_growth``), whose names the growth entry reads too (for a name its ``exclude``
    lets through): a level
    and its rate of change are one indicator named alike ("tổng vốn đầu tư phát triển đạt 12.000 tỷ
    đồng", "… tăng 8,5%"), the measure tells them apart; None for any other entry."""
    if not key.endswith(_GROWTH) or measures is None or "growth" not in measures or "level" in measures:
        return None
    base = next((k for k in load("indicator_keys").keys if k.key == key[:-len(_GROWTH)]), None)
    return base if base is not None and base.measures == ["level"] else None


def _words(words: Iterable[str]) -> Optional[regex.Pattern[str]]:
    alts = "|".join(regex.escape(w) for w in words if w)
    return regex.compile(rf"(?<!\w)(?:{alts})(?!\w)") if alts else None


def _disjoint(a: Optional[Iterable[str]], b: Optional[Iterable[str]]) -> bool:
    return a is not None and b is not None and not set(a) & set(b)


def _score(v: str, text: str, n_words: int, need: float, inside: bool = True) -> float:
    """The score of variant ``v`` for the folded name ``text``, or 0 when it is below ``need``; a
    variant fits inside a longer name only when ``inside`` (an entry's ``whole`` names fit only whole)."""
    bonus = len(v) / 1000.0  # ties: the longer (more specific) variant
    cut = max(need - bonus, 0.0)
    score = fuzz.ratio(v, text, score_cutoff=cut)
    if inside and len(v) < len(text) and len(v.split()) >= MIN_COVER * n_words:
        score = max(score, _partial(v, text, min(cut + 1.0, 100.0)) - 1.0)
    return score + bonus if score > 0 else 0.0


def _partial(v: str, text: str, cut: float) -> float:
    """The best alignment of ``v`` inside ``text``, as whole words: ``fuzz.partial_ratio``'s span is
    widened to the words it touches and scored again ("sản lượng lúa" does not fit "sản lượng thu
    hoạch" by its first letters "sản lượng th"); the lower of the two, 0 below ``cut``."""
    al = fuzz.partial_ratio_alignment(v, text, score_cutoff=cut)
    if al is None or not al.score:
        return 0.0
    a, b = al.dest_start, al.dest_end
    while a > 0 and text[a - 1] != " ":
        a -= 1
    while b < len(text) and text[b] != " ":
        b += 1
    return min(al.score, fuzz.ratio(v, text[a:b].strip(), score_cutoff=cut))


@cache
def _variants() -> Variants:
    """Every entry's variants in one list, read for the bounds of :func:`_hopeful`."""
    return variants([v for e in _entries() for v in e.variants],
                    [i for i, e in enumerate(_entries()) for _ in e.variants], THRESHOLD)


@lru_cache(maxsize=CACHE_SIZE)
def _hopeful(text: str) -> dict[int, frozenset[str]]:
    """{entry index: its variants that can score} for the folded name ``text``: any other variant
    scores 0.0 in :func:`_score` whatever the score it needs (never below ``THRESHOLD``), so
    skipping it changes nothing (tests/test_key_prefilter.py). The bounds and the batch scoring:
    :mod:`baocao.resolve.key_bounds`."""
    return hopeful(_variants(), text, MIN_COVER)


def match_key(name: Optional[str], unit: Optional[str] = None, measure: Optional[str] = None,
              *, _prune: bool = True) -> Optional[str]:
    """Return the canonical key of an indicator name, or None.

    ``measure`` is what the statement's figure measures (``level``, ``growth``, ``share``, ``rate``) or
    None when unknown (see the module's docstring).

    >>> match_key("Tỷ lệ hộ nghèo", "%"), match_key("TỶ LỆ HỘ NGHÈO ĐA CHIỀU", "%")
    ('poverty_rate', 'poverty_rate')
    >>> match_key("tỷ lệ hộ cận nghèo", "%"), match_key("Tỷ lệ hộ nghèo", "hộ")
    ('near_poverty_rate', None)
    >>> match_key("Số lượt khách", None) is None
    True
    >>> grdp = "Tổng sản phẩm trên địa bàn (GRDP)"
    >>> match_key(grdp, "VND", "level"), match_key(grdp, "%", "growth"), match_key(grdp)
    ('grdp', 'grdp_growth', None)
    >>> [match_key("Nông, lâm nghiệp và thuỷ sản", "%", m) for m in ("growth", "share", None)]
    ['grdp_growth_agriculture', 'economic_structure_agriculture', 'economic_structure_agriculture']
    >>> [match_key("Dịch vụ", "%", m) for m in ("growth", "share", None)]
    ['grdp_growth_services', 'economic_structure_services', None]
    >>> match_key("dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm", "%", "share") is None   # a sum of two
    True
    >>> match_key("tăng trưởng GDP năm 2025 của nước ta", "%", "growth")   # the country's (country_words)
    'gdp_growth'
    """
    if not _prune:
        return _match_key(name, unit, measure, _prune=False)
    return _match_key_cached(name, unit, measure)


@lru_cache(maxsize=CACHE_SIZE)
def _match_key_cached(name: Optional[str], unit: Optional[str], measure: Optional[str]) -> Optional[str]:
    return _match_key(name, unit, measure)


def _match_key(name: Optional[str], unit: Optional[str] = None, measure: Optional[str] = None,
               *, _prune: bool = True) -> Optional[str]:
    """The key of ``name`` (see :func:`match_key`); ``_prune=False`` scores every variant fully."""
    if not name:
        return None
    if measure is not None and measure not in MEASURES:
        raise ValueError(f"measure must be one of {MEASURES} or None, not {measure!r}")
    text = _clean(name)
    if not text:
        return None
    key = _match_text(name, text, unit, measure, _prune)
    shorter = _without_inserted(name) if key is None else name
    if shorter == name or not _clean(shorter) or _clean(shorter) == text:
        return key
    # a word put between a variant's words ("tốc độ tăng về giá trị sản xuất"): the name without it
    return _match_text(name, _clean(shorter), unit, measure, _prune)


def _match_text(name: str, text: str, unit: Optional[str], measure: Optional[str], _prune: bool) -> Optional[str]:
    """The key of ``name`` compared as the folded ``text`` (:func:`_match_key`)."""
    hopeful = _hopeful(text) if _prune else None
    if hopeful is not None and not hopeful:
        return None     # no variant can score (about half the names asked): the loop below keeps no entry
    words = set(text.split())
    counted = Counter(p for w in text.split() for p in w.split("/") if p)   # as words_kept parts a variant
    n_words = len(text.split())
    qualifiers = _qualified(name)
    # an amount a level rises by ("tăng 8 xã đạt chuẩn"; "có thêm 8 xã đạt chuẩn", which the name's
    # "thêm" says when the figure reads as a level): only an entry for that amount takes it
    amount = unit is not None and unit not in _growth_units() and (
        measure == "growth" or (measure in (None, "level") and _ADDED in qualifiers))
    if amount:
        measure = "growth"   # what was added is how much the level rose by
    margin = AMBIGUOUS if measure is None or unit is None else 0.0  # keep the rivals' scores
    best, best_score = None, 0.0
    scored: list[tuple[float, _Entry]] = []
    entries = _entries()
    # the entries in their order; only the hopeful ones: any other has no variant that can score
    # (the loop below would find top == 0.0)
    for i in range(len(entries)) if hopeful is None else sorted(hopeful):
        e = entries[i]
        if amount != _amounts()[i]:
            continue
        if measure is not None and e.measures is not None and measure not in e.measures:
            continue
        if e.units is not None and unit is not None and unit not in e.units:
            continue
        if e.exclude is not None and e.exclude.search(text):
            continue
        top = 0.0
        for v in e.variants:
            if hopeful is not None and v not in hopeful[i]:
                continue  # its score is 0.0, no more than top
            if v in e.lent and e.lent_exclude is not None and e.lent_exclude.search(text):
                continue  # a name the level twin would not take
            need = max(THRESHOLD, best_score - margin, top) if _prune else 0.0
            score = _score(v, text, n_words, need, v not in e.whole)
            if score > top and _words_kept(v, words, counted) and _holds(v, qualifiers):
                top = score
        if top >= THRESHOLD:
            scored.append((top, e))
        if top > best_score:
            best, best_score = e, top
    if best is None or best_score < THRESHOLD or _joins_two(text, best, unit, measure):
        return None
    # rivals: entries as good (within AMBIGUOUS) that only the unknown measure or unit could tell apart
    for s, e in scored:
        if s >= best_score - AMBIGUOUS and e.key != best.key and (
                (measure is None and _disjoint(best.measures, e.measures))
                or (unit is None and _disjoint(best.units, e.units))):
            return None
    # "tăng trưởng GDP năm 2025 của nước ta": the country's figure, whatever the document
    return national_key(best.key) if _country().search(text) is not None else best.key


@cache
def _country() -> regex.Pattern[str]:
    """The ``country_words`` as whole words of a name as compared (folded); one that never matches
    when there are none."""
    return _words(_clean(w) for w in load("indicator_keys").country_words) or regex.compile(r"(?!)")


def _joins_two(text: str, best: _Entry, unit: Optional[str], measure: Optional[str]) -> bool:
    """The folded name ``text``, which ``best`` fits only in part, joins with "và" two names that key
    two entries of one family (keys with the same first or last word: two parts of one breakdown): a
    sum of two indicators ("dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm" is neither the services'
    share nor the product taxes'). A name one of ``best``'s own variants fits whole ("công nghiệp và
    xây dựng", "nông, lâm nghiệp và thủy sản") is its key's, and so is one whose other half names
    something of another family ("kim ngạch xuất khẩu hàng hóa và dịch vụ": the exports of both)."""
    if " va " not in text or any(fuzz.ratio(v, text) >= THRESHOLD for v in best.variants):
        return False
    words = text.split()
    for i, w in enumerate(words):
        if w == "va" and 0 < i < len(words) - 1:
            left = _match_key_cached(" ".join(words[:i]), unit, measure)
            right = _match_key_cached(" ".join(words[i + 1:]), unit, measure)
            if left is not None and right is not None and left != right and (
                    left.split("_")[0] == right.split("_")[0] or left.split("_")[-1] == right.split("_")[-1]):
                return True
            if left is not None and right is None and _shares_head(words[:i], words[i + 1:], left, unit, measure):
                return True
    return False


def _shares_head(left: list[str], right: list[str], key: str, unit: Optional[str], measure: Optional[str]) -> bool:
    """The words after "và" (``right``), which key nothing alone, key another entry than ``key`` with
    the first words of the words before it (``left``): "tổng sản lượng nuôi trồng và khai thác" is the
    output of aquaculture and of fishing ("tổng sản lượng khai thác": the catch), a sum of two, no
    part of it."""
    for h in range(1, len(left)):
        other = _match_key_cached(" ".join(left[:h] + right), unit, measure)
        if other is not None and other != key:
            return True
    return False


@cache
def _amounts() -> tuple[bool, ...]:
    """For each entry: it keys an amount a level rises or falls by, a growth in the level's own units,
    none of them a growth unit ("tăng 2,6 triệu đồng", "giảm 683 hộ nghèo"); only such a statement
    takes it, and such a statement takes no other entry."""
    return tuple(e.measures == frozenset({"growth"}) and e.units is not None
                 and not set(e.units) & _growth_units() for e in _entries())


@cache
def _growth_units() -> frozenset[str]:
    return frozenset(load("indicator_keys").growth_units)


@cache
def _units_per() -> frozenset[str]:
    return frozenset(u for k in load("indicator_keys").keys for u in (k.units or []) if "/" in u)


def key_unit(unit: Optional[str], per: Optional[str]) -> Optional[str]:
    """The unit a statement's key is matched with: ``unit/per`` where an entry lists it (a yield in
    ``tạ/ha``) or where ``per`` is an area (``area_units``: a density, "172 tỷ đồng/km2", that only an
    entry listing it or listing no units takes), else ``unit`` (an income in ``VND`` per person is an
    amount of ``VND``).

    A density in a year ("120 triệu đồng/ha/năm") is the density: the area is ``per``'s first part.

    >>> key_unit("tạ", "ha"), key_unit("VND", "người"), key_unit("ha", None), key_unit("VND", "km2")
    ('tạ/ha', 'VND', 'ha', 'VND/km2')
    >>> key_unit("VND", "ha/năm"), key_unit("VND", "người/năm")
    ('VND/ha', 'VND')
    """
    if unit is not None and per and (f"{unit}/{per}" in _units_per() or per in _area_units()):
        return f"{unit}/{per}"
    area = per.split("/")[0].strip() if per else None
    if unit is not None and area and area != per and area in _area_units():
        return f"{unit}/{area}"
    return unit


@cache
def _area_units() -> frozenset[str]:
    return frozenset(load("indicator_keys").area_units)


@cache
def _national() -> dict[str, str]:
    return {k.key: k.national for k in load("indicator_keys").keys if k.national is not None}


def national_key(key: Optional[str]) -> Optional[str]:
    """The key of the country's figure for ``key`` (an entry's ``national``), in a national document;
    ``key`` itself where the entry has none (a share of the economy, a poverty rate).

    >>> national_key("grdp_growth"), national_key("grdp_growth_contribution_services")
    ('gdp_growth', 'gdp_growth_contribution_services')
    >>> national_key("economic_structure_services"), national_key(None)
    ('economic_structure_services', None)
    """
    if key is None:
        return None
    return _national().get(key, key)


def all_keys() -> list[str]:
    """Every key a statement can get: the entries' keys and their national keys, in the file's order.

    >>> keys = all_keys()
    >>> keys.index("gdp_growth") == keys.index("grdp_growth") + 1
    True
    """
    return [k for e in load("indicator_keys").keys for k in (e.key, e.national) if k is not None]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown() -> str:
    """The list of indicator keys as a Markdown page (``docs/indicator-keys.md``), generated from
    ``data/indicator_keys.yaml``: one row per key, in the file's order, with its gloss, the
    measures and units it is for, and the names reports write for it.

    >>> page = markdown()
    >>> page.startswith("# Indicator keys"), "| `poverty_rate` | share of households" in page
    (True, True)
    """
    entries = load("indicator_keys").keys
    lines = ["# Indicator keys",
             "",
             "<!-- Generated from src/baocao/resolve/data/indicator_keys.yaml by "
             "`python -m baocao.resolve.keys --markdown > docs/indicator-keys.md`; "
             "do not edit by hand (tests/test_docs_pages.py checks it). -->",
             "",
             f"The {len(all_keys())} canonical keys an indicator's `key` can take "
             "(`report.indicators`, `baocao.indicators(...)['key']`). A name is matched on folded "
             "text (no diacritics, lower case) against each key's names with rapidfuzz; below "
             f"{THRESHOLD:g} the key stays empty. *Measures*: what the key's figures measure "
             "(`level`, `growth`, `share`, `rate`; empty: any); *units*: the units its figure may "
             "have (empty: any); *not when*: words that keep a name from the key (*under a list of*: words of "
             "the lead before a list, `… :`, or of the name or unit of the whole a breakdown's part is of, "
             "`850 học sinh, trong đó …`, under which its parts are not the key's). A key of a "
             "province's economy (`grdp_growth`) has a national key (`gdp_growth`) that the same "
             "names take in a national document (one about the country's GDP that names no province); "
             "it follows its entry's row. A growth key `<key>_growth` also reads the names of its level "
             "key `<key>` (the measure tells the two apart), except for a name holding a word the level "
             "key excludes and the names marked *only whole*; its row lists its own names. A name marked "
             "*only whole* fits a name only whole, never inside a longer one. A count named only by what "
             "it counts right after a verb of receiving (\"ước đón 59 ngàn lượt khách\") is matched "
             "again with the verb (\"đón lượt khách\") when its name alone keys nothing.",
             "",
             "Abbreviations are written out in names and in the names below before they are "
             "compared: " + "; ".join(f"{a} → {w}" for a, w in
                                      load("indicator_keys").abbreviations.items()) + ".",
             "",
             "The same words in another order or spelling are then rewritten alike: "
             + "; ".join(f"{a} → {w}" for a, w in load("indicator_keys").rewrites.items())
             + "; a syllable's final y after a consonant is read as i (tỷ lệ, tỉ lệ).",
             "",
             "Every word of a name's key must be in the name (or misspelt there, with its first letter "
             "kept), except the filler words " + ", ".join(load("indicator_keys").filler_words)
             + "; and a name holding one of the qualifiers "
             + ", ".join(load("indicator_keys").qualifiers)
             + " takes only a key whose own name holds it (\"cây hằng năm khác\" is a part, not the sown "
             "area; \"tỷ lệ thất nghiệp khu vực thành thị\" no unemployment rate), the phrases "
             + ", ".join(load("indicator_keys").not_qualifiers) + " being read whole as none. A name of "
             "five words or more may leave words of a key's name out, but never "
             + ", ".join(load("indicator_keys").kept_words) + ". A name that gets no key is matched again without the words "
             + ", ".join(load("indicator_keys").inserted_words)
             + ", which a name may put between the words of a key's name (\"tốc độ tăng về giá trị sản xuất\"). A growth in a unit other than " + ", ".join(load("indicator_keys").growth_units)
             + ", or a figure in any such unit whose name says thêm (\"có thêm 8 xã đạt chuẩn\"), is an amount "
             "a level rises by: it takes only an entry for "
             "such an amount (a growth in the level's own units: `ntm_communes_increase`), and no other; a figure per "
             + ", ".join(load("indicator_keys").area_units) + " is a density (\"172 tỷ đồng/km2\"), keyed only by "
             "an entry that lists its unit per area or lists no units. A name holding "
             + ", ".join(load("indicator_keys").country_words) + " names the country's figure and takes its "
             "entry's national key in any document. A name "
             "that is only what a programme counts takes the subject its paragraph named before it: "
             + "; ".join(f"{n} ← {', '.join(v)}" for n, v in load("indicator_keys").subjects.items()) + "; and "
             "one its own sentence named before it, unless that ends a list after "
             + ", ".join(load("indicator_keys").subject_list_words) + ": "
             + "; ".join(f"{n} ← {', '.join(v)}" for n, v in load("indicator_keys").sentence_subjects.items()) + ".",
             "",
             "| key | what | measures | units | names reports write | not when |",
             "|---|---|---|---|---|---|"]
    for k in entries:
        cells = [f"`{k.key}`", k.gloss, ", ".join(k.measures or []), ", ".join(k.units or []),
                 "; ".join(k.variants + [f"{w} (only whole)" for w in k.whole]), "; ".join(k.exclude + [f"under a list of {w}" for w in k.not_under])]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        if k.national is not None:
            cells = [f"`{k.national}`", f"{k.national_gloss} (the national key of `{k.key}`)",
                     cells[2], cells[3], cells[4], cells[5]]
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    if sys.argv[1:] != ["--markdown"]:
        sys.exit("usage: python -m baocao.resolve.keys --markdown > docs/indicator-keys.md")
    sys.stdout.buffer.write(markdown().encode("utf-8"))
