"""Indicator statements in prose: group the numeric records of one statement into an
:class:`~baocao.schema.Indicator` (or count indicators in an :class:`~baocao.schema.IndicatorSummary`).

Nothing here reads numbers: the figures are the records ``baocao.parse`` already found. The rules
only read the words between them, in the clean text (``Report.text``: NFC, page breaks joined, OCR
repaired) folded (``fold``: no diacritics, lower case), with the vocabulary of
``data/indicators.yaml``; offsets go back to the original through ``Report.offsets``:

- A *scope* is a sentence of running text or a footnote body. A parenthesis holding figures is a
  scope of its own, nested in the statement before it (``39 triệu đồng/người/năm (tương đương
  1.629 USD/người/năm)``). A scope splits into *segments* at ``;``, ``:`` and sentence stops, and a
  segment into *chunks* at commas; a chunk without figures extends the chunk before it (``98,89% cơ
  quan, đơn vị, doanh nghiệp đạt danh hiệu văn hóa``), or, before the first figure, gives context
  (``Năm 2025, tỷ trọng …``).
- The *lead* of a figure is the text before it in its chunk. Stripped of framing words, fillers and
  periods at both ends (``lead_fillers``), what remains is the indicator phrase (``name``). A figure
  whose lead holds no phrase continues the indicator before it (``…, trung bình tăng 2,5%/năm, đạt
  71% NQĐH``), or, when that one already has a level, takes the phrase that follows it (``có 372 ha
  cây mắc ca``; a count unit starts the phrase: ``có 4 xã đạt chuẩn …``), or repeats the name of the
  one before (``…, riêng năm 2025 ước đạt 794 tỷ đồng``).
- A percentage after ``đạt``/``vượt`` and before a base (``NQĐH``, ``kế hoạch``, ``mục tiêu``…) is
  the achievement; ``vượt 26,81% so với kế hoạch`` is 126.81% of the plan. A figure after
  ``tăng``/``giảm`` is a change (the value when the statement has no level, else ``change``).
- Framing: ``estimate`` after ``ước``/``dự kiến``; ``target`` after ``phấn đấu``/``mục tiêu``/…,
  under a target section (``Phần thứ hai > II- MỤC TIÊU``), or in a paragraph whose clause ``đề ra
  … chỉ tiêu …:`` opens a list; else ``actual``.
- A count of ``chỉ tiêu`` is a summary (``24/27 chỉ tiêu … đạt và vượt kế hoạch``), with the
  percentage after its ``đạt`` as threshold (``12 chỉ tiêu đạt trên 90%``).
- A footnote anchor in the statement's extent links its breakdown (``breakdown``).

Figures that fit no rule are returned as :class:`Unattached`, with the reason.

The steps, one module each: :mod:`~baocao.resolve.segments` (scopes into segments and chunks),
:mod:`~baocao.resolve.statements` (the context segments carry, which indicator a figure goes to),
:mod:`~baocao.resolve.phrases` (the indicator phrase), :mod:`~baocao.resolve.roles` (what a figure
is: level, change, achievement, count of indicators; how it is read), :mod:`~baocao.resolve.periods`
(when it holds), :mod:`~baocao.resolve.raised_totals` (units added folded into the total they raise),
:mod:`~baocao.resolve.build` (the records); the words are in
:mod:`~baocao.resolve.vocabulary` (``data/indicators.yaml``), the state of a pass in
:mod:`~baocao.resolve.context`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, TypeGuard, Union

from baocao.extract import copy_with
from baocao.core.fold import fold
from baocao.resolve.base_levels import year_after_base
from baocao.resolve.key_bare import drop_bare_keys
from baocao.resolve.key_siblings import key_siblings
from baocao.resolve.key_structure_values import key_structure_values
from baocao.resolve.key_subjects import key_subjects
from baocao.resolve.key_units import key_by_unit
from baocao.resolve.output_parts import key_output_parts
from baocao.resolve.place_parts import key_place_parts
from baocao.resolve.build import records
from baocao.resolve.context import Context, PeriodSpan, Unattached
from baocao.resolve.captions import caption_lines
from baocao.resolve.crossheads import REPEAT_REASON, caption_blocks, crosshead_lines, long_opening
from baocao.resolve.found_subjects import subject_of_sentence_before
from baocao.resolve.governing import DocumentTime, document_time, label_with_year, periods_of
from baocao.resolve.headlines import headline_lines
from baocao.resolve.naming import carry_actions_over_lists
from baocao.resolve.name_numerals import unattach_numeral_names
from baocao.resolve.cumulative_months import cumulative_periods
from baocao.resolve.periods import fallback_period, framing_fallback, relative_periods
from baocao.resolve.year_start import year_so_far_periods, year_start_periods
from baocao.resolve.name_thresholds import THRESHOLD_REASON, threshold_figures
from baocao.resolve.per_one import PER_ONE_REASON, per_one_units
from baocao.resolve.places import home_at_end, home_province
from baocao.resolve.raised_totals import fold_raised_totals
from baocao.resolve.running_totals import running_clause
from baocao.resolve.run_in_bodies import run_in_body
from baocao.resolve.scope import is_national
from baocao.resolve.reached_time import reached_year
from baocao.resolve.span_time import framing_years
from baocao.resolve.statements import read_scope
from baocao.resolve.terms import document_terms, term_spans

if TYPE_CHECKING:
    from baocao.report import Report
    from baocao.resolve.context import FigureRecord
    from baocao.schema import Indicator, IndicatorSummary, Record

__all__ = ["VALUE_KINDS", "Unattached", "resolve"]

VALUE_KINDS = frozenset({"percentage", "money", "quantity", "fraction"})


def resolve(report: Report) -> tuple[list[Union[Indicator, IndicatorSummary]], list[Unattached]]:
    """Return the prose indicator records of a :class:`~baocao.report.Report` and the figures left
    unattached.

    >>> import baocao
    >>> r = baocao.parse("Tổng đàn gia súc đạt 42.719 con, trung bình tăng 2,5%/năm, đạt 71% NQĐH⁶; "
    ...                  "tổng đàn gia cầm đạt 287.815 con.\\n\\n⁶ Trong đó: Đàn trâu 4.230 con.\\n")
    >>> i = r.indicators[0]
    >>> i.name, i.value, i.unit, i.change, i.direction, i.averaging, i.achievement_pct, i.breakdown
    ('Tổng đàn gia súc', 42719.0, 'con', 2.5, 'tăng', 'trung bình', 71.0, 6)
    >>> i.key, i.status, i.achievement_base, len(i.figures)
    ('livestock_herd', 'chưa đạt', 'NQĐH', 3)
    >>> [(x.name, x.value) for x in r.indicators[1:]]
    [('tổng đàn gia cầm', 287815.0), ('Đàn trâu', 4230.0)]
    """
    # The rules read the clean text (NFC, page breaks joined, OCR repaired: report.text), so a
    # statement cut by a page break is one statement and NFD text matches the vocabulary; every
    # offset is mapped back to the original when a record is made.
    if not any(_is_figure(r) for r in report.records):
        # no figure: no statement to read and none to leave unattached (every indicator and every
        # unattached figure is a figure's); the document's time, periods and headings are not read
        return [], []
    time = document_time(report)
    text_fold = fold(report.text)      # read by the context, the home province and the periods
    ctx, figures, periods = _context(report, time, text_fold)
    headings = {s.start for s in report.sections}
    m = report.offsets
    assert m is not None, "Report.__post_init__ sets the offsets"
    home = home_province(report, text_fold)
    ctx.home_at_end, ctx.home = home_at_end(home), home
    # a news article's headline restates its body: its figures stay unattached, as in a heading; and so do
    # a crosshead's or a caption's whose figures the article writes again elsewhere
    # a news article's caption block (its title and lead written again under a photo) too
    blocks = caption_blocks(report.original, figures)
    heads = (headline_lines(report.original) + long_opening(report.original, figures) + caption_lines(report.original)
             + crosshead_lines(report.original, figures) + blocks)
    before: Optional[int] = None       # the clean start of the sentence read right before
    for s in report.sentences:
        if s.start in headings:
            before = None
            a, b = m.span_to_clean(s.start, s.end)
            body = run_in_body(ctx, a, b)     # "1.1. Diện tích: 9.674,18 km2.": its body after the colon
            if body is not None and not any(h0 < s.end and s.start < h1 for h0, h1 in heads):
                read_scope(ctx, body, b, {})
            continue
        start = s.start
        for a, b in heads:
            if a <= start and s.end <= b:
                start = s.end                 # a sentence of the headline: not read
            elif a <= start < b and report.original[b:b + 8].lstrip()[:1].isupper():
                # a sentence the headline opens, run on into the lead for want of a stop ("Quy mô nền
                # kinh tế … ước đạt gần 65.000 tỷ đồng\nQuy mô nền kinh tế … ước đạt hơn 64.784 tỷ
                # đồng, …"): only its part after the headline is read; a line going on in lower case
                # is the same sentence cut by a page break, read whole
                start = b
        if start < s.end:
            # "… tháng 3 đạt 50.000 tấn. Lũy kế 3 tháng đầu năm đạt 150.500 tấn": the statement before names it
            a, b = m.span_to_clean(start, s.end)
            # "… có tăng trưởng so với cùng kỳ. Lũy kế 6 tháng đầu năm ước đạt 871 tỷ đồng": the subject before
            opened = before if start == s.start else None
            read_scope(ctx, a, b, running_clause(ctx, opened, a) or subject_of_sentence_before(ctx, opened, a))
            before = a if start == s.start else None
        else:
            before = None
    for note in report.footnotes:
        a = note.body_start
        read_scope(ctx, *m.span_to_clean(a, a + len(note.body)), {}, footnote=note.marker)
    _unattach_blocks(ctx, figures, blocks)
    _leave_the_rest_unattached(ctx, report, figures)
    unattach_numeral_names(ctx)     # "…, 250 giường/1 vạn dân": a name that opens with another number
    carry_actions_over_lists(ctx)
    fold_raised_totals(ctx)
    recs = records(ctx, report.doc, fallback_period(report, periods, time), framing_fallback(report, time),
                   home=home, years=framing_years(time, document_terms(report, time)[1], reached_year(ctx.folded, periods)), national=is_national(ctx.folded, home))
    recs.sort(key=lambda r: (r.start, r.end))
    recs = key_place_parts(report.original, recs)     # "Cụ thể, Chư Jút: 2.958 hộ; …": the whole's key
    recs = key_siblings(report.original, recs)        # "…: 25.790 tỷ đồng; Công nghiệp: 45.033 tỷ đồng": the head before
    recs = key_subjects(report.original, recs)        # "09 dự án … (FDI) … với tổng vốn đầu tư …": the count's capital
    recs = key_by_unit(recs)                          # "giá trị sản xuất bình quân 148,17 triệu đồng/ha": per hectare
    recs = drop_bare_keys(report.original, recs)      # "…, tốc độ tăng trưởng 5%": another figure's growth
    recs = key_output_parts(report.original, recs)    # "tổng giá trị sản xuất …; ngành dịch vụ …": its output
    recs = key_structure_values(report.original, recs)  # "cơ cấu: giá trị sản xuất ngành nông nghiệp 42%"
    return recs, sorted(ctx.unattached, key=lambda u: u.start)


def _is_figure(rec: Record) -> TypeGuard[FigureRecord]:
    return rec.kind in VALUE_KINDS


def _context(report: Report, time: DocumentTime, text_fold: str
             ) -> tuple[Context, list[FigureRecord], list[PeriodSpan]]:
    """(context, figure records in original offsets, governing periods) of a report: figures,
    anchors and periods in clean offsets, a period without its year given the year the document
    reports on (`time`), the terms of a congress named without their years (``Nhiệm kỳ vừa qua``:
    :mod:`~baocao.resolve.terms`); `text_fold` is ``fold(report.text)``."""
    year = time.year
    t, m = report.text, report.offsets
    assert m is not None, "Report.__post_init__ sets the offsets"
    figures = [r for r in report.records if _is_figure(r)]
    source: dict[int, FigureRecord] = {}
    clean: list[FigureRecord] = []
    sets: dict[int, tuple[set[str], dict[tuple[str, ...], set[str]]]] = {}
    for r in figures:
        a, b = m.span_to_clean(r.start, r.end)
        source[a] = r
        text = t[a:b]
        if a == r.start and b == r.end and text == r.text:
            clean.append(r)   # the same span and text in the clean text: the record is its own copy
        else:
            clean.append(copy_with(r, {"start": a, "end": b, "text": text}, sets))
    # "giá trị sản phẩm trên 01 ha canh tác": the name's denominator, no figure
    per_one = {r.start for r in per_one_units(t, clean)}
    if per_one:
        clean = [r for r in clean if r.start not in per_one]
    # "có 08 xã đạt từ 15-18 tiêu chí": the threshold in the name of a count, no figure
    thresholds = {r.start for r in threshold_figures(t, clean)}
    if thresholds:
        clean = [r for r in clean if r.start not in thresholds]
    anchors = sorted((m.to_clean(n.anchor_start), n.marker) for n in report.footnotes
                     if n.anchor_start is not None)

    def section_of(pos: int) -> Optional[str]:
        s = report.section_at(m.to_original(pos))
        return s.path if s else None

    def line_end(pos: int) -> int:
        e = t.find("\n", pos)
        return len(t) if e < 0 else e

    bases = [(*m.span_to_clean(r.start, r.end), str(r.base), r.start_year) for r in report.records
             if r.kind == "period" and r.period_type == "comparison" and r.base is not None]
    folded = text_fold if year is None else ""     # read only when the document's year is not known
    whens = periods_of(report)          # period records and months of a year written as dates
    periods: list[PeriodSpan] = []
    seen: Optional[int] = None
    for w in whens:     # a period without its year: the document's, else the last one written before,
        a, b = m.span_to_clean(w.start, w.end)   # else the year after a base of a year in its sentence
        known = year or seen
        if known is None and w.year is None and len(folded) == len(t):
            known = year_after_base(bases, folded, b)
        periods.append((a, b, label_with_year(w, known)))
        seen = w.year or seen
    covered = sorted([m.span_to_clean(r.start, r.end) for r in report.records if r.kind == "period"]
                     + [p[:2] for p, w in zip(periods, whens) if w.record.kind == "date"])
    terms = document_terms(report, time)
    named_terms = term_spans(text_fold, covered, terms)
    if named_terms:     # "Nhiệm kỳ vừa qua, …", "nghị quyết nhiệm kỳ mới": periods as the records are
        periods = sorted(periods + named_terms, key=lambda p: (p[0], p[1]))
        covered = sorted(covered + [p[:2] for p in named_terms])
    ctx = Context.create(t, clean, anchors=anchors, section_of=section_of, line_end=line_end,
                         original=report.original, offsets=m, source=source, periods=periods, covered=covered,
                         text_fold=text_fold)
    for a in sorted(per_one | thresholds):
        r = source[a]
        reason = PER_ONE_REASON if a in per_one else THRESHOLD_REASON
        ctx.unattached.append(Unattached(r.kind, r.text, r.start, r.end, reason, r.sentence, r.footnote))
    ctx.bases = bases
    ctx.past_term, ctx.new_term = terms
    ctx.day_dates = [(*m.span_to_clean(r.start, r.end), r.month, r.year) for r in report.records
                     if r.kind == "date" and r.day is not None and r.month is not None]
    ctx.base_starts = [b[0] for b in ctx.bases]
    # "năm nay" standing alone, "bình quân 6 tháng": periods of the document's year no record holds
    relative = relative_periods(ctx.folded, covered, year)
    # "lũy kế được 8.812.251 triệu đồng" after "tháng 11": the months so far
    cumulative = cumulative_periods(ctx.folded, sorted(periods + relative, key=lambda p: (p[0], p[1])))
    # "tính từ đầu năm đến ngày 20/10/2021, …": the months of the year up to that day's month
    cumulative, from_start = year_start_periods(ctx.folded, cumulative, ctx.day_dates, year)
    # "Từ đầu năm đến nay, …": the months so far of the document's year
    so_far = year_so_far_periods(ctx.folded, ctx.covered, label_with_year(time.whole, year) if time.whole else None,
                                 time.dated)
    if so_far:
        cumulative = sorted(cumulative + so_far, key=lambda p: (p[0], p[1]))
        from_start = sorted(from_start + [p[:2] for p in so_far])
        periods = sorted(periods + so_far, key=lambda p: (p[0], p[1]))     # an opener too: "Từ đầu năm đến nay, …"
    if relative or from_start or cumulative != periods:
        ctx.periods = cumulative
        ctx.period_starts = [p[0] for p in ctx.periods]
        ctx.covered = sorted(covered + [p[:2] for p in relative] + from_start)
        ctx.covered_starts = [c[0] for c in ctx.covered]
    return ctx, figures, periods


def _unattach_blocks(ctx: Context, figures: list[FigureRecord], blocks: list[tuple[int, int]]) -> None:
    """The figures of caption blocks (:func:`~baocao.resolve.crossheads.caption_blocks`, spans of the original)
    are unattached as repeats (``REPEAT_REASON``)."""
    for r in figures:
        if any(a <= r.start < b for a, b in blocks):
            ctx.unattached.append(Unattached(r.kind, r.text, r.start, r.end, REPEAT_REASON, r.sentence, r.footnote))


def _leave_the_rest_unattached(ctx: Context, report: Report, figures: list[FigureRecord]) -> None:
    """Every figure no scope read (a heading's, one outside running text and footnote bodies) is
    unattached, except the figures of tables (read as tables)."""
    claimed = {ctx.source[r.start].start for r in ctx.figures if r.start in ctx.owner}
    loose = {u.start for u in ctx.unattached}
    in_table = [(tb.start, tb.end) for tb in report.tables]
    for r in figures:
        if r.start in claimed or r.start in loose:
            continue
        if any(a <= r.start < b for a, b in in_table):
            continue
        ctx.unattached.append(Unattached(r.kind, r.text, r.start, r.end,
                                         "in a heading or outside running text and footnote bodies",
                                         r.sentence, r.footnote))
