"""Counts of what an award or a gift went to, and what a gift is worth: no indicators.

``UBND P. Khuê Trung và 1 cá nhân Q. Cẩm Lệ vinh dự nhận Bằng khen``, ``2 tập thể và 5 cá nhân có thành tích … được
UBND huyện khen thưởng``: a count of those commended (``commended_units``: units the extractors read only as the
recipients of a commendation) in a sentence with a word of commendation (``commendation_words``) counts the
recipients of the award, not anything the place measures. ``trao 10 ngôi nhà, trị giá 500 triệu đồng cho các hộ
gia đình chính sách``: a count right after a gift verb (``gift_verbs``) with its worth after it (``worth_words``),
and that worth, are a gift handed over at the event. :func:`award_count` names the reason (the award reason of
:mod:`baocao.resolve.other_figures`), else None. A count of those commended in a sentence with no word of
commendation, a count after a gift verb with no worth after it (``trao 1.200 giấy chứng nhận``), stay.
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.fold import fold
from baocao.core.rules import compile_at
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.other_figures import AWARD_REASON
from baocao.resolve.reach import line_start_within
from baocao.resolve.triggers import Trigger
from baocao.resolve.vocabulary import WORDS, exact_words

__all__ = ["award_count", "may_be_award_count"]

LOOK_BACK = 400
"""How far before and after a count its line is read for a word of commendation."""
GIFT_REACH = 24
"""How far before a count its gift verb is looked for."""
WORTH_REACH = 48
"""How far after a gift's count its worth is looked for, and before a worth its gift's count."""

_COMMENDED = frozenset(fold(u) for u in WORDS.commended_units)
_COMMENDATION = regex.compile(exact_words(WORDS.commendation_words))
# a sentence's stop within the line: ".", "!", "?" or "…" before a space, not after an abbreviation of one or two
# capitals ("P. Khuê Trung", "Q. Cẩm Lệ", "TP. Huế"), which ends no sentence
_STOP = regex.compile(r"(?<!(?<![\p{L}\p{N}])\p{Lu}{1,2})[.!?…](?=\s)")
# the patterns matched where the text before the figure ends are read leftwards (as in resolve/events.py)
_GIFT_BEFORE = compile_at(rf"{exact_words(WORDS.gift_verbs)}\s*$", regex.REVERSE)
# after the gift's count: a few words that are no figure, perhaps a comma, then the worth
_WORTH_AFTER = compile_at(rf"[^\d,;:.\n]{{0,30}}?\s*,?\s*{exact_words(WORDS.worth_words)}(?![\p{{L}}\p{{N}}])")
_WORTH_BEFORE = compile_at(rf"{exact_words(WORDS.worth_words)}\s*$", regex.REVERSE)
_GIFT_THEN_COUNT = compile_at(
    rf"{exact_words(WORDS.gift_verbs)}\s+\d[\d.,]*\s+[^\d,;:.\n]{{1,30}}?\s*,?\s*$", regex.REVERSE)


def award_count(ctx: Context, fig: Figure) -> Optional[str]:
    """The award reason when ``fig`` counts those commended in a sentence of commendation, or counts a gift
    handed over with its worth, or is that worth; else None."""
    rec = fig.rec
    low = ctx.lower
    if rec.kind == "quantity" and folded_unit(rec) in _COMMENDED:
        # its sentence within its line; an abbreviation's stop ("1 cá nhân Q. Cẩm Lệ vinh dự nhận Bằng khen") ends
        # none, and a word of commendation in the next sentence is not this count's ("Toàn tỉnh có 1.250 cá nhân
        # tham gia bảo hiểm xã hội tự nguyện. Tỉnh đã tặng bằng khen …": an indicator)
        start = line_start_within(low, rec.start, LOOK_BACK)
        end = low.find("\n", rec.end, rec.end + LOOK_BACK)
        end = end if end >= 0 else min(len(low), rec.end + LOOK_BACK)
        for stop in _STOP.finditer(ctx.text, start, end):
            if stop.start() < rec.start:
                start = stop.end()
            elif stop.start() >= rec.end:
                end = stop.start()
                break
        if _COMMENDATION.search(low, start, end) is not None:
            return AWARD_REASON
        return None
    if rec.kind == "quantity" and _GIFT_BEFORE.match(low, max(0, rec.start - GIFT_REACH), rec.start):
        if _WORTH_AFTER.match(low, rec.end, rec.end + WORTH_REACH) is not None:
            return AWARD_REASON
        return None
    if rec.kind == "money":
        worth = _WORTH_BEFORE.match(low, max(0, rec.start - GIFT_REACH), rec.start)
        if worth is not None and _GIFT_THEN_COUNT.match(low, max(0, worth.start() - WORTH_REACH - GIFT_REACH),
                                                        worth.start()) is not None:
            return AWARD_REASON
    return None


# the words each branch of award_count needs within the windows it reads (see resolve/triggers.py)
_COMMENDATION_TRIGGER = Trigger("commendation_words", WORDS.commendation_words)
_GIFT_TRIGGER = Trigger("gift_verbs", WORDS.gift_verbs)
_WORTH_TRIGGER = Trigger("worth_words", WORDS.worth_words)


def may_be_award_count(ctx: Context, fig: Figure) -> bool:
    """False only where :func:`award_count` gives no reason: a count of those commended with no word of
    commendation within :data:`LOOK_BACK` of it, a count with no gift verb and a sum with no worth word in the
    :data:`GIFT_REACH` before it."""
    rec = fig.rec
    if rec.kind == "quantity":
        if folded_unit(rec) in _COMMENDED:
            return _COMMENDATION_TRIGGER.within(ctx, rec.start - LOOK_BACK, rec.end + LOOK_BACK)
        return _GIFT_TRIGGER.within(ctx, rec.start - GIFT_REACH, rec.start)
    return rec.kind == "money" and _WORTH_TRIGGER.within(ctx, rec.start - GIFT_REACH, rec.start)
