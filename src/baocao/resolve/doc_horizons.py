"""The horizon of a term's targets in a document's opening: no period the document reports on.

A congress adopts the targets of the term it opens and states them to that term's last year: ``Tại đại
hội, các đại biểu đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, bình quân thu nhập đầu
người đến năm 2025 đạt 70 triệu đồng``; ``Hà Giang: Phấn đấu đến năm 2020 thoát khỏi tình trạng đặc biệt
khó khăn`` over ``Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2015-2020``. A year written after
``đến`` (``tới``) that is the last year of a term (``nhiệm kỳ Y0 - Y1``) named in the same opening is the
horizon of targets (:func:`term_horizons`), as ``đến năm 2020`` after a plan's name is
(``governing._plan_horizon``); the document reports on no such year.

Nor does it report on the year of an award or a recognition it recalls (:func:`event_year`: ``Huyện được tặng
Huân chương lao động hạng Nhì năm 2002``, ``kể từ sau khi đạt chuẩn NTM (năm 2016)``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING
from unicodedata import normalize

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import load
from baocao.resolve.vocabulary import exact_words

if TYPE_CHECKING:
    from baocao.report import Report
    from baocao.resolve.governing import When

_TO_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:den|toi)\s+$")
# an event word, then its clause up to the year (a bracketed aside may come between; a bracket may open the year);
# on lower-cased text with its diacritics: folded, "công nhận" (a recognition) is "công nhân" (workers), and
# "được tặng" (is awarded) "được tăng" (is raised)
_EVENT_BEFORE = regex.compile(exact_words(load("indicators").event_year_words)
                              + r"(?:[^,;:.!?()\n]|\([^()\n]*\))*(?:\(\s*)?$")
_EVENT_REACH = 160


def event_year(text: str, w: When) -> bool:
    """True when `w` is a single year written in the clause of an award or a recognition (``event_year_words``
    in data/indicators.yaml): the year of an event the document recalls, no period it reports on.

    >>> import baocao
    >>> from baocao.resolve.governing import periods_of
    >>> r = baocao.parse("Huyện được tặng Huân chương lao động hạng Nhì năm 2002. Năm 2017, thu ngân sách tăng 5%.")
    >>> [event_year(r.original, w) for w in periods_of(r)]
    [True, False]
    """
    if w.record.kind != "period" or getattr(w.record, "period_type", None) != "year":
        return False
    return event_before(text, w.start)


def event_before(text: str, pos: int) -> bool:
    """True when `pos` of `text` is in the clause of an award or a recognition (:func:`event_year`).

    >>> event_before("Xã được công nhận đạt chuẩn NTM (năm 2016)", 33), event_before("Năm 2016, xã đạt", 0)
    (True, False)
    """
    return _EVENT_BEFORE.search(normalize("NFC", text[max(0, pos - _EVENT_REACH):pos]).lower()) is not None


def term_horizons(report: Report, found: list[When], end: int) -> set[int]:
    """The indexes of the whole years of `found` (periods of the opening, which ends at `end`) written
    after ``đến`` (``tới``) that end a term named in the opening (``nhiệm kỳ 2020-2025``).

    >>> import baocao
    >>> from baocao.resolve.governing import periods_of
    >>> r = baocao.parse("Thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Thu nhập đến năm 2025 đạt 70 triệu đồng.")
    >>> term_horizons(r, periods_of(r), len(r.original))
    {0}
    >>> r = baocao.parse("Đại hội nhiệm kỳ 2020-2025. Thu nhập năm 2025 đạt 70 triệu đồng; đến năm 2030 đạt 90 triệu.")
    >>> term_horizons(r, periods_of(r), len(r.original))
    set()
    """
    ends = {r.end_year for r in report.records
            if r.kind == "term" and r.start < end and r.start_year is not None and r.end_year is not None
            and fold(r.text).startswith("nhiem ky")}
    if not ends:
        return set()
    text = report.original
    return {i for i, w in enumerate(found)
            if w.record.kind == "period" and w.record.period_type == "year" and w.year in ends
            and _TO_BEFORE.search(fold(text[max(0, w.start - 12):w.start])) is not None}
