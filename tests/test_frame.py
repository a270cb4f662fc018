from __future__ import annotations

import pandas as pd
import pytest

import baocao
from baocao.frame import COLUMNS


def test_to_frame_columns_and_dtypes():
    df = baocao.to_frame(baocao.extract("vốn 28 tỷ đồng, 113/118 bản, nhiệm kỳ 2020 – 2025, ngày 19/8/2020"))
    assert list(df.columns) == list(COLUMNS)
    assert {c: str(t) for c, t in df.dtypes.items()} == COLUMNS
    assert df["kind"].tolist() == ["money", "fraction", "term", "date"]
    assert df.loc[0, "value"] == 28e9 and df.loc[0, "currency"] == "VND"
    assert df.loc[1, "numerator"] == 113 and df.loc[1, "unit"] == "bản"
    assert df.loc[2, "start_year"] == 2020 and pd.isna(df.loc[2, "value"])
    assert df.loc[3, "year"] == 2020


def test_to_frame_empty_has_the_same_columns():
    df = baocao.to_frame([])
    assert list(df.columns) == list(COLUMNS) and len(df) == 0
    assert {c: str(t) for c, t in df.dtypes.items()} == COLUMNS


def test_to_frame_rejects_other_objects():
    with pytest.raises(TypeError):
        baocao.to_frame([1, 2])


def test_read_folder_has_doc_column(tmp_path):
    (tmp_path / "a.txt").write_text("đạt 141% NQĐH", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    (tmp_path / "c.md").write_text("50%", encoding="utf-8")
    df = baocao.read(tmp_path)
    assert sorted(df["doc"].map(lambda p: p.rsplit("/", 1)[-1])) == ["a.txt", "b.txt"]
    assert sorted(df["kind"]) == ["money", "percentage"]


def test_read_missing_path_is_reported_not_raised(tmp_path):
    with pytest.warns(baocao.frame.ReadWarning, match="1 of 1 documents left out.*nope: no such"):
        df = baocao.read(tmp_path / "nope")
    assert len(df) == 0 and list(df.columns) == list(COLUMNS)
    assert df.attrs["errors"] == [{"doc": str(tmp_path / "nope"), "stage": "input",
                                   "error": "FileNotFoundError",
                                   "message": "no such file or directory"}]


@pytest.fixture()
def mixed(tmp_path):
    """Good documents in four formats, and bad files among them."""
    (tmp_path / "a.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "d.jsonl").write_text('{"id": "r1", "body": "giảm 5,61%/năm"}\n'
                                      '{"id": "r2", "body": 7}\n', encoding="utf-8")
    return tmp_path


def test_read_takes_every_input_format_and_reports_bad_files(mixed):
    import json
    import warnings

    pytest.importorskip("trafilatura", reason="HTML inputs need the html extra (in dev)")
    pytest.importorskip("docx", reason=".docx inputs need the docx extra (in dev)")
    import docx

    (mixed / "e.html").write_text(
        "<html><head><title>Tin huyện</title></head><body><article><p>Tổng đàn gia súc đạt "
        "42.719 con, tăng so với cùng kỳ năm trước và đạt kế hoạch đề ra.</p></article>"
        "</body></html>", encoding="utf-8")
    d = docx.Document()
    d.add_paragraph("Diện tích gieo trồng 2.815 ha.")
    d.save(mixed / "f.docx")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = baocao.read([mixed, mixed / "d.jsonl"], text_column="body", id_column="id")
    assert [(r.doc.rsplit("/", 1)[-1], r.kind, r.value) for r in df.itertuples() if r.kind != "period"] == [
        ("a.txt", "money", 28e9), ("r1", "percentage", 5.61), ("e.html", "quantity", 42719.0),
        ("f.docx", "quantity", 2815.0)]
    assert [(r.doc.rsplit("/", 1)[-1], r.base) for r in df.itertuples() if r.kind == "period"] == [
        ("e.html", "same_period_previous_year")]
    errors = {e["doc"].rsplit("/", 1)[-1]: e["error"] for e in df.attrs["errors"]}
    assert errors == {"b.txt": "EmptyFile", "c.txt": "BinaryFile", "r2": "TypeError"}
    assert [w.category for w in caught] == [baocao.frame.ReadWarning]
    message = str(caught[0].message)
    assert message.startswith("baocao.read: 3 of 7 documents left out")
    assert all(e["doc"] in message for e in df.attrs["errors"])
    # the table of the bad ones, as the CLI writes it
    table = pd.DataFrame(df.attrs["errors"])
    assert list(table.columns) == ["doc", "stage", "error", "message"]
    assert json.loads(json.dumps(df.attrs["errors"])) == df.attrs["errors"]


def test_read_errors_skip_and_raise(mixed):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # skip: no warning
        df = baocao.read(mixed, errors="skip")
    assert df["doc"].tolist() == [str(mixed / "a.txt")]
    assert [e["error"] for e in df.attrs["errors"]] == ["EmptyFile", "BinaryFile"]
    with pytest.raises(baocao.frame.ReadError, match=r"b\.txt: empty file") as info:
        baocao.read(mixed, errors="raise")
    assert (info.value.doc, info.value.stage, info.value.error) == (
        str(mixed / "b.txt"), "read", "EmptyFile")
    with pytest.raises(ValueError, match="errors must be one of"):
        baocao.read(mixed, errors="ignore")


def test_read_without_errors_has_an_empty_list_and_no_warning(tmp_path):
    import warnings

    (tmp_path / "a.txt").write_text("đạt 141% NQĐH", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        df = baocao.read(str(tmp_path / "a.txt"), kinds=["money"])
    assert len(df) == 0 and df.attrs["errors"] == []
    assert baocao.read(tmp_path)["kind"].tolist() == ["percentage"]


def test_read_corpus_matches_extract():
    from pathlib import Path

    corpus = Path(__file__).with_name("corpus")
    df = baocao.read(f"{corpus}/*.txt")   # the seeds, not the genre corpus below them
    total = sum(len(baocao.extract(p.read_text(encoding="utf-8"))) for p in corpus.glob("*.txt"))
    assert len(df) == total and df["doc"].nunique() == 5
