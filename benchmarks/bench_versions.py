"""CPU time of ``baocao.extract`` for two checkouts of the code, side by side in one run.

Run by hand (not a test):

    .venv/bin/python benchmarks/bench_versions.py --other /path/to/other/checkout/src [--repeat 7] [FILES...]

Two worker processes, one importing baocao from this checkout's ``src`` and one from ``--other``,
load and warm up (rule files, lexicons, patterns), then take turns: each repetition every worker
extracts every file once and reports the CPU time it spent (``time.process_time``), so that a load
change on the machine hits both alike. Prints the best and the median per side and their ratio.
Default files: the seed corpus (tests/corpus/*.txt).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_WORKER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import baocao
texts = [open(p, encoding="utf-8").read() for p in json.loads(sys.argv[2])]
for t in texts:
    baocao.extract(t)          # warm up: rule files, lexicons, caches of the normalizer
print(json.dumps({"version": baocao.__file__}), flush=True)
for line in sys.stdin:
    t0 = time.process_time()
    n = sum(len(baocao.extract(t)) for t in texts)
    print(json.dumps({"cpu": time.process_time() - t0, "records": n}), flush=True)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--other", required=True, help="the src folder of the checkout to compare with")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = [str(Path(f).resolve()) for f in args.files] or \
        [str(p) for p in sorted((ROOT / "tests" / "corpus").glob("*.txt"))]
    sides = {"this": str(ROOT / "src"), "other": str(Path(args.other).resolve())}
    workers = {}
    for name, src in sides.items():
        p = subprocess.Popen([sys.executable, "-c", _WORKER, src, json.dumps(files)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=src))
        workers[name] = p
        print(f"{name}: {json.loads(p.stdout.readline())['version']}")
    times = {name: [] for name in workers}
    records = {}
    for _ in range(args.repeat):
        for name, p in workers.items():
            p.stdin.write("run\n")
            p.stdin.flush()
            out = json.loads(p.stdout.readline())
            times[name].append(out["cpu"])
            records[name] = out["records"]
    for p in workers.values():
        p.stdin.close()
        p.wait()
    mb = sum(len(Path(f).read_bytes()) for f in files) / 1e6
    print(f"{len(files)} files, {mb:.3f} MB, {args.repeat} repetitions, interleaved")
    for name in workers:
        t = times[name]
        print(f"{name:6} best {min(t) * 1000:8.1f} ms  median {statistics.median(t) * 1000:8.1f} ms  "
              f"({records[name]} records)")
    print(f"this/other: best {min(times['this']) / min(times['other']):.3f}, "
          f"median {statistics.median(times['this']) / statistics.median(times['other']):.3f}")


if __name__ == "__main__":
    main()
