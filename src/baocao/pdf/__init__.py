"""PDF input: the text of a PDF as the rules read it, page by page, with footnote markers kept.

The text (``PdfText.text``) is what every record's offsets point into:

- pages in order, separated by one form feed ``\\f`` (U+000C), as ``pdftotext`` writes them; each
  page's text ends with a newline; page n (1-based) of a position p is
  ``1 + text.count("\\f", 0, p)``;
- lines top to bottom, characters left to right, ``\\n`` between lines and a blank line where the
  page leaves a gap (a new block or paragraph, a change of font size such as the footnote zone,
  or of weight such as a bold heading);
  a wide gap inside a line (table cells, the two halves of a letterhead) is a tab;
- a digit drawn raised and smaller than its line, or up to three digits raised well above it and
  glued to their word (a footnote marker: ``tiến độ⁸``, and the ``⁸`` that opens the body at the
  page foot) is written as a Unicode superscript digit; digits raised with their neighbours (a
  table cell set higher than its row) stay as written;
- text drawn by annotations (a number and date stamped into form fields) is read where it stands;
- running headers, footers and page numbers stay in the text (the normalizer's layout step drops
  them from what the rules read, as explained edits);
- a page with no text layer (a scanned page) gives an empty page, and is listed in
  ``PdfText.without_text``; with ``ocr="tesseract"`` its text is recognized by Tesseract (with
  its Vietnamese data) and put there instead, listed in ``PdfText.recognized``.

Why pypdfium2: it gives every character with its font size, box and baseline (what telling a
superscript marker, a footnote zone, a header or a page number apart needs), renders pages for
OCR, is maintained (Google's PDFium, the engine of Chrome's viewer), installs as a wheel with no
system library, and is Apache-2.0/BSD-3-Clause licensed (PyMuPDF, as fast, is AGPL). Measured on
the development PDFs (76, 35, 16 and 12 pages), reading every character with its size and box:
pypdfium2 120-154 pages per CPU-second, pdfplumber (pdfminer.six, MIT) 5.5-7.2, about 20 times
slower (``benchmarks/bench_pdf.py --compare``; the whole reader, layout included, reads 54 pages
per CPU-second).

A PDF that cannot be read raises :class:`baocao.errors.LoadError` with stage ``pdf`` and one of
``EncryptedPDF``, ``CorruptPDF``, ``NoTextLayer`` (no page has text and OCR was not asked),
``DecompressionBomb`` (a compressed stream that expands past all reason), ``MissingDependency``
(``pip install 'baocao[pdf]'``); with stage ``ocr``: ``MissingDependency`` (Tesseract or its
Vietnamese data not installed: the message names the package), ``OcrFailed``.
"""
from __future__ import annotations

from baocao.pdf.bombs import check_streams
from baocao.pdf.engine import count_pages
from baocao.pdf.layout import SUPERSCRIPT
from baocao.pdf.ocr import (  # noqa: F401  (_tesseract_problem: its cache is cleared by tests)
    OCR_ENGINES, _tesseract_problem, check_ocr, check_tesseract, ocr_image)
from baocao.pdf.reader import PdfText, page_ranges, parse_ranges, read_pdf

__all__ = ["OCR_ENGINES", "PdfText", "SUPERSCRIPT", "check_ocr", "check_streams", "check_tesseract",
           "count_pages", "ocr_image", "page_ranges", "parse_ranges", "read_pdf"]
