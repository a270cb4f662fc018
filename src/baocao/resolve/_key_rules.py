"""The model of ``resolve/data/indicator_keys.yaml`` (the key vocabulary), validated at load: see
:mod:`baocao.resolve._rules`, which loads it."""
from __future__ import annotations

from pydantic import field_validator

from baocao.core.rules import Strict
from baocao.core.user_vocabulary import Key, key_clashes

__all__ = ["CountedNeighbour", "KeysFile", "OutputPart", "SubjectPair", "UnitKey"]


class CountedNeighbour(Strict):
    noun: str
    beside: str
    key: str


class OutputPart(Strict):
    sector: str
    output: str


class UnitKey(Strict):
    unit: str
    opens: list[str]
    unless: list[str] = []
    may_hold: list[str] = []
    key: str


class SubjectPair(Strict):
    before: str
    names: list[str]
    key: str


class KeysFile(Strict):
    abbreviations: dict[str, str] = {}
    rewrites: dict[str, str] = {}
    qualifiers: list[str] = []
    not_qualifiers: list[str] = []
    kept_words: list[str] = []
    subjectless_names: list[str] = []
    subjectless_economy_words: list[str] = []
    subjectless_place_words: list[str] = []
    subjectless_sector_words: list[str] = []
    counted_neighbours: list[CountedNeighbour] = []
    output_parts: list[OutputPart] = []
    output_wholes: list[str] = []
    value_added_words: list[str] = []
    unit_keys: list[UnitKey] = []
    structure_value_heads: list[str] = []
    structure_value_words: list[str] = []
    structure_value_vetoes: list[str] = []
    structure_value_wholes: list[str] = []
    subject_links: list[str] = []
    subject_stock_words: list[str] = []
    subject_pairs: list[SubjectPair] = []
    filler_words: list[str] = []
    inserted_words: list[str] = []
    subjects: dict[str, list[str]] = {}
    sentence_subjects: dict[str, list[str]] = {}
    subject_list_words: list[str] = []
    growth_units: list[str] = []
    area_units: list[str] = []
    country_words: list[str] = []
    ratio_words: list[str] = []
    keys: list[Key]

    @field_validator("keys")
    @classmethod
    def _unique(cls, v: list[Key]) -> list[Key]:
        clashes = key_clashes(v)   # a key twice, a variant under two keys the unit does not part
        if clashes:
            raise ValueError(clashes[0])
        return v
