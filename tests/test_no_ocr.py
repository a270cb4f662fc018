"""Extraction without the OCR repair (``--no-ocr``, ``ocr=False``, ``NormalizeConfig(ocr=False)``):
for born-digital text. The Unicode hygiene stays; only the OCR diacritic repair is left out."""
import json
import subprocess
import sys
import unicodedata

import pandas as pd
import pytest

import baocao
from baocao.batch import BatchConfig, process
from baocao.inputs import Source
from baocao.normalize import NormalizeConfig

NO_OCR = NormalizeConfig(ocr=False)
# "KHẤU" is an OCR misreading of "KHÂU" (a unit of work): only the repair makes it a quantity
DAMAGED = "Tỉnh xác định 03 KHẤU ĐỘT PHÁ, vốn đầu tư 28 tỷ đồng"


def _seen(records):
    return [(r.kind, r.text) for r in records]


def test_extract_with_a_config_leaves_out_the_repair_only():
    assert _seen(baocao.extract(DAMAGED)) == [("quantity", "03 KHẤU"), ("money", "28 tỷ đồng")]
    assert _seen(baocao.extract(DAMAGED, normalize=NO_OCR)) == [("money", "28 tỷ đồng")]


def test_without_ocr_unicode_hygiene_still_applies_and_offsets_hold():
    text = unicodedata.normalize("NFD", "giảm bình quân 5,61%/năm, tăng 12 tấn")
    got = baocao.extract(text, normalize=NO_OCR)
    assert _seen(got) == [("percentage", text[18:28]), ("quantity", text[36:44])]
    assert all(text[r.start:r.end] == r.text for r in got)
    assert got[0].per_year   # "/năm", decomposed, is read only after NFC
    assert not baocao.extract(text, normalize=False)[0].per_year


@pytest.mark.parametrize("bad", ["no", 0, None, {"ocr": False}])
def test_extract_rejects_a_normalize_that_is_no_bool_or_config(bad):
    with pytest.raises(TypeError, match="True, False or a NormalizeConfig"):
        baocao.extract(DAMAGED, normalize=bad)


def test_batch_config_ocr_false():
    with_ocr = process(Source(doc="a", text=DAMAGED), BatchConfig(fmt="rows"))
    without = process(Source(doc="a", text=DAMAGED), BatchConfig(fmt="rows", ocr=False))
    assert with_ocr.counts == {"quantity": 1, "money": 1}
    assert without.counts == {"money": 1} and without.meta["records"] == 1
    assert with_ocr.meta["ocr"] is True and without.meta["ocr"] is False


@pytest.mark.slow
def test_cli_no_ocr(tmp_path):
    path = tmp_path / "bao_cao.txt"
    path.write_text(DAMAGED, encoding="utf-8")

    def kinds(*flags):
        out = subprocess.run([sys.executable, "-m", "baocao.cli", "extract", "-q", str(path),
                              *flags], capture_output=True, text=True, check=True).stdout
        return [json.loads(line)["kind"] for line in out.splitlines()]

    assert kinds() == ["quantity", "money"]
    assert kinds("--no-ocr") == ["money"]


def test_read_and_spark_frames_take_ocr(tmp_path):
    path = tmp_path / "bao_cao.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    assert baocao.read(path)["kind"].tolist() == ["quantity", "money"]
    assert baocao.read(path, ocr=False)["kind"].tolist() == ["money"]
    from baocao.spark import extract_frames

    frame = pd.DataFrame({"doc": ["a"], "text": [DAMAGED]})
    assert pd.concat(extract_frames(iter([frame])))["kind"].tolist() == ["quantity", "money"]
    out = pd.concat(extract_frames(iter([frame]), ocr=False))
    assert out["kind"].tolist() == ["money"]


@pytest.mark.dask
@pytest.mark.slow
def test_dask_takes_ocr(tmp_path):
    pytest.importorskip("dask.dataframe")
    import dask
    import baocao.dask

    path = tmp_path / "bao_cao.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    with dask.config.set(scheduler="sync"):
        assert baocao.dask.extract([str(path)])["kind"].compute().tolist() == ["quantity", "money"]
        assert baocao.dask.extract([str(path)], ocr=False)["kind"].compute().tolist() == ["money"]
        records, errors, documents = dask.compute(*baocao.dask.extract_tables([str(path)],
                                                                             ocr=False))
        assert records["kind"].tolist() == ["money"] and documents["records"].tolist() == [1]
        assert documents["ocr"].tolist() == [False]


@pytest.mark.parametrize("fmt,table", [("jsonl", None), ("parquet", "d.csv")])
def test_resume_refuses_to_mix_runs_with_and_without_the_repair(tmp_path, capsys, fmt, table):
    from baocao.cli import main

    for i, text in enumerate((DAMAGED, "Năm 2023 sản lượng đạt 17.504 tấn.")):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / f"r.{fmt}"
    flags = ["--format", fmt, "-o", str(out), "-q"]
    if table:
        flags += ["--documents", str(tmp_path / table)]
    assert main(["extract", str(tmp_path / "0.txt"), "--no-ocr", *flags]) == 0
    documents = tmp_path / (table or "r.documents.jsonl")
    before = out.read_bytes(), documents.read_bytes()
    capsys.readouterr()
    # the repair would read "03 KHẤU" as a quantity in a resumed run and not in the first
    assert main(["extract", str(tmp_path), "--resume", *flags]) == 2
    err = capsys.readouterr().err
    assert "without the OCR repair (--no-ocr)" in err and "resume with --no-ocr" in err
    assert str(documents) in err
    assert (out.read_bytes(), documents.read_bytes()) == before   # nothing touched
    assert main(["extract", str(tmp_path), "--resume", "--no-ocr", *flags]) == 0
    got = (pd.read_parquet(out) if fmt == "parquet" else
           pd.DataFrame([json.loads(line) for line in out.read_text("utf-8").splitlines()]))
    assert got[["doc", "kind"]].values.tolist() == [[str(tmp_path / "0.txt"), "money"],
                                                    [str(tmp_path / "1.txt"), "period"],
                                                    [str(tmp_path / "1.txt"), "quantity"]]
    # and the other way round
    out.unlink()
    documents.unlink()
    assert main(["extract", str(tmp_path / "0.txt"), *flags, "--force"]) == 0   # a new errors table
    assert main(["extract", str(tmp_path), "--resume", "--no-ocr", *flags]) == 2
    assert "resume without --no-ocr" in capsys.readouterr().err
