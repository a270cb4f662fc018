"""Load and validate the rule vocabularies in ``extract/data/`` (once per process).

Each YAML file is validated by a small pydantic model, so a typo fails at load with the file name.
Patterns built from the vocabularies live in the extractor modules, compiled once at import.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal, Optional

import regex
from pydantic import BaseModel, ConfigDict

from baocao._rulefile import read_rule_file

DATA = Path(__file__).with_name("data")
# a space inside a numeral, a unit or a scale word: a space, a no-break or a narrow no-break space
SP = r"[ \u00a0\u202f]"
SPACES = regex.compile(SP + "+")   # runs of spaces inside a unit or scale word


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Unit(_Strict):
    unit: str
    aliases: list[str] = []
    exact: list[str] = []     # surfaces matched with their case only ("m", not the "M" of "2M")
    not_before: list[str] = []   # a next word that makes the surface no unit ("20g ngày": a time)
    not_after: list[str] = []    # a word before the number that does so ("mạng 5g": a network)
    gloss: str


class ImpliedUnit(_Strict):
    unit: str
    after: list[str]


class UnitsFile(_Strict):
    measure: list[Unit]
    count: list[Unit]
    per: list[str]
    implied: list[ImpliedUnit]


class Scale(_Strict):
    word: str
    factor: int


class QualifierWord(_Strict):
    word: str
    qualifier: Literal["over", "under", "about", "nearly", "at_least", "at_most"]


QualifierValue = Literal["over", "under", "about", "nearly", "at_least", "at_most"]


class RangeBetween(_Strict):
    before: str
    between: str


class NumbersFile(_Strict):
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
    amount_blockers: list[str]
    grouping_not_after: list[str]
    grouping_unless_after: list[str]


CurrencyCode = Literal["VND", "USD", "EUR", "GBP", "JPY", "CNY"]


class Currency(_Strict):
    code: CurrencyCode
    words: list[str]
    exact: list[str] = []
    symbols_before: list[str] = []
    not_before: list[str]


class Shorthand(_Strict):
    suffix: str
    factor: int
    tail: bool        # digits may follow the suffix: "1tr2" is 1.2 million


class CurrenciesFile(_Strict):
    currencies: list[Currency]
    implied_vnd_after: list[str]
    shorthand: list[Shorthand]
    shorthand_after: list[str]


class DatesFile(_Strict):
    context_words: list[str]
    weekdays: list[str]
    joining_words: list[str]
    not_before: list[str]
    day_prefixes: list[str]


class MonthPart(_Strict):
    words: list[str]
    part: Literal["first", "last"]


class Comparison(_Strict):
    words: list[str]
    base: Literal["same_period_previous_year", "same_period", "same_period_year", "year",
                  "previous_year", "previous_month", "previous_quarter"]
    year: bool
    needs_lead: bool


class PeriodsFile(_Strict):
    quarter_words: list[str]
    range_keywords: list[str]
    month_parts: list[MonthPart]
    count_words: dict[str, int]
    month_names: dict[str, int]
    year_not_after: list[str]
    law_words: list[str]
    month_not_after: list[str]
    comparison_lead: list[str]
    comparison_short_lead: list[str]
    comparisons: list[Comparison]


class OrdinalLabel(_Strict):
    words: list[str]
    label: Literal["khoa", "lan_thu", "dai_hoi"]
    roman_only: bool


class TermsFile(_Strict):
    year_keywords: list[str]
    ordinal_labels: list[OrdinalLabel]


class DocrefsFile(_Strict):
    doc_types: list[str]


_MODELS = {"units": UnitsFile, "numbers": NumbersFile, "currencies": CurrenciesFile,
           "dates": DatesFile, "periods": PeriodsFile, "terms": TermsFile, "docrefs": DocrefsFile}


@cache
def load(name: str):
    """Return the validated contents of ``data/<name>.yaml``.

    >>> load("numbers").scales[0].word
    'nghìn tỷ'
    """
    return read_rule_file(DATA / f"{name}.yaml", _MODELS[name])


def alternation(words, *, flags: str = "", gap: str = SP) -> str:
    """Regex alternation of `words`, longest first, each escaped; spaces match one space or NBSP
    (or `gap`, a pattern: the date and period rules also let a line break join two words).

    >>> alternation(["ha", "hộ gia đình", "hộ"])
    '(?:hộ[ \\\\u00a0\\\\u202f]gia[ \\\\u00a0\\\\u202f]đình|ha|hộ)'
    """
    parts = sorted({w for w in words}, key=lambda w: (-len(w), w))
    body = "|".join(regex.escape(p, literal_spaces=True).replace(" ", gap) for p in parts)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def cased_alternation(words, exact) -> str:
    """Like :func:`alternation`, longest first, with `words` matched in any case and `exact`
    matched with their case only (``m`` is a metre, the ``M`` of ``2M`` is not).

    The words are written as a trie (one branch per next character, the longer continuation tried
    before the word that ends there), which the regex engine walks in a few steps where a flat list
    of a hundred words costs a comparison each; it matches what the flat alternation matches, the
    longest word first (:func:`flat_cased_alternation`, kept for words a trie cannot hold).

    >>> cased_alternation(["ha", "hộ"], ["m"])
    '(?i:(?:h(?:a|ộ)|m(?-i:(?<=m))))'
    """
    return _trie_alternation(words, exact) or flat_cased_alternation(words, exact)


def flat_cased_alternation(words, exact) -> str:
    """:func:`cased_alternation` as a flat list of words, longest first.

    >>> flat_cased_alternation(["ha"], ["m"])
    '(?:(?i:ha)|m)'
    """
    items = sorted({(w, False) for w in words} | {(w, True) for w in exact},
                   key=lambda x: (-len(x[0]), x[0], x[1]))
    runs: list[tuple[bool, list[str]]] = []      # consecutive words of one kind, in length order
    for w, is_exact in items:
        esc = regex.escape(w, literal_spaces=True).replace(" ", SP)
        if runs and runs[-1][0] == is_exact:
            runs[-1][1].append(esc)
        else:
            runs.append((is_exact, [esc]))
    out = ["|".join(r) if is_exact else "(?i:" + "|".join(r) + ")" for is_exact, r in runs]
    return "(?:" + "|".join(out) + ")"


def _trie_alternation(words, exact) -> Optional[str]:
    """The trie of :func:`cased_alternation`, keyed on the lower-cased words; None when it could
    match otherwise than the flat list: a word with a no-break space of its own or whose lower
    case changes its length, or two key characters one matches for the other ignoring case (two
    branches could then both match). A word matched with its case only is checked, where it ends,
    by a lookbehind of the word as written, with its case."""
    items = {(w, False) for w in words} | {(w, True) for w in exact}
    root: dict = {}
    for w, is_exact in items:
        if not w or any(c in "\u00a0\u202f" for c in w) or len(w.lower()) != len(w):
            return None
        node = root
        for c in w.lower():
            node = node.setdefault(c, {})
        node.setdefault(None, set()).add((w, is_exact))
    for w, _ in items:
        for c in w:
            if c != " " and not regex.fullmatch("(?i)" + regex.escape(c), c.lower()):
                return None
    chars = sorted({c for w, _ in items for c in w.lower() if c != " "})
    for a in chars:
        pa = regex.compile("(?i)" + regex.escape(a))
        if any(a != b and pa.fullmatch(b) for b in chars):
            return None

    def edge(c: str) -> str:
        return SP if c == " " else regex.escape(c)

    def emit(node: dict) -> str:
        alts = [edge(c) + emit(child)
                for c, child in sorted((k, v) for k, v in node.items() if k is not None)]
        ends = node.get(None)
        if ends:
            if any(not is_exact for _, is_exact in ends):
                alts.append("")
            else:
                behind = ["(?<=" + regex.escape(w, literal_spaces=True).replace(" ", SP) + ")"
                          for w, _ in sorted(ends)]
                alts.append("(?-i:" + "|".join(behind) + ")")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return "(?i:" + emit(root) + ")"
