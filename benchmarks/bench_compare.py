"""CPU time of baocao.extract (or of the whole job) in two checkouts, side by side in one run.

Run by hand (not a test):
  .venv/bin/python benchmarks/bench_compare.py --base /path/to/other/checkout/src [--repeat 7] [--raw] [FILE ...]
  .venv/bin/python benchmarks/bench_compare.py --base /path/to/other/checkout/src --job [--archive] [FILE ...]
Each repetition runs one child process per checkout, alternating which goes first, so that load
changes on the machine hit both alike; a child loads the rules outside the timing, then times
`baocao.extract` (CPU time) over every file (default: tests/corpus/*.txt); with --raw, on the text
as it is (normalize=False: the rules alone); with --job, the whole job `baocao.parse(text).indicators`
(each file its own report, after the warm-up of benchmarks/bench_scale.py, which loads the tagger). --archive: the files of benchmarks/bench_scale.py's
archive (tests/corpus/*.txt, tests/corpus/genre/*/*.txt, ../shared/reports/*.txt). Prints the best
and the median of each checkout, their ratio and MB per CPU-second.

Results (issue 21's goal for the whole job: 1.0 MB per CPU-second), ``--job --archive`` (149 files,
1.18 MB, 7 repetitions on a loaded 2-core machine), base 5819315 → this tree at 0fcb8c6 (a report's
text folded once; key matching's letter bound read from the name's own letters and only its
hopeful entries visited; a figure with no now word near it answered by one search): median 3.157
→ 3.030 CPU-s, 0.37 → 0.39 MB per CPU-s (ratio 0.96, best 0.96), the same 3,103 indicators. Where the rest goes (py-spy over the archive):
indicator resolution about 60% (key matching 15%, most of it rapidfuzz's scoring of the variants
the bound leaves; the phrase before a figure 12-14%, its ends stripped 8%; the tagger 5%), the
normalizer 19% (its OCR pass 15%), the extractors 9%, the sections 6%. ``extract`` alone
(``--archive``, 5 repetitions): median 0.955 → 0.876 CPU-s (ratio 0.92), the same 6,873 records;
on tests/corpus (11 repetitions) within noise (ratio 0.996).
Then ``--job --archive`` (169 files, 1.21 MB, 7 repetitions on a heavily loaded 2-core machine:
the absolute figures are about half the quiet ones), base c8654c9 → this tree at bbf92b7 (key
matching's pre-test bounded by the bigrams a variant shares with the name; the "Đến nay," openers
found by their words; the event rules' leftwards patterns matched at the figure): median 5.438 →
5.213 CPU-s (ratio 0.959, best 0.960), the same 3,266 indicators. pydantic's validation of the
indicator records is about 1% of the job (11 µs a record; a check in Python of each field, to make
them without it, costs more); the rest is spread over the rules per figure (the phrase before a
figure ~10%, key matching ~10%, the OCR pass ~15%, the tagger ~4%, the collector's pass after a
report ~2.5%, compiling the home province's patterns ~2.5%).
Then ``--job --archive`` (189 files, 1.24 MB, 7 repetitions on a heavily loaded 2-core machine: about
twice the quiet figures), base a6edf28 → this tree at 0fc2cbb (the prose indicators built without
pydantic where their values are of their fields' types; a lead's fillers tried only after a word one
opens with; ``fold``'s translate table holding the report's characters; key matching's bigram rows
read as uint8): median 5.662 → 5.411 CPU-s (ratio 0.956, best 0.991), 0.22 → 0.23 MB per CPU-s,
the same 3,481 indicators. Where the rest goes (py-spy, share of the job): resolution about 61% (the
phrase before a figure 12%, its ends stripped 7%, key matching 5%, the tagger 3.5%), the OCR pass
13% (its judgement of the ~11,000 valid syllables that form no word with a neighbour 5%, of which
10,400 change nothing; tokenizing 3%), the extractors 10%, the sections 5% (the run-in label search
over long lines 2%, proper words 2%); pydantic's validation was 1%.
Then ``--job --archive`` (259 files, 1.36 MB, a machine at load 9 on 2 cores: the ratio of one
run of 3-7 repetitions ranged 0.86-1.15, so changes of a few percent are below what it resolves),
base d6e504d → this tree at a7eb20d (key_names.clean, section_plans.path_is_target and
phrases.clean_name remembered: 37%, 86% and 74% of their calls repeat): medians 0.966 and 0.990 in
two runs of 7 and 5, the same 4,003 indicators; time inside the three functions about 0.8 → 0.4 s
wall of ~6 s. Where the job goes (py-spy at 250 Hz, 1,941 samples, inclusive share): resolution 68%
(the rules per figure, ``statements.place``, 28%: naming by the phrase before 16%, of it the tagger
5%, enumerations 3%; the records built 21%: key matching 11%, its pre-test 5.5%, part keys 5.5%;
``name_in`` from every caller 8.6%; the tagger in all 7.7%, underthesea's word segmentation 5.2% of
it, 772 distinct phrases), the normalizer 20% (the OCR pass 17%: its C-level sweeps 5%, judging
syllables 4.3%, tokenizing 3.1%), the extractors 6.5%, the sections 2.9%; the collector 0.9%. No
function above 3% by itself (self time): what is left is spread over several hundred rules.
Then ``--job --archive`` (299 files, 1.42 MB, load 5-7 on 2 cores), base 39b04d9 → this tree at
8254bc5 (whether a statement is a stock read only where a month up to is found; ``period_in``'s year scans
only where the segment writes a year's digits): three runs, median ratios 0.960, 1.035 (3 repetitions)
and 1.067 (5), best 1.078, 1.054 and 0.981, the same 4,351 indicators; the two functions timed inside
the job 0.153 → 0.105 CPU-s (about 0.8% of it), well below what these runs resolve. Where the job goes
(functions timed inside it, inclusive): resolution 69% (the rules per figure, ``statements.place``, 30%:
naming by the phrase before 16%, ``name_in`` 9.5%, the tagger 5%, ``not_an_indicator``'s 15 rules 4%;
the records built 22%: key matching 11%, its pre-test ``key_bounds.hopeful`` 6% at 108 µs a call, 61 µs
alone, ``part_key`` 6%). Of resolution (py-spy ``--native``): Python frames 45%, the ``regex`` engine
35% (no rule above 3%; about 700,000 calls of some 270 ns each at least), the interpreter's own
work (allocation, hashing, slicing) 16%, the tagger's CRF 3%, numpy 2%, rapidfuzz 2%.
Then ``--job --archive`` (399 files, 1.578 MB, 3 repetitions, load 8 on 2 cores), base ddab0fa → 0786e48
(``key_bounds.hopeful``: the name's bigrams counted in C, the kept scores compared as Python floats):
median 8.345 → 8.301 CPU-s (ratio 0.995, best 0.981), 0.19 MB per CPU-s, the same 5,167 indicators; the
pre-test replayed alone on the archive's 4,632 names 0.303 → 0.297 CPU-s. Where the job goes (py-spy at
200 Hz, inclusive): resolution 72% (``statements.place`` 31%: naming by the phrase before 20%, ``name_in``
11%, the tagger 6.2%, 1,260 calls of 1,210 distinct phrases, underthesea's word segmentation 4.4% of it;
the records built 22%: key matching 11%, its pre-test 7.3%), the normalizer 14% (OCR pass 12%), the
extractors 8%. cProfile: 1.18 million calls of ``regex`` patterns from baocao (1.05 million from the
resolvers, about 150 a placed figure; ``phrases._start_cut_of`` alone 131,000), a failing anchored match
costing about 0.5 µs more than a Python call: the fixed cost of the calls, not their reading, is what a
per-figure rule spends.
Then (session 49, 2026-12-07) ``--job --archive --repeat 3`` (439 files, 1.648 MB, load 2-5 on 2 cores), base
2ef84b9 → this tree at dde5fe7 (a lead's start pieces tried only where its first character or word may open
one, and what a start cut leaves not read again; punctuation at a lead's end not searched for after a letter;
a name's final-y and parenthesis patterns only where it has a y or a parenthesis; the hottest short matches
holding the GIL, ``core.rules.GIL_HELD``): two runs, median ratios 0.749 and 0.970, best 0.770 and 0.924, the
same 5,560 indicators: the machine's noise, well beyond the change. Counted instead (cachegrind, instructions,
one process over the 5 documents of tests/corpus and the 394 dev documents, the same 3,954 indicators; the process's
start and warm-up, which load the lexicons and the tagger, 15.79 G): base 43.600 G → 43.210 (the start
pieces) → 43.127 (the pre-tests) → 42.991 (the GIL), the job's own 27.81 → 27.20 G (-2.2%); ``_strip_ends``
replayed on its 9,242 calls with cold caches 0.21-0.34 → 0.18-0.28 CPU-s. What the counts show besides: the
regex module gives up the GIL and takes it back around every match on a ``str`` (and again inside a match
each time its backtracking stack grows, ``ByteStack_push_block``): ``take_gil``, ``drop_gil`` and their mutexes
were 1.31 G of the base job (4.7%), 1.04 G now; a match given ``concurrent=False`` by position skips it (a
search of a short name 420 → 320 ns, a failing anchored match 195 → 121 ns; by keyword it costs more than it
saves), so holding it at every match of the rules would take most of the 3.8% left. The collector: no full
pass runs during the job (``gc.get_stats()``: the two of the start only; the young passes 0.03 s of 4.9 s), so
``gc.freeze()`` after the warm-up changes nothing measurable. Where the job goes now (a sampling profiler of
``SIGPROF`` at 1 ms over the same documents, inclusive, before → after): resolution 69 → 70% (``statements.place``
30%: naming by the phrase before 20 → 18%, ``name_in`` 10.1 → 7.9%, of it ``_strip_ends`` 6.1 → 4.0% and the
start pieces' own time 2.7 → 0.8%; the records built 20%: key matching 9.7%, its pre-test
``key_bounds.hopeful`` 6.3%, ``part_key`` 4.9%; the tagger 6.2%), the normalizer 15% (OCR pass 11%), the
extractors 9%; no function above 3.7% by itself (the tagger's CRF). Key matching's pre-test costs 92 µs a call inside the job
and 49 µs replayed alone (its arrays fall out of the caches between calls); scoring its few candidates one by
one instead of by ``process.extract`` saves nothing.
Then the whole session's code (cachegrind as above, one process over tests/corpus and the dev documents numbered
below 410, 399 files): the start 2ef84b9 53.64 G, dde5fe7's savings merged with some rules (890e20c) 53.52 G, the
session's final rules (7a07e91) 53.86 G (+0.4% over the start: the eighteen rules added cost about what the
savings took off); ``--job --archive --repeat 3`` on 890e20c gave best 1.173 / median 1.085 under load, the
spread the identical trees give.
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
_CHILD = r"""
import json, sys, time
import baocao
mode = sys.argv[1]
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
baocao.extract("vốn 28 tỷ đồng, 5%")
if mode == "job":   # bench_scale.py's WARM_UP: the tagger loaded too
    baocao.parse("Năm 2024, GRDP tăng 7%, đạt 101% kế hoạch¹; kết nạp 40 đảng viên mới.\n\n¹ B.\n").indicators
t0 = time.process_time()
if mode == "job":
    n = sum(len(baocao.parse(t).indicators) for t in texts)
else:
    n = sum(len(baocao.extract(t, normalize=mode == "normalize")) for t in texts)
print(json.dumps({"cpu": time.process_time() - t0, "records": n}))
"""


def _run(src: str, files: list[str], mode: str) -> dict:
    env = dict(os.environ, PYTHONPATH=src)
    out = subprocess.run([sys.executable, "-c", _CHILD, mode, *files], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--base", required=True, help="src/ directory of the checkout to compare with")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--raw", action="store_true", help="extract(normalize=False): the rules alone")
    ap.add_argument("--job", action="store_true", help="time baocao.parse(text).indicators")
    ap.add_argument("--archive", action="store_true", help="the files of bench_scale.py's archive")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    mode = "job" if args.job else "raw" if args.raw else "normalize"
    if args.archive:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from bench_scale import document_paths

        files = [str(p) for p in document_paths()]
    else:
        files = args.files or [str(p) for p in sorted((ROOT / "tests" / "corpus").glob("*.txt"))]
    mine, base = str(ROOT / "src"), args.base
    times = {mine: [], base: []}
    records = {}
    for k in range(args.repeat):
        for src in ((mine, base) if k % 2 == 0 else (base, mine)):
            r = _run(src, files, mode)
            times[src].append(r["cpu"])
            records[src] = r["records"]
    mb = sum(Path(f).stat().st_size for f in files) / 1e6
    what = {"job": ", parse(text).indicators", "raw": ", normalize=False", "normalize": ""}[mode]
    print(f"{len(files)} files, {mb:.3f} MB, {args.repeat} repetitions (CPU seconds{what})")
    for label, src in (("this checkout", mine), ("base", base)):
        t = times[src]
        print(f"{label:14} best {min(t):.3f}  median {statistics.median(t):.3f}  "
              f"MB/CPU-s best {mb / min(t):.2f}  median {mb / statistics.median(t):.2f}  "
              f"{'indicators' if mode == 'job' else 'records'} {records[src]}  ({src})")
    print(f"ratio this/base: best {min(times[mine]) / min(times[base]):.3f}  "
          f"median {statistics.median(times[mine]) / statistics.median(times[base]):.3f}")


if __name__ == "__main__":
    main()
