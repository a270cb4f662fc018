"""Edits and the offset map: how a clean text was made from the original, and how to go back.

An :class:`Edit` replaces ``original[start:end]`` (``before``) by ``after``. Edits of one
normalization never overlap and are kept in original coordinates, so ``apply_edits(original, edits)``
rebuilds the clean text and :class:`OffsetMap` maps any clean position back to the original.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, Iterable, Optional, Sequence


@dataclass(frozen=True)
class Edit:
    """One change: ``original[start:end]`` (== ``before``) became ``after``, by `rule`."""

    start: int
    end: int
    before: str
    after: str
    rule: str
    confidence: float = 1.0
    why: str = ""

    def shifted(self, delta: int) -> "Edit":
        return Edit(self.start + delta, self.end + delta, self.before, self.after, self.rule,
                    self.confidence, self.why)


def apply_edits(original: str, edits: Iterable[Edit]) -> str:
    """Return `original` with the non-overlapping `edits` applied.

    >>> apply_edits("thị trần Mường Ấng", [Edit(4, 8, "trần", "trấn", "ocr"), Edit(15, 18, "Ấng", "Ảng", "ocr")])
    'thị trấn Mường Ảng'
    """
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: e.start):
        if e.start < pos:
            raise ValueError(f"overlapping edits at {e.start}")
        if original[e.start:e.end] != e.before:
            raise ValueError(f"edit {e} does not match the text {original[e.start:e.end]!r}")
        out.append(original[pos:e.start])
        out.append(e.after)
        pos = e.end
    out.append(original[pos:])
    return "".join(out)


class OffsetMap:
    """Maps positions of the clean text back to the original text.

    A position inside a replaced stretch maps to the start of that stretch (and, as the end of a
    span, to its end), so a span of the clean text always maps to a span of the original that
    covers the same characters.

    >>> m = OffsetMap([Edit(0, 3, "hoà", "hòa", "unicode.tone"), Edit(4, 6, "\\u200b ", " ", "x")], 8)
    >>> m.to_original(0), m.to_original(4), m.span_to_original(4, 5)
    (0, 4, (4, 6))
    """

    def __init__(self, edits: Sequence[Edit], original_length: int):
        self._edits = sorted(edits, key=lambda e: e.start)
        # offsets in arrays (8 bytes each, where a list holds an int object of 32 more)
        self._starts = array("q", [e.start for e in self._edits])
        self._clean_starts = array("q")
        self._clean_ends = array("q")
        delta = 0
        for e in self._edits:
            cs = e.start + delta
            self._clean_starts.append(cs)
            self._clean_ends.append(cs + len(e.after))
            delta += len(e.after) - (e.end - e.start)
        self._length = original_length
        self.clean_length = original_length + delta

    def _check(self, i: int) -> None:
        if not 0 <= i <= self.clean_length:
            raise IndexError(f"position {i} outside 0..{self.clean_length}")

    def to_original(self, i: int) -> int:
        """Return the original offset of clean position `i`, as the start of a span."""
        self._check(i)
        k = bisect_right(self._clean_starts, i) - 1    # last edit starting at or before i
        if k < 0:
            return i
        if i < self._clean_ends[k]:
            return self._edits[k].start
        return self._edits[k].end + (i - self._clean_ends[k])

    def to_original_end(self, i: int) -> int:
        """Return the original offset of clean position `i`, as the end of a span.

        Inside or at the end of a replacement it maps to the replacement's end; characters deleted
        right at `i` (an invisible character after a word) stay outside the span.
        """
        self._check(i)
        k = bisect_left(self._clean_starts, i) - 1     # last edit starting before i
        if k < 0:
            return i
        if i <= self._clean_ends[k]:
            return self._edits[k].end
        return self._edits[k].end + (i - self._clean_ends[k])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean [start, end) span to the smallest original span covering it."""
        s = self.to_original(start)
        return s, max(s, self.to_original_end(end))

    def to_clean(self, o: int) -> int:
        """Return the clean position of original offset `o` (exact at edit boundaries; an offset
        inside a replaced stretch maps to the stretch's clean start)."""
        k = bisect_right(self._starts, o) - 1
        if k < 0:
            return o
        e = self._edits[k]
        if o < e.end:
            return self._clean_starts[k] if o == e.start or o < e.end else self._clean_ends[k]
        return self._clean_ends[k] + (o - e.end)


    def to_clean_end(self, o: int) -> int:
        """Return the clean position of original offset `o` as the end of a span: an offset inside
        a replaced stretch maps to the stretch's clean end, so a span keeps every character it
        covered."""
        k = bisect_left(self._starts, o) - 1             # last edit starting before o
        if k < 0:
            return o
        e = self._edits[k]
        if o <= e.end:
            return self._clean_ends[k]
        return self._clean_ends[k] + (o - e.end)

    def span_to_clean(self, start: int, end: int) -> tuple[int, int]:
        """Map an original [start, end) span to the smallest clean span covering it.

        >>> m = OffsetMap([Edit(3, 5, "\\n\\n", " ", "layout.page_break")], 9)
        >>> m.span_to_clean(0, 9), m.span_to_clean(5, 9)
        ((0, 8), (4, 8))
        """
        s = self.to_clean(start)
        return s, max(s, self.to_clean_end(end))


def compose(original: str, first: Sequence[Edit], second: Sequence[Edit],
            mid: Optional[str] = None) -> list[Edit]:
    """Express `second` (edits of the text that `first` made from `original`) in original
    coordinates, merged with `first`: the result applied to `original` gives the final text.
    `mid`: that text (``apply_edits(original, first)``) when the caller holds it already, so no
    second copy of a long text is made.

    Where a later edit touches characters an earlier one changed, the two become one edit that
    keeps the later rule (a tone fix on a letter that was first composed from NFD is one change of
    the original characters).

    >>> o = "thi\\u0323 tra\\u0300n"
    >>> first = [Edit(2, 4, "i\\u0323", "ị", "unicode.nfc"), Edit(7, 9, "a\\u0300", "à", "unicode.nfc")]
    >>> mid = apply_edits(o, first)
    >>> [(e.start, e.end, e.after, e.rule) for e in compose(o, first, [Edit(4, 8, "tràn", "trấn", "ocr")])]
    [(2, 4, 'ị', 'unicode.nfc'), (5, 10, 'trấn', 'ocr')]
    """
    if not second:
        return sorted(first, key=lambda e: e.start)
    if not first:
        return sorted(second, key=lambda e: e.start)
    m = OffsetMap(first, len(original))
    if mid is None:
        mid = apply_edits(original, first)
    regions: list[list[Any]] = []  # [orig_start, orig_end, [second edits]]
    for e2 in sorted(second, key=lambda e: e.start):
        s, e = m.span_to_original(e2.start, e2.end)
        if regions and s < regions[-1][1] or (regions and s == regions[-1][1] == regions[-1][0]):
            regions[-1][1] = max(regions[-1][1], e)
            regions[-1][2].append(e2)
        else:
            regions.append([s, e, [e2]])
    out: list[Edit] = []
    for s, e, group in regions:
        cs, ce = m.to_clean(s), m.to_clean(e)
        cs, ce = min(cs, group[0].start), max(ce, max(g.end for g in group))
        piece, pos = [], cs
        for g in group:
            piece.append(mid[pos:g.start])
            piece.append(g.after)
            pos = g.end
        piece.append(mid[pos:ce])
        after = "".join(piece)
        if original[s:e] != after:
            head = group[0]
            out.append(Edit(s, e, original[s:e], after, head.rule,
                            min(g.confidence for g in group), head.why))
    # first-stage edits inside a region were merged into it; the others stay (one sweep, both sorted)
    kept: list[Edit] = []
    r = 0
    for f in sorted(first, key=lambda e: e.start):
        while r < len(regions) and regions[r][1] < f.start:
            r += 1
        inside = any(s <= f.start and f.end <= e and (f.start < e or s == e)
                     for s, e, _ in regions[r:r + 2])
        if not inside:
            kept.append(f)
    return sorted(kept + out, key=lambda x: (x.start, x.end))
