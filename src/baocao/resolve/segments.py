"""Splitting a scope into segments and chunks.

A *scope* (a sentence or a footnote body, or a parenthesis holding figures) splits into *segments*
at ``;``, ``:``, ``!``, ``?``, a table cell's ``|``, line ends and sentence stops, and a segment into *chunks* at commas;
separators inside a figure (``5,61%``, ``1.629``) or a parenthesis do not count, nor a full stop
before a digit.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterable, Optional, Protocol, TypeVar

import regex

from baocao.resolve.vocabulary import SEPARATOR
from baocao.structure.sentences import ends_abbreviation


class Spanned(Protocol):
    """Anything with a span in the clean text (a figure record, a :class:`~baocao.resolve.context.Figure`)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Spanned)


def parens(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Top-level parenthesised spans in [a, b) (inclusive of the brackets).

    >>> parens("x (a (b)) y (c", 0, 14)
    [(2, 9)]
    """
    out: list[tuple[int, int]] = []
    depth, start = 0, a
    for m in _BRACKETS.finditer(text, a, b):    # only the brackets, not every character
        i = m.start()
        ch = text[i]
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out


def separators(text: str, a: int, b: int, figures: Iterable[Spanned], spans: Iterable[tuple[int, int]]
               ) -> tuple[list[int], list[int]]:
    """(cuts, commas) of the scope [a, b): ``cuts`` are the segment bounds (``a``, after each
    separator, ``b``), ``commas`` the offsets after each comma; ``figures`` and the parenthesised
    ``spans`` are passed over.

    >>> separators("Thu 5,6 tỷ; chi 3, 4 tỷ.", 0, 24, [], [])
    ([0, 11, 24, 24], [6, 18])
    """
    hidden = bytearray(b - a + 1)          # 1 inside a figure or a parenthesis
    for r in figures:
        hidden[r.start - a:r.end - a] = b"\x01" * (r.end - r.start)
    for p0, p1 in spans:
        lo, hi = max(p0, a), min(p1, b)
        if lo < hi:
            hidden[lo - a:hi - a] = b"\x01" * (hi - lo)
    cuts: list[int] = [a]
    commas: list[int] = []
    for m in _MARKS.finditer(text, a, b):    # only where a separator or a comma can be
        i = m.start()
        if hidden[i - a]:
            continue
        ch = text[i]
        if SEPARATOR.match(text, i) and not (ch == "." and (i + 1 < b and text[i + 1].isdigit()
                                                            or ends_abbreviation(text, i, a))):
            cuts.append(i + 1)     # "Quy mô nền kinh tế TP. Đà Nẵng …": the point of TP. cuts nothing
        elif ch == ",":
            commas.append(i + 1)
    cuts.append(b)
    return cuts, commas


_BRACKETS = regex.compile(r"[()]")
# every character a SEPARATOR match can start with, and the comma
_MARKS = regex.compile(r"[;:!?\n.,|]")


def chunks(bounds_start: int, bounds_end: int, commas: list[int], figures: list[S]
           ) -> list[tuple[int, int, list[S]]]:
    """The chunks of the segment [bounds_start, bounds_end): (start, end, its figures) between
    the commas inside it."""
    lo, hi = bisect_right(commas, bounds_start), bisect_left(commas, bounds_end)
    bounds = [bounds_start, *commas[lo:hi], bounds_end]
    starts = [r.start for r in figures]        # figures are in text order
    out: list[tuple[int, int, list[S]]] = []
    for x, y in zip(bounds, bounds[1:]):
        out.append((x, y, figures[bisect_left(starts, x):bisect_left(starts, y)]))
    return out


def label_start(text: str, s: int, e: int) -> Optional[int]:
    """Where the label before a colon at ``e`` starts: the segment's start ``s`` when it is short;
    in a longer segment, after its last comma when that leaves a short label; else None (a label
    never starts inside a word or a clause: ``…vùng Tây Nguyên, tuy nhiên …, trong đó:`` gave
    ``ây Nguyên, tuy nhiên …``)."""
    if e - s <= _LABEL_WINDOW:
        return s
    comma = text.rfind(",", e - _LABEL_WINDOW, e)
    return comma + 1 if comma >= 0 else None


_LABEL_WINDOW = 80      # characters: longer than any label of the genre's tables and lists
