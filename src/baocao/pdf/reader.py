"""A PDF read to text: :func:`read_pdf` (pages separated by form feeds; see :mod:`baocao.pdf`),
and the page lists of the documents table."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Iterable, Optional, Union

from baocao.errors import LoadError
from baocao.pdf.bombs import check_streams
from baocao.pdf.engine import _LOCK, _pdfium
from baocao.pdf.layout import _lines, _mark_bold, _page_chars, _page_text
from baocao.pdf.ocr import (_SCAN_COVER, _SCAN_INK, _image_cover, _ocr_page, check_ocr,
                            check_tesseract)


@dataclass(frozen=True)
class PdfText:
    """The text of a PDF (see the module's docstring) and what was learnt reading it.

    ``pages``: offset of the first character of each page in ``text``; ``without_text``: the
    pages (1-based) that have something drawn but no text layer and were not recognized;
    ``recognized``: the pages whose text Tesseract recognized; ``title``: the document's Title.
    """

    text: str
    pages: tuple[int, ...]
    without_text: tuple[int, ...] = ()
    recognized: tuple[int, ...] = ()
    title: Optional[str] = None


def page_ranges(pages: Iterable[int]) -> str:
    """``[1, 2, 3, 7]`` → ``'1-3, 7'``.

    >>> page_ranges([1, 2, 3, 7, 9, 10])
    '1-3, 7, 9-10'
    """
    out: list[str] = []
    pages = sorted(pages)
    i = 0
    while i < len(pages):
        j = i
        while j + 1 < len(pages) and pages[j + 1] == pages[j] + 1:
            j += 1
        out.append(str(pages[i]) if i == j else f"{pages[i]}-{pages[j]}")
        i = j + 1
    return ", ".join(out)


def parse_ranges(text: str) -> tuple[int, ...]:
    """``'1-3, 7'`` → ``(1, 2, 3, 7)`` (the inverse of :func:`page_ranges`).

    >>> parse_ranges("1-3, 7")
    (1, 2, 3, 7)
    """
    out: list[int] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        a, _, b = part.partition("-")
        out.extend(range(int(a), int(b or a) + 1))
    return tuple(out)


def read_pdf(source: Union[str, "os.PathLike[str]", bytes], *, ocr: Optional[str] = None,
             ocr_timeout: Optional[float] = None) -> PdfText:
    """Return the :class:`PdfText` of a PDF file (a path) or of its bytes.

    ``ocr="tesseract"`` recognizes the pages that have no text layer; without it such pages are
    empty and listed in ``without_text``, and a PDF none of whose pages has text raises
    LoadError(``NoTextLayer``). `ocr_timeout` limits each page's Tesseract run (seconds).
    """
    ocr = check_ocr(ocr)
    if ocr:
        check_tesseract()
    pdfium, raw = _pdfium()
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        with open(source, "rb") as f:
            data = f.read()
    if not data.lstrip()[:5] == b"%PDF-" and b"%PDF-" not in data[:1024]:
        raise LoadError("pdf", "CorruptPDF", "not a PDF file (no %PDF- header)")
    check_streams(data)
    with _LOCK:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            msg = str(exc)
            if "password" in msg.lower():
                raise LoadError("pdf", "EncryptedPDF",
                                "encrypted PDF: it needs a password to open, not read") from None
            why = msg.rsplit("PDFium: ", 1)[-1].rstrip(".)") if "PDFium: " in msg else msg
            raise LoadError("pdf", "CorruptPDF",
                            f"not a readable PDF, damaged or cut short ({why})") from None
        try:
            return _read(doc, raw, ocr, ocr_timeout)
        finally:
            doc.close()


def _flattened(doc: Any, raw: Any, page: Any, i: int) -> tuple[Any, Optional[int]]:
    """(page, n): the page with its annotations' appearances drawn into it (a document's number
    and date stamped by an e-office system stand in form fields, outside the page's content),
    and the number of the page's own characters (those of the annotations come after them), or
    None when it has no annotation to draw."""
    if not raw.FPDFPage_GetAnnotCount(page.raw):
        return page, None
    textpage = page.get_textpage()
    n = raw.FPDFText_CountChars(textpage.raw)
    textpage.close()
    if raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY) != raw.FLATTEN_SUCCESS:
        return page, None
    page.close()   # PDFium draws the flattened content on the page loaded again
    return doc[i], n


def _read(doc: Any, raw: Any, ocr: Optional[str],
          ocr_timeout: Optional[float] = None) -> PdfText:
    texts: list[str] = []
    without: list[int] = []
    recognized: list[int] = []
    n = len(doc)
    if n == 0:
        raise LoadError("pdf", "CorruptPDF", "a PDF with no pages")
    for i in range(n):
        try:
            page = doc[i]
        except Exception as exc:   # a page object the file lost (a truncated file)
            raise LoadError("pdf", "CorruptPDF", f"page {i + 1} cannot be read ({exc})") from None
        page, own = _flattened(doc, raw, page, i)
        try:
            textpage = page.get_textpage()
            try:
                chars = _page_chars(raw, textpage, own)
                lines = _lines(chars)
                _mark_bold(raw, textpage, lines)
            finally:
                textpage.close()
            text = _page_text(lines)
            ink = sum(1 for c in chars if c.ch != " ")
            # A scanned page: an image over most of it and no text, or only a stamp's worth
            # (a digital signature's line over a scanned page).
            if ink < _SCAN_INK and _image_cover(raw, page, *page.get_size()) >= _SCAN_COVER:
                if ocr:
                    recognized_text = _ocr_page(page, ocr_timeout, i + 1)
                    text = text + ("\n" if text else "") + recognized_text
                    recognized.append(i + 1)
                else:
                    without.append(i + 1)
            elif not text.strip():
                text = ""
        finally:
            page.close()
        texts.append(text)
    if not any(t.strip() for t in texts) or (without and len(without) == n and not ocr):
        if ocr:
            raise LoadError("ocr", "NoText", f"no text recognized on any of its {n} pages")
        pages = f"{n} page{'s' * (n != 1)}"
        if not without:
            raise LoadError("pdf", "NoTextLayer", f"no text on any of its {pages}")
        raise LoadError("pdf", "NoTextLayer",
                        f"no text layer on any of its {pages} (a scanned PDF): read it with OCR "
                        "(--ocr tesseract; apt-get install tesseract-ocr tesseract-ocr-vie)")
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    title = None
    try:
        title = (doc.get_metadata_value("Title") or "").strip() or None
    except Exception:
        title = None
    return PdfText("\f".join(texts), tuple(starts), tuple(without), tuple(recognized), title)
