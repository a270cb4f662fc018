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
from typing import TYPE_CHECKING, Any, Optional, Union

from baocao.core.decoding import (Decoded, DecodeError, decode, decode_report,
                                  read_decoded, read_text)
from baocao.options import NormalizeOptions, normalize_options

if TYPE_CHECKING:
    from baocao.normalize import Normalized

__all__ = ["DecodeError", "Decoded", "Document", "decode", "decode_report", "read_decoded",
           "read_text"]


@dataclass(init=False)
class Document:
    """Original text, the clean text the rules search, and the map between their offsets.

    ``Document(original, doc=None, normalize=True)``: the clean text is
    :func:`baocao.normalize` of the original (Unicode hygiene, one tone-mark convention, OCR
    diacritic repair) as a :class:`~baocao.options.NormalizeOptions` given as ``normalize`` says
    (True: the defaults); with ``normalize=False`` the rules search the original as it is.
    ``options`` is the normalization applied (None for none). ``config=`` is the older spelling
    of ``normalize=NormalizeOptions(…)``, kept as a deprecated alias.

    >>> d = Document.from_text("Tăng 5,61% tại thị trần")
    >>> d.text, d.span_to_original(5, 10)
    ('Tăng 5,61% tại thị trấn', (5, 10))
    >>> Document("tại thị trần", normalize=NormalizeOptions(ocr=False)).text
    'tại thị trần'
    """

    original: str
    doc: Optional[str]
    options: Optional[NormalizeOptions]
    text: str
    normalized: Optional[Normalized] = field(repr=False)
    cache: dict[str, Any] = field(repr=False)  # per-document scan results

    def __init__(self, original: str, doc: Optional[str] = None,
                 normalize: Union[bool, NormalizeOptions] = True,
                 config: Optional[NormalizeOptions] = None) -> None:
        options = normalize_options(normalize)
        if config is not None and normalize is True:   # the deprecated spelling
            options = normalize_options(config)
        self.original = original
        self.doc = doc
        self.options = options
        self.cache = {}
        self.normalized = None
        if options is None:
            self.text = original
            return
        from baocao.normalize import normalize as normalized

        self.normalized = normalized(original, options)
        self.text = self.normalized.text

    @classmethod
    def from_text(cls, text: str, doc: Optional[str] = None,
                  normalize: Union[bool, NormalizeOptions] = True,
                  config: Optional[NormalizeOptions] = None) -> Document:
        """A document of `text` (see :class:`Document`); a TypeError for anything but a str."""
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}; decode bytes with "
                            "baocao.document.decode() first")
        return cls(text, doc, normalize, config)

    @property
    def normalize(self) -> bool:
        """Whether the rules search a normalized copy (``options`` is not None)."""
        return self.options is not None

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the clean text to the original text."""
        if self.normalized is None or not self.normalized.edits:
            return start, end
        return self.normalized.span_to_original(start, end)
