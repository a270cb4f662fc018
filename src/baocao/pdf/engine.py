"""PDFium through pypdfium2, one document at a time per process, and the decompression-bomb guard
that checks a PDF's streams before PDFium expands them."""
from __future__ import annotations

import threading
import zlib
from typing import Any

from baocao.errors import LoadError

# PDFium is not thread-safe: one document at a time per process (Dask runs tasks in threads).
_LOCK = threading.RLock()

# Decompression-bomb guard: a stream that expands past _BOMB_STREAM bytes at a ratio above
# _BOMB_RATIO, or streams that expand past _BOMB_TOTAL together at a ratio above _BOMB_RATIO / 2.
_BOMB_STREAM = 64 << 20
_BOMB_TOTAL = 512 << 20
_BOMB_RATIO = 100


def _pdfium() -> tuple[Any, Any]:
    try:
        import pypdfium2
        import pypdfium2.raw as raw
    except ImportError as exc:
        raise LoadError("pdf", "MissingDependency",
                        f"reading PDF needs pypdfium2: pip install 'baocao[pdf]' ({exc})") from None
    return pypdfium2, raw


def check_streams(data: bytes) -> None:
    """Raise LoadError(DecompressionBomb) if the Flate streams of `data` expand past reason.

    Each ``stream`` keyword is tried as zlib data (images in other codings fail at once) and
    inflated a megabyte at a time, so a bomb is stopped before it fills the memory.
    """
    total_in = total_out = 0
    pos = 0
    find = data.find
    while True:
        k = find(b"stream", pos)
        if k < 0:
            break
        pos = k + 6
        if data[k - 3:k] == b"end":
            continue
        start = pos + (2 if data[pos:pos + 2] == b"\r\n" else 1)
        if start + 2 > len(data) or data[start] & 0x0F != 8:  # not a zlib header
            continue
        end = find(b"endstream", start)
        chunk = data[start:end if end >= 0 else len(data)]
        d = zlib.decompressobj()
        out = 0
        buf = chunk
        try:
            while buf:
                piece = d.decompress(buf, 1 << 20)
                out += len(piece)
                if out > _BOMB_STREAM and out > _BOMB_RATIO * len(chunk):
                    raise LoadError("pdf", "DecompressionBomb",
                                    f"a compressed stream of {len(chunk):,} bytes expands past "
                                    f"{out >> 20} MB (a decompression bomb): not read")
                if d.eof or not piece:
                    break
                buf = d.unconsumed_tail
        except zlib.error:
            pass
        total_in += len(chunk)
        total_out += out
        if total_out > _BOMB_TOTAL and total_out > _BOMB_RATIO // 2 * total_in:
            raise LoadError("pdf", "DecompressionBomb",
                            f"compressed streams of {total_in:,} bytes expand past "
                            f"{total_out >> 20} MB (a decompression bomb): not read")
        if end >= 0:
            pos = end + 9


def count_pages(path: str) -> int:
    """The number of pages of a PDF (0 when it cannot be opened: reading it says why)."""
    try:
        pdfium, _ = _pdfium()
        with open(path, "rb") as f:
            data = f.read()
        check_streams(data)   # no bomb is opened, even to count its pages
        with _LOCK:
            doc = pdfium.PdfDocument(data)
            try:
                return len(doc)
            finally:
                doc.close()
    except Exception:
        return 0
