"""The lines a news article opens with before its first line of prose (its headline, a date line):
figures there restate the body and go unattached, as figures in headings do
(:func:`headline_lines`); the bounds of a document's opening that :mod:`baocao.resolve.governing`
reads its reported period in."""
from __future__ import annotations

import regex

__all__ = ["headline_lines"]

OPENING_CHARS = 600
"""How far into a document its opening can run."""
TITLE_CHARS = 200
"""A paragraph longer than this is prose, not a title or a date line."""
HEADLINE_LINES = 3
"""How many lines (not blank) a document can open with before its first line of prose."""
LONG_OPENING_LINES = 4
"""How many such lines an opening whose every figure is written again in the body can have (a title, a byline
written twice, a date line: :func:`baocao.resolve.crossheads.long_opening`)."""
#: A list item's mark at the start of a line: such a line is no headline.
LIST_MARK = regex.compile(r"[-+•*–]|\d{1,2}[.)]\s|[a-zđ][.)]\s")
_LINE = regex.compile(r"[^\n]+")
#: A line of prose: it ends a sentence (a stop, then perhaps a closing quote or bracket and a footnote
#: marker: "đạt 5 tỷ đồng.¹", "… (1)"), or holds two sentences (a stop after an abbreviation, a short
#: word with a capital, "TP. Đà Nẵng", ends none)
PROSE = regex.compile(r"[.!?…;:][\"'”’)\]»]*(?:\p{No}+|\(\d{1,3}\)|\[\d{1,3}\])?\s*$"
                      r"|(?<!(?<!\p{L})\p{Lu}\p{L}{0,2})[.!?…]\s+\p{Lu}")


def headline_lines(original: str, limit: int = HEADLINE_LINES) -> list[tuple[int, int]]:
    """The spans of the lines a document opens with before its first line of prose, within
    :data:`OPENING_CHARS`: at most `limit` (:data:`HEADLINE_LINES`) lines, each at most :data:`TITLE_CHARS`
    long, ending no sentence and no list item; none when no line of prose follows them (a text that
    is only short lines is a list, not a headline over a body).

    >>> t = "Hưng Yên: Tổng sản phẩm tăng 8,68%\\n\\n20:56, 02/07/2018\\n\\nSáu tháng đầu năm, GRDP tăng 8,68%."
    >>> [t[a:b] for a, b in headline_lines(t)]
    ['Hưng Yên: Tổng sản phẩm tăng 8,68%', '20:56, 02/07/2018']
    >>> headline_lines("Thu ngân sách đạt 5 tỷ đồng.¹\\n\\n¹ Chú thích số 3.")
    []
    >>> headline_lines("- Thu ngân sách 5 tỷ đồng\\nSáu tháng đầu năm, GRDP tăng 8,68%.")
    []
    """
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(original, 0, OPENING_CHARS):
        line = m.group().strip()
        if not line:
            continue
        if LIST_MARK.match(line):
            return []
        if len(line) > TITLE_CHARS or PROSE.search(line):
            return out
        if len(out) == limit:
            return []
        out.append(m.span())
    return []
