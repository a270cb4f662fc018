"""A name that opens with another count is not the figure's: the words before a figure that start with a
number and join it as an item of a list (``với 7.084 học viên và 217 giáo viên giảng dạy``, whose chunk is
cut at the numeral's point: ``084 học viên``; ``1.024 lồng/131.293 m 3``) are the other count's phrase, and
so is the phrase after a figure that opens with the next figure (``4.130 bài và 176 trang truyền hình cơ
sở``, ``11,5 bác sỹ/vạn dân, 250 giường/1 vạn dân``). The figure is named by the phrase after it when it
has one of its own (``217 giáo viên giảng dạy`` → ``giáo viên giảng dạy``: :func:`another_count_before`,
:func:`phrase_after_no_numeral`, read by :func:`baocao.resolve.naming.named_by_phrase_before`), else it is
unattached with its reason (:func:`unattach_numeral_names`), never named by another figure's phrase. No
name of the gold opens with a numeral; a count that opens the clause of its figure stays in the name
(``38 công ty Hàn Quốc nộp ngân sách 500 tỷ đồng``), and so does a number inside a name (``xã đạt từ 15-18
tiêu chí``, ``trẻ em dưới 6 tuổi``)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from baocao.resolve.context import Context
from baocao.resolve.phrases import phrase_after

if TYPE_CHECKING:
    from baocao.resolve.context import FigureRecord

__all__ = ["another_count_before", "opens_with_a_numeral", "phrase_after_no_numeral", "unattach_numeral_names"]

# between a count's phrase and the next figure of its list (lower-cased text)
_JOINED = regex.compile(r"\s*(?:\([^()]{0,80}\)\s*)?(?:,|;|/|và|với)\s*")
# a digit first, or a sign or a decimal mark glued to one (",5 học viên")
_NUMERAL_FIRST = regex.compile(r"[.,\-−]?\p{Nd}")


def opens_with_a_numeral(ctx: Context, name: tuple[int, int]) -> bool:
    """True when the name [a, b) opens with a numeral (a digit, or a point, a comma or a sign glued to
    one)."""
    return _NUMERAL_FIRST.match(ctx.text, name[0], name[1]) is not None


def another_count_before(ctx: Context, name: tuple[int, int], figure: int) -> bool:
    """True when the name [a, b) before the figure at ``figure`` opens with a numeral and is joined to the
    figure as an item of a list (``và``, ``với``, a comma, a semicolon or a slash, after an aside or not:
    ``7.084 học viên và 217 giáo viên``, ``1.024 lồng/131.293 m 3``, ``7 nước công nghiệp … (G7) và 17/20
    nền kinh tế``): the name is the count before's, not the figure's. A count that opens the clause of the
    figure stays in its name (``38 công ty Hàn Quốc nộp ngân sách 500 tỷ đồng``)."""
    return opens_with_a_numeral(ctx, name) and _JOINED.fullmatch(ctx.lower, name[1], figure) is not None


def phrase_after_no_numeral(ctx: Context, rec: "FigureRecord", tail_end: int) -> Optional[tuple[int, int]]:
    """:func:`baocao.resolve.phrases.phrase_after`, None when the phrase opens with a numeral (the next
    figure's, see the module's text)."""
    after = phrase_after(ctx, rec, tail_end)
    return None if after is None or opens_with_a_numeral(ctx, after) else after


#: the reason :func:`unattach_numeral_names` gives a figure
NUMERAL_NAME = "the only phrase of the figure opens with another number"


def unattach_numeral_names(ctx: Context) -> None:
    """A statement whose name, once every rule has named it, is the phrase after its figure and opens with
    a numeral (the next figure's: ``11,5 bác sỹ/vạn dân, 250 giường/1 vạn dân``) or another count's phrase
    before it (:func:`another_count_before`) has no name of its own: its figures are unattached with
    :data:`NUMERAL_NAME`."""
    kept = []
    for draft in ctx.drafts:
        at = draft.name_start
        if draft.figs and at is not None and opens_with_a_numeral(ctx, (at, at + len(draft.name))) and (
                at > draft.figs[0].start or another_count_before(ctx, (at, at + len(draft.name)), draft.figs[0].start)):
            for rec in draft.figs:
                ctx.skip(rec, NUMERAL_NAME)
            continue
        kept.append(draft)
    ctx.drafts[:] = kept
