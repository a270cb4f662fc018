"""Canonical keys against the genre gold (issue 17), offline: the key resolver alone, not the parser.

    python evaluation/keys.py [--half dev|test] [-v]

For every indicator statement of tests/indicators/genre_<half>.yaml (written by reading the documents
of tests/corpus/genre/<half>/), calls ``match_key(name, unit, measure)`` with the gold's own name, unit
and measure, and compares the answer with the gold key (``new:x`` proposals count as ``x``). Prints the
share of statements given the right key, the share given any key, the share right among those keyed,
and the wrong keys (a key other than the gold's: worse than none); ``-v`` lists every statement missed.
On the held-out half (``--half test``) only the figures are printed, never a statement.
With the measure unknown (``--no-measure``) the same is measured as ``match_key(name, unit)``.
``--bench`` times ``match_key`` (CPU time, side by side in one run) with rapidfuzz's ``score_cutoff``
pruning and with every candidate scored fully, over every vocabulary variant and dev gold name.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "tests" / "indicators"


def statements(half: str):
    """(document, gold statement) for every indicator statement of a half (unattached figures left out)."""
    data = yaml.safe_load((EXPECTED / f"genre_{half}.yaml").read_text(encoding="utf-8"))
    for doc, entries in data["documents"].items():
        for e in entries or []:
            if "unattached" not in e:
                yield doc, e


def gold_key(e) -> str | None:
    k = e.get("key")
    return k.removeprefix("new:") if k else None


def score_keys(half: str = "dev", use_measure: bool = True) -> dict:
    """Right, keyed and wrong shares of ``match_key`` on the gold statements of ``half``."""
    from baocao.resolve import match_key

    rows = []
    for doc, e in statements(half):
        got = match_key(e["name"], e.get("unit"), e.get("measure") if use_measure else None)
        rows.append((doc, e, gold_key(e), got))
    with_gold = [r for r in rows if r[2] is not None]
    keyed = [r for r in with_gold if r[3] is not None]
    right = [r for r in keyed if r[3] == r[2]]
    wrong = [r for r in keyed if r[3] != r[2]]
    n = len(with_gold)
    return dict(statements=len(rows), with_gold=n, right=len(right) / n if n else 0.0,
                keyed=len(keyed) / n if n else 0.0,
                precision=len(right) / len(keyed) if keyed else 1.0,
                wrong=[(d, e["name"], e.get("unit"), e.get("measure"), g, k) for d, e, g, k in wrong],
                missed=[(d, e["name"], e.get("unit"), e.get("measure"), g) for d, e, g, k in with_gold
                        if k is None],
                gold_keys=len({r[2] for r in with_gold}),
                keys_right=len({r[2] for r in right}))


def bench(repeat: int = 3) -> dict:
    """CPU seconds of ``match_key`` pruned and unpruned over the same names (best of ``repeat``)."""
    import time

    from baocao.resolve import match_key
    from baocao.resolve._rules import load

    cases = [(v, (k.units or [None])[0], m) for k in load("indicator_keys").keys for v in k.variants
             for m in (None, (k.measures or [None])[0])]
    cases += [(e["name"], e.get("unit"), m) for _, e in statements("dev") for m in (None, e.get("measure"))]
    out = {}
    for label, prune in (("pruned", True), ("full", False)):
        best = float("inf")
        for _ in range(repeat):
            t = time.process_time()
            for name, unit, m in cases:
                match_key(name, unit, m, _prune=prune)
            best = min(best, time.process_time() - t)
        out[label] = best
    out["calls"] = len(cases)
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", default="dev", choices=["dev", "test"])
    ap.add_argument("--no-measure", action="store_true", help="call match_key without the gold measure")
    ap.add_argument("-v", action="store_true", help="list the statements missed")
    ap.add_argument("--bench", action="store_true", help="time match_key with and without pruning")
    a = ap.parse_args(argv)
    if a.bench:
        b = bench()
        print(f"match_key over {b['calls']} calls, CPU s: pruned {b['pruned']:.3f} "
              f"({1e3 * b['pruned'] / b['calls']:.2f} ms/call), full {b['full']:.3f} "
              f"({1e3 * b['full'] / b['calls']:.2f} ms/call)")
        return
    r = score_keys(a.half, not a.no_measure)
    print(f"genre {a.half}: {r['with_gold']} statements with a gold key ({r['gold_keys']} distinct keys, "
          f"{r['keys_right']} found); key right {r['right']:.1%}, keyed {r['keyed']:.1%}, right of keyed "
          f"{r['precision']:.1%}, wrong keys {len(r['wrong'])}")
    if a.half == "test":
        return  # the held-out half: its figures only, never its statements (nothing is tuned on it)
    for d, name, unit, measure, g, k in r["wrong"]:
        print(f"  WRONG {d}: {name!r} ({unit}, {measure}) -> {k}, gold {g}")
    if a.v:
        for d, name, unit, measure, g in r["missed"]:
            print(f"  missed {d}: {name!r} ({unit}, {measure}), gold {g}")
        print("  missed by gold key:", Counter(m[4] for m in r["missed"]).most_common())


if __name__ == "__main__":
    main()
