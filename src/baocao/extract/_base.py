"""Helpers shared by the extractor modules: build a record from a clean-text span."""
from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from baocao.document import Document

R = TypeVar("R", bound=BaseModel)


def make(doc: Document, cls: type[R], start: int, end: int, **fields: Any) -> R:
    """Return a `cls` record for clean-text span [start, end), with original offsets and text."""
    s, e = doc.span_to_original(start, end)
    return cls(text=doc.original[s:e], start=s, end=e, doc=doc.doc, **fields)
