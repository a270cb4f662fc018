"""Bad input in a batch run, every case a test: a clear message naming the file, the rest unaffected.

Each test mixes the bad input with good articles and checks that the good ones come out whole.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from side_rows import side_rows

import baocao
from baocao.cli import main

CORPUS = Path(__file__).with_name("corpus")
DOCS = sorted(CORPUS.glob("*.txt"))
GOOD = DOCS[0]


def _run(capsys, *args):
    rc = main(["extract", *map(str, args), "-q"])
    captured = capsys.readouterr()
    records = [json.loads(l) for l in captured.out.splitlines()]
    return rc, records, captured.err


def _docs(records):
    return list(dict.fromkeys(r["doc"] for r in records))


def _one_error(capsys, bad: Path, *, expect: str):
    """Run [GOOD, bad, GOOD2]: rc 1, both good files whole, one stderr line naming `bad`."""
    rc, records, err = _run(capsys, GOOD, bad, DOCS[1])
    assert rc == 1
    assert _docs(records) == [str(GOOD), str(DOCS[1])]
    assert len(records) == len(baocao.extract(GOOD.read_text("utf-8"))) + \
        len(baocao.extract(DOCS[1].read_text("utf-8")))
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"baocao: error: {bad}: ")
    assert expect in lines[0], lines[0]
    return lines[0]


def test_empty_file(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    _one_error(capsys, tmp_path / "empty.txt", expect="empty file")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\r\n")
    _one_error(capsys, tmp_path / "blank.txt", expect="only whitespace")


@pytest.mark.parametrize("name,data,expect", [
    ("scan.txt", b"%PDF-1.7\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<< /Type /Catalog >>", "PDF document"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    ("photo2.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    ("bundle.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip archive"),
    ("old.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "legacy Office"),
    ("nul.txt", b"abc\x00\x01\x02def", "binary"),
])
def test_binary_files_renamed_txt(tmp_path, capsys, name, data, expect):
    (tmp_path / name).write_bytes(data)
    _one_error(capsys, tmp_path / name, expect=expect)


def test_truncated_utf8(tmp_path, capsys):
    data = GOOD.read_bytes()
    lead = next(i for i in range(100, len(data)) if data[i] >= 0xE0)  # a 3-byte letter
    cut = data[:lead + 2]  # the download stopped inside it
    assert cut.decode("utf-8", "replace").endswith("\ufffd")
    (tmp_path / "cut.txt").write_bytes(cut)
    # read, the cut character replaced by U+FFFD, with a warning (no longer refused whole)
    rc, records, err = _run(capsys, GOOD, tmp_path / "cut.txt", DOCS[1])
    assert rc == 0
    assert _docs(records) == [str(GOOD), str(tmp_path / "cut.txt"), str(DOCS[1])]
    text = cut.decode("utf-8", "replace")
    assert all(text[r["start"]:r["end"]] == r["text"] for r in records
               if r["doc"] == str(tmp_path / "cut.txt"))
    assert err.strip().splitlines() == [
        f"baocao: warning: {tmp_path / 'cut.txt'}: 2 invalid bytes replaced by U+FFFD "
        f"(at bytes {lead}-{lead + 1})"]


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes: precomposed base letters followed by a combining tone mark."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += (base + "".join(c for c in d if c in tones)).encode("cp1258")
    return out


@pytest.mark.parametrize("encoding,data", [
    ("windows-1258", _cp1258("Giá trị sản xuất đạt 28 tỷ đồng")),
    # TCVN3 (ABC): "Gi¸ trÞ" style bytes in the 0x80-0xFF range
    ("tcvn3", b"Gi\xb8 tr\xde s\xb6n xu\xa9t \xae\xb9t 28 t\xfb \xae\xe5ng"),
])
def test_legacy_encodings_are_decoded_or_reported(tmp_path, capsys, encoding, data):
    """decode() learns legacy encodings in another change; either way the file is not lost."""
    f = tmp_path / f"{encoding}.txt"
    f.write_bytes(data)
    rc, records, err = _run(capsys, GOOD, f)
    assert _docs(records)[0] == str(GOOD)
    if str(f) in _docs(records):
        assert rc == 0
    else:
        assert rc == 1 and f"baocao: error: {f}: " in err


def test_html_article_and_html_without_article(tmp_path, capsys):
    pytest.importorskip("trafilatura", reason="HTML inputs need the html extra (in dev)")
    body = "".join(f"<p>{line}</p>" for line in GOOD.read_text("utf-8").splitlines() if line)
    page = (f"<html><head><title>Tin huyện</title>"
            f'<meta property="article:published_time" content="2023-05-19"></head><body>'
            f"<nav><a href='/'>Trang chủ</a></nav><article><h1>Tin huyện</h1>{body}</article>"
            f"<footer>Bản quyền 2023</footer></body></html>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (tmp_path / "menu.htm").write_text("<html><body><script>var x = 1;</script></body></html>",
                                       encoding="utf-8")
    rc, records, err = _run(capsys, tmp_path)
    assert rc == 1
    assert _docs(records) == [str(tmp_path / "a.html")]
    kinds = [r["text"] for r in records]
    assert kinds == [r.text for r in baocao.extract(GOOD.read_text("utf-8"))]
    assert f"baocao: error: {tmp_path / 'menu.htm'}: no article text found" in err

    from baocao.inputs import Source, load

    loaded = load(Source(doc="a", path=str(tmp_path / "a.html")))
    assert loaded.meta == {"format": "html", "title": "Tin huyện", "date": "2023-05-19"}
    assert loaded.text.startswith("Tin huyện")

    # the title and date are written to the documents table beside the records
    out = tmp_path / "out" / "r.jsonl"
    out.parent.mkdir()
    assert main(["extract", str(tmp_path), "-o", str(out), "-q"]) == 1
    rows = [json.loads(l) for l in (tmp_path / "out" / "r.documents.jsonl").read_text(
        "utf-8").splitlines()]
    assert rows == [{"doc": str(tmp_path / "a.html"), "format": "html", "encoding": None,
                     "decoding": None, "title": "Tin huyện", "date": "2023-05-19",
                     "chars": len(loaded.text), "pieces": 1, "records": len(records),
                     "kinds": None, "ocr": True, "pages": None, "pages_without_text": None,
                     "ocr_pages": None}]


def test_html_without_the_extra_says_how_to_install(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails
    (tmp_path / "a.html").write_text("<html><body><p>5%</p></body></html>", encoding="utf-8")
    _one_error(capsys, tmp_path / "a.html", expect="pip install 'baocao[html]'")


def test_docx_without_the_extra_says_how_to_install(tmp_path, monkeypatch):
    from baocao.inputs import LoadError, Source, load

    monkeypatch.setitem(sys.modules, "docx", None)
    (tmp_path / "a.docx").write_bytes(b"PK\x03\x04")
    with pytest.raises(LoadError) as caught:
        load(Source(doc="a", path=str(tmp_path / "a.docx")))
    assert (caught.value.stage, caught.value.error) == ("docx", "MissingDependency")
    assert "reading .docx needs python-docx: pip install 'baocao[docx]'" in caught.value.message


def test_docx_paragraphs_and_tables(tmp_path, capsys):
    docx = pytest.importorskip("docx", reason=".docx inputs need the docx extra (in dev)")
    d = docx.Document()
    d.add_paragraph("Tổng đàn gia súc đạt 42.719 con, vốn 28 tỷ đồng.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Chỉ tiêu", "Kết quả"
    table.cell(1, 0).text, table.cell(1, 1).text = "Diện tích", "2.815 ha"
    d.add_paragraph("Tỷ lệ hộ nghèo giảm 5,61%/năm.")
    d.save(tmp_path / "report.docx")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    rc, records, err = _run(capsys, tmp_path)
    assert rc == 1
    assert [(r["kind"], r["text"]) for r in records] == [
        ("quantity", "42.719 con"), ("money", "28 tỷ đồng"), ("quantity", "2.815 ha"),
        ("percentage", "5,61%/năm")]
    assert f"baocao: error: {tmp_path / 'broken.docx'}: not a readable .docx file" in err

    from baocao.inputs import Source, load

    text = load(Source(doc="r", path=str(tmp_path / "report.docx"))).text
    assert "Diện tích\t2.815 ha" in text.splitlines()


@pytest.mark.slow
def test_large_file(tmp_path, capsys):
    """20 MB in one file (the benchmark runs 100 MB): whole, and the files after it too."""
    text = GOOD.read_text("utf-8")
    copies = 20_000_000 // len(text.encode("utf-8")) + 1
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join([text] * copies), encoding="utf-8")
    assert big.stat().st_size >= 20_000_000
    rc, records, err = _run(capsys, big, DOCS[1])
    assert rc == 0 and err == ""
    per_copy = len(baocao.extract(text))
    assert sum(r["doc"] == str(big) for r in records) == copies * per_copy
    assert _docs(records) == [str(big), str(DOCS[1])]


def test_file_vanishes_mid_run(tmp_path, capsys, monkeypatch):
    import baocao.inputs.formats as inputs

    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(GOOD, tmp_path / name)
    real = inputs._read_bytes

    def read_and_delete_the_next(path, *limit):
        if path.endswith("a.txt"):
            os.unlink(tmp_path / "b.txt")  # after the folder was listed, before b is read
        return real(path, *limit)

    monkeypatch.setattr(inputs, "_read_bytes", read_and_delete_the_next)
    rc, records, err = _run(capsys, tmp_path)
    assert rc == 1
    assert _docs(records) == [str(tmp_path / "a.txt"), str(tmp_path / "c.txt")]
    assert f"{tmp_path / 'b.txt'}: no such file (it vanished after the run started)" in err


def test_unreadable_file_simulated(tmp_path, capsys, monkeypatch):
    """chmod 000 does not stop root (tests may run as root), so the refusal is simulated here."""
    import baocao.inputs.formats as inputs

    shutil.copy(GOOD, tmp_path / "locked.txt")
    real = inputs._read_bytes

    def refuse(path, *limit):
        if path.endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", path)
        return real(path, *limit)

    monkeypatch.setattr(inputs, "_read_bytes", refuse)
    _one_error(capsys, tmp_path / "locked.txt", expect="Permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode; the "
                    "simulated test above covers the refusal")
def test_unreadable_file_chmod(tmp_path, capsys):
    f = tmp_path / "locked.txt"
    shutil.copy(GOOD, f)
    f.chmod(0)
    try:
        _one_error(capsys, f, expect="Permission denied")
    finally:
        f.chmod(0o644)


@pytest.mark.slow
def test_folder_of_10000_empty_files(tmp_path, capsys):
    d = tmp_path / "many"
    d.mkdir()
    for i in range(10_000):
        (d / f"{i:05d}.txt").touch()
    shutil.copy(GOOD, d / "99999_good.txt")
    out = tmp_path / "r.jsonl"
    rc = main(["extract", str(d), "-o", str(out), "-q"])
    err = capsys.readouterr().err
    assert rc == 1
    errors = [json.loads(l) for l in (tmp_path / "r.errors.jsonl").read_text("utf-8").splitlines()]
    assert len(errors) == 10_000 and {e["error"] for e in errors} == {"EmptyFile"}
    assert [e["doc"] for e in errors] == [str(d / f"{i:05d}.txt") for i in range(10_000)]
    assert len(err.splitlines()) == 10_000
    records = [json.loads(l) for l in out.read_text("utf-8").splitlines()]
    assert _docs(records) == [str(d / "99999_good.txt")]


def test_symlink_loops_end(tmp_path, capsys):
    d = tmp_path / "archive"
    (d / "2023").mkdir(parents=True)
    shutil.copy(GOOD, d / "2023" / "a.txt")
    (d / "2023" / "again").symlink_to(d)             # a folder loop
    (d / "self.txt").symlink_to(d / "self.txt")      # a file link pointing at itself
    (d / "gone.txt").symlink_to(d / "nowhere.txt")   # a dangling link
    t0 = time.monotonic()
    rc, records, err = _run(capsys, d)
    assert time.monotonic() - t0 < 30
    assert rc == 1
    assert _docs(records) == [str(d / "2023" / "a.txt")]
    assert f"{d / 'self.txt'}: Too many levels of symbolic links" in err
    assert f"{d / 'gone.txt'}: broken symbolic link" in err


@pytest.mark.parametrize("where", ["missing_dir", "is_a_dir", "errors_file"])
def test_unwritable_output_fails_before_any_work(tmp_path, capsys, where, monkeypatch):
    import baocao.inputs as inputs

    def no_work(*a, **k):
        raise AssertionError("inputs were read before the outputs were checked")

    monkeypatch.setattr(inputs, "load", no_work)
    monkeypatch.setattr("baocao.batch.documents.load", no_work)
    out = tmp_path / "r.jsonl"
    extra = []
    if where == "missing_dir":
        out = tmp_path / "no" / "such" / "r.jsonl"
    elif where == "is_a_dir":
        out.mkdir()
    else:
        extra = ["--errors", str(tmp_path / "no" / "errors.jsonl")]
    rc = main(["extract", str(GOOD), "-o", str(out), *extra])
    captured = capsys.readouterr()
    assert rc == 2 and captured.out == ""
    assert captured.err.startswith("baocao: error: cannot write ")
    assert ("errors.jsonl" if where == "errors_file" else str(out)) in captured.err


@pytest.mark.parametrize("fmt,jobs", [("jsonl", "2"), ("parquet", "1")])
@pytest.mark.slow
def test_ctrl_c_leaves_valid_resumable_output(tmp_path, fmt, jobs):
    """SIGINT mid-run: exit 130, whole documents only, and --resume completes the same table.

    File 20 of 40 is a named pipe, so the run is certainly inside it when the signal comes. With
    workers one Ctrl-C stops the run at once; in-process the stuck read ignores the first
    (which asks to finish the current file) and the second aborts.
    """
    d = tmp_path / "in"
    d.mkdir()
    text = DOCS[3].read_text("utf-8")
    n, k = 40, 20
    for i in range(n):
        if i != k:
            (d / f"{i:04d}.txt").write_text(text, encoding="utf-8")
    fifo = d / f"{k:04d}.txt"
    os.mkfifo(fifo)
    out = tmp_path / f"r.{fmt}"
    paths = [str(d / f"{i:04d}.txt") for i in range(n)]  # named: a folder walk skips pipes
    cmd = [sys.executable, "-m", "baocao.cli", "extract", *paths, "--format", fmt, "-o", str(out),
           "-j", jobs]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    fd = None
    while fd is None and time.monotonic() < deadline and proc.poll() is None:
        try:  # succeeds once the run has opened the pipe for reading
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            time.sleep(0.02)
    assert fd is not None, "the run never reached the named pipe"
    if jobs != "1" and fmt == "jsonl":
        # with workers, the documents before the pipe are written as the other worker finishes
        # them: wait for the first, so that the interrupted output has something to check
        written = Path(f"{out}.partial")   # moved into place when the run ends
        while time.monotonic() < deadline and not (written.exists() and
                                                   written.stat().st_size > 0):
            time.sleep(0.05)
    try:
        proc.send_signal(signal.SIGINT)
        if jobs == "1":
            time.sleep(0.5)
            assert proc.poll() is None  # still finishing the current file
            proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        os.close(fd)
    err = err.decode("utf-8")
    assert proc.returncode == 130, err
    assert "interrupted" in err and "--resume" in err

    per_doc = len(baocao.extract(text))
    if fmt == "jsonl":
        recs = [json.loads(l) for l in out.read_text("utf-8").splitlines()]  # every line whole
        docs = pd.Series([r["doc"] for r in recs])
    else:
        docs = pd.read_parquet(out)["doc"]  # a valid file: the footer was written
    m = docs.nunique()  # in-process: the k files before the pipe; workers may hold some back
    assert (m == k) if jobs == "1" else (0 < m <= k)
    assert list(dict.fromkeys(docs)) == [str(d / f"{i:04d}.txt") for i in range(m)]  # a prefix
    assert set(docs.value_counts()) == {per_doc}  # whole documents only

    fifo.unlink()
    fifo.write_text(text, encoding="utf-8")
    res = subprocess.run(cmd + ["--resume"], capture_output=True, timeout=300)
    assert res.returncode == 0, res.stderr.decode()
    # every document written has its row in the documents table: none is done again
    assert f"{m} skipped" in res.stderr.decode()
    if fmt == "jsonl":
        final = pd.Series([json.loads(l)["doc"] for l in out.read_text("utf-8").splitlines()])
    else:
        final = pd.read_parquet(out)["doc"]
    assert list(dict.fromkeys(final)) == [str(d / f"{i:04d}.txt") for i in range(n)]
    assert set(final.value_counts()) == {per_doc}
    rows = side_rows(tmp_path / f"r.documents.{fmt}")
    assert [r["doc"] for r in rows] == [str(d / f"{i:04d}.txt") for i in range(n)]
