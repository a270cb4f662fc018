"""The report's month: what a statement of a monthly report holds over when its sentence says it is
the month's (``trong tháng``, ``so với tháng trước``) and names no period of its own.

A statistics office's note on ``tháng 12 và cả năm 2024`` or ``tháng 9 và 9 tháng năm 2025`` reports on
the months of the year so far, and on its last month too: ``Một số sản phẩm công nghiệp trong tháng có
khối lượng sản xuất tăng so với tháng trước như: mỳ, phở, … tăng 18,32%; …`` lists that month's
figures (a figure compared with the month before is a month's figure), not the year's.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Optional, Sequence

import regex

from baocao.resolve.governing import _opening, periods_of
from baocao.resolve.reach import line_start_within
from baocao.resolve.vocabulary import CUMULATIVE, MONTH_BASE, MONTH_REACH_STOP, THIS_MONTH
from baocao.core.fold import fold

if TYPE_CHECKING:
    from baocao.report import Report
    from baocao.resolve.context import PeriodSpan
    from baocao.resolve.governing import When

MONTH_PARAGRAPH_REACH = 2000
"""How far back from a figure the start of its paragraph is looked for (a product list after ``như:``
runs long: ``… tăng so với tháng trước như: mỳ, phở, … tăng 18,32%; thức ăn cho gia súc tăng 4,89%; …``)."""
_SO_FAR = regex.compile(r"((?:19|20)\d\d)-01/\1-(\d\d)")
_YEAR = regex.compile(r"(?:19|20)\d\d")


def report_month(report: Report, whole: Optional[When], whole_label: Optional[str]) -> Optional[str]:
    """The month a monthly report reports on, as a label (``2024-12``), from the period the document
    reports on (`whole`, labelled `whole_label`): the last month of its months so far (``tháng 9 và 9
    tháng năm 2025`` → ``2025-09``), or, for a whole year, a single month its opening names before that
    year with no other year (``tháng 12 và cả năm 2024`` → ``2024-12``); None for a quarter, a span of
    years, or a year with no month before it (``Báo cáo năm 2023``).

    >>> import baocao
    >>> from baocao.resolve.governing import document_period
    >>> def month(t):
    ...     r = baocao.parse(t)
    ...     w = document_period(r)
    ...     return report_month(r, w, w.label if w else None)
    >>> month("Tình hình kinh tế - xã hội tháng 12 và cả năm 2024\\n\\nSản xuất ổn định.")
    '2024-12'
    >>> month("Tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2025\\n\\nSản xuất ổn định.")
    '2025-09'
    >>> month("Báo cáo kinh tế - xã hội năm 2023\\n\\nSản xuất ổn định."), month("Quý I/2024\\n\\nTăng.")
    (None, None)
    """
    if whole is None or whole_label is None:
        return None
    so_far = _SO_FAR.fullmatch(whole_label)
    if so_far is not None:
        return f"{so_far[1]}-{so_far[2]}"
    if not _YEAR.fullmatch(whole_label):
        return None
    end = _opening(report.original)
    for w in periods_of(report):
        if w.start >= min(end, whole.start):
            break
        r = w.record
        if (r.kind == "period" and r.period_type == "month" and r.start_month is not None
                and r.start_year in (None, int(whole_label))):
            return f"{whole_label}-{r.start_month:02d}"
    return None


def says_this_month(lower: str, pos: int, periods: Sequence[PeriodSpan] = (), month: Optional[str] = None) -> bool:
    """True when the paragraph of the figure at clean offset `pos` (`lower` the lower-cased clean text,
    whose lines are paragraphs) says, before it, that it holds over the month (``this_month_words``:
    ``trong tháng``, not ``trong tháng 3``, where a period record starts; `periods` the (clean start,
    end, label) of those, by start) or compares with the month before (``month_base_words``: ``so với
    tháng trước``), and nothing after that says otherwise: no period written but that `month`, no word of the months so
    far or of a span to a date (``months_so_far_leads``, ``to_date_words``: ``Tính từ ngày 15/12/2023
    đến hết ngày 14/12/2024, toàn tỉnh đã xảy ra 545 vụ``). ``Chỉ số sản xuất … tháng Chín tăng 12,93%
    …. Một số sản phẩm … trong tháng có sản lượng sản xuất tăng so với tháng trước như: …. Bên cạnh đó,
    một số sản phẩm có sản lượng sản xuất giảm như: đĩa … giảm 39,20%``: the month's.

    >>> t = "Một số sản phẩm trong tháng có khối lượng tăng như: mỳ tăng 18,32%; bia tăng 4%"
    >>> says_this_month(t.lower(), t.index("4%")), says_this_month("tổng 9 tháng tăng 5%", 17)
    (True, False)
    >>> t = "so với tháng trước, tăng 3 vụ. lũy kế từ đầu năm xảy ra 545 vụ"
    >>> says_this_month("trong tháng 3 đạt 5 tỷ", 18, [(6, 13, "2024-03")]), says_this_month(t, t.index("545"))
    (False, False)
    >>> says_this_month("tăng 2% so với tháng trước.\\nbia tăng 5%", 37)
    False
    """
    a = line_start_within(lower, pos, MONTH_PARAGRAPH_REACH)
    starts = [p[0] for p in periods[bisect_left(periods, (a,)):bisect_left(periods, (pos,))]]
    last = -1
    for m in MONTH_BASE.finditer(lower, a, pos):
        last = m.end()
    for m in THIS_MONTH.finditer(lower, a, pos):
        i = bisect_left(starts, m.start())
        if i >= len(starts) or starts[i] > m.end() + 2:
            last = max(last, m.end())   # "trong tháng có …", not "trong tháng 3" (a month of its own)
    if last < 0:
        return False
    i = bisect_left(periods, (last,))
    while i < len(periods) and periods[i][0] < pos:
        if periods[i][2] != month:
            return False    # "… so với tháng trước. Lũy kế chín tháng năm 2025, …. So với cùng kỳ …"
        i += 1
    return MONTH_REACH_STOP.search(lower, last, pos) is None


BEFORE_CUMULATIVE_REACH = 48
"""How far after a figure's start, in its clause, ``lũy kế`` is looked for (``… được 295.969 triệu đồng,
lũy kế được 3.514.007 triệu đồng``)."""
# from a figure to a comma and "lũy kế" in its clause: no semicolon, colon, line end or full stop
_TO_CUMULATIVE = regex.compile(r"(?:(?![.!?]\s)[^;:\n,]){0,%d},\s*$" % BEFORE_CUMULATIVE_REACH)


def before_cumulative(text: str, pos: int) -> bool:
    """True when the figure at clean offset `pos` of `text` is followed in its clause by a comma and
    ``lũy kế`` (``cumulative_words``): in a monthly report, the month's figure, its months so far written
    after it (``Thu trợ cấp từ Ngân sách Trung ương được 295.969 triệu đồng, lũy kế được 3.514.007 triệu
    đồng``).

    >>> t = "Thu trợ cấp được 295.969 triệu đồng, lũy kế được 3.514.007 triệu đồng"
    >>> before_cumulative(t, t.index("295")), before_cumulative(t, t.index("3.514"))
    (True, False)
    >>> t = "Chi thường xuyên được 572.762 triệu đồng. Lũy kế 9 tháng đạt 3.669 tỷ đồng"
    >>> before_cumulative(t, t.index("572"))
    False
    """
    window = fold(text[pos:pos + BEFORE_CUMULATIVE_REACH + 24])
    m = CUMULATIVE.search(window)
    return m is not None and _TO_CUMULATIVE.match(window[:m.start()]) is not None

