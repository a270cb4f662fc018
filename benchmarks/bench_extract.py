"""Throughput of baocao.normalize and baocao.extract on the corpus vs underthesea.text_normalize.

Run by hand (not a test):  .venv/bin/python benchmarks/bench_extract.py [--repeat N]
Prints MB/s (UTF-8 bytes of input per CPU second), best of N interleaved runs, and the ratios to text_normalize:
extract with its default normalization, extract on the raw text (normalize=False), and normalize.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _best(fn, arg, repeat):
    """Best CPU time of `repeat` runs (CPU time, so another process on the machine skews less)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn(arg)
        best = min(best, time.process_time() - t0)
    return best


def _interleaved(fns, arg, repeat):
    """Best CPU time of each function, the runs interleaved so that load changes hit all alike."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            t0 = time.process_time()
            fn(arg)
            best[k] = min(best[k], time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--big-mb", type=float, default=50.0, help="size of the large-input run (MB)")
    args = ap.parse_args()

    import baocao
    from baocao.normalize import normalize
    from underthesea import text_normalize

    docs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus").glob("*.txt"))]
    text = "\n\n".join(docs)
    mb = len(text.encode("utf-8")) / 1e6
    baocao.extract("5%")  # load rule files and lexicons, compile patterns outside the timing
    text_normalize("5%")
    t_ex, t_raw, t_no, t_tn = _interleaved(
        [baocao.extract, lambda t: baocao.extract(t, normalize=False), normalize, text_normalize],
        text, args.repeat)
    n = len(baocao.extract(text))
    print(f"corpus: {mb:.3f} MB, {n} records")
    for label, t in (("baocao.extract", t_ex), ("baocao.extract(normalize=False)", t_raw),
                     ("baocao.normalize", t_no), ("underthesea.text_normalize", t_tn)):
        print(f"{label:32} {mb / t:8.2f} MB/s  ({t * 1000:.0f} ms)  {t_tn / t:5.2f}x text_normalize")

    # the same rate on a large input: no superlinear behaviour
    big = text * max(1, round(args.big_mb / mb))
    big_mb = len(big.encode("utf-8")) / 1e6
    t_big = _best(baocao.extract, big, 1)
    print(f"baocao.extract on {big_mb:.1f} MB: {big_mb / t_big:.2f} MB/s ({t_big:.1f} s)")
    patho = ("1234567890." * 10_000)[:100_000]
    t_p = _best(baocao.extract, patho, 1)
    print(f"100,000 digits and dots: {t_p * 1000:.0f} ms")


if __name__ == "__main__":
    main()
