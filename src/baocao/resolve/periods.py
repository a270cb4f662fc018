"""When a figure holds: the period written in a span of a statement, a period record at either end
of an indicator phrase, and the fallback of a statement whose sentence names none (its section
heading's period, else the year of the document's date).

A comparison base (``so với năm 2020``) is a period record too, but never the period of a figure.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Callable, Optional, Protocol, TypeVar

import regex

from baocao.core.fold import lower as lower_text
from baocao.core.rules import compile_at
from baocao.resolve.context import Context, Draft, PeriodSpan
from baocao.resolve.governing import DocumentTime, base_year, label_with_year
from baocao.resolve.doc_plans import plan_spans
from baocao.resolve.section_plans import heading_part, split_heading
from baocao.resolve.section_titles import part_periods
from baocao.resolve.period_month import before_cumulative, report_month, says_this_month
from baocao.resolve.period_labels import months_of
from baocao.resolve.written import BASE_REACH, LABEL_YEAR, has_year, paragraph_openers, written_periods
from baocao.resolve.vocabulary import (
    WORDS, BASE_PREFIX_AT_END, CUMULATIVE, CUMULATIVE_BALANCE_BEFORE, MONTHS_SO_FAR, NOW, NOW_OPENER, PERIOD_AFTER_END,
    PERIOD_AFTER_GAP, PERIOD_AFTER_NOT_AFTER, THIS_YEAR, YEAR, YEAR_PAIR, YEAR_RANGE,
)

if TYPE_CHECKING:
    from baocao.report import Report
    from baocao.schema.records import Framing, PeriodSource

T = TypeVar("T")


class PeriodFallback(Protocol):
    """What :func:`fallback_period` returns: the (period, source) of a statement at clean offset
    `pos` whose sentence names no period."""

    def __call__(self, pos: int, now: bool = False) -> tuple[Optional[str], Optional[PeriodSource]]: ...


def is_year_pair(m: regex.Match[str]) -> bool:
    """True when a match of ``YEAR_PAIR`` is two years in a row (``2022/2023``: a crop or school year)."""
    return int(m.group(2)) == int(m.group(1)) + 1


_YEAR_DIGITS = regex.compile(r"(?:19|20)\d\d")   # what YEAR_RANGE, YEAR_PAIR and YEAR each match inside


def period_in(ctx: Context, a: int, b: int) -> Optional[str]:
    """The last period written in [a, b): a period record's label (``2024-Q2``), else a year
    or a span of years the records do not hold (a term's ``2020-2025``, a date's ``/2025``);
    a comparison base (``so với năm 2020``, ``so với quý II/2020``) is no period of the figure."""
    best, pos = None, -1
    i = bisect_left(ctx.period_starts, a)
    while i < len(ctx.periods) and ctx.periods[i][0] < b:
        p0 = ctx.periods[i][0]
        if (ctx.periods[i][1] <= b and p0 not in ctx.dated_after and has_year(ctx.periods[i][2])
                and not BASE_PREFIX_AT_END.search(ctx.folded, max(0, p0 - BASE_REACH), p0)):
            best, pos = ctx.periods[i][2], p0
        i += 1
    if _YEAR_DIGITS.search(ctx.folded, a, b) is None:
        return best     # no year written in [a, b) (nine calls in ten): no span nor "năm" and a year to read
    seg = ctx.folded[a:b]
    spans = [m for m in YEAR_RANGE.finditer(seg)] + [m for m in YEAR_PAIR.finditer(seg) if is_year_pair(m)]
    spans.sort(key=lambda m: m.start())
    ranges = [m.span() for m in spans]
    for m in spans:
        if a + m.start() > pos and not ctx.is_covered(a + m.start(1)):
            best, pos = f"{m.group(1)}-{m.group(2)}", a + m.start()
    for m in YEAR.finditer(seg):
        inside = any(r0 <= m.start(1) < r1 for r0, r1 in ranges)
        if base_year(ctx.text, a + m.start()):
            continue        # "theo giá so sánh năm 2010", "thành lập năm 1995"
        if (not inside and a + m.start() > pos and not ctx.is_covered(a + m.start(1))
                and a + m.start() not in ctx.dated_after):
            best, pos = m.group(1), a + m.start()
    return best


NOW_REACH = 80
"""How far before a statement's first figure ``đến nay``/``hiện nay`` dates it by the document."""
NOW_SENTENCE_REACH = 200
"""How far back in the statement's own sentence ``đến nay`` is looked for (``Kể từ khi tái lập tỉnh
(năm 1992) đến nay, Bình Thuận luôn đạt tốc độ tăng trưởng khá, … bình quân hàng năm tăng 12,3%``)."""
# the last sentence stop before an offset, searched back from it: its end is the end of the last
# one searched forward (tests/test_reach.py), without a look ahead to the offset at each stop
_SENTENCE_START = regex.compile(r"(?r)(?:[.!?]\s|\n)")


def now_before(ctx: Context, pos: int) -> bool:
    """True when ``đến nay``/``hiện nay`` (``now_words``) stands before clean offset `pos`: within
    :data:`NOW_REACH`, or earlier in its sentence within :data:`NOW_SENTENCE_REACH` with no figure
    between (a statement whose sentence names no period then holds up to the document's date; after
    ``lũy kế đến nay có 1.095 dự án; …`` the next statements are not dated by it)."""
    # no now word within either reach (most figures): none in any part of it either (a match
    # depends on the text before it and the end of the search only), and no sentence to read
    if NOW.search(ctx.folded, max(0, pos - max(NOW_REACH, NOW_SENTENCE_REACH)), pos) is None:
        return False
    if NOW.search(ctx.folded, max(0, pos - NOW_REACH), pos) is not None:
        return True
    a = max(0, pos - NOW_SENTENCE_REACH)
    end = _SENTENCE_START.search(ctx.text, a, pos)
    if end is not None:
        a = end.end()
    last = None
    for last in NOW.finditer(ctx.folded, a, pos):
        pass
    return last is not None and not ctx.figures_from(last.end(), pos)


def part_of_time(part: Optional[str], whole: Optional[str]) -> bool:
    """True when period `part` lies inside period `whole` and is shorter (``2025-Q1`` of
    ``2025-01/2025-09``): a statement of a part of the time, not a part of the whole's figure."""
    a, b = months_of(part), months_of(whole)
    return a is not None and b is not None and b[0] <= a[0] and a[1] <= b[1] and a != b


def aside_period(draft: Draft, whole: Draft) -> None:
    """A statement in a parenthesis right after another (`whole`) that names no period of its own
    holds over that statement's period (``tháng 12 năm 2010, kim ngạch xuất khẩu … tăng 4,4% so với
    tháng trước (xuất khẩu địa phương tăng 4,5%, …)``: ``2010-12``, not the title's year)."""
    if draft.in_parens and draft.period is None and has_year(whole.period):
        draft.period, draft.period_source, draft.period_of_whole = whole.period, whole.period_source or "clause", True


def framing_by_time(framing: Framing, own: bool, period: Optional[str], source: Optional[PeriodSource],
                    year: Optional[int], dated: Optional[int]) -> Framing:
    """The framing of a statement once its period is known: a statement dated by its own words to a
    period that ends before the year the document reports on (`year`) is a past figure written beside
    the current ones (``(năm 2022 tăng 9,21%)``, ``0,84% của năm 2020`` in a report on 2023): actual,
    whatever estimate or target frames its sentence, unless its own lead says so (`own`); an actual
    statement dated by its own words to a period that begins after the year of the document's date
    (`dated`; without it, or when it is more than a year before `year` and so a cited document's, a year
    more than one after `year`) is a target (``GRDP bình quân đầu người năm 2030 đạt 9.800 USD`` in a
    report of 2025; a later year that only its clause names may name a plan, ``Đề án … đến năm 2025``), and so is
    a span of years that opens in that year and ends after it (``giai đoạn 2021-2025`` in a review of 2016-2020).

    >>> framing_by_time("estimate", False, "2022", "statement", 2023, 2023)
    'actual'
    >>> framing_by_time("estimate", True, "2022", "statement", 2023, 2023), framing_by_time("actual", False, "2030", "statement", 2025, 2025)
    ('estimate', 'target')
    >>> [framing_by_time("actual", False, p, "statement", 2025, None) for p in ("2026", "2027", "2026-2030")]
    ['actual', 'target', 'target']
    >>> framing_by_time("estimate", False, "2022", "document", 2023, None), framing_by_time("actual", False, "2030", "clause", 2025, 2025)
    ('estimate', 'actual')
    >>> framing_by_time("actual", False, "2022", "statement", 2022, 2019), framing_by_time("actual", False, "2022", "statement", 2022, 2021)
    ('actual', 'target')
    """
    years = [int(y) for y in LABEL_YEAR.findall(period or "")]
    if not years:
        return framing
    if framing != "actual" and not own and source == "statement" and year is not None and max(years) < year:
        return "actual"
    # without the document's date, the year it reports on bounds the present from below only: a year
    # right after it may have passed ("năm 2016 … thì năm 2017 đạt 600 tấn"); a date more than a year before
    # it is a cited document's ("theo Nghị Quyết 830 … ngày 17/12/2019" in a report on 2022), no bound
    dated = None if dated is not None and year is not None and dated < year - 1 else dated
    now = dated if dated is not None else None if year is None else year + 1
    if framing == "actual" and source == "statement" and now is not None and (min(years) > now or min(years) == now < max(years)):
        return "target"
    return framing


_ASIDE = regex.compile(r"\([^()]*\)")


def period_outside_asides(ctx: Context, a: int, b: int) -> Optional[str]:
    """The last period written in [a, b) outside a parenthesis that opens and closes there: the
    aside of the statement before dates that statement (``37,88% (6 tháng đầu năm 2012 là 40,88%) và
    khu vực dịch vụ … là 59,03%``: no period for the 59,03%)."""
    best, pos = None, a
    for m in _ASIDE.finditer(ctx.text, a, b):
        best = period_in(ctx, pos, m.start()) or best
        pos = m.end()
    return period_in(ctx, pos, b) or best


def relative_periods(folded: str, covered: list[tuple[int, int]], year: Optional[int]) -> list[PeriodSpan]:
    """The periods of the document's year that no period record holds, as (start, end, label) in
    the offsets of `folded` (the folded clean text): ``năm nay`` standing alone (`year`: ``2023``)
    and a count of months so far (``bình quân 6 tháng``, ``Tính chung 9 tháng``, ``(6 tháng tăng
    …``: ``2023-01/2023-06``). None without the document's `year`: a period is never guessed.

    >>> relative_periods("san luong nam nay tang; binh quan 6 thang tang 3,68%", [], 2023)
    [(10, 17, '2023'), (34, 41, '2023-01/2023-06')]
    >>> relative_periods("tu dau nam nay", [], 2023), relative_periods("nam nay", [], None)
    ([], [])
    """
    if year is None:
        return []
    starts = [c[0] for c in covered]

    def free(a: int, b: int) -> bool:
        i = bisect_left(starts, b)
        return not any(covered[j][1] > a for j in range(max(0, i - 8), i))

    out: list[PeriodSpan] = []
    for m in THIS_YEAR.finditer(folded):
        if free(*m.span()):
            out.append((m.start(), m.end(), str(year)))
    for m in MONTHS_SO_FAR.finditer(folded):
        n = int(m.group("n"))
        if 2 <= n <= 12 and free(*m.span("span")):
            out.append((m.start("span"), m.end("span"), f"{year}-01/{year}-{n:02d}"))
    return sorted(out)


_ONE_MONTH = regex.compile(r"((?:19|20)\d\d)-(\d\d)")
CUMULATIVE_REACH = 600
"""How far before ``lũy kế`` the month it runs up to is looked for, in its paragraph."""


_CLAUSE_BREAK = regex.compile(r"(?r)[,;.!?\n]")


_BALANCE_REACH = max(map(len, WORDS.cumulative_balance_nouns)) + 4    # the longest noun and its spaces


def after_balance_noun(folded: str, pos: int) -> bool:
    """True when a balance's noun (``cumulative_balance_nouns``) ends right before folded offset `pos`:
    the cumulative word there is that noun's modifier (``khoản lỗ lũy kế``, ``khấu hao lũy kế``), one
    reach for every rule that asks.

    >>> after_balance_noun("khoan lo luy ke", 9), after_balance_noun("khau hao luy ke", 9), after_balance_noun("thu luy ke", 4)
    (True, True, False)
    """
    return CUMULATIVE_BALANCE_BEFORE.search(folded, max(0, pos - _BALANCE_REACH), pos) is not None


def cumulative_lead(folded: str, pos: int) -> bool:
    """True when a cumulative word (``lũy kế``) stands before clean offset `pos` in its clause (after
    the last comma or sentence end, within :data:`CUMULATIVE_REACH`): ``lũy kế được 8.812.251 triệu
    đồng``, not ``thu nội địa được 230.000 triệu đồng``.

    >>> cumulative_lead("thang 11 duoc 5 ty, luy ke duoc 9 ty", 31), cumulative_lead("luy ke duoc 5 ty, thu 9 ty", 22)
    (True, False)
    """
    a = max(0, pos - CUMULATIVE_REACH)
    brk = _CLAUSE_BREAK.search(folded, a, pos)
    return any(not after_balance_noun(folded, c.start())
               for c in CUMULATIVE.finditer(folded, brk.end() if brk else a, pos))     # not "lỗ lũy kế"


_SO_FAR = regex.compile(r"((?:19|20)\d\d)-01/\1-(\d\d)")


def last_month(label: Optional[str]) -> Optional[str]:
    """The last month of a label of the months of a year so far (``2018-01/2018-11`` → ``2018-11``),
    else the label itself."""
    m = _SO_FAR.fullmatch(label or "")
    return f"{m[1]}-{m[2]}" if m else label


def months_so_far(label: Optional[str]) -> Optional[str]:
    """The months of the year up to a month's label (``2018-11`` → ``2018-01/2018-11``), else the label.

    >>> months_so_far("2018-11"), last_month("2018-01/2018-11"), months_so_far("2018"), last_month("2018-Q1")
    ('2018-01/2018-11', '2018-11', '2018', '2018-Q1')
    """
    m = _ONE_MONTH.fullmatch(label or "")
    return f"{m[1]}-01/{m[1]}-{m[2]}" if m else label


_OPENER_GAP = regex.compile(r"[\s\-–—+•*]*(?:trong\s+)?")


def opening_period(ctx: Context, x: int, y: int, end: int) -> Optional[str]:
    """The period (with its year) a sentence's first chunk [x, y) opens with, written before its first
    figure with no comma after it (``Trong tháng 7 toàn tỉnh thu hoạch … được 1.956,06 ha, …, sản lượng
    ước đạt 11.810,69 tấn``): it dates the statements of the sentence (up to `end`) that name no period
    of their own, provided the sentence names no other (``Năm 2020 có 27,3%, năm 2021 có 20,9%, …, có
    trên 99,32% đảng viên …``: a list of years, no opener)."""
    i = bisect_left(ctx.period_starts, x)
    if i >= len(ctx.periods) or ctx.periods[i][1] > y or not has_year(ctx.periods[i][2]):
        return None
    if not _OPENER_GAP.fullmatch(ctx.folded, x, ctx.periods[i][0]):
        return None
    later = ctx.periods[i + 1:bisect_left(ctx.period_starts, end)]
    if any(has_year(p[2]) for p in later) or YEAR.search(ctx.folded, ctx.periods[i][1], end):
        return None
    return ctx.periods[i][2]


#: An aside opening (``" ( "``), matched at every figure: compiled so that a text without a parenthesis
#: ahead is not read to its end.
ASIDE_OPEN = compile_at(r"\s*\(\s*")
# the aside's close, the same way
_ASIDE_CLOSE = compile_at(r"\s*\)")


def period_right_after(ctx: Context, fig_start: int, fig_end: int, lead_start: int) -> Optional[str]:
    """The period right after a figure that dates it (``0,84% của năm 2020 và …``: ``2020``; alone in a
    parenthesis, ``tốc độ tăng trưởng bình quân đạt 16,6%/năm (giai đoạn 2014-2018)``: ``2014-2018``), marked
    in ``ctx.dated_after`` so that it dates no figure after it; None when none stands there, when
    the period runs on (``năm 2020 đạt …``) or when the figure is a ratio or compared (``bằng 95%
    năm 2022``)."""
    if PERIOD_AFTER_NOT_AFTER.search(ctx.folded, lead_start, fig_start):
        return None
    aside = ASIDE_OPEN.match(ctx.folded, fig_end)     # "16,6%/năm (giai đoạn 2014-2018);"
    gap = PERIOD_AFTER_GAP.match(ctx.folded, aside.end() if aside else fig_end)
    at = gap.end() if gap else fig_end
    i = bisect_left(ctx.period_starts, at)
    if i >= len(ctx.periods) or ctx.periods[i][0] != at or not has_year(ctx.periods[i][2]):
        return None
    if (_ASIDE_CLOSE if aside else PERIOD_AFTER_END).match(ctx.folded, ctx.periods[i][1]) is None:
        return None     # a parenthesis holds the period alone
    ctx.dated_after.add(at)
    return ctx.periods[i][2]


def without_period_at_ends(ctx: Context, a: int, b: int, seg: str) -> Optional[tuple[int, int]]:
    """[a, b) (whose folded text is ``seg``) without a period record that begins or ends it (``thu
    ngân sách 6 tháng đầu năm 2025`` → ``thu ngân sách``), None when none does."""
    lead = a + len(seg) - len(seg.lstrip())
    tail = a + len(seg.rstrip())
    covered, starts = ctx.covered, ctx.covered_starts
    i = bisect_left(starts, lead)
    if i < len(covered) and covered[i][0] == lead and covered[i][1] <= b:
        return covered[i][1], b
    i = bisect_left(starts, a)
    if i == len(covered) or covered[i][0] >= tail:
        return None     # no span starts in the lead (the usual case)
    for j in ctx.covered_ending_at(tail):   # the first after a of those ending at tail
        if j >= i and covered[j][0] < tail:
            return a, covered[j][0]
    return None


def last_dated(spans: list[PeriodSpan]) -> Optional[str]:
    """The label of the last of `spans` when it has its year."""
    return spans[-1][2] if spans and has_year(spans[-1][2]) else None


def fallback_period(report: Report, periods: list[PeriodSpan], time: DocumentTime) -> PeriodFallback:
    """``fallback(pos, now=False) -> (period, source)`` for a statement whose sentence names no
    period (`pos` a clean offset), in order: the period of a lead-in clause that governs it
    (``Kết quả một số chỉ tiêu chủ yếu ước năm 2023:``, source ``clause``); the last period in the
    heading of its section or of a section above it (``section``); a period with its year that opens an
    earlier sentence of its paragraph (``Năm 2020, …``: ``sentence``, ``paragraph_openers``); the period
    the document reports on, named in its title or opening (``document``); the title under its part's label
    (``Phần thứ hai`` / ``PHƯƠNG HƯỚNG … 05 NĂM 2025 - 2030``: ``section``, :mod:`~baocao.resolve.section_titles`);
    the last period with its year written before it (an earlier sentence's: ``Trong năm 2025, …. Quy mô kinh tế đạt …``, ``sentence``); the year
    of the document's date (``document``), which alone dates a statement that says ``đến nay`` (`now`).
    ``periods`` are (clean start, clean end, label), by start, labels completed with the document's
    year; `time` is the report's :class:`~baocao.resolve.governing.DocumentTime`."""
    m = report.offsets
    assert m is not None, "Report.__post_init__ sets the offsets"
    starts = [p[0] for p in periods]
    by_section: dict[int, Optional[str]] = {}
    by_part: dict[int, tuple[Optional[str], Optional[str]]] = {}    # a title of results and plans
    parts = {sec.index: heading_part(sec.heading) for sec in report.sections}
    titled = part_periods(report)       # "Phần thứ hai" / "PHƯƠNG HƯỚNG … 05 NĂM 2025 - 2030" (section_titles.py)
    plans = plan_spans(report.text, periods)
    doc_title: Optional[tuple[int, int]] = None      # (index, clean end) of a heading that opens the document
    for sec in report.sections:
        a, b = m.span_to_clean(sec.start, sec.end)
        if sec is report.sections[0] and not report.original[:sec.start].strip():
            doc_title = sec.index, b
        inside = [p for p in periods[bisect_left(starts, a):bisect_right(starts, b)] if p[1] <= b]
        cut = split_heading(report.original[sec.start:sec.end]) if parts[sec.index] == "both" else None
        if cut is not None:     # each part the last period with its year of its own words (section_plans.py)
            c = m.span_to_clean(sec.start, sec.start + cut)[1]
            by_part[sec.index] = (last_dated([p for p in inside if p[1] <= c]), last_dated([p for p in inside if p[0] >= c]))
        else:       # not a plan's period after a review's ("… QUÝ I/2021 TRIỂN KHAI NHIỆM VỤ QUÝ II/2021")
            kept = [p for p in inside if p[0] not in plans]
            if kept and has_year(kept[-1][2]):
                by_section[sec.index] = kept[-1][2]
    leads = [(x.start, x.end, label_with_year(x.period, time.year)) for x in time.leads
             if x.period is not None and has_year(label_with_year(x.period, time.year))]
    lead_starts = [x[0] for x in leads]
    whole_label = label_with_year(time.whole, time.year) if time.whole is not None else None
    if not has_year(whole_label):
        whole_label = None
    dated: tuple[Optional[str], Optional[PeriodSource]] = \
        (str(time.dated), "document") if time.dated else (None, None)
    # periods with their year written, for a document that names none of its own, each with the clean
    # offset up to which it dates a statement
    written = written_periods(report, periods)
    written_starts = [w[0] for w in written]
    openers = paragraph_openers(report, periods)
    opener_starts = [o[0] for o in openers]
    # the month of a monthly report, for a statement its sentence says is the month's (period_month.py)
    month = report_month(report, time.whole, whole_label)
    if month == whole_label:
        month = None
    lowered: list[str] = []

    def lower() -> str:
        if not lowered:     # the clean text lower-cased, of the same length (as Context.lower)
            low = lower_text(report.text)
            lowered.append(low if len(low) == len(report.text) else "".join(c.lower()[:1] or c for c in report.text))
        return lowered[0]

    def fallback(pos: int, now: bool = False) -> tuple[Optional[str], Optional[PeriodSource]]:
        if now:         # "đến nay", "hiện nay": the document's date, whatever governs the paragraph
            return dated
        at = m.to_original(pos)
        label = _governing(leads, lead_starts, at)
        if label is not None:
            return label, "clause"
        sec = report.section_at(at)
        part = title = None
        k = bisect_left(opener_starts, pos) - 1     # "Năm 2020, …. Thu ngân sách … đạt 3.000 tỷ đồng"
        opener = (openers[k] if k >= 0 and pos < openers[k][2]
                  and not NOW_OPENER.search(report.text, openers[k][0], pos) else None)
        while sec is not None:
            title = title or titled.get(sec.index)
            part = part or (parts[sec.index] if parts[sec.index] != "both" else None)
            if sec.index in by_part and part is not None and by_part[sec.index][part == "plans"]:
                return by_part[sec.index][part == "plans"], "section"
            if sec.index in by_section:
                if opener is not None and doc_title is not None and sec.index == doc_title[0] \
                        and opener[0] >= doc_title[1]:
                    return opener[1], "sentence"    # an opener dates its paragraph whatever year the title names
                label = by_section[sec.index]
                if label == whole_label and month is not None and says_this_month(lower(), pos, periods, month):
                    label = month       # a heading that names what the document reports on: its month too
                return label, "section"
            sec = report.sections[sec.parent] if sec.parent is not None else None
        if opener is not None:
            return opener[1], "sentence"
        if whole_label is not None:
            if month is not None and (says_this_month(lower(), pos, periods, month)
                                      or before_cumulative(report.text, pos)):
                # "Một số sản phẩm … trong tháng có khối lượng sản xuất tăng so với tháng trước như: …" in
                # a report of "tháng 12 và cả năm 2024": the month's figures, not the year's
                return month, "document"
            return whole_label, "document"
        if title is not None:       # the part's title, not a year written in an earlier part
            return title, "section"
        k = bisect_right(written_starts, pos) - 1      # the last period with its year written before
        while k >= 0 and written[k][2] < pos:           # ("Riêng năm 2020, …" dates its own sentence)
            k -= 1
        if k >= 0:      # "Đến nay, …" opening a later sentence: the document's date again
            label = written[k][1]
            return (label, "sentence") if label is not None else dated
        return dated

    return fallback


def framing_fallback(report: Report, time: DocumentTime) -> Callable[[int], Optional[Framing]]:
    """``framing(pos) -> framing or None``: the framing of a lead-in clause that governs clean
    offset `pos` (``Kết quả một số chỉ tiêu chủ yếu ước năm 2023:`` → ``estimate``); `time` is the
    report's :class:`~baocao.resolve.governing.DocumentTime`."""
    m = report.offsets
    assert m is not None, "Report.__post_init__ sets the offsets"
    leads = [(x.start, x.end, x.framing) for x in time.leads if x.framing is not None]
    starts = [x[0] for x in leads]

    def framing(pos: int) -> Optional[Framing]:
        return _governing(leads, starts, m.to_original(pos))

    return framing


NESTED_LEAD_INS = 8
"""How many lead-ins back a statement looks for one that still runs at it (lead-ins nest only
inside a paragraph; the preamble's, which runs to the end, is looked at last)."""


def _governing(leads: list[tuple[int, int, T]], starts: list[int], at: int) -> Optional[T]:
    """The value of the nearest lead-in (start, end, value) that began before `at` and still runs
    at it (a later one governs over an earlier one), else None."""
    i = bisect_right(starts, at) - 1
    for j in range(i, max(-1, i - NESTED_LEAD_INS), -1):
        if at < leads[j][1]:
            return leads[j][2]
    if i >= 0 and at < leads[0][1]:
        return leads[0][2]
    return None
