"""Indicator records of two trees side by side on text nobody annotated: what a change of the rules does to
unseen documents, to be read record by record.

    .venv/bin/python evaluation/ab_records.py --base /path/to/other/checkout/src FOLDER [--out changes.jsonl]

Each tree (``--base`` and this checkout's ``src``) parses every ``*.txt`` of FOLDER in a process of its own; the
indicator records are matched on (document, start, end) and every record one tree has and the other lacks, or
whose name, value, unit, framing, target, achievement, status, period or key differ, is written to ``--out``
(JSON lines: ``{"change": "new"|"gone"|"changed", "doc", "start", "end", "text", "fields": {...}}``) with a
count per field on standard output. A gold half scores what it annotates; this shows what else moved, on
any pile of the genre's text (news archives, reports), which is where rules written for one document go
wrong. Fetched text stays where it lies: nothing here copies it.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

FIELDS = ("name", "value", "unit", "framing", "target", "achievement_pct", "status", "period", "key")
_DUMP = """
import glob, json, os, sys
import baocao
out = open(sys.argv[2], "w", encoding="utf-8")
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.txt"))):
    text = open(f, encoding="utf-8").read()
    try:
        records = baocao.parse(text).indicators
    except Exception as e:
        out.write(json.dumps({"doc": os.path.basename(f), "error": repr(e)}) + "\\n")
        continue
    for r in records:
        if r.kind != "indicator":
            continue
        row = {"doc": os.path.basename(f), "start": r.start, "end": r.end, "text": r.text}
        row.update({k: getattr(r, k) for k in %r})
        out.write(json.dumps(row, ensure_ascii=False) + "\\n")
""" % (FIELDS,)


def dump(src: Path, folder: Path, out: Path) -> dict[tuple[str, int, int], dict]:
    """The indicator records the tree whose package is under `src` gives on `folder`, by (doc, start, end)."""
    env = dict(os.environ, PYTHONPATH=str(src), BAOCAO_CACHE_DIR=tempfile.mkdtemp())
    subprocess.run([sys.executable, "-c", _DUMP, str(folder), str(out)], env=env, check=True)
    rows: dict[tuple[str, int, int], dict] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "error" in row:
            print(f"{src}: {row['doc']}: {row['error']}", file=sys.stderr)
            continue
        rows[(row["doc"], row["start"], row["end"])] = row
    return rows


def compare(base: dict, head: dict) -> tuple[list[dict], collections.Counter]:
    """The changes from `base` to `head` and their count per field (``new``, ``gone`` for whole records)."""
    changes, counts = [], collections.Counter()
    for key in sorted(set(base) | set(head)):
        doc, start, end = key
        if key not in base or key not in head:
            kind, row = ("new", head[key]) if key not in base else ("gone", base[key])
            counts[kind] += 1
            changes.append({"change": kind, "doc": doc, "start": start, "end": end, "text": row["text"],
                            "fields": {f: row[f] for f in FIELDS}})
            continue
        moved = {f: [base[key][f], head[key][f]] for f in FIELDS if base[key][f] != head[key][f]}
        counts.update(moved.keys())
        if moved:
            changes.append({"change": "changed", "doc": doc, "start": start, "end": end,
                            "text": head[key]["text"], "fields": moved})
    return changes, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of .txt documents")
    parser.add_argument("--base", type=Path, required=True, help="the other tree's src folder")
    parser.add_argument("--out", type=Path, default=Path("ab_changes.jsonl"))
    args = parser.parse_args(argv)
    if not any(args.folder.glob("*.txt")):
        parser.error(f"no .txt file in {args.folder}")
    if not (args.base / "baocao").is_dir():
        parser.error(f"{args.base} holds no baocao package")
    here = Path(__file__).resolve().parent.parent / "src"
    with tempfile.TemporaryDirectory() as tmp:
        base = dump(args.base, args.folder, Path(tmp) / "base.jsonl")
        head = dump(here, args.folder, Path(tmp) / "head.jsonl")
    changes, counts = compare(base, head)
    with args.out.open("w", encoding="utf-8") as out:
        for change in changes:
            out.write(json.dumps(change, ensure_ascii=False) + "\n")
    print(f"{len(base)} records (base), {len(head)} (this tree); {len(changes)} changes written to {args.out}")
    for field, n in counts.most_common():
        print(f"  {field}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
