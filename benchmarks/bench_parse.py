"""Time of baocao.parse (structure + records) vs baocao.extract (records only).

Run by hand (not a test):  .venv/bin/python benchmarks/bench_parse.py [--repeat N]
Prints the best of N runs for each on the corpus report with footnotes and the indicator table
(tests/corpus/004_*.txt) and on the whole corpus, and their ratio. Goal: parse within 2x extract.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _best(fn, arg, repeat):
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(arg)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    import baocao

    corpus = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    report = next(p for p in corpus if p.name.startswith("004_")).read_text(encoding="utf-8")
    whole = "\n\n".join(p.read_text(encoding="utf-8") for p in corpus)
    baocao.parse("1. A\n\nđạt 5%¹.\n\n¹ B.\n")  # load rule files and compile patterns first
    for name, text in (("report 004", report), ("whole corpus", whole)):
        t_ex = _best(baocao.extract, text, args.repeat)
        t_pa = _best(baocao.parse, text, args.repeat)
        print(f"{name}: {len(text):,} chars  extract {t_ex * 1000:6.1f} ms  parse {t_pa * 1000:6.1f} ms"
              f"  parse/extract {t_pa / t_ex:.2f}x")


if __name__ == "__main__":
    main()
