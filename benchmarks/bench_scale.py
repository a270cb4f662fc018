"""How the whole job scales with the size of one document: CPU time per MB and peak memory.

Run by hand (not a test), from the repository root:

    PYTHONPATH=src .venv/bin/python benchmarks/bench_scale.py [--sizes 0.2,1,2] [--memory 1,10,50]

Texts are real documents joined by blank lines (tests/corpus/*.txt, tests/corpus/genre/*/*.txt and,
when present, ../shared/reports/*.txt), repeated until the size is reached; MB are 10^6 bytes of
UTF-8. Rows, all in this one run:

- ``job``: CPU time of ``baocao.parse(text).indicators`` (parse, then indicator resolution), the
  first time the text is seen;
- ``parse``: ``baocao.parse(text)`` again; ``resolve``: job - parse, the resolution the first time
  (its caches of phrases and names cold for this text); ``again``: ``report.indicators`` of that second
  report (those caches warm). A text of more than the pool's 1.1 MB repeats documents, so its
  later copies find their phrases in the caches (as a long report's repeated phrases do);
- ``text_normalize``: ``underthesea.text_normalize`` on the same text, the yardstick;
- ``archive``: the same job over the documents one by one (each its own report), after the rows
  above (the caches of phrases, names and keys warm with these documents; the job of a fresh process:
  ``bench_compare.py --job --archive``);
- memory: the peak RSS (``VmHWM``, reset before the call) of a fresh process that loads baocao, warms up on a
  small document, then runs ``baocao.extract``, ``baocao.parse`` or ``baocao.parse(text).indicators``
  on one text of each size, minus its RSS before that call (the text itself included).

Goals (issue 21): job >= 1.0 MB per CPU-second and >= text_normalize; a 2 MB report resolves in under
1.5x the time per MB of a 0.2 MB one; ``parse`` of a 50 MB text peaks under 500 MB.

Results (2 CPUs, the lexicon read from the disk cache; before: the code before issue 21's changes of
resolution, extraction scans and memory, run from a copy of it with this script):

    job MB per CPU-second      before  after     text_normalize
    concat 0.2 MB               0.31    0.32     1.44
    concat 1 MB                 0.33    0.39     1.15
    concat 2 MB                 0.38    0.58     1.19
    archive (85 documents)      0.43    0.60     1.14

    resolution s/MB, again     before  after     (job - parse, caches cold: after 2.21, 1.55, 0.70)
    0.2 / 1 / 2 MB         1.20 1.31 1.50  0.74 0.67 0.66
    10 MB (indicators - parse)  2.8     0.8
    50 MB (indicators - parse)    -     0.8

    peak RSS growth, MiB       before  after
    extract 10 / 50 MB       198 / 777  191 / 588   (CPU 7.7 / 132 s before, 7.0 / 35 s after)
    parse   10 / 50 MB       249 / 1155 191 / 593   (CPU 11.8 / 247 s before, 10.5 / 55 s after)
    indicators 10 / 50 MB    336 / -    258 / 1338  (CPU 39.5 s / - before, 18.6 / 96 s after)

Extraction was quadratic on long texts (a copy of the text before each plain footnote number, a
search back to the start of the text for a form feed at each line wrap, a copy before each run-in
heading's end) and resolution in the lead-in clauses (every figure and period scanned per sentence).
Memory: the records shared their set of given fields, figures annotated in place, the extractors'
scans freed after extraction. Still short of the goals: the job runs at 0.4-0.6 MB per CPU-second
(the normalizer takes about 0.55 s of each MB and the extractors 0.35, before any resolution); a
50 MB ``parse`` peaks at 593 MiB (the records, about 900 bytes each, and the clean text are the
result; the lower-cased text and the number scans the extractors share, about 140 MiB at 50 MB,
live until extraction ends).

Second round (issue 21, resolution: underthesea's tagger fed its CRF features built in one pass,
asked only where its answer is used; key matching pre-tested by a character bound and one rapidfuzz
batch call; each lead read once per report; the province mentions found by ``re``; ``proper_words``
in two scans; the same output: snapshot, evaluation, keys). Two runs of each, alternating, on a
machine under load (4-5 on 2 CPUs); before: main at b96cba3 (``git archive HEAD src``). Best of the
two, MB per CPU-second:

    job                           before  after    resolution s/MB (cold; again)   before        after
    concat 0.2 MB                  0.29    0.46                                    2.51; 0.92    1.36; 0.69
    concat 1 MB                    0.37    0.54                                    1.74; 0.81    0.95; 0.65
    concat 2 MB                    0.53    0.62                                    0.86; 0.86    0.65; 0.70
    archive (106 documents, warm)  0.53    0.64

    bench_compare.py --job, fresh processes, 5 alternating runs (best; median):
    archive (--archive, 1.12 MB)   0.34; 0.32  0.50; 0.46   (this/base 0.67; 0.71)
    seeds (tests/corpus, 0.23 MB)  0.31; 0.30  0.47; 0.45   (this/base 0.68; 0.67)

In a fresh process the resolution's cost was the tagger (its Python feature templates rebuilt the
sentence for every feature) and the scoring of every key variant; both are now small. What is left
is spread thin: the normalizer (about a quarter of the job), the extractors, the statement rules'
regexes at both ends of each lead, underthesea's word segmentation before each tagging. The job
stays short of 1.0 MB per CPU-second.

Third round (issue 21, peak memory of one large text: the numerals' offsets in arrays, the sentence and
section indices shared, one copy of the text per normalizer stage, the heap of the extractors' scans
given back before the structure is built; the same output: snapshot). Before: main at 29f5e8f, this
script, one run each on a machine under load (the 50 MB ``parse`` row twice: 507, 507 before; 427, 426
after); the memory rows with ``BAOCAO_CACHE_DIR=off``:

    peak RSS growth, MiB           before          after           CPU s before / after
    extract 1 / 10 / 50 MB         38 / 196 / 483  37 / 196 / 443  0.8 / 7.2 / 36.2; 0.7 / 6.8 / 35.2
    parse   1 / 10 / 50 MB         38 / 196 / 507  38 / 196 / 426  1.0 / 9.1 / 49.6; 1.0 / 9.0 / 47.0
    indicators 10 / 25 MB          294 / 722       291 / 713       17.5 / 43.0; 17.2 / 48.2

    resolution per MB, 2 MB over 0.2 MB (goal < 1.5x)   before 1.27x (job), 0.94x (again)
                                                        after  1.10x (job), 0.96x (again)

``parse`` of 50 MB now peaks at 426 MiB = 447 MB (goal: under 500 MB). Python's own count of the
live objects (tracemalloc) peaks at about 410 MiB and 351 MiB stay in the report: the records'
field dicts (121 MiB, 464 bytes each for 273,000 records), the clean text (72 MiB), the records'
objects and texts (42 MiB), the offsets of records and sentences (35 MiB of int objects), the
sentences (18 MiB), the edits. At 10 MB and below the peak is the OCR pass's tokens of one block of
2M characters (about 190 MiB), the same before and after. The 19 MiB the 50 MB row had grown since
b96cba3 were no live objects (tracemalloc: peak 433 and retained 372 MiB there, 434 and 371 at
29f5e8f) but freed heap the process still held, which the release after extraction gives back.
``parse(text).indicators`` grows by about 29 MiB per MB (resolution: the statements, names and
contexts of every sentence) and runs at about 0.55 MB per CPU-second at 10 and 25 MB.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the warm-up before any timing: the rules, the lexicon and underthesea's tagger loaded ("kết nạp"
# is a verb before a figure with a phrase after it, which the tagger is asked about)
WARM_UP = "Năm 2024, GRDP tăng 7%, đạt 101% kế hoạch¹; kết nạp 40 đảng viên mới.\n\n¹ B.\n"


def document_paths() -> list[Path]:
    paths = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "corpus" / "genre").glob("*/*.txt"))
    for shared in (Path("/work/shared/reports"), ROOT.parent / "shared" / "reports"):
        if shared.is_dir():
            paths += sorted(shared.glob("*.txt"))
            break
    return paths


def child_runs(script: str, args: list[str], repeat: int) -> list[dict]:
    """``repeat`` runs of ``script --once ARGS``, each a process of its own (the caches start cold each
    time), each answering with one JSON line, its last."""
    return [json.loads(subprocess.run([sys.executable, script, "--once", *args], check=True,
                                      capture_output=True, text=True).stdout.splitlines()[-1])
            for _ in range(repeat)]


def documents() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in document_paths()]


def text_of(mb: float, docs: list[str]) -> str:
    """Documents joined by blank lines until ``mb`` MB of UTF-8 (the last one cut at a line end)."""
    want = int(mb * 1e6)
    parts, size, i = [], 0, 0
    while size < want:
        d = docs[i % len(docs)]
        n = len(d.encode("utf-8")) + 2
        if size + n > want:
            cut = d.encode("utf-8")[:want - size].decode("utf-8", "ignore")
            cut = cut[:cut.rfind("\n") + 1] or cut
            parts.append(cut)
            break
        parts.append(d)
        size += n
        i += 1
    return "\n\n".join(parts)


def cpu(f, *args):
    gc.collect()
    t0 = time.process_time()
    out = f(*args)
    return time.process_time() - t0, out


def mb(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


def speed_rows(sizes, docs, repeat: int) -> None:
    import baocao
    from underthesea import text_normalize

    baocao.parse(WARM_UP).indicators   # warm up
    print(f"{'text':>8} {'MB':>5} {'job s':>6} {'job MB/s':>8} {'parse s':>7} {'resolve s':>9} {'s/MB':>5}"
          f" {'again s':>7} {'s/MB':>5} {'text_normalize MB/s':>19}", flush=True)
    per_mb, again_per_mb = {}, {}
    for size in sizes:
        text = text_of(size, docs)
        m = mb(text)
        best_job = best_parse = best_res = best_tn = float("inf")
        for _ in range(repeat):
            t_job, _ = cpu(lambda: baocao.parse(text).indicators)
            t_parse, report = cpu(baocao.parse, text)
            t_res, _ = cpu(lambda: report.indicators)
            report = None   # the report's memory goes before the next measurement
            t_tn, _ = cpu(text_normalize, text)
            best_job, best_parse = min(best_job, t_job), min(best_parse, t_parse)
            best_res, best_tn = min(best_res, t_res), min(best_tn, t_tn)
        cold = best_job - best_parse
        per_mb[size], again_per_mb[size] = cold / m, best_res / m
        print(f"{'concat':>8} {m:5.2f} {best_job:6.2f} {m / best_job:8.2f} {best_parse:7.2f} {cold:9.2f}"
              f" {cold / m:5.2f} {best_res:7.2f} {best_res / m:5.2f} {m / best_tn:19.2f}", flush=True)
    if len(per_mb) >= 2:
        lo, hi = min(per_mb), max(per_mb)
        print(f"resolution per MB, {hi} MB over {lo} MB: {per_mb[hi] / per_mb[lo]:.2f}x in the job,"
              f" {again_per_mb[hi] / again_per_mb[lo]:.2f}x resolved again (goal < 1.5x)")
    # the archive: every document its own report
    total = sum(mb(d) for d in docs)
    best_job = best_tn = float("inf")
    for _ in range(repeat):
        t_job, _ = cpu(lambda: [baocao.parse(d).indicators for d in docs])
        t_tn, _ = cpu(lambda: [text_normalize(d) for d in docs])
        best_job, best_tn = min(best_job, t_job), min(best_tn, t_tn)
    print(f"{'archive':>8} {total:5.2f} {best_job:6.2f} {total / best_job:8.2f} {'':>7} {'':>9} {'':>5}"
          f" {'':>7} {'':>5} {total / best_tn:19.2f}   ({len(docs)} documents, one report each)", flush=True)


def _status_kib(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    """Start the peak RSS (VmHWM) again from the current RSS (Linux: ``clear_refs`` 5), so the peak
    read after the call is the call's, not that of loading the lexicon."""
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")


def memory_child(what: str, size: float) -> None:
    """One measurement in a fresh process: prints a JSON line."""
    import baocao

    baocao.parse(WARM_UP).indicators
    docs = documents()
    text = text_of(size, docs)
    del docs
    gc.collect()
    _reset_peak()
    before = _status_kib("VmRSS")
    t0 = time.process_time()
    if what == "extract":
        out = baocao.extract(text)
    elif what == "parse":
        out = baocao.parse(text)
    else:
        out = baocao.parse(text).indicators
    took = time.process_time() - t0
    peak = _status_kib("VmHWM")
    print(json.dumps({"what": what, "mb": mb(text), "before_mib": before / 1024, "peak_mib": peak / 1024,
                      "growth_mib": (peak - before) / 1024, "cpu": took, "n": len(getattr(out, "records", out))}))


def memory_rows(sizes, whats) -> None:
    print(f"{'call':>12} {'MB':>6} {'RSS before':>11} {'peak RSS':>9} {'peak-before':>12} {'MiB/MB':>7}"
          f" {'CPU s':>7} {'MB/CPU-s':>9}", flush=True)
    for what in whats:
        for size in sizes:
            res = subprocess.run([sys.executable, __file__, "--child", what, str(size)],
                                 capture_output=True, text=True, env=dict(os.environ))
            if res.returncode != 0:
                print(f"{what:>12} {size:6} failed: {res.stderr.strip().splitlines()[-1:]}", flush=True)
                continue
            r = json.loads(res.stdout.strip().splitlines()[-1])
            print(f"{what:>12} {r['mb']:6.1f} {r['before_mib']:9.0f} M {r['peak_mib']:7.0f} M"
                  f" {r['growth_mib']:10.0f} M {r['growth_mib'] / r['mb']:7.1f} {r['cpu']:7.1f}"
                  f" {r['mb'] / r['cpu']:9.2f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="0.2,1,2", help="MB of the CPU-time rows (empty: none)")
    ap.add_argument("--memory", default="1,10,50", help="MB of the memory rows (empty: none)")
    ap.add_argument("--memory-calls", default="extract,parse,indicators",
                    help="comma-separated: extract, parse, indicators (parse(text).indicators)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        memory_child(args.child[0], float(args.child[1]))
        return
    docs = documents()
    print(f"{len(docs)} documents, {sum(mb(d) for d in docs):.2f} MB; CPU time of this process", flush=True)
    if args.sizes:
        speed_rows([float(s) for s in args.sizes.split(",")], docs, args.repeat)
    if args.memory:
        memory_rows([float(s) for s in args.memory.split(",")], args.memory_calls.split(","))


if __name__ == "__main__":
    main()
