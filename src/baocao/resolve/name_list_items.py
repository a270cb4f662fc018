"""A list of statements whose item's name holds commas: in ``…, công nghiệp chế biến, chế tạo tăng 7,8%, sản
xuất và phân phối điện, khí đốt tăng 18,3%`` or ``…; cung cấp nước, hoạt động quản lý và xử lý nước thải, rác
thải giảm 6,18%`` each item of the list is a name and its figure, so the pieces with no figure between the
separator that ends the statement before and the name's own comma are pieces of that name, not a clause of
their own (``khí đốt`` → ``sản xuất và phân phối điện, khí đốt``), even where the tagger reads their first
word a verb (``sản xuất``, ``cung cấp``) and so :func:`baocao.resolve.enumerations.over_enumeration` leaves
them out. Only where the separator follows a figure, perhaps with its comparison base (``so cùng kỳ``; not a
phrase of the figure's own: ``Tỉnh ủy … đã 03 lần sửa đổi, bổ sung quy chế làm việc, Tỉnh ủy Bắc Kạn đã 02
lần``), the next figure is of that figure's kind and unit (``đạt 300 tấn, chăn nuôi phát triển ổn định, đàn
bò tăng 5%`` is no list), the pieces hold no figure, no clause word, no verb that cuts a head and no filler or
opener at their start, and the name after the comma opens with no measure's head (``…, kinh tế phục hồi,
giá trị sản xuất tăng 7%``: a statement of its own). A piece the tagger reads as a clause is none either: one
that opens with a conjunction or a preposition (``…, mặc dù nhiều khó khăn, doanh thu lữ hành tăng 15%``) or ends
with a verb and its adverb or adjective, a predicate (``…, nuôi trồng phát triển mạnh, khai thác tăng 3%``). Read by
:func:`baocao.resolve.enumerations.over_enumeration`."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Optional

import regex

from baocao.resolve.context import Context, folded_unit
from baocao.resolve.phrases import PHRASE_CACHE_SIZE, SOURCE_IN_PLACE, name_in
from baocao.resolve.reach import comma_before
from baocao.resolve.tagger import tags as pos_tags
from baocao.resolve.vocabulary import CLAUSE_WORD, HEAD_CUT_VERB, MAX_NAME_WORDS, NAME_HEAD

if TYPE_CHECKING:
    from baocao.resolve.context import FigureRecord

__all__ = ["statement_item_start"]

ITEM_REACH = 160
"""How far back from a name's comma the separator that ends the statement before is looked for."""
BASE_WORDS = 5
"""Between the figure of the statement before and its separator, at most this many words, a comparison base
(``so với cùng kỳ năm trước``), and no figure."""

# the last comma or semicolon before a piece (reverse search); a full stop, colon, parenthesis or line
# break first means the pieces open a sentence or an aside: no list of statements
_SEPARATOR = regex.compile(r"(?r)[,;:\n(.]")
# a stop between the figure before and its separator: that figure is no statement the separator ends
_STOP = regex.compile(r"[,;:.\n()]")
# on folded text: what may stand between the figure before and its separator, nothing or a comparison base
_BASE = regex.compile(r"\s*(?:so(?!\p{L})[^,;:.\n()]*)?")


def statement_item_start(ctx: Context, a: int, b: int) -> Optional[int]:
    """The start of the item of a list of statements whose name [a, b) is the last piece after a comma
    (see the module's text); None when the name is no such item."""
    text = ctx.text
    if NAME_HEAD.match(ctx.lower, a) or CLAUSE_WORD.search(ctx.folded, a, b):
        return None
    pos = a
    while True:
        comma = comma_before(text, pos)
        if comma < 0:
            return None
        m = _SEPARATOR.search(text, max(0, comma - ITEM_REACH), comma)
        if m is None or m.group() not in ",;":
            return None
        piece = text[m.end():comma]
        if not piece.strip() or any(ch.isdigit() for ch in piece):
            return None
        lead = m.end() + len(piece) - len(piece.lstrip())
        kept = name_in(ctx, lead, comma)
        if kept is None or kept != (lead, comma) or SOURCE_IN_PLACE.match(ctx.folded, lead, comma + 1) \
                or CLAUSE_WORD.search(ctx.folded, lead, comma) or HEAD_CUT_VERB.search(ctx.lower, lead, comma):
            return None
        start = lead
        if len(text[start:b].split()) > MAX_NAME_WORDS:
            return None
        before = _statement_before(ctx, m.start())
        if before is not None:
            # the tagger, the dearest test, asked last: a piece it reads as a clause ends the search
            return start if _same_kind_after(ctx, before, b) and not _tagged_a_clause(text[lead:comma]) else None
        if m.group() != "," or _tagged_a_clause(text[lead:comma]):
            return None
        pos = m.end()


def _statement_before(ctx: Context, sep: int) -> Optional[FigureRecord]:
    """The figure that ends right before the separator at ``sep``, or at most ``BASE_WORDS`` words with no
    figure and no stop before it (``tăng 9,15% so cùng kỳ;``); None when there is none."""
    for rec in reversed(ctx.figures_from(max(0, sep - ITEM_REACH), sep)):
        if rec.end > sep:
            continue
        between = ctx.text[rec.end:sep]
        if any(ch.isdigit() for ch in between) or _STOP.search(between) or len(between.split()) > BASE_WORDS \
                or not _BASE.fullmatch(ctx.folded, rec.end, sep):
            return None     # words after the figure that are no comparison base: its phrase ("03 lần sửa đổi, …")
        return rec
    return None


def _same_kind_after(ctx: Context, before: FigureRecord, b: int) -> bool:
    """True when the first figure after the name's end ``b`` (within ``ITEM_REACH``) is of the kind and unit of
    the statement before's (``tăng 7,8%, … tăng 18,3%``): the items of one list; not ``Sản lượng lúa đạt 300
    tấn, chăn nuôi phát triển ổn định, đàn bò tăng 5%``."""
    after = ctx.figures_from(b, b + ITEM_REACH)
    return bool(after) and after[0].kind == before.kind and folded_unit(after[0]) == folded_unit(before)


@lru_cache(maxsize=PHRASE_CACHE_SIZE)
def _tagged_a_clause(piece: str) -> bool:
    """True when the tagger reads ``piece`` as a clause: it opens with a conjunction or a preposition (``mặc dù
    nhiều khó khăn``, ``do thời tiết thuận lợi``) or ends with a verb and an adverb or adjective (``nuôi trồng
    phát triển mạnh``); not an industry's name (``sản xuất và phân phối điện``) nor a place's (``Hòa Phong``)."""
    try:
        tags = [t for _, t in pos_tags(piece)]
    except Exception:  # pragma: no cover - the tagger is optional help, never a failure
        return False
    return bool(tags) and (tags[0] in ("C", "E") or (len(tags) >= 2 and tags[-2] == "V" and tags[-1] in ("A", "R")))
