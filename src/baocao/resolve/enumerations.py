"""Enumerations before a name: a name that begins with a small letter right after a comma is the last
piece of an enumeration (``Khu vực nông, lâm nghiệp và thủy sản tăng 3%``), and its start moves back over
the enumeration's short pieces (:func:`over_enumeration`)."""
from __future__ import annotations

import regex

from baocao.resolve.context import Context
from baocao.resolve.enumeration_heads import head_opens_enumeration
from baocao.resolve.name_industries import industry_before, industry_start
from baocao.resolve.phrases import SOURCE_IN_PLACE, name_in, starts_with_noun, verb_only
from baocao.resolve.vocabulary import (
    CLAUSE_WORD, ENUMERATION_CONTEXT, GLUED_STOP, GROWTH_NAME_AT, HEAD_CUT_VERB, MAX_NAME_WORDS, NAME_HEAD,
)

__all__ = ["over_enumeration"]


ENUMERATION_WORDS = 3
"""A piece of an enumeration before a name is at most this many words (``Khu vực nông``)."""
PIECE_REACH = 160
"""A piece of an enumeration is looked for this many characters back from its comma; one longer (no
separator within reach) is a clause, never a piece (and never cut in the middle of a word)."""
# not "TP. Đà Nẵng", nor a hyphen that joins two words ("ngành nông-lâm nghiệp, thủy sản"); an ellipsis, and a
# glued stop ("xã An Nhơn...Đến nay, …": resolve/vocabulary.py GLUED_STOP), end a sentence as a segment's
# separator does
_PIECE_START = regex.compile(r"(?r)[,;:\n(+•–…]|(?<!\p{L})-|-(?!\p{L})|(?<!(?<!\p{L})(?:TP|TX|Tp|Tx))\.\s|"
                             + GLUED_STOP)


def over_enumeration(ctx: Context, a: int, b: int) -> int:
    """The start of a name [a, b) moved back over the enumeration it ends (:func:`_over_enumeration`). The
    rules of a name ask about the same name twice or more (half the calls over the benchmark archive): the
    answer, which reads only the text and its figures, is kept on the context (``scans``)."""
    memo = ctx.scans.get(_MEMO)
    if memo is None:
        memo = ctx.scans[_MEMO] = {}
    start = memo.get((a, b))
    if start is None:
        start = memo[a, b] = _over_enumeration(ctx, a, b)
    return start


_MEMO = "over_enumeration"    # the key of over_enumeration's answers in a context's scans


def _over_enumeration(ctx: Context, a: int, b: int) -> int:
    """The start of a name [a, b) that begins with a small letter right after a comma, moved back
    over the short pieces of the enumeration it ends (``Khu vực nông, lâm nghiệp và thủy sản tăng 3%``:
    ``lâm nghiệp và thủy sản`` → ``Khu vực nông, lâm nghiệp và thủy sản``; not a name that opens with a
    growth name, a whole name: ``…, nông dân, nông thôn, tốc độ tăng trưởng lĩnh vực nông nghiệp``),
    provided the first
    piece starts with a noun (``Quản lý, bảo vệ tốt diện tích rừng``: verbs, no enumeration of the
    name); a piece that is only fillers or a period (``Năm 2024, tổng thu …``, ``Trong đó, dịch vụ
    …``) is context, not a piece."""
    text = ctx.text
    first = a
    starts: list[int] = []
    if GROWTH_NAME_AT.match(ctx.folded, a):
        return a        # "…, nông dân, nông thôn, tốc độ tăng trưởng lĩnh vực nông nghiệp": a whole name
    industry = industry_start(ctx, a, b)
    if industry is not None:    # "ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải"
        a = first = industry
    while True:
        comma = a - 1
        while comma >= 0 and text[comma] in " \u00a0":
            comma -= 1
        if comma < 0 or text[comma] != "," or not text[a:a + 1].islower():
            break
        if a == first and industry_before(ctx, a, comma):
            break             # "Trong khu vực nông, lâm nghiệp và thủy sản, ngành thủy sản …": a frame
        m = _PIECE_START.search(text, max(0, comma - PIECE_REACH), comma)
        if m is None and comma > PIECE_REACH:
            break
        start = m.end() if m else 0
        piece = text[start:comma]
        words = piece.split()
        if not words or any(ch.isdigit() for ch in piece) or SOURCE_IN_PLACE.match(ctx.folded, start, comma + 1):
            break             # a source ("Căn cứ số liệu của Cục Thống kê, …") is no piece
        kept = name_in(ctx, start, comma)
        if kept is None:
            break             # only fillers or a period: context, not a piece
        if kept[0] != start + len(piece) - len(piece.lstrip()):
            # an opener or the reporting place at its start, then a short piece that opens the
            # enumeration ("Trong đó khu vực nông, lâm nghiệp, thủy sản đạt …"): the piece without them,
            # and no piece before (not after a verb: "nâng tổng số bản, tổ dân phố …", "Tăng cường …";
            # not a place: "trên địa bàn tỉnh, dịch tả lợn châu Phi xảy ra tại 185 hộ")
            if (2 <= len(ctx.text[kept[0]:comma].split()) <= ENUMERATION_WORDS and kept[1] == comma
                    and text[kept[0]].islower()
                    and ENUMERATION_CONTEXT.fullmatch(ctx.folded, start, kept[0])
                    and starts_with_noun(text[kept[0]:b])):
                starts.append(kept[0])
            elif kept[1] == comma and head_opens_enumeration(ctx, start, kept[0], comma):
                starts.append(kept[0])   # "Trong đó giá trị nông nghiệp, chăn nuôi, thủy sản đạt …"
            break
        if len(words) > ENUMERATION_WORDS:
            # a longer piece can only open the enumeration ("Giá trị sản xuất khu vực nông, lâm, …"), and
            # not one with no name head that a piece opening with one follows: that piece opens it ("… tiêu
            # thụ sản phẩm tốt, kim ngạch xuất, nhập khẩu ước 49,6 tỷ USD" → "kim ngạch xuất, nhập khẩu")
            if (len(words) <= MAX_NAME_WORDS
                    and not (NAME_HEAD.match(ctx.lower, a) and not NAME_HEAD.match(ctx.lower, kept[0]))
                    and (not CLAUSE_WORD.search(ctx.folded, kept[0], comma)
                         or (a == first and _passive_pair(ctx, kept[0], comma, a, b)))
                    and not HEAD_CUT_VERB.search(ctx.lower, kept[0], comma)
                    and starts_with_noun(text[kept[0]:b])):
                starts.append(kept[0])
            break
        a = kept[0]
        starts.append(a)
    while starts and not starts_with_noun(text[starts[-1]:b]):
        starts.pop()
    return starts[-1] if starts else first


PASSIVE_WORDS = 3
"""The second verb of a measure's passive pair (``được thu gom, xử lý``) is at most this many words."""
_PASSIVE = "duoc"


def _passive_pair(ctx: Context, start: int, comma: int, a: int, b: int) -> bool:
    """True when the piece [start, comma) opens with a name head and holds no clause word but ``được``,
    and the name [a, b) after its comma is a short verb: the second of the two verbs of a passive measure
    (``Tỷ lệ chất thải rắn đô thị được thu gom, xử lý đạt 80%``), no clause before a name."""
    if not NAME_HEAD.match(ctx.lower, start) or len(ctx.text[a:b].split()) > PASSIVE_WORDS:
        return False
    if any(m.group() != _PASSIVE for m in CLAUSE_WORD.finditer(ctx.folded, start, comma)):
        return False
    return verb_only(ctx.text[a:b])
