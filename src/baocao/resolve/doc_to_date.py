"""A month a document's opening counts up to: no month the document reports on.

``Theo UBND quận Bình Tân, tính đến cuối tháng 9/2013, tổng giá trị sản xuất … trên 13.300 tỷ đồng``
under ``Thu ngân sách 9 tháng ước đạt 1.100 tỷ đồng``; ``Đến tháng 10/2019, huyện Cờ Đỏ đã có 8/8 xã đạt
chuẩn nông thôn mới``: the month after a word that says what follows holds up to it (``to_date_leads``:
``đến``, ``tính đến cuối``) ends what is counted, over the months of its year up to it (a flow) or over a
programme's years (a level reached). The document reports on the months of that year up to it
(``2013-01/2013-09``) when its opening names that many months too (``9 tháng``); else on no period read
from that month (:func:`to_date_months`). A title that counts up to a month (``Kết quả thu ngân sách đến tháng
10 năm 2022``) names the month the document reports on, as before.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Sequence

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.vocabulary import WORDS
from baocao.resolve.year_start import YEAR_START_LEAD_AT_END, YEAR_START_REACH
from baocao.schema import Date, Period

if TYPE_CHECKING:
    from baocao.resolve.governing import When

_LEAD_AT_END = regex.compile(r"(?<![\p{L}\p{N}])(?:" + words_pattern(WORDS.to_date_leads) + r")\s+$")
_LEAD_REACH = 24
_RANGE_START = regex.compile(r"(?<!\p{L})tu\s+(?:ngay\s+|thang\s+)?\d")     # "từ tháng 7 đến tháng 9/2013"


def _months_named(folded: str, month: int) -> bool:
    """True when `folded` (an opening) names a span of `month` months (``9 tháng``, not ``tháng 9``)."""
    return regex.search(rf"(?<![\p{{L}}\p{{N}}/.,-])0?{month}\s+thang(?!\s*\d)", folded) is not None


def to_date_months(text: str, found: list[When], end: int, titles: Sequence[tuple[int, int]] = ()
                   ) -> tuple[set[int], dict[int, Period]]:
    """(the indexes of the months of `found` (periods of the opening, which ends at `end`) written after a
    word of ``to_date_leads``, the span of months each stands for where the opening names as many months:
    index → a period record of months 1 to that month of its year, over the month's text). A month in one
    of the spans `titles` (the title lines, :func:`baocao.resolve.headlines.headline_lines`) is none of
    them: ``Kết quả thu ngân sách đến tháng 10 năm 2022`` as a title is a report up to that month, dated by
    it.

    >>> import baocao
    >>> from baocao.resolve.governing import periods_of
    >>> t = "Thu ngân sách 9 tháng đạt 1.100 tỷ đồng\\n\\nTính đến cuối tháng 9/2013, giá trị sản xuất tăng."
    >>> drop, months = to_date_months(t, periods_of(baocao.parse(t)), len(t))
    >>> drop, {i: p.label for i, p in months.items()}
    ({0}, {0: '2013-01/2013-09'})
    >>> t = "Đến tháng 10/2019, huyện đã có 8/8 xã đạt chuẩn."
    >>> to_date_months(t, periods_of(baocao.parse(t)), len(t))
    ({0}, {})
    >>> t = "Kết quả thu ngân sách đến tháng 10 năm 2022\\n\\nThu ngân sách đạt 8 tỷ đồng."
    >>> to_date_months(t, periods_of(baocao.parse(t)), len(t), [(0, 43)])
    (set(), {})
    >>> t = "Trong tháng 10/2019, huyện thu 8 tỷ đồng."
    >>> to_date_months(t, periods_of(baocao.parse(t)), len(t))
    (set(), {})
    """
    from baocao.extract.period import label

    drop: set[int] = set()
    months: dict[int, Period] = {}
    opening: Optional[str] = None
    for i, w in enumerate(found):
        r = w.record
        month = r.month if r.kind == "date" else r.start_month if r.period_type == "month" else None
        if month is None or w.year is None or w.months != 1:
            continue
        before = fold(text[max(0, w.start - _LEAD_REACH):w.start])
        if not _LEAD_AT_END.search(before) or _RANGE_START.search(before) \
                or any(a <= w.start < b for a, b in titles):
            continue
        drop.add(i)
        opening = opening if opening is not None else fold(text[:end])
        if month > 1 and (_months_named(opening, month) or YEAR_START_LEAD_AT_END.search(before)):
            p = Period(text=r.text, start=r.start, end=r.end, rule="document.to_date", period_type="months",
                       start_year=w.year, start_month=1, end_year=w.year, end_month=month, label="")
            months[i] = p.model_copy(update={"label": label(p)})
    return drop, months


def year_start_dates(text: str, dates: Sequence[Date], end: int) -> list[Period]:
    """A period record of the months of a year from its start up to the month of each date of a day in the
    opening (`dates`, before `end`) written after a lead of the year's start (``year_start_words`` then
    ``to_date_leads``: ``(BĐT) - Cục Thống kê tỉnh Bắc Ninh mới đây cho biết, tính từ đầu năm đến ngày
    20/10/2021, toàn tỉnh … thu hút được 108 dự án`` → ``2021-01/2021-10``, over the date's text): a news
    item's lead names the span it reports on. Not a date without its year, nor one of January.

    >>> import baocao
    >>> t = "(BĐT) - Tính từ đầu năm đến ngày 20/10/2021, tỉnh thu hút 108 dự án."
    >>> [p.label for p in year_start_dates(t, [r for r in baocao.extract(t) if r.kind == "date"], len(t))]
    ['2021-01/2021-10']
    >>> t = "Đến ngày 20/10/2021, tỉnh thu hút 108 dự án."
    >>> year_start_dates(t, [r for r in baocao.extract(t) if r.kind == "date"], len(t))
    []
    """
    from baocao.extract.period import label

    out: list[Period] = []
    for d in dates:
        if d.start >= end or d.day is None or d.month is None or d.year is None or d.month < 2:
            continue
        if not YEAR_START_LEAD_AT_END.search(fold(text[max(0, d.start - YEAR_START_REACH):d.start])):
            continue
        p = Period(text=d.text, start=d.start, end=d.end, rule="document.year_start", period_type="months",
                   start_year=d.year, start_month=1, end_year=d.year, end_month=d.month, label="")
        out.append(p.model_copy(update={"label": label(p)}))
    return out
