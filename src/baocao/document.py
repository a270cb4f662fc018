"""Decode bytes and hold a document's original text beside the clean text the extractors search.

Decoding (UTF-8, UTF-16 with a BOM, Windows-1258, TCVN3, VNI) is :mod:`baocao.core.decoding`'s;
:func:`decode`, :func:`decode_report`, :func:`read_text` and :func:`read_decoded` are re-exported here.

The clean text is the normalized original (Unicode NFC, so that Vietnamese typed or exported in
decomposed form still matches the rules; one tone convention; OCR diacritic repair). Every position
in the clean text maps back to the original, so records keep original offsets:
``original[start:end] == text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from baocao.core.decoding import (Decoded, DecodeError, decode, decode_report,
                                  read_decoded, read_text)

if TYPE_CHECKING:
    from baocao.normalize import NormalizeConfig, Normalized

__all__ = ["DecodeError", "Decoded", "Document", "decode", "decode_report", "read_decoded",
           "read_text"]


@dataclass
class Document:
    """Original text, the clean text the rules search, and the map between their offsets.

    The clean text is :func:`baocao.normalize.normalize` of the original (Unicode hygiene, one
    tone-mark convention, OCR diacritic repair) unless ``normalize=False``, in which case the rules
    search the original as it is.

    >>> d = Document.from_text("Tăng 5,61% tại thị trần")
    >>> d.text, d.span_to_original(5, 10)
    ('Tăng 5,61% tại thị trấn', (5, 10))
    """

    original: str
    doc: Optional[str] = None
    normalize: bool = True
    config: Optional["NormalizeConfig"] = None
    text: str = field(init=False)
    normalized: Optional["Normalized"] = field(init=False, default=None, repr=False)
    cache: dict = field(init=False, default_factory=dict, repr=False)  # per-document scan results

    def __post_init__(self):
        if not self.normalize:
            self.text = self.original
            return
        from baocao.normalize import DEFAULT_CONFIG, normalize

        self.normalized = normalize(self.original, self.config or DEFAULT_CONFIG)
        self.text = self.normalized.text

    @classmethod
    def from_text(cls, text: str, doc: Optional[str] = None, normalize: bool = True,
                  config=None) -> "Document":
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}; decode bytes with "
                            "baocao.document.decode() first")
        return cls(text, doc, normalize, config)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the clean text to the original text."""
        if self.normalized is None or not self.normalized.edits:
            return start, end
        return self.normalized.span_to_original(start, end)
