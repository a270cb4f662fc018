"""What a section's heading says of the time and framing of the statements under it (issue 17).

    python evaluation/section_time.py [--list] [DOC ...]

``--list``: for each document (the dev documents that have gold, the long reports
/work/shared/reports/*.txt, the seed documents tests/corpus/0*.txt, or the DOCs named: a path or a
dev document's stem), every section heading with the number of statements under it (directly, not in
a sub-section) and the periods (with ``period_source``) and framings the code gives them.

With no ``--list``: scores the code against tests/indicators/section_times.yaml, headings READ by hand
(doc, heading, period label or null, framing or null, reason). A statement under a heading with a
period (the nearest such heading above it) whose period came from no nearer words (``period_source``
``section`` or ``document``) is right when its period is the heading's; a statement under a heading with
a framing, whose own words frame nothing (its framing ``actual`` or ``target``, its period from no nearer
words), is right when its framing is the heading's. A rate per year (``tăng 2,5%/năm``) under a heading
that names a year holds over the years up to it and is not scored; nor is a statement with no value. Prints the share right of each and the disagreements per heading.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "evaluation"))
GOLD = ROOT / "tests" / "indicators" / "section_times.yaml"
DEV = ROOT / "tests" / "corpus" / "genre" / "dev"
REPORTS = Path("/work/shared/reports")
NEARER_PERIOD = {"section", "document"}      # period sources that no words of the statement's gave
PLAIN_FRAMING = {"actual", "target"}         # framings a heading can give (own words give estimate)


def resolve_doc(name: str) -> Path:
    """A document's path from its name: a path, a long report's stem (``r01``), a seed's or a dev
    document's stem or number prefix."""
    p = Path(name)
    if p.exists():
        return p
    for base in (REPORTS, ROOT / "tests" / "corpus", DEV):
        hits = sorted(base.glob(f"{name}*.txt"))
        if hits:
            return hits[0]
    raise SystemExit(f"no document {name}")


def default_docs() -> list[Path]:
    from indicators import genre_gold

    dev = sorted(ROOT / "tests" / "corpus" / d for d in genre_gold("dev"))
    return sorted(REPORTS.glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("0*.txt")) + dev


def parse(path: Path):
    import baocao

    return baocao.parse(path.read_text(encoding="utf-8"))


def statements(report) -> list:
    """The report's indicator statements (not the summaries of a table)."""
    return [i for i in report.indicators if hasattr(i, "period_source")]


def heading_of(report, ind) -> tuple[int, str] | None:
    """(index, heading) of the deepest section a statement sits under, by its path."""
    if not ind.section:
        return None
    by_path = {s.path: s for s in report.sections}
    s = by_path.get(ind.section)
    return (s.index, s.heading) if s is not None else None


def listing(path: Path) -> None:
    report = parse(path)
    under: dict[int, list] = {}
    for ind in statements(report):
        h = heading_of(report, ind)
        if h is not None:
            under.setdefault(h[0], []).append(ind)
    print(f"== {path.stem}  ({len(report.sections)} sections, {len(report.indicators)} statements)")
    for s in report.sections:
        inds = under.get(s.index, [])
        periods = Counter(f"{i.period}/{i.period_source}" for i in inds)
        framings = Counter(i.framing for i in inds)
        print(f"{'  ' * (s.depth - 1)}[{len(inds)}] {s.heading[:90]!r}")
        if inds:
            print(f"{'  ' * (s.depth - 1)}     periods {dict(periods.most_common(4))} framings {dict(framings)}")


def norm(s: str) -> str:
    return " ".join(s.split()).strip(" *_").casefold()


def available(doc: str) -> bool:
    """Whether a gold row's document is on this machine (the long reports live outside the repository)."""
    try:
        resolve_doc(doc)
    except SystemExit:
        return False
    return True


def score(verbose: bool) -> tuple[int, int, int, int, int]:
    """(periods right, periods scored, framings right, framings scored, headings not found) over the
    gold rows whose document is available; prints them, and with `verbose` the disagreements."""
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["headings"]
    by_doc: dict[str, list[dict]] = {}
    for g in gold:
        if available(g["doc"]):
            by_doc.setdefault(g["doc"], []).append(g)
    n_p = ok_p = n_f = ok_f = 0
    missing = 0
    for doc, rows in by_doc.items():
        report = parse(resolve_doc(doc))
        want = {norm(r["heading"]): r for r in rows}
        found = {norm(s.heading): s for s in report.sections if norm(s.heading) in want}
        missing += len(want) - len(found)
        for k in want:
            if k not in found:
                print(f"  {doc}: heading not found: {want[k]['heading']!r}")
        # the gold row that governs each section: its own, else the nearest above it that says the thing
        def governing(idx: int, field: str):
            s = report.sections[idx]
            while s is not None:
                r = want.get(norm(s.heading))
                if r is not None and r.get(field) is not None:
                    return r
                if r is not None and r.get(field) is None and r.get("stops", False):
                    return None
                s = report.sections[s.parent] if s.parent is not None else None
            return None
        by_path = {s.path: s for s in report.sections}
        bad: Counter = Counter()
        for ind in statements(report):
            s = by_path.get(ind.section or "")
            if s is None:
                continue
            if ind.period_source not in NEARER_PERIOD or ind.value is None:
                continue        # its own words (or its sentence's, a clause's) date it: nearer words
            rp = governing(s.index, "period")
            if rp is not None and not getattr(ind, "per_year", False):
                n_p += 1
                if str(ind.period) == str(rp["period"]):
                    ok_p += 1
                else:
                    bad[(rp["heading"][:60], f"period {ind.period}/{ind.period_source} != {rp['period']}")] += 1
            rf = governing(s.index, "framing")
            if rf is not None and ind.framing in PLAIN_FRAMING:
                n_f += 1
                if ind.framing == rf["framing"]:
                    ok_f += 1
                else:
                    bad[(rf["heading"][:60], f"framing {ind.framing} != {rf['framing']}")] += 1
        if verbose:
            for (h, what), c in sorted(bad.items()):
                print(f"  {doc}: [{c}] {h!r}: {what}")
    print(f"section periods right {ok_p}/{n_p} = {ok_p / max(n_p, 1):.3f}; "
          f"section framings right {ok_f}/{n_f} = {ok_f / max(n_f, 1):.3f}; headings not found {missing}")
    return ok_p, n_p, ok_f, n_f, missing


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    if "--list" in argv:
        for p in ([resolve_doc(a) for a in args] or default_docs()):
            listing(p)
        return 0
    score("-v" in argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
