"""The viewer page (baocao.view) of the bundled report: CPU time and size against the text.

Run by hand (not a test):

    PYTHONPATH=src .venv/bin/python benchmarks/bench_view.py [FILE] [--repeat 5]

Parses FILE (default: the bundled report tests/corpus/004_*.txt, 192 KB), resolves its indicators,
then times the page alone (``baocao.view.markup.page``: markup, indicator table, JSON of the
fields), best of ``--repeat`` runs in CPU time (``time.process_time``), beside the parse and the
resolution the command ``baocao view`` also pays for; and prints the page's size in bytes over the
file's. The goals: the page renders in under 2 s and weighs under 5 times the text.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import baocao
from baocao.view.markup import page


def _cpu(fn):  # type: ignore[no-untyped-def]
    t = time.process_time()
    out = fn()
    return out, time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = next((Path(__file__).resolve().parents[1] / "tests" / "corpus").glob("004_*.txt"))
    ap.add_argument("file", nargs="?", default=str(default))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    report, t_parse = _cpu(lambda: baocao.parse_file(args.file))
    _, t_resolve = _cpu(lambda: report.indicators)
    times = []
    for _ in range(args.repeat):
        markup, t = _cpu(lambda: page(report))
        times.append(t)
    size, text = len(markup.encode()), Path(args.file).stat().st_size
    print(f"{args.file}: {text:,} bytes, {len(report.original):,} characters, "
          f"{len(report.records)} records, {len(report.indicators)} indicators, {len(report.edits)} edits")
    print(f"parse {t_parse:.2f} s CPU, indicators {t_resolve:.2f} s CPU, "
          f"page {min(times):.3f} s CPU (best of {args.repeat}; worst {max(times):.3f})")
    print(f"page {size:,} bytes = {size / text:.2f} x the file")


if __name__ == "__main__":
    main()
