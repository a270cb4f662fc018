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
import baocao.batch  # noqa: E402
import baocao.dask  # noqa: E402

pytestmark = [pytest.mark.dask, pytest.mark.slow]

CORPUS = Path(__file__).with_name("corpus")
# the seed corpus: its top-level files (a folder argument would also walk tests/corpus/genre/)
SEEDS = f"{CORPUS}/*.txt"


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def test_folder_gives_the_same_table_as_read(client):
    df = baocao.dask.extract(SEEDS, files_per_partition=2)
    assert df.npartitions == 3
    out = df.compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(out, baocao.read(SEEDS))


def test_errors_are_kept_beside_the_records(client, tmp_path):
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.4 ...")
    records, errors = baocao.dask.extract_with_errors([SEEDS, str(tmp_path)],
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


def test_a_document_past_the_time_limit_is_an_error_row(client, tmp_path):
    """Workers run tasks in threads, where SIGALRM cannot reach: the limit still holds."""
    client.run(baocao.batch.warm_up)     # the lexicon is loaded before the limit counts
    text = sorted(CORPUS.glob("*.txt"))[0].read_text("utf-8")
    (tmp_path / "big.txt").write_text(text * (400_000 // len(text) + 1), encoding="utf-8")
    (tmp_path / "small.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    records, errors, documents = dask.compute(*baocao.dask.extract_tables(
        [str(tmp_path / "big.txt"), str(tmp_path / "small.txt")], timeout=0.2,
        files_per_partition=1))
    assert errors[["doc", "error"]].values.tolist() == [[str(tmp_path / "big.txt"), "Timeout"]]
    assert "took longer than 0.2 s" in errors["message"].iloc[0]
    assert documents["doc"].tolist() == [str(tmp_path / "small.txt")]
    assert records["text"].tolist() == ["28 tỷ đồng"]
    with pytest.raises(ValueError, match="timeout must be"):
        baocao.dask.extract(str(tmp_path), timeout=-1)


def test_documents_table_matches_the_cli(client, tmp_path):
    """extract_tables gives the CLI's three tables: records, errors and documents, row for row."""
    import json

    from baocao.cli import main
    from baocao.normalize.encodings import encode

    pytest.importorskip("trafilatura", reason="HTML inputs need the html extra (in dev)")
    src = tmp_path / "in"
    src.mkdir()
    text = sorted(CORPUS.glob("*.txt"))[0].read_text("utf-8")
    body = "".join(f"<p>{line}</p>" for line in text.splitlines() if line)
    (src / "a.html").write_text(
        "<html><head><title>Tin huyện</title>"
        '<meta property="article:published_time" content="2023-05-19"></head><body>'
        f"<article><h1>Tin huyện</h1>{body}</article></body></html>", encoding="utf-8")
    (src / "b.txt").write_bytes(encode("Tổng vốn đầu tư của huyện đạt 28 tỷ đồng, tăng 5,61% so "
                                       "với cùng kỳ năm trước.", "cp1258"))
    (src / "c.txt").write_bytes(b"")
    (src / "d.txt").write_text("Không có số liệu.", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(src), SEEDS, "-o", str(out), "-q"]) == 1
    cli_docs = pd.DataFrame([json.loads(l) for l in
                             (tmp_path / "r.documents.jsonl").read_text("utf-8").splitlines()])

    tables = baocao.dask.extract_tables([str(src), SEEDS], files_per_partition=3)
    assert tables._fields == ("records", "errors", "documents")
    records, errors, documents = dask.compute(*tables)
    documents = documents.reset_index(drop=True)
    assert list(documents.columns) == list(baocao.batch.DOCUMENT_FIELDS)
    assert {c: str(t) for c, t in documents.dtypes.items()} == baocao.batch.DOCUMENT_DTYPES
    expected = cli_docs.astype(baocao.batch.DOCUMENT_DTYPES)
    pd.testing.assert_frame_equal(documents, expected)
    html = documents.set_index("doc").loc[str(src / "a.html")]
    assert (html["format"], html["title"], html["date"]) == ("html", "Tin huyện", "2023-05-19")
    assert documents.set_index("doc").loc[str(src / "b.txt"), "encoding"] == "cp1258"
    assert documents.set_index("doc").loc[str(src / "d.txt"), "records"] == 0
    # every input is in exactly one of documents and errors; counts agree with the records
    assert errors["doc"].tolist() == [str(src / "c.txt")]
    assert set(documents["doc"]).isdisjoint(errors["doc"])
    counts = records.groupby("doc").size()
    assert all(counts.get(d, 0) == n for d, n in zip(documents["doc"], documents["records"]))
    assert len(records) == documents["records"].sum()


def test_file_partitions_carry_paths_not_sources(tmp_path):
    """The client and scheduler hold a path per file (a table row or a bad input keeps its
    Source), and the workers rebuild the Sources: the same documents, named the same way."""
    from baocao.inputs import InputOptions, iter_sources

    docs = sorted(CORPUS.glob("*.txt"))
    (tmp_path / "t.jsonl").write_text('{"body": "vốn 28 tỷ đồng"}\n', encoding="utf-8")
    args = [*map(str, docs), str(tmp_path / "t.jsonl"), str(tmp_path / "nope.txt")]
    parts, files = baocao.dask._parts(args, "body", None, 4)
    items = [i for p in parts for i in p]
    assert files and [len(p) for p in parts] == [4, 3]
    assert items[:5] == list(map(str, docs)) and all(type(i) is str for i in items[:5])
    assert [(i.doc, i.format) for i in items[5:]] == [(f"{tmp_path / 't.jsonl'}#1", "row"),
                                                      (str(tmp_path / "nope.txt"), None)]
    assert baocao.dask._sources(items) == list(iter_sources(args, InputOptions(text_column="body")))


def test_local_cluster_workers_start_with_baocao_loaded(tmp_path):
    """Workers fork from a process that has loaded the lexicon (so no worker builds its own
    before its first task), run without the statistical profiler, and give the same rows."""
    def state():
        from baocao.normalize.lexicon import lexicon

        return (lexicon.cache_info().currsize, dask.config.get("distributed.worker.profile.enabled"),
                __import__("multiprocessing").current_process().name)

    with baocao.dask.local_cluster(2, dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as c:
        assert len(cluster.workers) == 2
        before = c.run(state)
        assert [s[:2] for s in before.values()] == [(1, False), (1, False)]
        df = baocao.dask.extract(SEEDS, files_per_partition=2)
        df.to_parquet(tmp_path / "r")
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "r").reset_index(drop=True),
                                  baocao.read(SEEDS))
