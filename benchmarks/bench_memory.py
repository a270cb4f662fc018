"""Memory of ``baocao extract`` and ``baocao indicators`` under an address-space limit.

Run by hand (not a test):

    .venv/bin/python benchmarks/bench_memory.py [--sizes 5,50] [--big 10,50] [--limit 1500000000]
                                                [--formats jsonl,csv,parquet] [--jobs 1,2]
                                                [--commands extract,indicators] [--ocr]
                                                [--timeout 0] [--keep DIR]

Builds archives of the given sizes (MB) in a temporary folder from the texts of tests/corpus/ and
/work/shared/reports/ (when present): folders of copies of them (each with a line of its own first), repeated until the
archive holds that many bytes; and single documents of the ``--big`` sizes (MB), the same texts
written one after the other. Then runs each command on each archive for each output format and
worker count (``--jobs``), and on each big document with ``--jobs 1``, every run in a process whose
address space is limited to ``--limit`` bytes (``RLIMIT_AS``, which the workers inherit: what
``ulimit -v`` and ``prlimit --as`` set). Each row gives the exit code, the peak RSS of the largest
single process of the run (``ru_maxrss`` of the command, which covers the workers it waited for,
or the largest sampled, if larger),
the peak sum of the RSS of the whole process tree (sampled every 0.1 s), the CPU seconds of the
command and the workers it waited for (``*``: not those of the forkserver's workers) and the
output's rows. Memory is flat when the peaks do not grow with the archive's size.
``--no-ocr`` is passed unless ``--ocr`` (the OCR repair changes the time, not the memory).

Figures on the development machine (2 vCPUs shared with other work; load average 4-7), limit
1.5 GB, ``--sizes 5,25 --big 10,25``; peak RSS in MiB, largest process / process tree. Before:
the commit before the Parquet fix (``--timeout`` was not passed then: the runs of ``indicators``
on one large document that exited 1 passed the command line's 120 s under that load, with no
memory error). After: with it; JSONL and CSV unchanged by it.

    Parquet, before     every run exit 1 (MemoryError loading the lexicon: mimalloc, pyarrow's
                        default pool, had reserved 1 GB of address space at the writer's first
                        allocation), but indicators -j 2 on 5 MB: exit -11 (SIGSEGV; "Failed to
                        launch worker thread" in the journal's IPC writer)
    Parquet, after      extract -j 1:  5 MB 224, 25 MB 230; one 10 MB document 252, 25 MB 256
                        extract -j 2:  5 MB 153 / 457, 25 MB 156 / 474
                        indicators -j 1: 5 MB 314, 25 MB 334; one 10 MB document 556, 25 MB 934
                        indicators -j 2: 5 MB 223 / 683, 25 MB 224 / 722
                        every run exit 0, the same rows as JSONL
    JSONL               extract -j 1: 110 at 5 and 25 MB; one 10 / 25 MB document 141 / 144;
                        -j 2: 103 / 343 and 104 / 347
                        indicators -j 1: 224, 225; one 10 / 25 MB document 502 / 857
    CSV                 extract -j 1: 218, 226; one 10 / 25 MB document 251 / 254;
                        indicators -j 1: 331, 352; one 10 / 25 MB document 533 / 858

``--sizes 100 --big 50 --commands extract --formats jsonl,parquet``, the same hour, after:

    archive 100 MB (941 files, 427,074 records)   JSONL -j 1 111, -j 2 105 / 349
                                                  Parquet -j 1 233, -j 2 162 / 480
    one 50 MB document (213,038 records)          JSONL 144, Parquet 269

The archive's size leaves every peak flat (CSV and Parquet hold one chunk of 20,000 rows, which
an archive of 5 MB does not fill: 11,060 indicator rows). ``indicators`` parses each document
whole, so its memory grows with the size of one document (and its time faster than linearly:
37 CPU-s for 10 MB, 158 for 25 MB): a 25 MB report takes 0.9 GB, and one of 50 MB would come
near the limit; ``extract`` cuts a large document into pieces and stays flat.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import _descendants, _rss  # noqa: E402

SOURCES = [ROOT / "tests" / "corpus", Path("/work/shared/reports")]


def texts() -> list[Path]:
    return [p for d in SOURCES if d.is_dir() for p in sorted(d.glob("*.txt"))]


def build_archive(top: Path, mb: float) -> tuple[int, int]:
    """Folders of copies of :func:`texts` under `top` up to `mb` MB; (files, bytes). Copies, not
    links (a run reads a file it reaches by two paths once), each with a line of its own first
    (no two documents the same)."""
    files = [(f.name, f.read_bytes()) for f in texts()]
    total = n = 0
    copy = 0
    while total < mb * 1e6:
        d = top / f"{copy:04d}"
        d.mkdir(parents=True)
        for name, data in files:
            data = f"Bản số {copy}\n\n".encode("utf-8") + data
            (d / name).write_bytes(data)
            total += len(data)
            n += 1
            if total >= mb * 1e6:
                break
        copy += 1
    return n, total


def build_big(path: Path, mb: float) -> int:
    """One document of `mb` MB, the texts one after the other (whole lines)."""
    parts = [f.read_bytes().rstrip(b"\n") + b"\n\n" for f in texts()]
    total = 0
    with open(path, "wb") as out:
        while total < mb * 1e6:
            for p in parts:
                out.write(p)
                total += len(p)
                if total >= mb * 1e6:
                    break
    return total


def run(cmd: list[str], limit: int) -> dict:
    """Run `cmd` under an address-space limit of `limit` bytes (0: none)."""
    def preexec() -> None:
        if limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    t0 = time.perf_counter()
    err = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, preexec_fn=preexec)
    tree_peak = [0]
    one_peak = [0]
    done = threading.Event()

    def sample() -> None:
        pids, last = [proc.pid], 0.0
        while not done.is_set():
            if time.perf_counter() - last > 1.0:
                pids, last = _descendants(proc.pid), time.perf_counter()
            each = [_rss([p]) for p in pids]
            tree_peak[0] = max(tree_peak[0], sum(each))
            one_peak[0] = max([one_peak[0], *each])
            time.sleep(0.1)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _, status, usage = os.wait4(proc.pid, 0)
    done.set()
    t.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err.seek(0)
    tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
    err.close()
    return {"exit": proc.returncode, "maxrss": max(usage.ru_maxrss * 1024, one_peak[0]), "tree": tree_peak[0],
            "cpu": usage.ru_utime + usage.ru_stime, "seconds": time.perf_counter() - t0,
            "stderr": tail}


def rows(path: Path, fmt: str) -> Optional[int]:
    """The rows of an output file, or None when it cannot be read."""
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows)
        with open(path, encoding="utf-8", newline="") as f:
            if fmt == "csv":
                import csv

                return sum(1 for _ in csv.reader(f)) - 1
            return sum(1 for _ in f)
    except Exception:
        return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="5,50", help="archive sizes in MB, comma-separated")
    ap.add_argument("--big", default="10,50", help="single-document sizes in MB ('' for none)")
    ap.add_argument("--limit", type=int, default=1_500_000_000,
                    help="address-space limit in bytes (0: none)")
    ap.add_argument("--formats", default="jsonl,csv,parquet")
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--commands", default="extract,indicators")
    ap.add_argument("--ocr", action="store_true", help="keep the OCR repair (no --no-ocr)")
    ap.add_argument("--timeout", default="0",
                    help="--timeout of each run (default 0, none: a large document under load "
                         "would pass the CLI's 120 s)")
    ap.add_argument("--keep", metavar="DIR", help="build the inputs here and keep them")
    args = ap.parse_args()
    baocao = str(Path(sys.executable).with_name("baocao"))
    top = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="baocao-mem-"))
    top.mkdir(parents=True, exist_ok=True)
    out_dir = top / "out"
    out_dir.mkdir(exist_ok=True)
    inputs: list[tuple[str, Path, str]] = []   # (label, path, jobs)
    for mb in filter(None, args.sizes.split(",")):
        where = top / f"archive-{mb}"
        if not where.exists():
            n, nbytes = build_archive(where, float(mb))
        else:
            n = sum(1 for p in where.rglob("*.txt"))
            nbytes = sum(p.stat().st_size for p in where.rglob("*.txt"))
        print(f"archive {mb} MB: {n} files, {nbytes / 1e6:.1f} MB", flush=True)
        for jobs in args.jobs.split(","):
            inputs.append((f"archive {mb} MB", where, jobs))
    for mb in filter(None, args.big.split(",")):
        where = top / f"big-{mb}.txt"
        if not where.exists():
            build_big(where, float(mb))
        print(f"one document: {where.stat().st_size / 1e6:.1f} MB", flush=True)
        inputs.append((f"one {mb} MB document", where, "1"))
    limit = f"{args.limit / 1e9:.2f} GB" if args.limit else "none"
    print(f"address-space limit {limit}; peak RSS in MiB (largest process / whole tree)",
          flush=True)
    print(f"{'command':11} {'input':22} {'format':8} {'jobs':>4} {'exit':>5} {'max RSS':>8} "
          f"{'tree RSS':>9} {'CPU s*':>7} {'rows':>9}", flush=True)
    try:
        for command in args.commands.split(","):
            for label, where, jobs in inputs:
                for fmt in args.formats.split(","):
                    out = out_dir / f"out.{fmt}"
                    for old in out_dir.iterdir():
                        old.unlink()
                    cmd = [baocao, command, str(where), "-o", str(out), "-j", jobs, "-q",
                           "--timeout", args.timeout]
                    if not args.ocr:
                        cmd.append("--no-ocr")
                    r = run(cmd, args.limit)
                    n = rows(out, fmt) if out.exists() else None
                    print(f"{command:11} {label:22} {fmt:8} {jobs:>4} {r['exit']:>5} "
                          f"{r['maxrss'] / 2**20:8.0f} {r['tree'] / 2**20:9.0f} "
                          f"{r['cpu']:7.1f} {n if n is not None else '-':>9}", flush=True)
                    if r["exit"] not in (0, 1):
                        for line in r["stderr"]:
                            print(f"    {line[:200]}", flush=True)
                    errors = out_dir / "out.errors.jsonl"
                    if r["exit"] == 1 and errors.exists():
                        import json

                        for line in errors.read_text(encoding="utf-8").splitlines()[:2]:
                            e = json.loads(line)
                            print(f"    {e['stage']} {e['error']}: {e['message'][:150]}",
                                  flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(top, ignore_errors=True)


if __name__ == "__main__":
    main()
