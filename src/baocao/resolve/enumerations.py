"""Enumerations before a name: a name that begins with a small letter right after a comma is the last
piece of an enumeration (``Khu vực nông, lâm nghiệp và thủy sản tăng 3%``), and its start moves back over
the enumeration's short pieces (:func:`over_enumeration`)."""
from __future__ import annotations

from typing import Optional

import regex

from baocao.resolve.context import Context
from baocao.resolve.enumeration_heads import head_opens_enumeration
from baocao.resolve.name_industries import industry_before, industry_start
from baocao.resolve.name_list_items import statement_item_start
from baocao.resolve.phrases import SOURCE_IN_PLACE, name_in, starts_with_noun, verb_only
from baocao.resolve.reach import comma_before
from baocao.resolve.split_pairs import split_pair_start
from baocao.resolve.verb_pairs import nouns_only, verb_and_object, verb_led_item, verbs_only
from baocao.resolve.vocabulary import (
    WORDS, exact_words, CLAUSE_WORD, ENUMERATION_CONTEXT, GLUED_STOP, GROWTH_NAME_AT, HEAD_CUT_VERB, MAX_NAME_WORDS, NAME_HEAD,
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
    if industry is None:    # "thu lĩnh vực xuất, nhập khẩu": one phrase, whatever the piece's length
        industry = split_pair_start(ctx, a, b)
    if industry is not None:    # "ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải"
        a = first = industry
    else:
        paired = _verb_pair(ctx, a, b)
        if paired is not None:  # "giới thiệu, tạo việc làm cho 5.320 lao động": one action, or no piece
            return paired
    while True:
        comma = comma_before(text, a)
        if comma < 0 or not text[a:a + 1].islower():
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
        if _JUDGED_PIECE.search(ctx.lower, start, comma) is not None and _GRADE_AFTER.match(ctx.lower, comma + 1) is None:
            break             # "… được kiểm soát chặt chẽ, tiết kiệm, hiệu quả, tổng chi": a judging clause
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
                    # folded here on purpose: a long piece with no word of the list's kind is a clause more often
                    # than the clause words tell ("Cơ cấu kinh tế chuyển dịch tích cực, công nghiệp tăng …")
                    and (not CLAUSE_WORD.search(ctx.folded, kept[0], comma)
                         or (a == first and _passive_pair(ctx, kept[0], comma, a, b)))
                    and not HEAD_CUT_VERB.search(ctx.lower, kept[0], comma)
                    and starts_with_noun(text[kept[0]:b])):
                starts.append(kept[0])
            break
        a = kept[0]
        starts.append(a)
    while starts and not starts_with_noun(text[starts[-1]:b]) and not _leads_a_list(ctx, starts, first, b):
        starts.pop()
    if not starts and industry is None:
        # "…, chế tạo tăng 7,8%, sản xuất và phân phối điện, khí đốt tăng 18,3%": an item of a list of statements
        item = statement_item_start(ctx, first, b)
        if item is not None:
            return item
    return starts[-1] if starts else first


# on lower-cased text: a piece that ends with a word judging how its subject fared (enumeration_judgements): the
# clause before the name, no piece of it ("tổng đàn vật nuôi duy trì và phát triển ổn định, đàn đại gia súc có …",
# 201 Báo Bắc Kạn; "Chi ngân sách … được kiểm soát chặt chẽ, tiết kiệm, hiệu quả, tổng chi 23.096 tỷ đồng", 417 Dân
# Việt), as a judging clause names no piece elsewhere (093 An Giang, 353 Hà Giang: "… ổn định, tổng diện tích …")
_JUDGED_PIECE = regex.compile(rf"{exact_words(WORDS.enumeration_judgements)}[ \u00a0]*\Z")
# on lower-cased text, right after that comma: a grade (enumeration_grades) that pairs with the judgement, both
# in the name ("Tỷ lệ học sinh khá, giỏi đạt 65%", "hoàn thành tốt, xuất sắc nhiệm vụ")
_GRADE_AFTER = regex.compile(rf"[ \u00a0]*{exact_words(WORDS.enumeration_grades)}")


def _leads_a_list(ctx: Context, starts: list[int], first: int, b: int) -> bool:
    """True when the first piece of an enumeration, one the tagger does not read a noun, is a verb alone or
    a verb and a noun (``vận tải``, ``thu thuế``) before a piece that is a noun, in a list of three items or
    more (``vận tải, bưu điện, du lịch tăng 7,7%``, ``thu thuế, phí và lệ phí đạt 72,47 tỷ đồng``): the list's
    first item, or the verb of its objects (not ``Quản lý, bảo vệ tốt …``, a verb before a verb, nor
    ``Phát triển mạnh, …``, a clause)."""
    nxt = starts[-2] if len(starts) > 1 else first
    if len(starts) < 2 and _AND.search(ctx.lower, first, b) is None:
        return False
    return verb_led_item(ctx.text[starts[-1]:nxt].rstrip(" ,\u00a0")) and starts_with_noun(ctx.text[nxt:b])


_AND = regex.compile(r"(?<!\p{L})và(?!\p{L})")


PAIR_WORDS = 3
"""The first verb of a pair of one action before a comma (``giới thiệu``, ``Tuyển chọn``) is at most this many words."""


def _verb_pair(ctx: Context, a: int, b: int) -> Optional[int]:
    """Where a name [a, b) that opens with a verb and its object (``tạo việc làm``: :func:`verb_and_object`)
    starts when a comma stands right before it: at the piece before the comma when that piece is a verb of
    at most ``PAIR_WORDS`` words that opens its clause (``giới thiệu, tạo việc làm``: two verbs of one action,
    :mod:`baocao.resolve.verb_pairs`); at ``a`` when the piece is a noun of at most ``ENUMERATION_WORDS``
    words, all nouns (``cơ sở thương mại - dịch vụ, tạo việc làm cho 18.971 người lao động``: a noun and an action are
    no pieces of one name; not ``Ngành sản xuất, chế biến thực phẩm``); None otherwise (the enumeration is read as before)."""
    text = ctx.text
    comma = comma_before(text, a)
    if comma < 0:
        return None
    # the piece first, the tagger last: it reads the name (``verb_and_object``) only after a short piece,
    # 211 of the 1,107 names after a comma of the benchmark archive (each condition is necessary; the
    # piece's ``name_in`` reads the text alone, remembered on the context)
    m = _PIECE_START.search(text, max(0, comma - PIECE_REACH), comma)
    start = m.end() if m else 0
    kept = name_in(ctx, start, comma)
    if kept is None or kept[1] != comma or any(ch.isdigit() for ch in text[kept[0]:comma]):
        return None
    piece = text[kept[0]:comma]
    if len(piece.split()) > max(PAIR_WORDS, ENUMERATION_WORDS) or not verb_and_object(text[a:b]):
        return None
    if len(piece.split()) <= PAIR_WORDS and verbs_only(piece):
        # a pair opens its clause; after another comma it is a list's items the tagger reads verbs ("dịch vụ
        # lưu trú, ăn uống, du lịch lữ hành …"), read as an enumeration
        return kept[0] if m is None or m.group() != "," else None
    if kept[0] == start + len(text[start:comma]) - len(text[start:comma].lstrip()) \
            and len(piece.split()) <= ENUMERATION_WORDS and nouns_only(piece):
        return a
    return None


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
