"""The errors and documents tables follow the output's format, and no run overwrites a file that
holds something unless it is told to (``--force``) or continues it (``--resume``)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from baocao.batch.config import DOCUMENT_FIELDS, ERROR_FIELDS, side_table, table_format
from baocao.cli import main
from side_rows import side_rows

CORPUS = Path(__file__).with_name("corpus")
DOCS = sorted(CORPUS.glob("00[0-2]_*.txt"))
READ = {"parquet": pd.read_parquet, "csv": pd.read_csv,
        "jsonl": lambda p: pd.read_json(p, lines=True, dtype=False)}


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for p in DOCS:
        shutil.copy(p, d / p.name)
    (d / "empty.txt").write_bytes(b"")     # one error row
    return d


def _files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.iterdir()) if p.is_file()}


@pytest.mark.parametrize("command", ["extract", "indicators"])
@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_side_tables_follow_the_output_format(folder, tmp_path, fmt, command):
    out = tmp_path / f"r.{fmt}"
    assert main([command, str(folder), "-o", str(out), "-q"]) == 1
    errors, documents = READ[fmt](tmp_path / f"r.errors.{fmt}"), \
        READ[fmt](tmp_path / f"r.documents.{fmt}")
    assert list(errors.columns) == list(ERROR_FIELDS)
    assert errors["doc"].tolist() == [str(folder / "empty.txt")]
    assert list(documents.columns) == list(DOCUMENT_FIELDS)
    assert documents["doc"].tolist() == [str(folder / p.name) for p in DOCS]
    others = {"parquet", "csv", "jsonl"} - {fmt}
    assert not [p for p in tmp_path.iterdir() if p.suffix.lstrip(".") in others]


def test_parquet_side_tables_keep_their_dtypes(folder, tmp_path):
    assert main(["extract", str(folder), "-o", str(tmp_path / "r.parquet"), "-q"]) == 1
    documents = pd.read_parquet(tmp_path / "r.documents.parquet")
    assert str(documents["records"].dtype) == "Int64" and str(documents["ocr"].dtype) == "boolean"
    assert documents["records"].sum() == len(pd.read_parquet(tmp_path / "r.parquet"))


@pytest.mark.parametrize("name,fmt", [("e.parquet", "parquet"), ("e.csv", "csv"),
                                      ("e.jsonl", "jsonl"), ("e.txt", "jsonl")])
def test_a_side_table_given_has_the_format_of_its_extension(folder, tmp_path, name, fmt):
    assert main(["extract", str(folder), "-o", str(tmp_path / "r.csv"), "--errors",
                 str(tmp_path / name), "--documents", str(tmp_path / f"d.{fmt}"), "-q"]) == 1
    assert READ[fmt](tmp_path / name)["doc"].tolist() == [str(folder / "empty.txt")]
    assert len(READ[fmt](tmp_path / f"d.{fmt}")) == len(DOCS)


def test_stdout_has_no_side_tables_unless_named(folder, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["extract", str(folder), "-q"]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    capsys.readouterr()
    assert main(["extract", str(folder), "--errors", "e.parquet", "-q"]) == 1
    assert pd.read_parquet(tmp_path / "e.parquet")["error"].tolist() == ["EmptyFile"]


def test_side_table_names():
    assert side_table("a/r.parquet", None, "errors") == "a/r.errors.parquet"
    assert side_table("r.csv", None, "documents") == "r.documents.csv"
    assert side_table("r.out", None, "errors", "parquet") == "r.errors.parquet"
    assert side_table("r.parquet", "mine.csv", "errors") == "mine.csv"
    assert side_table("-", None, "errors") is None and side_table(None, None, "errors") is None
    assert table_format("d.parquet.partial") == "parquet" and table_format("x.CSV") == "csv"


# ------------------------------------------------------------- no overwrite without --force

@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
@pytest.mark.parametrize("which", ["r", "r.errors", "r.documents"])
def test_an_existing_output_is_refused_before_any_work(folder, tmp_path, capsys, fmt, which):
    target = tmp_path / f"{which}.{fmt}"
    target.write_bytes(b"what an earlier run or the user left here")
    before = _files(tmp_path)
    assert main(["extract", str(folder), "-o", str(tmp_path / f"r.{fmt}"), "-q"]) == 2
    err = capsys.readouterr().err
    assert str(target) in err and "--force" in err and err.count("\n") == 1
    assert _files(tmp_path) == before          # nothing written, nothing left beside
    assert main(["extract", str(folder), "-o", str(tmp_path / f"r.{fmt}"), "-q",
                 "--force"]) == 1
    assert target.read_bytes() != b"what an earlier run or the user left here"
    assert not [p for p in tmp_path.iterdir() if ".partial" in p.name]


def test_a_second_run_on_the_same_output_is_refused_and_forced(folder, tmp_path, capsys):
    args = ["indicators", str(folder), "-o", str(tmp_path / "r.parquet"), "-q"]
    assert main(args) == 1
    first = _files(tmp_path)
    assert main(args) == 2
    assert "OUT " + str(tmp_path / "r.parquet") in capsys.readouterr().err
    assert _files(tmp_path) == first
    assert main(args + ["--force"]) == 1
    assert _files(tmp_path) == first                 # the same run writes the same bytes


def test_empty_files_and_devices_are_not_refused(folder, tmp_path):
    (tmp_path / "r.jsonl").write_bytes(b"")
    assert main(["extract", str(folder), "-o", str(tmp_path / "r.jsonl"), "-q",
                 "--errors", "/dev/null", "--documents", "/dev/null"]) == 1
    assert main(["extract", str(folder), "-o", "/dev/null", "-q", "--format", "jsonl",
                 "--errors", "/dev/null", "--documents", "/dev/null"]) == 1


def test_an_input_is_refused_even_with_force(tmp_path, capsys):
    doc = tmp_path / "a.txt"
    shutil.copy(DOCS[0], doc)
    before = doc.read_bytes()
    assert main(["extract", str(doc), "-o", str(tmp_path / "r.jsonl"), "--errors", str(doc),
                 "--force"]) == 2
    assert "is an input of this run" in capsys.readouterr().err
    assert doc.read_bytes() == before


# ------------------------------------------------------------- --resume reads every form

@pytest.mark.parametrize("out_fmt,table", [("parquet", None), ("jsonl", "d.parquet"),
                                           ("parquet", "d.csv"), ("jsonl", None)])
def test_resume_reads_the_documents_table_in_its_format(folder, tmp_path, capsys, out_fmt,
                                                        table):
    out = tmp_path / f"r.{out_fmt}"
    flags = ["-o", str(out), "-q"] + (["--documents", str(tmp_path / table)] if table else [])
    documents = tmp_path / (table or f"r.documents.{out_fmt}")
    first = [str(folder / p.name) for p in DOCS[:2]]
    assert main(["extract", *first, *flags]) == 0
    assert main(["extract", str(folder), *flags, "--resume"]) == 1
    rows = READ[table_format(str(documents))](documents)
    assert rows["doc"].tolist() == [str(folder / p.name) for p in DOCS]   # each once, in order
    full = tmp_path / f"full.{out_fmt}"
    assert main(["extract", str(folder), "-o", str(full), "-q"]) == 1
    got = READ[out_fmt](out)
    pd.testing.assert_frame_equal(got, READ[out_fmt](full))
    assert rows["records"].tolist() == got.groupby("doc", sort=False).size().tolist()


@pytest.mark.parametrize("table", ["d.csv", "d.parquet", "d.jsonl"])
def test_resume_continues_a_documents_table_a_killed_run_left_beside(folder, tmp_path, capsys,
                                                                     table):
    # a run killed just before it moved its files into place: OUT.partial and TABLE.partial
    out, documents = tmp_path / "r.jsonl", tmp_path / table
    flags = ["-o", str(out), "--documents", str(documents)]
    assert main(["extract", str(folder), *flags, "-q"]) == 1
    whole = out.read_bytes(), READ[table_format(table)](documents)
    out.rename(str(out) + ".partial")
    documents.rename(str(documents) + ".partial")
    assert main(["extract", str(folder), *flags, "--resume"]) == 1
    assert f"{len(DOCS)} skipped" in capsys.readouterr().err   # nothing done again
    assert out.read_bytes() == whole[0]
    pd.testing.assert_frame_equal(READ[table_format(table)](documents), whole[1])
    assert not [p for p in tmp_path.iterdir() if ".partial" in p.name]


def test_a_resumed_run_rewrites_its_errors_table(folder, tmp_path):
    out = tmp_path / "r.parquet"
    assert main(["extract", str(folder), "-o", str(out), "-q"]) == 1
    assert main(["extract", str(folder), "-o", str(out), "-q", "--resume"]) == 1
    errors = pd.read_parquet(tmp_path / "r.errors.parquet")
    assert errors["doc"].tolist() == [str(folder / "empty.txt")]
    assert json.loads(pd.read_parquet(tmp_path / "r.documents.parquet").to_json(
        orient="records"))[0]["doc"] == str(folder / DOCS[0].name)


def test_resume_continues_the_documents_table_an_earlier_version_wrote(folder, tmp_path, capsys):
    # baocao 0.1 wrote the documents table as JSON lines beside any OUT: out.documents.jsonl
    out = tmp_path / "r.parquet"
    older = tmp_path / "r.documents.jsonl"
    first = [str(folder / p.name) for p in DOCS[:2]]
    assert main(["extract", *first, "-o", str(out), "--documents", str(older), "-q"]) == 0
    capsys.readouterr()
    assert main(["extract", str(folder), "-o", str(out), "--resume"]) == 1
    err = capsys.readouterr().err
    assert "no documents table" not in err and "2 skipped" in err
    assert [r["doc"] for r in side_rows(older)] == [str(folder / p.name) for p in DOCS]
    assert not (tmp_path / "r.documents.parquet").exists()
