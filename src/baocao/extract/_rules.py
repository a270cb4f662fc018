"""Load and validate the rule vocabularies in ``extract/data/`` (once per process).

Each YAML file is validated by a small pydantic model (:func:`baocao.core.rules.read_rule_file`), so
a typo fails at load with the file name. Patterns built from the vocabularies live in the extractor
modules, compiled once at import. The number vocabulary is the number parser's
(``core/data/numbers.yaml``, :mod:`baocao.core.numbers.vocabulary`).
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, Literal

from baocao.core.rules import Strict, read_rule_file
from baocao.core.user_vocabulary import Unit
from baocao.core.vocabulary import building

DATA = Path(__file__).with_name("data")
#: the user vocabulary these rules were built with (None: the bundled vocabulary only)
VOCABULARY = building()


class ImpliedUnit(Strict):
    unit: str
    after: list[str]


class UnitsFile(Strict):
    measure: list[Unit]
    count: list[Unit]
    per: list[str]
    implied: list[ImpliedUnit]


CurrencyCode = Literal["VND", "USD", "EUR", "GBP", "JPY", "CNY"]


class Currency(Strict):
    code: CurrencyCode
    words: list[str]
    exact: list[str] = []
    symbols_before: list[str] = []
    not_before: list[str]
    not_before_unscaled: list[str] = []


class Shorthand(Strict):
    suffix: str
    factor: int
    tail: bool        # digits may follow the suffix: "1tr2" is 1.2 million


class CurrenciesFile(Strict):
    currencies: list[Currency]
    implied_vnd_after: list[str]
    implied_vnd_before: list[str]
    implied_vnd_not_with: list[str]
    shorthand: list[Shorthand]
    shorthand_after: list[str]


class Holiday(Strict):
    day: int
    month: int
    names: list[str]


class DatesFile(Strict):
    context_words: list[str]
    weekdays: list[str]
    joining_words: list[str]
    not_before: list[str]
    day_prefixes: list[str]
    holiday_words: list[str]
    holidays: list[Holiday]


class MonthPart(Strict):
    words: list[str]
    part: Literal["first", "last"]


class Comparison(Strict):
    words: list[str]
    base: Literal["same_period_previous_year", "same_period", "same_period_year", "year",
                  "previous_year", "previous_month", "previous_quarter"]
    year: bool
    needs_lead: bool


class PeriodsFile(Strict):
    quarter_words: list[str]
    range_keywords: list[str]
    month_parts: list[MonthPart]
    count_words: dict[str, int]
    this_year: list[str]
    half_words: list[str]
    half_parts: list[str]
    part_not_before: list[str]
    month_names: dict[str, int]
    year_not_after: list[str]
    founding_words: list[str]
    law_words: list[str]
    month_not_after: list[str]
    month_name_not_before: list[str]
    comparison_lead: list[str]
    comparison_short_lead: list[str]
    comparisons: list[Comparison]


class OrdinalLabel(Strict):
    words: list[str]
    label: Literal["khoa", "lan_thu", "dai_hoi"]
    roman_only: bool


class TermsFile(Strict):
    year_keywords: list[str]
    ordinal_labels: list[OrdinalLabel]


class DocrefsFile(Strict):
    doc_types: list[str]


_MODELS: dict[str, type[Strict]] = {
    "units": UnitsFile, "currencies": CurrenciesFile, "dates": DatesFile, "periods": PeriodsFile,
    "terms": TermsFile, "docrefs": DocrefsFile}


@cache
def load(name: str) -> Any:
    """Return the validated contents of ``data/<name>.yaml``; ``"numbers"`` is the number
    vocabulary the extractors share with the number parser (:mod:`baocao.core.numbers`, whose
    file it is: ``core/data/numbers.yaml``). The units hold those of :data:`VOCABULARY`.

    >>> load("units").measure[0].unit, load("numbers").scales[0].word
    ('ha', 'nghìn tỷ')
    """
    if name == "numbers":
        from baocao.core.numbers.vocabulary import load as load_numbers

        return load_numbers()
    return read_rule_file(DATA / f"{name}.yaml", _MODELS[name],
                          VOCABULARY.additions(name) if VOCABULARY else None)

