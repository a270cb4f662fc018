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
