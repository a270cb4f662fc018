"""A figure said to hold up to a month or a date: ``Đến ngày 31 tháng 10, tổng vốn huy động toàn địa bàn
được 11.784 tỷ đồng``, ``ước đến cuối tháng 6 toàn tỉnh xuống giống 57.369 ha``. What is a level at a time
(a stock: ``stock_words``, a balance or a herd) holds at that month; a flow holds over the months of its
year up to it.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import Callable, Optional

import regex

from baocao.core.rules import compile_at
from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context, Draft
from baocao.resolve.reach import line_start_within
from baocao.resolve.vocabulary import CURRENCIES, NOW_OPENER, WORDS

__all__ = ["to_date_period", "is_stock"]

_LEAD_AT_END = regex.compile(r"(?:" + words_pattern(WORDS.to_date_leads) + r")\s+(?:ngay\s+)?$")
_STOCK = regex.compile(words_pattern(WORDS.stock_words))
_STOCK_AFTER = regex.compile(words_pattern(WORDS.stock_after_words))
_NOT_BEFORE_STOCK = regex.compile(r"(?:" + words_pattern(WORDS.stock_not_after) + r")\s+(?:(?:tren|hon|gan)\s+)?(?:\d[\d.,]*\s+)?$")
_NOT_BEFORE_REACH = 28
# a verb of having right before a count's figure, perhaps after a bound ("có 790 trường", "có trên 500 hộ")
_HAVE_AT_END = regex.compile(r"(?:" + words_pattern(WORDS.stock_have_verbs) + r")\s+(?:(?:"
                             + words_pattern(WORDS.stock_have_bounds) + r")\s+)?$")
_HAVE_NOT_AFTER = regex.compile(words_pattern(WORDS.stock_have_not_after))
_FLOW_UNITS = frozenset(fold(u) for u in WORDS.stock_have_flow_units)
_HAVE_REACH = 24
# a count had (``có 4 xã``, ``có trên 137/142 xã``), its unit read after it
_HAD = regex.compile(r"(?:" + words_pattern(WORDS.stock_have_verbs) + r")\s+(?:(?:"
                     + words_pattern(WORDS.stock_have_bounds) + r")\s+)?\d[\d.,]*(?:/\d[\d.,]*)?\s+")
# a figure that opens its item: after a separator, perhaps after one of stock_item_leads ("; chỉ còn 2 xã")
_ITEM_LEAD_AT_END = regex.compile(r"(?:[;,:]|[.](?!\d)|\n)\s*(?:(?:" + words_pattern(WORDS.stock_item_leads)
                                  + r")\s+)?$")
_ITEM_LEAD_REACH = 16
# one of stock_item_leads in the words before an item's figure; the figure itself; the word after a unit
_ITEM_WORD = regex.compile(words_pattern(WORDS.stock_item_leads))
_FIGURE_AT = regex.compile(r"\d[\d.,]*(?:/\d[\d.,]*)?\s+")
_NEXT_WORD = regex.compile(r"[ \t]+(\w+)")
_ITEM_NOT_WORDS = frozenset(fold(w) for w in WORDS.stock_item_not_words)
# the last sentence stop before an item's figure; a later sentence's opening that makes it a part ("Trong đó, ")
_LAST_STOP = regex.compile(r"(?r)[.!?](?=\s)|\n")
_PART_OPENING = regex.compile(r"\s*(?:" + words_pattern(WORDS.breakdown_openers) + r")\s*[,:]?\s*")
# "lũy kế từ đầu năm 2024 đến ngày 27/12/2024, …, có 01 trường hợp tử vong": a span from the year's start, a flow
_YEAR_START = regex.compile(words_pattern(WORDS.year_start_words))
_CLAUSE_END = regex.compile(r"[,;.:()\n]")
# a clause's end as words write it: not the dot or the comma inside a number ("19.378", "1,91%")
_WORDS_CLAUSE_END = regex.compile(r"[,;.](?!\d)|[:()\n]")
STOCK_AFTER_REACH = 80
"""How far after a count's figure, in its clause, a word that makes it a stock is looked for."""
_SENTENCE_BREAK = regex.compile(r"(?r)[.!?;](?=\s)|\n")
_LABEL_MONTH = regex.compile(r"((?:19|20)\d\d)-(\d\d)")
_SO_FAR_LABEL = regex.compile(r"((?:19|20)\d\d)-01/\1-\d\d")
_YEAR_LABEL = regex.compile(r"((?:19|20)\d\d)")
_YEARS_LABEL = regex.compile(r"((?:19|20)\d\d)-((?:19|20)\d\d)")
_LABEL_QUARTER = regex.compile(r"((?:19|20)\d\d)-Q([1-4])")
# "đến cuối quý I", "tính đến hết quý III": up to a quarter's end, its last month
_QUARTER_END_AT_END = regex.compile(r"(?:" + words_pattern(WORDS.quarter_end_leads) + r")\s+$")
_LEAD_REACH = 16
# "Từ ngày 01/10 đến ngày 31/10": the end of a range, no date a figure holds up to
_RANGE_START = regex.compile(r"(?<!\p{L})tu\s+(?:ngay\s+|thang\s+)?\d")
REACH = 300
"""How far before a statement's first figure, in its sentence, a month it holds up to is looked for."""
PARAGRAPH_REACH = 400
"""How far before a statement's sentence, in its paragraph, a month an earlier sentence opens with is
looked for."""
_COMMA = compile_at(r"\s*,")
_WITH = compile_at(r"\s*voi\s+")


def is_stock(name: str) -> bool:
    """True when a name says a level at a time (``stock_words``: ``tổng vốn huy động``, ``tổng đàn gia
    súc``), not a flow over a span (``thu ngân sách``).

    >>> is_stock("tổng vốn huy động toàn địa bàn"), is_stock("Tổng đàn gia súc"), is_stock("diện tích xuống giống")
    (True, True, False)
    """
    folded = fold(name)
    return _says_stock(folded, 0, len(folded))


def _says_stock(folded: str, a: int, b: int) -> bool:
    """True when folded[a:b] names a stock (``stock_words``) that is no object of an action before it
    (``stock_not_after``: ``xây dựng 1.200 nhà cho hộ nghèo``, ``hỗ trợ hộ nghèo``)."""
    for m in _STOCK.finditer(folded, a, b):
        if _NOT_BEFORE_STOCK.search(folded, max(a, m.start() - _NOT_BEFORE_REACH), m.start()) is None:
            return True
    return False


def _stock_after(ctx: Context, draft: Draft) -> bool:
    """True when the words after a count's figure, to its clause's end (within
    :data:`STOCK_AFTER_REACH`), say what is counted is still in force (``stock_after_words``: ``262 dự án
    có vốn đầu tư nước ngoài còn hiệu lực``), or those before a figure, from its clause's start, say it of
    what the figure belongs to (``… dự án … còn hiệu lực với tổng số vốn đăng ký là 12,219 tỷ USD``)."""
    first = draft.figs[0].start
    lo = max(0, first - STOCK_AFTER_REACH)
    before = ctx.folded[lo:first]
    ends = [m.end() for m in _WORDS_CLAUSE_END.finditer(before)]
    if _STOCK_AFTER.search(before, ends[-1] if ends else 0) is not None:
        return True
    if draft.figs[0].kind != "quantity" or draft.unit in CURRENCIES:
        return False
    return _STOCK_AFTER.search(ctx.folded, draft.figs[-1].end, _clause_end_after(ctx, draft)) is not None


def _clause_end_after(ctx: Context, draft: Draft) -> int:
    """Where the clause of ``draft``'s last figure ends after it (folded offsets), read at most
    :data:`STOCK_AFTER_REACH` on."""
    a = draft.figs[-1].end
    b = min(len(ctx.folded), a + STOCK_AFTER_REACH)
    end = _CLAUSE_END.search(ctx.folded, a, b)
    return end.start() if end else b


def _had_count(ctx: Context, draft: Draft, a: int) -> bool:
    """True when a count's figure comes right after a verb of having (``stock_have_verbs``, perhaps after one of
    ``stock_have_bounds``: ``tỉnh Bắc Giang có 790 trường đạt chuẩn quốc gia``): a level held at the date, not
    a percentage nor an amount of money, nor what its words after it, to its clause's end (within
    :data:`STOCK_AFTER_REACH`), say was newly done or a visit (``stock_have_not_after``: ``có 120 doanh nghiệp
    thành lập mới``, ``có 500 lượt khách``), nor a count of what happened (``stock_have_flow_units``: ``có 12 vụ
    tai nạn``), nor in a sentence (from clean offset `a`) whose span runs from the
    year's start (``year_start_words``: ``lũy kế từ đầu năm 2024 đến ngày 27/12/2024, …, có 01 trường hợp tử
    vong``: over the months so far)."""
    if (draft.figs[0].kind != "quantity" or draft.unit == "%" or draft.unit in CURRENCIES
            or fold(draft.unit or "") in _FLOW_UNITS):      # "có 12 vụ tai nạn": what happened, a flow
        return False
    first = draft.figs[0].start
    if _HAVE_AT_END.search(ctx.folded, max(0, first - _HAVE_REACH), first) is None \
            or _YEAR_START.search(ctx.folded, a, first) is not None:
        return False
    return _HAVE_NOT_AFTER.search(ctx.folded, first, _clause_end_after(ctx, draft)) is None


def _item_of_had(ctx: Context, draft: Draft, start: int) -> bool:
    """True when a count opens its item (after a separator, perhaps after one of ``stock_item_leads``) after a
    count of its unit had (:func:`_had_count`'s verbs) in [start, its figure): a part of that level at the same
    date (``Kết quả đến cuối tháng 6 năm 2023, toàn tỉnh có 137/142 xã đạt chuẩn …; 02 xã đạt chuẩn Nông thôn mới
    kiểu mẫu``, ``… có 790 trường đạt chuẩn quốc gia. Trong đó, 691 trường …``); not a percentage nor an amount of
    money, nor a count after other words (``…; đã công nhận thêm 5 xã``) or whose clause says it was newly done
    (``stock_have_not_after``) or names a period of its own (``…; 3 xã đạt chuẩn trong năm 2024``), nor a count of
    what happened (``stock_have_flow_units``); and only one saying what the level says, the same word after the
    unit (``xã đạt``), not one of ``stock_item_not_words`` (``…; 1.200 hộ được hỗ trợ``), or what is left (after
    one of ``stock_item_leads``): not ``có 520 hộ nghèo; 35 hộ tái nghèo`` (what else befell the unit); in a later
    sentence only one opened as a part (``breakdown_openers``: ``Trong đó, 691 trường …``), not ``Trong năm học,
    12 trường đạt chuẩn được công nhận lại``."""
    unit = fold(draft.unit or "")
    if (draft.figs[0].kind != "quantity" or not unit or draft.unit == "%" or draft.unit in CURRENCIES
            or unit in _FLOW_UNITS):
        return False
    first = draft.figs[0].start
    lead = _ITEM_LEAD_AT_END.search(ctx.folded, max(start, first - _ITEM_LEAD_REACH), first)
    end = _clause_end_after(ctx, draft)
    i = bisect_left(ctx.period_starts, first)
    if lead is None or _HAVE_NOT_AFTER.search(ctx.folded, first, end) is not None \
            or (i < len(ctx.periods) and ctx.periods[i][0] < end):     # "; 3 xã đạt chuẩn trong năm 2024": its own
        return False
    remainder = _ITEM_WORD.search(lead[0]) is not None     # "; chỉ còn 2 xã": what is left
    fig = _FIGURE_AT.match(ctx.folded, first)
    own = _word_after_unit(ctx.folded, fig.end(), unit) if fig else None
    if own in _ITEM_NOT_WORDS:
        return False    # "…; 1.200 hộ được hỗ trợ nhà ở": what was done to them over the months
    stop = _LAST_STOP.search(ctx.folded, start, first)
    if stop is not None and _PART_OPENING.fullmatch(ctx.folded, stop.end(), first) is None:
        start = stop.end()      # a later sentence not opened as a part ("Trong năm học, 12 trường …"): its own
    had = [_word_after_unit(ctx.folded, m.end(), unit) for m in _HAD.finditer(ctx.folded, start, first)]
    return any(word is not None and (remainder or word == own) for word in had)


def _word_after_unit(folded: str, pos: int, unit: str) -> Optional[str]:
    """The word after `unit` written at folded offset `pos` (``xã đạt chuẩn`` → ``đạt``, folded), or None when
    `unit` is not written there as a word of its own; ``""`` when no word follows it."""
    n = len(unit)
    if not folded.startswith(unit, pos) or folded[pos + n:pos + n + 1].isalnum():
        return None
    m = _NEXT_WORD.match(folded, pos + n)
    return m[1] if m else ""


def _day_dates_in(ctx: Context, a: int, b: int) -> list[tuple[int, int, int, Optional[int]]]:
    """The dates of ``ctx.day_dates`` that start in [a, b), in their order there: looked up in their
    starts, sorted once per document (``ctx.scans``), not read through at each figure."""
    dates = ctx.day_dates
    found = ctx.scans.get("day_dates")
    if found is None or found[0] is not dates:
        order = sorted(range(len(dates)), key=lambda k: dates[k][0])
        found = ctx.scans["day_dates"] = (dates, [dates[k][0] for k in order], order)
    _, starts, order = found
    ks = sorted(order[bisect_left(starts, a):bisect_left(starts, b)])
    return [dates[k] for k in ks]


def _dated_within(ctx: Context, a: int, b: int) -> bool:
    """True when a period record or a date of a day starts in [a, b): where none does, both looks of
    :func:`to_date_period` (its sentence and its paragraph's opener, both within [a, b)) find nothing."""
    i = bisect_left(ctx.period_starts, a)
    return (i < len(ctx.period_starts) and ctx.period_starts[i] < b) or bool(_day_dates_in(ctx, a, b))


def _stock_before(ctx: Context, draft: Draft) -> bool:
    """True when a count's clause, before its figure (within :data:`STOCK_AFTER_REACH`), names a stock
    (``stock_words``: ``Nơi có hộ nghèo cao nhất trong tỉnh là huyện Hòn Đất, với 1.273 hộ``), or, when
    that clause is only ``với``, the clause before it does (``có 8.790 hộ nghèo, với 28.070 người``: the
    people of those households); not a percentage, nor an amount of money (``giải ngân cho vay … 500
    tỷ đồng``: a flow)."""
    if draft.unit == "%" or draft.unit in CURRENCIES:
        return False
    first = draft.figs[0].start
    lo = max(0, first - STOCK_AFTER_REACH)
    ends = [m.end() for m in _WORDS_CLAUSE_END.finditer(ctx.folded, lo, first)]
    start = ends[-1] if ends else lo
    if _says_stock(ctx.folded, start, first):
        return True
    if _WITH.fullmatch(ctx.folded, start, first) is None or len(ends) < 2:
        return False
    return _says_stock(ctx.folded, ends[-2], ends[-1])


def _month_up_to(ctx: Context, a: int, b: int, year: Optional[int], opener: bool = False,
                 quarters: Callable[[], bool] = lambda: False) -> Optional[tuple[int, int, int]]:
    """(start, year, month) of the last month or date written in [a, b) right after a to-date lead
    (``to_date_leads``): a period record of one month (``tháng 6``, ``tháng 7/2021``), or a date of a
    day and month (``ngày 31 tháng 10``, ``20/7``), whose year is written or else `year`; not the end of
    a range (``Từ ngày 01/10 đến ngày 31/10``). With `opener`, only one with a comma right after it (the
    clause that opens a sentence: ``Tính đến cuối tháng 9/2013, …``). Where ``quarters()`` holds (asked
    only of a quarter found after a lead of its end), also the last month of a quarter after a lead of
    its end (``quarter_end_leads``: ``đến cuối quý I`` → March)."""
    best: Optional[tuple[int, int, int]] = None      # (start, year, month)
    i = bisect_left(ctx.period_starts, a)
    while i < len(ctx.periods) and ctx.periods[i][0] < b:
        p0, p1, label = ctx.periods[i]
        m = _LABEL_MONTH.fullmatch(label or "")
        q = _LABEL_QUARTER.fullmatch(label or "") if m is None else None
        if q is not None and _QUARTER_END_AT_END.search(ctx.folded, max(0, p0 - _LEAD_REACH), p0) \
                and (not opener or _COMMA.match(ctx.text, p1)) and quarters():
            best = (p0, int(q[1]), 3 * int(q[2]))
        elif m is not None and _LEAD_AT_END.search(ctx.folded, max(0, p0 - _LEAD_REACH), p0) \
                and not _RANGE_START.search(ctx.folded, a, p0) and (not opener or _COMMA.match(ctx.text, p1)):
            best = (p0, int(m[1]), int(m[2]))
        i += 1
    for d0, d1, month, y in _day_dates_in(ctx, a, b):
        if a <= d0 < b and (best is None or d0 > best[0]) and (y or year) is not None \
                and _LEAD_AT_END.search(ctx.folded, max(0, d0 - _LEAD_REACH), d0) \
                and not _RANGE_START.search(ctx.folded, a, d0) and (not opener or _COMMA.match(ctx.text, d1)):
            best = (d0, int(y or year or 0), month)
    return best


def to_date_period(ctx: Context, draft: Draft, year: Optional[int]) -> Optional[str]:
    """The period of a statement whose sentence says, before its first figure, the month or date it
    holds up to (``Đến ngày 31 tháng 10, tổng vốn huy động … được 11.784 tỷ đồng`` → ``2018-10`` in a
    report of 2018; ``ước đến cuối tháng 6 toàn tỉnh xuống giống 57.369 ha`` → ``2016-01/2016-06``): a
    stock (:func:`is_stock`, or a count out of a whole: ``Đến tháng 10/2019, huyện đã có 9/9 xã … đạt
    chuẩn`` → ``2019-10``) at that month, a flow over the months of its year up to it. Only where the
    statement's period is that month itself, or, for a stock, a period its own words do not give (the
    report's, of the same year): a flow dated by a year or a span keeps it (a season's area, ``năm 2016``),
    unless the date is in its own words after its name and the year only the report's (``Thu ngân sách
    đến 31/10/2019 đạt …`` → ``2019-01/2019-10``).
    None when its sentence says no such month; `year` is the document's, for a date written without one."""
    first = draft.figs[0].start
    a = max(0, first - REACH)
    brk = _SENTENCE_BREAK.search(ctx.text, a, first)
    if brk is not None:
        a = brk.end()
    if not _dated_within(ctx, line_start_within(ctx.text, a, PARAGRAPH_REACH), first):
        return None     # no month nor date in reach: nothing to read (a stock's words not read either)
    # a count out of a whole ("Đến tháng 10/2019, huyện đã có 9/9 xã … đạt chuẩn") is a level at the time too,
    # not an amount out of a plan ("Lũy kế giải ngân … đến ngày 10/12/2025 đạt 9.037/17.454 tỷ đồng": a flow)
    # whether it is a stock: read (once) only where a month or a quarter's end is found, which most
    # statements' sentences do not write
    stock = cache(lambda: bool(is_stock(draft.name)
                               or (draft.figs[0].kind == "fraction" and draft.unit not in CURRENCIES)
                               or _stock_after(ctx, draft) or _stock_before(ctx, draft)
                               or _had_count(ctx, draft, a)
                               or _item_of_had(ctx, draft, line_start_within(ctx.text, a, PARAGRAPH_REACH))))
    found = _month_up_to(ctx, a, first, year, quarters=stock)
    label_year = _label_year(draft.period) if found is None and year is None else None
    if label_year is not None:
        # a date without its year in a document that names none: only a flow whose own words give the date
        # after its name, dated by a year or its months so far ("Kết thúc năm 2018, …, thu ngân sách … đến
        # ngày 30/11/ 2018 được …"), takes the year of its period; a stock is not dated so
        own = _month_up_to(ctx, a, first, label_year)
        if own is not None and not stock() and _own_words_date(draft, *own):
            return f"{own[1]}-01/{own[1]}-{own[2]:02d}"
    if found is None:
        # an earlier sentence of the paragraph opened by it, with a comma after it ("(VOH) - Theo UBND quận
        # Bình Tân, tính đến cuối tháng 9/2013, tổng giá trị sản xuất … 13.300 tỷ đồng …. Tổng thu ngân sách
        # … ước tính trên 1.100 tỷ đồng"): for a statement that month alone dates (a flow: the months so far),
        # or a stock the report dates ("tính đến tháng 10/2020, … có 8.790 hộ nghèo, …. Hộ cận nghèo có
        # 19.378 hộ"; an item after a ";" of the opener's sentence)
        i = bisect_left(ctx.period_starts, a)
        if i < len(ctx.periods) and ctx.periods[i][0] < first:
            return None     # its own sentence names a period ("Trong tháng 9/2013, thu ngân sách đạt …")
        found = _month_up_to(ctx, line_start_within(ctx.text, a, PARAGRAPH_REACH), a, year, opener=True,
                             quarters=stock)
        if found is None or NOW_OPENER.search(ctx.text, found[0], first) is not None:
            return None     # none, or a sentence between opens with "Đến nay," / "Hiện nay,": the document's date
        if draft.period == f"{found[1]}-{found[2]:02d}":
            if draft.period_source == "clause" or draft.breakdown_dated:
                return None     # the month of the statement it belongs to, or of a breakdown's whole ("… đạt 144.206 tỷ đồng, …
                #                 tương ứng tăng 10,48% và chiếm 94,13% tổng nguồn vốn"): kept
        elif stock() and _reported(draft, found[1]):
            pass
        elif not stock() and draft.unit != "%" and _SO_FAR_LABEL.fullmatch(draft.period or "") \
                and draft.period_source == "document" and str(found[1]) in (draft.period or ""):
            # "đến hết tháng 10, Khánh Hòa đón gần 1,6 triệu lượt khách Trung Quốc, …. Thị trường khách Nga
            # xếp thứ hai với gần 365.000 lượt khách" in a report of 11 months: the paragraph's months so far
            # for an amount or a count (a ratio, "đáp ứng được 54,45%", is no sum over the months)
            return f"{found[1]}-01/{found[1]}-{found[2]:02d}"
        else:
            return None
    at, y, m = found
    month, so_far = f"{y}-{m:02d}", f"{y}-01/{y}-{m:02d}"
    if draft.period == month:
        if draft.period_of_whole:
            return None     # an aside's part that took its whole's month ("có 50.852 tổ chức (gồm 14.782 …)")
        # the month read as the figure's own ("ước đến cuối tháng 6 … xuống giống 57.369 ha")
        return month if stock() else so_far
    if stock() and _reported(draft, y):
        return month        # a balance dated by the report, not by its own words: at the date
    if _own_words_date(draft, at, y, m):
        # "Thu ngân sách đến 31/10/2019 đạt 130,339 tỷ đồng": the date in the statement's own words,
        # its year only the report's, or the months so far of that year its report or sentence names up to a
        # later month ("6 tháng đầu năm, …; thu ngân sách … tính đến ngày 31/5/2017 trên 8 tỷ đồng" →
        # 2017-01/2017-05): a flow over the months of that year up to it
        return so_far
    return None


def _own_words_date(draft: Draft, at: int, y: int, m: int) -> bool:
    """True when the date (at `at`, of month `m` of year `y`) is in `draft`'s own words after its name and its
    period is only the report's or its sentence's: none, the year, or the months so far of that year up to a
    later month."""
    return (draft.name_start is not None and draft.name_start <= at and draft.period_source != "statement"
            and (draft.period in (None, str(y)) or _later_so_far(draft.period, y, m)))


def _later_so_far(label: Optional[str], y: int, m: int) -> bool:
    """True when `label` is the months of year `y` so far up to month `m` or a later one.

    >>> _later_so_far("2017-01/2017-06", 2017, 5), _later_so_far("2017-01/2017-06", 2016, 5), _later_so_far("2017-01/2017-04", 2017, 5)
    (True, False, False)
    """
    found = _SO_FAR_LABEL.fullmatch(label or "")
    return found is not None and int(found[1]) == y and int((label or "")[-2:]) >= m


def _label_year(label: Optional[str]) -> Optional[int]:
    """The year of a period that is one year or the months of one year so far, for a date written without its
    year where the document names none (``Kết thúc năm 2018, …. Thu ngân sách … đến ngày 30/11/ 2018 được …``,
    a year the extractor does not join to its date).

    >>> _label_year("2018"), _label_year("2018-01/2018-06"), _label_year("2016-2020"), _label_year(None)
    (2018, 2018, None, None)
    """
    found = _SO_FAR_LABEL.fullmatch(label or "") or _YEAR_LABEL.fullmatch(label or "")
    return int(found[1]) if found is not None else None


def _reported(draft: Draft, y: int) -> bool:
    """True when `draft`'s period is not its own words' and is none, one of year `y`, or a span of years that holds
    it (a review of ``2016-2020`` under ``Tính đến hết tháng 6/2018, …``)."""
    if draft.period_source == "statement":
        return False
    span = _YEARS_LABEL.fullmatch(draft.period or "")      # a term's span that holds the year ("2016-2020")
    return draft.period is None or str(y) in draft.period or (span is not None and int(span[1]) <= y <= int(span[2]))

