"""Lines of a document's clean text with their offsets; the unit every structure pass reads."""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from baocao.document import Document


class Line(NamedTuple):
    """One line of the clean text: ``text[start:end]``, without its line break.

    ``lstart``/``rend`` bound the line with surrounding spaces stripped (``lstart == rend`` for a
    blank line); ``blank`` is ``lstart >= rend``, kept (the structure passes ask it of every line,
    several times). A named tuple: a document has a line every few bytes at worst, and a
    dataclass takes twice as long to build.
    """

    index: int   # type: ignore[assignment]  # the line's number, in place of tuple.index
    start: int
    end: int
    lstart: int
    rend: int
    blank: bool


_SPACE = " \t\u00a0\r\u200b\ufeff\f"   # a form feed (page end) opens a line like a space


def lines(doc: Document) -> list[Line]:
    """Return the lines of ``doc.text`` (computed once per document).

    >>> from baocao.document import Document
    >>> [(l.start, l.end, l.blank) for l in lines(Document.from_text("ab\\n\\n c \\r\\n", normalize=False))]
    [(0, 2, False), (3, 3, True), (4, 8, False), (9, 9, True)]
    """
    cache = doc.cache
    if "lines" not in cache:
        text = doc.text
        out: list[Line] = []
        start, i = 0, 0
        while True:
            nl = text.find("\n", start)
            end = len(text) if nl < 0 else nl
            ls, re_ = start, end
            while ls < re_ and text[ls] in _SPACE:
                ls += 1
            while re_ > ls and text[re_ - 1] in _SPACE:
                re_ -= 1
            out.append(Line(i, start, end, ls, re_, ls >= re_))
            if nl < 0:
                break
            start, i = nl + 1, i + 1
        cache["lines"] = out
    found: list[Line] = cache["lines"]
    return found


def file_line(doc: Document, clean_pos: int) -> int:
    """Return the 1-based line of the ORIGINAL text that holds clean position `clean_pos`.

    Normalization may join lines (a paragraph cut by a page break), so line numbers shown to a
    user are counted in the original, where they can be looked up.
    """
    cache = doc.cache
    if "newlines" not in cache:
        cache["newlines"] = _newlines(doc.original)
    pos = doc.span_to_original(clean_pos, clean_pos)[0]
    return bisect_right(cache["newlines"], pos - 1) + 1


def _newlines(text: str) -> list[int]:
    """The offsets of the line breaks of `text`, found by ``str.find``: a Python step per line, not
    per character (1.6 ms in place of 48 ms over the 1.36 MB of the benchmark archive).

    >>> _newlines("a\\nbc\\n\\nd")
    [1, 4, 5]
    """
    out: list[int] = []
    i = text.find("\n")
    while i >= 0:
        out.append(i)
        i = text.find("\n", i + 1)
    return out
