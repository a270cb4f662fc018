"""Compare extractor output with the hand-checked records in tests/corpus/; P/R per kind.

A predicted record matches an expected one when the kind is the same, the spans overlap and the key
fields below are equal (floats to 1e-9 relative). Span boundaries may differ by a qualifier word or
a "từ": the offset invariant is checked separately and strictly.

Run by hand:  python evaluation/corpus.py [-v]   (prints P/R per kind and each disagreement)
"""
from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
KEY_FIELDS = {
    "percentage": ("value", "per_year"),
    "fraction": ("numerator", "denominator", "unit"),
    "money": ("value", "currency"),
    "quantity": ("value", "unit"),
    "term": ("start_year", "end_year", "ordinal", "label"),
    "date": ("day", "month", "year"),
    "period": ("period_type", "start_year", "start_month", "end_year", "end_month", "base"),
    "docref": ("number", "doc_type", "issuer"),
}
TIME_KINDS = ("date", "period")


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def documents():
    """Yield (name, text, expected records) for every corpus document: NAME.expected.jsonl, whose
    dates and periods come from NAME.time.jsonl where there is one (the gold of docs/records.md
    §date/§period, as tests/corpus/genre/ holds for other documents)."""
    for txt in sorted(CORPUS.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        expected = _jsonl(txt.with_name(txt.stem + ".expected.jsonl"))
        time_gold = txt.with_name(txt.stem + ".time.jsonl")
        if time_gold.exists():
            expected = [e for e in expected if e["kind"] not in TIME_KINDS] + _jsonl(time_gold)
            expected.sort(key=lambda e: (e["start"], e["end"]))
        yield txt.stem, text, expected


def _same(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        if a is None or b is None:
            return a is b
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def _matches(pred: dict, exp: dict) -> bool:
    if pred["kind"] != exp["kind"] or pred["start"] >= exp["end"] or exp["start"] >= pred["end"]:
        return False
    return all(_same(pred.get(f), exp.get(f)) for f in KEY_FIELDS[exp["kind"]])


def compare(predicted: list[dict], expected: list[dict]):
    """Return (true positives, false positives, false negatives), one-to-one by overlap."""
    used = set()
    tp, fp = [], []
    for p in predicted:
        hit = next((i for i, e in enumerate(expected) if i not in used and _matches(p, e)), None)
        if hit is None:
            fp.append(p)
        else:
            used.add(hit)
            tp.append((p, expected[hit]))
    fn = [e for i, e in enumerate(expected) if i not in used]
    return tp, fp, fn


def scores(results) -> dict[str, tuple[float, float, int, int, int]]:
    """Per kind: (precision, recall, tp, fp, fn) over a list of compare() results."""
    counts = defaultdict(lambda: [0, 0, 0])
    for tp, fp, fn in results:
        for p, _ in tp:
            counts[p["kind"]][0] += 1
        for p in fp:
            counts[p["kind"]][1] += 1
        for e in fn:
            counts[e["kind"]][2] += 1
    out = {}
    for kind, (t, f, n) in sorted(counts.items()):
        out[kind] = (t / (t + f) if t + f else 1.0, t / (t + n) if t + n else 1.0, t, f, n)
    return out


def main(verbose: bool) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    import baocao

    results = []
    for name, text, expected in documents():
        predicted = [r.model_dump() for r in baocao.extract(text)]
        res = compare(predicted, expected)
        results.append(res)
        if verbose:
            for p in res[1]:
                print(f"{name} FP {p['kind']:10} {p['start']:>6} {p['text']!r} "
                      f"{ {f: p.get(f) for f in KEY_FIELDS[p['kind']]} }")
            for e in res[2]:
                print(f"{name} FN {e['kind']:10} {e['start']:>6} {e['text']!r} "
                      f"{ {f: e.get(f) for f in KEY_FIELDS[e['kind']]} } {e.get('note', '')}")
    print(f"{'kind':12} {'precision':>9} {'recall':>7} {'tp':>5} {'fp':>4} {'fn':>4}")
    for kind, (p, r, t, f, n) in scores(results).items():
        print(f"{kind:12} {p:9.3f} {r:7.3f} {t:5d} {f:4d} {n:4d}")


if __name__ == "__main__":
    main("-v" in sys.argv)
