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


def test_read_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope"):
        baocao.read(tmp_path / "nope")


def test_read_corpus_matches_extract():
    from pathlib import Path

    corpus = Path(__file__).with_name("corpus")
    df = baocao.read(corpus)
    total = sum(len(baocao.extract(p.read_text(encoding="utf-8"))) for p in corpus.glob("*.txt"))
    assert len(df) == total and df["doc"].nunique() == 5
