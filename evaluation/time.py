"""Dates and periods against the hand-annotated genre corpus (tests/corpus/genre/{dev,test}/).

Each document NAME.txt there has its gold NAME.time.jsonl, written by reading the text to the
contract of docs/records.md §date/§period (what ``baocao.extract`` should give on the bare text).
A predicted record matches a gold one when kind, start, end and the contract's fields are all
equal (date: day, month, year; period: period_type, start_year, start_month, end_year, end_month,
base). Precision, recall and F1 per kind, for each half separately.

Run by hand:  python evaluation/time.py [--half dev|test|all] [-v]
(-v lists every disagreement: a record with the right span and wrong fields, then the records
found and not in the gold, and the gold records not found.)
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GENRE = ROOT / "tests" / "corpus" / "genre"
KINDS = ("date", "period")
FIELDS = {
    "date": ("day", "month", "year"),
    "period": ("period_type", "start_year", "start_month", "end_year", "end_month", "base"),
}


def documents(half: str):
    """Yield (name, text, gold records) for every annotated document of one half."""
    folder = GENRE / half
    for txt in sorted(folder.glob("*.txt")):
        gold_path = txt.with_name(txt.stem + ".time.jsonl")
        if not gold_path.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
        yield txt.stem, text, gold


def key(rec: dict) -> tuple:
    return (rec["kind"], rec["start"], rec["end"]) + tuple(rec.get(f) for f in FIELDS[rec["kind"]])


def predict(text: str) -> list[dict]:
    import baocao

    return [r.model_dump() for r in baocao.extract(text) if r.kind in KINDS]


def compare(predicted: list[dict], gold: list[dict]):
    """Return (true positives, false positives, false negatives) as lists of records."""
    want = defaultdict(list)
    for g in gold:
        want[key(g)].append(g)
    tp, fp = [], []
    for p in predicted:
        k = key(p)
        if want.get(k):
            tp.append((p, want[k].pop()))
        else:
            fp.append(p)
    fn = [g for rest in want.values() for g in rest]
    return tp, fp, fn


def offset_errors(name: str, text: str, records: list[dict]) -> list[str]:
    """Records whose text is not the document's characters at their offsets."""
    return [f"{name}: {r['kind']} {r['start']}:{r['end']} {r['text']!r} != {text[r['start']:r['end']]!r}"
            for r in records if text[r["start"]:r["end"]] != r["text"]]


def evaluate(half: str):
    """Per kind counts [tp, fp, fn], the disagreements by document, offset errors, and the number
    of documents."""
    counts = {k: [0, 0, 0] for k in KINDS}
    disagreements, offsets, n = [], [], 0
    for name, text, gold in documents(half):
        n += 1
        gold = [g for g in gold if g.get("kind") in KINDS]
        pred = predict(text)
        offsets += offset_errors(name, text, gold) + offset_errors(name, text, pred)
        tp, fp, fn = compare(pred, gold)
        for p, _ in tp:
            counts[p["kind"]][0] += 1
        for p in fp:
            counts[p["kind"]][1] += 1
        for g in fn:
            counts[g["kind"]][2] += 1
        if fp or fn:
            disagreements.append((name, text, fp, fn))
    return counts, disagreements, offsets, n


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _fields(rec: dict) -> str:
    return " ".join(f"{f}={rec.get(f)}" for f in FIELDS[rec["kind"]] if rec.get(f) is not None)


def _show(name: str, text: str, fp: list, fn: list) -> None:
    print(f"--- {name}")
    spans = {(g["kind"], g["start"], g["end"]): g for g in fn}
    shown = set()
    for p in fp:
        g = spans.get((p["kind"], p["start"], p["end"]))
        if g is not None:
            shown.add(id(g))
            print(f"  fields {p['kind']:6} {p['start']}:{p['end']} {p['text']!r}: got {_fields(p)}; "
                  f"gold {_fields(g)}")
    for p in fp:
        if (p["kind"], p["start"], p["end"]) not in spans:
            ctx = text[max(0, p["start"] - 30):p["end"] + 20].replace("\n", " ")
            print(f"  extra  {p['kind']:6} {p['start']}:{p['end']} {p['text']!r} {_fields(p)}  «{ctx}»")
    for g in fn:
        if id(g) not in shown:
            ctx = text[max(0, g["start"] - 30):g["end"] + 20].replace("\n", " ")
            print(f"  missed {g['kind']:6} {g['start']}:{g['end']} {g['text']!r} {_fields(g)}  «{ctx}»")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["dev", "test", "all"], default="all")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    args = ap.parse_args(argv)
    halves = ["dev", "test"] if args.half == "all" else [args.half]
    bad = 0
    for half in halves:
        counts, disagreements, offsets, n = evaluate(half)
        print(f"== {half}: {n} documents")
        for kind in KINDS:
            tp, fp, fn = counts[kind]
            p, r, f = prf(tp, fp, fn)
            print(f"{kind:7} precision {p:.3f} recall {r:.3f} F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")
        for line in offsets:
            print("offset error:", line)
        bad += len(offsets)
        if args.verbose:
            for name, text, fp, fn in disagreements:
                _show(name, text, fp, fn)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
