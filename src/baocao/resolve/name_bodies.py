"""Where the name of a count starts when the words before it are someone else's: a count joined by ``với``
or ``và`` to the count before it, whose phrase runs up to that word (``Tây Hòa có 6.252 cơ sở sản xuất với
10.644 lao động``: ``sản xuất`` is the phrase of ``6.252 cơ sở``, ``10.644 lao động`` is named ``lao động``;
``công nhận 6 xã đạt chuẩn nông thôn mới nâng cao và 1 xã đạt chuẩn nông thôn mới kiểu mẫu`` → ``xã đạt chuẩn
nông thôn mới kiểu mẫu``, not ``chuẩn nông thôn mới nâng cao``; :func:`beside_a_count`), and a count that a
bare administrative unit has (``Kết quả toàn huyện có 3.594 hộ nghèo``, ``Hiện quận có 10.134 cơ sở thương mại -
dịch vụ``: the unit, with no proper name, is the body that reports, never a part of a breakdown by place; the
words before it name nothing measured: the count is named by the phrase after it, ``hộ nghèo``;
:func:`had_by_a_body`). Both are read by
:func:`baocao.resolve.naming.named_by_phrase_before`; each gives the phrase after the figure, None when the
shape is not there or the figure has no phrase after it."""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

import regex

from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.count_units import COUNTED_THINGS
from baocao.resolve.phrases import has_letter, phrase_after
from baocao.core.fold import fold
from baocao.core.rules import compile_at
from baocao.resolve.vocabulary import (
    COUNT_UNITS, NAME_HEAD, NOT_LETTER_BEFORE, UNIT_WORDS_AT_END, WORD, WORDS, exact_alternation, exact_words,
)

__all__ = ["beside_a_count", "had_by_a_body"]

# on the text as written: the phrase of the count before (no stop, no parenthesis, no number), its last word, and
# "với" or "và" right before the figure
_WITH_AT_END = compile_at(r"[ \u00a0]*[^\d.,;:!?()\n]*?(?P<last>\p{L}+)[ \u00a0]+(?:với|và)[ \u00a0]*$")
# the folded units of counts of an activity's occasions (``occasion_units``)
_OCCASIONS = frozenset(fold(u) for u in WORDS.occasion_units)
# on the text as written: a bare administrative unit (``subject_places``, ``administrative_units``) in lower case
# (not a proper name's word, "Nhật Bản"), perhaps "toàn", "cả", "trên địa bàn" before it, not "cấp" (a level,
# which tells parts apart: "cấp tỉnh có 07/13 cơ quan …, cấp xã …"); no proper name after it; words of aspect
# and "có" right before the figure
_UNITS = exact_alternation(sorted({*WORDS.subject_places, *WORDS.administrative_units}, key=str.lower))
_BODY_HAS_AT_END = regex.compile(
    rf"{NOT_LETTER_BEFORE}(?<!(?i:cấp)[ \u00a0]+)(?:(?i:toàn|cả|trên[ \u00a0]+địa[ \u00a0]+bàn)[ \u00a0]+)?{_UNITS}"
    r"(?:[ \u00a0]+(?:hiện|đã|đang|cũng|vẫn))*[ \u00a0]+có[ \u00a0]*$")
# on lower-cased text: a count's head ("số", "tổng số": ``count_heads``)
_COUNT_HEAD = regex.compile(exact_words(WORDS.count_heads))
BODY_REACH = 40
"""How far before a figure the bare unit that has it (with ``toàn`` and words of aspect) may start."""


def beside_a_count(ctx: Context, fig: Figure) -> Optional[tuple[int, int]]:
    """The phrase after a count (a unit of things counted) whose lead runs from the end of another count right
    before it in its chunk to ``với`` or ``và`` (``826 cơ sở lưu trú với 28.562 phòng`` → ``phòng``; ``43 xã đạt
    chuẩn nông thôn mới nâng cao và 4 xã đạt nông thôn mới kiểu mẫu`` → ``xã đạt nông thôn mới kiểu mẫu``): the
    words of that lead are the other count's phrase, no name of this one. None otherwise (``Du lịch khởi sắc với
    1,92 triệu lượt khách``: no count before; ``120 dự án với tổng vốn 500 tỷ đồng``: no count after ``với``); with no
    phrase after it, its own unit as written (``phòng``). Not after a count of an activity's occasions (``occasion_units``), nor when a proper name ends the lead
    (the holder of the count: ``… Hội Nữ Doanh nhân tỉnh Bình Thuận với 52 hội viên``)."""
    rec = fig.rec
    if not _counts(folded_unit(rec)) or not _a_count_ends_at(ctx, fig.lead_start):
        return None
    joined = _WITH_AT_END.fullmatch(ctx.text, fig.lead_start, rec.start)
    if joined is None or joined.group("last")[:1].isupper():
        return None     # "… Hội Nữ Doanh nhân tỉnh Bình Thuận với 52 hội viên": the holder of the count names it
    after = phrase_after(ctx, rec, fig.tail_end)
    if after is not None:
        return after
    # no phrase after it: its own unit as written names it ("với 28.562 phòng." → "phòng")
    m = UNIT_WORDS_AT_END.search(rec.text)
    if m is None or fold(m.group().strip()) != folded_unit(rec):
        return None
    start = rec.start + m.start()
    return start, start + len(m.group().rstrip())


def _a_count_ends_at(ctx: Context, end: int) -> bool:
    """True when a figure of things counted, not of an activity's occasions (``occasion_units``: ``20 cuộc kiểm
    tra với 20 tổ chức đảng``, the organisations inspected), ends at ``end``."""
    i = bisect_left(ctx.figure_starts, end) - 1
    while i >= 0 and ctx.figures[i].start >= end - 120:
        other = ctx.figures[i]
        if other.end == end:
            unit = folded_unit(other)
            return _counts(unit) and unit not in _OCCASIONS
        i -= 1
    return False


def _counts(unit: Optional[str]) -> bool:
    """True when the folded unit counts things (``count_units`` or the extractor's count units)."""
    return unit in COUNT_UNITS or unit in COUNTED_THINGS


def had_by_a_body(ctx: Context, fig: Figure, name: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The phrase after a count (a count unit) that a bare administrative unit has, right before it (``toàn
    xã có 86 hộ nghèo`` → ``hộ nghèo``), when the name ``name`` before the unit holds no measure's head
    (``name_heads``, ``count_heads``: not ``Tổng số hộ toàn xã có 2.920 hộ``) nor the thing the unit counts
    (not ``Hộ cận nghèo toàn xã có 1.200 hộ``, which names what is counted); None otherwise."""
    rec = fig.rec
    unit = folded_unit(rec)
    if unit not in COUNT_UNITS:
        return None
    body = _BODY_HAS_AT_END.search(ctx.text, max(fig.lead_start, rec.start - BODY_REACH), rec.start)
    if (body is None or body.start() < name[0] or NAME_HEAD.search(ctx.lower, name[0], body.start())
            or _COUNT_HEAD.search(ctx.lower, name[0], body.start())
            or f" {unit} " in " " + " ".join(WORD.findall(ctx.folded[name[0]:body.start()])) + " "):
        return None
    after = phrase_after(ctx, rec, fig.tail_end)
    return after if after is not None and has_letter(ctx.text, *after) else None
