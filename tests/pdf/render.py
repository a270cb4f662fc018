"""Lay out real report text as a PDF with the page furniture of the genre, for the PDF development
set where no PDF of a text can be had.

The input is real text of the genre under ``../shared/reports`` (named in
``tests/pdf/render_specs.yaml``, checked by its SHA-256); nothing is invented but the page
furniture. Each spec gives every page explicitly: which passages of the source (a line, cut at a
phrase) stand on it, as a title, heading, paragraph or the continuation of the previous page's
paragraph, and which footnote bodies stand at its foot. The layout reproduces what the PDF reader
must cope with:

- footnote markers drawn raised and smaller than the line, both in running text and at the start
  of each body;
- a footnote zone at the foot of each page (a short rule, smaller type), numbering as in the
  source (it restarts on each page of the report these texts come from);
- a running header from the second page on, and the page number at the foot of every page;
- a paragraph that goes on across a page end;
- bracketed markers (``[1]``) in running text with the note at the end of the text, as web
  pages of statistics offices print them.

A page whose passages do not fit above its footnote zone is an error (the spec is wrong), so the
gold files can give pages by reading the spec.

Fonts: DejaVu Serif (body, headings, bodies of footnotes) and DejaVu Sans (running header, page
number) from Debian's ``fonts-dejavu-core`` (``apt-get install -y fonts-dejavu-core``), which
cover every Vietnamese glyph; PDF writing by fpdf2 (``pip install fpdf2``, in the ``dev`` extra).

    python tests/pdf/render.py r04a [OUTDIR]      # writes OUTDIR/r04a.pdf (default: /tmp)
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import sys
from pathlib import Path
from typing import Optional

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPECS = HERE / "render_specs.yaml"
FONT_DIR = Path(os.environ.get("BAOCAO_DEJAVU_DIR", "/usr/share/fonts/truetype/dejavu"))
FONTS = {("serif", ""): "DejaVuSerif.ttf", ("serif", "B"): "DejaVuSerif-Bold.ttf",
         ("sans", ""): "DejaVuSans.ttf"}

# A4 in millimetres; sizes in points.
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 22.0, 20.0, 18.0
BODY_PT, NOTE_PT, HEAD_PT, FURNITURE_PT = 11.0, 9.0, 11.5, 9.0
BODY_LH, NOTE_LH = 5.6, 4.2          # line heights (mm)
INDENT = 10.0
PAGE_NUMBER_Y = 297.0 - 12.0


class SpecError(ValueError):
    """The spec names a passage that is not in the source, or a page that does not fit."""


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def source_lines(spec: dict) -> list[str]:
    """The source text of a spec, split into lines, after checking its SHA-256."""
    rel = spec["source"]
    candidates = [ROOT / rel]
    parts = Path(rel).parts
    if parts[:2] == ("..", "shared"):
        candidates.append(ROOT.parent.parent / "shared" / Path(*parts[2:]))
        if os.environ.get("BAOCAO_SHARED_DIR"):
            candidates.append(Path(os.environ["BAOCAO_SHARED_DIR"]) / Path(*parts[2:]))
    path = next((c for c in candidates if c.exists()), None)
    if path is None:
        raise FileNotFoundError(f"source text absent: {rel}")
    data = path.read_bytes()
    if _sha256(data) != spec["source_sha256"]:
        raise SpecError(f"{rel}: not the version the spec was written for (sha256 differs)")
    return data.decode("utf-8").split("\n")


def passage(lines: list[str], item: dict) -> str:
    """Line ``line`` (1-based) of the source, with the lines of ``join`` appended (separated by
    ``sep``, default nothing: a web page's text may break a line before a ``[1]`` marker), from
    the first ``from`` (included) to the first ``to`` after it (included); spaces at the ends
    dropped."""
    text = lines[item["line"] - 1]
    for n in item.get("join") or []:
        text += item.get("sep", "") + lines[n - 1]
    start = 0
    if item.get("from"):
        start = text.find(item["from"])
        if start < 0:
            raise SpecError(f"line {item['line']}: {item['from']!r} not found")
    end = len(text)
    if item.get("to"):
        end = text.find(item["to"], start)
        if end < 0:
            raise SpecError(f"line {item['line']}: {item['to']!r} not found after the start")
        end += len(item["to"])
    return text[start:end].strip()


def runs(text: str, anchors: list[str]) -> list[tuple[str, bool]]:
    """Split a paragraph into (text, raised) runs: each anchor is a phrase of the source ending in
    the plain digits of a footnote marker ('của Việt Nam"1'); the digits are drawn raised. Where
    the marker is glued to a number, a caret says where it starts ('so với năm 2023^3')."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for a in anchors:
        if "^" in a:            # "năm 2023^3": the marker is what follows the caret
            phrase, marker = a.replace("^", ""), a.split("^", 1)[1]
        else:
            m = re.search(r"(\d+)$", a)
            if not m:
                raise SpecError(f"anchor {a!r} does not end in a marker")
            phrase, marker = a, m.group(1)
        if not marker.isdigit():
            raise SpecError(f"anchor {a!r}: the marker {marker!r} is not digits")
        at = text.find(phrase, pos)
        if at < 0:
            raise SpecError(f"anchor {a!r} not found in order in the paragraph")
        digits_at = at + len(phrase) - len(marker)
        out.append((text[pos:digits_at], False))
        out.append((marker, True))
        pos = at + len(phrase)
    out.append((text[pos:], False))
    return [(t, r) for t, r in out if t]


def _pdf():
    from fpdf import FPDF   # imported here: only rendering needs it

    pdf = FPDF(format="A4", unit="mm")
    for (family, style), name in FONTS.items():
        font = FONT_DIR / name
        if not font.exists():
            raise FileNotFoundError(f"font absent: {font} (apt-get install -y fonts-dejavu-core)")
        pdf.add_font(family, style, str(font))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN_X, MARGIN_TOP, MARGIN_X)
    pdf.set_creation_date(_dt.datetime(2026, 1, 1, tzinfo=_dt.timezone.utc))
    pdf.set_producer("tests/pdf/render.py")
    return pdf


def _note_height(pdf, text: str, size: float, lh: float) -> float:
    pdf.set_font("serif", "", size)
    width = pdf.w - 2 * MARGIN_X
    lines = pdf.multi_cell(width, lh, "00 " + text, dry_run=True, output="LINES")
    return len(lines) * lh


def _write_runs(pdf, parts: list[tuple[str, bool]], lh: float) -> None:
    for text, raised in parts:
        if raised:
            pdf.char_vpos = "SUP"
            pdf.write(lh, text)
            pdf.char_vpos = "LINE"
        else:
            pdf.write(lh, text)


def render(spec: dict, out: Path) -> Path:
    """Write the spec's PDF to ``out``; raise SpecError if a page does not fit."""
    lines = source_lines(spec)
    body_pt = float(spec.get("body_pt", BODY_PT))
    note_pt = float(spec.get("note_pt", NOTE_PT))
    body_lh, note_lh = BODY_LH * body_pt / BODY_PT, NOTE_LH * note_pt / NOTE_PT
    pdf = _pdf()
    for number, page in enumerate(spec["pages"], 1):
        pdf.add_page()
        notes = [(n["marker"], passage(lines, n)) for n in page.get("footnotes") or []]
        zone_top = 297.0 - MARGIN_BOTTOM - 6.0 - sum(_note_height(pdf, t, note_pt, note_lh) + 0.6
                                                     for _, t in notes)
        if number > 1 and spec.get("header"):
            pdf.set_font("sans", "", FURNITURE_PT)
            pdf.set_xy(MARGIN_X, 10.0)
            pdf.cell(pdf.w - 2 * MARGIN_X, 4.0, spec["header"], align="C")
            pdf.set_xy(MARGIN_X, MARGIN_TOP)
        for item in page["items"]:
            text = passage(lines, item)
            kind = item["kind"]
            if kind in ("title", "heading"):
                pdf.set_font("serif", "B", HEAD_PT if kind == "heading" else HEAD_PT + 1)
                pdf.multi_cell(pdf.w - 2 * MARGIN_X, body_lh + 0.4, text,
                               align="C" if kind == "title" or item.get("center") else "L",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "note":      # a note set at the end of the text (its marker included)
                pdf.set_font("serif", "", note_pt)
                pdf.set_x(MARGIN_X)
                pdf.write(note_lh, text)
                pdf.ln(note_lh + 1.0)
            elif kind in ("para", "cont"):
                pdf.set_font("serif", "", body_pt)
                pdf.set_x(MARGIN_X + (INDENT if kind == "para" else 0.0))
                _write_runs(pdf, runs(text, item.get("anchors") or []), body_lh)
                pdf.ln(body_lh + 1.2)
            else:
                raise SpecError(f"page {number}: unknown item kind {kind!r}")
            if pdf.get_y() > zone_top:
                raise SpecError(f"page {number} of {spec['id']}: the text runs into the footnote "
                                f"zone (y {pdf.get_y():.1f} > {zone_top:.1f} mm)")
        if notes:
            pdf.set_draw_color(0)
            pdf.line(MARGIN_X, zone_top + 2.0, MARGIN_X + 50.0, zone_top + 2.0)
            pdf.set_xy(MARGIN_X, zone_top + 3.5)
            for marker, text in notes:   # marker None: a body going on from the page before
                pdf.set_font("serif", "", note_pt)
                pdf.set_x(MARGIN_X)
                parts = [(text, False)] if marker is None else [(str(marker), True), (" " + text, False)]
                _write_runs(pdf, parts, note_lh)
                pdf.ln(note_lh + 0.6)
        pdf.set_font("sans", "", FURNITURE_PT)
        pdf.set_xy(MARGIN_X, PAGE_NUMBER_Y)
        pdf.cell(pdf.w - 2 * MARGIN_X, 4.0, str(number), align="C")
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


def load_specs(path: Path = SPECS) -> dict:
    specs = yaml.safe_load(path.read_text(encoding="utf-8"))
    for name, spec in specs.items():
        spec["id"] = name
    return specs


def build(name: str, outdir: Path) -> Path:
    """Render spec ``name`` into ``outdir`` (as evaluation/pdf.py asks) and return the PDF's path."""
    specs = load_specs()
    if name not in specs:
        raise SpecError(f"no render spec {name!r} in {SPECS.name}")
    return render(specs[name], Path(outdir) / f"{name}.pdf")


def main(argv: Optional[list[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print(__doc__)
        return 2
    out = build(argv[0], Path(argv[1]) if len(argv) > 1 else Path("/tmp"))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
