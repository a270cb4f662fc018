"""Document-level time decisions (issue 17): the date of each document and the period it reports on.

    python evaluation/document_time.py [--score] [--wrong] [--lines=N] [PATH ...]

With no paths, prints, for every dev document (tests/corpus/genre/dev/*.txt), the long reports
(/work/shared/reports/*.txt, where present) and the seed corpus (tests/corpus/*.txt): the document's
date (``baocao.resolve.metadata.document_date``), its period (``document_time``: ``whole``, ``year``,
``dated``), its lead-in clauses with a period or a framing, and its opening lines. ``--score`` compares
the dev documents with tests/indicators/document_times.yaml (written by reading each document's opening,
never from this script's output) and prints the counts right and wrong; ``--wrong`` lists only those
wrong.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Optional

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "corpus" / "genre" / "dev"
SEEDS = ROOT / "tests" / "corpus"
REPORTS = Path(os.environ.get("BAOCAO_REPORTS", "/work/shared/reports"))
GOLD = ROOT / "tests" / "indicators" / "document_times.yaml"


def decisions(text: str) -> dict[str, Any]:
    """The document-level time decisions the code takes on `text`."""
    import baocao
    from baocao.resolve.governing import document_time, label_with_year
    from baocao.resolve.metadata import document_date
    from baocao.resolve.periods import has_year
    from baocao.resolve.terms import document_terms

    report = baocao.parse(text)
    date = document_date(report.original, [r for r in report.records if r.kind == "date"],
                         [r for r in report.records if r.kind == "docref"])
    t = document_time(report)
    period = label_with_year(t.whole, t.year) if t.whole is not None else None
    if not has_year(period):        # a label without its year dates nothing (resolve.periods)
        period = None
    leads = [(report.original[x.clause_start:x.start].strip()[-90:], x.framing,
              label_with_year(x.period, t.year) if x.period is not None else None,
              x.end - x.start) for x in t.leads]
    return dict(date=date, year=t.year, dated=t.dated, period=period, leads=leads,
                terms=list(document_terms(report, t)), report=report)


def gold() -> dict[str, dict[str, Any]]:
    """The read document times: file name -> {year, period, why}."""
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))["documents"]


def _opening(text: str, lines: int) -> list[str]:
    return [ln.strip()[:160] for ln in text.splitlines() if ln.strip()][:lines]


def score(verbose: bool = False, wrong_only: bool = False) -> dict[str, int]:
    """Counts of documents whose date year and period the code gets right against the read gold."""
    g = gold()
    counts = dict(docs=0, year_right=0, period_right=0, both_right=0, terms=0, terms_right=0)
    for name, want in sorted(g.items()):
        d = decisions((DEV / name).read_text(encoding="utf-8"))
        year_ok = d["date"][2] == want.get("year")
        period_ok = _label(d["period"]) == _label(want.get("period"))
        counts["docs"] += 1
        counts["year_right"] += year_ok
        counts["period_right"] += period_ok
        counts["both_right"] += year_ok and period_ok
        terms_ok = True
        if "terms" in want:
            terms_ok = d["terms"] == list(want["terms"])
            counts["terms"] += 1
            counts["terms_right"] += terms_ok
        if verbose and (not wrong_only or not (year_ok and period_ok and terms_ok)):
            mark = "" if year_ok and period_ok and terms_ok else "  <-- WRONG"
            terms = f", terms {d['terms']} (gold {want['terms']})" if "terms" in want else ""
            print(f"{name}: year {d['date'][2]} (gold {want.get('year')}), period {d['period']} "
                  f"(gold {want.get('period')}){terms}{mark}")
    return counts


def _label(p: Optional[str]) -> Optional[str]:
    return None if p is None else str(p).replace("..", "/")


def show(path: Path, lines: int) -> None:
    text = path.read_text(encoding="utf-8")
    d = decisions(text)
    print(f"== {path.name}")
    print(f"   date {d['date']}  period {d['period']}  year {d['year']}  dated {d['dated']}  terms {d['terms']}")
    for clause, framing, period, reach in d["leads"][:6]:
        print(f"   lead [{framing} {period} reach {reach}] …{clause}")
    for ln in _opening(text, lines):
        print(f"   | {ln}")


def held_back_documents() -> set[str]:
    """File names of the documents of the gold batches held back from tuning (``indicators.HELD_BACK``):
    the listing with no arguments leaves them out, as ``--half=dev`` does."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from indicators import EXPECTED, HELD_BACK
    names: set[str] = set()
    for batch in HELD_BACK:
        gold = yaml.safe_load((EXPECTED / f"{batch}.yaml").read_text(encoding="utf-8")) or {}
        docs = gold.get("documents", gold) if isinstance(gold, dict) else {}
        names.update(Path(str(key)).name for key in docs)
    return names


def main(argv: list[str]) -> int:
    lines = next((int(a.split("=", 1)[1]) for a in argv if a.startswith("--lines=")), 5)
    paths = [Path(a) for a in argv if not a.startswith("--")]
    if "--score" in argv or "--wrong" in argv:
        c = score(verbose=True, wrong_only="--wrong" in argv)
        print(f"document times: {c['docs']} documents; date year right {c['year_right']}, period right "
              f"{c['period_right']}, both right {c['both_right']}; terms right {c['terms_right']} of {c['terms']}")
        return 0
    if not paths:
        held = held_back_documents()
        paths = ([q for q in sorted(DEV.glob("*.txt")) if q.name not in held]
                 + sorted(REPORTS.glob("*.txt")) + sorted(SEEDS.glob("*.txt")))
    for p in paths:
        show(p, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
