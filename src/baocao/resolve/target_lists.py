"""Lists of targets a sentence adopts: ``Tại đại hội, các đại biểu đã biểu quyết thông qua 16 chỉ tiêu
nhiệm kỳ 2020-2025. Cụ thể, bình quân thu nhập đầu người … đạt 70 triệu đồng/người/năm; …``.

A count of ``chỉ tiêu`` after an adopting verb (``adopt_verbs``: ``thông qua``, ``đề ra``) adopts that
many targets; the list after it, after a colon or in the next sentence opened by a list opener
(``list_openers``: ``Cụ thể``), is a list of targets over the span of years written with the count
(the term). Not when the sentence says the targets were reached (``đạt 14/16 chỉ tiêu``): the list
after it gives results.
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.resolve._rules import target_words_pattern
from baocao.resolve.context import Context
from baocao.resolve.periods import period_in, without_period_at_ends
from baocao.resolve.phrases import name_in
from baocao.resolve.reach import SENTENCE_STOP_BEFORE, sentence_start_within
from baocao.resolve.reached_targets import says_reached
from baocao.resolve.vocabulary import ACHIEVEMENT_VERB, ADOPTED_TARGETS, BASE_AT_START, LIST_OPENER_AT_START, WORDS

__all__ = ["adopts_targets", "item_with_its_period", "list_of_adopted_targets", "names_target_list"]

#: a word that names a list of targets (``target_list``: ``đề ra``, ``các chỉ tiêu``; folded text)
TARGET_LIST_WORD = regex.compile(target_words_pattern(WORDS.target_list))
SENTENCE_REACH = 400
"""How far back from a list opener the sentence that adopts the targets is looked for."""


def adopts_targets(ctx: Context, a: int, b: int) -> bool:
    """True when [a, b) (clean offsets) adopts a count of targets and does not say they were reached
    (``thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025``; not ``đề ra 16 chỉ tiêu, đến nay đạt 14 chỉ tiêu``)."""
    m = ADOPTED_TARGETS.search(ctx.folded, a, b)
    return m is not None and ACHIEVEMENT_VERB.search(ctx.folded, m.end(), b) is None


def names_target_list(ctx: Context, a: int, b: int) -> bool:
    """True when the clause [a, b) (clean offsets) names a list of targets (:data:`TARGET_LIST_WORD`:
    ``Đảng bộ huyện đề ra 11 chỉ tiêu chủ yếu, như``) or adopts a count of them (:func:`adopts_targets`), and
    does not say they were reached (:func:`~baocao.resolve.reached_targets.says_reached`: ``đạt và vượt các
    chỉ tiêu Nghị quyết Đại hội đề ra``)."""
    if TARGET_LIST_WORD.search(ctx.folded, a, b) and not says_reached(ctx.text[a:b], ctx.folded[a:b]):
        return True
    return adopts_targets(ctx, a, b)


def list_of_adopted_targets(ctx: Context, a: int) -> Optional[tuple[Optional[str]]]:
    """For a sentence at clean offset `a` opened by a list opener (``Cụ thể, …``) right after a
    sentence that adopts a count of targets: (the period written in that sentence or None,), else None.

    >>> import baocao
    >>> r = baocao.parse("Đại hội thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, tỷ lệ hộ nghèo còn 2%.")
    >>> [(i.framing, i.period) for i in r.indicators if i.kind == "indicator"]
    [('target', '2020-2025')]
    """
    if LIST_OPENER_AT_START.match(ctx.folded, a) is None:
        return None
    end = SENTENCE_STOP_BEFORE.search(ctx.text, max(0, a - SENTENCE_REACH), a)
    if end is None:
        return None
    start = sentence_start_within(ctx.text, end.start(), SENTENCE_REACH)
    if not adopts_targets(ctx, start, end.start()):
        return None
    return (period_in(ctx, start, end.start()),)


def item_with_its_period(ctx: Context, s: int, e: int) -> bool:
    """True when the segment [s, e) without figures is an item of a list ended by ``;`` whose period
    ends it (``…; giữ vững danh hiệu xã nông thôn mới … vào cuối năm 2020; tỷ lệ … đạt 100%``): the
    period dates that item, not the items after it (a period that opens the segment, ``Năm 2023, kinh
    tế gặp khó khăn; GRDP tăng 5%``, still does)."""
    if ctx.text[e - 1:e] != ";":
        return False
    cut = without_period_at_ends(ctx, s, e - 1, ctx.folded[s:e - 1])
    if cut is None or cut[0] != s or BASE_AT_START.match(ctx.folded, cut[1]) is not None:
        # "Trong năm 2022, lĩnh vực này phát triển mạnh so với năm 2021; …": a comparison base that
        # ends the item is no period of it, and the opener still dates what follows
        return False
    return name_in(ctx, s, cut[1]) is not None
