"""PDF input: the text a PDF becomes (pages, superscript markers, blocks), `page` on records,
scanned pages and Tesseract, files a folder walk does not read, and bad PDFs.

PDFs are built here with pypdfium2 (the reader's own library) and the DejaVu Sans font of the
system (Debian's fonts-dejavu-core, installed by .ci/run); the real development PDFs are read from
../shared/pdf beside the repository, as CI lays it out.
"""
from __future__ import annotations

import ctypes
import json
import os
import shutil
import zipfile
import zlib
from pathlib import Path

import pytest

import baocao
from baocao.cli import main
from baocao.inputs import LoadError, Source, iter_sources, InputOptions, load
from pdf_bytes import pdf_objects

pdfium = pytest.importorskip("pypdfium2") if not os.environ.get("CI") else __import__("pypdfium2")
import pypdfium2.raw as raw  # noqa: E402

from baocao.pdf import read_pdf, check_streams  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout (CI), else beside its parent folder (a worktree one level deeper),
# else $BAOCAO_SHARED_DIR (a folder standing for ../shared).
SHARED = next((p / "pdf" for p in (ROOT / ".." / "shared", ROOT.parent.parent / "shared",
                                  Path(os.environ.get("BAOCAO_SHARED_DIR", ROOT / "..")))
               if (p / "pdf").is_dir()), ROOT / ".." / "shared" / "pdf")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
needs_shared = pytest.mark.skipif(not SHARED.is_dir() and not os.environ.get("CI"),
                                  reason="../shared/pdf is not beside this checkout")
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None and not os.environ.get("CI"),
                                     reason="Tesseract is not installed (.ci/run installs it)")


# ---------------------------------------------------------------------------------- building

def make_pdf(path: Path, pages) -> Path:
    """Write a PDF: `pages` is a list of pages, each a list of lines ``(y, segments)``; a segment
    is ``(text, size)`` or ``(text, size, rise)``, laid out left to right from x = 72, each
    right after the one before (a raised, smaller digit is how a PDF draws a footnote marker)."""
    doc = pdfium.PdfDocument.new()
    data = FONT.read_bytes()
    buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
    font = raw.FPDFText_LoadFont(doc, buf, len(data), raw.FPDF_FONT_TRUETYPE, True)
    for lines in pages:
        page = doc.new_page(595, 842)
        for y, segments in lines:
            x = 72.0
            for seg in segments:
                text, size = seg[0], seg[1]
                rise = seg[2] if len(seg) > 2 else 0
                if text.startswith("\t"):   # a cell: jump right
                    x += 6 * size
                    text = text[1:]
                obj = raw.FPDFPageObj_CreateTextObj(doc, font, size)
                u16 = (text + "\0").encode("utf-16-le")
                raw.FPDFText_SetText(obj, ctypes.cast(ctypes.create_string_buffer(u16, len(u16)),
                                                      ctypes.POINTER(ctypes.c_ushort)))
                raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y + rise)
                raw.FPDFPage_InsertObject(page, obj)
                box = [ctypes.c_float() for _ in range(4)]
                raw.FPDFPageObj_GetBounds(obj, *box)
                x = box[2].value + (size * 0.28 if text.endswith(" ") else 0)
        raw.FPDFPage_GenerateContent(page)
    doc.save(str(path))
    doc.close()
    return path


def two_pages(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "report.pdf", [
        [(770, [("1", 11)]),                                              # a page number
         (740, [("I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT", 13)]),
         (700, [("Tổng vốn đầu tư đạt 28 tỷ đồng", 13), ("1", 8, 5), (", tăng 5%.", 13)]),
         (684, [("Chỉ tiêu", 13), ("\tNăm 2024", 13)]),                   # a table row
         (100, [("1", 7, 3), (" Trong đó: vốn xã hội 12 tỷ đồng.", 10)])],
        [(770, [("2", 11)]),
         (740, [("Đàn gia súc đạt 42.719 con, đạt 71% NQĐH.", 13)])],
    ])


# ---------------------------------------------------------------------------------- the text

def test_text_pages_superscripts_blocks_and_tabs(tmp_path):
    pdf = read_pdf(two_pages(tmp_path))
    assert pdf.text == (
        "1\n\n"
        "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT\n\n"
        "Tổng vốn đầu tư đạt 28 tỷ đồng¹, tăng 5%.\n"
        "Chỉ tiêu\tNăm 2024\n\n"
        "¹ Trong đó: vốn xã hội 12 tỷ đồng.\n"
        "\f"
        "2\n\n"
        "Đàn gia súc đạt 42.719 con, đạt 71% NQĐH.\n")
    assert pdf.pages == (0, pdf.text.index("\f") + 1)
    assert pdf.without_text == () and pdf.recognized == ()


def test_parse_file_gives_every_record_its_page_and_links_the_marker(tmp_path):
    report = baocao.parse_file(two_pages(tmp_path))
    text = report.original
    assert report.pages == (0, text.index("\f") + 1)
    assert report.records and all(r.page == 1 + text.count("\f", 0, r.start) for r in report.records)
    assert all(text[r.start:r.end] == r.text for r in report.records)
    assert {r.text: r.page for r in report.records if r.kind != "footnote"} == {
        "28 tỷ đồng": 1, "5%": 1, "Năm 2024": 1, "12 tỷ đồng": 1, "42.719 con": 2, "71%": 2}
    [note] = report.footnotes
    assert note.marker == 1 and note.body.startswith("Trong đó") and note.page == 1
    assert text[note.anchor_start - 4:note.anchor_start] == "đồng"


def test_extract_and_parse_give_pages_to_any_text_with_form_feeds():
    text = "vốn 28 tỷ đồng\n\fđạt 71% NQĐH\n\f\ftăng 5%"
    assert [(r.text, r.page) for r in baocao.extract(text)] == [
        ("28 tỷ đồng", 1), ("71%", 2), ("5%", 4)]
    assert [r.page for r in baocao.parse(text).records] == [1, 2, 4]
    assert [r.page for r in baocao.extract("vốn 28 tỷ đồng")] == [None]


def test_text_with_form_feeds_has_pages_in_the_documents_table(tmp_path):
    (tmp_path / "a.txt").write_text("vốn 28 tỷ đồng\n\fđạt 71% NQĐH\n", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(out), "-q"]) == 0
    row = json.loads((tmp_path / "r.documents.jsonl").read_text(encoding="utf-8"))
    assert (row["format"], row["pages"]) == ("txt", 2)
    assert [json.loads(line)["page"] for line in out.read_text(encoding="utf-8").splitlines()] \
        == [1, 2]


def test_batch_pages_survive_pieces(tmp_path):
    """A document extracted in pieces gives the same pages as one extracted whole."""
    from baocao.batch import BatchConfig, process

    body = "".join(f"Trang {i}: vốn {i} tỷ đồng, đạt {i}% kế hoạch.\n\f" for i in range(1, 400))
    whole = process(Source(doc="d", text=body), BatchConfig(fmt="rows", piece_chars=1 << 20))
    cut = process(Source(doc="d", text=body), BatchConfig(fmt="rows", piece_chars=1000))
    assert cut.payload == whole.payload
    from baocao.schema.columns import COLUMNS

    page, start = list(COLUMNS).index("page"), list(COLUMNS).index("start")
    assert all(row[page] == 1 + body.count("\f", 0, row[start]) for row in cut.payload)


# ---------------------------------------------------------------------------- real documents

@needs_shared
@pytest.mark.parametrize("name,pages", [("p01", 76), ("p02", 35), ("p03", 16), ("p04", 12)])
@pytest.mark.slow
def test_development_pdfs_read_with_pages_and_markers(name, pages):
    report = baocao.parse_file(SHARED / f"{name}.pdf")
    assert len(report.pages) == pages and report.original.count("\f") == pages - 1
    assert all(1 <= r.page <= pages for r in report.records)
    assert all(report.original[r.start:r.end] == r.text for r in report.records)
    if name in ("p01", "p02"):           # footnote markers come out as superscripts, and link
        linked = [f for f in report.footnotes if f.anchor_start is not None]
        assert len(linked) >= {"p01": 35, "p02": 15}[name]
        assert all(report.original[f.anchor_start] in "¹²³⁴⁵⁶⁷⁸⁹⁰" for f in linked)


@needs_shared
def test_a_scanned_pdf_without_ocr_is_one_clear_error_row(tmp_path):
    with pytest.raises(LoadError) as info:
        load(Source(doc="p05", path=str(SHARED / "p05.pdf")))
    assert (info.value.stage, info.value.error) == ("pdf", "NoTextLayer")
    assert "19 pages" in info.value.message and "--ocr tesseract" in info.value.message


def _first_pages(src: Path, n: int, dst: Path) -> Path:
    doc = pdfium.PdfDocument(str(src))
    new = pdfium.PdfDocument.new()
    new.import_pages(doc, list(range(n)))
    new.save(str(dst))
    return dst


@needs_shared
def test_scanned_pages_are_listed_and_warned_of(tmp_path, capsys):
    """A PDF with text pages and a scanned page: read, the scanned page listed and warned of."""
    doc = pdfium.PdfDocument(str(two_pages(tmp_path)))
    doc.import_pages(pdfium.PdfDocument(str(SHARED / "p05.pdf")), [1])
    doc.save(str(tmp_path / "mixed.pdf"))
    with pytest.warns(baocao.ReadWarning, match="pages without text"):
        report = baocao.parse_file(tmp_path / "mixed.pdf")
    assert report.pages_without_text == (3,) and len(report.pages) == 3
    assert report.original.endswith("\f")       # the scanned page is an empty page
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(tmp_path / "mixed.pdf"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "baocao: warning: " in err and "pages without text (scanned), not read: 3 of 3" in err
    row = json.loads((tmp_path / "r.documents.jsonl").read_text(encoding="utf-8"))
    assert (row["format"], row["pages"], row["pages_without_text"]) == ("pdf", 3, "3")


@needs_shared
@needs_tesseract
@pytest.mark.slow
def test_ocr_tesseract_recognizes_a_scanned_page(tmp_path):
    pdf = _first_pages(SHARED / "p05.pdf", 1, tmp_path / "scan.pdf")
    report = baocao.parse_file(pdf, ocr="tesseract")
    assert report.pages == (0,) and report.pages_without_text == ()
    assert "Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng" in report.original
    assert any(r.kind == "docref" and r.text.startswith("37/HD-BCA") for r in report.records)
    assert all(r.page == 1 for r in report.records)
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(pdf), "--ocr", "tesseract", "-o", str(out), "-q"]) == 0
    row = json.loads((tmp_path / "r.documents.jsonl").read_text(encoding="utf-8"))
    assert row["ocr_pages"] == "1" and row["pages_without_text"] is None


def test_a_missing_tesseract_is_one_line_naming_the_package(tmp_path, monkeypatch, capsys):
    from baocao import pdf as pdfmod

    monkeypatch.setenv("PATH", str(tmp_path))
    pdfmod._tesseract_problem.cache_clear()
    try:
        with pytest.raises(LoadError, match="apt-get install tesseract-ocr tesseract-ocr-vie"):
            read_pdf(two_pages(tmp_path), ocr="tesseract")
        assert main(["extract", str(tmp_path), "--ocr", "tesseract"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "tesseract-ocr-vie" in err
        with pytest.raises(RuntimeError, match="tesseract-ocr"):
            baocao.read(tmp_path, ocr="tesseract")
    finally:
        pdfmod._tesseract_problem.cache_clear()
    with pytest.raises(ValueError, match="ocr must be"):
        baocao.parse_file(tmp_path / "report.pdf", ocr="easyocr")


# ------------------------------------------------------------------------- --save-text

def test_save_text_writes_the_text_offsets_point_into(tmp_path):
    pdf = two_pages(tmp_path)
    out, saved = tmp_path / "r.jsonl", tmp_path / "texts"
    assert main(["extract", str(pdf), "-o", str(out), "--save-text", str(saved), "-q"]) == 0
    [path] = [p for p in saved.rglob("*") if p.is_file()]
    assert path.name == "report.pdf.txt"
    text = path.read_text(encoding="utf-8")
    assert text == read_pdf(pdf).text
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(text[r["start"]:r["end"]] == r["text"] for r in records)
    assert all(r["page"] == 1 + text.count("\f", 0, r["start"]) for r in records)


# ------------------------------------------------------------- folders: what is not read

def test_files_a_folder_does_not_read_are_counted_and_listed(tmp_path, capsys):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    two_pages(d)
    (d / "notes.md").write_text("# ghi chú", encoding="utf-8")
    (d / "sub" / "table.xlsx").write_bytes(b"PK\x03\x04 not really")
    (d / "sub" / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (d / "sub" / "a.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    (d / ".hidden").write_text("x", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(d), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    errors = [json.loads(line) for line in (tmp_path / "r.errors.jsonl").read_text(
        encoding="utf-8").splitlines()]
    assert [(Path(e["doc"]).name, e["stage"], e["error"]) for e in errors] == [
        ("notes.md", "skip", "NotRead"), ("scan.png", "skip", "NotRead"),
        ("table.xlsx", "skip", "NotRead")]
    assert "image" in errors[1]["message"] and "--include '*.md'" in errors[0]["message"]
    assert "2 files, " in err and "3 not read (.md 1, .png 1, .xlsx 1)" in err
    docs = [json.loads(line)["doc"] for line in (tmp_path / "r.documents.jsonl").read_text(
        encoding="utf-8").splitlines()]
    assert [Path(p).name for p in docs] == ["report.pdf", "a.txt"]

    with pytest.warns(baocao.ReadWarning, match="3 files not read"):
        df = baocao.read(d)
    assert sorted(Path(r["doc"]).name for r in df.attrs["not_read"]) == [
        "notes.md", "scan.png", "table.xlsx"]
    assert df.attrs["errors"] == [] and set(df["page"].dropna()) == {1, 2}


def test_include_and_exclude_choose_what_a_folder_gives(tmp_path):
    d = tmp_path / "in"
    (d / "drafts").mkdir(parents=True)
    two_pages(d)
    (d / "notes.md").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    (d / "drafts" / "a.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    (d / "b.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")

    def docs(**kw):
        return [(Path(s.doc).name, s.error is None)
                for s in iter_sources([str(d)], InputOptions(**kw))]

    assert docs() == [("b.txt", True), ("a.txt", True), ("notes.md", False), ("report.pdf", True)]
    assert docs(include=("*.pdf",)) == [("report.pdf", True)]
    assert docs(include=("*.md", "*.txt"), exclude_globs=("drafts/*",)) == [
        ("b.txt", True), ("notes.md", True)]
    assert docs(exclude_globs=("*.md", "*.pdf")) == [("b.txt", True), ("a.txt", True)]
    df = baocao.read(d, include=["*.md"])   # a format of its own, read as text when included
    assert df["doc"].unique().tolist() == [str(d / "notes.md")]


# ----------------------------------------------------------------------------- bad PDFs

_CATALOG = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]


def encrypted_pdf() -> bytes:
    """A PDF under the standard security handler whose user password is not empty."""
    return pdf_objects(
        _CATALOG + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                    b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32
                    + b"> /P -4 >>"],
        b"<< /Root 1 0 R /Encrypt 4 0 R /ID [<" + b"01" * 16 + b"> <" + b"01" * 16
        + b">] /Size 5 >>")


def bomb_pdf(mb: int = 100) -> bytes:
    """A page whose content stream is ~100 KB of Flate data that inflates to `mb` MB."""
    data = zlib.compress(b"\0" * (mb << 20), 9)
    return pdf_objects(
        _CATALOG + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                    b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data
                    + b"\nendstream"],
        b"<< /Root 1 0 R /Size 5 >>")


def blank_pdf() -> bytes:
    return pdf_objects(_CATALOG + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"],
                        b"<< /Root 1 0 R /Size 4 >>")


def docx_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (8 << 20))
    return path


def test_bad_inputs_give_one_error_row_each_and_the_run_goes_on(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("baocao.inputs.formats._ZIP_BYTES", 4 << 20)   # a smaller bomb for a quick test
    d = tmp_path / "in"
    d.mkdir()
    good = two_pages(tmp_path).read_bytes()
    (d / "01_encrypted.pdf").write_bytes(encrypted_pdf())
    (d / "02_corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    (d / "03_truncated.pdf").write_bytes(good[:len(good) * 9 // 10])
    (d / "04_blank.pdf").write_bytes(blank_pdf())
    (d / "05_bomb.pdf").write_bytes(bomb_pdf())
    (d / "06_not_a_pdf.pdf").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    docx_bomb(d / "07_bomb.docx")
    (d / "08_good.pdf").write_bytes(good)
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(d), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    errors = [json.loads(line) for line in (tmp_path / "r.errors.jsonl").read_text(
        encoding="utf-8").splitlines()]
    assert [(Path(e["doc"]).name, e["error"]) for e in errors] == [
        ("01_encrypted.pdf", "EncryptedPDF"), ("02_corrupt.pdf", "CorruptPDF"),
        ("03_truncated.pdf", "CorruptPDF"), ("04_blank.pdf", "NoTextLayer"),
        ("05_bomb.pdf", "DecompressionBomb"), ("06_not_a_pdf.pdf", "CorruptPDF"),
        ("07_bomb.docx", "DecompressionBomb")]
    for e in errors:   # one line each on stderr, naming the file
        assert err.count(f"baocao: error: {e['doc']}: ") == 1 and "\n" not in e["message"]
    assert "password" in errors[0]["message"] and "no text" in errors[3]["message"]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["doc"] for r in records} == {str(d / "08_good.pdf")}


def test_the_bomb_guard_passes_real_streams_and_stops_early():
    check_streams(zlib.compress(b"BT /F1 12 Tf (x) Tj ET" * 1000))   # not a stream keyword
    with pytest.raises(LoadError, match="decompression bomb"):
        check_streams(bomb_pdf(80))
    check_streams(bomb_pdf(1))   # a megabyte of zeros is no bomb


@needs_shared
def test_the_bomb_guard_passes_the_development_pdfs():
    for p in sorted(SHARED.glob("*.pdf")):
        check_streams(p.read_bytes())


def test_a_missing_pdf_extra_names_the_file_and_the_install(tmp_path, monkeypatch, capsys):
    import sys

    pdf = two_pages(tmp_path)
    monkeypatch.setitem(sys.modules, "pypdfium2", None)   # import fails
    assert main(["extract", str(pdf), "-q"]) == 1
    err = capsys.readouterr().err
    assert f"baocao: error: {pdf}: reading PDF needs pypdfium2: pip install 'baocao[pdf]'" in err
    with pytest.raises(baocao.ReadError, match=r"report\.pdf: reading PDF needs pypdfium2"):
        baocao.parse_file(pdf)


@needs_shared
@needs_tesseract
def test_a_page_past_the_time_limit_is_an_ocr_timeout(tmp_path):
    pdf = _first_pages(SHARED / "p05.pdf", 1, tmp_path / "scan.pdf")
    with pytest.raises(LoadError) as info:
        read_pdf(pdf, ocr="tesseract", ocr_timeout=0.01)
    assert (info.value.stage, info.value.error) == ("ocr", "Timeout")
    assert "page 1" in info.value.message


def scanned_pdf(src: Path, dst: Path, text_layer: bool = False) -> Path:
    """A scan of `src`'s first page: the page rendered at 200 dpi and put back as an image over
    the whole page (with `text_layer`, src's page itself under it: a searchable scan)."""
    page = pdfium.PdfDocument(str(src))[0]
    bitmap = page.render(scale=200 / 72, grayscale=True)
    doc = pdfium.PdfDocument.new()
    if text_layer:
        doc.import_pages(pdfium.PdfDocument(str(src)), [0])
        new = doc[0]
    else:
        new = doc.new_page(595, 842)
    image = pdfium.PdfImage.new(doc)
    image.set_bitmap(pdfium.PdfBitmap.from_pil(bitmap.to_pil()))
    image.set_matrix(pdfium.PdfMatrix().scale(595, 842))
    new.insert_obj(image)
    new.gen_content()
    doc.save(str(dst))
    return dst


def test_a_scan_is_told_from_a_searchable_scan(tmp_path):
    src = two_pages(tmp_path)
    with pytest.raises(LoadError, match="no text layer on any of its 1 page .a scanned PDF"):
        read_pdf(scanned_pdf(src, tmp_path / "scan.pdf"))
    # a scan with the text recognized under it (a page of text, not a stamp's line): read
    full = make_pdf(tmp_path / "full.pdf", [[
        (760 - 20 * i, [(f"Năm {2020 + i}, tổng vốn đầu tư toàn xã hội đạt {28 + i} tỷ đồng.", 12)])
        for i in range(6)]])
    searchable = read_pdf(scanned_pdf(full, tmp_path / "searchable.pdf", text_layer=True))
    assert searchable.without_text == () and "đạt 33 tỷ đồng." in searchable.text


@needs_tesseract
@pytest.mark.slow
def test_ocr_reads_a_scan_of_a_known_page(tmp_path):
    scan = scanned_pdf(two_pages(tmp_path), tmp_path / "scan.pdf")
    pdf = read_pdf(scan, ocr="tesseract")
    assert pdf.recognized == (1,) and pdf.without_text == ()
    assert "Tổng vốn đầu tư đạt 28 tỷ đồng" in pdf.text and "\f" not in pdf.text
    report = baocao.parse_file(scan, ocr="tesseract")
    assert ("money", "28 tỷ đồng", 1) in [(r.kind, r.text, r.page) for r in report.records]


def stamp(path: Path, stamps, dst: Path) -> Path:
    """Add stamp annotations whose appearance is a text: `stamps` is ((x, y, text), ...) (how an
    e-office system fills in a document's number and date, outside the page's content)."""
    doc = pdfium.PdfDocument(str(path))
    page = doc[0]
    data = FONT.read_bytes()
    buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
    font = raw.FPDFText_LoadFont(doc.raw, buf, len(data), raw.FPDF_FONT_TRUETYPE, True)
    for x, y, text in stamps:
        annot = raw.FPDFPage_CreateAnnot(page.raw, raw.FPDF_ANNOT_STAMP)
        raw.FPDFAnnot_SetRect(annot, raw.FS_RECTF(x, y - 5, x + 40, y + 15))
        obj = raw.FPDFPageObj_CreateTextObj(doc.raw, font, 13)
        u16 = (text + "\0").encode("utf-16-le")
        raw.FPDFText_SetText(obj, ctypes.cast(ctypes.create_string_buffer(u16, len(u16)),
                                              ctypes.POINTER(ctypes.c_ushort)))
        raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        assert raw.FPDFAnnot_AppendObject(annot, obj)
        raw.FPDFPage_CloseAnnot(annot)
    page.gen_content()
    doc.save(str(dst))
    return dst


def test_text_stamped_in_annotations_is_read_and_never_a_marker(tmp_path):
    form = make_pdf(tmp_path / "form.pdf", [[
        (740, [("Số:", 13), ("\t/BC-UBND", 13)]),
        (700, [("Vốn đầu tư đạt 28 tỷ đồng.", 13)])]])
    assert read_pdf(form).text.startswith("Số:\t/BC-UBND\n")
    # the number stamped in the blank, raised a little as such stamps are
    filled = read_pdf(stamp(form, [(100, 744, "329")], tmp_path / "filled.pdf")).text
    assert filled.startswith("Số: 329\t/BC-UBND\n")


def test_digits_on_another_baseline_are_superscripts_only_as_markers(tmp_path):
    """A cell set higher than its row keeps its digits; a raised digit glued to a word (drawn at
    the line's size) is a marker."""
    pdf = make_pdf(tmp_path / "t.pdf", [[
        (700, [("Chỉ đạo", 13), ("\t9,49/", 13, 5), ("\t99,9% 12/63", 13)]),
        (650, [("vượt tiến độ", 13), ("8", 13, 5), (". Từ ngày 01/7/2025", 13)])]])
    text = read_pdf(pdf).text
    assert "9,49/" in text and "99,9% 12/63" in text
    assert "vượt tiến độ⁸. Từ ngày 01/7/2025" in text
    assert not any(c in "⁰¹²³⁴⁵⁶⁷⁹" for c in text)


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

_cell = st.from_regex(r"[1-9][0-9]{0,3}(,[0-9]{1,2})?(%|/63)?", fullmatch=True)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.tuples(_cell, st.floats(-0.45, 0.45), st.sampled_from([13, 10, 8])),
                      min_size=1, max_size=4))
def test_table_cells_on_any_baseline_keep_their_digits(tmp_path, cells):
    """Numbers in cells a little above or below their row (vertically centred cells, in the
    row's type or a smaller one) come out as written, each once, and never as superscripts: a
    wrong figure is worse than none."""
    segments = [("Chỉ tiêu", 13)] + [("\t" + text, size, rise * 13) for text, rise, size in cells]
    text = read_pdf(make_pdf(tmp_path / "cells.pdf", [[(700, segments)]])).text
    assert not any(c in "⁰¹²³⁴⁵⁶⁷⁸⁹" for c in text)
    # a cell far off the row's baseline may stand on a line of its own; each comes out once
    assert sorted(t for t in text.split() if t not in ("Chỉ", "tiêu")) == \
        sorted(t for t, _, _ in cells)


def test_normalize_reads_a_pdf(tmp_path, capsys):
    pdf = two_pages(tmp_path)
    assert main(["normalize", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "Tổng vốn đầu tư đạt 28 tỷ đồng¹, tăng 5%." in out
    (tmp_path / "bad.pdf").write_bytes(encrypted_pdf())
    assert main(["normalize", str(tmp_path / "bad.pdf")]) == 1
    assert "password" in capsys.readouterr().err


def test_read_lists_the_pages_without_text(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    src = two_pages(tmp_path)
    scan = scanned_pdf(src, tmp_path / "scan.pdf")
    doc = pdfium.PdfDocument(str(src))
    doc.import_pages(pdfium.PdfDocument(str(scan)), [0])
    doc.save(str(d / "mixed.pdf"))
    with pytest.warns(baocao.ReadWarning, match=r"mixed\.pdf: pages without text \(scanned\), "
                                                r"not read: 3"):
        df = baocao.read(d)
    assert df.attrs["pages_without_text"] == {str(d / "mixed.pdf"): "3"}
    assert set(df["page"]) == {1, 2}


def turned_pdf(path: Path, lines, angle: int) -> Path:
    """A page whose text runs at `angle` degrees (90: up, 270: down), each line (x, y, text) set
    from its start; the /Rotate that shows it upright is set too, as landscape tables are."""
    import math

    doc = pdfium.PdfDocument.new()
    data = FONT.read_bytes()
    buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
    font = raw.FPDFText_LoadFont(doc.raw, buf, len(data), raw.FPDF_FONT_TRUETYPE, True)
    page = doc.new_page(595, 842)
    for x, y, text, a in lines:
        c, s = round(math.cos(math.radians(a))), round(math.sin(math.radians(a)))
        obj = raw.FPDFPageObj_CreateTextObj(doc.raw, font, 12)
        u16 = (text + "\0").encode("utf-16-le")
        raw.FPDFText_SetText(obj, ctypes.cast(ctypes.create_string_buffer(u16, len(u16)),
                                              ctypes.POINTER(ctypes.c_ushort)))
        raw.FPDFPageObj_Transform(obj, c, s, -s, c, x, y)
        raw.FPDFPage_InsertObject(page.raw, obj)
    raw.FPDFPage_SetRotation(page.raw, {90: 3, 270: 1}[angle])
    page.gen_content()
    doc.save(str(path))
    return path


@pytest.mark.parametrize("angle,start", [(90, (100, 100, 20)), (270, (500, 700, -20))])
def test_text_turned_on_its_side_reads_in_lines(tmp_path, angle, start):
    x, y, step = start
    lines = [(x, y, "Dòng thứ nhất: vốn 28 tỷ đồng", angle),
             (x + step, y, "Dòng thứ hai: đạt 71% NQĐH", angle),
             (x + 2 * step, y, "Dòng ba", angle),
             (300, 300, "NHÃN", 0)]           # a label set the other way: left out
    text = read_pdf(turned_pdf(tmp_path / "t.pdf", lines, angle)).text
    assert text == "Dòng thứ nhất: vốn 28 tỷ đồng\nDòng thứ hai: đạt 71% NQĐH\nDòng ba\n"


@needs_tesseract
def test_images_are_read_by_ocr_and_listed_without_it(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    page = pdfium.PdfDocument(str(two_pages(tmp_path)))[0]
    page.render(scale=200 / 72, grayscale=True).to_pil().save(d / "scan.png")
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(d), "-o", str(out), "-q"]) == 0   # listed as not read
    [row] = [json.loads(line) for line in (tmp_path / "r.errors.jsonl").read_text(
        encoding="utf-8").splitlines()]
    assert (row["stage"], row["error"]) == ("skip", "NotRead") and "--ocr" in row["message"]
    assert main(["extract", str(d / "scan.png"), "-o", str(out), "-q", "--force"]) == 1  # told
    assert "--ocr tesseract" in capsys.readouterr().err
    assert main(["extract", str(d), "-o", str(out), "--ocr", "tesseract", "-q", "--force"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert ("money", "28 tỷ đồng") in [(r["kind"], r["text"]) for r in records]
    doc = json.loads((tmp_path / "r.documents.jsonl").read_text(encoding="utf-8"))
    assert (doc["format"], doc["ocr_pages"]) == ("image", "1")
