from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from baocao.cli import main
from baocao.schema import record_from_dict

CORPUS = Path(__file__).with_name("corpus")
# the seed corpus: its top-level files (a folder argument would also walk tests/corpus/genre/)
SEEDS = f"{CORPUS}/*.txt"
DOC = CORPUS / "000_2091ac59a1d652e0.txt"


def test_extract_jsonl_stdout_validates(capsys):
    assert main(["extract", str(DOC)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines
    text = DOC.read_text(encoding="utf-8")
    for line in lines:
        rec = record_from_dict(json.loads(line))
        assert rec.doc == str(DOC) and text[rec.start:rec.end] == rec.text


def test_bad_files_are_reported_and_others_processed(tmp_path, capsys):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02")
    latin = tmp_path / "old.txt"
    latin.write_bytes(b"\xc3\x28 abc def \x8d\xfe 28 ha")  # no encoding reads this as text
    rc = main(["extract", str(binary), str(DOC), str(latin), str(tmp_path / "missing.txt")])
    out, err = capsys.readouterr()
    assert rc == 1
    assert len(out.splitlines()) > 10
    err_lines = err.strip().splitlines()
    err_lines = [l for l in err_lines if l.startswith("baocao: error:")]
    assert len(err_lines) == 3
    assert any("scan.txt" in l and "PDF" in l for l in err_lines)
    assert any("old.txt" in l and "UTF-8" in l for l in err_lines)
    assert any("missing.txt" in l for l in err_lines)


def test_csv_and_parquet(tmp_path):
    out_csv, out_pq = tmp_path / "r.csv", tmp_path / "r.parquet"
    assert main(["extract", SEEDS, "--format", "csv", "-o", str(out_csv)]) == 0
    assert main(["extract", SEEDS, "--format", "parquet", "-o", str(out_pq)]) == 0
    a, b = pd.read_csv(out_csv), pd.read_parquet(out_pq)
    assert len(a) == len(b) > 1000
    assert a["doc"].nunique() == 5
    assert b["value"].dtype.kind == "f"


def test_parquet_needs_output(capsys):
    assert main(["extract", str(DOC), "--format", "parquet"]) == 2
    assert "-o" in capsys.readouterr().err


def test_unwritable_output_fails_before_work(tmp_path, capsys):
    assert main(["extract", str(DOC), "-o", str(tmp_path / "no" / "dir" / "x.jsonl")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_unknown_kind(capsys):
    assert main(["extract", str(DOC), "--kinds", "money,bogus"]) == 2
    assert "bogus" in capsys.readouterr().err


def test_kinds_filter(capsys):
    assert main(["extract", str(DOC), "--kinds", "term"]) == 0
    kinds = {json.loads(l)["kind"] for l in capsys.readouterr().out.splitlines()}
    assert kinds == {"term"}


def test_schema_command(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert set(schema["discriminator"]["mapping"]) == {
        "percentage", "fraction", "money", "quantity", "term", "date", "period", "docref", "footnote",
        "indicator", "indicator_summary"}


def test_console_script_runs():
    exe = Path(sys.executable).with_name("baocao")
    if not exe.exists():
        pytest.fail(f"console script missing next to {sys.executable}: is the package installed?")
    res = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=True)
    assert res.stdout.startswith("baocao ")


def test_normalize_command(tmp_path, capsys):
    f = tmp_path / "r.txt"
    f.write_text("Hồ chứa nước Ấng Càng, xã Ấng Nưa; thị trần Mường Ảng", encoding="utf-8")
    assert main(["normalize", str(f)]) == 0
    assert capsys.readouterr().out == "Hồ chứa nước Ẳng Cang, xã Ẳng Nưa; thị trấn Mường Ảng"
    assert main(["normalize", str(f), "--explain"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("offset") and len(lines) == 4
    assert "ocr.place_name" in lines[1] and "'Ẳng Cang'" in lines[1]
    assert main(["normalize", str(f), "--no-ocr"]) == 0
    assert capsys.readouterr().out == f.read_text(encoding="utf-8")
    assert main(["normalize", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err
