"""baocao.dask on a local `distributed` cluster (two worker processes): the CLI's rows, lazily."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("dask.dataframe", reason="baocao.dask needs the dask extra: "
                    "pip install 'baocao[dask]' (the dev extra has it)")
distributed = pytest.importorskip("distributed", reason="the dask tests run on a distributed "
                                  "LocalCluster: pip install 'baocao[dask]'")

import dask  # noqa: E402
import dask.bag as db  # noqa: E402

import baocao  # noqa: E402
import baocao.dask  # noqa: E402

CORPUS = Path(__file__).with_name("corpus")


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def test_folder_gives_the_same_table_as_read(client):
    df = baocao.dask.extract(CORPUS, files_per_partition=2)
    assert df.npartitions == 3
    out = df.compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(out, baocao.read(CORPUS))


def test_errors_are_kept_beside_the_records(client, tmp_path):
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.4 ...")
    records, errors = baocao.dask.extract_with_errors([str(CORPUS), str(tmp_path)],
                                                      kinds=["money"])
    records, errors = dask.compute(records, errors)
    assert set(records["kind"]) == {"money"} and len(records) == 125
    assert errors.values.tolist() == [
        [str(tmp_path / "scan.txt"), "decode", "BinaryFile", "binary file (PDF document), not text"]]


def test_a_failed_document_fails_the_computation_by_default(client, tmp_path):
    with pytest.raises(baocao.dask.ExtractionError, match="nope.txt: no such file"):
        baocao.dask.extract([str(tmp_path / "nope.txt")]).compute()
    assert len(baocao.dask.extract([str(tmp_path / "nope.txt")], errors="skip").compute()) == 0


def test_bag_of_texts_pairs_and_dicts(client):
    pairs = db.from_sequence([("a", "vốn 28 tỷ đồng"), ("b", "diện tích 2.815 ha")], npartitions=2)
    out = baocao.dask.extract(pairs).compute()
    assert out[["doc", "kind", "value"]].values.tolist() == [
        ["a", "money", 28e9], ["b", "quantity", 2815.0]]
    rows = db.from_sequence([{"id": 7, "body": "giảm 5,61%/năm"}], npartitions=1)
    out = baocao.dask.extract(rows, text_column="body", id_column="id").compute()
    assert out[["doc", "text"]].values.tolist() == [["7", "5,61%/năm"]]
    texts = db.from_sequence(["113/118 bản"], npartitions=1)
    assert baocao.dask.extract(texts).compute()["kind"].tolist() == ["fraction"]
