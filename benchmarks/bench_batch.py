"""Batch throughput and memory on a synthetic archive of news-article-sized documents.

Run by hand (not a test):

    .venv/bin/python benchmarks/bench_batch.py [--files 20000] [--big-mb 100] [--keep DIR]

Builds an archive in a temporary folder from the sentences of tests/corpus/ (shuffled, articles of
varied length, 200 files a folder), then runs the full pipeline (read, decode, normalize, extract,
write Parquet) and reports files/s, MB/s (input bytes) and the peak memory of the whole process
tree (the CLI and its workers, or the Dask cluster) as two sums: RSS, sampled every 0.1 s, which
counts a page shared by several processes once in each; and PSS (proportional set size, read once
a second), which shares such a page out among them and so is the memory the tree really uses.
Since the workers of ``--jobs`` fork from one process that has loaded the lexicon, PSS is the
figure to read for ``--jobs 2``. Each run also reports the CPU time of its process tree (MB per
CPU-second depends less on other work on the machine than MB/s does) and the load average before
and after.
Runs:

- ``baocao extract ARCHIVE --format parquet --jobs 1`` and ``--jobs 2``; the same with
  ``--no-ocr`` (no OCR diacritic repair, for born-digital text);
- ``baocao.dask.extract(ARCHIVE).to_parquet(...)``, 64 files a partition, on
  ``baocao.dask.local_cluster(2)`` (``local``), on a plain LocalCluster of 2 worker processes of
  1 thread (``cluster``), and on dask's multiprocessing scheduler with 2 processes (``processes``);
- one file of ``--big-mb`` MB with ``--jobs 1``.

Figures on the development machine (2 vCPUs shared with other tenants, whose load makes the same
run vary by up to a third from hour to hour: compare within one run; archive of 20,000 files,
97.2 MB, mean 4.9 kB; memory in MiB), the lexicon read from the disk cache. The CLI rows come
from one run (load average 0.8 at the start, 1.7 at the end), the Dask rows and the 100 MB file
from one earlier the same evening, on the same code but for the next-word test of the amount
patterns (a third less time in those matches; the same records):

    CLI --jobs 1 → Parquet        0.66 MB/s   135 files/s   RSS 234 MiB, PSS 230 MiB
                                  CPU 148 s (0.66 MB per CPU-second)
    CLI --jobs 2 → Parquet        1.25 MB/s   257 files/s   RSS 464 MiB, PSS 281 MiB
                                  CPU 152 s (0.64); speed-up 1.90x; outputs byte-identical
    CLI --no-ocr --jobs 1         1.60 MB/s   330 files/s   RSS 231 MiB, PSS 227 MiB
                                  CPU 61 s (1.60)
    CLI --no-ocr --jobs 2         2.97 MB/s   611 files/s   RSS 457 MiB, PSS 270 MiB
                                  CPU 62 s (1.57); speed-up 1.85x
    Dask local_cluster(2)         0.97 MB/s   200 files/s   RSS 830 MiB, PSS 457 MiB
                                  CPU 189 s (0.51)
    Dask LocalCluster(2)          0.98 MB/s   201 files/s   RSS 751 MiB, PSS 609 MiB
                                  CPU 189 s (0.52)
    Dask processes scheduler(2)   1.11 MB/s   228 files/s   RSS 691 MiB, PSS 547 MiB
                                  CPU 169 s (0.57)
    one 100 MB file, --jobs 1     0.71 MB/s                 RSS 293 MiB, PSS 289 MiB

At a quieter hour the same evening (load average 0.7-1.0), ``--jobs 1`` ran at 0.77 MB/s
(127 s of CPU) and ``--no-ocr --jobs 1`` at 2.06 MB/s (48.5 s of CPU: 2.00 MB per CPU-second,
start-up included). ``--no-ocr`` leaves out the OCR repair and finds 456 fewer records (506,597),
all quantities whose unit only the repair reads.

``--jobs 2`` over ``--jobs 1``: 1.90x here, 1.75x in the run before; in earlier runs 1.71x and
1.93x on the same archive (the 5-10% more CPU the workers spent in some runs is within the
machine's variance between two runs; pickling the rows of 1,000 documents takes 0.14 s), 1.81x
and 1.84x on 5,000 files; 1.44x on 5,000 files before a worker was sent its next chunk while it
worked (it waited for the parent, which may be writing a row group, between chunks). The
forkserver loads the lexicon before either worker starts: 1 s of CPU from the disk cache, 3 s
when it built it.

Where the Dask memory goes (PSS of each process at the tree's peak, local_cluster): the client,
which also runs the scheduler and the nannies, 139 MiB; the forkserver 99 MiB; each worker
105-107 MiB; multiprocessing's resource tracker 7 MiB. A plain LocalCluster's workers, each
loading baocao for itself, take 232-236 MiB each. A worker forked from the forkserver shares its
pages until it writes to them, and reading a Python object writes its reference count. The
lexicon's and the model's tables are keyed by strings, which a lookup compares in place, and
copied side by side once built, so a worker un-shares about 10 MiB of the forkserver's pages
within 2,000 documents, 4 of them the lexicon's (35 MiB when they were keyed by tuples:
``benchmarks/bench_cow.py``); the local_cluster total was 499-510 MiB then; 471-474 MiB in three later runs whose forkserver
built the lexicon instead of reading it from the disk cache. The client holds
pandas, pyarrow, dask.dataframe, distributed, the scheduler and the graph, not baocao's rules nor its
normalizer (``import baocao`` loads them on the first extraction; it held them, 15 MiB, before).
The scheduler and the workers keep about 9 kB per task until a computation ends (see
docs/batch.md for batches).

The 2 MB/s-per-core goal is met without the OCR repair (``--no-ocr``, 2.00 MB per CPU-second at
a quiet hour, 1.6 under load) and unmet with it (0.66-0.77). The repair is most of the time: on
1,000 files of the archive, the normalizer took 0.63-0.76 CPU-seconds per MB, of which 0.07
without the repair, and splitting the text into syllables alone, the first step of any repair
that looks at syllables, 0.13-0.14; the rules took about 0.40. At 2 MB/s a core has 0.5
CPU-seconds for each MB, all of it. What the batch engine itself does for
speed and memory: a worker imports 38 MB instead of 118 MB (pandas is not loaded by ``import
baocao``), workers share the lexicon of the forkserver they fork from, and a huge document is
extracted and decoded in pieces, so memory does not grow with the size of one file (a 100 MB file
took 1,479 MB when a document's records were all held at once).
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


def sentences() -> list[str]:
    out = []
    for f in sorted(CORPUS.glob("*.txt")):
        for para in f.read_text(encoding="utf-8").splitlines():
            out.extend(s.strip() for s in re.split(r"(?<=[.;!?])\s+", para) if len(s.strip()) > 20)
    return out


def build_archive(top: Path, files: int, seed: int = 6) -> int:
    """Write `files` articles of 4-60 sentences in paragraphs of 1-5; return total bytes."""
    rng = random.Random(seed)
    pool = sentences()
    total = 0
    for i in range(files):
        n = rng.randint(4, 60)
        picked = rng.sample(pool, min(n, len(pool)))
        paras, j = [], 0
        while j < len(picked):
            k = rng.randint(1, 5)
            paras.append(" ".join(picked[j:j + k]))
            j += k
        title = picked[0][:80]
        text = title + "\n\n" + "\n".join(paras) + "\n"
        d = top / f"{i // 200:04d}"
        if i % 200 == 0:
            d.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (d / f"{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def _descendants(pid: int) -> list[int]:
    """`pid` and all its descendants (one scan of /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, stack = [], [pid]
    while stack:
        p = stack.pop()
        out.append(p)
        stack.extend(children.get(p, []))
    return out


def _rss(pids: list[int]) -> int:
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * PAGE
        except (OSError, ValueError, IndexError):
            pass
    return total


def _pss(pids: list[int], each: Optional[dict] = None) -> int:
    """Proportional set size summed: a page shared by n processes counts 1/n in each, so the sum
    is the memory the tree really uses (RSS summed counts shared pages once per process). With
    `each`, also put there each process's PSS."""
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        n = int(line.split()[1]) * 1024
                        total += n
                        if each is not None:
                            each[p] = n
                        break
        except (OSError, ValueError, IndexError):
            pass
    return total


def _role(pid: int, root: int) -> str:
    """What a process of the tree is: the command run, a forkserver, a resource tracker, or a
    worker (a child of either of the first two)."""
    if pid == root:
        return "client"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "worker"
    if "resource_tracker" in cmd:
        return "resource tracker"
    if "multiprocessing.forkserver import main" in cmd:
        try:
            with open(f"/proc/{pid}/stat") as f:
                parent = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            parent = root
        return "forkserver" if parent == root else "worker"  # workers fork from it
    return "worker"


def _cpu(pids: list[int], seen: dict[int, float]) -> None:
    """Record in `seen` the CPU seconds (user + system) each of `pids` has used so far."""
    for p in pids:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            seen[p] = max(seen.get(p, 0.0), (int(fields[11]) + int(fields[12])) / TICKS)
        except (OSError, ValueError, IndexError):
            pass


def _load() -> str:
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")
LAST_PSS = [0]
LAST_PROCS = [0]
LAST_CPU = [0.0]
LAST_LOAD = ["", ""]
LAST_EACH: list[tuple[str, int]] = []
LAST_PEAK_AT = [0.0]
LAST_CPU_EACH: list[tuple[str, float]] = []


def measure(cmd: list[str]) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run `cmd`; return (seconds, peak RSS of its process tree in bytes, result).

    The peak PSS of the tree is left in ``LAST_PSS[0]``, the process count in ``LAST_PROCS[0]``,
    the CPU seconds of the tree (sampled every 0.1 s, so short of each process's last tenth of a
    second) in ``LAST_CPU[0]``, and the 1-minute load average before and after in ``LAST_LOAD``.
    """
    peak = [0]
    pss = [0]
    nprocs = [0]
    cpu: dict[int, float] = {}
    each: dict[int, int] = {}
    roles: dict[int, str] = {}
    LAST_LOAD[0] = _load()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample():  # the process tree is re-read every second, its memory every 0.1 s
        pids, last = [proc.pid], 0.0
        while not done.is_set():
            if time.perf_counter() - last > 1.0:
                pids, last = _descendants(proc.pid), time.perf_counter()
                nprocs[0] = max(nprocs[0], len(pids))
                for p in pids:
                    if p not in roles:
                        roles[p] = _role(p, proc.pid)
                now: dict[int, int] = {}
                total = _pss(pids, now)  # slower to read: once a second
                if total > pss[0]:
                    pss[0] = total
                    each.clear()
                    each.update(now)
                    LAST_PEAK_AT[0] = time.perf_counter() - t0
            peak[0] = max(peak[0], _rss(pids))
            _cpu(pids, cpu)
            time.sleep(0.1)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - t0
    done.set()
    t.join()
    res = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    LAST_PSS[0], LAST_PROCS[0], LAST_CPU[0] = pss[0], nprocs[0], sum(cpu.values())
    LAST_LOAD[1] = _load()
    LAST_EACH[:] = sorted(((roles.get(p, "?"), n) for p, n in each.items()), key=lambda x: x[0])
    LAST_CPU_EACH[:] = sorted(((roles.get(p, "?"), c) for p, c in cpu.items()), key=lambda x: x[0])
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd} failed:\n{err.decode()}")
    return seconds, peak[0], res


def report(label: str, files: int, nbytes: int, seconds: float, peak: int) -> None:
    cpu = LAST_CPU[0]
    print(f"{label:34} {files / seconds:8.0f} files/s {nbytes / 1e6 / seconds:7.2f} MB/s "
          f"{seconds:7.1f} s   peak RSS {peak / 2**20:5.0f} MiB, PSS {LAST_PSS[0] / 2**20:5.0f} MiB"
          f" ({LAST_PROCS[0]} processes); CPU {cpu:.0f} s ({nbytes / 1e6 / cpu if cpu else 0:.2f}"
          f" MB per CPU-second); load {LAST_LOAD[0]} → {LAST_LOAD[1]}", flush=True)
    if len(LAST_EACH) > 1:
        print(f"    PSS of each process at that peak ({LAST_PEAK_AT[0]:.0f} s in):",
              ", ".join(f"{role} {n / 2**20:.0f} MiB" for role, n in LAST_EACH), flush=True)
        print("    CPU of each process:",
              ", ".join(f"{role} {c:.0f} s" for role, c in LAST_CPU_EACH if c >= 0.5), flush=True)


DASK_MODES = {
    "local": "Dask baocao.dask.local_cluster(2)",
    "cluster": "Dask LocalCluster(2) → Parquet",
    "processes": "Dask processes scheduler(2)",
}


def dask_run(mode: str, archive: str, out: str, files_per_partition: int = 64) -> None:
    """Child-process body for the Dask measurement (so the whole cluster is in one tree).

    ``local``: :func:`baocao.dask.local_cluster` (2 worker processes of 1 thread forked from a
    forkserver that has loaded baocao, no statistical profiler); ``cluster``: a plain
    distributed LocalCluster of 2 worker processes of 1 thread, spawned (the scheduler and the
    nannies run in this process); ``processes``: dask's own multiprocessing scheduler with 2
    processes (no distributed scheduler, no nannies). The records are written by the workers.
    """
    import dask

    import baocao.dask

    df = baocao.dask.extract(archive, files_per_partition=files_per_partition)
    if mode == "processes":
        with dask.config.set(scheduler="processes", num_workers=2):
            df.to_parquet(out)
        return
    from distributed import Client, LocalCluster

    if mode == "local":
        cluster = baocao.dask.local_cluster(2, dashboard_address=None)
    else:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               dashboard_address=None)
    with cluster, Client(cluster):
        df.to_parquet(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=20_000)
    ap.add_argument("--big-mb", type=float, default=100.0, help="size of the one-file run (0: skip)")
    ap.add_argument("--keep", metavar="DIR", help="build the archive here and keep it")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--skip-cli", action="store_true")
    ap.add_argument("--skip-no-ocr", action="store_true", help="no --no-ocr CLI runs")
    ap.add_argument("--dask-modes", default="local,cluster,processes",
                    help="comma-separated: local, cluster, processes (default: all three)")
    ap.add_argument("--files-per-partition", type=int, default=64,
                    help="files a Dask partition (default: 64, baocao.dask's default)")
    ap.add_argument("--dask-run", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dask_run:
        dask_run(*args.dask_run, files_per_partition=args.files_per_partition)
        return

    tmp = Path(args.keep or tempfile.mkdtemp(prefix="baocao-bench-"))
    archive = tmp / "archive"
    try:
        t0 = time.perf_counter()
        if archive.exists():
            shutil.rmtree(archive)
        nbytes = build_archive(archive, args.files)
        print(f"archive: {args.files} files, {nbytes / 1e6:.1f} MB "
              f"(mean {nbytes / args.files / 1e3:.1f} kB), built in {time.perf_counter() - t0:.1f} s;"
              f" {os.cpu_count()} CPUs", flush=True)
        baocao = [sys.executable, "-m", "baocao.cli", "extract"]
        times = {}
        for jobs in () if args.skip_cli else ("1", "2"):
            out = tmp / f"jobs{jobs}.parquet"
            s, peak, res = measure(baocao + [str(archive), "--format", "parquet", "-o", str(out),
                                             "--jobs", jobs])
            times[jobs] = s
            report(f"CLI --jobs {jobs} → Parquet", args.files, nbytes, s, peak)
            print("   ", res.stderr.decode().strip().splitlines()[-1], flush=True)
        if times:
            same = (tmp / "jobs1.parquet").read_bytes() == (tmp / "jobs2.parquet").read_bytes()
            print(f"--jobs 2 speed-up: {times['1'] / times['2']:.2f}x; outputs byte-identical: "
                  f"{same}")
        for jobs in () if args.skip_cli or args.skip_no_ocr else ("1", "2"):
            out = tmp / f"no-ocr-jobs{jobs}.parquet"
            s, peak, res = measure(baocao + [str(archive), "--format", "parquet", "-o", str(out),
                                             "--jobs", jobs, "--no-ocr"])
            times[f"no-ocr {jobs}"] = s
            report(f"CLI --no-ocr --jobs {jobs}", args.files, nbytes, s, peak)
            print("   ", res.stderr.decode().strip().splitlines()[-1], flush=True)
        if "no-ocr 2" in times:
            print(f"--no-ocr: --jobs 2 speed-up {times['no-ocr 1'] / times['no-ocr 2']:.2f}x")
        for mode in [] if args.skip_dask else args.dask_modes.split(","):
            s, peak, _ = measure([sys.executable, __file__, "--dask-run", mode, str(archive),
                                  str(tmp / f"dask-{mode}"), "--files-per-partition",
                                  str(args.files_per_partition)])
            report(DASK_MODES[mode], args.files, nbytes, s, peak)
        if args.big_mb > 0:
            text = "\n\n".join(f.read_text(encoding="utf-8") for f in sorted(CORPUS.glob("*.txt")))
            big = tmp / "big.txt"
            with open(big, "w", encoding="utf-8") as f:
                size = 0
                while size < args.big_mb * 1e6:
                    f.write(text + "\n\n")
                    size += len(text.encode("utf-8")) + 2
            s, peak, res = measure(baocao + [str(big), "--format", "parquet", "-o",
                                             str(tmp / "big.parquet")])
            report(f"one {size / 1e6:.0f} MB file, --jobs 1", 1, size, s, peak)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
