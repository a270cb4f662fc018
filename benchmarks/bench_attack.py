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

Results (issue 16; CPU-s per MB, ``--base b96cba3 --sizes 1,2``, base → this tree at 142adc8, one
run on a shared 2-core machine: differences under 0.1 are noise):

    class            extract 1 MB   extract 2 MB   parse 1 MB     parse 2 MB
    no-newline       0.68 → 0.60    0.62 → 0.64    2.18 → 2.21    2.11 → 2.08
    scale-words      1.75 → 1.77    1.72 → 1.71    2.04 → 1.98    1.94 → 1.97
    doc-numbers      0.94 → 0.91    0.91 → 0.91    1.37 → 1.38    1.39 → 1.37
    dashes           1.59 → 1.40    1.49 → 1.55    1.67 → 1.51    1.65 → 1.48
    dash-slash       3.01 → 2.04    2.94 → 2.04    8.98 → 8.26    9.18 → 9.09
    digit-runs       0.26 → 0.31    0.27 → 0.27    0.48 → 0.46    0.49 → 0.53
    numerals         0.60 → 0.51    0.59 → 0.52    0.92 → 0.66    0.78 → 0.65
    slashes          1.75 → 1.33    1.69 → 1.33    2.70 → 2.16    2.55 → 2.14
    units            6.37 → 4.67    6.01 → 4.53   12.29 → 10.82  12.34 → 11.17
    heading-lines    1.30 → 1.18    1.36 → 1.22    7.00 → 4.70    6.28 → 4.20
    label-lines      1.59 → 1.71    1.58 → 1.46    5.03 → 4.04    4.98 → 4.09
    title-lines      1.42 → 1.33    1.43 → 1.43     >90 → 4.82     >90 → 4.52

Then (CPU-s per MB, ``--base 36e98c5 --sizes 1,2 --classes units,dash-slash,heading-lines,label-lines,
title-lines``, extract and ``--call parse``, base → this tree at 3f839ae, one run each): a report's records annotated by a copy that shares its fields set (not
``model_copy``), the collector paused while a report's records are built, a figure whose clean span
is its own not copied, a span without a letter not read for a name:

    class            extract 1 MB   extract 2 MB   parse 1 MB     parse 2 MB
    units            4.68 → 4.05    4.61 → 4.15   10.59 → 7.16   10.36 → 7.14
    dash-slash       1.91 → 1.84    1.95 → 1.81    7.79 → 5.70    7.64 → 5.75
    heading-lines    1.22 → 1.21    1.19 → 1.20    4.15 → 3.38    4.08 → 3.40
    label-lines      1.41 → 1.46    1.41 → 1.53    4.17 → 3.55    4.05 → 3.53
    title-lines      1.34 → 1.31    1.32 → 1.33    4.75 → 3.71    4.61 → 3.93

Then (CPU-s per MB, ``--base 29f5e8f --sizes 1,2 --classes units,dash-slash,heading-lines,
label-lines,title-lines,slashes,no-newline,changes,sentences,tab-lines,item-lines``, extract and
``--call parse --cap 90``, base → this tree at 3656613, one run each on a loaded machine: the
absolute figures are higher than above, and differences under 0.2 are noise): extract's records
built without pydantic where every value is one pydantic keeps, ``resolve.place``'s exact
pre-test for a figure with no letter around it, an amount's blocker words read once, a line a
named tuple that keeps whether it is blank, a line without a sentence stop not split, footnote
anchors looked for only where the text has a marker:

    class            extract 1 MB   extract 2 MB   parse 1 MB     parse 2 MB
    units            5.62 → 3.87    4.30 → 3.79    9.76 → 6.44    8.01 → 5.98
    dash-slash       1.87 → 1.76    1.89 → 1.78    6.06 → 5.95    6.09 → 6.21
    heading-lines    1.22 → 1.20    1.20 → 1.20    3.45 → 3.51    3.71 → 3.46
    label-lines      1.43 → 1.43    1.61 → 1.71    3.48 → 3.15    3.48 → 3.12
    title-lines      1.33 → 1.31    1.35 → 1.31    3.82 → 3.65    3.84 → 3.58
    slashes          1.32 → 1.38    1.31 → 1.33    1.46 → 1.52    1.48 → 1.48
    no-newline       0.67 → 0.66    0.63 → 0.62    2.05 → 2.06    1.92 → 1.86
    changes          2.20 → 1.91    2.18 → 1.95    6.09 → 5.52    6.03 → 5.70
    sentences        2.48 → 2.32    2.45 → 2.34    8.43 → 8.18    8.16 → 7.93
    tab-lines        0.95 → 0.95    0.95 → 0.97    5.10 → 4.95    5.60 → 5.06
    item-lines       1.81 → 1.60    1.78 → 1.90    4.82 → 4.32    4.62 → 4.46

Then (CPU-s per MB, ``--base 7208caf --sizes 1,2`` (every class, extract) and ``--sizes 1 --call
parse --cap 90 --classes units,sentences,changes,dash-slash,item-lines,scale-words``, base → this
tree at 77d67c0, one run each on a loaded machine): an amount read without its pattern after a
unit word and an ending the pattern cannot read on (``5 ha``, ``5%``), and its pattern not tried
after a scale word and an ending no unit starts (``1,2 triệu.``), both proved equal to the pattern
by property tests (tests/test_amount_fast_paths.py); the words before a number read once for the
prefix and both blocker tests; money's implied amounts read only where a cue word stands near;
records' slots set by their own setters, their span not checked twice, a document's records not
sorted again; the fraction scan stopped in a text without "/". The classes not shown are within
noise of the base (under 0.1 apart):

    class            extract 1 MB   extract 2 MB   parse 1 MB
    units            3.67 → 2.14    3.67 → 2.06    5.64 → 3.98
    sentences        2.26 → 1.48    2.26 → 1.49   12.96 → 12.12
    changes          1.87 → 1.23    1.87 → 1.19    9.79 → 9.09
    item-lines       1.58 → 0.99    1.56 → 0.98    4.78 → 4.48
    dash-slash       1.71 → 1.62    1.70 → 1.62    7.36 → 7.42
    scale-words      1.73 → 1.44    1.73 → 1.50    2.01 → 1.67
    dashes           1.38 → 1.27    1.40 → 1.26

Still over the goal in extract: ``units`` (a record every 5 bytes; 1 MB, about 10 µs a record on
this loaded machine): the normalizer 0.3 s, the numeral scan 0.3 s (its regex two thirds), reading
the amounts 0.5 s (the words before each number, its reading, the ending after its unit), making
the records 0.6 s (the look-up of how a record is built, its dict and slots), the rest of the
quantity pass and the other rules 0.4 s.

Then (CPU-s per MB, ``--base 5819315 --sizes 1,2`` (every class, extract) and ``--sizes 1,2
--call parse --cap 90 --classes units,sentences,changes,dash-slash``, base → this tree at 7a277d5,
one run each on a loaded machine): a record made by a look-up keyed by the fields given only, its
values a copy of the class's defaults (tests/test_make_fast_path.py); the numerals' offsets and
next words read in batches of matches by C calls; a news byline's line start, a season's paragraph
and sentence and a crop's line looked for within their reach, not back to the start of the line
(a line of a megabyte was read back at each figure: parse was quadratic on one-line text); the
last sentence stop before a figure searched back from it, and a figure with no now word near it
answered by one search (tests/test_reach.py); a report's text folded once; the characters a name
shares with each key variant read from the rows of its own letters. Every class of extract is now
under 2; the classes not shown are within noise of the base (under 0.1 apart):

    class            extract 1 MB   extract 2 MB   parse 1 MB     parse 2 MB
    units            2.08 → 1.88    2.22 → 1.95    4.27 → 3.87    4.03 → 3.78
    sentences        1.50 → 1.46    1.55 → 1.50   13.08 → 8.01   18.16 → 8.21
    changes          1.19 → 1.24    1.29 → 1.33    9.59 → 5.50   13.32 → 5.22
    dash-slash       1.62 → 1.59    1.64 → 1.61    8.17 → 6.86    8.59 → 6.54
    label-lines      1.35 → 1.33    1.42 → 1.34

Then (CPU-s per MB, ``--base c8654c9 --sizes 0.5,1 --call parse --cap 90 --classes sentences,changes,
dash-slash,units``, base → this tree at bbf92b7, one run on a heavily loaded machine: every figure here
is about twice the quiet one, differences under 0.4 are noise): the leftwards patterns of the event
and other-figure rules that end with spaces and the text's end matched where the text before the
figure ends, not searched leftwards over the sentence before it (on one-line text, 600 characters
at each figure):

    class            parse 0.5 MB    parse 1 MB
    sentences       15.99 → 16.35   16.40 → 15.63
    changes         15.23 → 12.65   15.44 → 12.80
    dash-slash      13.29 → 12.83   12.85 → 12.79
    units            7.31 → 7.34     7.28 → 7.00

Still over 2 CPU-s per MB in parse (the indicator rules, run per figure, linear now: about 150 µs
a figure on ``sentences``): the phrase before the figure stripped at both ends
(``resolve.phrases._strip_ends``: four patterns tried at its start and eight at its end, all again
after each cut: about a fifth of the time on ``sentences`` and ``dash-slash``), the phrase after
the figure, the role and period rules, and the Indicator record validated by pydantic (5%);
``units`` (a record every 5 bytes) is the extract's 1.9 and the context and unattached records of
its figures.

Before that, still over the goal, and where the time went (parse at 0.5 MB, CPU-s per MB by stage):
``units`` (a record every 5 bytes) extract 3.6, per record the amount pattern (its range branch
is tried at every numeral), reading the amount and the record (about 15 µs in all), indicators
1.6 (the context of each figure, the pre-test, the unattached record); ``changes``, ``item-lines``
and ``sentences``, the indicator rules per figure (3.9, 2.5, 6.9: the role rules, the phrase
before and after it; a ``sentences`` figure is a real indicator, about 130 µs each with its
record); ``dash-slash``, an indicator per fraction (5.7); ``tab-lines``, the table's rows and
tidy cells (0.9 + 1.8) and the normalizer (0.9); the line classes (a line every 3-7 bytes), per
line the normalizer (0.4-0.9), the sections (0.4-0.9), the extractors' number scan and date
triggers (0.4-1.0), and the lines and sentences with their objects (0.6-1.0).

Then (CPU-s per MB, ``--base 4b91dc0 --sizes 1 --call parse --cap 90 --classes units,dash-slash,
title-lines,heading-lines,label-lines``, base → this tree at 57ae623, one run on a machine loaded
about four times over its two cores: every figure here is about three times the quiet one; the
same records): the regex module looks ahead for a character a pattern needs after a leading repeat
before it matches at an offset, to the text's end where the text has none (``\\s*\\(``: the
period after a figure, matched at every figure, read the rest of a line without a parenthesis:
90 µs a figure at 0.25 MB, quadratic), now compiled with ``core.rules.compile_at``; a report with no
figure record resolves nothing (its time, periods and headings were read for no statement); a
figure's ``Figure`` and an unattached figure's record made without the frozen dataclass's
``__init__``. The real job is unchanged (``bench_compare.py --job --archive --repeat 3``: median
ratio 1.000, the same 4,017 indicators):

    class            parse 1 MB
    units            7.38 → 6.94
    dash-slash      21.27 → 15.04
    title-lines      7.63 → 5.58
    heading-lines    6.99 → 5.57
    label-lines      6.59 → 4.81

Still over the goal: ``dash-slash`` (an indicator per 23 bytes) is the indicator rules per figure,
about 175 µs a figure here, spread over some hundred rule functions with none above 4% (sampled:
the phrase before the figure and its naming 39%, building the records 21%, extract 17%); ``units``
(a figure per 5 bytes, each left unattached) is extract (37%: the amount's reading and its record),
annotating each record (7%) and the statements' segments and the pre-test (23%); the line classes
are the normalizer, the sections, the lines and the sentences, per line.

Then (CPU-s per MB, ``--base d6e504d --sizes 1 --call parse --cap 90 --classes units,dash-slash,
title-lines,heading-lines,label-lines``, base → this tree at 4d99767, two runs on a machine loaded
four to five times over its two cores, the same records; differences under about 15% are noise:
an A/B of one class at 0.2 MB, three times alternated, varies as much): every pattern matched at
an offset with a character it needs after a repeat now made by ``core.rules.compile_at`` (38 of
them, ``tests/test_patterns_at_a_position.py``). One such match on a 0.5 MB line without the
character took 140-4,000 µs and now takes about 1 µs, but these classes seldom reached one:

    class            parse 1 MB (run 1)   parse 1 MB (run 2)
    units            5.51 → 4.69          4.66 → 4.45
    dash-slash       9.26 → 11.67         10.31 → 10.47
    title-lines      3.83 → 4.08          3.70 → 4.32
    heading-lines    3.80 → 3.66          3.30 → 3.18
    label-lines      3.33 → 2.84          2.88 → 2.78

Still over the goal, each a spread of per-figure or per-line Python work with no pattern that
reads ahead (cProfile, 0.05-0.1 MB, shares of the whole): ``dash-slash``, resolving 81% (placing
a figure: the name before it 21%, the name after it or inherited 15%, reading the figure's role
14%, the phrase after it 8%, the event test 7%; building the records 14%), extract 13%; ``units``, extract 35% (reading
the amount 14%, making and copying the record 17%), resolving 47% (the statements' segments 21%,
the context 14%, the document's time 8%); the line classes, the normalizer 30% (page breaks 11%,
OCR tokens 16%), the sections 21%, the sentences of each line 15%, extract 10%.

Then (CPU-s per MB at a0b5e34, ``--sizes 1,2``, every class, one run each on a machine loaded two
to three times over its two cores; ``parse`` rows from ``changes`` on and the ``extract`` column
were measured while this tree's per-line changes below were being made, so they are this tree's
or within noise of it; linear everywhere, 1 MB and 2 MB within noise):

    class          parse 1 MB   parse 2 MB   extract 1 MB   extract 2 MB
    no-newline        3.71         3.86          0.72           0.82
    scale-words       1.74         1.69          1.56           1.65
    doc-numbers       1.20         1.54          1.11           0.94
    dashes            1.64         1.52          1.52           1.59
    dash-slash       12.24        10.99          2.07           2.15
    digit-runs        0.31         0.37          0.28           0.22
    numerals          0.75         0.95          0.59           0.55
    slashes           2.54         2.53          2.01           1.96
    units             5.19         4.81          2.34           2.49
    heading-lines     2.93         3.26          1.12           1.30
    label-lines       2.66         2.81          1.86           1.36
    title-lines       3.01         3.31          1.36           1.35
    changes           8.93         9.30          1.37
    sentences        14.18        14.60
    tab-lines         6.23         6.29
    item-lines        9.50        10.89

and then, base a0b5e34 → this tree side by side (``--base a0b5e34 --sizes 1,2 --call parse``,
one run): a run of line breaks where ``normalize.layout``'s page-break pattern cannot match (the
characters on either side tested first) is not matched; a line whose only stops are a label's
point or an abbreviation's is one sentence without the splitting generator; a sentence and a
table's tidy cell (23 fields) made without their frozen dataclass's ``__init__``. The same output
(``snapshot.py`` byte-identical; each class's records, sections, sentences, tables, edits and
unattached figures at 20 KB the same):

    class            parse 1 MB    parse 2 MB
    heading-lines    3.63 → 3.37   4.31 → 3.47
    label-lines      3.28 → 2.79   3.00 → 3.12
    title-lines      3.71 → 3.29   3.55 → 3.01
    tab-lines        5.56 → 5.24   5.78 → 5.23
    item-lines       9.53 → 8.06   9.00 → 7.75

and ``--call extract`` (the same run; the page-break test is the part of these changes that extract
runs: a line that may go on, as on ``tab-lines``, now pays a few character tests before the pattern):

    class            extract 1 MB  extract 2 MB
    heading-lines    1.08 → 1.03   1.36 → 1.06
    label-lines      1.23 → 1.18   1.37 → 1.18
    title-lines      1.27 → 1.06   1.37 → 1.05
    tab-lines        1.02 → 1.13   1.00 → 1.19
    item-lines       1.67 → 1.28   1.43 → 1.04

Still over 2 in ``parse``, each a spread with no leaf over 2-3% of the samples (a sampling
profiler, 2 ms ticks): ``dash-slash``, ``sentences``, ``changes``, ``item-lines``, ``units``, the
indicator rules at each figure (about 230 µs a figure on ``dash-slash``, in some hundred rule
functions: the phrase before the figure and its naming 36%, building the records 21%, extract 13%);
the line classes at 10-20 µs a line: the sentences of each line, the sections, the numeral scan,
the dates' triggers, the page breaks (now tested first) and one sentence object each;
``tab-lines``, each row's cells and tidy cell and the table indicators' column roles.

Then (CPU-s per MB, ``--base ed833e4 --sizes 1,2 --classes sentences,dash-slash,changes,item-lines``,
``--call parse`` and ``--call extract --cap 90``, base → this tree at a1d189c, one run each on a machine
loaded about three times over its two cores: one tree's runs differ by 10-40% there, so only
``item-lines`` moved beyond noise): five rules asked at every figure skip their slow scans where a cheap
exact test says they find nothing (a stock's words read only where a month or a date lies in reach, a
work's noun pattern tried only where a noun's first word is found by ``str.find``, the sentence stops
before a figure found by ``str.rfind``, each unit's fold looked up in a dict, the make-up patterns tried
only after a count of units). Their share of the job under cProfile (0.05 MB): ``sentences`` 14.8% →
8.5%, ``dash-slash`` 8.2% → 2.7%, ``changes`` 7.4% → 2.4%, ``item-lines`` 22.0% → 4.7%. The same
records (the ``r`` counts; ``snapshot.py`` byte-identical)::

    class        parse 1 MB     parse 2 MB     extract 1 MB   extract 2 MB
    sentences   17.56 → 13.66  14.54 → 14.36   1.70 → 1.71    1.50 → 1.64
    dash-slash  11.50 → 11.52  10.68 → 11.62   1.78 → 2.27    1.74 → 1.70
    changes      9.69 → 10.61  10.77 → 9.68    1.23 → 1.18    1.23 → 1.37
    item-lines  11.67 → 7.49    9.61 → 8.42    0.99 → 1.02    1.02 → 1.01

(extract runs none of the changed code: its column is the noise.) Still over 2 in ``parse``: the indicator
rules at each figure, a spread of some hundred rule functions (naming the figure by the phrase before it
30-36% on ``sentences`` and ``dash-slash``, the event and make-up rules 12-25%, building the records 15-20%).
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
    # a percentage change after another, on one line
    "changes": lambda mb: _repeat("tăng 5% ", mb),
    # a short sentence naming a figure, again and again
    "sentences": lambda mb: _repeat("Dân số 1,2 triệu. ", mb),
    # short lines of two cells split by a tab
    "tab-lines": lambda mb: _repeat("a\tb\n", mb),
    # list items of a quantity each
    "item-lines": lambda mb: _repeat("- Đạt 5 ha\n", mb),
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
