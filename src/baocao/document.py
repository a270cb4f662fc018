"""Decode bytes and hold a document's original text beside the clean text the extractors search.

The clean text is the original in Unicode NFC (Vietnamese typed or exported in decomposed form,
``tỷ`` as ``t y ̉``, must still match the rules). Every position in the clean text maps back to the
original, so records keep original offsets: ``original[start:end] == text``.
"""
from __future__ import annotations

import codecs
import unicodedata
from array import array
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Optional, Union


class DecodeError(ValueError):
    """Raised when a file's bytes are not text baocao can read; the message names the file."""


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Return the text of UTF-8 bytes (a BOM is dropped); raise DecodeError naming `name` otherwise.

    >>> decode("tỷ lệ".encode("utf-8-sig"))
    'tỷ lệ'
    """
    if b"\x00" in data[:8192]:
        raise DecodeError(f"{name}: binary file (NUL bytes), not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from exc


def read_text(path: Union[str, PathLike]) -> str:
    """Read and decode one file (see :func:`decode`). Newlines are kept exactly as stored."""
    p = Path(path)
    return decode(p.read_bytes(), str(p))


@dataclass
class Document:
    """Original text, clean (NFC) text, and the map between their offsets.

    >>> d = Document.from_text("Tăng 5,61%")
    >>> d.text == d.original, d.span_to_original(5, 10)
    (True, (5, 10))
    """

    original: str
    doc: Optional[str] = None
    text: str = field(init=False)
    _starts: Optional[array] = field(init=False, default=None, repr=False)
    _ends: Optional[array] = field(init=False, default=None, repr=False)
    cache: dict = field(init=False, default_factory=dict, repr=False)  # per-document scan results

    def __post_init__(self):
        if unicodedata.is_normalized("NFC", self.original):
            self.text = self.original
            return
        # Compose cluster by cluster (a starter and the combining marks after it) so each clean
        # character knows the original span it came from.
        out, starts, ends = [], array("q"), array("q")
        orig = self.original
        i, n = 0, len(orig)
        while i < n:
            j = i + 1
            while j < n and unicodedata.combining(orig[j]):
                j += 1
            piece = unicodedata.normalize("NFC", orig[i:j])
            out.append(piece)
            starts.extend([i] * len(piece))
            ends.extend([j] * len(piece))
            i = j
        self.text = "".join(out)
        self._starts, self._ends = starts, ends

    @classmethod
    def from_text(cls, text: str, doc: Optional[str] = None) -> "Document":
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}; decode bytes with "
                            "baocao.document.decode() first")
        return cls(text, doc)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the clean text to the original text."""
        if self._starts is None:
            return start, end
        if end <= start:
            s = self._starts[start] if start < len(self.text) else len(self.original)
            return s, s
        return self._starts[start], self._ends[end - 1]
