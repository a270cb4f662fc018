"""Huge documents in pieces: :func:`pieces` cuts a text after a line that ends a sentence;
:func:`stream_pieces` reads a large plain-UTF-8 file piece by piece, never whole."""
from __future__ import annotations

import os
import unicodedata
from typing import Any, Iterator, Optional

import regex

from baocao.core.decoding import streamable_encoding
from baocao.options import DEFAULT_MAX_BYTES
from baocao.inputs.source import DOCX_SUFFIXES, HTML_SUFFIXES, PDF_SUFFIXES, Source, _suffix

# Where a piece may end, best first: after a line ending with a full stop; after a line break
# before a line that does not start with a small letter (the normalizer joins a paragraph cut by a
# page break only when the next line starts with one); after any line break; after a space.
_CUTS = (regex.compile(r"(?r)\.[ \t]*\r?\n"), regex.compile(r"(?r)\n(?=[^\s\p{Ll}])"),
         regex.compile(r"(?r)\n"), regex.compile(r"(?r) "))


def _cut(text: str, lo: int, hi: int) -> int:
    """Where to end a piece that starts at `lo` and may run to `hi` (see :func:`pieces`)."""
    for pattern in _CUTS:
        m = pattern.search(text, lo, hi)
        if m is not None and m.end() > lo:
            return m.end()
    return hi


def pieces(text: str, size: int) -> Iterator[tuple[int, str]]:
    """Yield (offset, piece) that tile `text`, each at most `size` characters, cut after a line
    that ends with a full stop.

    No rule reads across such a cut: extractors match within a sentence, the normalizer's
    page-break join needs a line that ends mid-sentence, and its OCR pass already works in
    chunks cut the same way. So the records of the pieces, shifted by their offsets, are those
    of the whole text. A stretch of `size` characters with no such line is cut after a line
    break before a line that starts with a capital, a digit or a mark (a heading, a table row, a
    new paragraph), or else after its last line break or space, where a rule may see less
    context than in the whole.

    >>> list(pieces("Một câu.\\nHai câu.\\nBa", 12))
    [(0, 'Một câu.\\n'), (9, 'Hai câu.\\nBa')]
    """
    start, n = 0, len(text)
    while n - start > size:
        cut = _cut(text, start, start + size)
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


#: a .txt file larger than this is decoded piece by piece when it is plain UTF-8 (see
#: stream_pieces), so its whole text is never in memory
STREAM_BYTES = 8 << 20
_BLOCK = 1 << 22   # bytes read at a time to check that such a file can be (streamable_encoding)


def stream_pieces(source: Source, size: int, max_bytes: int = DEFAULT_MAX_BYTES,
                  ) -> Optional[tuple[dict[str, Any], Iterator[tuple[int, str]]]]:
    """For a large plain-UTF-8 .txt file, return (meta, pieces) read and decoded piece by piece,
    each NFC-composed as the whole-file decoder would, cut where :func:`pieces` cuts; else None
    (the document is loaded whole by :func:`load`).

    ``meta`` (format, encoding, decoding) is complete once the pieces are exhausted. A file
    larger than `max_bytes` (0: no limit) is left to :func:`load`, which refuses it.
    """
    if source.path is None or source.error is not None or \
            _suffix(source.path) in HTML_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES:
        return None
    try:
        size_on_disk = os.path.getsize(source.path)
        if size_on_disk <= STREAM_BYTES or (max_bytes and size_on_disk > max_bytes):
            return None
        encoding = streamable_encoding(source.path, _BLOCK)
    except OSError:
        return None  # load() reports it
    if encoding is None:
        return None
    note = "UTF-8 with a byte-order mark (dropped)" if encoding == "utf-8-sig" else "UTF-8"
    meta = {"format": "txt", "encoding": encoding, "decoding": note}

    def gen() -> Iterator[tuple[int, str]]:
        offset, buf, composed = 0, "", False
        with open(str(source.path), encoding=encoding, newline="") as f:
            while True:
                more = f.read(size)
                buf += more
                while len(buf) > size or (not more and buf):
                    cut = _cut(buf, 0, size) if len(buf) > size else len(buf)
                    piece, buf = buf[:cut], buf[cut:]
                    if not piece.isascii() and not unicodedata.is_normalized("NFC", piece):
                        piece, composed = unicodedata.normalize("NFC", piece), True
                    yield offset, piece
                    offset += len(piece)
                if not more:
                    break
        if composed:
            meta["decoding"] = note + "; decomposed letters (NFD) composed to NFC"

    return meta, gen()
