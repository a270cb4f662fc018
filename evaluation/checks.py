"""The consistency checks (``Report.checks``) over documents: how many were made, how many
disagree, and every disagreement with both texts and the words around them, to be read and
judged (a slip of the report, or a rule to fix).

Run by hand:  python evaluation/checks.py [PATH …]   (default: tests/corpus/*.txt, the genre
corpus tests/corpus/genre/*/*.txt and, where present, ../shared/reports/*.txt)
"""
from __future__ import annotations

import argparse
import glob
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BAOCAO_SHARED_DIR", ROOT.parent / "shared")) / "reports"
DEFAULT = [str(ROOT / "tests/corpus/*.txt"), str(ROOT / "tests/corpus/genre/*/*.txt"), str(SHARED / "*.txt")]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=DEFAULT, help="files or glob patterns")
    ap.add_argument("--context", type=int, default=80, help="characters shown around each place")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    import baocao

    files = sorted({f for p in args.paths for f in (glob.glob(p) or [p]) if os.path.isfile(f)})
    made, bad = Counter(), Counter()
    for f in files:
        r = baocao.parse_file(f)
        for c in r.checks:
            assert r.original[c.start:c.end] == c.text and r.original[c.other_start:c.other_end] == c.other_text
            made[c.check] += 1
            if c.ok:
                continue
            bad[c.check] += 1
            k = args.context
            print(f"{Path(f).name}  {c.check}  {c.message}")
            print(f"   first  {c.start}:{c.end}  …{r.original[max(0, c.start - k):c.end + k]!r}…")
            print(f"   second {c.other_start}:{c.other_end}  …{r.original[max(0, c.other_start - k):c.other_end + k]!r}…")
    print(f"\n{len(files)} documents")
    for name in sorted(made):
        print(f"{name:18s} made {made[name]:4d}  disagree {bad[name]:3d}")
    print(f"{'all':18s} made {sum(made.values()):4d}  disagree {sum(bad.values()):3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
