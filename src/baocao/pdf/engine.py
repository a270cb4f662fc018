"""PDFium through pypdfium2, one document at a time per process (the decompression-bomb guard
that checks a PDF's streams before PDFium expands them is :mod:`baocao.pdf.bombs`)."""
from __future__ import annotations

import threading
from typing import Any

from baocao.errors import LoadError
from baocao.pdf.bombs import check_streams

# PDFium is not thread-safe: one document at a time per process (Dask runs tasks in threads).
_LOCK = threading.RLock()


def _pdfium() -> tuple[Any, Any]:
    try:
        import pypdfium2
        import pypdfium2.raw as raw
    except ImportError as exc:
        raise LoadError("pdf", "MissingDependency",
                        f"reading PDF needs pypdfium2: pip install 'baocao[pdf]' ({exc})") from None
    return pypdfium2, raw


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
