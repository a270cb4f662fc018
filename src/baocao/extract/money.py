"""Money: ``28 tỷ đồng`` → 28e9 VND; ``30 triệu USD`` → 3e7 USD; ``$50``, ``€20``, ``50k`` where the
context is money; never ``đồng chí`` or ``tỷ lệ``."""
from __future__ import annotations

from typing import Iterator

import regex

from baocao.core.numbers import (NUM, SCALE, amount_pattern, match_near, blocked_before, cue_before,
                                 find_amounts, first_words, matches_before_words, number_spans,
                                 parse_number, read_prefix, scale_factor, scaled, speaks_for)
from baocao.core.numbers.words import PREFIX_REACH, SCALE_FACTORS
from baocao.core.rules import SP as _SP, SPACES, alternation, cased_alternation
from baocao.document import Document
from baocao.extract._base import make
from baocao.extract._rules import load
from baocao.extract.units import PER
from baocao.schema import Money

KIND = "money"
_RULES = load("currencies")


def _currency_pattern() -> tuple[str, dict[str, str], dict[str, str]]:
    parts, codes, exact = [], {}, {}
    for cur in _RULES.currencies:
        guard = ""
        if cur.not_before:
            guard = rf"(?!{_SP}{alternation(cur.not_before, flags='i')}(?!\p{{L}}))"
        if cur.not_before_unscaled:     # "vùng đồng bằng", not "22,4 tỷ đồng bằng 83%"
            guard += (rf"(?!(?<!(?<!\p{{L}}){alternation(SCALE_FACTORS, flags='i')}{_SP}\p{{L}}+)"
                      rf"{_SP}{alternation(cur.not_before_unscaled, flags='i')}(?!\p{{L}}))")
        # a word ends where a letter cannot follow; a symbol ($, €) may be glued to anything
        parts.append(rf"{cased_alternation(cur.words, cur.exact)}(?!(?<=\w)\p{{L}}){guard}")
        codes.update({w.lower(): cur.code for w in cur.words})
        exact.update({w: cur.code for w in cur.exact})
    return "(?:" + "|".join(parts) + ")", codes, exact


_CURRENCY, _CODES, _EXACT = _currency_pattern()
CURRENCY = _CURRENCY
"""The pattern of a currency word or code as written after an amount (``đồng``, ``USD``, ``đô la Mỹ``)."""
CURRENCY_WORDS = [*_CODES, *_EXACT]
"""Every currency word and code :data:`CURRENCY` reads (for :func:`~baocao.core.numbers.first_words`)."""
_PATTERN = amount_pattern(_CURRENCY, CURRENCY_WORDS, per=PER, closed=True)
# a scale word with no currency, then punctuation or the end of the line ("tổng vốn 28 tỷ,")
# or a word that opens the next phrase ("doanh thu 4.300 tỷ của địa phương": implied_vnd_before)
_IMPLIED = amount_pattern(rf"(?={_SP}?[.,;:)\]]|/\p{{L}}|{_SP}*(?:\n|\Z)"
                          rf"|{_SP}{alternation(_RULES.implied_vnd_before, flags='i')}(?!\p{{L}}))",
                          [], per=PER, scaled_only=True)
_IMPLIED_CONTEXT = cue_before(_RULES.implied_vnd_after)
# a word of foreign trade or capital between the cue and the amount: no VND implied ("vốn FDI đạt 1,2 tỷ,")
_FOREIGN_CONTEXT = regex.compile(rf"(?<!\p{{L}}){alternation(_RULES.implied_vnd_not_with, flags='i')}(?!\p{{L}})")
# The numbers with no cue word within reach before them are not read: _IMPLIED_CONTEXT looks 64
# characters before the amount, which starts at most PREFIX_REACH characters before its number,
# and a cue it finds (in any case) holds the longest run of letters of a cue word, case-folded
# ("tiền" of "số tiền": "dân số 1,2 triệu" is read by no money rule).
_CUE_RUNS = sorted({max(regex.findall(r"\p{L}+", w.casefold()), key=len)
                    for w in _RULES.implied_vnd_after})
_CUE_REACH = 64 + PREFIX_REACH
# a word that says the amount counts something else ("dân số 1,2 triệu": people, see units.yaml)
_OTHER_CONTEXT = regex.compile(
    rf"(?<!\p{{L}}){alternation([w for i in load('units').implied for w in i.after], flags='i')}"
    rf"(?!\p{{L}})")

_SYMBOLS = {s: c.code for c in _RULES.currencies for s in c.symbols_before}
_SYMBOL_BEFORE = regex.compile(
    rf"(?r)(?<![\p{{L}}\p{{N}}])(?P<sym>{alternation(_SYMBOLS)}){_SP}?\Z")
_AFTER_SYMBOL = regex.compile(
    rf"(?P<n1>{NUM})(?:{_SP}?(?P<scale>{SCALE}))?(?![\p{{L}}\p{{N}}]|[.,]\d|{_SP}?{_CURRENCY})")
_LESS_SURE = {"¥": 0.9}     # ¥ is the yen here; the yuan is written NDT or nhân dân tệ

_SHORT = {s.suffix: s for s in _RULES.shorthand}
_SHORTHAND = regex.compile(
    rf"(?P<n1>{NUM})(?P<suffix>{alternation(_SHORT, flags='i')})(?P<tail>\d{{1,3}})?"
    rf"(?![\p{{L}}\p{{N}}]|[.,]\d|{_SP}?/{_SP}?\p{{L}}"
    rf"|{_SP}{PER}(?!\p{{L}}))")   # "mua 50k cổ phiếu": 50 thousand shares, no price
_SHORT_AFTER = first_words(list(_SHORT))
_SHORT_CONTEXT = cue_before([*_RULES.shorthand_after, *_RULES.implied_vnd_after])


def currency_code(surface: str) -> str:
    """The code of a currency as written (``tỷ đồng``'s ``đồng`` → ``VND``)."""
    surface = SPACES.sub(" ", surface)
    return _EXACT.get(surface) or _CODES[surface.lower()]


_code = currency_code


def extract(doc: Document) -> Iterator[Money]:
    """Yield amounts of money in whole currency units.

    >>> [(r.value, r.currency) for r in extract(Document.from_text("vốn 28 tỷ đồng"))]
    [(28000000000.0, 'VND')]
    >>> list(extract(Document.from_text("02 đồng chí")))
    []
    >>> [(r.text, r.value, r.rule) for r in extract(Document.from_text("tổng vốn 28 tỷ, trong"))]
    [('28 tỷ', 28000000000.0, 'money.implied_currency')]
    >>> [(r.text, r.value, r.currency) for r in extract(Document.from_text("giá $5, giá vé 50k"))]
    [('$5', 5.0, 'USD'), ('50k', 50000.0, 'VND')]
    """
    for a in find_amounts(doc, _PATTERN):
        code = _code(a.unit)
        rule = "money.range" if a.qualifier == "range" else (
            "money.number_scale_currency" if a.scaled else "money.number_currency")
        yield make(doc, Money, a.start, a.end, value=a.value, value_max=a.value_max,
                   qualifier=a.qualifier, currency=code, per=a.per, rule=rule,
                   confidence=min(a.confidence, _LESS_SURE.get(a.unit, 1.0)))
    text = doc.text
    for a in find_amounts(doc, _IMPLIED, where=lambda pos: _cue_near(text, pos)):
        if not a.scaled:
            continue
        cue = _IMPLIED_CONTEXT.search(text, max(0, a.start - 64), a.start)
        if cue is None or _OTHER_CONTEXT.search(text, cue.end("cue"), a.start) or \
                _FOREIGN_CONTEXT.search(text, cue.start("cue"), a.start) or \
                not speaks_for(text, cue.end("cue"), a.start):
            continue
        yield make(doc, Money, a.start, a.end, value=a.value, value_max=a.value_max,
                   qualifier=a.qualifier, currency="VND", per=a.per,
                   rule="money.implied_currency", confidence=min(a.confidence, 0.8))
    yield from _symbol_before(doc)
    yield from _shorthand(doc)


def _cue_near(text: str, pos: int) -> bool:
    """False when no cue word of ``implied_vnd_after`` can stand before an amount at the number at
    `pos` (:data:`_CUE_RUNS`): the number is not read."""
    near = text[max(0, pos - _CUE_REACH):pos].casefold()
    return any(w in near for w in _CUE_RUNS)


def _symbol_before(doc: Document) -> Iterator[Money]:
    """``$50``, ``US$ 5``, ``€20``, ``£3``, ``¥100``, ``₫50.000``: a symbol before the number."""
    text = doc.text
    for pos, _ in number_spans(doc):
        if pos == 0 or text[pos - 1] not in _SYMBOL_LAST and not (
                pos > 1 and text[pos - 1] in " \u00a0\u202f" and text[pos - 2] in _SYMBOL_LAST):
            continue
        sym = _SYMBOL_BEFORE.search(text, max(0, pos - 5), pos)
        m = match_near(_AFTER_SYMBOL, text, pos) if sym else None
        if m is None or sym is None:
            continue
        pre = read_prefix(text, sym.start())
        if pre is None or blocked_before(text, pre.start):
            continue
        try:
            r = parse_number(m.group("n1"))
        except ValueError:
            continue
        factor = scale_factor(m.group("scale"))
        try:
            value = scaled(-r.value if pre.negative else r.value, factor)
        except ValueError:
            continue  # past the float range: no record rather than inf
        yield make(doc, Money, pre.start, m.end(), value=value, qualifier=pre.qualifier,
                   currency=_SYMBOLS[sym.group("sym")], rule="money.symbol_before",
                   confidence=min(r.confidence, _LESS_SURE.get(sym.group("sym"), 1.0)))


_SYMBOL_LAST = frozenset(s[-1] for s in _SYMBOLS)


def _shorthand(doc: Document) -> Iterator[Money]:
    """``50k``, ``1tr2``, ``2,5tr`` after a money word in the same clause (``giá vé 50k``)."""
    text = doc.text
    for m in matches_before_words(doc, _SHORTHAND, _SHORT_AFTER):
        pre = read_prefix(text, m.start())
        if pre is None or blocked_before(text, pre.start):
            continue
        if _SHORT_CONTEXT.search(text, max(0, pre.start - 64), pre.start) is None:
            continue
        short = _SHORT[m.group("suffix").lower()]
        tail = m.group("tail")
        if tail and (not short.tail or not m.group("n1").isdigit()):
            continue  # "1,5tr2", "5k2": not understood
        try:  # the digits after "tr" continue the decimals: "1tr2" reads as "1,2"
            r = parse_number(m.group("n1") + (f",{tail}" if tail else ""))
        except ValueError:
            continue
        try:
            value = scaled(-r.value if pre.negative else r.value, short.factor)
        except ValueError:
            continue  # past the float range: no record rather than inf
        yield make(doc, Money, pre.start, m.end(), value=value, qualifier=pre.qualifier,
                   currency="VND", rule="money.shorthand", confidence=min(r.confidence, 0.8))
