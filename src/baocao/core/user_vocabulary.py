"""A user vocabulary file: entries added to the bundled vocabularies without editing the package.

A YAML file (or a folder of them, read in name order) with up to four sections, each entry of the
same shape as the bundled file's (see ``docs/vocabulary.md``):

- ``units``: ``measure`` and ``count`` lists of units, as in ``extract/data/units.yaml``;
- ``scales``: scale words and their factors, as in ``core/data/numbers.yaml``;
- ``indicator_keys``: indicator keys, as in ``resolve/data/indicator_keys.yaml``;
- ``places``: provinces and districts, added to the administrative data the resolver reads
  (written with their prefix: :data:`PROVINCE_PREFIX`, ``Tỉnh``; :data:`DISTRICT_PREFIX`,
  ``Huyện``).

:func:`load_vocabulary` reads and checks it once: a syntax error, an unknown field, a wrong type,
an empty file, or an entry that collides with a bundled one (or with another user entry), unless
the two are identical, is a :class:`~baocao.errors.VocabularyError` naming the file and the entry.
A user entry only adds: it never replaces a bundled one.

The rules compiled from a vocabulary are :mod:`baocao.core.vocabulary`'s; the result,
a :class:`~baocao.options.Vocabulary`, is plain data, so it travels to batch workers with the
options.
"""
from __future__ import annotations

import json
import os
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, Literal, Optional, Union

import regex
import yaml
from pydantic import ValidationError, field_validator

from baocao.core.fold import fold
from baocao.core.rules import Strict, read_yaml
from baocao.core.underthesea import underthesea_dir
from baocao.errors import VocabularyError
from baocao.options import Vocabulary

_PACKAGE = Path(__file__).resolve().parents[1]


# ----- the entries (the bundled files' models are built from these) ---------------------------
class Unit(Strict):
    """A unit of ``extract/data/units.yaml``."""

    unit: str
    aliases: list[str] = []
    exact: list[str] = []     # surfaces matched with their case only ("m", not the "M" of "2M")
    not_before: list[str] = []   # a next word that makes the surface no unit ("20g ngày": a time)
    not_after: list[str] = []    # a word before the number that does so ("mạng 5g": a network)
    gloss: str


class Scale(Strict):
    """A scale word of ``core/data/numbers.yaml``."""

    word: str
    factor: int


class Key(Strict):
    """An indicator key of ``resolve/data/indicator_keys.yaml``."""

    key: str
    gloss: str
    variants: list[str]
    whole: list[str] = []   # names that fit a name only whole, never inside a longer one ("tổng lượt khách")
    units: Optional[list[str]] = None
    exclude: list[str] = []
    not_under: list[str] = []   # words of a list's lead ("tỷ trọng lao động …:") that make its parts another measure
    measures: Optional[list[Literal["level", "growth", "share", "rate"]]] = None
    national: Optional[str] = None   # the key of the country's figure, in a national document (grdp -> gdp)
    national_gloss: Optional[str] = None

    @field_validator("key", "national")
    @classmethod
    def _snake(cls, v: Optional[str]) -> Optional[str]:
        if v is not None and not regex.fullmatch(r"[a-z][a-z0-9_]*", v):
            raise ValueError(f"key {v!r} is not snake_case")
        return v


def _apart(a: Optional[Sequence[str]], b: Optional[Sequence[str]]) -> bool:
    return a is not None and b is not None and not set(a) & set(b)


def key_clashes(keys: Sequence[Key]) -> list[str]:
    """What is wrong with a list of keys: a key listed twice, or a variant listed under two keys
    whose measures and units overlap (a variant may be shared only by entries of different
    measures, ``nông, lâm nghiệp và thủy sản``: a growth and a share, or of different units,
    ``ngô``: ha, tấn, tạ/ha, which the statement's measure or unit then tells apart)."""
    seen: dict[str, list[Key]] = {}
    names: set[str] = set()
    out = []
    for k in keys:
        for name in (k.key, k.national):
            if name is None:
                continue
            if name in names:
                out.append(f"duplicate key {name}")
            names.add(name)
        if (k.national is None) != (k.national_gloss is None):
            out.append(f"key {k.key}: national and national_gloss go together")
        for var in k.variants + k.whole:
            f = fold(var)
            for other in seen.get(f, []):
                if other.key != k.key and not _apart(other.measures, k.measures) \
                        and not _apart(other.units, k.units):
                    out.append(f"variant {var!r} is listed under {other.key} and {k.key}")
            seen.setdefault(f, []).append(k)
    return out


#: the administrative prefixes of a province's and a district's name ("Tỉnh", "Huyện")
PROVINCE_PREFIX = regex.compile(r"^(?:Tỉnh|Thành phố)\s+")
DISTRICT_PREFIX = regex.compile(r"^(?:Huyện|Thị xã|Thành phố|Quận)\s+")


def province_names(mapping: dict[str, Any]) -> dict[str, str]:
    """The provinces of underthesea's administrative data (``mapping.json`` as read), current and
    former: the folded name without its prefix -> the name."""
    return {fold(PROVINCE_PREFIX.sub("", v["name"])): v["name"]
            for t in ("province_names", "old_province_names") for v in mapping[t].values()}


class Place(Strict):
    """A province (``Tỉnh Hà Tây``), or a district of a province (``district: Huyện Ba Vì``),
    written as the administrative data writes them: with the prefix."""

    province: str
    district: Optional[str] = None

    @field_validator("province")
    @classmethod
    def _province(cls, v: str) -> str:
        if not PROVINCE_PREFIX.match(v):
            raise ValueError(f"province {v!r} does not start with 'Tỉnh' or 'Thành phố'")
        return v

    @field_validator("district")
    @classmethod
    def _district(cls, v: Optional[str]) -> Optional[str]:
        if v is not None and not DISTRICT_PREFIX.match(v):
            raise ValueError(f"district {v!r} does not start with 'Huyện', 'Thị xã', "
                             "'Thành phố' or 'Quận'")
        return v


class Units(Strict):
    measure: list[Unit] = []
    count: list[Unit] = []


class VocabularyFile(Strict):
    """One user vocabulary file: every section optional, at least one entry."""

    units: Units = Units()
    scales: list[Scale] = []
    indicator_keys: list[Key] = []
    places: list[Place] = []


# ----- the vocabulary -------------------------------------------------------------------------
def places(vocabulary: Vocabulary) -> list[Place]:
    """The provinces and districts `vocabulary` adds."""
    return [Place.model_validate(p) for p in vocabulary.sections["places"]]


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
        if not files:
            raise VocabularyError(f"vocabulary folder {path}: no .yaml or .yml file in it")
        return files
    if not path.is_file():
        raise VocabularyError(f"vocabulary {path}: no such file or folder")
    return [path]


def _entry_name(raw: Any, loc: tuple[Union[int, str], ...]) -> str:
    """`loc` of a validation error, with the entry it is in named (``scales[2] (chục)``)."""
    out, node = "", raw
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
        node = node[part] if isinstance(node, (list, dict)) and _has(node, part) else None  # type: ignore[index]
        if isinstance(part, int) and isinstance(node, dict):
            label = next((node[k] for k in ("unit", "word", "key", "district", "province")
                          if isinstance(node.get(k), str)), None)
            if label is not None:
                out += f" ({label})"
    return out


def _has(node: Union[list[Any], dict[Any, Any]], part: Union[int, str]) -> bool:
    if isinstance(node, list):
        return isinstance(part, int) and 0 <= part < len(node)
    return part in node


def _read(path: Path) -> VocabularyFile:
    try:
        raw = read_yaml(path)
    except yaml.YAMLError as exc:
        raise VocabularyError(f"vocabulary {path}: not valid YAML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise VocabularyError(f"vocabulary {path}: cannot be read: {exc}") from None
    if raw is None or raw == {}:
        raise VocabularyError(f"vocabulary {path}: empty (it needs units, scales, "
                              "indicator_keys or places)")
    if not isinstance(raw, dict):
        raise VocabularyError(f"vocabulary {path}: a mapping of sections (units, scales, "
                              f"indicator_keys, places) expected, not a {type(raw).__name__}")
    try:
        read = VocabularyFile.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{_entry_name(raw, tuple(e['loc']))}: {e['msg']}"
                             for e in exc.errors())
        raise VocabularyError(f"vocabulary {path}: {problems}") from None
    if not (read.units.measure or read.units.count or read.scales or read.indicator_keys
            or read.places):
        raise VocabularyError(f"vocabulary {path}: no entries (its sections are empty)")
    return read


def _blank(word: str) -> bool:
    return not word.strip() or word != word.strip()


class _Sections:
    """The entries read so far, with where each came from, checked as each file is added."""

    def __init__(self) -> None:
        bundled = _bundled()
        self.units: dict[str, tuple[str, Unit]] = {}        # lower-cased surface -> (where, unit)
        self.canon: dict[str, tuple[str, Unit]] = {}        # canonical unit -> (where, unit)
        for kind in ("measure", "count"):
            for u in bundled[kind]:
                self._add_unit("the bundled units", u, kind)
        self.scales = {s.word.lower(): ("the bundled scales", s) for s in bundled["scales"]}
        self.keys: list[Key] = list(bundled["keys"])
        self.bundled_keys = {k.key: k for k in bundled["keys"]}
        self.provinces: dict[str, str] = dict(bundled["provinces"])
        self.out = VocabularyFile()
        self.added: dict[str, list[Any]] = {"measure": [], "count": [], "scales": [],
                                            "indicator_keys": [], "places": []}
        self.user_keys: dict[str, Key] = {}

    def _add_unit(self, where: str, u: Unit, kind: str) -> None:
        self.canon[u.unit] = (where, u)
        for s in {u.unit, *u.aliases, *u.exact}:
            self.units[s.lower()] = (where, u)

    def add(self, path: Path, read: VocabularyFile) -> None:
        def fail(entry: str, why: str) -> VocabularyError:
            return VocabularyError(f"vocabulary {path}: {entry}: {why}")

        for kind in ("measure", "count"):
            for i, u in enumerate(getattr(read.units, kind)):
                entry = f"units.{kind}[{i}] ({u.unit})"
                same = self.canon.get(u.unit)
                if same is not None:
                    if same[1] == u:
                        continue
                    raise fail(entry, f"the unit {u.unit!r} is in {same[0]} already, "
                                      "differently (a user entry adds, it does not replace)")
                for s in sorted({u.unit, *u.aliases, *u.exact}):
                    if _blank(s):
                        raise fail(entry, f"{s!r} is no word (empty, or spaces around it)")
                    other = self.units.get(s.lower())
                    if other is not None:
                        raise fail(entry, f"{s!r} is a spelling of {other[1].unit!r} in {other[0]}")
                    if s.lower() in self.scales:
                        raise fail(entry, f"{s!r} is a scale word in {self.scales[s.lower()][0]}")
                self._add_unit(str(path), u, kind)
                self.added[kind].append(u.model_dump())
        for i, s in enumerate(read.scales):
            entry = f"scales[{i}] ({s.word})"
            old = self.scales.get(s.word.lower())
            if old is not None:
                if old[1].factor == s.factor:
                    continue
                raise fail(entry, f"the scale word {s.word!r} is in {old[0]} already, with the "
                                  f"factor {old[1].factor}")
            if _blank(s.word):
                raise fail(entry, f"{s.word!r} is no word (empty, or spaces around it)")
            if s.word.lower() in self.units:
                other = self.units[s.word.lower()]
                raise fail(entry, f"{s.word!r} is a spelling of the unit {other[1].unit!r} in {other[0]}")
            if s.factor < 2:
                raise fail(entry, f"a scale multiplies: its factor must be at least 2, not {s.factor}")
            self.scales[s.word.lower()] = (str(path), s)
            self.added["scales"].append(s.model_dump())
        for i, k in enumerate(read.indicator_keys):
            entry = f"indicator_keys[{i}] ({k.key})"
            old_key = self.bundled_keys.get(k.key) or self.user_keys.get(k.key)
            if old_key is not None:
                if old_key == k:
                    continue
                raise fail(entry, f"the key {k.key!r} is a bundled key or listed before, "
                                  "differently (a user entry adds, it does not replace)")
            if not k.variants or any(_blank(v) for v in k.variants):
                raise fail(entry, "every key needs variants, each a name (not empty, no spaces "
                                  "around it)")
            clashes = key_clashes([*self.keys, k])
            if clashes:
                raise fail(entry, "; ".join(clashes))
            self.keys.append(k)
            self.user_keys[k.key] = k
            self.added["indicator_keys"].append(k.model_dump())
        for i, p in enumerate(read.places):
            entry = f"places[{i}] ({p.district or p.province})"
            bare = fold(PROVINCE_PREFIX.sub("", p.province))
            known = self.provinces.get(bare)
            if known is not None and known != p.province:
                raise fail(entry, f"the province {p.province!r} is written {known!r} in the "
                                  "administrative data")
            self.provinces[bare] = p.province
            if p.model_dump() not in self.added["places"]:
                self.added["places"].append(p.model_dump())

    def entries(self) -> dict[str, Any]:
        a = self.added
        return {"units": {"measure": a["measure"], "count": a["count"]}, "scales": a["scales"],
                "indicator_keys": a["indicator_keys"], "places": a["places"]}


@cache
def _bundled() -> dict[str, Any]:
    """The bundled entries a user entry may not collide with (read from their files)."""
    units, numbers, keys = (read_yaml(_PACKAGE / rel) for rel in (
        "extract/data/units.yaml", "core/data/numbers.yaml", "resolve/data/indicator_keys.yaml"))
    mapping = json.loads((underthesea_dir() / "address" / "data" / "mapping.json")
                         .read_text(encoding="utf-8"))
    provinces = province_names(mapping)
    return {"measure": [Unit.model_validate(u) for u in units["measure"]],
            "count": [Unit.model_validate(u) for u in units["count"]],
            "scales": [Scale.model_validate(s) for s in numbers["scales"]],
            "keys": [Key.model_validate(k) for k in keys["keys"]],
            "provinces": provinces}


def load_vocabulary(path: Union[str, os.PathLike[str]]) -> Vocabulary:
    """Read and check the user vocabulary at `path` (a YAML file, or a folder of them, read in
    name order); pass it as ``vocabulary=`` (:class:`~baocao.options.ExtractOptions`,
    :func:`baocao.parse`, :func:`baocao.read`). A problem is a
    :class:`~baocao.errors.VocabularyError` naming the file, the entry and what is wrong.

    >>> import tempfile
    >>> d = tempfile.TemporaryDirectory()
    >>> p = Path(d.name) / "v.yaml"
    >>> _ = p.write_text("scales: [{word: chục, factor: 10}]", encoding="utf-8")
    >>> load_vocabulary(p).sections["scales"]
    [{'factor': 10, 'word': 'chục'}]
    >>> _ = p.write_text("scales: [{word: triệu, factor: 10}]", encoding="utf-8")
    >>> load_vocabulary(p)
    Traceback (most recent call last):
    ...
    baocao.errors.VocabularyError: vocabulary .../v.yaml: scales[0] (triệu): the scale word 'triệu' is in the bundled scales already, with the factor 1000000
    >>> d.cleanup()
    """
    root = Path(path)
    sections = _Sections()
    for f in _files(root):
        sections.add(f, _read(f))
    return Vocabulary(str(root), json.dumps(sections.entries(), ensure_ascii=False, sort_keys=True))


__all__ = ["DISTRICT_PREFIX", "Key", "PROVINCE_PREFIX", "Place", "Scale", "Unit", "VocabularyFile",
           "key_clashes", "load_vocabulary", "places", "province_names"]
