"""The terms of a congress or of a term's review, and the words that name them without their years.

A party congress (``Đại hội Đảng bộ … nhiệm kỳ 2020 - 2025``) reports the results of the term just
ended and adopts the targets of the term it opens; its text names them without years: ``Nhiệm kỳ vừa
qua``, ``Trong nhiệm kỳ qua``, ``5 năm qua`` (the results: ``2015-2020``), ``nghị quyết nhiệm kỳ mới``,
``5 năm tới`` (the targets: ``2020-2025``). A review of a term in its last year (``Nghị quyết, nhiệm kỳ
2016 - 2020`` in a report of 2020) reports on that term: ``Trong 5 năm, …`` is ``2016-2020``.

:func:`document_terms` finds the two terms of a document, :func:`term_spans` the spans that name them
(periods of the statements around them, as period records are). A term is never guessed: the first
``nhiệm kỳ`` written with its years is the document's only where the year of the document's date (else,
without ``Đại hội`` before that term in its sentence, the year it reports on) puts it, or ``Đại hội``
does: a report written in the middle of a term (``Nghị quyết Đại hội … nhiệm kỳ 2020 - 2025`` in a report
of 2023) has neither.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import load, words_pattern

if TYPE_CHECKING:
    from baocao.report import Report
    from baocao.resolve.context import PeriodSpan
    from baocao.resolve.governing import DocumentTime

_W = load("indicators")
# not before a year, an ordinal or a word of what comes after ("trong nhiệm kỳ 2020 - 2025", "trong nhiệm
# kỳ XIII", "trong 5 năm tới")
_NOT_BEFORE = (r"(?!\s*\(?\s*(?:(?:19|20)\d\d|[ivxlc]+(?![\p{L}\p{N}])|"
               + words_pattern(_W.term_word_not_before) + "))")
_NOT_AFTER = r"(?<!" + words_pattern(_W.term_word_not_after) + r"\s+)"     # "Từ đầu nhiệm kỳ tới nay"
PAST_TERM = regex.compile(_NOT_AFTER + words_pattern(_W.past_term_words) + _NOT_BEFORE)
NEW_TERM = regex.compile(_NOT_AFTER + words_pattern(_W.new_term_words) + _NOT_BEFORE)
_CONGRESS = regex.compile(words_pattern(_W.congress_words))
_SENTENCE_STOP = regex.compile(r"(?r)[.!?\n]")
CONGRESS_REACH = 160
"""How far before a term ``Đại hội`` is looked for, in the term's sentence."""
TERM_READ_CHARS = 600
"""How far into an undated document, with no year it reports on, the same term written again is read for
``Đại hội`` before it in its sentence, when the first that names it has none (a headline, a sapo naming an
officer's term)."""
TERM_YEARS = (4, 5)
"""The spans of a term, in years between its first and last year written (``2016 - 2020``, ``2020 - 2025``)."""


def document_terms(report: Report, time: DocumentTime) -> tuple[Optional[str], Optional[str]]:
    """(the term just ended, the term opened) of a document as labels (``2015-2020``, ``2020-2025``),
    None where the document does not tell: the first ``nhiệm kỳ`` written with its years (``Y0 - Y1``) is
    the term a congress opens when the document is dated ``Y0`` or the year before (a congress sits in its
    term's first year, a draft of its report earlier), or, undated, when ``Đại hội`` stands before it in its
    sentence; the term ended is then the one before it. Dated ``Y1`` or later, the term is the one the
    document reviews (ended). Its span must be that of a term (:data:`TERM_YEARS`). Undated, with no year
    it reports on and no ``Đại hội`` before the first, the same term written again within
    :data:`TERM_READ_CHARS` is read the same way.

    >>> import baocao
    >>> from baocao.resolve.governing import document_time
    >>> r = baocao.parse("Ngày 22-5, Đảng bộ xã tổ chức Đại hội Đảng bộ lần thứ XIV, nhiệm kỳ 2020-2025.")
    >>> document_terms(r, document_time(r))
    ('2015-2020', '2020-2025')
    >>> r = baocao.parse("Ông A giữ chức Bí thư khóa XXII, nhiệm kỳ 2020-2025.\\n\\n"
    ...                  "Sáng 5/8, Đại hội đại biểu Đảng bộ thành phố lần thứ XXII, nhiệm kỳ 2020-2025 bế mạc.")
    >>> document_terms(r, document_time(r))
    ('2015-2020', '2020-2025')
    >>> r = baocao.parse("Ông A giữ chức Bí thư khóa XXII, nhiệm kỳ 2020-2025.")
    >>> document_terms(r, document_time(r))
    (None, None)
    >>> r = baocao.parse("Ngày 5/3/2023, Huyện ủy sơ kết Nghị quyết Đại hội nhiệm kỳ 2020-2025.")
    >>> document_terms(r, document_time(r))
    (None, None)
    """
    folded: Optional[str] = None
    first: Optional[tuple[int, int]] = None
    for rec in report.records:
        if rec.kind != "term" or rec.start_year is None or rec.end_year is None:
            continue
        if not fold(rec.text).startswith("nhiem ky"):
            continue
        s, e = rec.start_year, rec.end_year
        if e - s not in TERM_YEARS or (first is not None and (first != (s, e) or rec.start >= TERM_READ_CHARS)):
            return None, None
        opened = f"{s}-{e}", f"{2 * s - e}-{s}"
        if time.dated is not None:
            year: Optional[int] = time.dated
        else:
            folded = folded if folded is not None else fold(report.original)
            a = max(0, rec.start - CONGRESS_REACH)
            stop = _SENTENCE_STOP.search(folded, a, rec.start)
            if _CONGRESS.search(folded, stop.end() if stop else a, rec.start):
                return opened[1], opened[0]
            year = time.year
        if year is None:
            first = (s, e)
            continue        # "Bí thư … khóa XXII, nhiệm kỳ 2020-2025." then "Đại hội … nhiệm kỳ 2020-2025"
        if s - 1 <= year <= s:
            return opened[1], opened[0]
        if year >= e:
            return opened[0], None
        return None, None
    return None, None


def term_spans(folded: str, covered: list[tuple[int, int]], terms: tuple[Optional[str], Optional[str]]
               ) -> list[PeriodSpan]:
    """The spans of `folded` (the folded clean text) that name a term of the document without its years
    (``past_term_words``, ``new_term_words``), as (start, end, label) with `terms` (:func:`document_terms`),
    outside the spans `covered` (by start) of period records.

    >>> term_spans("nhiem ky vua qua, thu ngan sach tang; nghi quyet nhiem ky moi", [], ("2015-2020", "2020-2025"))
    [(0, 16, '2015-2020'), (49, 61, '2020-2025')]
    >>> term_spans("trong nhiem ky 2020 - 2025, trong 5 nam toi", [], ("2015-2020", "2020-2025"))
    [(34, 43, '2020-2025')]
    >>> term_spans("trong nhiem ky qua", [], (None, None))
    []
    """
    starts = [c[0] for c in covered]
    out: list[PeriodSpan] = []
    for pattern, label in ((PAST_TERM, terms[0]), (NEW_TERM, terms[1])):
        if label is None:
            continue
        for m in pattern.finditer(folded):
            i = bisect_left(starts, m.end())
            if not any(covered[j][1] > m.start() for j in range(max(0, i - 8), i)):
                out.append((m.start(), m.end(), label))
    return sorted(out)
