"""CPU time of each stage of the whole job, ``baocao.parse(text).indicators``, over the benchmark archive.

Run by hand (not a test), from the repository root, with the checkout to measure on PYTHONPATH:
  PYTHONPATH=src .venv/bin/python benchmarks/bench_stages.py [--repeat 3] [FILE ...]
The files are those of bench_scale.py's archive (as ``bench_compare.py --archive``) unless given.
The stages, as ``report._parse`` calls them: the normalizer (``Document.from_text``; its OCR pass
timed apart), the extractors (``extract_document``), the footnotes, the tables, the sections, the
sentences, and the rest of building the report; then indicator resolution (``Report.indicators``).
Each stage is timed by a wrapper around its call (CPU time, ``time.process_time``); each
repetition is a process of its own over every file (the caches cold, as in ``bench_compare.py``),
and the median share of each stage is printed.

Results (259 files, 1.358 MB, 3 repetitions on a loaded 2-core machine), at 2a8b240: the job
5.99 CPU-s (median), 0.23 MB per CPU-s; resolution 69.9% of it, the normalizer 15.4% (its OCR
pass 13.2%: the judgement of the ~12,300 syllables that form no word, 11,600 of which it leaves
alone, about a third of the pass; tokenizing a seventh; the sweeps over every syllable most of
the rest), the extractors 8.2% (eight modules of 0.4-1.2% of the job each), the sections 3.1%,
the sentences 0.5%, the footnotes 0.3%, the tables 0.1%, the rest of the report (the records
annotated with their section and sentence, sorted) 2.2%.

Then (319 files, 1.451 MB, load 9 on 2 cores), at 60a1d2f: the job 7.15 CPU-s (median), 0.20 MB per
CPU-s (5.01 CPU-s, 0.29 MB per CPU-s, at load 3: the CPU time itself grows with the load); resolution 71.4%, the normalizer 14.8% (its OCR pass 12.7%), the extractors 8.2%, the sections
2.7%. Inside resolution (py-spy, unprofiled, share of the job): placing each figure in its
statement (``statements.place``) 27%, of which naming it (``naming.named_by_phrase_before``) 14%
(``phrases.name_in`` 9%, the tagger 3%, ``over_enumeration`` 3%), the reasons a figure is none
(``events.not_an_indicator``) 4%, its role 2%; building the records (``build.records``) 24%, of
which key matching 14% (``match_key`` 7% and ``part_key`` 7%, in all the bigram pre-test
``key_bounds.hopeful`` 7% and the names cleaned 3%); the document's time 2.5%, the fallback period 2%.
No line of Python holds 2% of the job and no function outside these trees 4%: the time is spread over
about a hundred rules of a few microseconds each per figure (6,254 figures placed, about 1 ms each).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = "Năm 2024, GRDP tăng 7%, đạt 101% kế hoạch¹; kết nạp 40 đảng viên mới.\n\n¹ B.\n"


def _timed(holder: object, name: str, label: str, spent: Counter) -> None:
    """Wrap ``holder.name`` so that each call adds its CPU time to ``spent[label]``."""
    inner = getattr(holder, name)

    def wrapper(*args, **kwargs):
        t0 = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - t0

    setattr(holder, name, wrapper)


def _once(paths: list[str]) -> dict[str, float]:
    """The CPU seconds of each stage over `paths`, in this process (its caches cold but the rules')."""
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    import baocao
    import baocao.normalize as normalize_module
    import baocao.report as report

    baocao.parse(WARM_UP).indicators   # the rules, the lexicon and the tagger loaded
    spent: Counter[str] = Counter()
    _timed(report.Document, "from_text", "normalizer", spent)
    _timed(normalize_module, "_ocr_in_reading_order", "  its OCR pass", spent)
    _timed(report, "extract_document", "extractors", spent)
    _timed(report._footnotes, "find", "footnotes", spent)
    _timed(report._tables, "find", "tables", spent)
    _timed(report._sections, "find", "sections", spent)
    _timed(report._sentences, "split_line", "sentences", spent)
    t0 = time.process_time()
    reports = [baocao.parse(t) for t in texts]
    built = time.process_time() - t0
    for r in reports:
        r.indicators
    job = time.process_time() - t0
    spent["rest of the report"] = built - sum(v for k, v in spent.items() if not k.startswith(" "))
    spent["resolution"] = job - built
    spent["job"] = job
    spent["MB"] = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return dict(spent)


ORDER = ["resolution", "normalizer", "  its OCR pass", "extractors", "sections", "sentences",
         "footnotes", "tables", "rest of the report"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--once", action="store_true", help=argparse.SUPPRESS)   # a child's run
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    if args.once:
        print(json.dumps(_once(args.files)))
        return
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_scale import child_runs, document_paths

    paths = args.files or [str(p) for p in document_paths()]
    runs = child_runs(__file__, paths, args.repeat)
    mb, job = runs[0]["MB"], statistics.median(r["job"] for r in runs)
    print(f"{len(paths)} files, {mb:.3f} MB, {args.repeat} repetitions: the job {job:.3f} CPU-s "
          f"(median), {mb / job:.2f} MB per CPU-s; median share of the job:")
    for k in ORDER:
        print(f"{k:22} {100 * statistics.median(r.get(k, 0.0) / r['job'] for r in runs):5.1f}%")


if __name__ == "__main__":
    main()
