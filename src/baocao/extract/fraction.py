"""Fractions: ``113/118 bản``, ``24/27 chỉ tiêu``, ``4.686,23ha/5.153,01ha``, ``58,7/56%``; never dates or
codes."""
from __future__ import annotations

from typing import Iterator

import regex

from baocao.core.numbers import (NUM, SCALE, SCALE_FACTORS, blocked_before, first_words, match_near,
                                 parse_number, read_prefix, scale_factor, scaled, starts_reaching)
from baocao.core.rules import GAP
from baocao.document import Document
from baocao.extract._base import make
from baocao.extract.money import CURRENCY, CURRENCY_WORDS, currency_code
from baocao.extract.units import UNIT, UNIT_WORDS, canonical_unit
from baocao.schema import Fraction

KIND = "fraction"
_SP = r"[ \u00a0]"
_PATTERN = regex.compile(
    rf"(?<![/\p{{N}}]{_SP}?)(?P<n1>{NUM})(?:{GAP}(?P<u1>{UNIT})(?!\p{{L}}))?"
    rf"{_SP}?/{_SP}?(?P<n2>{NUM})(?!{_SP}?/{_SP}?\d|/\p{{L}}|-\p{{Lu}}|{_SP}?%)"
    rf"(?:{GAP}(?P<unit>{UNIT})(?!\p{{L}}))?")

_AFTER_NUMERATOR = first_words(["/", " ", "\u00a0"], UNIT_WORDS)
# the "/" stands within a space, the longest unit and a gap after the numerator
_SLASH_REACH = max(map(len, UNIT_WORDS)) + 5
# an amount of money over another, the scale and currency written once after the second:
# "thu ngân sách 12.345/10.000 tỷ đồng" (an actual over its plan, both in tỷ đồng)
# or written on both sides, the same on each: "doanh thu 1.763 tỷ đồng/1.922 tỷ đồng", "12.345 tỷ/10.000
# tỷ đồng" (an actual over its plan, read so rather than as two amounts, the second a wrong value)
_MONEY = regex.compile(
    rf"(?<![/\p{{N}}]{_SP}?)(?P<n1>{NUM})"
    rf"(?:{GAP}(?P<scale1>{SCALE}))?(?:{GAP}(?P<cur1>{CURRENCY}))?{_SP}?/{_SP}?(?P<n2>{NUM})"
    rf"(?:{GAP}(?P<scale>{SCALE}))?{GAP}(?P<cur>{CURRENCY})(?![/\p{{L}}])")
_AFTER_MONEY_NUMERATOR = first_words(["/", " ", "\u00a0"], SCALE_FACTORS, CURRENCY_WORDS)
_AFTER_MONEY_DENOMINATOR = first_words(SCALE_FACTORS, CURRENCY_WORDS, [" ", "\u00a0"])
# the "/" stands within a space, the longest scale and currency and the gaps after the numerator
_MONEY_REACH = max(map(len, SCALE_FACTORS)) + max(map(len, CURRENCY_WORDS)) + 8
# two percentages with one sign, after the second: "Tỷ lệ che phủ rừng đạt 58,7/56%" (a rate over its
# plan), "cao hơn mức bình quân chung của tỉnh (13,86/9,15%)" (the place's and the province's): each
# side at most three digits and two decimals, no number, slash or separator glued before the first
# ("1/2/5%"), none after the sign ("%/năm": no reading rather than half of one); the percentage
# extractor never reads the second side alone. A slash with a space on both sides parts a count from its
# share in a table's cells ("Số cổ phiếu giảm giá 188 / 57,14%"): no pair
_PCT_SIDE = r"\d{1,3}(?:[.,]\d{1,2})?"
_PERCENT = regex.compile(
    rf"(?<![\p{{N}}/.,%]|[\p{{N}}/][ \u00a0])(?P<n1>{_PCT_SIDE})(?:{_SP}/|/{_SP}?)(?P<n2>{_PCT_SIDE}){_SP}?%"
    rf"(?![ \u00a0]?/|\p{{L}}|\p{{N}})")


def extract(doc: Document) -> Iterator[Fraction]:
    """Yield fractions (numerator, denominator, unit).

    >>> [(r.numerator, r.denominator, r.unit) for r in extract(Document.from_text("113/118 bản có điện"))]
    [(113.0, 118.0, 'bản')]

    A fraction with no unit needs numerator <= denominator (``19/5`` alone is no fraction), and a
    unit-less ``m/yyyy`` is a month, not a fraction. Amounts of money over one scale and currency
    are in whole currency units, the unit their currency code:

    >>> [(r.numerator, r.denominator, r.unit) for r in extract(Document.from_text("thu 12.345/10.000 tỷ đồng"))]
    [(12345000000000.0, 10000000000000.0, 'VND')]
    """
    text = doc.text
    yield from _money(doc)
    yield from _percent(doc)
    for pos in starts_reaching(doc, _AFTER_NUMERATOR, "/", _SLASH_REACH):
        # the words before the number first: a blocked one ("ngày 7/ 12") needs no match
        pre = read_prefix(text, pos)
        if pre is None or pre.negative:
            continue  # a share has no sign: "-3/4" is not understood
        start = pre.start
        if blocked_before(text, start) or (m := match_near(_PATTERN, text, pos)) is None:
            continue
        try:
            r1, r2 = parse_number(m.group("n1")), parse_number(m.group("n2"))
        except ValueError:
            continue
        unit = m.group("unit") or m.group("u1")
        if m.group("u1") and canonical_unit(m.group("u1")) != canonical_unit(m.group("unit")):
            continue  # "200 giường bệnh/1 vạn dân" is a rate, not a fraction
        if unit is None:
            if r1.value > r2.value or r2.value == 0:
                continue
            if r1.value <= 12 and 1900 <= r2.value <= 2100 and m.group("n2").isdigit():
                continue  # 12/2024: month and year
        end = m.end() if m.group("unit") else m.end("n2")
        yield make(doc, Fraction, start, end, numerator=r1.value, denominator=r2.value,
                   unit=canonical_unit(unit), qualifier=pre.qualifier,
                   rule="fraction.with_unit" if unit else "fraction.bare",
                   confidence=min(r1.confidence, r2.confidence))


def _money(doc: Document) -> Iterator[Fraction]:
    text = doc.text
    for pos in starts_reaching(doc, _AFTER_MONEY_NUMERATOR, "/", _MONEY_REACH, _AFTER_MONEY_DENOMINATOR):
        pre = read_prefix(text, pos)
        if pre is None or pre.negative or blocked_before(text, pre.start) or \
                (m := match_near(_MONEY, text, pos)) is None:
            continue
        try:
            r1, r2 = parse_number(m.group("n1")), parse_number(m.group("n2"))
        except ValueError:
            continue
        if r2.value == 0 or (m.group("n1").isdigit() and m.group("n2").isdigit() and r1.value < r2.value < 10):
            continue  # "1/2 tỷ đồng" is half a billion, not one billion over two ("1,5/2 tỷ đồng" is)
        if (m.group("scale1") or m.group("cur1")) and not _same_money(m):
            continue  # "5 triệu đồng/1 tỷ đồng vốn", "3 triệu đồng/10 USD": a rate, no plan
        factor = scale_factor(m.group("scale"))
        try:
            numerator, denominator = scaled(r1.value, factor), scaled(r2.value, factor)
        except ValueError:
            continue  # past the float range: no record rather than inf
        yield make(doc, Fraction, pre.start, m.end(), numerator=numerator,
                   denominator=denominator, unit=currency_code(m.group("cur")),
                   qualifier=pre.qualifier, rule="fraction.money", confidence=min(r1.confidence, r2.confidence))


def _percent(doc: Document) -> Iterator[Fraction]:
    """Two percentages with one sign after the second (``58,7/56%``): a fraction in ``%``."""
    text = doc.text
    if "%" not in text:
        return
    for m in _PERCENT.finditer(text):
        pos = m.start()
        pre = read_prefix(text, pos)
        if pre is None or pre.negative or blocked_before(text, pre.start):
            continue
        try:
            r1, r2 = parse_number(m.group("n1")), parse_number(m.group("n2"))
        except ValueError:
            continue
        if r2.value == 0:
            continue
        yield make(doc, Fraction, pre.start, m.end(), numerator=r1.value, denominator=r2.value, unit="%",
                   qualifier=pre.qualifier, rule="fraction.percent", confidence=min(r1.confidence, r2.confidence))


def _same_money(m: regex.Match[str]) -> bool:
    """Both sides of an amount over an amount, the first with its scale or currency, in the same scale
    and currency, and the second no single unit (``50 triệu đồng/1 triệu đồng`` reads as a rate)."""
    return (scale_factor(m.group("scale1")) == scale_factor(m.group("scale"))
            and (m.group("cur1") is None or currency_code(m.group("cur1")) == currency_code(m.group("cur")))
            and parse_number(m.group("n2")).value != 1)
