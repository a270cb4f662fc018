"""The number vocabulary (``core/data/numbers.yaml``: scale words, qualifiers, signs, range words,
the words that make a number a label), validated once per process."""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from baocao.core.rules import Strict, read_rule_file
from baocao.core.user_vocabulary import Scale
from baocao.core.vocabulary import building

DATA = Path(__file__).parent.parent / "data"

#: the user vocabulary these rules were built with (None: the bundled vocabulary only)
VOCABULARY = building()

QualifierValue = Literal["over", "under", "about", "nearly", "at_least", "at_most"]


class QualifierWord(Strict):
    word: str
    qualifier: QualifierValue


class RangeBetween(Strict):
    before: str
    between: str


class NumbersFile(Strict):
    scales: list[Scale]
    scale_not_before: list[str]
    qualifiers: list[QualifierWord]
    negators: list[str]
    comparatives: list[str]
    negation_flips: dict[QualifierValue, QualifierValue]
    at_least_after: list[str]
    at_most_after: list[str]
    minus_signs: list[str]
    minus_words: list[str]
    minus_word_not_after: list[str]
    range_words: list[str]
    range_between: RangeBetween
    blockers: list[str]
    blocker_unless_after: list[str]
    blockers_not_before_scales: list[str]
    amount_blockers: list[str]
    amount_blocker_compounds: list[str]
    grouping_not_after: list[str]
    grouping_unless_after: list[str]
    plan_after_slash: list[str]


@cache
def load() -> NumbersFile:
    """Return the validated contents of ``core/data/numbers.yaml`` (with the scale words of
    :data:`VOCABULARY`, when there is one).

    >>> load().scales[0].word, load().scales[0].factor
    ('nghìn tỷ', 1000000000000)
    """
    return read_rule_file(DATA / "numbers.yaml", NumbersFile,
                          VOCABULARY.additions("numbers") if VOCABULARY else None)


NUMBERS = load()
