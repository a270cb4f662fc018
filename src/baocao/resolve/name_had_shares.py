"""A share that the subject before it has: ``X có N% Y`` is the share of Y (in X), named by Y, whatever X
is: a place or places (``các địa phương như: Xuân Lộc, Long Khánh, Nhơn Trạch có 100% trường trung học cơ
sở đạt CQG``), a rank or claim about the subject (``Hà Nam cũng là tỉnh thứ 4 trong toàn quốc có 100% đơn
vị cấp huyện đạt chuẩn nông thôn mới``, ``là một trong 3 địa phương đầu tiên trong cả nước có 100% trường
tiểu học đạt chuẩn quốc gia``) or a body (``Đảng bộ huyện có trên 75% tổ chức cơ sở đảng``); read by
:func:`baocao.resolve.naming.named_by_phrase_before`.

Only a percentage right after ``có`` (with words of aspect before it) and a phrase after it with a noun
in its first two words; not when the text before holds a measure's head (``tỷ lệ``, ``diện tích``: that
names it), nor before a phrase that is no noun's (``trong đó có 45% phải đi qua Biển Đông``), nor for a
place that is an item of a list of parts, each with its own share (``Năm 2025: Thái Nguyên có 95,04% số xã đạt
chuẩn nông thôn mới, …; Bắc Kạn có 30% số xã …``: another place that has one follows in the sentence, or a
semicolon comes right before the place), named by the place as before."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from baocao.resolve.context import Context, Figure
from baocao.resolve.phrases import PHRASE_CACHE_SIZE, phrase_after
from baocao.resolve.tagger import tags as pos_tags
from baocao.resolve.vocabulary import NAME_HEAD

__all__ = ["share_had_after"]

# on lower-cased text: "có" right before the figure, words of aspect before it, after the name
_HAS_RIGHT_BEFORE = regex.compile(r"[ \u00a0]*(?:(?:hiện|đã|đang|cũng|vẫn)[ \u00a0]+)*có[ \u00a0]*\Z")
HAS_REACH = 24
"""How far before a figure the ``có`` (and its words of aspect) that end its lead may start."""
PARTS_REACH = 200
"""How far after a share the next item of a list of places with their shares is looked for."""
# to the sentence's end (line breaks of a PDF's text kept), then another place that has a share
_SENTENCE_AFTER = regex.compile(rf"[^.!?]{{0,{PARTS_REACH}}}")
_NEXT_PART = regex.compile(r"[,;]\s*(?:\p{Lu}['’]?\p{Ll}\p{L}*[ \u00a0]+){1,4}(?:đã[ \u00a0]+)?có[ \u00a0]")
_ITEM_BEFORE = regex.compile(r";\s*\Z")


def share_had_after(ctx: Context, fig: Figure, name: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The span of the phrase after a percentage that the subject before it has (see the module's text),
    None when the figure is no such share."""
    rec = fig.rec
    if rec.kind != "percentage" or name[1] > rec.start:
        return None
    if _HAS_RIGHT_BEFORE.search(ctx.lower, max(name[1], rec.start - HAS_REACH), rec.start) is None:
        return None
    if NAME_HEAD.search(ctx.lower, *name) is not None:
        return None     # "tỷ lệ … có": the measure is named before
    if _ITEM_BEFORE.search(ctx.text, max(0, name[0] - 4), name[0]) is not None:
        return None     # "…; Bắc Kạn có 30% số xã …": an item of a list of parts
    rest = _SENTENCE_AFTER.match(ctx.text, rec.end, min(len(ctx.text), rec.end + PARTS_REACH))
    if rest is not None and _NEXT_PART.search(rest.group()) is not None:
        return None     # "Thái Nguyên có 95,04% số xã …; Bắc Kạn có 30% …": the first of the parts
    after = phrase_after(ctx, rec, fig.tail_end)
    if after is None or not _noun_in_first_words(ctx.text[after[0]:after[1]]):
        return None
    return after


_NOUNS = ("N", "Np", "Nc", "Ny", "Nb")


@lru_cache(maxsize=PHRASE_CACHE_SIZE)
def _noun_in_first_words(phrase: str) -> bool:
    """True when underthesea tags one of the first two words of ``phrase`` a noun (``tổ chức cơ sở đảng``,
    whose first word it tags a verb; not ``phải đi qua``, ``hoàn thành xuất sắc``, ``trở lên``)."""
    try:
        tags = pos_tags(phrase)
    except Exception:  # pragma: no cover - the tagger is optional help, never a failure
        return False
    return any(t in _NOUNS for _, t in tags[:2])
