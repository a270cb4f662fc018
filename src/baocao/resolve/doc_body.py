"""The body's lead: what dates a document whose opening names no period it reports on.

A news article's headline and sapo, a photo's caption or a legal page's register can say nothing of the
period the figures cover; the body says it in its lead, its first paragraph of prose: ``Tăng trưởng GDP 6
tháng đạt 6,76%`` / ``Tốc độ tăng trưởng GDP 6 tháng thấp hơn cùng kỳ năm trước …`` / ``Ảnh minh họa.`` /
``Tại báo cáo tình hình kinh tế - xã hội quý II và 6 tháng đầu năm ngày 28/6, …``. :func:`body_lead_end`
bounds that lead, :func:`no_event` says when it is read at all (not after an opening that names a term: the
news of a session or a congress, whose body reviews the term; not when the opening was cut inside a table),
:func:`lead_period` drops a period of the lead that is none the document reports on: one a statement starts
after (``kể từ cuối quý I năm 2022``), the year of a figure right before it (``giảm từ 1.200 hộ năm 2020``),
one that narrows its own sentence (``Riêng năm 2020, …``), one in a table's row.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

import regex

from baocao.core.fold import fold
from baocao.resolve.doc_horizons import event_before
from baocao.resolve.reach import TABLE_CELL
from baocao.resolve.vocabulary import OWN_SENTENCE_LEAD_AT_END

if TYPE_CHECKING:
    from baocao.report import Report

BODY_LEAD_CHARS = 400
"""How far after the opening the body's lead is read."""
CAPTION_CHARS = 100
"""A paragraph of the body this short (a photo's caption, a heading, a register's line) comes before its lead."""
_BLANK_LINE = regex.compile(r"\n[ \t\u00a0]*\n")
_STARTS_FROM = regex.compile(r"(?<![\p{L}\p{N}])ke\s+tu\s+(?:(?:cuoi|dau|giua)\s+)?$")
_FIGURE_THEN = regex.compile(r"(?:\s*/\s*[\p{L} ]{1,12}?)?\s*")      # "3,6 triệu đồng năm 2006", "448 kg/người năm 2010"
_VALUE_KINDS = frozenset({"percentage", "money", "quantity", "fraction"})


def body_lead_end(text: str, end: int) -> int:
    """The end of the body's lead after an opening that ends at `end`: the end of the first paragraph longer
    than :data:`CAPTION_CHARS` (the short ones before it, captions and headings, with it), within
    :data:`BODY_LEAD_CHARS`.

    >>> t = "Tiêu đề\\n\\nẢnh minh họa.\\n\\n" + "Năm 2019, " + "x" * 120 + ".\\n\\nNăm 2020, y."
    >>> t[:body_lead_end(t, 7)].endswith("x.")
    True
    """
    bound = min(len(text), end + BODY_LEAD_CHARS)
    pos = end
    while pos < bound:
        m = _BLANK_LINE.search(text, pos, bound)
        stop = m.start() if m else bound
        if len(text[pos:stop].strip()) > CAPTION_CHARS or m is None:
            return stop
        pos = m.end()
    return bound


def no_event(report: Report, end: int, lead_end: int) -> bool:
    """True when neither the opening of `report` (up to `end`) nor the body's lead (up to `lead_end`) names a
    term (``nhiệm kỳ 2020-2025``: the news of a session or a congress, its body a review of the term and the
    targets of the next), the opening names no year of an award or a recognition it recalls (``kể từ sau khi đạt
    chuẩn NTM (năm 2016)``: its period is that event's, and the body's lead tells the event's story, not the
    period reported on; :func:`~baocao.resolve.doc_horizons.event_year`) and the opening does not end inside a
    table's row.

    >>> import baocao
    >>> no_event(baocao.parse("Kinh tế tăng trưởng khá\\n\\nSáu tháng đầu năm, GRDP tăng 7%."), 24, 60)
    True
    >>> no_event(baocao.parse("Đại hội Đảng bộ xã nhiệm kỳ 2020-2025\\n\\nNăm 2020, thu 5 tỷ đồng."), 38, 60)
    False
    >>> no_event(baocao.parse("Đảng bộ xã tổ chức Đại hội.\\n\\nNăm 2018, xã đạt 19/19 tiêu chí, chỉ tiêu nhiệm kỳ "
    ...                       "2020 - 2025."), 27, 96)
    False
    >>> no_event(baocao.parse("Xã được công nhận đạt chuẩn NTM năm 2016.\\n\\nNăm 2011, thu nhập 12 triệu đồng."), 41, 80)
    False
    """
    if any(r.kind == "term" and r.start < lead_end and fold(r.text).startswith("nhiem ky") for r in report.records):
        return False
    if any(r.kind == "period" and r.start < end and getattr(r, "period_type", None) == "year"
           and event_before(report.original, r.start)
           for r in report.records):
        return False
    return not _in_row(report.original, end)


def _in_row(text: str, pos: int) -> bool:
    line = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", pos)
    return TABLE_CELL.search(text, line, stop if stop >= 0 else len(text)) is not None


def lead_period(report: Report, start: int, figure_ends: list[int]) -> bool:
    """True when the period at `start`, in the body's lead, can be the one the document reports on: not one
    a statement starts after (``kể từ cuối quý I năm 2022``), not the year of the figure right before it
    (``giảm từ 1.200 hộ năm 2020``, ``448 kg/người năm 2010``; `figure_ends`: the sorted ends of the figures),
    not one that narrows its own sentence (``Riêng năm 2020, …``), not one in a table's row.

    >>> import baocao
    >>> t = "Kể từ cuối quý I năm 2022, giá tăng. Số hộ giảm từ 1.200 hộ năm 2020. Năm 2021, thu 5 tỷ đồng."
    >>> r = baocao.parse(t)
    >>> ends = sorted(x.end for x in r.records if x.kind in ("percentage", "money", "quantity", "fraction"))
    >>> [lead_period(r, t.index(w), ends) for w in ("quý I", "năm 2020", "Năm 2021")]
    [False, False, True]
    """
    text = report.original
    before = fold(text[max(0, start - 16):start])
    if _STARTS_FROM.search(before) or OWN_SENTENCE_LEAD_AT_END.search(before):
        return False
    i = bisect_left(figure_ends, start + 1) - 1
    if i >= 0 and start - figure_ends[i] <= 16 and _FIGURE_THEN.fullmatch(text, figure_ends[i], start):
        return False
    return not _in_row(text, start)


def figure_ends(report: Report) -> list[int]:
    """The sorted ends of the figures of `report`."""
    return sorted(r.end for r in report.records if r.kind in _VALUE_KINDS)
