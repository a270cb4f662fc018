"""Score ``baocao.parse_file`` on the PDF development set (tests/pdf/gold/*.yaml).

Each gold file names one PDF and lists, as written down by reading it: every heading, the lines
that look like headings but are not (look-alikes), every footnote (marker, the words just before
its anchor, the start of its body) and a sample of figures. Matching is by content, not offsets:

- a heading is **found** when a ``Section.heading`` of the report starts with the gold text, on the
  gold page (when the extracted text has pages);
- a look-alike is **taken** when a ``Section.heading`` not matched to a gold heading starts with
  its text, on its page;
- a footnote is **linked** when a Footnote record has the marker, its body starts with the gold
  ``body``, and the 30 characters before its anchor end with ``anchor_before``; its anchor (or, for
  a body on a later page, its body) stands on the gold page;
- a figure is **right** when a record of that kind has that text on that page, and every other
  field the gold gives (``value``, ``unit``, ...) equal.

Texts are compared after Unicode NFC, with superscript digits and soft hyphens dropped, runs of
white space made one space and a trailing ``…`` of the gold text (a cut) dropped. Each side is
read both from the extracted text and from the normalizer's repaired text (the text the rules
read), so a font-map repair (``ƣ`` → ``ư``) counts as the library's own reading.
Matching is one to one: a section, footnote or record serves one gold item at most.

The PDF of a gold file is one of:

- ``file: ../shared/pdf/p01.pdf`` (relative to the repository root) or an absolute path;
- ``file: {git: /work/.mirror/<owner>+<name>/repo, commit: <sha>, path: <path>}``: a file of a
  public repository as brought in by the project's maintainers (never committed), read with
  ``git show`` into a temporary file;
- ``file: {render: <spec>}``: laid out by tests/pdf/render.py from real text under ../shared.

A PDF that is absent (or whose bytes no longer have the gold's ``sha256``) is skipped with a note,
as is an OCR-only gold file (``ocr: tesseract``) when Tesseract is not installed.

Run by hand:  python evaluation/pdf.py [-v] [ID ...] [--gold DIR] [--pdftotext]
(``-v`` lists every disagreement; IDs choose gold files by id; ``--pdftotext`` scores a baseline,
the text of poppler's ``pdftotext`` read by ``baocao.parse``, where ``parse_file`` reads no PDF.)
"""
from __future__ import annotations

import argparse
import hashlib
import math
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

import yaml

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "pdf" / "gold"
RENDER_SCRIPT = ROOT / "tests" / "pdf" / "render.py"
ANCHOR_WINDOW = 30   # characters before an anchor that ``anchor_before`` must end

# Goals of issue 20 for the development set.
GOALS = {
    "headings found": (">=", 0.95),
    "look-alikes taken": ("<=", 0.05),
    "footnotes linked": (">=", 0.95),
    "figures right": (">=", 0.97),
}

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾"
_DROP = {ord(c): None for c in _SUPERSCRIPTS + "\u00ad"}


def norm(s: str) -> str:
    """The form two texts are compared in: NFC, superscripts and soft hyphens dropped, white
    space collapsed, ends stripped."""
    s = unicodedata.normalize("NFC", s).translate(_DROP)
    return " ".join(s.split())


def norm_gold(s: str) -> str:
    """A gold text: as :func:`norm`, and a trailing ``…`` (the writer's cut) dropped."""
    s = norm(s)
    while s.endswith("…"):
        s = s[:-1].rstrip()
    return s


# ---------------------------------------------------------------------------------------------
# What a report says, reduced to what the gold can be compared with (testable without a PDF)
# ---------------------------------------------------------------------------------------------

@dataclass
class Heading:
    texts: tuple[str, ...]          # heading as extracted, and as the rules read it (normalized)
    page: Optional[int]
    shown: str = ""                 # for -v


@dataclass
class Note:
    marker: int
    body: tuple[str, ...]           # body, normalized (extracted, repaired)
    before: tuple[str, ...]         # text before the anchor, normalized ("" without an anchor)
    pages: tuple[Optional[int], ...]  # page of the anchor, page of the body
    linked: bool = True
    shown: str = ""


@dataclass
class Figure:
    kind: str
    texts: tuple[str, ...]
    page: Optional[int]
    fields: dict = field(default_factory=dict)


@dataclass
class Observed:
    headings: list[Heading]
    notes: list[Note]
    figures: list[Figure]


def page_of(original: str, pos: int) -> Optional[int]:
    """1-based page of an offset: one more than the form feeds before it; None without pages."""
    if "\f" not in original:
        return None
    return 1 + original.count("\f", 0, pos)


def observe(report) -> Observed:
    """Read a :class:`baocao.Report` (of a PDF or any text with form feeds) into an Observed."""
    original, clean = report.original, report.text
    offsets = report.offsets

    def both(start: int, end: int) -> tuple[str, ...]:
        a = norm(original[start:end])
        try:
            cs, ce = offsets.span_to_clean(start, end)
            b = norm(clean[cs:ce])
        except Exception:   # a span the offset map cannot carry: the extracted text only
            b = a
        return (a,) if a == b else (a, b)

    def window(pos: int) -> tuple[str, ...]:
        a = norm(original[max(0, pos - ANCHOR_WINDOW * 2):pos])
        out = [a[-ANCHOR_WINDOW:] if len(a) > ANCHOR_WINDOW else a]
        try:
            c = offsets.to_clean(pos)
            b = norm(clean[max(0, c - ANCHOR_WINDOW * 2):c])
            out.append(b[-ANCHOR_WINDOW:] if len(b) > ANCHOR_WINDOW else b)
        except Exception:
            pass
        return tuple(dict.fromkeys(out))

    def ink(start: int, end: int) -> int:
        """The first character of a span that is not white space (a heading read at the top of a
        page may begin with the form feed that opens the page)."""
        while start < end and original[start].isspace():
            start += 1
        return start

    headings = [Heading(both(s.start, s.end) + (norm(s.heading),),
                        page_of(original, ink(s.start, s.end)), shown=s.heading.strip()[:80])
                for s in report.sections]
    notes = []
    for f in report.footnotes:
        anchored = f.anchor_start is not None
        before = window(f.anchor_start) if anchored else ("",)
        body_end = f.body_start + len(f.body)
        notes.append(Note(
            marker=f.marker,
            body=both(f.body_start, body_end) + (norm(f.body),),
            before=before,
            pages=(page_of(original, f.anchor_start) if anchored else None,
                   page_of(original, ink(f.body_start, body_end))),
            linked=anchored,
            shown=f"{f.marker} {original[max(0, (f.anchor_start or 0) - 20):(f.anchor_end or 0)]!r}"
                  f" → {f.body[:40]!r}" if anchored else f"{f.marker} (no anchor) → {f.body[:40]!r}"))
    figures = []
    for r in report.records:
        if r.kind == "footnote":
            continue
        d = r.model_dump()
        page = d.get("page") or page_of(original, ink(r.start, r.end))
        figures.append(Figure(r.kind, both(r.start, r.end) + (norm(r.text),), page, d))
    return Observed(headings, notes, figures)


# ---------------------------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------------------------

def _page_ok(gold_page, *pages) -> bool:
    if gold_page is None:
        return True
    known = [p for p in pages if p is not None]
    return not known or gold_page in known


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) \
            and not isinstance(a, bool) and not isinstance(b, bool):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    return a == b


@dataclass
class Category:
    """One measure over one document: ``good`` of ``total``; ``misses`` are disagreements."""
    name: str
    good: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def rate(self) -> Optional[float]:
        return self.good / self.total if self.total else None


def _one_to_one(gold: list[dict], observed: list, fits: Callable[[dict, Any], bool]):
    """Pair each gold item with the first unused observed item that fits; return (pairs, misses,
    used indices). Gold items are taken in order, each observed item used once."""
    used: set[int] = set()
    pairs, misses = [], []
    for g in gold:
        hit = next((i for i, o in enumerate(observed) if i not in used and fits(g, o)), None)
        if hit is None:
            misses.append(g)
        else:
            used.add(hit)
            pairs.append((g, observed[hit]))
    return pairs, misses, used


def _heading_fits(g: dict, h: Heading) -> bool:
    want = norm_gold(g["text"])
    return _page_ok(g.get("page"), h.page) and any(t.startswith(want) for t in h.texts)


def _note_fits(g: dict, n: Note) -> bool:
    if n.marker != int(g["marker"]) or not n.linked:
        return False
    body = norm_gold(g["body"])
    before = norm_gold(g["anchor_before"])
    return (any(b.startswith(body) for b in n.body)
            and any(w.endswith(before) for w in n.before)
            and _page_ok(g.get("page"), *n.pages))


_FIGURE_KEYS = {"page", "text", "kind", "note"}


def _figure_fits(g: dict, f: Figure) -> bool:
    if f.kind != g["kind"] or not _page_ok(g.get("page"), f.page):
        return False
    if norm_gold(g["text"]) not in f.texts:
        return False
    return all(_same(f.fields.get(k), v) for k, v in g.items() if k not in _FIGURE_KEYS)


def _where(g: dict) -> str:
    return f"p.{g.get('page', '?')}"


def score(gold: dict, obs: Observed) -> dict[str, Category]:
    """Compare one gold file with what the report says; a Category per measure."""
    out = {}
    heads = Category("headings found", total=len(gold.get("headings") or []))
    pairs, misses, used = _one_to_one(gold.get("headings") or [], obs.headings, _heading_fits)
    heads.good = len(pairs)
    for g in misses:
        near = [h.shown for h in obs.headings if any(t.startswith(norm_gold(g["text"])) for t in h.texts)]
        extra = f" (found on another page: {near[0]!r})" if near else ""
        heads.misses.append(f"heading missed {_where(g)}: {g['text']!r}{extra}")
    out[heads.name] = heads

    looks = Category("look-alikes taken", total=len(gold.get("lookalikes") or []))
    free = [h for i, h in enumerate(obs.headings) if i not in used]
    for g in gold.get("lookalikes") or []:
        hit = next((h for h in free if _heading_fits(g, h)), None)
        if hit is not None:
            looks.good += 1     # here "good" counts look-alikes taken (lower is better)
            looks.misses.append(f"look-alike taken as a heading {_where(g)}: {hit.shown!r}")
    out[looks.name] = looks

    notes = Category("footnotes linked", total=len(gold.get("footnotes") or []))
    pairs, misses, _ = _one_to_one(gold.get("footnotes") or [], obs.notes, _note_fits)
    notes.good = len(pairs)
    for g in misses:
        same = [n.shown for n in obs.notes if n.marker == int(g["marker"])
                and any(b.startswith(norm_gold(g["body"])) for b in n.body)]
        extra = f" (body found: {same[0]})" if same else " (no body with that start)"
        notes.misses.append(f"footnote not linked {_where(g)}: {g['marker']} after "
                            f"{g['anchor_before']!r} → {g['body']!r}{extra}")
    out[notes.name] = notes

    figs = Category("figures right", total=len(gold.get("figures") or []))
    pairs, misses, _ = _one_to_one(gold.get("figures") or [], obs.figures, _figure_fits)
    figs.good = len(pairs)
    for g in misses:
        same_text = [f for f in obs.figures if norm_gold(g["text"]) in f.texts
                     or any(norm_gold(g["text"]) in t or t in norm_gold(g["text"]) for t in f.texts[:1])]
        got = "; ".join(f"{f.kind} {f.texts[0]!r} p.{f.page} "
                        + " ".join(f"{k}={f.fields.get(k)!r}" for k in g if k not in _FIGURE_KEYS)
                        for f in same_text[:3]) or "nothing there"
        figs.misses.append(f"figure wrong {_where(g)}: {g['kind']} {g['text']!r} "
                           + " ".join(f"{k}={v!r}" for k, v in g.items() if k not in _FIGURE_KEYS)
                           + f" — got: {got}")
    out[figs.name] = figs
    return out


def total(results: Iterable[dict[str, Category]]) -> dict[str, Category]:
    """Sum the per-document categories (counts, not an average of rates)."""
    out: dict[str, Category] = {}
    for res in results:
        for name, c in res.items():
            t = out.setdefault(name, Category(name))
            t.good += c.good
            t.total += c.total
    return out


def meets(name: str, rate: Optional[float]) -> Optional[bool]:
    if rate is None or name not in GOALS:
        return None
    op, bound = GOALS[name]
    return rate >= bound if op == ">=" else rate <= bound


# ---------------------------------------------------------------------------------------------
# Gold files and the PDFs they name
# ---------------------------------------------------------------------------------------------

REQUIRED = {"headings": ("page", "text"), "lookalikes": ("page", "text"),
            "footnotes": ("page", "marker", "anchor_before", "body"),
            "figures": ("page", "text", "kind")}


def load_gold(path: Path) -> dict:
    """Read and check one gold file (raises ValueError naming the item at fault)."""
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(gold, dict) or "id" not in gold or "file" not in gold:
        raise ValueError(f"{path}: a gold file needs 'id' and 'file'")
    for key, needed in REQUIRED.items():
        for i, item in enumerate(gold.get(key) or []):
            missing = [k for k in needed if k not in item]
            if missing:
                raise ValueError(f"{path}: {key}[{i}] lacks {', '.join(missing)}: {item}")
    return gold


def gold_files(folder: Path = GOLD, ids: Iterable[str] = ()) -> list[tuple[Path, dict]]:
    wanted = set(ids)
    out = []
    for p in sorted(folder.glob("*.yaml")):
        g = load_gold(p)
        if not wanted or g["id"] in wanted:
            out.append((p, g))
    return out


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def shared_path(spec: str) -> Optional[Path]:
    """The file a gold ``file:`` string names, or None. Absolute paths are taken as they are; a
    path relative to the repository (``../shared/pdf/p01.pdf``) is looked for beside the checkout,
    then beside its parent folder (a worktree one level deeper), then under ``$BAOCAO_SHARED_DIR``
    (a folder standing for ``../shared``)."""
    if os.path.isabs(spec):
        return Path(spec) if Path(spec).exists() else None
    candidates = [ROOT / spec]
    parts = Path(spec).parts
    if len(parts) > 2 and parts[0] == ".." and parts[1] == "shared":
        rest = Path(*parts[2:])
        candidates.append(ROOT.parent.parent / "shared" / rest)
        if os.environ.get("BAOCAO_SHARED_DIR"):
            candidates.append(Path(os.environ["BAOCAO_SHARED_DIR"]) / rest)
    return next((c for c in candidates if c.exists()), None)


def locate(gold: dict, workdir: Path) -> tuple[Optional[Path], str]:
    """Return (path of the PDF, "") or (None, why it is skipped)."""
    spec = gold["file"]
    if isinstance(spec, str):
        path = shared_path(spec)
        if path is None:
            return None, f"absent: {spec}"
    elif isinstance(spec, dict) and "git" in spec:
        git_dir = spec["git"]
        if not Path(git_dir).exists() or shutil.which("git") is None:
            return None, f"absent: {git_dir} ({spec['path']})"
        path = workdir / f"{gold['id']}.pdf"
        done = subprocess.run(["git", "--git-dir", git_dir, "show", f"{spec['commit']}:{spec['path']}"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if done.returncode != 0 or not done.stdout:
            return None, f"absent from {git_dir}: {spec['commit'][:8]}:{spec['path']}"
        path.write_bytes(done.stdout)
    elif isinstance(spec, dict) and "render" in spec:
        try:
            import importlib.util
            mod_spec = importlib.util.spec_from_file_location("pdfset_render", RENDER_SCRIPT)
            render = importlib.util.module_from_spec(mod_spec)
            mod_spec.loader.exec_module(render)
            path = render.build(spec["render"], workdir)
        except render_missing_errors() as e:
            return None, f"not rendered ({spec['render']}): {e}"
    else:
        return None, f"unknown file spec: {spec!r}"
    want = gold.get("sha256")
    if want and _sha256(path) != want:
        return None, f"{path.name}: sha256 differs from the gold's (another version of the file)"
    return path, ""


def render_missing_errors():
    return (ImportError, FileNotFoundError)


def pdftotext_parse(path: str, ocr: Optional[str] = None):
    """A baseline reader: the text ``pdftotext`` (poppler-utils) gives, pages split by form feeds,
    read by ``baocao.parse``. Superscript markers come out as plain digits glued to the word, as
    from most PDF tools; OCR is not done."""
    import baocao

    if ocr:
        raise ValueError("the pdftotext baseline does no OCR")
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, check=True)
    return baocao.parse(done.stdout.decode("utf-8"), doc=path)


def evaluate(gold: dict, workdir: Path, parse_file=None) -> tuple[Optional[dict], str]:
    """Score one gold file: (categories, "") or (None, why skipped)."""
    if gold.get("ocr") == "tesseract" and shutil.which("tesseract") is None:
        return None, "OCR gold and no tesseract on this machine"
    if gold.get("ocr") and parse_file is pdftotext_parse:
        return None, "OCR gold: the pdftotext baseline does no OCR"
    path, why = locate(gold, workdir)
    if path is None:
        return None, why
    if parse_file is None:
        import baocao
        parse_file = getattr(baocao, "parse_file", None)
        if parse_file is None:
            return None, "baocao.parse_file is not there (PDF input not in this checkout)"
    kwargs = {"ocr": gold["ocr"]} if gold.get("ocr") else {}
    try:
        report = parse_file(str(path), **kwargs)
    except Exception as e:   # one document's failure is reported, the others are still scored
        return None, f"ERROR reading it: {type(e).__name__}: {e}"
    return score(gold, observe(report)), ""


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------

COLUMNS = ("headings found", "look-alikes taken", "footnotes linked", "figures right")


def _cell(c: Optional[Category]) -> str:
    if c is None or not c.total:
        return "-"
    return f"{c.good}/{c.total} {c.rate:.3f}"


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ids", nargs="*", help="gold ids to score (default: all)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    ap.add_argument("--gold", type=Path, default=GOLD, help="folder of gold files")
    ap.add_argument("--pdftotext", action="store_true",
                    help="baseline: read the text pdftotext gives with baocao.parse, instead of "
                         "baocao.parse_file")
    args = ap.parse_args(argv)
    reader = None
    if args.pdftotext:
        if shutil.which("pdftotext") is None:
            print("pdftotext is not installed (apt-get install -y poppler-utils)")
            return 2
        reader = pdftotext_parse

    golds = gold_files(args.gold, args.ids)
    results, skipped = [], []
    width = max([len(g["id"]) for _, g in golds] + [7])
    print(f"{'doc':<{width}}  " + "  ".join(f"{c:<20}" for c in COLUMNS))
    with tempfile.TemporaryDirectory(prefix="baocao-pdfset-") as tmp:
        for _, gold in golds:
            res, why = evaluate(gold, Path(tmp), reader)
            if res is None:
                skipped.append((gold["id"], why))
                continue
            results.append(res)
            print(f"{gold['id']:<{width}}  " + "  ".join(f"{_cell(res.get(c)):<20}" for c in COLUMNS))
            if args.verbose:
                for c in COLUMNS:
                    for m in res[c].misses:
                        print(f"    {m}")
    overall = total(results)
    print(f"{'overall':<{width}}  " + "  ".join(f"{_cell(overall.get(c)):<20}" for c in COLUMNS))
    for c in COLUMNS:
        cat = overall.get(c)
        rate = cat.rate if cat else None
        ok = meets(c, rate)
        op, bound = GOALS[c]
        mark = "n/a" if ok is None else ("meets" if ok else "BELOW GOAL" if op == ">=" else "ABOVE GOAL")
        print(f"  {c}: {'-' if rate is None else f'{rate:.3f}'} (goal {op} {bound}) {mark}")
    n = len(results)
    print(f"{n} document{'' if n == 1 else 's'} scored, {len(skipped)} skipped")
    for gid, why in skipped:
        print(f"  skipped {gid}: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
