"""The periods written in a document that date a later statement whose sentence names none
(:func:`written_periods`, read by :func:`baocao.resolve.periods.fallback_period`), and whether a
period label names its year (:func:`has_year`)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Optional

import regex

from baocao.core.rules import compile_at
from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import PeriodSpan
from baocao.resolve.doc_horizons import event_before
from baocao.resolve.doc_plans import plan_spans
from baocao.resolve.reach import TABLE_CELL
from baocao.resolve.vocabulary import (
    BASE_PREFIX_AT_END, NOW_OPENER, NOW_OPENER_WORDS, OWN_SENTENCE_LEAD_AT_END, PLAN_BASE_AT_END,
    PLAN_NAME_BEFORE, TERM_PERIOD_LEAD_AT_END, WORDS,
)

if TYPE_CHECKING:
    from baocao.report import Report

LABEL_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

PLAN_REACH = 60
"""How far before a period the plan an achievement is measured against is looked for (``đạt 46,13% kế
hoạch năm 2025``: the plan's year dates no later statement)."""
BASE_REACH = 18
"""How far before a period ``so với`` is looked for (``so với quý II/2020``, ``so với cuối năm 2017``: a
base)."""


def has_year(label: Optional[str]) -> bool:
    """True when a period label names its year: ``tháng 12`` or ``6 tháng đầu năm`` in a document whose
    year nothing says (labels ``12``, ``01/06``) dates no figure.

    >>> has_year("2024-Q1"), has_year("2021-2025"), has_year("12"), has_year("01/06"), has_year(None)
    (True, True, False, False, False)
    """
    return label is not None and LABEL_YEAR.search(label) is not None


_SENTENCE_END = regex.compile(r"[.!?](?=\s|$)|\n")
_YEAR = regex.compile(r"(?:19|20)\d\d")
ROW_REACH = 300
OWN_REACH = 40
PARAGRAPH_REACH = 3000
"""How far before a statement's own period the start of its paragraph is looked for."""
"""How far before a period the figure it is the period of is looked for (``lên 448 kg/người năm 2010``)."""
"""How far before and after a period the ends of its line are looked for (a table row's cells)."""
# a figure, then "của" right before a period: the period of that figure (a previous period's level)
FIGURE_THEN_OF = regex.compile(r"[\d%]\s*(?:[\p{L}/]+\s+)?cua\s+$")
# a figure and its unit right before a period, maybe in a parenthesis ("lên 448 kg/người năm 2010",
# "còn 1,97% (cuối năm 2019)"): the period that figure is of, no span of later statements
_UNIT_WORD = r"(?!(?:trong|cua|so|voi|den|tu|va|vao|tai|la|dat|nam)\b)\p{L}[\p{L}/]*"
FIGURE_THEN_OWN = regex.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|" + _UNIT_WORD + r"(?:\s+" + _UNIT_WORD
                                + r")?)?\s*\(?\s*(?:(?:cuoi|dau)\s+)?(?:nam\s+)?$")
PLAN_NAME_REACH = 120
"""How far before a period the word that opens a plan's name is looked for, in its clause."""
# a source note's lead right before a period ("(số liệu thống kê năm 2015)", "[Số liệu năm 2014]"), folded
SOURCE_NOTE_AT_END = regex.compile(words_pattern(WORDS.source_note_words) + r"\s*$")
TERM_LEAD_REACH = 30
"""How far before a term its lead (``trong``, ``Nhiệm kỳ qua (``) is looked for."""


def written_periods(report: Report, periods: list[PeriodSpan]) -> list[tuple[int, Optional[str], float]]:
    """(clean end, label, clean offset it dates up to) of the periods with their year written that
    may date a later statement whose sentence names none, by end: the period records (not a plan's
    year, ``đạt 46,13% kế hoạch năm 2025``), and the terms written with their years that a lead makes
    the span of the figures after them (``trong nhiệm kỳ 2015 – 2020``, ``Nhiệm kỳ qua (2016 –
    2020)``: ``2015-2020``; ``Đại hội … nhiệm kỳ 2020 - 2025`` names the congress and dates nothing).
    A period after ``Riêng`` (``Riêng năm 2020, …``) dates up to the end of its own sentence only, and
    one after a figure and ``của`` (``cao hơn tốc độ tăng 3,68% của quý I/2020``) dates that figure only.
    A sentence that opens with ``Đến nay,``/``Hiện nay,`` (``now_words``) gives the label None: what
    follows holds up to the document's date, not over a period written before it. A period right after a
    figure (``lên 448 kg/người năm 2010``, ``còn 1,97% (cuối năm 2019)``) is that figure's and dates
    no later sentence (``…; tỷ trọng nông, lâm nghiệp, thủy sản giảm từ 13,5% xuống 11,2%`` in its own); one inside a statement, neither opening its sentence nor followed by a comma (``Tỷ lệ hộ
    nghèo tính đến cuối năm 2010 là 41,80%``), dates up to the end of its paragraph, after which the label
    is None unless a period that dates on was written earlier in that paragraph (``Trong năm 2025, …``).

    >>> import baocao
    >>> t = ("Trong nhiệm kỳ 2015 – 2020, thu nhập đạt 40 triệu đồng. Riêng năm 2020, giá trị sản "
    ...      "xuất đạt 230 tỷ đồng. Thu ngân sách tăng 19%/năm.")
    >>> [(x[1], x[2] < len(t)) for x in written_periods(baocao.parse(t), [(62, 70, "2020")])]
    [('2015-2020', False), ('2020', True)]
    """
    m = report.offsets
    assert m is not None, "Report.__post_init__ sets the offsets"
    t = report.text
    out: list[tuple[int, Optional[str], float]] = []
    inside: list[tuple[int, int]] = []      # the paragraphs of a statement's own period
    plans = plan_spans(t, periods)   # "kết quả … năm 2017, phương hướng nhiệm vụ năm 2018"
    for p in periods:
        if not has_year(p[2]) or PLAN_BASE_AT_END.search(fold(t[max(0, p[0] - PLAN_REACH):p[0]])):
            continue
        if p[0] in plans:
            continue        # the plan's year: the review's, written before it, dates what follows
        if BASE_PREFIX_AT_END.search(fold(t[max(0, p[0] - BASE_REACH):p[0]])):
            continue        # "tăng 11,13% so với cuối năm 2017. …": a base dates no later statement
        if FIGURE_THEN_OF.search(fold(t[max(0, p[0] - BASE_REACH):p[0]])):
            continue        # "cao hơn tốc độ tăng 3,68% của quý I/2020": that figure's own period only
        if PLAN_NAME_BEFORE.search(fold(t[max(0, p[0] - PLAN_NAME_REACH):p[0]])):
            continue        # "Đề án 06 … giai đoạn 2022 - 2025": a plan's name, no span of later statements
        if _YEAR.fullmatch(p[2] or "") and event_before(t, p[0]):
            continue        # "Huyện được tặng Huân chương … năm 2002; Huyện và 4 xã …": an event's year
        if SOURCE_NOTE_AT_END.search(fold(t[max(0, p[0] - BASE_REACH):p[0]])):
            continue        # "… 4 xã miền núi [Số liệu năm 2014]. Dân số 124.844 người": a source note's
        until: float = float("inf")
        if (OWN_SENTENCE_LEAD_AT_END.search(fold(t[max(0, p[0] - TERM_LEAD_REACH):p[0]]))
                or FIGURE_THEN_OWN.search(fold(t[max(0, p[0] - OWN_REACH):p[0]]))):
            # "Riêng năm 2020, …"; "lên 448 kg/người năm 2010": its own sentence only
            end = _SENTENCE_END.search(t, p[1])
            until = end.start() if end else len(t)
        if not _COMMA_AFTER.match(t, p[1]) and not _opens_sentence(t, p):
            # "Tỷ lệ hộ nghèo tính đến cuối năm 2010 là 41,80%": a statement's own, its paragraph only
            brk = _PARAGRAPH_BREAK.search(t, p[1], p[1] + PARAGRAPH_REACH)    # a blank line (a PDF breaks lines)
            if brk is not None and brk.start() < until:
                until = brk.start()
                inside.append((_paragraph_start(t, p[0]), brk.start()))
        row = max(0, p[0] - ROW_REACH)
        row = max(row, t.rfind("\n", row, p[0]))
        line_end = t.find("\n", p[1], p[1] + ROW_REACH)
        line_end = min(len(t), p[1] + ROW_REACH) if line_end < 0 else line_end
        if TABLE_CELL.search(t, row, line_end):
            until = min(until, line_end)    # "Giá trị sản xuất | Năm 2019, …": a table row's cell, its row only
        out.append((p[1], str(p[2]), until))
    for r in report.records:
        if r.kind != "term" or r.start_year is None or r.end_year is None or r.end_year <= r.start_year:
            continue
        a, b = m.span_to_clean(r.start, r.end)
        if TERM_PERIOD_LEAD_AT_END.search(fold(t[max(0, a - TERM_LEAD_REACH):a])):
            out.append((b, f"{r.start_year}-{r.end_year}", float("inf")))
    for now in now_openers(t):      # "Đến nay, toàn huyện có 02 xã đạt chuẩn …. Tỷ lệ hộ nghèo …"
        out.append((now.end(), None, float("inf")))
    # past the paragraph of a statement's own period, the period that opened that paragraph ("Trong năm
    # 2025, …") carries on; with none, the document's date, not a period of an earlier paragraph
    carried = [w[0] for w in out if w[2] == float("inf")]
    for a, b in inside:
        if not any(a <= c < b for c in carried):
            out.append((b, None, float("inf")))
    return sorted(out, key=lambda w: (w[0], w[1] or "", w[2]))


_SPACE = regex.compile(r"\s")


def now_openers(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``NOW_OPENER.finditer(text)`` (a sentence or paragraph opened by ``Đến nay,``),
    found faster: each place its words and comma stand (``NOW_OPENER_WORDS``, a search that starts
    with letters, not with the look behind at every character) is matched by ``NOW_OPENER`` from
    the first character of the whitespace before it, one after another as the scan of ``finditer``
    would (tests/test_now_openers.py).

    >>> [m.group() for m in now_openers("Năm 2023 tăng. Đến nay, có 5 xã; hiện nay, …\\nHiện nay, có")]
    ['Đến nay,', 'hiện nay,', 'Hiện nay,']
    """
    pos = 0
    while True:
        words = NOW_OPENER_WORDS.search(text, pos)
        if words is None:
            return
        p = q = words.start()
        while q > pos and _SPACE.match(text, q - 1):
            q -= 1
        for start in range(q, p + 1):     # NOW_OPENER's \s* runs from its start to the words
            m = NOW_OPENER.match(text, start, words.end())     # it ends where the words' comma does
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = p + 1


# a period that opens a sentence ("Năm 2020, …", "Trong năm 2022, …"): nothing but a list mark or
# "trong" between the sentence's start and it, a comma right after it
_OPENER_LEAD = rf"(?:{words_pattern(WORDS.opener_leads)}\s+)?"
# a short topic label before it, with its colon ("Lúa mùa: Trong tháng 10/2021, …")
_TOPIC = r"(?:\p{L}[\p{L} ]{0,20}:\s+)?"
# a source with its comma before it ("Theo báo cáo tại hội nghị, 03 tháng đầu năm 2021, …", "Theo UBND tỉnh
# Đồng Tháp, năm 2021, …": source_openers), no figure, no other clause in it; not a plan (plan_name_words,
# plan_words: "Theo Nghị quyết Đại hội, năm 2025, …", "Theo kế hoạch, năm 2025, …" name what is planned)
_SOURCE = (rf"(?:{words_pattern(WORDS.source_openers)}[ \u00a0]+"
           rf"(?!{words_pattern(WORDS.plan_name_words + WORDS.plan_words)})[^,;:()\n.!?\d]{{1,60}},\s*)?")
_SENTENCE_THEN_GAP = regex.compile(r"(?:[.!?]\s|\n)[\s\-–—+•*]*" + _TOPIC + _SOURCE + _OPENER_LEAD + "$")
_GAP = regex.compile(r"[\s\-–—+•*]*" + _TOPIC + _SOURCE + _OPENER_LEAD)
_COMMA_AFTER = compile_at(r"\s*,")
_A_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a figure's own year in a parenthesis after it ("tăng từ 41,27 triệu đồng (năm 2019) lên …")
_OWN_YEAR_ASIDE = regex.compile(r"\(\s*nam\s+(?:19|20)\d\d\s*\)")
_YEAR_WORD_AT_END = regex.compile(r"\s*nam\s*$")
# the same period of a year compared with, "so" left out or out of reach ("tăng 4,63% so với cùng kỳ năm 2020")
_SAME_PERIOD_AT_END = regex.compile(words_pattern(WORDS.change_bases) + r"\s*$")
OPENER_REACH = 96
"""How far before a period the start of its sentence is looked for (a source and its comma may stand
between: ``Theo báo cáo của UBND huyện Na Rì, trong năm 2022, …``)."""


def paragraph_openers(report: Report, periods: list[PeriodSpan]) -> list[tuple[int, str, int]]:
    """(clean start, label, clean offset it dates up to) of the periods with their year written that
    open a sentence, with a comma after them (``Năm 2020, tổng sản phẩm … tăng 9,39%``; a term with its
    years, ``Nhiệm kỳ 2015 – 2020, …``, a cumulative lead's months, ``Tính chung 8 tháng, …``): such an opener
    dates the later sentences of its paragraph that name no period (``… Thu ngân sách trên địa bàn ước
    thực hiện đạt khoảng 3.000 tỷ đồng``), whatever year the document's title names, up to the end of
    the paragraph or the next year written in it (:func:`_next_year`); not a base (``So với năm 2020,
    …``), a period after ``Riêng`` (its own sentence only) nor one that runs to now (``Từ năm 1986
    đến nay, …``).

    >>> import baocao
    >>> t = "Năm 2020, GRDP tăng 9%. Thu ngân sách đạt 3.000 tỷ đồng.\\nNăm 2021, thu 5 tỷ đồng."
    >>> paragraph_openers(baocao.parse(t), [(0, 8, "2020"), (57, 65, "2021")])
    [(0, '2020', 56), (57, '2021', 81)]
    """
    t = report.text
    m = report.offsets
    assert m is not None, "Report.__post_init__ sets the offsets"
    # a term written with its years opens a sentence as a span of years does ("Nhiệm kỳ 2015 – 2020, các
    # chỉ tiêu … đều đạt và vượt. Cụ thể, … thu nhập bình quân đầu người ước đạt 38 triệu đồng")
    terms: list[PeriodSpan] = [
        (*m.span_to_clean(r.start, r.end), f"{r.start_year}-{r.end_year}") for r in report.records
        if r.kind == "term" and r.start_year is not None and r.end_year is not None and r.end_year > r.start_year]
    out: list[tuple[int, str, int]] = []
    for p in sorted(list(periods) + terms, key=lambda x: (x[0], x[1])):
        if not has_year(p[2]) or str(p[2]).endswith("-") or not _COMMA_AFTER.match(t, p[1]):
            continue
        a = max(0, p[0] - OPENER_REACH)
        before = fold(t[a:p[0]])
        if not (_SENTENCE_THEN_GAP.search(before) or (a == 0 and _GAP.fullmatch(before))):
            continue
        end = t.find("\n", p[1])
        end = len(t) if end < 0 else end
        out.append((p[0], str(p[2]), _next_year(t, p[1], end)))
    return out


_PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*\n")
_PARAGRAPH_BREAK_BEFORE = regex.compile(r"(?r)\n[^\S\n]*\n")


def _paragraph_start(t: str, pos: int) -> int:
    """The start of the paragraph (after a blank line) of clean offset `pos` in `t`."""
    m = _PARAGRAPH_BREAK_BEFORE.search(t, max(0, pos - PARAGRAPH_REACH), pos)
    return m.end() if m is not None else max(0, pos - PARAGRAPH_REACH)


def _opens_sentence(t: str, p: PeriodSpan) -> bool:
    """True when period `p` opens a sentence of the clean text `t` (``Năm 2020, …``, ``Trong năm 2022 …``)."""
    a = max(0, p[0] - OPENER_REACH)
    before = fold(t[a:p[0]])
    return bool(_SENTENCE_THEN_GAP.search(before) or (a == 0 and _GAP.fullmatch(before)))


def _next_year(t: str, a: int, b: int) -> int:
    """The start of the first year written in [a, b) of the clean text `t` that is neither a base's
    (``so với năm 2019``), a figure's own in a parenthesis (``(năm 2020)``) nor part of a plan's name
    (``hoàn thành kế hoạch phát triển kinh tế - xã hội giai đoạn 2021-2025``), else `b`: a later period
    (``Trong 10 năm (2006 - 2015), …``) ends an opener's reach."""
    for m in _A_YEAR.finditer(t, a, b):
        before = _YEAR_WORD_AT_END.sub("", fold(t[max(a, m.start() - BASE_REACH - 4):m.start()]))
        if BASE_PREFIX_AT_END.search(before) or _SAME_PERIOD_AT_END.search(before):
            continue
        if PLAN_NAME_BEFORE.search(fold(t[max(a, m.start() - PLAN_NAME_REACH):m.start()])):
            continue        # "… hoàn thành kế hoạch … giai đoạn 2021-2025. Trong đó, …": a plan's name
        aside = _OWN_YEAR_ASIDE.search(fold(t[max(a, m.start() - 12):min(b, m.end() + 4)]))
        if aside is not None:
            continue
        return m.start()
    return b

