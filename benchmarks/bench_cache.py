"""Load time of the normalizer's tables (lexicon and running-text model) from the disk cache, this
tree beside another revision, and the time to build them without a cache.

Run by hand (not a test), from the repository root:

    /work/main/.venv/bin/python benchmarks/bench_cache.py --base REV [--repeat 5]

Each tree gets its own cache folder, filled by a first process; then `--repeat` fresh processes per
tree, interleaved, each reading both tables back. Shown: the best and the median wall and CPU time of
the read (``lexicon()`` and ``maybe_model()`` in a process that has imported them).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from trees import code_trees

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import time
import baocao.normalize.lexicon as L, baocao.normalize.lm as M
w, c = time.perf_counter(), time.process_time()
lex, lm = L.lexicon(), M.maybe_model()
print(time.perf_counter() - w, time.process_time() - c)
"""


def _run(src: Path, cache: str) -> tuple[float, float]:
    env = dict(os.environ, PYTHONPATH=str(src), BAOCAO_CACHE_DIR=cache)
    out = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, check=True)
    wall, cpu = out.stdout.split()
    return float(wall), float(cpu)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--base", help="a git revision to compare with (its src/ is taken with git archive)")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        trees = code_trees(args.base, Path(tmp))
        caches = {name: str(Path(tmp) / f"cache{i}") for i, (name, _) in enumerate(trees)}
        build = {name: _run(src, caches[name]) for name, src in trees}    # fills the cache
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in trees}
        for _ in range(args.repeat):
            for name, src in trees:
                runs[name].append(_run(src, caches[name]))
        print(f"{'tree':20} {'build s':>8} {'read best s':>12} {'read median s':>14} {'read CPU s':>11}")
        for name, _ in trees:
            walls = [w for w, _ in runs[name]]
            cpus = [c for _, c in runs[name]]
            print(f"{name:20} {build[name][0]:8.2f} {min(walls):12.3f} {statistics.median(walls):14.3f} "
                  f"{statistics.median(cpus):11.3f}")


if __name__ == "__main__":
    main()
