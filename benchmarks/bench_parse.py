"""Time of baocao.parse (structure + records) vs baocao.extract (records only).

Run by hand (not a test):  .venv/bin/python benchmarks/bench_parse.py [--repeat N]
Prints the best CPU time of N interleaved runs for each on the corpus report with footnotes and the indicator table
(tests/corpus/004_*.txt) and on the whole corpus, and their ratio. Goal: parse within 2x extract.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _best_pair(f, g, arg, repeat):
    """Best CPU time of f(arg) and of g(arg) over `repeat` interleaved runs.

    CPU time of this process (not wall time) and interleaving keep other work on a shared machine
    from favouring one side.
    """
    best_f = best_g = float("inf")
    for _ in range(repeat):
        for fn, which in ((f, 0), (g, 1)):
            t0 = time.process_time()
            fn(arg)
            took = time.process_time() - t0
            if which == 0:
                best_f = min(best_f, took)
            else:
                best_g = min(best_g, took)
    return best_f, best_g


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()

    import baocao

    corpus = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    report = next(p for p in corpus if p.name.startswith("004_")).read_text(encoding="utf-8")
    whole = "\n\n".join(p.read_text(encoding="utf-8") for p in corpus)
    baocao.parse("1. A\n\nđạt 5%¹.\n\n¹ B.\n")  # load rule files and compile patterns first
    for name, text in (("report 004", report), ("whole corpus", whole)):
        t_ex, t_pa = _best_pair(baocao.extract, baocao.parse, text, args.repeat)
        print(f"{name}: {len(text):,} chars  extract {t_ex * 1000:6.1f} ms  parse {t_pa * 1000:6.1f} ms"
              f"  parse/extract {t_pa / t_ex:.2f}x")


if __name__ == "__main__":
    main()
