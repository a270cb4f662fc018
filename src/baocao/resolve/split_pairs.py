"""A name cut inside a pair of one-syllable words that share the word after them: ``xuất, nhập khẩu``.

A report writes two compounds that share their second syllable as one (``xuất, nhập khẩu`` for ``xuất khẩu,
nhập khẩu``; ``phòng, chống dịch bệnh``; ``nông, lâm nghiệp``): the comma inside is no end of a piece of an
enumeration, and the name that opens with the pair's second word (``nhập khẩu``) starts with the piece
before the comma, whatever its length (``thu lĩnh vực xuất, nhập khẩu là 12.500 tỷ đồng``, 428 Kiến Thức;
``Tổng chi phí đã chi cho công tác phòng, chống dịch bệnh đến nay hơn 20 tỷ đồng``, 225 Báo Ảnh Đất Mũi;
``Giá trị tăng thêm nhóm ngành nông, lâm nghiệp và thủy sản tăng 6,42%``, 340 Báo Bình Thuận). The pairs are
``split_pairs`` (``data/indicators.yaml``). Read by :func:`baocao.resolve.enumerations.over_enumeration`.

Not a piece that holds a figure or a separator (the piece reaches back to the last one), nor one that holds
nothing but fillers; two whole words (``xuất khẩu, nhập khẩu``) are an enumeration, read as before.
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.resolve.context import Context
from baocao.resolve.phrases import name_in
from baocao.resolve.reach import comma_before
from baocao.resolve.vocabulary import WORDS

__all__ = ["split_pair_start"]

PIECE_REACH = 160
"""The piece before the pair's comma is read this many characters back at most."""

_PAIRS = frozenset(tuple(p.split(", ")) for p in WORDS.split_pairs)
# on lower-cased text: the last word before the comma (its end is the comma's offset)
_LAST_WORD = regex.compile(r"(?r)(?<![\p{L}\p{M}])[\p{L}\p{M}]+[ \u00a0]*\Z")
_FIRST_WORD = regex.compile(r"[\p{L}\p{M}]+(?![\p{L}\p{M}])")
# a separator that ends the piece before (reading back from the comma): a mark, a figure's digit
_PIECE_START = regex.compile(r"(?r)[,;:.!?\n()\d]")


def split_pair_start(ctx: Context, a: int, b: int) -> Optional[int]:
    """Where a name [a, b) that opens with the second word of a split pair (``nhập khẩu`` after ``xuất, ``)
    starts: at the start of the piece before the comma (fillers stripped); None when no pair is split there."""
    comma = comma_before(ctx.text, a)
    if comma < 0:
        return None
    first = _FIRST_WORD.match(ctx.lower, a, b)
    last = _LAST_WORD.search(ctx.lower, max(0, comma - 12), comma)
    if first is None or last is None or (last.group().strip(), first.group()) not in _PAIRS:
        return None
    sep = _PIECE_START.search(ctx.text, max(0, comma - PIECE_REACH), comma)
    if sep is None and comma > PIECE_REACH:
        return None
    if sep is not None and sep.group().isdigit():
        return None     # a figure in the piece: another statement's
    kept = name_in(ctx, sep.end() if sep is not None else 0, comma)
    return None if kept is None or kept[1] != comma else kept[0]
