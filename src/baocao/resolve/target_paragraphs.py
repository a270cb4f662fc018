"""A paragraph a sentence of targets opens lists targets to its end: its later sentences, no colon before
them, go on with the list.

A council's or a congress's news often opens a paragraph with the targets it set, then writes one
target a sentence, without a colon or a target word of its own:

- ``Mục tiêu tổng quát năm 2023 phấn đấu tổng thu nhập xã hội … đạt 621 tỉ đồng, …. Thu nhập bình quân
  đạt 59 triệu đồng/người/năm. Năng suất lúa bình quân đạt 63 tạ/ha. …`` (targets, all);
- ``… thống nhất đề ra một số chỉ tiêu cho nhiệm kỳ 2020 – 2025, gồm thu nhập bình quân đầu người hằng
  năm tăng trên 3 triệu đồng, …. Tỷ lệ hộ nghèo giảm dưới 5%.`` (the 5% is a target).

The paragraph's first sentence opens such a list when its first statement is a target and the text
before that statement's first figure names a list of targets (``target_list``: ``mục tiêu``, ``đề ra``,
``các chỉ tiêu``, not a name such as ``Chương trình mục tiêu quốc gia``) and does not say they were
reached (``các chỉ tiêu đạt và vượt``), carried out or compared with (``Thực hiện mục tiêu kép, …``:
``plan_done_verbs``; ``đạt mục tiêu``). The statements of its later sentences framed ``actual`` by nothing
of their own are targets, up to the end of the paragraph or the first sentence that reads as a result
(``target_paragraph_stops``: ``đã``, ``năm qua``, ``ước``, ``cùng kỳ`` …: ``… Năm qua, thu ngân sách
đạt …``; or a statement read against the plan: ``đạt 520 tỷ đồng, vượt 4% mục tiêu``) or writes a year the
first sentence does not (``Năm 2020, thu nhập … đạt 50 triệu đồng``), which ends the list; an aside in a parenthesis is left as it is, and a statement dated by its
own words to an earlier year is actual again (:func:`~baocao.resolve.periods.framing_by_time`). The
colon's list (``đề ra 29 chỉ tiêu chủ yếu như: …``) is a lead-in's (:mod:`~baocao.resolve.governing`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from baocao.resolve._rules import target_words_pattern
from baocao.resolve.reach import STOP_MARK, sentence_end_within, sentence_start_within
from baocao.resolve.plan_bases import sets_targets
from baocao.resolve.vocabulary import WORDS, exact_words

if TYPE_CHECKING:
    from baocao.resolve.context import Context, Draft

__all__ = ["carry_target_paragraphs", "free_statement"]

LEAD_REACH = 300
"""How far before a sentence's first figure its start is looked for (a longer lead opens no list)."""
SENTENCE_REACH = 400
"""How far after a figure the end of its sentence is looked for, to read the sentence's stop words."""
#: The words that end a list or a run of targets (``target_paragraph_stops``), with their diacritics, on the
#: lowered text: "đã", not the "đa" of "hộ nghèo đa chiều" (read by :mod:`~baocao.resolve.target_runs` too).
TARGET_STOPS = regex.compile(exact_words(WORDS.target_paragraph_stops))
_LIST_WORD = regex.compile(target_words_pattern(WORDS.target_list))
#: A year written in the text (``2025``; not a part of a longer number).
YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _sentence_end(ctx: Context, pos: int) -> int:
    return sentence_end_within(ctx.text, pos, SENTENCE_REACH)


def free_statement(draft: Draft) -> bool:
    """An ``actual`` statement that nothing of its own frames, not an aside in a parenthesis."""
    return draft.framing == "actual" and not draft.framing_own and not draft.in_parens and not draft.summary


def _years(ctx: Context, a: int, b: int) -> set[str]:
    return {m.group() for m in YEAR.finditer(ctx.text, a, b)}


def _opens_list(ctx: Context, draft: Draft) -> Optional[set[str]]:
    """When ``draft``, the first statement of its paragraph, opens a list of targets (a target, not in a
    parenthesis, whose sentence starts the paragraph and names a list of targets before it): the years
    its sentence writes; else None."""
    if draft.framing != "target" or draft.in_parens or draft.summary:
        return None
    start = draft.figs[0].start
    s = sentence_start_within(ctx.text, start, LEAD_REACH)
    if s > 0 and ctx.text[s - 1] != "\n":
        return None         # a sentence after another in its paragraph, or a lead longer than the reach
    if not sets_targets(ctx, s, start, _LIST_WORD):
        return None         # no list named, or targets reached, carried out or compared with ("đạt mục tiêu")
    return _years(ctx, s, _sentence_end(ctx, draft.figs[-1].end))


def _measured_against_a_plan(drafts: list[Draft], i: int, end: int) -> bool:
    """Whether a statement of the sentence whose first statement is ``drafts[i]`` (up to ``end``) is read
    against a plan (``… đạt 520 tỷ đồng, vượt 4% mục tiêu``): a result, no target."""
    for j in range(i, len(drafts)):     # no slice: a copy of the rest of the list at each sentence
        if drafts[j].figs and drafts[j].figs[0].start >= end:
            break
        if drafts[j].achievement_pct is not None:
            return True
    return False


def carry_target_paragraphs(ctx: Context, drafts: list[Draft]) -> None:
    """Frame as targets the statements of ``drafts`` (in text order) in the later sentences of a paragraph
    whose first sentence opens a list of targets, up to a sentence that reads as a result or writes a year
    the first sentence does not (see the module's text)."""
    last_end = -1
    years: Optional[set[str]] = None    # the years of the sentence that opened a list running in this paragraph
    in_lead = False     # still in the paragraph's first sentence (carry_estimates frames it)
    for i, draft in enumerate(drafts):
        if not draft.figs:
            continue
        start = draft.figs[0].start
        if last_end < 0 or "\n" in ctx.text[last_end:start]:
            years, in_lead = _opens_list(ctx, draft), True
        elif years is not None and STOP_MARK.search(ctx.text, last_end, start) is not None:
            # the first statement of a later sentence: a result or another year ends the list
            in_lead = False
            s = sentence_start_within(ctx.text, start, start - last_end)
            e = _sentence_end(ctx, draft.figs[-1].end)
            if (TARGET_STOPS.search(ctx.lower, s, e) is not None or draft.framing == "estimate"
                    or not _years(ctx, s, e) <= years or _measured_against_a_plan(drafts, i, e)):
                years = None
        if years is not None and not in_lead and free_statement(draft):
            draft.framing = "target"
        last_end = max(last_end, draft.figs[-1].end)
