"""The batch run's outputs under attack: an output naming an input, a refusal to start, a full disk,
SIGTERM and a hard kill, workers that keep dying, hostile file names on the terminal."""
from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from baocao.cli import main

CORPUS = Path(__file__).with_name("corpus")
DOCS = sorted(CORPUS.glob("*.txt"))
SRC = str(Path(__file__).parents[1] / "src")


def _env():
    env = dict(os.environ)
    env["PYTHONPATH"] = SRC + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture()
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i, f in enumerate(DOCS[:3]):
        shutil.copy(f, d / f"{i}.txt")
    return d


def _snapshot(d):
    return {p.name: p.read_bytes() for p in sorted(d.iterdir()) if p.is_file()}


@pytest.mark.parametrize("flag", ["-o", "--errors", "--documents"])
def test_an_output_naming_an_input_given_directly_is_refused(folder, tmp_path, capsys, flag):
    target = folder / "1.txt"
    before = _snapshot(folder)
    extra = [] if flag == "-o" else ["-o", str(tmp_path / "r.jsonl")]
    assert main(["extract", str(target), str(folder / "0.txt"), *extra, flag, str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("baocao: error: ") and str(target) in err and "input" in err
    assert _snapshot(folder) == before     # nothing destroyed
    assert not (tmp_path / "r.jsonl").exists()   # nothing done


@pytest.mark.parametrize("flag", ["-o", "--errors", "--documents"])
def test_an_output_naming_a_file_of_a_walked_folder_is_refused(folder, tmp_path, capsys, flag):
    target = folder / "2.txt"
    before = _snapshot(folder)
    # (-o with a .txt name needs --format, else the format rule refuses it first)
    extra = ["--format", "jsonl"] if flag == "-o" else ["-o", str(tmp_path / "r.jsonl")]
    assert main(["extract", str(folder), *extra, flag, str(target)]) == 2
    err = capsys.readouterr().err
    assert str(target) in err and "input" in err
    assert _snapshot(folder) == before


def test_an_output_in_a_walked_folder_that_is_not_read_is_allowed(folder, tmp_path):
    # a results table beside the documents is not an input: the run may replace it
    out = folder / "r.jsonl"
    assert main(["extract", str(folder), "-o", str(out), "-q"]) == 0
    first = out.read_bytes()
    assert main(["extract", str(folder), "-o", str(out), "-q", "--force"]) == 0
    assert out.read_bytes() == first


@pytest.mark.parametrize("pair", [("-o", "--errors"), ("-o", "--documents"),
                                  ("--errors", "--documents")])
def test_two_outputs_naming_the_same_file_are_refused(folder, tmp_path, capsys, pair):
    same = tmp_path / "same.jsonl"
    args = {"-o": str(tmp_path / "r.jsonl")}
    for flag in pair:
        args[flag] = str(same)
    flat = [x for kv in args.items() for x in kv]
    assert main(["extract", str(folder), *flat]) == 2
    err = capsys.readouterr().err
    assert "same file" in err and str(same) in err
    assert not same.exists() and not (tmp_path / "r.jsonl").exists()


def test_a_refusal_to_start_leaves_the_previous_output_intact(folder, tmp_path, capsys):
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(folder), "-o", str(out), "-q"]) == 0
    before = _snapshot(tmp_path)
    assert main(["extract", str(folder), "-o", str(out), "--force",
                 "--errors", str(tmp_path / "no" / "such" / "e.jsonl")]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert _snapshot(tmp_path) == before   # r.jsonl, r.documents.jsonl, r.errors.jsonl as they were


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_outputs_are_written_beside_and_moved_into_place_when_complete(folder, tmp_path, fmt,
                                                                       monkeypatch):
    import baocao.cli as cli

    out = tmp_path / f"r.{fmt}"
    out.write_bytes(b"the previous output")
    real_run = cli.run
    seen = {}

    def watching(sources, sink, errors, config, **kw):
        summary = real_run(sources, sink, errors, config, **kw)
        # the run is over but the files are not closed: the previous output is still there
        seen["during"] = out.read_bytes()
        seen["files"] = sorted(p.name for p in tmp_path.iterdir())
        return summary

    monkeypatch.setattr(cli, "run", watching)
    assert main(["extract", str(folder), "--format", fmt, "-o", str(out), "-q", "--force"]) == 0
    assert seen["during"] == b"the previous output"
    assert f"r.{fmt}.partial" in seen["files"]
    assert out.read_bytes() != b"the previous output"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


class _FullDisk:
    """A stream that takes `room` writes, then fails as a full disk does."""

    def __init__(self, real, room):
        self.real, self.room = real, room

    def write(self, data):
        if self.room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= 1
        return self.real.write(data)

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_a_full_disk_is_exit_3_with_one_line_and_the_previous_output_kept(folder, tmp_path,
                                                                          capsys, monkeypatch):
    import baocao.batch.sinks as sinks

    out = tmp_path / "r.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    real_init = sinks.JsonlSink.__init__

    def init(self, stream):
        real_init(self, _FullDisk(stream, 1))

    monkeypatch.setattr(sinks.JsonlSink, "__init__", init)
    assert main(["extract", str(folder), "-o", str(out), "--force"]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("baocao: error:")]
    assert len(lines) == 1 and "No space left on device" in lines[0] and str(out) in lines[0]
    assert out.read_text(encoding="utf-8") == "previous\n"
    # what was written whole is kept beside, for --resume
    monkeypatch.undo()
    assert main(["extract", str(folder), "-o", str(out), "--resume", "-q"]) == 0
    docs = [json.loads(line)["doc"] for line in out.read_text("utf-8").splitlines()]
    assert list(dict.fromkeys(docs)) == [str(folder / f"{i}.txt") for i in range(3)]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_dev_full_is_exit_3(folder, capsys, fmt):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    assert main(["extract", str(folder), "--format", fmt, "-o", "/dev/full",
                 "--errors", os.devnull, "--documents", os.devnull]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and "No space left on device" in err
    assert os.path.exists("/dev/full") and not os.path.isfile("/dev/full")


def test_hostile_file_names_are_shown_escaped(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a\x1b[2Jb.txt").write_bytes(b"")          # an empty file: an error line names it
    (d / "c\x07\x9bd.md").write_text("x", encoding="utf-8")   # not read: the summary names it
    (d / "ok.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    assert main(["extract", str(d), "--errors", str(tmp_path / "e.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\x9b" not in err
    assert "a\\x1b[2Jb.txt" in err
    assert main(["extract", str(d)]) == 1
    err = capsys.readouterr().err
    assert "c\\x07\\x9bd.md" in err and "\x07" not in err
    # the tables keep the name as it is
    rows = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text("utf-8").splitlines()]
    assert str(d / "a\x1b[2Jb.txt") in [r["doc"] for r in rows]


def test_terminal_text_keeps_vietnamese_and_escapes_controls():
    from baocao.batch.progress import terminal_text

    assert terminal_text("Báo cáo tỉnh Hà Giang.txt") == "Báo cáo tỉnh Hà Giang.txt"
    assert terminal_text("a\x1b]0;x\x07\u202eb\udcff\n") == "a\\x1b]0;x\\x07\\u202eb\\udcff\\x0a"


def _spawn(args, **kw):
    return subprocess.Popen([sys.executable, "-m", "baocao.cli", *args], env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def _many(tmp_path, n):
    d = tmp_path / "many"
    d.mkdir()
    text = DOCS[3].read_text("utf-8")
    for i in range(n):
        (d / f"{i:04d}.txt").write_text(text, encoding="utf-8")
    return d


def _rows_written(path):
    """The rows a running run has written to a side table's ``.partial`` file: its lines, or
    for Parquet the rows of the journal beside it."""
    if path.suffix == ".partial" and path.stem.endswith(".parquet"):
        from baocao.batch.sinks import read_journal

        return sum(batch.num_rows for batch in read_journal(str(path) + ".journal"))
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _wait_for_rows(path, rows, proc, limit=120):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        if _rows_written(path) >= rows:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_sigterm_stops_cleanly_like_ctrl_c(tmp_path, fmt):
    d = _many(tmp_path, 300)
    out = tmp_path / f"r.{fmt}"
    args = ["extract", str(d), "--format", fmt, "-o", str(out), "-j", "2"]
    proc = _spawn(args)
    assert _wait_for_rows(tmp_path / f"r.documents.{fmt}.partial", 3, proc)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    err = err.decode("utf-8")
    assert proc.returncode == 143, err
    assert "Traceback" not in err and "--resume" in err
    # the outputs were closed and moved into place: whole documents, a valid Parquet file
    if fmt == "parquet":
        docs = pd.read_parquet(out)["doc"]
    else:
        docs = pd.Series([json.loads(line)["doc"] for line in out.read_text("utf-8").splitlines()])
    assert 0 < docs.nunique() < 300
    res = subprocess.run([sys.executable, "-m", "baocao.cli", *args, "--resume"], env=_env(),
                         capture_output=True, timeout=600)
    assert res.returncode == 0, res.stderr.decode()
    final = (pd.read_parquet(out)["doc"] if fmt == "parquet" else
             pd.Series([json.loads(line)["doc"] for line in out.read_text("utf-8").splitlines()]))
    assert list(dict.fromkeys(final)) == [str(d / f"{i:04d}.txt") for i in range(300)]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_a_hard_kill_leaves_a_resumable_run(tmp_path, fmt):
    d = _many(tmp_path, 200)
    out = tmp_path / f"r.{fmt}"
    out.write_bytes(b"previous")
    args = ["extract", str(d), "--format", fmt, "-o", str(out), "-j", "2", "-q"]
    proc = _spawn(args + ["--force"])
    assert _wait_for_rows(tmp_path / f"r.documents.{fmt}.partial", 3, proc)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert out.read_bytes() == b"previous"     # the previous output is still there
    res = subprocess.run([sys.executable, "-m", "baocao.cli", *args, "--resume"], env=_env(),
                         capture_output=True, timeout=600)
    assert res.returncode == 0, res.stderr.decode()
    final = (pd.read_parquet(out) if fmt == "parquet" else
             pd.DataFrame([json.loads(line) for line in out.read_text("utf-8").splitlines()]))
    assert list(dict.fromkeys(final["doc"])) == [str(d / f"{i:04d}.txt") for i in range(200)]
    assert set(final["doc"].value_counts()) == {len(final) // 200}    # each document once
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


@pytest.mark.slow
def test_workers_that_keep_dying_stop_the_run(tmp_path):
    # a script without the `if __name__ == "__main__":` guard: every worker dies as it starts
    script = tmp_path / "noguard.py"
    script.write_text(
        "import sys\n"
        "from baocao.batch import BatchConfig, ErrorSink, JsonlSink, run\n"
        "from baocao.inputs import Source\n"
        "sources = [Source(doc=f'd{i}', text='vốn 28 tỷ đồng') for i in range(5)]\n"
        "run(sources, JsonlSink(sys.stdout), ErrorSink(None), BatchConfig(jobs=2))\n",
        encoding="utf-8")
    try:
        res = subprocess.run([sys.executable, str(script)], env=_env(), capture_output=True,
                             timeout=120, cwd=tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail("the run kept starting new workers")
    err = res.stderr.decode("utf-8", "replace")
    assert res.returncode != 0
    assert "WorkerError" in err and "__main__" in err


@pytest.mark.slow
def test_a_killed_parquet_run_is_recovered_from_its_journal(tmp_path):
    # row groups of 50 records, and a kill after 60 documents: the journal holds some whole
    d = _many(tmp_path, 100)
    out = tmp_path / "r.parquet"
    script = (
        "import os, signal, sys\n"
        "from baocao.batch import BatchConfig, Outputs, run\n"
        "from baocao.inputs import iter_sources\n"
        "config = BatchConfig(fmt='parquet', chunk_rows=50)\n"
        f"outputs = Outputs.open(config, {str(out)!r}, errors={str(tmp_path / 'r.errors.parquet')!r},"
        f" documents={str(tmp_path / 'r.documents.parquet')!r})\n"
        "def sources():\n"
        f"    for i, s in enumerate(iter_sources([{str(d)!r}])):\n"
        "        if i == 60:\n"
        "            os.kill(os.getpid(), signal.SIGKILL)\n"
        "        yield s\n"
        "run(sources(), outputs.sink, outputs.errors, config, documents=outputs.documents)\n")
    res = subprocess.run([sys.executable, "-c", script], env=_env(), capture_output=True,
                         timeout=300)
    assert res.returncode == -signal.SIGKILL, res.stderr.decode()
    assert not out.exists() and (tmp_path / "r.parquet.partial.journal").exists()
    # the documents table, a Parquet file without its footer, is read from its journal too
    assert (tmp_path / "r.documents.parquet.partial.journal").exists()
    args = [sys.executable, "-m", "baocao.cli", "extract", str(d), "-o", str(out),
            "--format", "parquet"]
    res = subprocess.run(args + ["--resume"], env=_env(), capture_output=True, timeout=600)
    err = res.stderr.decode()
    assert res.returncode == 0, err
    recovered = int(err.split(" documents recovered from its journal")[0].rsplit(" ", 1)[1])
    assert 0 < recovered <= 60 and f"{recovered} skipped" in err
    full = tmp_path / "full.parquet"
    assert subprocess.run(args[:5] + ["-o", str(full), "--format", "parquet", "-q"],
                          env=_env(), timeout=600).returncode == 0
    pd.testing.assert_frame_equal(pd.read_parquet(out), pd.read_parquet(full))
    assert not [p for p in tmp_path.iterdir() if ".partial" in p.name]


def test_a_table_of_documents_with_a_doc_column_is_an_input_not_a_previous_output(tmp_path,
                                                                                  capsys):
    rows = tmp_path / "articles.jsonl"
    # two columns of a record: a table of documents may have them too
    rows.write_text(json.dumps({"doc": "a", "text": "vốn 28 tỷ đồng"}) + "\n", encoding="utf-8")
    before = rows.read_bytes()
    assert main(["extract", str(rows), "--text-column", "text", "-o", str(rows)]) == 2
    assert "is an input of this run" in capsys.readouterr().err
    assert rows.read_bytes() == before


def test_no_side_table_beside_a_device_or_a_pipe(tmp_path):
    # `-o /dev/null` put its tables at /dev/null.errors.jsonl (as root, files in /dev; as a user,
    # a refusal to start); a pipe's side tables went beside it
    from baocao.batch.config import side_table

    fifo = tmp_path / "p.jsonl"
    os.mkfifo(fifo)
    for out in (os.devnull, str(fifo)):
        assert side_table(out, None, "errors") is None
        assert side_table(out, None, "documents", "csv") is None
        assert side_table(out, str(tmp_path / "e.csv"), "errors") == str(tmp_path / "e.csv")
    assert side_table(str(tmp_path / "r.csv"), None, "errors") == str(tmp_path / "r.errors.csv")


def test_a_run_into_a_pipe_writes_no_file_beside_it(folder, tmp_path):
    import threading

    fifo = tmp_path / "p.jsonl"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    assert main(["extract", str(folder), "-o", str(fifo), "-q"]) == 0
    reader.join(60)
    assert got and got[0].count(b"\n") > 10
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "p.jsonl"]


def test_save_text_onto_an_input_is_refused(tmp_path, capsys, monkeypatch):
    # `--save-text .` beside r.txt and r.txt.txt wrote r.txt's text onto r.txt.txt before it was read
    monkeypatch.chdir(tmp_path)
    Path("r.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    Path("r.txt.txt").write_text("the second input, 7 tỷ đồng", encoding="utf-8")
    assert main(["extract", "r.txt", "r.txt.txt", "--save-text", ".", "-o", "o.jsonl"]) == 2
    err = capsys.readouterr().err
    assert "--save-text" in err and "r.txt.txt" in err and "input" in err
    assert Path("r.txt.txt").read_text("utf-8") == "the second input, 7 tỷ đồng"
    assert sorted(os.listdir()) == ["r.txt", "r.txt.txt"]      # nothing done


def test_save_text_folder_inside_a_walked_folder_is_not_read(folder, tmp_path):
    # the texts a run saved below the folder it walks were read back as more documents
    texts = folder / "texts"
    for _ in range(2):     # the second run finds the first run's texts there
        assert main(["extract", str(folder), "--save-text", str(texts), "-o",
                     str(tmp_path / "r.jsonl"), "-q", "--force"]) == 0
        docs = [json.loads(line)["doc"] for line in
                (tmp_path / "r.documents.jsonl").read_text("utf-8").splitlines()]
        assert docs == [str(folder / f"{i}.txt") for i in range(3)]
    assert sorted(p.name for p in texts.rglob("*.txt")) == ["0.txt.txt", "1.txt.txt", "2.txt.txt"]
    # named itself, the folder is read
    assert main(["extract", str(texts), "--save-text", str(texts), "-o",
                 str(tmp_path / "t.jsonl"), "-q"]) == 0
    assert len((tmp_path / "t.documents.jsonl").read_text("utf-8").splitlines()) == 3


def test_iter_sources_leaves_out_the_excluded_folders_files(tmp_path):
    from baocao.inputs import iter_sources
    from baocao.options import InputOptions

    for rel in ("a.txt", "saved/x/a.txt.txt", "z.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("vốn 28 tỷ đồng", encoding="utf-8")
    options = InputOptions(exclude_folders=frozenset({str((tmp_path / "saved").resolve())}))
    top = str(tmp_path)
    assert [s.doc for s in iter_sources([top], options)] == [f"{top}/a.txt", f"{top}/z.txt"]
    assert [s.doc for s in iter_sources([f"{top}/**/*.txt"], options)] == [
        f"{top}/a.txt", f"{top}/z.txt"]
    assert [s.doc for s in iter_sources([f"{top}/saved"], options)] == [f"{top}/saved/x/a.txt.txt"]
    named = f"{top}/saved/x/a.txt.txt"
    assert [s.doc for s in iter_sources([named], options)] == [named]


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_an_output_linked_to_an_input_is_refused(folder, tmp_path, capsys, link):
    # the output names another path of the same file: writing it would destroy the input
    out = tmp_path / "r.jsonl"
    (os.symlink if link == "symlink" else os.link)(folder / "1.txt", out)
    before = _snapshot(folder)
    assert main(["extract", str(folder), "-o", str(out), "--force"]) == 2
    err = capsys.readouterr().err
    assert str(out) in err and "input" in err
    assert _snapshot(folder) == before


def test_run_from_python_refuses_save_text_onto_an_input(tmp_path, monkeypatch):
    # the check was the CLI's only: baocao.batch.run with BatchConfig(save_text=…) overwrote an input
    from baocao.batch import BatchConfig, ErrorSink, JsonlSink, run
    from baocao.inputs import iter_sources

    monkeypatch.chdir(tmp_path)
    Path("r.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    Path("r.txt.txt").write_text("the second input, 7 tỷ đồng", encoding="utf-8")
    config = BatchConfig(save_text=".")
    with open("o.jsonl", "w", encoding="utf-8") as out, \
            open("e.jsonl", "w", encoding="utf-8") as err:
        with pytest.raises(ValueError) as exc:
            run(iter_sources(["r.txt", "r.txt.txt"]), JsonlSink(out), ErrorSink(err),
                config)
    assert "r.txt.txt" in str(exc.value) and "text of r.txt " in str(exc.value)
    assert Path("r.txt.txt").read_text("utf-8") == "the second input, 7 tỷ đồng"
    assert sorted(os.listdir()) == ["e.jsonl", "o.jsonl", "r.txt", "r.txt.txt"]   # nothing done
    assert Path("o.jsonl").read_text("utf-8") == ""


def test_run_from_python_saves_texts_beside_other_inputs(tmp_path, monkeypatch):
    # the negative: a saved text that is no input is written, and the run reads every document
    from baocao.batch import BatchConfig, ErrorSink, JsonlSink, run
    from baocao.inputs import iter_sources

    monkeypatch.chdir(tmp_path)
    Path("r.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    Path("s.txt").write_text("vốn 7 tỷ đồng", encoding="utf-8")
    with open("o.jsonl", "w", encoding="utf-8") as out, \
            open("e.jsonl", "w", encoding="utf-8") as err:
        summary = run(iter_sources(["r.txt", "s.txt"]), JsonlSink(out), ErrorSink(err),
                      BatchConfig(save_text="texts"))
    assert summary.docs == 2 and summary.errors == 0
    assert Path("texts/r.txt.txt").read_text("utf-8") == "vốn 28 tỷ đồng"
