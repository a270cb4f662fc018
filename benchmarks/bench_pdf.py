"""PDF pages per CPU-second: the text layer (baocao.pdf.read_pdf) and OCR with Tesseract.

Run by hand (not a test), from the repository root, with ../shared/pdf beside it:
    .venv/bin/python benchmarks/bench_pdf.py [--repeat N] [--ocr-pages N] [--shared DIR]

- text layer: p01-p04 (139 pages), each read `--repeat` times, the best CPU time of this process
  per file; also the whole path (read + baocao.parse, records and structure) once per file;
- `--compare`: the libraries weighed for baocao.pdf, each reading every character of p01-p04 with
  its font size and box (what the reader needs), pages per CPU-second: pypdfium2 (chosen) and
  pdfplumber/pdfminer.six when installed (``pip install pdfplumber``; not a dependency);
- OCR: the first `--ocr-pages` pages of the scanned p05, rendered at 300 dpi by PDFium and
  recognized by Tesseract (vie), one thread (OMP_THREAD_LIMIT=1); CPU time of this process
  (rendering, PNG) plus that of the tesseract processes (RUSAGE_CHILDREN). Left out when
  Tesseract is not installed.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _pdfium_chars(path: Path) -> tuple[int, int]:
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument(str(path))
    n = 0
    box = raw.FS_RECTF()
    for i in range(len(doc)):
        page = doc[i]
        tp = page.get_textpage()
        for k in range(raw.FPDFText_CountChars(tp.raw)):
            raw.FPDFText_GetUnicode(tp.raw, k)
            raw.FPDFText_GetFontSize(tp.raw, k)
            raw.FPDFText_GetLooseCharBox(tp.raw, k, ctypes.byref(box))
            n += 1
        tp.close()
        page.close()
    pages = len(doc)
    doc.close()
    return pages, n


def _plumber_chars(path: Path) -> tuple[int, int]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return len(pdf.pages), sum(len(p.chars) for p in pdf.pages)


def _compare(folder: Path) -> None:
    readers = [("pypdfium2", _pdfium_chars)]
    try:
        import pdfplumber  # noqa: F401
        readers.append(("pdfplumber", _plumber_chars))
    except ImportError:
        print("pdfplumber not installed: pip install pdfplumber to compare")
    print("characters with size and box, pages per CPU-second")
    for name, fn in readers:
        cells = []
        for doc in ("p01", "p02", "p03", "p04"):
            t0 = time.process_time()
            pages, chars = fn(folder / f"{doc}.pdf")
            took = time.process_time() - t0
            cells.append(f"{doc} {pages / took:6.1f}")
        print(f"  {name:10s} " + "  ".join(cells))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--ocr-pages", type=int, default=3)
    ap.add_argument("--compare", action="store_true",
                    help="also time character extraction by pypdfium2 and pdfplumber")
    default = next((p for p in (ROOT / ".." / "shared", ROOT.parent.parent / "shared")
                    if (p / "pdf").is_dir()), ROOT / ".." / "shared")
    ap.add_argument("--shared", type=Path, default=default,
                    help="the folder holding pdf/p01.pdf … p05.pdf (default ../shared beside "
                         "the checkout, or beside its parent folder)")
    args = ap.parse_args()

    import pypdfium2 as pdfium

    import baocao
    from baocao.pdf import read_pdf

    folder = args.shared / "pdf"
    if not folder.is_dir():
        sys.exit(f"no {folder}: give --shared DIR")
    if args.compare:
        _compare(folder)
    baocao.parse("1. A\n\nđạt 5%¹.\n\n¹ B.\n")   # rules and lexicon loaded before timing
    pages = cpu = parse_cpu = 0.0
    print("text layer (best of %d reads; parse = read + baocao.parse once)" % args.repeat)
    for name in ("p01", "p02", "p03", "p04"):
        path = folder / f"{name}.pdf"
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.process_time()
            pdf = read_pdf(path)
            best = min(best, time.process_time() - t0)
        t0 = time.process_time()
        baocao.parse_file(path)
        took = time.process_time() - t0
        n = len(pdf.pages)
        pages, cpu, parse_cpu = pages + n, cpu + best, parse_cpu + took
        print(f"  {name}: {n:3d} pages  read {best:6.2f} s  {n / best:6.1f} pages/CPU-s   "
              f"read+parse {took:6.2f} s  {n / took:5.1f} pages/CPU-s")
    print(f"  all: {pages:.0f} pages  read {pages / cpu:.1f} pages/CPU-s  "
          f"read+parse {pages / parse_cpu:.1f} pages/CPU-s")

    if shutil.which("tesseract") is None:
        print("OCR: Tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-vie)")
        return
    os.environ["OMP_THREAD_LIMIT"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        src = pdfium.PdfDocument(str(folder / "p05.pdf"))
        n = min(args.ocr_pages, len(src))
        part = pdfium.PdfDocument.new()
        part.import_pages(src, list(range(n)))
        scan = Path(tmp) / "p05-part.pdf"
        part.save(str(scan))
        t0, c0, w0 = time.process_time(), _children_cpu(), time.perf_counter()
        pdf = read_pdf(scan, ocr="tesseract")
        own, child = time.process_time() - t0, _children_cpu() - c0
        wall = time.perf_counter() - w0
    total = own + child
    print(f"OCR (p05, {n} scanned pages at 300 dpi, Tesseract vie, one thread): "
          f"{total:.1f} CPU-s ({own:.1f} rendering, {child:.1f} tesseract), "
          f"{n / total:.2f} pages/CPU-s, {wall / n:.1f} s a page; "
          f"{len(pdf.text):,} characters recognized")


if __name__ == "__main__":
    main()
