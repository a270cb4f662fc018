"""CPU time of named functions inside the whole job, ``baocao.parse(text).indicators``, over the benchmark archive.

Run by hand (not a test), from the repository root, with the checkout to measure on PYTHONPATH:
  PYTHONPATH=src .venv/bin/python benchmarks/bench_functions.py [--repeat 3] [module:function ...]
Each function named (by default :data:`FUNCTIONS`) is wrapped, in its module and wherever a module of
``baocao`` imported it by name, so that each outermost call adds its CPU time (``time.process_time``) to
the function's total (a call inside a call of the same function is not counted twice; two functions
nest freely: ``place`` holds ``named_by_phrase_before``). Each repetition is a process of its own over
every file of bench_scale.py's archive (the caches cold, as in ``bench_compare.py``); the median share of
the job, the calls and the time per call are printed.

Why not a profiler: cProfile adds its cost to every call, and over a job of a hundred small rules per
figure it doubles the time and inflates the small functions; a sampler is fair but coarse. Timing a
function in place (two clock readings per call, about a microsecond) keeps what a rule costs inside the
job, where the caches are colder than in a replay of its calls: at session 44's start, ``roles.role_of``
cost 2.9% of the job here (26.7 us a call), against 1.1% when its 6,467 calls were replayed alone after
the job (15.6 us a call).

Results (339 files, 1.483 MB, 3 repetitions, load about 5 on 2 cores), at session 44's start (7b4f86e):
the job 6.04 CPU-s (median), of which ``statements.read_scope`` (placing every figure) 36.5%,
``statements.place`` 29.8%, ``build.records`` 21.2% (``build._indicator_record`` 18.9%: ``keys.match_key``
11.3%, ``key_bounds.hopeful`` 6.9%, ``key_parts.part_key`` 5.4%), ``naming.named_by_phrase_before``
15.6%, the normalizer 15.5%, ``phrases.name_in`` 9.9% (``phrases._strip_ends`` 5.6%), the extractors
8.9%, ``events.not_an_indicator`` 3.5%, ``enumerations.over_enumeration`` 3.0%, ``roles.role_of`` 2.9%
(2.2% once five of its rules were gated, resolve/role_gates.py), ``governing.document_time`` 2.5%,
``periods.fallback_period`` 2.3%, ``roles.read_figure`` 2.3%. No function
called per figure repeats a question: ``named_by_phrase_before`` is asked 5,761 times of 5,761 different
leads, ``_strip_ends`` 10,572 times of 10,564 spans, ``role_of`` 6,467 times of 6,467 figures, so no
answer can be shared between the figures of a sentence.

Then (399 files, 1.578 MB, 3 repetitions, load 6-8 on 2 cores: the job ~10.8 CPU-s, 0.15 MB per CPU-s),
session 46, base 24ff959 → ``enumerations._verb_pair`` asking the tagger last (after the piece before the
comma is read: asked of 211 of the 1,107 names after a comma, where all 1,107 were asked before):
``_over_enumeration`` 6.9% → 4.2% of the job (190.7 → 116.4 us a call), ``_verb_pair`` 3.8% → 1.6% (112.5 → 46.5 us),
``named_by_phrase_before`` 434 → 402 us a call; the whole job's ratio (``bench_compare.py``, 3 and 5
repetitions) 0.94-1.15, below what the machine resolves. cProfile over the archive (wall clock, ~54 s
profiled): regular expressions 17% of it (1.49 million calls: ``match`` 469,000, ``search`` 420,000, of
which ``phrases._start_cut_of`` 126,000 matches for 23,700 leads), ``statements.place`` 32% inclusive,
``build.records`` 21%, ``named_by_phrase_before`` 20%, the normalizer 13% (OCR 9.5%), ``match_key``
10%, ``name_in`` 9.7%, the extractors 8.5%, the tagger 6.2% (1,832 calls, 1,633 phrases; 1,262 after);
no function has 2.1% of the time by itself.
"""
from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = "Năm 2024, GRDP tăng 7%, đạt 101% kế hoạch¹; kết nạp 40 đảng viên mới.\n\n¹ B.\n"
R = "baocao.resolve."
#: The functions timed by default (module:function).
FUNCTIONS = [
    "baocao.normalize:normalize", "baocao.extract:extract_document", R + "statements:read_scope",
    R + "statements:place", R + "naming:named_by_phrase_before", R + "phrases:name_in",
    R + "phrases:_strip_ends", R + "enumerations:over_enumeration", R + "events:not_an_indicator",
    R + "roles:role_of", R + "roles:read_figure", R + "build:records", R + "build:_indicator_record",
    R + "keys:match_key", R + "key_parts:part_key", R + "key_bounds:hopeful", R + "governing:document_time",
    R + "periods:fallback_period",
]


def _modules() -> list[Any]:
    """Every module of ``baocao`` (imported), where a function may be held under its name."""
    import baocao

    out = []
    for info in pkgutil.walk_packages(baocao.__path__, "baocao."):
        try:
            out.append(importlib.import_module(info.name))
        except Exception:  # pragma: no cover - an optional piece that does not import here
            continue
    return out


def _wrap(spec: str, modules: list[Any], spent: Counter[str], calls: Counter[str]) -> None:
    """Time the function ``module:name`` in place (its outermost calls only)."""
    module_name, name = spec.split(":")
    inner: Callable[..., Any] = getattr(importlib.import_module(module_name), name)
    busy = [False]

    def timed(*args: Any, **kwargs: Any) -> Any:
        if busy[0]:
            return inner(*args, **kwargs)
        busy[0] = True
        t0 = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[spec] += time.process_time() - t0
            calls[spec] += 1
            busy[0] = False

    for module in modules:
        if getattr(module, name, None) is inner:
            setattr(module, name, timed)


def _once(specs: list[str], paths: list[str]) -> dict[str, Any]:
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    import baocao

    baocao.parse(WARM_UP).indicators
    modules = _modules()
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    for spec in specs:
        _wrap(spec, modules, spent, calls)
    t0 = time.process_time()
    for text in texts:
        baocao.parse(text).indicators
    return {"job": time.process_time() - t0, "MB": sum(len(t.encode("utf-8")) for t in texts) / 1e6,
            "spent": dict(spent), "calls": dict(calls)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--once", action="store_true", help=argparse.SUPPRESS)   # a child's run
    ap.add_argument("functions", nargs="*", help="module:function (default: FUNCTIONS)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_scale import child_runs, document_paths

    specs = args.functions or FUNCTIONS
    paths = [str(p) for p in document_paths()]
    if args.once:
        print(json.dumps(_once(specs, paths)))
        return
    runs = child_runs(__file__, list(specs), args.repeat)
    mb, job = runs[0]["MB"], statistics.median(r["job"] for r in runs)
    print(f"{len(paths)} files, {mb:.3f} MB, {args.repeat} repetitions: the job {job:.3f} CPU-s (median), "
          f"{mb / job:.2f} MB per CPU-s; median share of the job, calls, time per call:")
    share = {s: statistics.median(r["spent"].get(s, 0.0) / r["job"] for r in runs) for s in specs}
    for spec in sorted(specs, key=lambda s: -share[s]):
        n = runs[0]["calls"].get(spec, 0)
        per = statistics.median(r["spent"].get(spec, 0.0) for r in runs) / n * 1e6 if n else 0.0
        print(f"{spec:48} {100 * share[spec]:5.1f}%  {n:7} calls  {per:8.1f} us/call")


if __name__ == "__main__":
    main()
