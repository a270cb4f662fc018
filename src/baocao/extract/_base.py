"""Helpers shared by the extractor modules: build a record from a clean-text span."""
from __future__ import annotations

from baocao.document import Document


def make(doc: Document, cls, start: int, end: int, **fields):
    """Return a `cls` record for clean-text span [start, end), with original offsets and text."""
    s, e = doc.span_to_original(start, end)
    return cls(text=doc.original[s:e], start=s, end=e, doc=doc.doc, **fields)
