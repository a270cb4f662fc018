"""Pages of a text: the form feeds (``\\f``) that PDF text (baocao's own, ``pdftotext``'s) puts
between pages. Page n (1-based) of a position p is ``1 + text.count("\\f", 0, p)``; a text without a
form feed has no pages, and its records' ``page`` stays null.

>>> page_starts("một\\fhai\\fba")
(0, 4, 8)
>>> page_of(page_starts("một\\fhai\\fba"), 5)
2
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Mapping, Optional, Protocol, Sequence, TypeVar

R = TypeVar("R", bound="Spanned")


class Spanned(Protocol):
    """A record: a start offset, and a copy with some fields changed (a pydantic model)."""

    @property
    def start(self) -> int: ...

    def model_copy(self: R, *, update: Optional[Mapping[str, Any]] = None,
                   deep: bool = False) -> R: ...


def page_starts(text: str) -> tuple[int, ...]:
    """The offset of the first character of each page; empty when `text` holds no form feed."""
    if "\f" not in text:
        return ()
    starts = [0]
    i = text.find("\f")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\f", i + 1)
    return tuple(starts)


def page_of(starts: Sequence[int], pos: int) -> Optional[int]:
    """The page (1-based) of position `pos`, None when there are no pages."""
    return bisect_right(starts, pos) if starts else None


def with_pages(records: list[R], text: str, starts: Optional[Sequence[int]] = None) -> list[R]:
    """The records with ``page`` set from their start offset in `text` (unchanged without pages)."""
    starts = page_starts(text) if starts is None else starts
    if not starts:
        return records
    if len(starts) == 1:
        return [r.model_copy(update={"page": 1}) for r in records]
    return [r.model_copy(update={"page": bisect_right(starts, r.start)}) for r in records]
