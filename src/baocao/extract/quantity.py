"""Quantities: a number, an optional scale word and a unit from data/units.yaml (``2.815 ha``)."""
from __future__ import annotations

from typing import Iterator

import regex

from baocao.core.numbers import (amount_pattern, amounts_after, cue_before, find_amounts,
                                 speaks_for, word_ends)
from baocao.core.rules import SP as _SP, alternation, compile_at
from baocao.document import Document
from baocao.extract._base import make
from baocao.extract._rules import load
from baocao.extract.units import EXACT_UNITS, MEASURES, PER, UNIT, UNIT_WORDS, UNITS, canonical_unit
from baocao.schema import Quantity

KIND = "quantity"
# UNIT matches the words of UNITS in any case, those of EXACT_UNITS with their own case
_PATTERN = amount_pattern(UNIT, UNIT_WORDS, per=PER, stray=True, closed=True,
                          plain_units=[*UNITS, *(w for w in EXACT_UNITS if w == w.lower())])
# a scale word with no unit, then punctuation or the end of the line ("dân số 1,2 triệu.")
_IMPLIED = amount_pattern(rf"(?={_SP}?[.,;:)\]]|{_SP}*(?:\n|\Z))", [], per=PER)
_IMPLIED_CONTEXT = [(cue_before(i.after), i.unit) for i in load("units").implied]
# the pass tries only the numbers shortly after one of those words
_CUES = [w for i in load("units").implied for w in i.after]
# canonical unit -> the words after it that make it no unit ("20g ngày 5/3" is a time)
_NOT_BEFORE = {u.unit: compile_at(rf"{_SP}{alternation(u.not_before, flags='i')}(?!\p{{L}})")
               for u in load("units").measure + load("units").count if u.not_before}
# canonical unit -> the words right before the number that make it no unit ("mạng 5g")
_NOT_AFTER = {u.unit: regex.compile(rf"(?r)(?<!\p{{L}}){alternation(u.not_after, flags='i')}"
                                    rf"{_SP}+\Z")
              for u in load("units").measure + load("units").count if u.not_after}
# digits and a slash right before the number: it is the second number of a fraction or a date the rules
# before did not read ("Ngày 20/11 xã tổ chức": no "11 xã"), never an amount of its own
_SECOND_OF_PAIR = regex.compile(r"\d[ \u00a0]?/[ \u00a0]?\Z")
# a letter and a hyphen glued before the number of a count: the number ends a name or a code ("dịch
# COVID-19 ca mắc", "Phần A-1 ca"), never a count; a measure after a code stays ("bao loại B-12 kg")
_CODE_BEFORE = regex.compile(r"\p{L}-\Z")
# a span of years ("giai đoạn 2021-2025 xã đạt chuẩn", "nhiệm kỳ 2020 - 2025 làng văn hóa"): its
# second year, or the span read as a range, is a period before the noun, never a count of it
# a rate per a number of people the per-unit tail does not read ("16 xe/1.000 dân", "12 bác sĩ/10.000 dân": a
# tail reads "1 vạn dân", "vạn dân", never "1.000 dân"): no count without its base
_PER_NUMBER = regex.compile(r"[ \u00a0]?/[ \u00a0]?\d[\d.]*[ \u00a0](?:dân|người)(?!\p{L})")
_YEAR = r"(?:19|20)\d\d"
_YEAR_SPAN = regex.compile(rf"(?<![\p{{N}}.,]){_YEAR}[ \u00a0]?[-–][ \u00a0]?{_YEAR}(?![\p{{N}}]|[.,]\d)")


def _measured(unit: str) -> bool:
    """"âm 2 độ C" is below zero; "ghi âm 5 bài" counts 5 articles (a count is never negative)."""
    return canonical_unit(unit) in MEASURES


def _year_span(text: str, start: int, end: int) -> bool:
    """The amount at ``start`` is a span of years or its second year (``2021-2025 xã``: no count)."""
    span = _YEAR_SPAN.search(text, max(0, start - 12), min(end, start + 12))
    return span is not None and span.start() <= start < span.end()


def extract(doc: Document) -> Iterator[Quantity]:
    """Yield quantities with their canonical unit.

    >>> [(r.value, r.unit) for r in extract(Document.from_text("Tổng đàn gia súc đạt 42.719 con"))]
    [(42719.0, 'con')]
    >>> [(r.text, r.value, r.unit, r.rule) for r in extract(Document.from_text("dân số 1,2 triệu."))]
    [('1,2 triệu', 1200000.0, 'người', 'quantity.implied_unit')]
    """
    text = doc.text
    # an amount's fields unpacked at once (a record every few bytes of a list of quantities)
    for start, end, value, value_max, qualifier, written, per, scaled, confidence, _ in \
            find_amounts(doc, _PATTERN, signed=_measured):
        if start and text[start - 1] in "/ \u00a0" and _SECOND_OF_PAIR.search(text, max(0, start - 4), start):
            continue
        if _year_span(text, start, end):
            continue
        unit = canonical_unit(written)
        if start > 1 and unit not in MEASURES and _CODE_BEFORE.search(text, start - 2, start):
            continue
        if not per and text.startswith("/", end + (text[end:end + 1] in " \u00a0")) and _PER_NUMBER.match(text, end):
            continue
        if unit in _NOT_BEFORE and _NOT_BEFORE[unit].match(text, end) or \
                unit in _NOT_AFTER and _NOT_AFTER[unit].search(text, max(0, start - 24), start):
            continue
        rule = "quantity.range" if qualifier == "range" else (
            "quantity.number_scale_unit" if scaled else "quantity.number_unit")
        yield make(doc, Quantity, start, end, value=value, value_max=value_max,
                   qualifier=qualifier, unit=unit, per=per, rule=rule, confidence=confidence)
    for a in amounts_after(doc, _IMPLIED, word_ends(text, _CUES)):
        if not a.scaled:
            continue
        for context, unit in _IMPLIED_CONTEXT:
            cue = context.search(text, max(0, a.start - 64), a.start)
            if cue is not None and speaks_for(text, cue.end("cue"), a.start):
                yield make(doc, Quantity, a.start, a.end, value=a.value, value_max=a.value_max,
                           qualifier=a.qualifier, unit=unit, per=a.per,
                           rule="quantity.implied_unit", confidence=min(a.confidence, 0.8))
                break
