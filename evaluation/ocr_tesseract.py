"""A realistic OCR benchmark of the normalizer: clean genre text rendered to page images, read by
Tesseract, aligned syllable by syllable with the clean text, then repaired by the normalizer.

    python evaluation/ocr_tesseract.py [--pages 40] [--dpi 300] [--font sans|serif] [--scan 0] [-v]

evaluation/normalize.py measures the OCR repair on noise made up by a script; here the errors are
the ones Tesseract (``tesseract -l vie``, called as ``--ocr tesseract`` calls it:
:func:`baocao.pdf.ocr_image`) really makes on the genre's text:

1. Pages: real text of the genre (tests/corpus/genre/*/*.txt, then the news articles
   tests/corpus/00[0-3]_*.txt), a page-sized piece of each file in turn (its first ~2,200
   characters, cut at a line or a sentence), so 40 pages are 40 documents. The corpus report
   004 is not used: it was OCR'd, its errors are in the text.
2. Each page is laid out by fpdf2 (DejaVu Sans or Serif, 11 pt, A4, which cover every Vietnamese
   glyph), rendered in grey by pypdfium2 at ``--dpi``, worn as a bilevel scan with ``--scan``
   (skew, blur, black and white: :func:`scanned`) and recognized by Tesseract. The recognized
   text is kept under ``--cache`` (default /tmp/baocao-ocr-bench), keyed by the page text, font,
   dpi, wear and Tesseract's version, so a rerun only aligns and normalizes.
3. Syllables (runs of letters) of the clean page and of the recognized one are aligned with
   difflib over their diacritic-free lowercase forms. A clean syllable is *right* when its aligned
   syllable is the same (case and tone-mark placement aside: ``hoà`` = ``hòa``), a *diacritic
   error* when they differ only by diacritics (tone marks, ă/â/ê/ô/ơ/ư, đ/d), an *other error*
   when it is aligned with another syllable or with nothing (a lost or split syllable); syllables
   Tesseract added are counted apart.
4. The normalizer is run on the recognized text twice, with and without its OCR repair
   (``NormalizeOptions(ocr=False)``: Unicode and layout steps only), and each version is aligned
   with the clean text: a diacritic error *repaired* is wrong without the repair and right with
   it; a *false repair* is a syllable right without the repair and wrong with it.

The report gives the counts, the share of diacritic errors repaired, false repairs per 10,000
syllables and the commonest error pairs (clean -> recognized). ``-v`` lists every repair, every
false repair and every diacritic error left, with context.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import os
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Optional

import regex

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

CORPUS = ROOT / "tests" / "corpus"
FONT_DIR = Path(os.environ.get("BAOCAO_DEJAVU_DIR", "/usr/share/fonts/truetype/dejavu"))
FONTS = {"sans": "DejaVuSans.ttf", "serif": "DejaVuSerif.ttf"}
DEFAULT_CACHE = Path(os.environ.get("BAOCAO_OCR_BENCH_DIR", "/tmp/baocao-ocr-bench"))
PAGE_CHARS = 2200
BODY_PT, LINE_MM, MARGIN_MM = 11.0, 5.6, 22.0
# Part of the cache key: a change to the layout below must not read stale pages back.
LAYOUT_VERSION = "2"

_SYL = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


# ------------------------------------------------------------------------------------- pages

def sources() -> list[Path]:
    """The clean texts pages are taken from, in the order pages are taken."""
    return (sorted(CORPUS.glob("genre/dev/*.txt")) + sorted(CORPUS.glob("genre/test/*.txt"))
            + sorted(CORPUS.glob("00[0-3]_*.txt")))


def first_page(text: str, size: int = PAGE_CHARS) -> str:
    """The first ~`size` characters of `text`: whole lines while they fit, then the line that
    does not fit cut after its last sentence that fits (or its last space); empty lines dropped."""
    out, n = [], 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if n + len(line) <= size:
            out.append(line)
            n += len(line) + 1
            continue
        room = size - n
        if room > 200:
            cut = max(line.rfind(". ", 0, room), line.rfind("; ", 0, room))
            cut = cut + 1 if cut > 0 else line.rfind(" ", 0, room)
            if cut > 0:
                out.append(line[:cut].strip())
        break
    return "\n".join(out)


def pages(n: int, size: int = PAGE_CHARS) -> list[tuple[str, str]]:
    """(name, clean text) of `n` pages, the first page of each source file in turn."""
    out = []
    for p in sources()[:n]:
        out.append((p.stem, first_page(p.read_text(encoding="utf-8"), size)))
    return out


# --------------------------------------------------------------------------- render and read

def render_pdf(text: str, font: str = "sans") -> bytes:
    """`text` laid out as A4 pages, a paragraph per line, in DejaVu `font` 11 pt."""
    from fpdf import FPDF

    path = FONT_DIR / FONTS[font]
    if not path.exists():
        raise FileNotFoundError(f"font absent: {path} (apt-get install -y fonts-dejavu-core)")
    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("body", "", str(path))
    pdf.set_margins(MARGIN_MM, 20.0, MARGIN_MM)
    pdf.set_auto_page_break(True, 18.0)
    pdf.add_page()
    pdf.set_font("body", "", BODY_PT)
    for para in text.split("\n"):
        pdf.multi_cell(pdf.w - 2 * MARGIN_MM, LINE_MM, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    return bytes(pdf.output())


def scanned(image, scan: float, seed: int):
    """`image` (grey) as a worn bilevel scan of strength `scan` (0: untouched): turned by up to
    half a degree times `scan`, blurred (a radius of 1.5 px times `scan` at 300 dpi, scaled with
    the resolution) and cut to black and white at grey level 150 of 255, which thickens the
    strokes as a dark photocopy or fax does, so that small marks touch their letters; the same
    `seed`, the same image."""
    if scan <= 0:
        return image
    import random

    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    dpi_scale = image.width / 2480          # A4 at 300 dpi is 2480 px wide
    image = image.rotate(rng.uniform(-0.5, 0.5) * scan, resample=Image.BICUBIC, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(1.5 * scan * dpi_scale))
    return image.point(lambda v: 255 if v > 150 else 0)


def page_images(pdf: bytes, dpi: int, scan: float = 0.0, seed: int = 0) -> list[bytes]:
    """The PDF's pages as grey PNGs at `dpi`, as ``--ocr tesseract`` renders them, worn as a scan
    of strength `scan` (:func:`scanned`)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for number, page in enumerate(doc):
            image = scanned(page.render(scale=dpi / 72, grayscale=True).to_pil(), scan,
                            seed + number)
            buf = io.BytesIO()
            image.save(buf, format="PNG")
            out.append(buf.getvalue())
        return out
    finally:
        doc.close()


@lru_cache(maxsize=None)
def tesseract_version() -> str:
    res = subprocess.run(["tesseract", "--version"], capture_output=True, text=True)
    return (res.stdout + res.stderr).splitlines()[0].strip()


def _seed(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big")


def cache_path(cache: Path, text: str, font: str, dpi: int, scan: float = 0.0) -> Path:
    key = "\0".join([LAYOUT_VERSION, tesseract_version(), font, str(dpi), f"{scan:g}", text])
    return cache / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}.txt"


def recognize(text: str, font: str, dpi: int, scan: float = 0.0,
              cache: Optional[Path] = DEFAULT_CACHE) -> str:
    """Tesseract's reading of `text` rendered in `font` at `dpi`, worn as a scan of strength
    `scan` (read from the cache if there)."""
    from baocao.pdf import ocr_image

    path = cache_path(cache, text, font, dpi, scan) if cache else None
    if path and path.exists():
        return path.read_text(encoding="utf-8")
    images = page_images(render_pdf(text, font), dpi, scan, _seed(text))
    got = "\n".join(ocr_image(png) for png in images)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(got, encoding="utf-8")
        tmp.replace(path)
    return got


def _recognize_job(args):
    return recognize(*args)


# ---------------------------------------------------------------------------------- alignment

def syllables(text: str) -> list[str]:
    """The syllables (runs of letters, NFC) of `text`."""
    return _SYL.findall(unicodedata.normalize("NFC", text))


def bare(s: str) -> str:
    """`s` lower case without any diacritic (tone marks, hats, breve, horn; đ as d)."""
    d = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    return "".join(c for c in d if not unicodedata.combining(c))


def same(a: str, b: str) -> bool:
    """Equal but for case and tone-mark placement (hoà = hòa, thuỷ = thủy)."""
    return _key(a) == _key(b)


def _key(s: str) -> str:
    """Lower case, letters with their hats but the tone mark kept apart: placement-free."""
    d = unicodedata.normalize("NFD", s.lower())
    tones = "".join(c for c in d if c in _TONE_MARKS)
    return unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONE_MARKS)) + tones


RIGHT, DIACRITIC, OTHER = "right", "diacritic", "other"


@dataclass
class Alignment:
    """Each clean syllable's status and the syllable it was aligned with (None: lost), and the
    number of syllables the reading added."""

    status: list[str]
    got: list[Optional[str]]
    inserted: int = 0

    def count(self, status: str) -> int:
        return sum(s == status for s in self.status)


def align(clean: list[str], read: list[str]) -> Alignment:
    """Align the syllables `read` with `clean` (over their diacritic-free forms)."""
    status: list[str] = [OTHER] * len(clean)
    got: list[Optional[str]] = [None] * len(clean)
    inserted = 0
    sm = SequenceMatcher(None, [bare(s) for s in clean], [bare(s) for s in read], autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            for k in range(i2 - i1):
                got[i1 + k] = read[j1 + k]
                status[i1 + k] = RIGHT if same(clean[i1 + k], read[j1 + k]) else DIACRITIC
        elif op == "replace":
            # one for one where the counts agree; else the syllables of the run stay unpaired
            if i2 - i1 == j2 - j1:
                for k in range(i2 - i1):
                    got[i1 + k] = read[j1 + k]
            else:
                got[i1:i2] = [" ".join(read[j1:j2])] + [None] * (i2 - i1 - 1)
                inserted += max(0, (j2 - j1) - (i2 - i1))
        elif op == "insert":
            inserted += j2 - j1
    return Alignment(status, got, inserted)


# ------------------------------------------------------------------------------------ measure

@dataclass
class PageResult:
    name: str
    clean: list[str]
    ocr: Alignment        # the recognized text, through the normalizer without its OCR repair
    repaired: Alignment   # the recognized text, through the whole normalizer
    itself: Alignment     # the clean text, through the whole normalizer
    self_changed: set = field(default_factory=set)   # clean syllables the repair changes too


def measure_page(name: str, clean_text: str, read_text: str) -> PageResult:
    """Align the reading of a page with its clean text, before and after the OCR repair. The clean
    text goes through the normalizer's Unicode step (NFC, look-alike letters such as Ð for Đ) so
    that only what Tesseract did counts. The syllables the OCR repair changes in the clean text
    itself are noted, to be set aside: a slip of the source (``phẫm``), which Tesseract may read
    right and the repair puts right, or a change the repair makes to clean text whatever the
    reading (evaluation/normalize.py counts those)."""
    from baocao.normalize import NormalizeOptions, normalize

    clean = syllables(normalize(clean_text, NormalizeOptions(ocr=False, layout=False)).text)
    itself = align(clean, syllables(normalize(clean_text, NormalizeOptions(layout=False)).text))
    before = normalize(read_text, NormalizeOptions(ocr=False)).text
    after = normalize(read_text).text
    return PageResult(name, clean, align(clean, syllables(before)), align(clean, syllables(after)),
                      itself, {i for i, s in enumerate(itself.status) if s != RIGHT})


@dataclass
class Report:
    pages: int = 0
    syllables: int = 0
    right: int = 0
    diacritic: int = 0
    other: int = 0
    inserted: int = 0
    diacritic_repaired: int = 0
    diacritic_changed_wrong: int = 0   # changed by the repair, still wrong
    other_repaired: int = 0
    false_repairs: int = 0
    set_aside: int = 0                # clean syllables the repair changes in the clean text itself
    errors_after: int = 0
    diacritic_pairs: Counter = field(default_factory=Counter)
    other_pairs: Counter = field(default_factory=Counter)
    repaired_pairs: Counter = field(default_factory=Counter)
    false_pairs: Counter = field(default_factory=Counter)
    missed_pairs: Counter = field(default_factory=Counter)
    set_aside_pairs: Counter = field(default_factory=Counter)

    @property
    def repaired_share(self) -> float:
        return self.diacritic_repaired / self.diacritic if self.diacritic else 0.0

    @property
    def false_per_10k(self) -> float:
        return 10000 * self.false_repairs / self.syllables if self.syllables else 0.0

    def add(self, r: PageResult) -> None:
        self.pages += 1
        self.inserted += r.ocr.inserted
        for i, c in enumerate(r.clean):
            if i in r.self_changed:
                self.set_aside += 1
                self.set_aside_pairs[(c, r.itself.got[i] or "∅")] += 1
                continue
            self.syllables += 1
            s0, g0 = r.ocr.status[i], r.ocr.got[i]
            s1, g1 = r.repaired.status[i], r.repaired.got[i]
            pair = (c, g0 if g0 is not None else "∅")
            if s0 == RIGHT:
                self.right += 1
                if s1 != RIGHT:
                    self.false_repairs += 1
                    self.false_pairs[(c, g1 if g1 is not None else "∅")] += 1
            elif s0 == DIACRITIC:
                self.diacritic += 1
                self.diacritic_pairs[pair] += 1
                if s1 == RIGHT:
                    self.diacritic_repaired += 1
                    self.repaired_pairs[pair] += 1
                else:
                    self.missed_pairs[pair] += 1
                    if g1 != g0:
                        self.diacritic_changed_wrong += 1
            else:
                self.other += 1
                self.other_pairs[pair] += 1
                if s1 == RIGHT:
                    self.other_repaired += 1
            self.errors_after += s1 != RIGHT

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in (
            "pages", "syllables", "right", "diacritic", "other", "inserted", "diacritic_repaired",
            "diacritic_changed_wrong", "other_repaired", "false_repairs", "set_aside",
            "errors_after",
            "repaired_share", "false_per_10k")}


def run(n_pages: int, dpi: int, font: str, scan: float = 0.0,
        cache: Optional[Path] = DEFAULT_CACHE, jobs: int = 0,
        size: int = PAGE_CHARS) -> tuple[Report, list[PageResult]]:
    """Render, read (or read back), align and repair `n_pages` pages; the report and the pages."""
    todo = pages(n_pages, size)
    args = [(text, font, dpi, scan, cache) for _, text in todo]
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(args) > 1:
        with ProcessPoolExecutor(jobs) as ex:
            read = list(ex.map(_recognize_job, args))
    else:
        read = [recognize(*a) for a in args]
    report, results = Report(), []
    for (name, text), got in zip(todo, read):
        r = measure_page(name, text, got)
        report.add(r)
        results.append(r)
    return report, results


# ------------------------------------------------------------------------------------- report

def _pairs(counter: Counter, k: int) -> str:
    return ", ".join(f"{a}→{b} {n}" for (a, b), n in counter.most_common(k)) or "none"


def print_report(rep: Report, dpi: int, font: str, scan: float = 0.0, top: int = 15) -> None:
    n = rep.syllables or 1
    worn = f", worn as a scan ({scan:g})" if scan else ""
    print(f"{tesseract_version()} (vie), DejaVu {font.title()} 11 pt at {dpi} dpi{worn}: "
          f"{rep.pages} pages, {rep.syllables} syllables compared")
    print(f"  set aside {rep.set_aside}, which the repair changes in the clean text itself: "
          f"{_pairs(rep.set_aside_pairs, top)}")
    print(f"  read right             {rep.right:6d}  {100 * rep.right / n:5.2f}%")
    print(f"  diacritic errors       {rep.diacritic:6d}  {100 * rep.diacritic / n:5.2f}%")
    print(f"  other errors           {rep.other:6d}  {100 * rep.other / n:5.2f}%   "
          f"(+{rep.inserted} syllables added)")
    print("Normalizer's OCR repair:")
    print(f"  diacritic errors repaired  {rep.diacritic_repaired}/{rep.diacritic} "
          f"({100 * rep.repaired_share:.1f}%); changed but still wrong {rep.diacritic_changed_wrong}")
    print(f"  other errors repaired      {rep.other_repaired}/{rep.other}")
    print(f"  false repairs              {rep.false_repairs} "
          f"({rep.false_per_10k:.1f} per 10,000 syllables)")
    print(f"  wrong syllables            {rep.diacritic + rep.other} before, {rep.errors_after} after")
    print(f"Commonest diacritic errors (clean→read): {_pairs(rep.diacritic_pairs, top)}")
    print(f"Commonest other errors: {_pairs(rep.other_pairs, top)}")
    print(f"Repaired: {_pairs(rep.repaired_pairs, top)}")
    print(f"Left: {_pairs(rep.missed_pairs, top)}")
    print(f"False repairs (clean→after): {_pairs(rep.false_pairs, top)}")


def print_details(results: list[PageResult]) -> None:
    for r in results:
        for i, c in enumerate(r.clean):
            s0, s1 = r.ocr.status[i], r.repaired.status[i]
            if i not in r.self_changed and (s0 == RIGHT and s1 == RIGHT or s0 == OTHER == s1):
                continue
            what = ("ASIDE" if i in r.self_changed else "REPAIRED" if s1 == RIGHT
                    else "FALSE" if s0 == RIGHT else "LEFT")
            ctx = " ".join(r.clean[max(0, i - 4):i]) + f" [{c}] " + " ".join(r.clean[i + 1:i + 5])
            print(f"{what:8} {r.name[:28]:28} {r.ocr.got[i]!s:>10} -> {r.repaired.got[i]!s:10} "
                  f"({c}) {ctx}")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=40, help="pages (one per source file; default 40)")
    ap.add_argument("--dpi", type=int, default=300, help="rendering resolution (default 300)")
    ap.add_argument("--font", choices=sorted(FONTS), default="sans", help="DejaVu Sans or Serif")
    ap.add_argument("--scan", type=float, default=0.0,
                    help="wear the pages as a bilevel scan: skew, blur, black and white (0: clean "
                         "render, the default; 1: worn)")
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                    help=f"folder of recognized pages (default {DEFAULT_CACHE})")
    ap.add_argument("--no-cache", action="store_true", help="read every page again")
    ap.add_argument("--jobs", type=int, default=0, help="Tesseract processes (default: CPUs)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every repair and error left")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    rep, results = run(a.pages, a.dpi, a.font, a.scan, None if a.no_cache else a.cache, a.jobs)
    if a.verbose:
        print_details(results)
    print_report(rep, a.dpi, a.font, a.scan)
    print(f"({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
