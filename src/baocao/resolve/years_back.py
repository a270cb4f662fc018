"""A span of years back from now, written without its years, dates no statement by one year.

``Trong những năm qua …, tổng giá trị sản xuất tăng bình quân hàng năm 12,4%`` (a district's figures at the
end of 2018), ``qua 8 năm thực hiện Chương trình …, tổng nguồn lực xây dựng NTM … đạt 2.119 tỷ đồng`` (an item
of 1 August 2019), ``thời gian qua Kim Bảng đã huy động xã hội hóa được gần 2.000 tỷ đồng`` (an item of
December 2018), ``Hơn 5 năm qua, … với tổng kinh phí khoảng gần 2 tỷ đồng``: the figure sums, averages or
reaches over years up to the document's date whose first year the text does not write, so a year found
outside the statement's words (the document's, an earlier sentence's opener's, a heading's) is no period
of it; it has none (``years_back_words``, ``years_back_count_tails``, ``years_back_count_leads`` and
``years_back_counts`` in data/indicators.yaml). Not when its sentence writes a period before the figure,
when a now word stands between (``Những năm qua, …; đến nay có 14 xã …``: the document's date), nor when the
period found is a span of years (``5 năm qua`` at a congress closing 2015-2020: the past term). A span written as
time, not years (``thời gian qua``), drops only a year: in a report of a month or of six months its figure may be
those months' (``Thời gian qua, thu ngân sách … đạt 150 tỷ đồng`` in a report of October 2023 keeps ``2023-10``). A
count word counts only as written (``năm năm qua``; folded, ``Quảng Nam năm qua`` and ``Sản lượng muối năm qua``
would read as five and ten years).
"""
from __future__ import annotations

from bisect import bisect_left

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context, Draft
from baocao.resolve.reach import sentence_start_within
from baocao.resolve.vocabulary import NOW, WORDS, exact_forms

YEARS_BACK_REACH = 600
"""How far before a statement's first figure the start of its sentence is looked for."""
_GAP = r"[ \u00a0]+"
# a count of two years or more: "5", "20", "năm" (five), "hai mươi"
_COUNT = rf"(?:{words_pattern(WORDS.years_back_counts)}|(?<![\p{{L}}\p{{N}}])(?:[2-9]|[1-9]\d))"
#: A span of years back from now without its years, on folded text: ``nhung nam qua``, ``hon 5 nam qua``,
#: ``qua 8 nam``.
YEARS_BACK = regex.compile(
    rf"{words_pattern(WORDS.years_back_words)}|{_COUNT}{_GAP}{words_pattern(WORDS.years_back_count_tails)}"
    rf"|{words_pattern(WORDS.years_back_count_leads)}{_GAP}{_COUNT}{_GAP}nam(?![\p{{L}}\p{{N}}])")
# a count word on folded text, which must be written as a count ("năm năm qua", not "Quảng Nam năm qua"; "mười", not
# "muối": "Sản lượng muối năm qua")
_COUNT_WORD = regex.compile(words_pattern(WORDS.years_back_counts))
_COUNT_FORMS = frozenset(exact_forms(WORDS.years_back_counts))
_YEAR = regex.compile(r"(?<![\p{N}.,])(?:19|20)\d\d(?![\p{N}])")
_SPAN_OF_YEARS = regex.compile(r"\d{4}-\d{4}")
_ONE_YEAR = regex.compile(r"\d{4}")
# a span written in years ("những năm qua", "5 năm qua"), not only as time ("thời gian qua"), on folded text
_IN_YEARS = regex.compile(r"(?<![\p{L}\p{N}])nam(?![\p{L}\p{N}])")
_FROM_OUTSIDE = frozenset({"document", "sentence", "section"})


def over_years_back(ctx: Context, draft: Draft) -> bool:
    """True when `draft`, dated from outside its own words (source ``document``, ``sentence`` or ``section``)
    by no span of years, stands after a span of years back from now (:data:`YEARS_BACK`) in its own sentence,
    with neither a period nor a year written in that sentence before its first figure nor a now word
    (``now_words``) after the span: its period is none.

    >>> import baocao
    >>> t = "Qua 8 năm thực hiện Chương trình, tổng nguồn lực đạt 2.119 tỷ đồng."
    >>> figs = [r for r in baocao.extract(t) if r.kind == "money"]
    >>> ctx = Context.create(t, figs, section_of=lambda p: None, line_end=lambda p: 0)
    >>> d = Draft("tổng nguồn lực", 0, unit="VND", period="2019", period_source="document")
    >>> d.figs = figs
    >>> over_years_back(ctx, d)
    True
    >>> d.period = "2011-2019"
    >>> over_years_back(ctx, d)
    False
    """
    if (not draft.figs or draft.period is None or draft.period_source not in _FROM_OUTSIDE
            or _SPAN_OF_YEARS.fullmatch(draft.period)):
        return False
    first = draft.figs[0].start
    start = sentence_start_within(ctx.text, first, YEARS_BACK_REACH)
    folded = ctx.folded
    if folded.find("qua", start, first) < 0 and folded.find("day", start, first) < 0:
        return False    # no span back from now can stand there (most statements)
    last = None
    for m in YEARS_BACK.finditer(folded, start, first):
        if all(ctx.lower[w.start():w.end()] in _COUNT_FORMS for w in _COUNT_WORD.finditer(folded, m.start(), m.end())):
            last = m
    if last is None or _YEAR.search(folded, start, first) is not None:
        return False
    if _IN_YEARS.search(last.group()) is None and not _ONE_YEAR.fullmatch(draft.period):
        return False    # "Thời gian qua, …" in a report of a month or of 6 months: those months, perhaps
    i = bisect_left(ctx.period_starts, start)
    if i < len(ctx.period_starts) and ctx.period_starts[i] < first:
        return False    # its sentence names a period ("Những năm qua, …; 6 tháng đầu năm, thu …")
    return NOW.search(folded, last.end(), first) is None
