"""A level written again in another unit of its kind, right after it: held by its statement.

A report may give a level in two currencies or two units of area, the second as an aside
(``GRDP bình quân đầu người … đạt trên 115 triệu đồng (4.560 USD)``, ``đạt 12.154 USD (tính cả dầu khí) tương
đương 281,2 triệu đồng``, ``diện tích tự nhiên 34.002,11 ha (340,02 km2)``): the same figure, no statement of its
own. :func:`restated_in_another_unit` says so (asked by :func:`~baocao.resolve.after_level.after_statement`); the
units of a kind are the currencies of the money records and ``restated_area_units``, the equal words
``restated_unit_words`` (``data/indicators.yaml``).

The second amount must follow the level with nothing between but a bracketed note without figures and either an
opening parenthesis that closes right after it, or an equal word (``tương đương``); a comma alone, another
figure or words that name something else keep it a figure of its own (``đạt 500 tỷ đồng, 20 triệu USD vốn FDI``,
``500 ha (trong đó 300 ha lúa)``), and so does an amount in the level's own unit or in another kind of unit
(``đạt 150 tỷ đồng (KH 12%)``).
"""
from __future__ import annotations

import regex

from baocao.core.rules import compile_at
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context, Draft, Figure, unit_of
from baocao.resolve.vocabulary import CURRENCIES, WORDS

__all__ = ["restated_in_another_unit"]

_AREA_UNITS = frozenset(WORDS.restated_area_units)
# on folded text, from the level's end to the figure: a note in brackets with no figure, then "(" or an equal word
_NOTE = r"(?:\([^()\d]{0,40}\)\s*)?"
_OPENS = regex.compile(rf"^\s*{_NOTE}\(\s*$")
_EQUAL = regex.compile(rf"^\s*{_NOTE},?\s*\(?\s*{words_pattern(WORDS.restated_unit_words)}\s*$")
_CLOSES = compile_at(r"\s*\)")


def _kind(unit: str | None) -> str | None:
    if unit in CURRENCIES:
        return "money"
    return "area" if unit in _AREA_UNITS else None


def restated_in_another_unit(ctx: Context, current: Draft, fig: Figure) -> bool:
    """True when ``fig`` writes ``current``'s level again in another unit of its kind, right after it."""
    if current.value is None or not current.figs:
        return False
    last, rec = current.figs[-1], fig.rec
    before, after = unit_of(last)[0], unit_of(rec)[0]
    if before != current.unit or before == after or _kind(before) is None or _kind(before) != _kind(after):
        return False
    gap = ctx.folded[last.end:rec.start]
    if _EQUAL.match(gap) is not None:
        return True
    return _OPENS.match(gap) is not None and _CLOSES.match(ctx.folded, rec.end, rec.end + 4) is not None
