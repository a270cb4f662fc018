"""How far two annotations of the same documents agree: the ceiling of issue 17's figures.

    python evaluation/agreement.py FIRST.yaml SECOND.yaml [-v]

Both files are gold files in the format of ``tests/indicators/genre_dev*.yaml``, written independently by
two readers of the same documents under docs/records.md. A statement of one is paired with the statement
of the other whose figure overlaps it (``at`` and ``fig`` located in the document as the evaluation
does). Printed: how many figures each reader made a statement, unattached or nothing; of the figures both
made a statement, the share on which they agree, field by field, with the same comparisons as
``evaluation/indicators.py`` (names fuzzy-equal, numbers to rounding, periods by their label; ``doc`` is a
label of its own here); and "all", the fields issue 17's goal asks to be right together. Where two careful
readers agree on a field less often than the goal asks of the code, the contract leaves that field open
and the goal cannot be measured above that share. ``-v`` lists every disagreement.

Measured (batch m, documents 140-149, read a second time without its gold:
``tests/indicators/second_readings/genre_dev_m.yaml``): of 95 statements each, 94 figures both
readers made a statement, 8 both left unattached, none a statement for one and unattached for the other (4 figures one reader left out); all
fields agree on 0.936 of the 94 (name 0.957, period 0.979, measure 0.979, direction 0.989, value, unit,
framing, target, achievement 1.000), keys 0.883 (most differences are two names proposed for a key the
vocabulary lacks). Two readers of the contract reach issue 17's 0.92 on these documents; the code's
0.36-0.51 on fresh batches is far below what the contract allows.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from indicators import (  # noqa: E402  (the evaluation's own comparisons, one definition)
    CORPUS, EXTRA_FIELDS, GENRE_FIELDS, _close, _key_of, _period_label, locate, names_match)

_NUMBERS = ("value", "target", "ach", "margin", "from_value")


def _same(field: str, a: dict, b: dict) -> bool:
    x, y = a.get(field), b.get(field)
    if field == "name":
        return names_match(x, y)
    if field in _NUMBERS:
        return _close(x, y)
    if field in ("period", "from_period"):
        return _period_label(x) == _period_label(y)
    if field == "key":
        return _key_of(a) == _key_of(b)
    return x == y


def _entries(path: Path) -> dict:
    docs = yaml.safe_load(path.read_text(encoding="utf-8"))["documents"] or {}
    return {doc: entries or [] for doc, entries in docs.items()}


def _spans(doc: str, entries: list) -> list:
    text = (CORPUS / doc).read_text(encoding="utf-8")
    return [(locate(text, e["at"], e["fig"]), e) for e in entries]


def _overlap(s, t) -> bool:
    return s[0] < t[1] and t[0] < s[1]


def agreement(first: Path, second: Path, verbose: bool = False) -> dict:
    """The counts and per-field agreement of two annotations (see the module's text)."""
    a_docs, b_docs = _entries(first), _entries(second)
    fields = GENRE_FIELDS + EXTRA_FIELDS + ("key",)
    counts = dict(documents=len(set(a_docs) & set(b_docs)), both=0, first_only=0, second_only=0,
                  first_statement_second_unattached=0, first_unattached_second_statement=0,
                  both_unattached=0)
    agree = {f: 0 for f in fields + ("all",)}
    for doc in sorted(set(a_docs) | set(b_docs)):
        if doc not in a_docs or doc not in b_docs:
            print(f"  {doc}: annotated in one file only", file=sys.stderr)
            continue
        a, b = _spans(doc, a_docs[doc]), _spans(doc, b_docs[doc])
        used: set = set()
        for span, ea in a:
            j = next((j for j, (t, _) in enumerate(b) if j not in used and _overlap(span, t)), None)
            if j is None:
                counts["first_only"] += 1
                if verbose:
                    print(f"  {doc[-40:]} {ea['fig']!r}: only in the first")
                continue
            used.add(j)
            eb = b[j][1]
            ua, ub = "unattached" in ea, "unattached" in eb
            if ua and ub:
                counts["both_unattached"] += 1
            elif ua or ub:
                counts["first_unattached_second_statement" if ua else "first_statement_second_unattached"] += 1
                if verbose:
                    print(f"  {doc[-40:]} {ea['fig']!r}: unattached in {'the first' if ua else 'the second'}")
            else:
                counts["both"] += 1
                same = {f: _same(f, ea, eb) for f in fields}
                same["all"] = all(same[f] for f in GENRE_FIELDS)
                for f, ok in same.items():
                    agree[f] += ok
                if verbose and not all(same.values()):
                    for f in fields:
                        if not same[f]:
                            print(f"  {doc[-40:]} {ea['fig']!r} {f}: {ea.get(f)!r} | {eb.get(f)!r}")
        for j, (_, eb) in enumerate(b):
            if j not in used:
                counts["second_only"] += 1
                if verbose:
                    print(f"  {doc[-40:]} {eb['fig']!r}: only in the second")
    both = counts["both"] or 1
    return dict(counts, **{f: n / both for f, n in agree.items()})


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    paths = [Path(a) for a in argv if a != "-v"]
    if len(paths) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    r = agreement(paths[0], paths[1], verbose)
    print(f"{r['documents']} documents; figures both made a statement: {r['both']}; both unattached: "
          f"{r['both_unattached']}; statement in the first, unattached in the second: "
          f"{r['first_statement_second_unattached']}, the reverse: {r['first_unattached_second_statement']}; "
          f"in the first only: {r['first_only']}, in the second only: {r['second_only']}")
    print("agreement where both made a statement: all fields " + f"{r['all']:.3f}; " + ", ".join(
        f"{f} {r[f]:.3f}" for f in GENRE_FIELDS + EXTRA_FIELDS + ("key",)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
