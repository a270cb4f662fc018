"""The batch engine through the CLI: order, determinism, errors table, inputs, jobs, resume, progress."""
from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

import baocao

from baocao.batch import BatchConfig, Progress, Summary
from baocao.cli import main
from baocao.inputs import InputOptions, iter_sources

CORPUS = Path(__file__).with_name("corpus")
# the seed corpus: its top-level files (a folder argument would also walk tests/corpus/genre/)
SEEDS = f"{CORPUS}/*.txt"
DOCS = sorted(CORPUS.glob("*.txt"))
SMALL = DOCS[:4]  # the four news articles; the fifth is a long report


def _jsonl(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def _docs(records):
    return list(dict.fromkeys(r["doc"] for r in records))


@pytest.fixture()
def mixed(tmp_path):
    """A folder of good articles with bad files among them."""
    d = tmp_path / "in"
    d.mkdir()
    for i, f in enumerate(SMALL):
        shutil.copy(f, d / f"{i:02d}_good.txt")
    (d / "01a_empty.txt").write_bytes(b"")
    (d / "02a_scan.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (d / "02b_cut.txt").write_bytes("vốn 28 tỷ".encode("utf-8")[:-1])  # cut inside "ỷ"
    (d / "notes.md").write_text("not read, and listed as not read", encoding="utf-8")
    return d


def test_every_input_is_in_records_or_errors_in_input_order(mixed, tmp_path, capsys):
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(mixed), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    records = _jsonl(out)
    errors = _jsonl(tmp_path / "r.errors.jsonl")
    names = sorted(p.name for p in mixed.glob("*.txt"))
    assert _docs(records) == [str(mixed / n) for n in names if "good" in n]
    # the file of another format is listed (stage skip) after the failed ones, in walk order
    assert [e["doc"] for e in errors] == [str(mixed / n) for n in names if "good" not in n] + \
        [str(mixed / "notes.md")]
    assert {e["doc"] for e in errors} | set(_docs(records)) == \
        {str(mixed / n) for n in names} | {str(mixed / "notes.md")}
    assert all(set(e) == {"doc", "stage", "error", "message"} for e in errors)
    assert {e["error"] for e in errors} == {"EmptyFile", "BinaryFile", "DecodeError", "NotRead"}
    for e in errors:  # one stderr line per failed file, naming it; none for the file not read
        line = f"baocao: error: {e['doc']}: {e['message']}"
        assert (line in err) == (e["stage"] != "skip")
    summary = err.strip().splitlines()[-1]
    assert summary.startswith("baocao: 7 files, ") and "3 errors" in summary and "MB/s" in summary
    assert "1 not read (.md 1)" in summary and "r.errors.jsonl" in summary


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
@pytest.mark.slow
def test_jobs_2_writes_the_same_bytes_as_jobs_1_and_runs_repeat(fmt, mixed, tmp_path):
    outs = []
    for i, jobs in enumerate(["1", "2", "2"]):
        out = tmp_path / f"r{i}.{fmt}"
        assert main(["extract", str(mixed), str(DOCS[4]), "--format", fmt, "-o", str(out),
                     "--jobs", jobs, "-q"]) == 1
        outs.append(out.read_bytes())
        assert (tmp_path / f"r{i}.errors.{fmt}").read_bytes() == \
            (tmp_path / f"r0.errors.{fmt}").read_bytes()   # the side tables in the same format
    assert outs[0] == outs[1] == outs[2]


@pytest.mark.slow
def test_streamed_formats_hold_the_same_rows(tmp_path):
    cfg = ["--format", "csv", "-o", str(tmp_path / "r.csv"), "-q"]
    assert main(["extract", SEEDS, *cfg]) == 0
    assert main(["extract", SEEDS, "--format", "parquet", "-o", str(tmp_path / "r.parquet"),
                 "-q"]) == 0
    import baocao

    ref = baocao.read(SEEDS)
    pq = pd.read_parquet(tmp_path / "r.parquet")
    assert pq.dtypes.equals(ref.dtypes)
    pd.testing.assert_frame_equal(pq, ref)
    csv = pd.read_csv(tmp_path / "r.csv")
    assert len(csv) == len(ref) and list(csv.columns) == list(ref.columns)


def test_parquet_is_written_in_row_groups(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    import dataclasses

    import baocao.cli as cli

    @dataclasses.dataclass(frozen=True)
    class SmallChunks(BatchConfig):
        chunk_rows: int = 100

    monkeypatch.setattr(cli, "BatchConfig", SmallChunks)
    out = tmp_path / "r.parquet"
    assert main(["extract", SEEDS, "--format", "parquet", "-o", str(out), "-q"]) == 0
    f = pq.ParquetFile(out)
    expected = sum(len(baocao.extract(p.read_text(encoding="utf-8"))) for p in CORPUS.glob("*.txt"))
    assert f.metadata.num_rows == expected > 1000
    assert f.num_row_groups >= expected // 100


def test_inputs_are_deduplicated_in_order_of_first_mention(tmp_path, capsys):
    a, b = str(DOCS[1]), str(DOCS[0])
    assert main(["extract", a, SEEDS, b, f"{CORPUS}/00*.txt", "--kinds", "term", "-q"]) == 0
    docs = _docs(json.loads(l) for l in capsys.readouterr().out.splitlines())
    assert docs == [a] + [str(p) for p in DOCS if str(p) != a]


def test_glob_patterns_and_unmatched_pattern(capsys):
    assert main(["extract", f"{CORPUS}/00[01]_*.txt", f"{CORPUS}/nothing*.txt", "-q"]) == 1
    captured = capsys.readouterr()
    assert _docs(json.loads(l) for l in captured.out.splitlines()) == [str(p) for p in DOCS[:2]]
    assert "nothing*.txt: no file matches this pattern" in captured.err


@pytest.mark.slow
def test_stdin_as_one_document():
    text = DOCS[0].read_bytes()
    res = subprocess.run([sys.executable, "-m", "baocao.cli", "extract", "-", "-q"], input=text,
                         capture_output=True, check=True)
    recs = [json.loads(l) for l in res.stdout.decode("utf-8").splitlines()]
    assert recs and {r["doc"] for r in recs} == {"<stdin>"}
    assert res.stderr == b""  # no progress bar or summary when quiet; stdout holds only JSONL


def test_jsonl_and_csv_rows_with_text_and_id_columns(tmp_path, capsys):
    rows = [{"id": "a1", "body": "vốn 28 tỷ đồng"}, {"id": "a2", "body": "giảm 5,61%/năm"},
            {"id": "a3", "body": 42}]
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
                                      + "\n{broken\n", encoding="utf-8")
    pd.DataFrame(rows[:2]).to_csv(tmp_path / "t.csv", index=False)
    rc = main(["extract", str(tmp_path / "t.jsonl"), "--text-column", "body", "--id-column", "id",
               "-q"])
    captured = capsys.readouterr()
    assert rc == 1
    assert [(r["doc"], r["kind"]) for r in map(json.loads, captured.out.splitlines())] == \
        [("a1", "money"), ("a2", "percentage")]
    assert "a3: column 'body' holds int, not text" in captured.err
    assert f"{tmp_path / 't.jsonl'}#4: " in captured.err  # the broken line, by line number
    assert main(["extract", str(tmp_path / "t.csv"), "--text-column", "body", "-q"]) == 0
    docs = [json.loads(l)["doc"] for l in capsys.readouterr().out.splitlines()]
    assert docs == [f"{tmp_path / 't.csv'}#1", f"{tmp_path / 't.csv'}#2"]


def test_table_input_needs_text_column(tmp_path, capsys):
    (tmp_path / "t.jsonl").write_text('{"text": "5%"}\n', encoding="utf-8")
    assert main(["extract", str(tmp_path / "t.jsonl"), "-q"]) == 1
    assert "needs --text-column" in capsys.readouterr().err


def test_output_and_errors_files_are_not_read_as_input(tmp_path, capsys):
    shutil.copy(DOCS[0], tmp_path / "a.txt")
    out = tmp_path / "out.jsonl"
    args = ["extract", str(tmp_path), "-o", str(out), "--errors", str(tmp_path / "e.txt"), "-q"]
    assert main(args) == 0
    first = out.read_bytes()
    assert main(args + ["--force"]) == 0  # e.txt exists now and must not be read as a document
    assert out.read_bytes() == first and (tmp_path / "e.txt").read_text() == ""


def test_errors_table_as_csv(mixed, tmp_path):
    errs = tmp_path / "errors.csv"
    assert main(["extract", str(mixed), "-o", str(tmp_path / "r.jsonl"), "--errors", str(errs),
                 "-q"]) == 1
    table = pd.read_csv(errs)
    assert list(table.columns) == ["doc", "stage", "error", "message"] and len(table) == 4
    assert table["stage"].tolist().count("skip") == 1   # notes.md, listed as not read


def test_timeout_names_the_file_and_the_run_goes_on(tmp_path, monkeypatch, capsys):
    import time

    import baocao.batch.documents as batch

    real = batch.extract

    def slow(text, doc=None, kinds=None):
        if doc.endswith("slow.txt"):
            time.sleep(30)
        return real(text, doc=doc, kinds=kinds)

    monkeypatch.setattr(batch, "extract", slow)
    shutil.copy(DOCS[0], tmp_path / "slow.txt")
    t0 = time.monotonic()
    rc = main(["extract", str(DOCS[1]), str(tmp_path / "slow.txt"), str(DOCS[2]),
               "--timeout", "0.5"])
    captured = capsys.readouterr()
    assert time.monotonic() - t0 < 10
    assert rc == 1
    assert "slow.txt: took longer than 0.5 s (--timeout)" in captured.err
    assert _docs(json.loads(l) for l in captured.out.splitlines()) == [str(DOCS[1]), str(DOCS[2])]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.slow
def test_timeout_on_a_blocking_read(tmp_path, jobs, capsys):
    """A named pipe nobody writes to blocks in open(): the limit holds in workers as in-process."""
    import os

    fifo = tmp_path / "stuck.txt"
    os.mkfifo(fifo)
    rc = main(["extract", str(DOCS[0]), str(fifo), str(DOCS[1]), "--timeout", "1", "-j", jobs,
               "-q"])
    captured = capsys.readouterr()
    assert rc == 1 and "stuck.txt: took longer than 1 s" in captured.err
    assert _docs(json.loads(l) for l in captured.out.splitlines()) == [str(DOCS[0]), str(DOCS[1])]


def _busy(seconds: float) -> int:
    """Python code that runs `seconds` (a time limit must stop it between two steps)."""
    import time

    end, n = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        n += 1
    return n


def test_time_limit_in_a_thread_that_is_not_the_main_one():
    """Dask runs tasks in threads, where SIGALRM cannot reach: a watchdog stops the document."""
    import threading
    import time

    from baocao.batch.deadlines import _deadline, _Timeout

    out = {}

    def work():
        t0 = time.monotonic()
        try:
            with _deadline(0.2):
                _busy(20)
            out["limit"] = "not stopped"
        except _Timeout:
            out["limit"] = time.monotonic() - t0
        with _deadline(5):          # within its limit: untouched, and nothing fires afterwards
            out["within"] = _busy(0.1) > 0
        out["after"] = _busy(0.3) > 0
        for _ in range(50):         # many short limits in a row (armed and disarmed each time)
            with _deadline(0.05):
                pass
        out["done"] = _busy(0.2) > 0

    t = threading.Thread(target=work)
    t.start()
    t.join(30)
    assert not t.is_alive()
    assert isinstance(out["limit"], float) and 0.2 <= out["limit"] < 5
    assert out["within"] and out["after"] and out["done"]


def test_a_time_limit_whose_exception_was_lost_fires_again():
    """An exception raised where Python ignores it (a garbage collector's callback, a ``__del__``) is lost:
    while the work goes on past its deadline, the watchdog raises it again."""
    import threading
    import time

    from baocao.batch.deadlines import _deadline, _Timeout

    out = {}

    def work():
        t0 = time.monotonic()
        try:
            with _deadline(0.2):
                try:
                    _busy(20)
                except _Timeout:        # swallowed, as an ignored callback would
                    out["lost"] = True
                _busy(20)
            out["limit"] = "not stopped"
        except _Timeout:
            out["limit"] = time.monotonic() - t0
        out["after"] = _busy(0.6) > 0   # nothing fires once the limit is left

    t = threading.Thread(target=work)
    t.start()
    t.join(60)
    assert not t.is_alive()
    assert out["lost"] and isinstance(out["limit"], float) and 0.2 <= out["limit"] < 10
    assert out["after"]


def test_process_in_a_thread_gives_a_timeout_row(monkeypatch):
    import threading

    import baocao.batch.documents as batch
    from baocao.inputs import Source

    real = batch.extract

    def slow(text, doc=None, kinds=None):
        if doc == "slow":
            _busy(20)
        return real(text, doc=doc, kinds=kinds)

    batch.warm_up()   # the lexicon loads once per process: not within a short limit
    monkeypatch.setattr(batch, "extract", slow)
    config = BatchConfig(fmt="rows", timeout=0.3)
    got = []
    t = threading.Thread(target=lambda: got.extend(
        batch.process(Source(doc=d, text="vốn 28 tỷ đồng"), config) for d in ("slow", "ok")))
    t.start()
    t.join(30)
    assert [(r.doc, r.error and r.error[2], r.counts) for r in got] == [
        ("slow", "Timeout", {}), ("ok", None, {"money": 1})]
    assert "took longer than 0.3 s" in got[0].error[3]


def test_read_leaves_out_a_document_past_its_time_limit(tmp_path, monkeypatch):
    import baocao.batch.documents as batch

    real = batch.extract

    def slow(text, doc=None, kinds=None):
        if doc.endswith("slow.txt"):
            _busy(20)
        return real(text, doc=doc, kinds=kinds)

    batch.warm_up()
    monkeypatch.setattr(batch, "extract", slow)
    (tmp_path / "slow.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("diện tích 2.815 ha", encoding="utf-8")
    df = baocao.read(tmp_path, errors="skip", timeout=0.3)
    assert df["doc"].tolist() == [str(tmp_path / "ok.txt")]
    assert [(e["doc"], e["error"]) for e in df.attrs["errors"]] == [
        (str(tmp_path / "slow.txt"), "Timeout")]
    with pytest.raises(ValueError, match="timeout must be"):
        baocao.read(tmp_path, timeout=-1)


@pytest.mark.slow
def test_resume_after_a_stop_gives_the_same_output(tmp_path, monkeypatch):
    import baocao.batch as batch

    full = tmp_path / "full.jsonl"
    assert main(["extract", SEEDS, "-o", str(full), "-q"]) == 0
    part = tmp_path / "part.jsonl"
    real_run = batch.run

    def run_stopping_after_two(sources, sink, errors, config, stop=None, **kw):
        def counted():
            for i, s in enumerate(sources):
                if i == 2:  # Ctrl-C as the third file comes up: two are written
                    stop.set()
                yield s
        return real_run(counted(), sink, errors, config, stop=stop, **kw)

    import baocao.cli as cli

    monkeypatch.setattr(cli, "run", run_stopping_after_two)
    assert main(["extract", SEEDS, "-o", str(part), "-q"]) == 130
    monkeypatch.undo()
    assert _docs(_jsonl(part)) == [str(p) for p in DOCS[:2]]
    with open(part, "a", encoding="utf-8") as f:  # a run killed mid-line leaves a torn line
        f.write('{"text":"19/5","sta')
    assert main(["extract", SEEDS, "-o", str(part), "--resume"]) == 0
    assert part.read_bytes() == full.read_bytes()
    # the documents table is kept in step: one row per document, as in the uninterrupted run
    assert (tmp_path / "part.documents.jsonl").read_bytes() == \
        (tmp_path / "full.documents.jsonl").read_bytes()
    rows = _jsonl(tmp_path / "full.documents.jsonl")
    assert [r["doc"] for r in rows] == [str(p) for p in DOCS]
    assert [r["records"] for r in rows] == [len(baocao.extract(p.read_text("utf-8"))) for p in DOCS]
    assert {(r["format"], r["encoding"], r["pieces"]) for r in rows} == {("txt", "utf-8", 1)}


def test_jsonl_done_keeps_the_documents_the_documents_table_marks_complete(tmp_path):
    from baocao.batch import jsonl_done

    def line(doc, i):
        return json.dumps({"doc": doc, "kind": "money", "start": i}) + "\n"

    lines = [line("a", 0), line("a", 1), line("b", 0), line("c", 0), line("c", 1)]
    out = tmp_path / "r.jsonl"
    out.write_text("".join(lines) + '{"doc": "c", "ki', encoding="utf-8")  # a torn last line
    # b is marked with 2 records but has 1 (cut short), d finished with none, e never started
    done = jsonl_done(str(out), {"a": 2, "b": 2, "c": 2, "d": 0})
    assert done == {"a", "c", "d"}
    assert out.read_text(encoding="utf-8") == "".join(lines[:2] + lines[3:])  # b's line gone
    # a table that marks the last one cut short: the file is cut, not rewritten
    out.write_text("".join(lines), encoding="utf-8")
    assert jsonl_done(str(out), {"a": 2, "b": 1}) == {"a", "b"}
    assert out.read_text(encoding="utf-8") == "".join(lines[:3])
    # without a documents table: every document but the last
    out.write_text("".join(lines), encoding="utf-8")
    assert jsonl_done(str(out), None) == {"a", "b"}
    assert out.read_text(encoding="utf-8") == "".join(lines[:3])


def test_resume_without_a_documents_table_warns_and_redoes_the_last(tmp_path, capsys):
    full = tmp_path / "full.jsonl"
    assert main(["extract", SEEDS, "-o", str(full), "-q"]) == 0
    out = tmp_path / "r.jsonl"
    assert main(["extract", *map(str, DOCS[:2]), "-o", str(out), "-q"]) == 0
    (tmp_path / "r.documents.jsonl").unlink()
    capsys.readouterr()
    assert main(["extract", SEEDS, "-o", str(out), "--resume"]) == 0
    err = capsys.readouterr().err
    assert "warning: no documents table" in err and "1 skipped" in err
    assert out.read_bytes() == full.read_bytes()


@pytest.mark.parametrize("table", [None, "d.csv"])
def test_resume_refuses_other_kinds(tmp_path, capsys, table):
    # a document with no money would count as whole (0 of 0 records) and its percentages be lost
    (tmp_path / "a.txt").write_text("Vốn đầu tư 28 tỷ đồng.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Tỷ lệ hộ nghèo giảm còn 5,61%.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Thu ngân sách 12 tỷ đồng, đạt 141%.", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    flags = ["-o", str(out), "-q"] + (["--documents", str(tmp_path / table)] if table else [])
    documents = tmp_path / (table or "r.documents.jsonl")
    first = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert main(["extract", *first, "--kinds", "money", *flags]) == 0
    rows = (pd.read_csv(documents, keep_default_na=False) if table else
            pd.read_json(documents, lines=True))
    assert rows["kinds"].tolist() == ["money", "money"]
    before = out.read_bytes(), documents.read_bytes()
    capsys.readouterr()
    assert main(["extract", *first, str(tmp_path / "c.txt"), "--resume", *flags]) == 2
    err = capsys.readouterr().err
    assert "extracted with --kinds money" in err and "resume with --kinds money" in err
    assert (out.read_bytes(), documents.read_bytes()) == before   # nothing touched
    assert main(["extract", *first, str(tmp_path / "c.txt"), "--resume", "--kinds",
                 "percentage,money", *flags]) == 2
    # the same kinds resume; every kind named is the same run as no --kinds
    assert main(["extract", str(tmp_path), "--resume", "--kinds", "money", *flags]) == 0
    got = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [(Path(r["doc"]).name, r["text"]) for r in got] == [("a.txt", "28 tỷ đồng"),
                                                               ("c.txt", "12 tỷ đồng")]
    out.unlink()
    documents.unlink()
    from baocao.extract import RULE_KINDS

    assert main(["extract", *first, "--kinds", ",".join(RULE_KINDS), *flags]) == 0
    assert main(["extract", str(tmp_path), "--resume", *flags]) == 0
    assert main(["extract", str(tmp_path), "--resume", "--kinds", "money", *flags]) == 2
    assert "extracted with no --kinds" in capsys.readouterr().err


def test_resume_parquet(tmp_path):
    out = tmp_path / "r.parquet"
    assert main(["extract", *map(str, DOCS[:2]), "--format", "parquet", "-o", str(out), "-q"]) == 0
    assert main(["extract", SEEDS, "--format", "parquet", "-o", str(out), "--resume"]) == 0
    import baocao

    pd.testing.assert_frame_equal(pd.read_parquet(out), baocao.read(SEEDS))
    assert not (tmp_path / "r.parquet.partial").exists()


def test_resume_usage_errors(tmp_path, capsys):
    assert main(["extract", str(DOCS[0]), "--resume"]) == 2
    assert main(["extract", str(DOCS[0]), "--resume", "--format", "csv", "-o",
                 str(tmp_path / "x.csv")]) == 2
    assert "--resume needs -o OUT" in capsys.readouterr().err
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 cut short")
    assert main(["extract", str(DOCS[0]), "--resume", "--format", "parquet", "-o",
                 str(tmp_path / "bad.parquet")]) == 2
    assert "not a complete Parquet file" in capsys.readouterr().err


def test_progress_bar_shows_rate_and_eta():
    stream = io.StringIO()
    p = Progress(stream, interval=0)
    p.total = 2_000_000
    p.update(Summary(docs=10, records=50, nbytes=1_000_000, errors=1))
    line = stream.getvalue()
    assert line.startswith("\r\x1b[K") and " 50.0%" in line
    assert "files/s" in line and "MB/s" in line and "ETA" in line and "1 errors" in line


@pytest.mark.slow
def test_progress_only_on_a_terminal():
    """Piped stderr: one summary line, no carriage-return progress."""
    res = subprocess.run([sys.executable, "-m", "baocao.cli", "extract", SEEDS],
                         capture_output=True, check=True)
    assert b"\r" not in res.stderr and len(res.stderr.splitlines()) == 1


def test_iter_sources_follows_folder_symlinks_once(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("5%", encoding="utf-8")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    (tmp_path / "a" / "y.txt").symlink_to(tmp_path / "a" / "x.txt")
    docs = [s.doc for s in iter_sources([str(tmp_path)], InputOptions())]
    assert docs == [str(tmp_path / "a" / "x.txt")]


@pytest.mark.slow
def test_workers_that_die_or_hang_in_c_code_are_replaced(monkeypatch):
    """A document that kills its worker, or blocks SIGALRM and hangs, gets an error row; the rest
    of its chunk is handed out again, and the results still come in input order."""
    import multiprocessing
    import os
    import signal
    import time

    import baocao.batch.pool as batch
    from baocao.inputs import Source

    real = batch.process_parts

    def fragile(source, config):
        if source.doc == "crash":
            os._exit(3)
        if source.doc == "hang":  # like C code that never returns to the interpreter
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(60)
        return real(source, config)

    # fork (not forkserver) so that the workers inherit the patched function
    monkeypatch.setattr(batch, "_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(batch, "process_parts", fragile)
    docs = [f"d{i}" for i in range(30)]
    docs[5], docs[17] = "crash", "hang"
    sources = [Source(doc=d, text=f"vốn {i} tỷ đồng") for i, d in enumerate(docs)]
    config = BatchConfig(jobs=2, batch=4, timeout=0.5)
    t0 = time.monotonic()
    out = list(batch.results(sources, config))
    assert time.monotonic() - t0 < 20
    assert [r.doc for r in out] == docs
    assert out[5].error[2:] == ("WorkerDied", "the worker process died (exit code 3)")
    assert out[17].error[2] == "Timeout" and "the worker was stopped" in out[17].error[3]
    assert all(r.error is None and r.counts == {"money": 1}
               for i, r in enumerate(out) if i not in (5, 17))


@pytest.mark.slow
def test_progress_bar_on_a_terminal(tmp_path):
    import os
    import pty

    master, slave = pty.openpty()
    try:
        res = subprocess.run([sys.executable, "-m", "baocao.cli", "extract", SEEDS, "-o",
                              str(tmp_path / "r.jsonl")], stderr=slave, stdout=subprocess.PIPE,
                             timeout=120)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO once the terminal's other end is closed and drained
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
    err = b"".join(chunks).decode("utf-8")
    assert res.returncode == 0
    assert "\r\x1b[K" in err and "files/s" in err and "MB/s" in err
    assert err.rstrip().splitlines()[-1].split("\x1b[K")[-1].startswith("baocao: 5 files")


def test_rows_are_the_records_model_dump_in_column_order():
    """The batch writer reads a record's own field dict; that is only right while every record
    field is a scalar or a list of them (model_dump would only copy it, not convert it), so check
    both: the schema's fields, and the rows against model_dump()."""
    import typing

    from baocao.batch.documents import _rows
    from baocao.schema.columns import COLUMNS
    from baocao.schema.records import Record

    classes = typing.get_args(typing.get_args(Record)[0])
    scalar = {str, int, float, bool, type(None)}
    for cls in classes:
        for name, field in cls.model_fields.items():
            args = typing.get_args(field.annotation) or (field.annotation,)
            while any(typing.get_origin(a) is list for a in args):   # list[list[int]] -> int
                args = [b for a in args for b in (typing.get_args(a) if typing.get_origin(a) is list
                                                  else (a,))]
            assert all(a in scalar or typing.get_origin(a) is typing.Literal or
                       isinstance(a, str) for a in args), (cls.__name__, name, field.annotation)
    text = ("Nhiệm kỳ 2020 – 2025, thu nhập đạt 45 triệu đồng/người/năm, 113/118 bản có điện, "
            "hộ nghèo giảm 5,61%/năm; ngày 19/8/2020 theo Nghị quyết số 12-NQ/TU, 2.815 ha lúa.")
    records = baocao.extract(text)
    assert {r.kind for r in records} >= {"term", "money", "fraction", "percentage", "date",
                                         "docref", "quantity"}
    want = [tuple(r.model_dump().get(c) for c in COLUMNS) for r in records]
    assert _rows(records) == want


def test_finished_documents_reads_jsonl_and_csv_and_drops_a_torn_last_row(tmp_path):
    from baocao.batch import finished_documents

    assert finished_documents(str(tmp_path / "none.jsonl")) is None
    j = tmp_path / "d.jsonl"
    j.write_text('{"doc": "a", "records": 3}\n{"doc": "b", "records": 0}\n{"doc": "c", "rec',
                 encoding="utf-8")
    assert finished_documents(str(j)) == {"a": 3, "b": 0}
    c = tmp_path / "d.csv"
    c.write_text("doc,format,records\na,txt,3\nb,txt,0\nc,txt,12", encoding="utf-8")  # of 123
    assert finished_documents(str(c)) == {"a": 3, "b": 0}
    c.write_text("doc,format,records\na,txt,3\n", encoding="utf-8")
    assert finished_documents(str(c)) == {"a": 3}
    c.write_text("", encoding="utf-8")
    assert finished_documents(str(c)) == {}


@pytest.mark.slow
def test_a_busy_worker_is_sent_its_next_chunk_only_when_the_chunk_is_small(monkeypatch):
    """A worker gets its next chunk while it works (no wait on the parent between chunks), but a
    chunk carrying much text itself waits for a free worker: a message too big for the pipe's
    buffer, sent to a worker that is blocked sending its results, would block both for good."""
    import multiprocessing

    import baocao.batch.pool as batch
    from baocao.inputs import Source

    sent = []
    real_send = batch._Worker.send

    def send(self, chunk):
        sent.append((self.busy, batch._inline_bytes(chunk)))
        real_send(self, chunk)

    monkeypatch.setattr(batch, "_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(batch._Worker, "send", send)
    small = [Source(doc=f"s{i}", text=f"vốn {i} tỷ đồng") for i in range(40)]
    big = [Source(doc=f"b{i}", text="Tổng vốn 5 tỷ đồng. " * 1500) for i in range(12)]
    out = list(batch.results(small + big + small[:8], BatchConfig(jobs=2, batch=4, timeout=60)))
    assert [r.doc for r in out] == [s.doc for s in small + big + small[:8]]
    assert [r.counts for r in out[40:52]] == [{"money": 1500}] * 12
    assert any(busy for busy, size in sent if size <= batch._AHEAD_BYTES)
    assert any(size > batch._AHEAD_BYTES for _, size in sent)
    assert not any(busy for busy, size in sent if size > batch._AHEAD_BYTES)


def test_summary_line_counts_in_words():
    one = Summary(docs=1, records=1, kinds=Counter(money=1), nbytes=14, seconds=0.5).line()
    assert one.startswith("1 file, 1 record (money 1), 0 errors, ")
    many = Summary(docs=2, records=0, errors=1, skipped=3, interrupted=True).line()
    assert many.startswith("2 files, 0 records, 1 error, 3 skipped (already in the output), ")
    assert many.endswith(" — interrupted") and "0.00 MB/s" in many
