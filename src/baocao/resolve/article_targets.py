"""The articles of a resolution that set targets: ``Điều 2. Về các chỉ tiêu chủ yếu và nhiệm vụ năm 2022``.

A council's or a party committee's resolution (``NGHỊ QUYẾT`` … ``QUYẾT NGHỊ:``) is written in articles, each
a line that opens with an article mark and its number (``article_marks``: ``Điều 1.``, ``Điều 2:``) then a
title. An article whose title heads plans as a section's heading would (:func:`~baocao.resolve.section_plans.
heading_part`) and opens with its plan words (``target_sections``: ``các chỉ tiêu chủ yếu``, ``mục tiêu``,
``phương hướng`` …, perhaps after ``Về``, ``Thông qua``, ``Phê chuẩn``, ``article_title_openers``, and a
determiner), or that approves a budget's estimate (``article_budget_plans``: ``Điều 1. Phê chuẩn dự toán ngân
sách địa phương năm 2022, như sau:``; not ``Phê chuẩn tổng quyết toán …``, a past year's settlement) sets targets: the
statements under it, up to the next article (``Điều 3. Tổ chức thực hiện``) or the end of the text, are
targets where their own words frame nothing (``Thu ngân sách trên địa bàn: 211 tỷ đồng;``). An article whose
title heads results (``Điều 1. Kết quả thực hiện …``) or names neither, one that names the plans only after
other words (``Điều 1. Nhất trí với báo cáo … năm 2022 và mục tiêu, nhiệm vụ năm 2023``: the results it
agrees with come first), one that is prose (a title that ends with a stop: ``Điều 1. Nhất trí báo cáo …
tại kỳ họp.``), one that holds a figure, and one of a document dated after the last year its title names
set none.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import load, target_words_pattern, words_pattern
from baocao.resolve.section_plans import heading_part

if TYPE_CHECKING:
    from baocao.report import Report

__all__ = ["target_articles"]

TITLE_CHARS = 200
"""An article's title longer than this is prose."""
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# a line that opens with a word and a number then "." or ":" ("Điều 2. …"): an article when the word is a mark
_NUMBERED_LINE = regex.compile(r"^[ \t\u00a0*_]*(?P<mark>\p{L}+)[ \t\u00a0]+\d{1,3}[ \t\u00a0]*[.:][ \t\u00a0]*(?P<title>[^\n]*)",
                               regex.MULTILINE)


@cache
def _patterns() -> tuple[frozenset[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    r = load("indicators")
    opener = regex.compile(r"^(?:" + words_pattern(r.article_title_openers) + r")[ \t\u00a0]+")
    # the title's first words name the plans ("các chỉ tiêu chủ yếu …", "mục tiêu, chỉ tiêu …"), not a
    # report it agrees with that names them later ("Nhất trí báo cáo … và mục tiêu, nhiệm vụ năm 2023")
    first = regex.compile(r"^(?:" + words_pattern(r.term_heading_determiners) + r"[ \t\u00a0]+)?"
                          + target_words_pattern(r.target_sections))
    # a budget's estimate approved for a year to come ("Phê chuẩn dự toán ngân sách địa phương năm 2022")
    budget = regex.compile(r"^(?:" + words_pattern(r.article_budget_plans) + r")(?![\p{L}\p{N}])")
    return frozenset(fold(w) for w in r.article_marks), opener, first, budget


def target_articles(report: Report, figures: list[int], dated: Optional[int]) -> list[tuple[int, int, int]]:
    """(article start, title end, end) for each article of `report` that frames [title end, end) as targets
    (original offsets); `figures` are the sorted starts of its figures, `dated` the year the document is
    dated (None when unknown).

    >>> import baocao
    >>> text = ("QUYẾT NGHỊ:\\nĐiều 1. Nhất trí báo cáo của UBND huyện.\\nĐiều 2. Về các chỉ tiêu chủ yếu năm 2022\\n"
    ...         "- Thu ngân sách: 211 tỷ đồng;\\nĐiều 3. Tổ chức thực hiện\\n")
    >>> r = baocao.parse(text)
    >>> [(r.original[a:b], r.original[b:e].strip()) for a, b, e in target_articles(r, [], None)]
    [('Điều 2. Về các chỉ tiêu chủ yếu năm 2022', '- Thu ngân sách: 211 tỷ đồng;')]
    """
    text = report.original
    marks, opener, first, budget = _patterns()
    articles = [m for m in _NUMBERED_LINE.finditer(text) if fold(m.group("mark")) in marks]
    out: list[tuple[int, int, int]] = []
    for k, m in enumerate(articles):
        title = m.group("title").strip()
        if not title or len(title) > TITLE_CHARS or title.endswith((".", "!", "?", "…", ";")):
            continue
        i = bisect_left(figures, m.start())
        if i < len(figures) and figures[i] < m.end():
            continue
        folded = opener.sub("", fold(title))
        if (heading_part(folded) != "plans" or first.match(folded) is None) and budget.match(folded) is None:
            continue
        years = [int(y) for y in _YEAR.findall(title)]
        if dated is not None and years and dated > max(years):
            continue
        end = articles[k + 1].start() if k + 1 < len(articles) else len(text)
        out.append((m.start(), m.end(), end))
    return out
