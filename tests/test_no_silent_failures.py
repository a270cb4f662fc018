"""Where a new user trips, baocao says so: one test per failure that used to pass in silence.

The output format follows ``-o``'s extension; files a folder walk does not read are counted and
listed; a path given where a text is expected (and the reverse) is a clear error; a typo in
``kinds`` fails before any work; a missing extra is reported once per run; progress counts right
through a resume; the decoded text the offsets index can be saved; ``normalize -`` reads stdin;
the plot has labels, a legend and a title, and refuses an empty report.
"""
from __future__ import annotations

import io
import json
import subprocess
import sys
import unicodedata
import warnings
from pathlib import Path

import pandas as pd
import pytest

import baocao
from baocao.cli import main

CORPUS = Path(__file__).with_name("corpus")
DOC = CORPUS / "000_2091ac59a1d652e0.txt"
TEXT = "Vốn đầu tư đạt 28 tỷ đồng, tăng 5% so với cùng kỳ.\nDòng hai của bài báo dài."


# ------------------------------------------------------------- the format follows -o

@pytest.mark.parametrize("ext, read", [
    ("parquet", pd.read_parquet),
    ("csv", pd.read_csv),
    ("jsonl", lambda p: pd.read_json(p, lines=True)),
    ("json", lambda p: pd.read_json(p, lines=True)),
])
def test_extract_writes_the_format_of_the_output_extension(tmp_path, ext, read):
    out = tmp_path / f"r.{ext}"
    assert main(["extract", str(DOC), "-o", str(out), "-q"]) == 0
    df = read(out)
    assert len(df) > 10 and set(df["doc"]) == {str(DOC)}


@pytest.mark.parametrize("command", ["extract", "indicators"])
def test_an_unknown_extension_is_an_error_before_any_work(tmp_path, capsys, command):
    out = tmp_path / "r.xlsx"
    assert main([command, str(DOC), "-o", str(out), "-q"]) == 2
    err = capsys.readouterr().err
    assert "r.xlsx" in err and ".parquet" in err and "--format" in err
    assert list(tmp_path.iterdir()) == []   # nothing written: not even a side table


@pytest.mark.parametrize("command", ["extract", "indicators"])
def test_a_format_that_disagrees_with_the_extension_is_an_error(tmp_path, capsys, command):
    out = tmp_path / "r.parquet"
    assert main([command, str(DOC), "--format", "csv", "-o", str(out), "-q"]) == 2
    err = capsys.readouterr().err
    assert "--format csv" in err and "r.parquet" in err
    assert list(tmp_path.iterdir()) == []


def test_a_format_given_for_an_unknown_extension_is_followed(tmp_path):
    out = tmp_path / "r.out"
    assert main(["extract", str(DOC), "--format", "csv", "-o", str(out), "-q"]) == 0
    assert "doc" in pd.read_csv(out).columns


def test_extract_and_indicators_share_the_format_rule():
    from baocao.batch.config import output_format

    assert output_format("a/r.PARQUET") == "parquet"
    assert output_format("r.json") == output_format("r.jsonl") == output_format(None) == "jsonl"
    assert output_format("r.csv", "csv") == "csv"
    with pytest.raises(ValueError, match="--format jsonl"):
        output_format("r.csv", "jsonl")
    with pytest.raises(ValueError, match="extension"):
        output_format("r.txt")


# ------------------------------------------------------------- a folder walk says what it skips

@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".md"])
def test_a_folder_walk_counts_and_lists_the_files_it_does_not_read(tmp_path, capsys, suffix):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    (d / f"other{suffix}").write_text('{"text": "vốn 5 tỷ đồng"}\n', encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(d), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"1 not read ({suffix} 1)" in err
    rows = [json.loads(x) for x in (tmp_path / "r.errors.jsonl").read_text().splitlines()]
    assert [(r["doc"], r["stage"]) for r in rows] == [(str(d / f"other{suffix}"), "skip")]


def test_a_folder_walk_reads_a_pdf_and_says_when_it_fails(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    (d / "scan.pdf").write_bytes(b"%PDF-1.4\n not a real PDF\n")
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(d), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "2 files" in err and "1 error" in err and "scan.pdf" in err


def test_read_lists_the_tables_a_folder_holds(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    (d / "b.csv").write_text("text\nvốn 5 tỷ đồng\n", encoding="utf-8")
    with pytest.warns(baocao.ReadWarning, match="1 file not read"):
        df = baocao.read(d)
    assert [r["doc"] for r in df.attrs["not_read"]] == [str(d / "b.csv")]


# ------------------------------------------------------------- a path where a text is expected

def test_parse_given_the_path_of_a_file_says_parse_file():
    with pytest.raises(ValueError, match="parse_file"):
        baocao.parse(str(DOC))


@pytest.mark.parametrize("text", ["report.txt", "data/bao-cao.docx", "x.PDF"])
def test_parse_given_something_named_like_a_file_says_parse_file(text):
    with pytest.raises(ValueError, match="parse_file"):
        baocao.parse(text)


@pytest.mark.parametrize("text", ["report.txt", str(DOC), "x.PDF"])
def test_extract_given_a_file_name_says_parse_file_as_parse_does(text):
    with pytest.raises(ValueError, match=r"baocao\.extract reads a text.*parse_file"):
        baocao.extract(text)
    # one check for both: the same words, but the function's name and the call that reads it
    with pytest.raises(ValueError) as parsed:
        baocao.parse(text)
    with pytest.raises(ValueError) as extracted:
        baocao.extract(text)
    assert str(parsed.value).split(":")[0].replace("parse", "extract") == \
        str(extracted.value).split(":")[0]


@pytest.mark.parametrize("text", ["Xem báo cáo a.txt", "Tăng 5%.", "a.txt\nvốn 28 tỷ"])
def test_extract_still_reads_short_texts(text):
    assert isinstance(baocao.extract(text), list)


@pytest.mark.parametrize("text", [TEXT, "Vốn đầu tư đạt 28 tỷ đồng"])
def test_parse_file_given_a_text_says_parse(text):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError) as info:
            baocao.parse_file(text)
    message = str(info.value)
    assert "baocao.parse(text)" in message and "Vốn đầu tư" in message
    assert "no such file" not in message


def test_parse_file_of_a_missing_file_is_still_a_read_error():
    with pytest.raises(baocao.ReadError):
        baocao.parse_file("tests/missing.txt")


@pytest.mark.parametrize("text", ["Xem báo cáo a.txt", "Tăng 5%.", "28 tỷ", "a.txt\nvốn 28 tỷ"])
def test_parse_still_reads_short_texts(text):
    from baocao.report import Report

    assert isinstance(baocao.parse(text), Report)


@pytest.mark.parametrize("name", ["read", "indicators", "checks", "compare"])
def test_a_text_given_where_a_path_is_expected_is_a_clear_error(name):
    long = TEXT + " " + "Nội dung. " * 200
    with warnings.catch_warnings():
        warnings.simplefilter("error")          # no warning with the whole article
        with pytest.raises(ValueError) as info:
            getattr(baocao, name)(long)
    message = str(info.value)
    assert "baocao.parse" in message and "Vốn đầu tư" in message
    assert len(message) < 400 and "no such file" not in message


def test_a_missing_path_is_still_a_document_left_out():
    with pytest.warns(baocao.ReadWarning, match="no such file"):
        df = baocao.read("tests/missing.txt")
    assert df.attrs["errors"][0]["doc"] == "tests/missing.txt"


# ------------------------------------------------------------- kinds: a typo fails at once

def test_read_refuses_unknown_kinds_before_reading(tmp_path):
    missing = str(tmp_path / "missing.txt")   # errors="raise" would raise on it if it were read
    with pytest.raises(ValueError, match=r"unknown kinds \['monye'\].*money"):
        baocao.read(missing, kinds=["monye"], errors="raise")
    with pytest.raises(TypeError, match="money"):
        baocao.read(missing, kinds="money", errors="raise")


@pytest.mark.slow   # imports dask
def test_dask_refuses_unknown_kinds_when_called():
    bd = pytest.importorskip("baocao.dask", exc_type=ImportError)
    with pytest.raises(ValueError, match=r"unknown kinds \['monye'\].*money"):
        bd.extract(str(DOC), kinds=["monye"])
    with pytest.raises(ValueError, match=r"unknown kinds \['monye'\]"):
        bd.extract_tables(str(DOC), kinds=["monye"])


def test_spark_refuses_unknown_kinds_before_a_frame():
    import baocao.spark

    frames = iter(())   # never read: the settings are checked first
    with pytest.raises(ValueError, match=r"unknown kinds \['monye'\].*money"):
        baocao.spark.extract_frames(frames, kinds=["monye"])
    with pytest.raises(ValueError, match=r"unknown kinds \['monye'\]"):
        baocao.spark.extractor(kinds=["monye"])
    fn = baocao.spark.extractor(kinds=["money"])
    out = next(fn(iter([pd.DataFrame({"doc": ["a"], "text": ["vốn 28 tỷ đồng, 5%"]})])))
    assert out["kind"].tolist() == ["money"]


def test_cli_refuses_unknown_kinds_before_any_work(tmp_path, capsys):
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(DOC), "--kinds", "money,monye", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "monye" in err and "percentage" in err
    assert list(tmp_path.iterdir()) == []


def _html_folder(tmp_path: Path) -> Path:
    d = tmp_path / "pages"
    d.mkdir()
    for i in range(3):
        (d / f"p{i}.html").write_text(f"<html><body><p>vốn {i} tỷ đồng</p></body></html>",
                                      encoding="utf-8")
    return d


def test_a_missing_extra_is_reported_once_per_run(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)   # import trafilatura fails
    d = _html_folder(tmp_path)
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(d), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("pip install 'baocao[html]'") == 1
    assert "3 files" in err and "3 errors" in err
    rows = (tmp_path / "r.errors.jsonl").read_text().splitlines()
    assert len(rows) == 3 and all("MissingDependency" in r for r in rows)


def test_read_names_a_missing_extra_once(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    d = _html_folder(tmp_path)
    with pytest.warns(baocao.ReadWarning) as caught:
        df = baocao.read(d)
    [message] = [str(w.message) for w in caught]
    assert message.count("pip install 'baocao[html]'") == 1 and "3 of 3" in message
    assert len(df.attrs["errors"]) == 3


# ------------------------------------------------------------- progress right through a resume

def test_progress_counts_the_documents_a_resume_skips():
    from baocao.batch import Progress, Summary

    stream = io.StringIO()
    progress = Progress(stream, lambda: (1000, 10, 600, 6), interval=0)
    progress.wait()
    summary = Summary(docs=4, nbytes=400, seconds=1.0)
    progress.update(summary)
    last = stream.getvalue().rsplit("\r\x1b[K", 1)[-1]
    assert "10/10 files" in last and "100.0%" in last and "ETA 0:00" in last


def test_cli_progress_reaches_the_total_on_resume(tmp_path, monkeypatch):
    import baocao.batch.progress as progress_module

    docs = sorted(CORPUS.glob("*.txt"))[:3]
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(docs[0]), "-o", str(out), "-q"]) == 0

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    shown: list[str] = []
    real = progress_module.Progress.tick

    def tick(self):  # type: ignore[no-untyped-def]
        self.interval = 0
        self.wait()
        real(self)
        shown.append(self.stream.getvalue().rsplit("\r\x1b[K", 1)[-1])

    monkeypatch.setattr(progress_module.Progress, "tick", tick)
    monkeypatch.setattr(sys, "stderr", Tty())
    assert main(["extract", *map(str, docs), "-o", str(out), "--resume"]) == 0
    finals = [s for s in shown if "files" in s]
    assert finals and "3/3 files" in finals[-1] and "100.0%" in finals[-1]


# ------------------------------------------------------------- the text the offsets index

@pytest.mark.parametrize("encoding", ["nfd", "cp1258"])
def test_saved_text_is_what_the_offsets_index(tmp_path, encoding):
    text = "Tổng vốn đầu tư đạt 28 tỷ đồng, tăng 5,2% so với cùng kỳ năm 2024.\n"
    path = tmp_path / "in" / "a.txt"
    path.parent.mkdir()
    if encoding == "nfd":
        path.write_bytes(unicodedata.normalize("NFD", text).encode("utf-8"))
    else:
        path.write_bytes(_cp1258(text))
    out, saved = tmp_path / "r.jsonl", tmp_path / "texts"
    assert main(["extract", str(path), "-o", str(out), "--save-text", str(saved), "-q"]) == 0
    [file] = [p for p in saved.rglob("*") if p.is_file()]
    decoded = file.read_text(encoding="utf-8")
    assert decoded == text                       # NFC Unicode, whatever the file held
    as_open = path.read_bytes().decode("utf-8", errors="replace")
    assert as_open != decoded                    # the file's own text is another string
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert {r["kind"] for r in records} >= {"money", "percentage"}
    assert all(decoded[r["start"]:r["end"]] == r["text"] for r in records)
    docs = [json.loads(x) for x in (tmp_path / "r.documents.jsonl").read_text().splitlines()]
    assert docs[0]["decoding"] or encoding == "cp1258"


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes: letters with their tone marks apart (the code page's own way)."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


@pytest.mark.slow   # a subprocess
def test_normalize_reads_stdin(tmp_path):
    from baocao.normalize import normalize

    data = "Thị trần Mường Ấng\n".encode("utf-8")
    proc = subprocess.run([sys.executable, "-m", "baocao.cli", "normalize", "-"], input=data,
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8") == normalize("Thị trần Mường Ấng\n").text



def test_normalize_dash_in_process(monkeypatch, capsys):
    class Stdin:
        buffer = io.BytesIO("Thị trần Mường Ấng".encode("utf-8"))

    monkeypatch.setattr(sys, "stdin", Stdin())
    assert main(["normalize", "-", "--no-ocr"]) == 0
    assert capsys.readouterr().out == "Thị trần Mường Ấng"


# ------------------------------------------------------------- plots

BUNDLED = ("STT\tChỉ tiêu\tNghị quyết\tƯớc thực hiện năm 2025\n"
           "1\tĐộ che phủ rừng\t34%\t34,39%\n"
           "2\tTỷ lệ hộ nghèo\t3%\t2,1%\n"
           "3\tTốc độ tăng trưởng kinh tế\t8%\t7,5%\n")


@pytest.fixture
def agg():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    yield plt
    plt.close("all")


def test_plot_target_vs_achieved_with_labels_legend_units_and_document(agg):
    report = baocao.parse(BUNDLED, doc="bao-cao-2025.txt")
    ax = baocao.plot(report)
    assert "bao-cao-2025.txt" in ax.get_title()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any("forest_cover" in x or "che phủ" in x for x in labels)
    assert all("%" in x for x in labels if x)           # each bar's unit
    legend = ax.get_legend()
    assert legend is not None
    names = [t.get_text() for t in legend.get_texts()]
    assert any("target" in n for n in names) and any("achieved" in n for n in names)
    assert "%" in ax.get_xlabel()
    # the figures are written on the bars
    assert any("101" in t.get_text() for t in ax.texts)


def test_plot_names_many_documents(agg):
    a = baocao.parse(BUNDLED, doc="a.txt")
    b = baocao.parse(BUNDLED, doc="b.txt")
    ax = baocao.plot([a, b])
    assert "2 documents" in ax.get_title()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any("a.txt" in x for x in labels) and any("b.txt" in x for x in labels)


def test_plot_of_an_empty_report_is_a_clear_error(agg):
    with pytest.raises(ValueError, match="nothing to plot"):
        baocao.plot(baocao.parse("Hôm nay trời đẹp.", doc="empty.txt"))
