"""A yearly rate in the review of a term holds over the term.

A congress, or a report that reviews a term in its last year, gives the term's results as yearly rates:
``GRDP bình quân mỗi năm tăng 8,14%`` (Đồng Nai's congress, opening 2020-2025), ``Tổng vốn đầu tư toàn xã hội
hàng năm khoảng 35% GRDP`` under ``Tính bình quân 5 năm`` (Lương Sơn's review of the term 2016-2020). A
percentage per year (``%/năm``) or after a yearly word (``yearly``: ``mỗi năm``, ``hằng năm``) is the rate of
every year of a span, never of one year: when nothing in its statement dates it and what dates it from
outside (the document's year, a sentence's opener ``Năm 2020, …``) is the last year of the term the
document reviews (:func:`~baocao.resolve.terms.document_terms`), or the term the congress opens (a term with no
results yet), or when nothing dates it at all, it holds over the term reviewed. A level per year
(``thu nhập bình quân đầu người đạt 60 triệu đồng/năm``) is the last year's, and stays so.

A yearly figure that no term dates is not one year's either: a percentage per year (a rate, a share or a
growth; a level quoted per year, ``lãi suất cho vay 9,5%/năm``, is the year's), or a figure after a
yearly word in its own part of the sentence (after the number before it or the sentence's start: ``tạo việc
làm hàng năm cho hơn 4.000 lao động``, ``hằng năm giới thiệu, tạo việc làm … cho trên 5.320 lao động``; not
a crop that lives a year, ``cây hàng năm``), given one year by an earlier statement or sentence (source
``sentence``: ``… giảm xuống còn 1,97% (cuối năm 2019); tạo việc làm hàng năm …``, ``Đến cuối năm 2021, …. hằng
năm …``, ``Năm 2020, …. … tổng vốn đầu tư phát triển tăng bình quân 16,55%/năm``) has no period the text
tells (:func:`yearly_of_one_year`).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import is_per_year
from baocao.resolve.measure import measure_of
from baocao.resolve.reach import sentence_start_within
from baocao.resolve.terms import NEW_TERM, PAST_TERM
from baocao.resolve.years_back import YEARS_BACK
from baocao.resolve.vocabulary import NOW, WORDS, YEAR_NUMBER, YEARLY

if TYPE_CHECKING:
    from baocao.resolve.context import Context, Draft

OUTSIDE_SOURCES = frozenset({"document", "sentence", "section", "clause"})
"""Where a period comes from outside the statement's own words."""


YEARLY_LEAD_REACH = 160
"""How far back from a figure, within its sentence, a yearly word of its own is looked for."""
_ONE_YEAR = regex.compile(YEAR_NUMBER)
_LAST_DIGIT = regex.compile(r"(?r)\d")
_YEARLY_OWN = regex.compile(rf"(?<!{words_pattern(WORDS.yearly_kept_after)}[ \u00a0]+){words_pattern(WORDS.yearly)}")


def _names_the_new_term(ctx: Context, start: int) -> bool:
    """True when a word of the term the congress opens (``new_term_words``: ``Nhiệm kỳ tới``, ``Trong 5 năm tới``)
    stands before ``start`` in its sentence."""
    return NEW_TERM.search(ctx.folded, sentence_start_within(ctx.text, start, YEARLY_LEAD_REACH), start) is not None


def _another_span(ctx: Context, start: int) -> bool:
    """True when a span of years back other than the term's (``years_back_words``, a count of years back:
    ``Trong 10 năm qua``, ``Trong những năm qua``; not ``5 năm qua``, a word of the term) or a now word (``Từ khi
    tái lập huyện đến nay``) stands before ``start`` in its sentence: the rate is over that span, no term's."""
    lo = sentence_start_within(ctx.text, start, YEARLY_LEAD_REACH)
    if NOW.search(ctx.folded, lo, start) is not None:
        return True
    terms = [(t.start(), t.end()) for t in PAST_TERM.finditer(ctx.folded, lo, start)]
    return any(not any(a < m.end() and m.start() < b for a, b in terms) for m in YEARS_BACK.finditer(ctx.folded, lo, start))


def over_past_term(ctx: Context, draft: Draft) -> bool:
    """True when `draft` is a yearly rate dated from outside its statement by the last year of the term
    the document reviews (``ctx.past_term``), or by the term the congress opens (``ctx.new_term``), which has
    no results yet (``nhiệm kỳ 2020-2025, xã Hát Môn đã hoàn thành …. Kinh tế tăng trưởng 10%/năm`` at the
    congress of 2025-2030), or by nothing at all (``Tốc độ tăng giá trị sản xuất bình quân hàng năm đạt 10,87%``
    at a congress opening 2020-2025): it holds over that term; not a rate whose sentence names the new term
    (``Nhiệm kỳ tới, …``, ``Trong 5 năm tới, …``: :func:`_names_the_new_term`), nor an undated rate over another
    span its sentence writes (``Trong 10 năm qua, …``: :func:`_another_span`).

    >>> from baocao.resolve.context import Context, Draft
    >>> ctx = Context.create("", [], section_of=lambda p: None, line_end=lambda p: 0)
    >>> ctx.past_term = "2015-2020"
    >>> d = Draft("GRDP", 0, unit="%", period="2020", period_source="document", value_lead="grdp binh quan moi nam tang ")
    >>> over_past_term(ctx, d)
    True
    >>> d.period, d.period_source = None, None
    >>> over_past_term(ctx, d)
    True
    >>> d.period, d.period_source = "2020", "statement"
    >>> over_past_term(ctx, d)
    False
    >>> d.period, d.period_source, d.framing = None, None, "target"
    >>> over_past_term(ctx, d)
    False
    """
    term = ctx.past_term
    if term is None or draft.framing != "actual" or draft.unit != "%":
        return False
    outside = draft.period_source in OUTSIDE_SOURCES and draft.period in (term[-4:], ctx.new_term)
    if outside and draft.period == ctx.new_term and draft.figs and _names_the_new_term(ctx, draft.figs[0].start):
        return False     # "Nhiệm kỳ tới, tốc độ tăng trưởng bình quân hằng năm 9%": the term to come, as written
    if not outside and (draft.period is not None or (draft.figs and _another_span(ctx, draft.figs[0].start))):
        return False
    return draft.per_year or draft.per == "năm" or YEARLY.search(draft.value_lead) is not None


def yearly_of_one_year(ctx: Context, draft: Draft) -> bool:
    """True when `draft` is a yearly figure (its own percentage per year, or a figure after a yearly word
    of its own, ``yearly``, after the number before it and not after ``yearly_kept_after``) of a result given one year by an earlier
    statement or sentence (source ``sentence``), not by its own sentence's opener (``Năm 2022, GRDP bình
    quân mỗi năm tăng 7,5%``): the rate or count of every year of a span the text does not write, no
    year's; its period is none.

    >>> from baocao.resolve.context import Context, Draft
    >>> t = "Tỷ lệ hộ nghèo giảm xuống còn 1,97% (cuối năm 2019); tạo việc làm hàng năm cho hơn 4.000 lao động"
    >>> import baocao
    >>> figs = [r for r in baocao.extract(t) if r.kind in ("percentage", "quantity")]
    >>> ctx = Context.create(t, figs, section_of=lambda p: None, line_end=lambda p: 0)
    >>> d = Draft("tạo việc làm", 0, unit="lao động", period="2019", period_source="sentence")
    >>> d.figs = [figs[-1]]
    >>> yearly_of_one_year(ctx, d)
    True
    >>> d.period = "2015-2020"
    >>> yearly_of_one_year(ctx, d)
    False
    """
    if (draft.framing != "actual" or draft.period_source != "sentence" or not draft.figs
            or not _ONE_YEAR.fullmatch(draft.period or "")):
        return False
    first = draft.figs[0].start
    start = sentence_start_within(ctx.text, first, YEARLY_LEAD_REACH)
    i, j = bisect_left(ctx.figure_starts, first), bisect_left(ctx.figure_starts, start)
    comma = ctx.text.find(",", start, ctx.figures[j].start)
    if comma >= 0 and (draft.period or "") in ctx.text[start:comma]:
        return False    # "Năm 2022, GRDP bình quân mỗi năm tăng 7,5%": its own sentence's opener dates it
    if draft.unit == "%" and is_per_year(draft.figs[0]) and not _level_per_year(draft):
        return True     # the statement's own figure per year, not its change's ("… là 22,13%, bình quân giảm 6,51%/năm")
    a = max(start, ctx.figures[i - 1].end if i else 0)
    digit = _LAST_DIGIT.search(ctx.text, a, first)   # "… kiểm tra hàng năm và thành lập 31 đoàn …, … 83 tổ chức"
    a = digit.end() if digit is not None else a
    return a < first and _YEARLY_OWN.search(ctx.folded, a, first) is not None


def _level_per_year(draft: Draft) -> bool:
    """True when `draft`'s percentage per year is a level quoted per year, no rate, share or growth
    (``Lãi suất cho vay bình quân 9,5%/năm``): the year's, as an income per year is."""
    return not draft.growth_named and measure_of(draft.name, draft.unit, draft.value, lead=draft.value_lead,
                                                 changed=draft.value_changed) == "level"
