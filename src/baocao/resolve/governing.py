"""What governs a statement's period and framing from outside its sentence.

- :func:`document_period`: the period a whole document reports on, named in its title or opening
  (``Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2023`` → ``2023-01/2023-10``: the longest
  of the periods written there);
- :func:`with_year`: a period written without its year (``8 tháng đầu năm``, ``quý I``) takes the
  document's year;
- :func:`lead_ins`: a clause that ends with a colon and holds no figure (``Kết quả một số chỉ tiêu
  chủ yếu ước năm 2023:``, ``Tiến độ thu hoạch ước tính đến ngày 15/10/2023:``) frames and dates the
  statements after it, to the end of its paragraph or section (and the list items set out after it,
  each its own paragraph: :mod:`~baocao.resolve.lead_in_items`).

The words are those of ``data/indicators.yaml`` (``estimate``, ``target``); positions are offsets in ``report.original``.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Optional, Union

import regex

from baocao.core.rules import compile_at
from baocao.core.fold import fold
from baocao.resolve._rules import load, target_words_pattern, words_pattern
from baocao.resolve.article_targets import target_articles
from baocao.resolve.headlines import OPENING_CHARS, TITLE_CHARS, headline_lines
from baocao.resolve.doc_body import body_lead_end, figure_ends, lead_period, no_event
from baocao.resolve.doc_horizons import event_year, term_horizons
from baocao.resolve.doc_later_parts import later_parts
from baocao.resolve.doc_plans import months_it_dates, planned, without_plans
from baocao.resolve.doc_prior_year import prior_year
from baocao.resolve.doc_review import year_in_review
from baocao.resolve.doc_title_months import title_months
from baocao.resolve.doc_to_date import to_date_months, year_start_dates
from baocao.resolve.reach import SENTENCE_STOP_BEFORE, TABLE_CELL
from baocao.resolve.period_lines import clean_paragraph_ends, paragraph_end
from baocao.resolve.term_headings import term_target_headings
from baocao.resolve.title_estimates import estimated_periods
from baocao.resolve.reached_targets import says_reached
from baocao.resolve.lead_in_items import item_paragraphs_end, sibling_items
from baocao.resolve.listed_parts import listed_parts
from baocao.resolve.vocabulary import BASE_YEAR_BEFORE, PLAN_NAME_BEFORE
from baocao.resolve.written import FIGURE_THEN_OF, PLAN_NAME_REACH

if TYPE_CHECKING:
    from baocao.report import Report
    from baocao.schema import Date, Period
    from baocao.schema.records import Framing

OPENING_PARAGRAPHS = 3
"""How many paragraphs (separated by blank lines) the opening holds at most: title, date line, lead."""
OPENING_TITLE_PARAGRAPHS = 5
"""… or, when they are all short lines that end no sentence (a title block set out over several
paragraphs: ``Tháng 11``, ``BÁO CÁO``, ``Tình hình kinh tế xã hội tỉnh Hậu Giang``, ``tháng 10, ước tháng 11
và 11 tháng năm 2018``), this many, the prose after them left out."""
_JOINERS = frozenset({"va", ",", ""})
VALUE_KINDS = frozenset({"percentage", "money", "quantity", "fraction"})
_BLANK_LINE = regex.compile(r"\n[ \t\u00a0]*\n")
_LINE_END = regex.compile(r"[ \t\u00a0]*(?:\n|\Z)")


@cache
def _framing_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    r = load("indicators")
    return regex.compile(words_pattern(r.estimate)), regex.compile(target_words_pattern(r.lead_in_target))



@dataclass(frozen=True)
class When:
    """A span of the text that names a period: a period record (not a comparison base) or a date of
    a month and year without a day (``tháng 5 năm 2024``), with its label and length in months."""
    start: int
    end: int
    label: Optional[str]
    year: Optional[int]
    months: int
    record: Union[Period, Date]


def _months(p: Period) -> int:
    """How many months a period record covers (a year: 12 each)."""
    sy, ey = p.start_year, p.end_year or p.start_year
    if p.period_type == "year_range":
        return (ey - sy + 1) * 12 if sy and ey else 60
    if p.period_type == "year":
        return 12
    sm = p.start_month or 1
    return max(1, (p.end_month or sm) - sm + 1)


def base_year(text: str, pos: int) -> bool:
    """True when the words before `pos` make the year there a base, not a span a figure holds over
    (``theo giá so sánh năm 2010``; ``base_year_words``)."""
    return BASE_YEAR_BEFORE.search(fold(text[max(0, pos - 40):pos])) is not None


_YEAR_OF_BEFORE = compile_at(r"[ \t\u00a0]*,[ \t\u00a0]*")
_BLANK_DAY = regex.compile(r"(?<!\p{L})ngay[\s._…-]*$")
_PARTS_OF_A_YEAR = frozenset({"month", "quarter", "months", "month_range"})


def _year_of_before(text: str, r: Period, before: Optional[When]) -> bool:
    """True when the year `r` is the year of the part of a year written right before it, a comma
    between (``tháng 3, năm 2021``, ``quý I, năm 2022``): that part's year, no period of its own."""
    if before is None or before.record.kind != "period" or r.period_type != "year":
        return False
    p = before.record
    return (p.period_type in _PARTS_OF_A_YEAR and p.start_year in (None, r.start_year)
            and _YEAR_OF_BEFORE.fullmatch(text, before.end, r.start) is not None)


def _with_its_year(w: When, year: Optional[int]) -> When:
    """`w`, a part of a year, with the year written after it."""
    p = w.record
    assert p.kind == "period"
    label = with_year(p, year)
    if p.start_year is None:
        p = p.model_copy(update={"start_year": year, "end_year": year, "label": label})
    return When(w.start, w.end, label, year, w.months, p)


def periods_of(report: Report) -> list[When]:
    """Every span of `report` that names a period a figure can hold over, in text order (not a
    base year: ``giá so sánh năm 2010``; not a year written after a comma as the year of the month,
    quarter or months right before it: ``tháng 3, năm 2021`` is ``2021-03``).

    >>> import baocao
    >>> [w.label for w in periods_of(baocao.parse("Báo cáo về nhiệm vụ tháng 3, năm 2021 như sau:"))]
    ['2021-03']
    >>> [w.label for w in periods_of(baocao.parse("Trong quý I, năm 2022 và năm 2021, …"))]
    ['2022-Q1', '2021']
    """
    out: list[When] = []
    for r in report.records:
        if r.kind == "period" and r.period_type != "comparison":
            if r.period_type == "year" and base_year(report.original, r.start):
                continue
            if _year_of_before(report.original, r, out[-1] if out else None):
                out[-1] = _with_its_year(out[-1], r.start_year)
                continue
            out.append(When(r.start, r.end, r.label, r.start_year or r.end_year, _months(r), r))
        elif (r.kind == "date" and r.day is None and r.month is not None and r.year is not None
              and not _BLANK_DAY.search(fold(report.original[max(0, r.start - 16):r.start]))):
            # not a draft's date line, its day left blank ("Mường Ảng, ngày   tháng 12 năm 2024"): a date
            out.append(When(r.start, r.end, f"{r.year}-{r.month:02d}", r.year, 1, r))
    return out


def _opening(original: str) -> int:
    """The end of a document's opening: its paragraphs (separated by blank lines) up to and with
    the first that reads as prose (ends a sentence, or is longer than :data:`TITLE_CHARS`), at most
    :data:`OPENING_PARAGRAPHS` of them (:data:`OPENING_TITLE_PARAGRAPHS` of a title block), within
    :data:`OPENING_CHARS`. Title and date lines come
    before a lead; a later paragraph is the body, not the opening."""
    text = original[:OPENING_CHARS]
    pos = len(text) - len(text.lstrip())
    for k in range(OPENING_TITLE_PARAGRAPHS):
        m = _BLANK_LINE.search(text, pos)
        end = m.start() if m else len(text)
        para = text[pos:end].strip()
        prose = len(para) > TITLE_CHARS or para.endswith((".", "!", "?", "…"))
        if k >= OPENING_PARAGRAPHS and prose:
            return pos      # a title block of more short paragraphs goes on; the prose after it is the body
        if m is None or (prose and k < OPENING_PARAGRAPHS):
            return end
        pos = m.end()
    return pos


@cache
def _compared_before() -> regex.Pattern[str]:
    words = load("indicators")
    # "so với cuối năm 2021": the base's end, start or middle of a period is compared with too
    return regex.compile(words_pattern(words.excess_verbs + words.comparatives + words.base_prefixes)
                         + r"(?:\s+(?:cuoi|dau|giua))?\s*$")


def _compared(text: str, start: int) -> bool:
    """True when the period at ``start`` is one compared with (after ``vượt``, ``cao hơn``, ``so với``, also
    before ``cuối``/``đầu``/``giữa``: ``tăng 160 xã so với cuối năm 2021``)
    or a figure's own (after the figure and ``của``: ``tăng 3,68% của quý I/2020``)."""
    before = fold(text[max(0, start - 24):start])
    return bool(_compared_before().search(before) or FIGURE_THEN_OF.search(before))


_TO_AT_END = regex.compile(r"(?<![\p{L}\p{N}])(?:den|toi)\s+$")
# "phấn đấu đến năm 2030 trở thành tỉnh khá", "lộ trình giai đoạn 2021-2025": a target's horizon or span (its clause)
_TARGET_HORIZON_BEFORE = regex.compile(words_pattern(load("indicators").target_horizon_words) + r"[^,;:.!?()\n]*$")
# "đến năm 2030", "vào năm 2015", "trong năm 2023": the horizon right before a year, not a plan's own year
# ("… 9 tháng đầu năm và giải pháp phấn đấu hoàn thành kế hoạch năm 2023": the year reported on)
_HORIZON_LEAD_AT_END = regex.compile(words_pattern(load("indicators").target_horizon_leads) + r"(?:\s+nam)?\s+$")


def _plan_horizon(text: str, w: When) -> bool:
    """True when period `w` is the horizon of a plan named before it in its clause (``phê duyệt điều chỉnh
    quy hoạch tổng thể phát triển kinh tế xã hội tỉnh Kiên Giang đến năm 2020``) or a target's horizon
    or span (``target_horizon_words``, then a span of years or a year after ``target_horizon_leads``: ``phấn đấu
    đến năm 2030 trở thành tỉnh khá``, ``lộ trình giai đoạn 2021-2025``, ``kế hoạch về đích vào năm 2015``; not
    ``phấn đấu hoàn thành kế hoạch năm 2023``, ``về đích nông thôn mới năm 2023``): no period the document
    reports on."""
    before = fold(text[max(0, w.start - PLAN_NAME_REACH):w.start])
    span = getattr(w.record, "period_type", None) == "year_range"
    target = _TARGET_HORIZON_BEFORE.search(before) and (span or _HORIZON_LEAD_AT_END.search(before))
    return bool(target or (_TO_AT_END.search(before) and PLAN_NAME_BEFORE.search(before)))


def _plan_span(text: str, w: When) -> bool:
    """True when period `w` is a span of years (``giai đoạn 2021-2025``) of a plan or programme named before it
    in its clause (``Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025``, ``lập quy hoạch
    cấp tỉnh giai đoạn 2021 - 2030``)."""
    if w.record.kind != "period" or w.record.period_type != "year_range":
        return False
    return _plan_named(text, w)


def _plan_named(text: str, w: When) -> bool:
    """True when a plan or programme is named before period `w` in its clause (``kế hoạch năm 2021``)."""
    return bool(PLAN_NAME_BEFORE.search(fold(text[max(0, w.start - PLAN_NAME_REACH):w.start])))


def document_period(report: Report) -> Optional[When]:
    """The period the whole document reports on, or None: the first period with a year written in
    its opening (title, date line, lead), not one it compares with (after ``vượt``, ``cao hơn``, ``so
    với``: ``GDP quý I tăng 4,48%, vượt quý I/2020``); when a longer one is joined to it by ``và`` or a comma
    (``tháng 10 và 10 tháng năm 2023``), that one; when none has its year, the first span of
    several months without it (``6 tháng đầu năm``), whose year is the document's. An opening that names no
    period leaves it to the body's lead (:mod:`~baocao.resolve.doc_body`).

    >>> import baocao
    >>> r = baocao.parse("Báo cáo kinh tế xã hội tháng 10 và 10 tháng năm 2023 tỉnh Cao Bằng\\n\\n"
    ...                  "Lúa mùa thu hoạch được 12.718 ha.")
    >>> document_period(r).label
    '2023-01/2023-10'
    """
    end = _opening(report.original)
    # a period the opening compares with ("GDP quý I tăng 4,48%, vượt quý I/2020") is none it reports on
    every = periods_of(report)      # a target's horizon that is the year of the months reviewed stays
    every = [w for w in every if not _compared(report.original, w.start) and not event_year(report.original, w) and not (
        _plan_horizon(report.original, w) and not months_it_dates(report.original, every, w))]
    listed = listed_parts(report.original, every)     # "(quý I tăng 9,42%, quý II tăng 10,18%, …)": parts of a whole
    every = [w for w in every if w.start not in listed]
    # a plan's span of years ("Chương trình … giai đoạn 2021-2025 … đã qua nửa thời gian …") is none when another has its year
    spans = [w for w in every if w.start < end and _plan_span(report.original, w)]
    # … not a plan's own ("giai đoạn 2016-2020, dự kiến kế hoạch năm 2021": the span is what is reported on)
    if spans and any(w.start < end and w.year is not None and w not in spans and not _plan_named(report.original, w)
                     for w in every):
        every = [w for w in every if w not in spans]
    found = later_parts(report, [w for w in every if w.start < end])     # "Sáng 3/6, … nửa cuối năm 2017": 2017
    if not found:       # "(BĐT) - …, tính từ đầu năm đến ngày 20/10/2021, …": the months the lead counts
        found = [When(p.start, p.end, p.label, p.start_year, _months(p), p) for p in year_start_dates(
            report.original, [r for r in report.records if r.kind == "date"], end)][:1]
    lead = body_lead_end(report.original, end) if not found else end
    if not found and no_event(report, end, lead):      # an opening that names no period: the body's lead
        end, ends = lead, figure_ends(report)
        found = [w for w in every if w.start < end and w.months <= 12 and lead_period(report, w.start, ends)]
    horizons = term_horizons(report, found, end)    # "16 chỉ tiêu nhiệm kỳ 2020-2025. … đến năm 2025 đạt …"
    found = [w for i, w in enumerate(found) if i not in horizons]
    # "Thu ngân sách 9 tháng …" then "tính đến cuối tháng 9/2013, …": the months up to it, not the month
    to_date, up_to = to_date_months(report.original, found, end, headline_lines(report.original))
    first = next((i for i, w in enumerate(found) if w.year is not None), None)
    if first is not None and first in to_date and first not in up_to:
        return None     # "Đến tháng 10/2019, huyện … đã có 9/9 xã đạt chuẩn": a level reached, no span reported on
    found = [When(w.start, w.end, up_to[i].label, w.year, _months(up_to[i]), up_to[i]) if i in up_to else w
             for i, w in enumerate(found) if i not in to_date or i in up_to]
    plans = planned(report.original, found)      # "sơ kết … 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2023"
    if plans:
        found, reviewed, year = without_plans(report.original, found, plans)
        if reviewed is not None:
            return _with_its_year(reviewed, year)
    for i, w in enumerate(found):
        if w.year is None or runs_to_now(w):
            continue        # "Kết quả … từ năm 2011 đến nay": no year the document reports on
        months = _months_before(report.original, found[:i], w) or title_months(report.original, found, w, _with_its_year)
        if months is not None:
            return months
        if i + 1 < len(found):
            nxt = found[i + 1]
            between = fold(report.original[w.end:nxt.start]).strip()
            if between in _JOINERS and nxt.months > w.months and nxt.year is not None:
                return nxt
        return w
    # none with its year: the first without ("6 tháng đầu năm, …"), dated by the document's year; a longer
    # one joined to it by "và" ("quý II và 6 tháng đầu năm"), that one
    k = next((j for j, w in enumerate(found) if w.record.kind == "period" and w.months > 1), None)
    if k is not None and k + 1 < len(found) and found[k + 1].year is None and found[k + 1].months > found[k].months:
        if fold(report.original[found[k].end:found[k + 1].start]).strip() in _JOINERS:
            return found[k + 1]
    return None if k is None else found[k]


def _months_before(text: str, earlier: list[When], w: When) -> Optional[When]:
    """A span of several months without its year written before the first year `w` of the opening,
    in the same sentence, when `w` is a whole year: the months of that year are what the document
    reports on (``Trong tháng 9 và 9 tháng đầu năm, … tình hình kinh tế - xã hội … năm 2022`` →
    ``2022-01/2022-09``; not ``Kết thúc quý I năm nay, …. Trái ngược với các năm 2021 và 2022 …``)."""
    if w.record.kind != "period" or w.record.period_type != "year":
        return None
    span = next((e for e in earlier if e.record.kind == "period" and 1 < e.months < 12
                 and e.record.period_type not in ("year", "year_range", "comparison")), None)
    if span is None or span.record.kind != "period" or SENTENCE_STOP_BEFORE.search(text, span.end, w.start):
        return None
    return When(span.start, span.end, with_year(span.record, w.year), w.year, span.months, span.record)


def with_year(p: Period, year: Optional[int]) -> Optional[str]:
    """The label of period `p`, with `year` put where it was not written (None when neither says).

    >>> import baocao
    >>> [with_year(p, 2024) for p in baocao.extract("8 tháng đầu năm; quý I; tháng 12; năm 2023")]
    ['2024-01/2024-08', '2024-Q1', '2024-12', '2023']
    """
    from baocao.extract.period import label

    if p.start_year is not None or year is None or p.period_type in ("year", "year_range", "comparison"):
        return p.label
    return label(p.model_copy(update={"start_year": year,
                                      "end_year": year if p.end_month is not None else p.end_year}))


def runs_to_now(w: When) -> bool:
    """True when `w` is a span of years that runs to now (``từ năm 2011 đến nay``, label ``2011-``): what
    it governs holds up to the document's date, as after ``đến nay`` alone, not over a period of its own."""
    return w.record.kind == "period" and w.record.period_type == "year_range" and w.record.end_year is None


def label_with_year(w: When, year: Optional[int]) -> Optional[str]:
    """The label of a :class:`When`, a period record's completed with `year` (:func:`with_year`); None
    for a span that runs to now (:func:`runs_to_now`: ``Tổng nguồn lực huy động … từ năm 2011 đến nay là
    hơn 2.045,5 tỷ đồng`` holds at the document's date, not over ``2011-``)."""
    if runs_to_now(w):
        return None
    return with_year(w.record, year) if w.record.kind == "period" else w.label


@dataclass(frozen=True)
class DocumentTime:
    """What dates a document as a whole, found once per report: the period it reports on
    (:func:`document_period`), the year of its date (``dated``, from
    :func:`~baocao.resolve.metadata.document_date`), the year it reports on (``year``: the period's,
    else the date's, else the year after the first ``cùng kỳ năm YYYY`` it compares with) and its
    lead-in clauses (:func:`lead_ins`)."""
    whole: Optional[When]
    dated: Optional[int]
    year: Optional[int]
    leads: list[LeadIn]


def document_time(report: Report) -> DocumentTime:
    """The :class:`DocumentTime` of a report."""
    from baocao.resolve.metadata import document_date

    whole = document_period(report)
    # "… triển khai nhiệm vụ … năm 2023" whose body reports 2022's results: 2022 (doc_prior_year.py)
    whole = prior_year(report.original, whole, [w for w in periods_of(report) if not _compared(
        report.original, w.start)], _opening(report.original)) or whole
    date = document_date(report.original, [r for r in report.records if r.kind == "date"],
                         [r for r in report.records if r.kind == "docref"])
    dated = date[2]
    if whole is None:   # "kỳ họp cuối năm" dated 03/01/2023: the year under review, 2022 (doc_review.py)
        p = year_in_review(report, body_lead_end(report.original, _opening(report.original)), date)
        whole = When(p.start, p.end, p.label, p.start_year, 12, p) if p is not None else None
    year = whole.year if whole is not None and whole.year is not None else dated
    if year is None:
        # "6 tháng đầu năm, GRDP tăng 3,02% so với cùng kỳ năm 2023": the same period of 2023 is
        # the base, so the figures are of 2024
        year = next((r.start_year + 1 for r in report.periods if r.period_type == "comparison"
                     and r.base == "same_period_year" and r.start_year), None)
    # a lead-in that names a period the opening estimates ("… tháng Chín và ước 9 tháng năm 2018") lists its
    # estimates (resolve/title_estimates.py)
    estimated = {label_with_year(w, year) for w in estimated_periods(report.original, periods_of(report),
                                                                      _opening(report.original))} - {None}
    leads = [LeadIn(x.clause_start, x.start, x.end, "estimate", x.period) if x.framing is None and x.period
             is not None and label_with_year(x.period, year) in estimated else x for x in lead_ins(report, dated)]
    return DocumentTime(whole, dated, year, _restating_whole(report, leads, whole, year))


def _restating_whole(report: Report, leads: list[LeadIn], whole: Optional[When], year: Optional[int]) -> list[LeadIn]:
    """`leads` without the period of a preamble that restates the period the document reports on
    (``Ngày 08/4/2021, UBND tỉnh có Báo cáo số 87/BC-UBND về nhiệm vụ phát triển kinh tế - xã hội tháng
    3, năm 2021 như sau:`` under the title ``Tình hình kinh tế - xã hội tháng 3 năm 2021``): what it
    governs is dated by the document (source ``document``), as in a report without such a preamble;
    a preamble that frames (``ước tính``) keeps its framing."""
    if whole is None or not leads:
        return leads
    label = label_with_year(whole, year)
    out = []
    for x in leads:
        if (x.end == len(report.original) and x.period is not None
                and label_with_year(x.period, year) == label):
            if x.framing is None:
                continue
            x = LeadIn(x.clause_start, x.start, x.end, x.framing, None)
        out.append(x)
    return out


@dataclass(frozen=True)
class LeadIn:
    """A clause ending with a colon that governs the statements in [start, end) (original offsets):
    `framing` (``estimate``, ``target`` or None) and `period` (a :class:`When`, or None)."""
    clause_start: int
    start: int
    end: int
    framing: Optional[Framing]
    period: Optional[When]


def lead_ins(report: Report, dated: Optional[int] = None) -> list[LeadIn]:
    """The lead-in clauses of a report: in a sentence, the text before a colon that holds a framing
    word or a period and no figure (an estimate word wins over a target word: ``Kết quả một số chỉ
    tiêu chủ yếu ước năm 2023:``); it governs from the colon to the end of its paragraph (a blank
    line) or section, whichever comes first, or, in the document's opening (a preamble: ``…, ước
    tính tháng 12 năm 2023, Cục Thống kê … báo cáo … như sau:``), to the end of the document. A heading
    that names a term's targets (:func:`~baocao.resolve.term_headings.term_target_headings`; `dated`
    the year the document is dated) is one too: targets over the term, under it.

    >>> import baocao
    >>> r = baocao.parse("Kinh tế tiếp tục ổn định.\\n\\nKết quả một số chỉ tiêu chủ yếu ước năm 2023:\\n"
    ...                  "- GRDP tăng 7,61%.\\n- Dịch vụ tăng 8,33%.\\n\\nNăm 2024 GRDP tăng 7%.")
    >>> [(x.framing, x.period.label, r.original[x.start:x.end].count("\\n")) for x in lead_ins(r)]
    [('estimate', '2023', 2)]
    """
    estimate, target = _framing_patterns()
    text = report.original
    figures = sorted(r.start for r in report.records if r.kind in VALUE_KINDS)
    periods = periods_of(report)
    period_starts = [p.start for p in periods]
    sec_starts = sorted(s.start for s in report.sections)
    opening = _opening(text)
    blanks: Optional[list[int]] = None        # starts of the blank lines, found once
    paragraph_ends: Optional[list[int]] = None     # the clean text's line ends, found once
    out: list[LeadIn] = []
    for s in report.sentences:
        colon = text.find(":", s.start, s.end)
        if colon < 0:
            continue
        i = bisect_left(figures, s.start)
        if i < len(figures) and figures[i] < colon:
            continue
        clause = fold(text[s.start:colon])
        # "Kết quả một số chỉ tiêu chủ yếu ước năm 2023:" lists estimates of the results
        # ("Các chỉ tiêu đạt và vượt kế hoạch đề ra:" lists results: no target)
        framing: Optional[Framing] = ("estimate" if estimate.search(clause)
                                      else "target" if target.search(clause) and not says_reached(text[s.start:colon])
                                      else None)
        period = None
        i = bisect_left(period_starts, s.start)
        while i < len(periods) and periods[i].start < colon:
            if periods[i].end <= colon:
                period = periods[i]
            i += 1
        if framing is None and period is None:
            continue
        if colon < opening and _LINE_END.match(text, colon + 1):
            # the preamble of a report ("… báo cáo kết quả … như sau:", its list on the lines after it) frames
            # all of it; a summary with its list on its own line ("Tháng 10/2021, nhiều chỉ tiêu tăng … như:
            # Vốn đầu tư … tăng 10,19%; …") governs its paragraph only
            end = len(text)
        else:
            if blanks is None:
                blanks = [m.start() for m in _BLANK_LINE.finditer(text)]
            k = bisect_right(blanks, colon)
            end = blanks[k] if k < len(blanks) else len(text)
            k = bisect_right(sec_starts, colon)
            if k < len(sec_starts) and sec_starts[k] < end:
                end = sec_starts[k]
            row = max(s.start, text.rfind("\n", s.start, colon))
            line_end = text.find("\n", colon, end)
            if not _LINE_END.match(text, colon + 1):
                # "Tuy nhiên, một số sản phẩm … trong tháng Chín giảm so với tháng trước như: điện sản xuất
                # giảm 24,78%; …": a summary with its list on its own line governs that paragraph only
                if paragraph_ends is None:
                    paragraph_ends = clean_paragraph_ends(report)
                end = min(end, paragraph_end(report, paragraph_ends, colon, end))
            if line_end >= 0 and sibling_items(text, text.rfind("\n", 0, colon) + 1, colon, line_end):
                end = line_end     # "(2) Thu nhập … đến năm 2025: 45 triệu đồng.\n(3) …": its item only
            if line_end >= 0 and TABLE_CELL.search(text, row, line_end):
                end = line_end     # a table row's cell ("Giá trị sản xuất | Năm 2019, …: …"): its row only
        out.append(LeadIn(s.start, colon + 1, end, framing, period))
        items = item_paragraphs_end(text, colon, framing) if framing is not None and end < len(text) else None
        if items is not None:   # "… ước tính đạt được những kết quả chủ yếu sau:" / "1. …;" / "2. …": its items
            out.append(LeadIn(s.start, end, items, framing, None))
    # "Điều 2. Về các chỉ tiêu chủ yếu và nhiệm vụ năm 2022": a resolution's article of targets, to the next article
    out.extend(LeadIn(a, b, end, "target", None) for a, b, end in target_articles(report, figures, dated))
    out.sort(key=lambda x: x.start)
    headings = term_target_headings(report, figures, dated)
    if headings:    # "Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)" over the lines under it
        out = sorted(out + [LeadIn(a, b, end, "target", When(p.start, p.end, p.label, p.start_year, _months(p), p))
                            for a, b, end, p in headings], key=lambda x: x.start)
    return out
