"""Looks back from a figure that read at most as far as the rule reaches: a rule asks at each
figure where its line or sentence starts, and a search back to the start of the text costs as
much as the text before the figure (a report of one line of a megabyte: every figure reads the
whole line). Each function gives what the unbounded search gives (tests/test_reach.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from baocao.schema import Indicator

__all__ = ["at_line_start", "char_before_spaces", "comma_before", "line_start_within", "last_after",
           "sentence_end_within", "sentence_start_within", "statement_start"]

_INDENT = frozenset(" \t\u00a0")
SENTENCE_STOP = regex.compile(r"[.!?](?=\s)|\n")
"""A sentence stop (``.``, ``!``, ``?`` before a space, or a line break)."""
STOP_MARK = regex.compile(r"[.!?…](?=\s|$)")
"""A stop mark that ends a sentence (``.``, ``!``, ``?``, ``…`` before a space or the end of what is
searched), not a line break: a list after "Trong đó:" goes on over its lines."""
SENTENCE_STOP_BEFORE = regex.compile(r"(?r)[.!?](?=\s)|\n")
"""A sentence stop (``.``, ``!``, ``?`` before a space, or a line break), searched back from an offset."""
_SPACE = regex.compile(r"\s")
_MARKS_TRIED = 8
TABLE_CELL = regex.compile(r"[|\t]")
"""A table's cell separator in a row written as text (``Giá trị sản xuất | Năm 2019, …``)."""


def char_before_spaces(text: str, pos: int) -> str:
    """``text[:pos].rstrip()[-1:]``: the last character before `pos` that is no whitespace ("" when there
    is none), read back over the whitespace only, not by copying the text before `pos`.

    >>> char_before_spaces("98% \t đảng viên", 5), char_before_spaces("  x", 2)
    ('%', '')
    """
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos > 0 else ""


def line_start_within(text: str, pos: int, reach: int) -> int:
    """``max(text.rfind("\\n", 0, pos) + 1, pos - reach)``: the start of the line of `pos`, or
    `reach` characters before `pos` where the line starts earlier, read back at most `reach`.

    >>> line_start_within("ab\\ncdef", 6, 10), line_start_within("ab\\ncdef", 6, 2)
    (3, 4)
    """
    lo = pos - reach
    return max(text.rfind("\n", max(0, lo), pos) + 1, lo)


def sentence_start_within(text: str, pos: int, reach: int) -> int:
    """The end of the last sentence stop (:data:`SENTENCE_STOP_BEFORE`) before `pos`, read back at
    most `reach`; else `reach` characters before `pos` (the text's start at the most).

    >>> sentence_start_within("Một. Hai ba", 9, 20), sentence_start_within("Một hai ba", 9, 4)
    (4, 5)
    """
    lo = max(0, pos - reach)
    start = max(lo, text.rfind("\n", lo, pos) + 1)     # a stop after the line's last break, else there
    # the last of ".", "!", "?" with a character after it before `pos`, found by the C code of str.rfind;
    # one with no whitespace after it ("1.200") passes the search on to the marks before it
    end = max(start, pos - 1)       # not a negative end, which str.rfind reads from the text's end
    mark = max(text.rfind(".", start, end), text.rfind("!", start, end), text.rfind("?", start, end))
    for _ in range(_MARKS_TRIED):
        if mark < start:
            return start
        if _SPACE.match(text, mark + 1) is not None:
            return mark + 1
        mark = max(text.rfind(".", start, mark), text.rfind("!", start, mark), text.rfind("?", start, mark))
    if mark < start:
        return start
    m = SENTENCE_STOP_BEFORE.search(text, start, mark + 2)     # many marks without a space: the pattern's search
    return m.end() if m is not None else start


def sentence_end_within(text: str, pos: int, reach: int) -> int:
    """The start of the first sentence stop (:data:`SENTENCE_STOP`) after `pos`, read forward at most
    `reach`; else `reach` characters after `pos` (the text's end at the most).

    >>> sentence_end_within("Một hai. Ba", 0, 20), sentence_end_within("Một hai ba", 0, 4)
    (7, 4)
    """
    hi = min(len(text), pos + reach)
    m = SENTENCE_STOP.search(text, pos, min(len(text), hi + 1))    # one more: the space that makes a stop
    return min(m.start(), hi) if m is not None else hi


def last_after(text: str, sub: str, floor: int, pos: int) -> int:
    """``max(floor, text.rfind(sub, 0, pos) + 1)`` for ``floor >= 0``: one past the start of the
    last `sub` before `pos`, not before `floor`; read back to `floor` only.

    >>> last_after("a. b. c", ". ", 0, 7), last_after("a. b. c", ". ", 5, 7)
    (5, 5)
    """
    return max(floor, text.rfind(sub, floor, pos) + 1)


def at_line_start(text: str, pos: int) -> bool:
    """``not text[text.rfind("\\n", 0, pos) + 1:pos].strip(" \\t\\u00a0")``: only spaces, tabs and
    no-break spaces between the start of its line and `pos`; read back over those only.

    >>> at_line_start("ab\\n  cd", 5), at_line_start("ab\\n  cd", 6), at_line_start("  x", 2)
    (True, False, True)
    """
    i = pos
    while i and text[i - 1] in _INDENT:
        i -= 1
    return not i or text[i - 1] == "\n"


def statement_start(rec: Indicator) -> int:
    """The first offset of an indicator statement's text: its name's start where the name stands before
    its figure (``rec.name_start``), else its figure's (``rec.start``)."""
    return rec.start if rec.name_start is None else min(rec.start, rec.name_start)


def comma_before(text: str, pos: int) -> int:
    """The offset of the comma right before `pos`, past spaces and no-break spaces (``khí đốt`` in
    ``…, khí đốt``); -1 when anything else stands there."""
    i = pos - 1
    while i >= 0 and text[i] in " \u00a0":
        i -= 1
    return i if i >= 0 and text[i] == "," else -1
