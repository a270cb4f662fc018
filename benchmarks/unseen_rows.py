"""The indicator rows two revisions give on documents nobody annotated, and the rows that changed.

Rules are tuned on the dev half; a rule right on dev can be wrong on a report nobody has read. This runs
``baocao.parse`` of a base revision (its src/, taken with ``git archive``) and of this tree over every
``*.txt`` of a folder of such documents (kept outside the repository: they are no corpus and no gold),
and prints, per document, each row one revision gives and the other does not: the indicators with every
field of docs/records.md, and the unattached figures with their reason. Every changed row is then read
against its text, by the contract, as a fix, a harm, a loss or neutral. Run by hand (not a test), from
the repository root:

    PYTHONPATH=src .venv/bin/python benchmarks/unseen_rows.py --base REV DOCS_DIR [--out DIR]

``--out`` keeps both revisions' rows (``base.jsonl``, ``this.jsonl``, one JSON object a line, keys
sorted) for a later ``diff``. Never point it at the test half or at a held-back batch's documents.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from trees import code_trees  # noqa: E402

#: The child program: parse every document of a folder, one JSON object a row on stdout.
_DUMP = r"""
import json, sys
from pathlib import Path
import baocao
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    report = baocao.parse(path.read_text(encoding="utf-8"))
    for row in report.indicators:
        print(json.dumps({**row.model_dump(mode="json"), "doc": path.name, "kind": "indicator"},
                         ensure_ascii=False, sort_keys=True))
    for item in report.unattached:
        print(json.dumps({"doc": path.name, "kind": "unattached", "text": item.text, "start": item.start,
                          "end": item.end, "reason": item.reason}, ensure_ascii=False, sort_keys=True))
"""


def rows_of(src: Path, docs: Path) -> list[str]:
    """The rows revision `src` gives on the documents of `docs`, one JSON line each, in document order."""
    env = dict(os.environ, PYTHONPATH=str(src))
    done = subprocess.run([sys.executable, "-c", _DUMP, str(docs)], env=env, check=True,
                          capture_output=True, text=True, encoding="utf-8")
    return done.stdout.splitlines()


def changed(base: list[str], this: list[str]) -> dict[str, tuple[list[str], list[str]]]:
    """Per document: (rows only the base gives, rows only this tree gives), each in offset order."""
    gone, new = set(base) - set(this), set(this) - set(base)
    out: dict[str, tuple[list[str], list[str]]] = {}
    for line in base:
        if line in gone:
            out.setdefault(json.loads(line)["doc"], ([], []))[0].append(line)
    for line in this:
        if line in new:
            out.setdefault(json.loads(line)["doc"], ([], []))[1].append(line)
    return out


def _show(line: str) -> str:
    row = json.loads(line)
    if row["kind"] == "unattached":
        return f"unattached {row['start']}-{row['end']} {row['text']!r}: {row['reason']}"
    fields = ("name", "value", "value_max", "unit", "per", "change", "change_unit", "period", "framing",
              "measure", "key", "target", "achievement_pct")
    said = ", ".join(f"{f}={row.get(f)!r}" for f in fields if row.get(f) is not None)
    return f"indicator {row['start']}-{row['end']} {row['text']!r}: {said}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", type=Path, help="a folder of UTF-8 .txt documents in no gold")
    parser.add_argument("--base", required=True, help="the revision to compare this tree with")
    parser.add_argument("--out", type=Path, help="keep both revisions' rows here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        (base_name, base_src), (_, this_src) = code_trees(args.base, Path(tmp))
        base, this = rows_of(base_src, args.docs), rows_of(this_src, args.docs)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "base.jsonl").write_text("".join(f"{x}\n" for x in base), encoding="utf-8")
        (args.out / "this.jsonl").write_text("".join(f"{x}\n" for x in this), encoding="utf-8")
    diff = changed(base, this)
    docs = len({json.loads(x)["doc"] for x in base + this})
    print(f"{len(list(args.docs.glob('*.txt')))} documents ({docs} with rows); {base_name} vs this tree: "
          f"{sum(len(a) for a, _ in diff.values())} rows gone, {sum(len(b) for _, b in diff.values())} new, "
          f"in {len(diff)} documents")
    for doc, (gone, new) in sorted(diff.items()):
        print(f"\n{doc}")
        for line in gone:
            print(f"  - {_show(line)}")
        for line in new:
            print(f"  + {_show(line)}")


if __name__ == "__main__":
    main()
