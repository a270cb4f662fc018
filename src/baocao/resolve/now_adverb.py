"""The adverb ``hiện`` (now) before a statement's figure: the statement holds at the document's date.

``hiện nay`` and ``đến nay`` (``now_words``) date a statement after them by the document's own date, not
by a period written earlier (docs/records.md, §indicator ``period``, rule 5). Reports write the same with
``hiện`` alone, before a verb of having or reaching (``toàn tỉnh hiện có 826 cơ sở lưu trú``, ``tổng số hộ
nghèo hiện còn …``, ``thu nhập bình quân đầu người của xã hiện đạt …``, ``(hiện đã chi hỗ trợ cho 1.880
hộ, …)``: ``now_adverb_verbs``) or opening a sentence before its subject (``Hiện quận có 10.134 cơ sở
thương mại - dịch vụ``, ``Hiện toàn huyện có trên 95% tuyến đường …``). The dev gold gives such
statements the document's period, never the year of an earlier sentence (097, 109, 133, 158, 184, 200,
221, 238, 242, 272 right already; 283, 287, 288, 289 dated by an earlier opener or aside before).

Not the syllable of a word (``thực hiện đạt 100%``, ``phát hiện có``: ``now_adverb_not_after``;
``Hiện đại hóa``, ``Hiện trạng``: ``now_adverb_not_before``). Unlike ``hiện nay`` the adverb reaches only
its own sentence: the statements after it there, within :data:`NOW_REACH` of it or with no figure between
(as :func:`baocao.resolve.periods.now_before` reads ``hiện nay``). A period the statement's own words or
its sentence's opener write still dates it (rules 1-3 come first: ``năm 2019, tổng số hộ nghèo hiện còn
16.003/80.276 hộ`` → ``2019``).
"""
from __future__ import annotations

import regex

from baocao.resolve.context import Context
from baocao.resolve.periods import NOW_REACH, NOW_SENTENCE_REACH
from baocao.resolve.reach import sentence_start_within
from baocao.resolve.vocabulary import NOT_LETTER_AFTER, NOT_LETTER_BEFORE, WORDS, exact_alternation

#: ``hiện`` (now) in the lower-cased clean text: before a verb of ``now_adverb_verbs`` (not after a
#: syllable of ``now_adverb_not_after``), or opening its sentence or an aside before a word that is not
#: one of ``now_adverb_not_before``.
NOW_ADVERB = regex.compile(
    rf"{NOT_LETTER_BEFORE}(?<!{exact_alternation(WORDS.now_adverb_not_after)}[ \u00a0]+)hiện[ \u00a0]+"
    rf"{exact_alternation(WORDS.now_adverb_verbs)}{NOT_LETTER_AFTER}"
    rf"|(?:^|(?<=[.!?(]\s*)|(?<=\n\s*))hiện[ \u00a0]+(?!{exact_alternation(WORDS.now_adverb_not_before)}{NOT_LETTER_AFTER})"
    r"(?=\p{L})")


def now_adverb_before(ctx: Context, pos: int) -> bool:
    """True when the adverb ``hiện`` (:data:`NOW_ADVERB`) stands before clean offset `pos` in its
    sentence, within :data:`NOW_REACH`, or within :data:`NOW_SENTENCE_REACH` with no figure between."""
    if "hiện" not in ctx.lower[max(0, pos - NOW_SENTENCE_REACH):pos]:   # most figures: no such word before them
        return False
    # the sentence's start (a match begins with "hiện", so the space after the stop changes nothing)
    a = sentence_start_within(ctx.text, pos, NOW_SENTENCE_REACH)
    last = None
    for last in NOW_ADVERB.finditer(ctx.lower, a, pos):
        pass
    return last is not None and (pos - last.end() <= NOW_REACH or not ctx.figures_from(last.end(), pos))
