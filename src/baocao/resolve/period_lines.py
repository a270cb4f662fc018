"""Where a paragraph of the clean text ends: the normalizer joins the lines a PDF or a web crawl wraps
inside a paragraph (``layout.line_wrap``), so a line of the clean text is a paragraph, in a crawl
that separates its paragraphs by a single line break as in a document that leaves a blank line.

A lead-in whose list follows its colon on the same line (``Một số sản phẩm công nghiệp trong tháng
có sản lượng sản xuất giảm so với tháng trước như: điện sản xuất giảm 24,78%; …``) governs that
paragraph only (:func:`~baocao.resolve.governing.lead_ins`), not the paragraphs after it up to the
next blank line, unless the next line goes on with the items of its list (``a) …`` then ``b) …``).
"""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

import regex

from baocao.resolve.vocabulary import LIST_ITEM_MARK

if TYPE_CHECKING:
    from baocao.report import Report



def clean_paragraph_ends(report: Report) -> list[int]:
    """The offsets of the line breaks of the report's clean text, in order (found once per report)."""
    return [m.start() for m in regex.finditer(r"\n", report.text)]


def paragraph_end(report: Report, ends: list[int], at: int, limit: int) -> int:
    """The original offset where the paragraph holding original offset `at` ends in the clean text
    (`ends` from :func:`clean_paragraph_ends`), or `limit` when it ends at or after it, or when the
    next line opens with a list item's mark (the list goes on: ``… như sau: a) …;`` then ``b) …``).

    >>> import baocao
    >>> t = "Một số sản phẩm tăng như: bia tăng 5%; rượu tăng 2%.\\nTính chung 9 tháng tăng 11%."
    >>> r = baocao.parse(t)
    >>> e = clean_paragraph_ends(r)
    >>> paragraph_end(r, e, t.index(":"), len(t)) == t.index("\\n")
    True
    >>> t = "Kết quả như sau: a) bia tăng 5%;\\nb) rượu tăng 2%."
    >>> r = baocao.parse(t)
    >>> paragraph_end(r, clean_paragraph_ends(r), t.index(":"), len(t)) == len(t)
    True
    """
    m = report.offsets
    assert m is not None, "Report.__post_init__ sets the offsets"
    c = m.span_to_clean(at, at + 1)[0]
    i = bisect_right(ends, c)
    if i >= len(ends):
        return limit
    nl = ends[i]
    if LIST_ITEM_MARK.match(report.text, nl + 1):
        return limit
    return min(limit, m.to_original(nl))
