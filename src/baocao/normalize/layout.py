"""Layout debris: a paragraph cut in two by a page break is joined again.

Text exported from a paginated report breaks a paragraph at the page end with blank lines
("… đoạn qua thị\\n\\ntrần Mường Ảng …"). Rule ``layout.page_break`` replaces that break by one
space when the line before ends mid-sentence (a letter, a digit, a comma, semicolon, opening
bracket or dash: no full stop, colon or closing quote) and the line after starts with a small
letter that does not open a list item (``a)``, ``b.``). Headings, list items and new paragraphs all
start with a capital or a marker, so they are left alone.

>>> [(e.before, e.after) for e in layout_edits("đoạn qua thị\\n\\ntrần Mường Ảng")]
[('\\n\\n', ' ')]
>>> layout_edits("2.1. Hạn chế\\n\\na) Về kinh tế")
[]

A paragraph cut by a page end that carries footnotes has the footnote bodies between its two
halves ("… cụm xã, thị\\n\\n¹⁹ Huyện có …\\n\\ntrần, 06 trạm …"). The text keeps them there (the
structure step links them to their markers), but :func:`reading_order` gives the OCR repair a
view of the text with the continuation moved up against the cut, so "thị … trần" is read as one
phrase; edits found in the view are mapped back to the text.
"""
from __future__ import annotations

import regex

from baocao.normalize.edits import Edit

_PAGE_BREAK = regex.compile(
    r"(?<=[\p{L}\d,;(\-–])[ \t\r]*\n(?:[ \t\r]*\n)+[ \t]*(?=\p{Ll})(?!\p{Ll}[).](?:\s|$))")


# A run of blank lines, found fast (it starts with a newline); the full pattern is then tried only
# where the run's line ends, which is the one place a page break can start.
_BLANK_RUN = regex.compile(r"\n(?:[ \t\r]*\n)+")


def _page_breaks(text: str):
    for run in _BLANK_RUN.finditer(text):
        start = run.start()
        while start > 0 and text[start - 1] in " \t\r":
            start -= 1
        m = _PAGE_BREAK.match(text, start)
        if m is not None:
            yield m


def layout_edits(text: str) -> list[Edit]:
    """Return the page-break joins of `text` (its own coordinates)."""
    edits = []
    for m in _page_breaks(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if "\t" in text[line_start:m.start()]:
            continue  # a table row ends here
        edits.append(Edit(m.start(), m.end(), m.group(), " ", "layout.page_break", 0.9,
                          "a paragraph cut by a page break: the line before ends mid-sentence "
                          "and the next starts with a small letter"))
    return edits


# A footnote block between the two halves of a cut paragraph: the line before it ends mid-sentence
# (as for a page break), then one or more footnote bodies (a line opening with a superscript
# number), each followed by blank lines, then a line opening with a small letter that opens no
# list item. Groups: the block, and the continuation line with its newline.
_FOOTNOTE_CUT = regex.compile(
    r"(?<=[\p{L}\d,;(\-–])[ \t\r]*\n(?:[ \t\r]*\n)+"
    r"((?:[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+[^\n]*\n(?:[ \t\r]*\n)+)+)"
    r"[ \t]*(?=\p{Ll})(?!\p{Ll}[).](?:\s|$))([^\n]*\n?)")
_SUPERSCRIPTS = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰")
_FOOTNOTE_START = regex.compile(r"\n[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰]")


def reading_order(text: str) -> list[tuple[int, int]]:
    """Return the spans of `text` in reading order: the text as it is, save that the line
    continuing a paragraph cut by footnote bodies comes right after the cut, before them. The
    spans cover the text once each; ``[(0, len(text))]`` when nothing is cut.

    >>> t = "khu vực cụm xã, thị\\n\\n¹ Ghi chú.\\n\\ntrần, 06 trạm.\\nHết."
    >>> "".join(t[s:e] for s, e in reading_order(t))
    'khu vực cụm xã, thị\\n\\ntrần, 06 trạm.\\n¹ Ghi chú.\\n\\nHết.'
    """
    spans, pos = [], 0
    for hit in _FOOTNOTE_START.finditer(text):
        # the cut begins at the end of the last non-blank line before the footnote
        k = hit.start()
        while k > 0 and text[k - 1] in " \t\r\n":
            k -= 1
        line = text[text.rfind("\n", 0, k) + 1:k]
        if k < pos or "\t" in line or line.lstrip(" ")[:1] in _SUPERSCRIPTS:
            continue   # inside a block already read, a table row, or a footnote body ends here
        m = _FOOTNOTE_CUT.match(text, k)
        if m is None:
            continue
        block, cont = m.span(1), m.span(2)
        # before the block (the cut and its blank lines), the continuation, then the block
        spans += [(pos, block[0]), cont, block]
        pos = cont[1]
    if not spans:
        return [(0, len(text))]
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if e > s]
