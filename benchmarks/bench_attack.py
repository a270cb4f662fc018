"""CPU time per MB of ``baocao.extract`` on pathological inputs, this tree beside another revision.

Run by hand (not a test), from the repository root:

    /work/main/.venv/bin/python benchmarks/bench_attack.py --base REV [--sizes 0.1,0.5,1,2] [--cap 60]

Each input class is generated at each size (MB of UTF-8) and extracted whole in a fresh process, with
the code of this tree and with the code of `REV` (``git archive REV src``), the two runs side by side.
The time is the process's CPU time for ``baocao.extract(text)`` (``--call parse``: ``baocao.parse``
and reading its records and indicators, which are built when first read) after a warm-up call on
a real report (rule files, lexicons and the part-of-speech tagger loaded outside the timing). A
run past `--cap` CPU seconds is stopped and shown as ``>cap``.
The goal: no class over 2 CPU-s per MB.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from trees import code_trees

ROOT = Path(__file__).resolve().parents[1]


def _repeat(unit: str, mb: float) -> str:
    n = int(mb * 1e6) // len(unit.encode("utf-8")) + 1
    return unit * n


def _corpus() -> str:
    return " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus").glob("*.txt")))


#: The input classes: name -> a function of the size in MB giving the text.
CLASSES = {
    # the corpus with every line break a space: one line of ordinary prose
    "no-newline": lambda mb: _repeat(" ".join(_corpus().split()) + " ", mb),
    # scale words after numerals, no unit, no break
    "scale-words": lambda mb: _repeat("12 nghìn tỷ 345 triệu 6 trăm ", mb),
    # numbers after a document word, with no "/" or "-" anywhere: each a possible footnote body
    # and a document number's start ("NQ 5 Số 5 ")
    "doc-numbers": lambda mb: _repeat("NQ 5 Số 5 Quyết định 5 ", mb),
    # a range dash after every numeral, never closed by a unit
    "dashes": lambda mb: _repeat("5 -", mb),
    # numerals with dashes and slashes that open ranges, dates and fractions and close none
    "dash-slash": lambda mb: _repeat("12 - 3 / 4- 5/ ngày 7/ ", mb),
    # long digit runs (past the float range) between spaces
    "digit-runs": lambda mb: _repeat("9" * 400 + " nghìn tỷ đồng ", mb),
    # short numerals only
    "numerals": lambda mb: _repeat("1 22 333 4,5 6.789 ", mb),
    # a fraction or date after another, on one line
    "slashes": lambda mb: _repeat("5/6 ", mb),
    # a quantity after another, on one line
    "units": lambda mb: _repeat("5 ha ", mb),
    # lines of a heading label and a one-letter title
    "heading-lines": lambda mb: _repeat("1. A\n", mb),
    # lines made of a heading label alone
    "label-lines": lambda mb: _repeat("1.\n", mb),
    # a heading whose title in capitals goes on in the next line, again and again
    "title-lines": lambda mb: _repeat("1. A\nB\n", mb),
}

_CHILD = r"""
import sys, time
import baocao
text = open(sys.argv[1], encoding="utf-8").read()

def call(text):
    if sys.argv[2] == "parse":   # records and indicators are built when first read
        out = baocao.parse(text)
        return len(out.records) + len(out.indicators)
    return len(baocao.extract(text))

call(open(sys.argv[3], encoding="utf-8").read())   # warm-up: rules, lexicons and the tagger loaded
t0 = time.process_time()
n = call(text)
print(time.process_time() - t0, n)
"""
#: the warm-up document: a real report, so that everything loaded on first use (the rule files, the
#: lexicons, the part-of-speech tagger the indicators ask) is loaded outside the timing
_WARM_UP = ROOT / "tests" / "corpus" / "000_2091ac59a1d652e0.txt"


def _run(src: Path, path: Path, cap: float, call: str) -> tuple[float | None, int]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (int(cap) + 5, int(cap) + 5))

    env = dict(os.environ, PYTHONPATH=str(src), BAOCAO_CACHE_DIR=os.environ.get("BAOCAO_CACHE_DIR", "off"))
    p = subprocess.run([sys.executable, "-c", _CHILD, str(path), call, str(_WARM_UP)], env=env,
                       capture_output=True,
                       text=True, preexec_fn=limit)
    if p.returncode != 0:
        return None, -1
    t, n = p.stdout.split()
    return float(t), int(n)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--base", help="a git revision to compare with (its src/ is taken with git archive)")
    ap.add_argument("--sizes", default="0.1,0.5,1,2")
    ap.add_argument("--classes", default=",".join(CLASSES))
    ap.add_argument("--tree", type=Path, default=ROOT / "src",
                    help="the src folder of the code to measure (default: this tree's)")
    ap.add_argument("--call", choices=["extract", "parse"], default="extract",
                    help="what is timed: baocao.extract, or baocao.parse (records and indicators)")
    ap.add_argument("--cap", type=float, default=60.0, help="CPU seconds before a run is stopped")
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        trees = code_trees(args.base, Path(tmp), args.tree)
        head = f"{'class':12} {'MB':>5}" + "".join(f" | {name:>22}" for name, _ in trees)
        print(head + "\n" + "-" * len(head), flush=True)
        for name in args.classes.split(","):
            for mb in sizes:
                text = CLASSES[name](mb)
                path = Path(tmp) / "input.txt"
                path.write_text(text, encoding="utf-8")
                real = len(text.encode("utf-8")) / 1e6
                cells = []
                for _, src in trees:
                    t, n = _run(src, path, args.cap, args.call)
                    cells.append(f"{'>' + str(int(args.cap)) + 's':>7} {'':14}" if t is None else
                                 f"{t:6.2f}s {t / real:6.2f}s/MB {n:6d}r")
                print(f"{name:12} {real:5.2f}" + "".join(f" | {c:>22}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
