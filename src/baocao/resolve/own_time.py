"""A later statement of a sentence that names a time of its own takes no estimate word from the sentence's
first statement (:func:`names_own_time`, used by :func:`~baocao.resolve.sentence_framing.carry_estimates`).

A sentence that writes its estimate word once, in its first statement, frames the statements listed after it
(``Thu ngân sách nhà nước ước đạt 18.230 tỷ đồng, …; toàn tỉnh thu hút được 17 dự án``), but not the level
of another period written beside it (docs/records.md §framing). A later clause that dates itself in its own
words is such a level: a span of years beside the year estimated (``tốc độ tăng trưởng GRDP dự kiến năm 2018
đạt 7,3%; bình quân giai đoạn 2016-2018 đạt 6,9%/năm``), or a date it holds up to (``Tổng thu ngân sách … 5 năm
ước đạt 48.187 tỷ đồng, …; đến hết tháng 8/2025, Lạng Sơn cũng xóa xong toàn bộ 6.508 nhà tạm``; ``sản lượng
lương thực … ước đạt 8.028 tấn, …; thu ngân sách trên địa bàn tính đến ngày 31/5/2017 trên 8 tỷ đồng``): what
is counted up to a day is counted, not estimated; but not up to the December of the year estimated (``năm 2023 ước
đạt 500 tỷ đồng; tính đến 31/12/2023 dư nợ tín dụng đạt …``): that year is not over when the estimate is written.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.vocabulary import WORDS
from baocao.resolve.written import LABEL_YEAR

if TYPE_CHECKING:
    from baocao.resolve.context import Context, Draft

__all__ = ["names_own_time"]

# a span to a date or a month written with its number: "tính đến ngày 31/5/2017", "đến hết tháng 8/2025"
_TO_DATE_AT = regex.compile(words_pattern(WORDS.to_date_words) + r"\s+(?:ngay\s+|thang\s+)?(?P<date>\d[\d/.-]*)")
# a period of a year or a span of years: "2023", "2021-2025"
_YEARS = regex.compile(r"\d{4}(?:-\d{4})?")
# a clause's separator (not the comma or the dot inside a number)
_CLAUSE_SEP = regex.compile(r"[;,](?!\d)")


def names_own_time(ctx: Context, first: Draft, draft: Draft, prev_end: int) -> bool:
    """True when ``draft``, a later statement of the sentence ``first`` opens (its first figure after
    ``prev_end``, the end of the figure before it), names a time of its own: its own words date it to a span
    of years other than the first statement's (``…dự kiến năm 2018 đạt 7,3%; bình quân giai đoạn 2016-2018
    đạt 6,9%/năm``), or its clause, after a separator that follows the figure before it, says the date it
    holds up to (``…; đến hết tháng 8/2025, … xóa xong toàn bộ 6.508 nhà tạm``)."""
    if draft.period_source == "statement" and draft.period != first.period \
            and len(set(LABEL_YEAR.findall(draft.period or ""))) > 1:
        return True
    start = draft.figs[0].start
    sep = _CLAUSE_SEP.search(ctx.folded, prev_end, start)
    to = _TO_DATE_AT.search(ctx.folded, sep.end(), start) if sep is not None else None
    return to is not None and not _at_the_estimated_years_end(first, to.group("date"))


def _at_the_estimated_years_end(first: Draft, date: str) -> bool:
    """True when ``date`` (``31/12/2023``, ``12/2025``, ``31/12``) is in the December of the last year of ``first``'s
    period, a year or a span of years (``năm 2023 ước đạt …; tính đến 31/12/2023 dư nợ tín dụng đạt …``): the
    year estimated is not over, a count up to its end is estimated too."""
    years = LABEL_YEAR.findall(first.period or "")
    if not years or _YEARS.fullmatch(first.period or "") is None:
        return False
    parts = [p for p in regex.split(r"[/.-]", date) if p]
    year = parts.pop() if len(parts) > 1 and len(parts[-1]) == 4 else None
    return bool(parts) and parts[-1].lstrip("0") == "12" and year in (None, years[-1])
