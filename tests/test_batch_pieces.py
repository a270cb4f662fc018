"""Huge documents are extracted in pieces: the same records as the whole document, streamed.

A document longer than ``BatchConfig.piece_chars`` is cut after lines that end a sentence, each
piece is extracted on its own, and its records (offsets shifted back to the whole document) are
written before the next piece is read. Here the pieces are made small (a few thousand characters)
so the corpus documents are cut many times; the benchmark runs a 100 MB file.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from side_rows import side_rows

import baocao.batch as batch
import baocao.batch.documents as documents
from baocao.batch import BatchConfig, pieces, process, process_parts
from baocao.cli import main
from baocao.inputs import Source

CORPUS = Path(__file__).with_name("corpus")
DOCS = sorted(CORPUS.glob("*.txt"))
WHOLE = 1 << 30


def _texts():
    texts = {f.name: f.read_text("utf-8") for f in DOCS}
    texts["all"] = "\n\n".join(texts.values())
    return texts


@pytest.mark.parametrize("name", [f.name for f in DOCS] + ["all"])
@pytest.mark.parametrize("size", [3000, 8000])
@pytest.mark.slow
def test_pieces_give_the_records_of_the_whole_document(name, size):
    text = _texts()[name]
    whole = process(Source(doc=name, text=text), BatchConfig(piece_chars=WHOLE))
    parts = list(process_parts(Source(doc=name, text=text), BatchConfig(piece_chars=size)))
    assert len(parts) == len(list(pieces(text, size))) > (len(text) > size)
    assert [p.part for p in parts] == list(range(len(parts)))
    assert [p.final for p in parts] == [False] * (len(parts) - 1) + [True]
    assert "".join(p.payload for p in parts) == whole.payload
    records = [json.loads(line) for line in whole.payload.splitlines()]
    assert records and all(text[r["start"]:r["end"]] == r["text"] for r in records)
    assert parts[-1].meta["pieces"] == len(parts)
    assert parts[-1].meta["records"] == len(records) == sum(sum(p.counts.values()) for p in parts)


@pytest.mark.parametrize("fmt", ["rows", "jsonl"])
@pytest.mark.slow
def test_process_joins_the_pieces(fmt):
    text = _texts()["all"]
    assert process(Source(doc="a", text=text), BatchConfig(fmt=fmt, piece_chars=3000)).payload \
        == process(Source(doc="a", text=text), BatchConfig(fmt=fmt, piece_chars=WHOLE)).payload


def test_pieces_tile_the_text_and_end_after_a_sentence():
    text = _texts()["all"]
    cuts = list(pieces(text, 4000))
    assert "".join(p for _, p in cuts) == text
    assert [o for o, _ in cuts] == [0] + [o + len(p) for o, p in cuts[:-1]]
    assert all(len(p) <= 4000 for _, p in cuts)
    assert all(p.endswith("\n") for _, p in cuts[:-1])
    assert sum(p.endswith(".\n") for _, p in cuts[:-1]) >= len(cuts) - 2


def test_a_text_without_sentence_ends_is_cut_at_lines_then_spaces():
    assert list(pieces("một hai\nba bốn năm\nsáu", 12)) == [(0, "một hai\n"), (8, "ba bốn năm\n"),
                                                            (19, "sáu")]
    # before a line that starts with a capital rather than after one a page break may have cut
    assert list(pieces("Một hai\nBa bốn\nnăm", 16)) == [(0, "Một hai\n"), (8, "Ba bốn\nnăm")]
    assert list(pieces("một hai ba bốn", 9)) == [(0, "một hai "), (8, "ba bốn")]
    assert list(pieces("x" * 10, 4)) == [(0, "xxxx"), (4, "xxxx"), (8, "xx")]
    assert list(pieces("Một.\r\nHai.\r\nBa", 8)) == [(0, "Một.\r\n"), (6, "Hai.\r\nBa")]


def test_pieces_are_yielded_one_at_a_time():
    """The generator extracts a piece only when the previous one has been taken."""
    seen = []
    real = documents.extract

    def spy(text, **kw):
        seen.append(len(text))
        return real(text, **kw)

    text = _texts()["all"]
    gen = process_parts(Source(doc="a", text=text), BatchConfig(piece_chars=5000))
    try:
        documents.extract = spy
        next(gen)
        assert len(seen) == 1
        next(gen)
        assert len(seen) == 2
    finally:
        documents.extract = real
        gen.close()


@pytest.mark.slow
def test_a_failure_in_a_later_piece_keeps_the_earlier_pieces_and_says_so(monkeypatch):
    text = _texts()["all"] + "\nBOOM 5%."
    real = documents.extract

    def fragile(piece, **kw):
        if "BOOM" in piece:
            raise ValueError("bad piece")
        return real(piece, **kw)

    monkeypatch.setattr(documents, "extract", fragile)
    parts = list(process_parts(Source(doc="a", text=text), BatchConfig(piece_chars=5000)))
    *good, last = parts
    assert good and all(p.error is None for p in good) and good[0].payload
    assert last.final and last.error[:3] == ("a", "extract", "ValueError")
    assert f"in piece {len(good) + 1}; the records of the {len(good)} pieces before it" \
        in last.error[3]
    assert process(Source(doc="a", text=text), BatchConfig(piece_chars=5000)).error == last.error


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
@pytest.mark.slow
def test_cli_streams_pieces_with_the_same_output_for_any_jobs(tmp_path, fmt):
    """Two huge documents among small ones: --jobs 1 and --jobs 2 write what whole-document
    extraction writes (the second huge one waits, a few pieces at a time, for the first)."""
    texts = _texts()
    big = texts["all"] * 3
    inputs = []
    for i, name in enumerate(["big1", "small1", "big2", "small2"]):
        p = tmp_path / "in" / f"{i}_{name}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(big if name.startswith("big") else texts[DOCS[i].name], encoding="utf-8")
        inputs.append(p)
    outs = {}
    for label, extra in [("whole", ["--piece-chars", str(WHOLE)]),
                         ("j1", ["--piece-chars", "20000"]),
                         ("j2", ["--piece-chars", "20000", "--jobs", "2"])]:
        out = tmp_path / f"{label}.{fmt}"
        assert main(["extract", str(tmp_path / "in"), "--format", fmt, "-o", str(out), "-q",
                     *extra]) == 0
        outs[label] = out.read_bytes()
        docs = side_rows(tmp_path / f"{label}.documents.{fmt}")
        assert [d["doc"] for d in docs] == [str(p) for p in inputs]
        assert [d["pieces"] > 1 for d in docs] == [label != "whole" and p.name.find("big") > 0
                                                  for p in inputs]
    if fmt == "jsonl":
        assert outs["whole"] == outs["j1"] == outs["j2"]
        records = [json.loads(l) for l in outs["j2"].decode("utf-8").splitlines()]
        originals = {str(p): p.read_text("utf-8") for p in inputs}
        assert all(originals[r["doc"]][r["start"]:r["end"]] == r["text"] for r in records)
    else:
        import pyarrow.parquet as pq

        tables = {k: pq.read_table(tmp_path / f"{k}.parquet") for k in outs}
        assert tables["whole"].equals(tables["j1"]) and tables["whole"].equals(tables["j2"])


@pytest.mark.slow
def test_pieces_of_a_later_document_wait_for_the_earlier_one():
    """With one document per chunk, the second worker reaches the second huge document while the
    first is still on the first: its pieces wait (two at a time, then the worker is held), and the
    results still come in order, identical to --jobs 1."""
    big = _texts()["all"] * 3
    sources = [Source(doc="big1", text=big), Source(doc="small", text="vốn 28 tỷ đồng"),
               Source(doc="big2", text=big.replace("2020", "2021")),
               Source(doc="small2", text="giảm 5,61%/năm")]
    one = list(batch.results(sources, BatchConfig(piece_chars=20000)))
    two = list(batch.results(sources, BatchConfig(piece_chars=20000, jobs=2, batch=1)))
    key = [(r.doc, r.part, r.final, r.payload, r.error) for r in one]
    assert [(r.doc, r.part, r.final, r.payload, r.error) for r in two] == key
    assert [r.doc for r in one if r.final] == ["big1", "small", "big2", "small2"]
    assert sum(r.doc == "big2" for r in one) > 10


# ------------------------------------------- huge UTF-8 files, decoded piece by piece

import unicodedata  # noqa: E402

import baocao.inputs.splitting as inputs  # noqa: E402
from baocao.document import decode_report  # noqa: E402


@pytest.fixture()
def small_stream(monkeypatch):
    """Stream files above 20 kB (the real threshold is 8 MB)."""
    monkeypatch.setattr(inputs, "STREAM_BYTES", 20_000)
    monkeypatch.setattr(inputs, "_BLOCK", 7_000)


def _variants():
    text = _texts()["all"]
    return {
        "utf8": text.encode("utf-8"),
        "bom_crlf": b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"),
        "nfd": unicodedata.normalize("NFD", text).encode("utf-8"),
        "ascii": (_texts()["all"].encode("ascii", "ignore").decode() or "x").encode("ascii"),
    }


@pytest.mark.parametrize("variant", list(_variants()))
@pytest.mark.slow
def test_a_huge_utf8_file_is_decoded_piece_by_piece_with_the_same_records(
        small_stream, tmp_path, variant):
    data = _variants()[variant]
    path = tmp_path / f"{variant}.txt"
    path.write_bytes(data)
    decoded = decode_report(data, str(path))
    src = Source(doc=str(path), path=str(path))
    meta, streamed = inputs.stream_pieces(src, 6000)
    assert "".join(p for _, p in streamed) == decoded.text
    assert (meta["encoding"], meta["decoding"]) == (decoded.encoding, decoded.note)
    whole = process(Source(doc=str(path), text=decoded.text), BatchConfig(piece_chars=WHOLE))
    parts = list(process_parts(src, BatchConfig(piece_chars=6000)))
    assert len(parts) > 5 and all(p.error is None for p in parts)
    assert "".join(p.payload for p in parts) == whole.payload
    assert parts[-1].meta["chars"] == len(decoded.text)
    assert parts[-1].meta["encoding"] == decoded.encoding


@pytest.mark.parametrize("data", [
    "Cá và cà. ".encode("utf-8") * 3000,                       # Windows-1252-encodable: mojibake check
    "Tổng đàn 42.719 con.\n".encode("cp1258", "replace") * 2000,  # not UTF-8
    b"%PDF-1.7" + b"x" * 30_000,                                 # binary
    "vốn 28 tỷ đồng.\n".encode("utf-8") * 2000 + b"\xff",        # invalid UTF-8 at the very end
    b" \n" * 20_000,                                             # only whitespace
])
def test_files_the_whole_decoder_must_see_are_not_streamed(small_stream, tmp_path, data):
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    assert inputs.stream_pieces(Source(doc="x", path=str(path)), 6000) is None


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
@pytest.mark.slow
def test_resume_redoes_a_document_that_failed_after_some_pieces(tmp_path, monkeypatch, fmt):
    """Its records written before the failure are dropped and it is done again whole: nothing
    lost, nothing twice; the documents that were complete are skipped."""
    import pandas as pd

    texts = _texts()
    inputs = []
    for i, name in enumerate(["small0", "big", "small2", "small3"]):
        p = tmp_path / "in" / f"{i}_{name}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(texts["all"] if name == "big" else texts[DOCS[i].name], encoding="utf-8")
        inputs.append(p)
    args = ["extract", str(tmp_path / "in"), "--format", fmt, "--piece-chars", "20000", "-q"]
    assert main([*args, "-o", str(tmp_path / f"full.{fmt}")]) == 0

    real, calls = documents.extract, {"n": 0}

    def fails_in_the_third_piece_of_big(piece, doc=None, **kw):
        if doc.endswith("big.txt"):
            calls["n"] += 1
            if calls["n"] == 3:
                raise MemoryError()
        return real(piece, doc=doc, **kw)

    out = tmp_path / f"r.{fmt}"
    monkeypatch.setattr(documents, "extract", fails_in_the_third_piece_of_big)
    assert main([*args, "-o", str(out)]) == 1
    monkeypatch.undo()
    read = (lambda f: pd.read_json(f, lines=True, dtype=False)) if fmt == "jsonl" else \
        pd.read_parquet
    first = read(out)
    assert (first["doc"] == str(inputs[1])).sum() > 0  # two pieces of it were written
    error, = side_rows(tmp_path / f"r.errors.{fmt}")
    assert error["doc"] == str(inputs[1]) and "the records of the 2 pieces before it" in \
        error["message"]

    res = subprocess.run([sys.executable, "-m", "baocao.cli", *args[:-1], "-o", str(out),
                          "--resume"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    full, again = read(tmp_path / f"full.{fmt}"), read(out)
    n_big = int((full["doc"] == str(inputs[1])).sum())
    assert res.stderr.startswith(f"baocao: 1 file, {n_big} records")  # only the failed one redone
    assert "3 skipped" in res.stderr
    assert len(again) == len(full)
    key = ["doc", "start", "end", "kind", "rule"]
    pd.testing.assert_frame_equal(again.sort_values(key).reset_index(drop=True),
                                  full.sort_values(key).reset_index(drop=True), check_like=True)
    # the redone document's records are whole and in one run, after the others
    assert list(dict.fromkeys(again["doc"])) == [str(p) for p in inputs if p != inputs[1]] + \
        [str(inputs[1])]
    assert side_rows(tmp_path / f"r.errors.{fmt}") == []
    rows = side_rows(tmp_path / f"r.documents.{fmt}")
    assert sorted(r["doc"] for r in rows) == sorted(map(str, inputs))
    assert {r["doc"]: r["records"] for r in rows} == dict(full.groupby("doc").size())
