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
