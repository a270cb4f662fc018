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

import ctypes
import math
import os
import shutil
import subprocess
import threading
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Union

from baocao.errors import LoadError

__all__ = ["PdfText", "read_pdf", "check_tesseract", "OCR_ENGINES", "SUPERSCRIPT"]

OCR_ENGINES = ("tesseract",)
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# PDFium is not thread-safe: one document at a time per process (Dask runs tasks in threads).
_LOCK = threading.RLock()

# Layout thresholds, in units of the line's main font size.
_SPACE_GAP = 0.2      # a gap wider than this between two characters is a space
_TAB_GAP = 1.6        # and one wider than this (table cells, letterhead halves) a tab
_SUP_SIZE = 0.85      # a raised digit at most this size of its line's main size is a superscript
_SUP_RISE = 0.12      # raised by at least this
_SUP_HIGH = 0.3       # a run of at most _SUP_RUN digits raised this much is one at any size
_SUP_RUN = 3
_LINE_OVERLAP = 0.5   # a character joins a line when their baseline bands overlap this much
_MARKER_RISE = 0.75   # a line of digits alone this little above a line is its raised markers
_OTHER_RUN = 0.03     # neighbours whose baselines differ by this much are set apart (two words)
_BLOCK_GAP = 1.45     # a line pitch this many times the page's usual pitch opens a new block
_OCR_DPI = 300
# A page with fewer characters than this (a signature stamp's line) and an image over this share
# of it is a scanned page (a scan covers the page; a cover photo with a title is no scan).
_SCAN_INK = 120
_SCAN_COVER = 0.8

# Decompression-bomb guard: a stream that expands past _BOMB_STREAM bytes at a ratio above
# _BOMB_RATIO, or streams that expand past _BOMB_TOTAL together at a ratio above _BOMB_RATIO / 2.
_BOMB_STREAM = 64 << 20
_BOMB_TOTAL = 512 << 20
_BOMB_RATIO = 100


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


def page_ranges(pages) -> str:
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


def _pdfium():
    try:
        import pypdfium2
        import pypdfium2.raw as raw
    except ImportError as exc:
        raise LoadError("pdf", "MissingDependency",
                        f"reading PDF needs pypdfium2: pip install 'baocao[pdf]' ({exc})") from None
    return pypdfium2, raw


# --------------------------------------------------------------------------------- bomb guard

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


# ------------------------------------------------------------------------------------ layout

class _Char:
    __slots__ = ("ch", "size", "left", "right", "base", "key", "stamped", "k")

    def __init__(self, ch, size, left, right, base, stamped=False, k=-1):
        self.ch, self.size, self.left, self.right, self.base = ch, size, left, right, base
        self.key = round(size, 1)
        self.stamped = stamped   # drawn by an annotation (a form field), not the page
        self.k = k               # its index in PDFium's text page


def _quadrant(angle: float) -> int:
    """0, 1, 2, 3 for text running right, up, left, down; -1 unknown. PDFium gives the angle
    in radians, clockwise."""
    if angle < 0:
        return -1
    return (4 - int(round(angle / (math.pi / 2))) % 4) % 4


def _page_chars(raw, textpage, stamped_from: Optional[int] = None) -> list[_Char]:
    """The characters of a page; those from index `stamped_from` on came from its annotations.

    Positions are in the frame of the page's text: where its text runs up or down (a landscape
    table drawn turned on a portrait page) or upside down, they are turned so that it runs left
    to right; characters running another way than most of the page's (a label set on its side
    in a table header) are left out rather than read as one line each.
    """
    tp = textpage.raw   # the handle itself: no attribute lookup per call
    n = raw.FPDFText_CountChars(tp)
    box = raw.FS_RECTF()   # the loose box: the glyph's advance and the font's height
    ox, oy = ctypes.c_double(), ctypes.c_double()
    get_unicode, get_size = raw.FPDFText_GetUnicode, raw.FPDFText_GetFontSize
    get_box, get_origin = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetCharOrigin
    get_angle = raw.FPDFText_GetCharAngle
    box_ref, ox_ref, oy_ref = ctypes.byref(box), ctypes.byref(ox), ctypes.byref(oy)
    # most pages run left to right: a sample says whether angles need reading at all
    turned = any(_quadrant(get_angle(tp, k)) > 0 for k in range(0, n, max(1, n // 24)))
    quads: list[int] = []
    chars: list[_Char] = []
    append = chars.append
    for k in range(n):
        u = get_unicode(tp, k)
        if u < 0x20 or u == 0xFFFE:   # line breaks PDFium adds, controls, unmapped glyphs
            continue
        ch = chr(u)
        get_box(tp, k, box_ref)
        stamped = stamped_from is not None and k >= stamped_from
        if ch.isspace():   # a space (PDFium's own, where a gap says so, or the PDF's)
            if turned:
                quads.append(-1)   # a space takes the page's way (PDFium's have no angle)
            append(_Char(" ", 0.0, box.left, box.right, (box.bottom + box.top) / 2, stamped))
            if turned:   # kept in page coordinates here; turned below with the rest
                chars[-1].key = (box.left, box.bottom, box.right, box.top)
            continue
        get_origin(tp, k, ox_ref, oy_ref)
        size = get_size(tp, k)
        if size <= 1.0:   # a font scaled by its matrix: the size from the box
            size = min(box.top - box.bottom, box.right - box.left) if turned else \
                box.top - box.bottom
        append(_Char(ch, size, box.left, box.right, oy.value, stamped, k))
        if turned:
            quads.append(_quadrant(get_angle(tp, k)))
            chars[-1].key = (box.left, box.bottom, box.right, box.top, ox.value, oy.value)
    if not turned:
        return chars
    return _turned(chars, quads)


def _turned(chars: list[_Char], quads: list[int]) -> list[_Char]:
    """The characters of a page whose text does not all run left to right, in the frame of its
    main direction (see :func:`_page_chars`)."""
    counts = [0, 0, 0, 0]
    for q in quads:
        if q >= 0:
            counts[q] += 1
    main = counts.index(max(counts))
    out: list[_Char] = []
    for c, q in zip(chars, quads):
        if c.ch == " ":
            left, bottom, right, top = c.key
            cx, cy = (left + right) / 2, (bottom + top) / 2
            ox = oy = None
        else:
            if q != main:
                continue
            left, bottom, right, top, ox, oy = c.key
        if main == 0:
            a, b, base = left, right, (oy if ox is not None else c.base)
        elif main == 1:    # running up: the next line stands to the right
            a, b, base = bottom, top, (-ox if ox is not None else -cx)
        elif main == 2:    # upside down
            a, b, base = -right, -left, (-oy if oy is not None else -cy)
        else:              # running down: the next line stands to the left
            a, b, base = -top, -bottom, (ox if ox is not None else cx)
        out.append(_Char(c.ch, c.size, a, b, base, c.stamped, c.k))
    return out


class _Line:
    __slots__ = ("lo", "hi", "chars", "size", "base", "text", "bold")

    def __init__(self, lo, hi, chars):
        self.lo, self.hi, self.chars = lo, hi, chars
        self.bold = False


def _mark_bold(raw, textpage, lines: list[_Line]) -> None:
    """Set ``bold`` on the lines drawn in a bold font (a heading), from a few of their letters."""
    tp = textpage.raw
    weight = raw.FPDFText_GetFontWeight
    for line in lines:
        ink = [c for c in line.chars if c.ch != " " and c.k >= 0]
        if not ink:
            continue
        sample = {ink[0].k, ink[len(ink) // 2].k, ink[-1].k}
        line.bold = sum(weight(tp, k) >= 600 for k in sample) * 2 > len(sample)


def _lines(chars: list[_Char]) -> list[_Line]:
    """Group characters into lines (top to bottom) by the overlap of their baseline bands."""
    ink = sorted((c for c in chars if c.ch != " " and c.size > 0), key=lambda c: -c.base)
    lines: list[_Line] = []
    for c in ink:
        lo, hi = c.base, c.base + 0.7 * c.size
        for line in reversed(lines[-4:]):
            overlap = min(hi, line.hi) - max(lo, line.lo)
            if overlap >= _LINE_OVERLAP * min(hi - lo, line.hi - line.lo):
                line.chars.append(c)
                line.lo, line.hi = min(line.lo, lo), max(line.hi, hi)
                break
        else:
            lines.append(_Line(lo, hi, [c]))
    lines = _markers_joined(lines)
    for c in chars:   # spaces join the line whose band holds their baseline
        if c.ch == " ":
            for line in reversed(lines):
                if line.lo - 0.5 <= c.base <= line.hi:
                    line.chars.append(c)
                    break
    for line in lines:
        _line_text(line)
    lines.sort(key=lambda ln: -ln.base)
    return [ln for ln in lines if ln.text]


def _markers_joined(lines: list[_Line]) -> list[_Line]:
    """Put a 'line' of digits alone (footnote markers drawn raised, at the line's size or
    smaller, whose band overlaps the line's too little) into the line just below it."""
    out: list[_Line] = []
    for i, line in enumerate(lines):
        target = None
        if all("0" <= c.ch <= "9" for c in line.chars):
            for other in lines[i + 1:i + 4]:
                size = max(c.size for c in other.chars)
                left = min(c.left for c in other.chars) - size
                right = max(c.right for c in other.chars) + size
                if 0 < line.lo - other.lo <= _MARKER_RISE * size and \
                        all(c.size <= 1.05 * size and left <= c.left <= right
                            for c in line.chars):
                    target = other
                    break
        if target is None:
            out.append(line)
        else:
            target.chars.extend(line.chars)
            target.lo, target.hi = min(target.lo, line.lo), max(target.hi, line.hi)
    return out


def _line_text(line: _Line) -> None:
    chars = sorted(line.chars, key=lambda c: (c.left, c.ch == " "))
    sizes: dict[float, int] = {}
    for c in chars:
        if c.ch != " ":
            sizes[c.key] = sizes.get(c.key, 0) + 1
    size = max(sizes, key=lambda s: (sizes[s], s))
    bases = sorted(c.base for c in chars if c.ch != " " and c.key == size)
    base = bases[len(bases) // 2]
    line.size, line.base = size, base
    sup = _superscripts(chars, size, base)
    out: list[str] = []
    prev: Optional[_Char] = None
    space = False
    prev_i = -1
    for i, c in enumerate(chars):
        if c.ch == " ":
            space = prev is not None
            continue
        if prev is not None:
            if c.ch == prev.ch and abs(c.left - prev.left) < 0.15 * size:
                continue   # a character drawn twice (a bold effect)
            gap = c.left - prev.right
            if gap > _TAB_GAP * size:
                out.append("\t")
            elif (space and gap > 0.05 * size) or \
                    gap > _SPACE_GAP * max(min(c.size, prev.size), 0.6 * size) or \
                    (i not in sup and prev_i not in sup and gap > -0.3 * size and
                     abs(c.base - prev.base) > _OTHER_RUN * size):
                # a space the PDF draws (unless the glyphs on either side overlap it: text
                # stamped over a blank), a gap, or text set on another baseline (a number
                # stamped into a form: "ngày 15 tháng")
                out.append(" ")
        out.append(c.ch.translate(SUPERSCRIPT) if i in sup else c.ch)
        prev, prev_i, space = c, i, False
    line.text = "".join(out).strip()


def _superscripts(chars: list[_Char], size: float, base: float) -> set[int]:
    """The indices of the digits of `chars` (one line, left to right) drawn as footnote markers.

    A run of digits is a marker when it is raised above the line and either smaller than it, or
    at most three digits raised well above it (a marker drawn at the line's size) and glued to
    the word before; and when it is raised against its neighbours, not with them: the character
    before it sits on the line (``tiến độ⁸``), or nothing comes before it on the line and text
    on the line follows it closely (the marker that opens a body: ``⁸ Là địa phương``). A
    number in a table cell set higher than its row is neither: it stays as written.
    """
    out: set[int] = set()
    ink = [i for i, c in enumerate(chars) if c.ch != " "]
    where = {i: n for n, i in enumerate(ink)}
    run: list[int] = []
    small_run = True

    def on_line(c: _Char) -> bool:
        return c.base - base < _SUP_RISE * size

    def marker() -> bool:
        first, last = where[run[0]], where[run[-1]]
        if first > 0:
            j = ink[first - 1]
            before = chars[j]
            gap = chars[run[0]].left - before.right
            glued = gap < 0.15 * size and \
                not any(chars[k].ch == " " for k in range(j + 1, run[0]))
            # a smaller run may stand a space away from its word; one a cell's width away is
            # a cell of its own
            return on_line(before) and ((small_run and gap < size) or
                                        (len(run) <= _SUP_RUN and glued))
        if last + 1 >= len(ink):
            return False   # digits alone on their line: a number, not a marker
        after = chars[ink[last + 1]]
        return on_line(after) and after.left - chars[run[-1]].right < size and \
            (small_run or len(run) <= _SUP_RUN)

    def close():
        if run and marker():
            out.update(run)

    for i, c in enumerate(chars):
        if c.ch == " ":
            continue
        rise = c.base - base
        small = c.size <= _SUP_SIZE * size and rise >= _SUP_RISE * size
        if "0" <= c.ch <= "9" and not c.stamped and (small or rise >= _SUP_HIGH * size):
            run.append(i)
            small_run = small_run and small
        else:
            close()
            run, small_run = [], True
    close()
    return out


def _page_text(lines: list[_Line]) -> str:
    """Lines joined by newlines, with a blank line where the gap is wider than the page's usual
    pitch for that size, or where the font size changes."""
    if not lines:
        return ""
    pitches: dict[float, list[float]] = {}
    for a, b in zip(lines, lines[1:]):
        if a.size == b.size:
            pitches.setdefault(a.size, []).append(a.base - b.base)
    usual = {s: sorted(p)[(len(p) - 1) // 2] for s, p in pitches.items()}   # the lower median
    out = [lines[0].text]
    for a, b in zip(lines, lines[1:]):
        pitch = a.base - b.base
        typical = usual.get(b.size) or usual.get(a.size) or 1.2 * max(a.size, b.size)
        # a change of size (a heading, the footnote zone) or of weight (a bold heading set at
        # the body's size) is a new block
        changed = abs(a.size - b.size) > 0.12 * max(a.size, b.size) or a.bold != b.bold
        out.append("\n\n" if pitch > _BLOCK_GAP * typical or changed else "\n")
        out.append(b.text)
    return "".join(out) + "\n"


def _image_cover(raw, page, width: float, height: float) -> float:
    """The share of the page that its largest image (or form holding one) covers."""
    best = 0.0
    bounds = [ctypes.c_float() for _ in range(4)]
    for i in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, i)
        if raw.FPDFPageObj_GetType(obj) not in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_FORM):
            continue
        if raw.FPDFPageObj_GetBounds(obj, *bounds):
            l, b, r, t = (v.value for v in bounds)
            best = max(best, max(r - l, 0) * max(t - b, 0) / max(width * height, 1.0))
    return best


# ---------------------------------------------------------------------------------------- OCR

@lru_cache(maxsize=None)
def _tesseract_problem() -> Optional[str]:
    exe = shutil.which("tesseract")
    if exe is None:
        return ("OCR needs Tesseract with its Vietnamese data: "
                "apt-get install tesseract-ocr tesseract-ocr-vie")
    try:
        res = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"Tesseract does not run ({exc}): apt-get install tesseract-ocr tesseract-ocr-vie"
    langs = set((res.stdout + res.stderr).split())
    if "vie" not in langs:
        return "Tesseract has no Vietnamese data: apt-get install tesseract-ocr-vie"
    return None


def check_tesseract() -> None:
    """Raise LoadError (stage ``ocr``, ``MissingDependency``) naming the package to install when
    Tesseract or its Vietnamese data is missing."""
    problem = _tesseract_problem()
    if problem:
        raise LoadError("ocr", "MissingDependency", problem)


def check_ocr(ocr) -> Optional[str]:
    """Validate an ``ocr=`` engine argument: None, or a name in :data:`OCR_ENGINES`."""
    if ocr is None or ocr is False:
        return None
    if ocr not in OCR_ENGINES:
        raise ValueError(f"ocr must be None or one of {', '.join(map(repr, OCR_ENGINES))}, "
                         f"not {ocr!r}")
    return ocr


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


def _ocr_page(page, timeout: Optional[float] = None, number: int = 0) -> str:
    image = page.render(scale=_OCR_DPI / 72, grayscale=True).to_pil()
    import io

    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return _tesseract(buf.getvalue(), timeout, f"page {number}")


def ocr_image(data: bytes, *, timeout: Optional[float] = None) -> str:
    """The text Tesseract (Vietnamese) recognizes in an image file's bytes (PNG, JPEG, TIFF, …)."""
    check_tesseract()
    return _tesseract(data, timeout, "the image")


def _tesseract(image: bytes, timeout: Optional[float], what: str) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        res = subprocess.run(["tesseract", "stdin", "stdout", "-l", "vie", "--psm", "3"],
                             input=image, capture_output=True, env=env,
                             timeout=timeout if timeout and timeout > 0 else None)
    except subprocess.TimeoutExpired:
        raise LoadError("ocr", "Timeout", f"Tesseract took longer than {timeout:g} s on "
                                          f"{what} (--timeout)") from None
    except (OSError, subprocess.SubprocessError) as exc:
        raise LoadError("ocr", "OcrFailed", f"Tesseract failed: {exc}") from None
    if res.returncode != 0:
        msg = (res.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
        raise LoadError("ocr", "OcrFailed", f"Tesseract failed: {msg}")
    text = res.stdout.decode("utf-8", "replace").replace("\r", "").replace("\f", "")
    lines = [ln.rstrip() for ln in text.split("\n")]
    text = "\n".join(lines).strip("\n")
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text + "\n" if text else ""


# --------------------------------------------------------------------------------------- read

def read_pdf(source: Union[str, os.PathLike, bytes], *, ocr: Optional[str] = None,
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


def _flattened(doc, raw, page, i: int):
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


def _read(doc, raw, ocr: Optional[str], ocr_timeout: Optional[float] = None) -> PdfText:
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
