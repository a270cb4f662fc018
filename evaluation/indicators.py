"""Measured goals of the indicator resolver (issue 5), against hand-written expectations.

    python evaluation/indicators.py [-v]

Reads tests/indicators/004_expected.yaml (statements of the political report, written by reading it)
and tests/indicators/news_expected.yaml (every figure of the four news articles), parses the corpus
documents and prints the share of statements whose name (fuzzy-equal), value, unit, framing and
achievement are all right, the share with the right key, and the news figures' attachment.
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

import yaml
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
EXPECTED = ROOT / "tests" / "indicators"
NAME_RATIO = 85.0  # "fuzzy-equal": rapidfuzz ratio of the folded names


def _fold(s):
    from baocao.normalize.lexicon import fold

    return " ".join(fold(s or "").replace(",", " ").split())


def names_match(a, b) -> bool:
    return fuzz.ratio(_fold(a), _fold(b)) >= NAME_RATIO


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def locate(text: str, at: str, fig: str) -> tuple[int, int]:
    """Return the span of `fig` inside the one occurrence of `at` in `text`."""
    i = text.find(at)
    if i < 0 or text.find(at, i + 1) >= 0:
        raise ValueError(f"`at` must occur exactly once: {at!r}")
    j = at.find(fig)
    if j < 0:
        raise ValueError(f"`fig` {fig!r} not inside `at` {at!r}")
    return i + j, i + j + len(fig)


def find_indicator(report, span):
    s, e = span
    for ind in report.indicators:
        if ind.kind == "indicator" and ind.source == "prose" and [s, e] in ind.figures:
            return ind
    for ind in report.indicators:
        if ind.kind == "indicator" and ind.source == "prose" and any(a <= s and e <= b for a, b in ind.figures):
            return ind
    return None


def check(ind, exp) -> dict:
    """Which parts of one expected statement the extracted indicator got right."""
    if ind is None:
        return dict(found=False, name=False, value=False, unit=False, framing=False, ach=False,
                    key=False, all=False)
    out = dict(found=True, name=names_match(ind.name, exp["name"]), value=_close(ind.value, exp["value"]),
               unit=(ind.unit == exp["unit"]), framing=(ind.framing == exp["framing"]),
               ach=_close(ind.achievement_pct, exp["ach"]), key=(ind.key == exp["key"]))
    out["all"] = all(out[k] for k in ("name", "value", "unit", "framing", "ach"))
    return out


def score_report(verbose: bool = False) -> dict:
    import baocao

    path = next(CORPUS.glob("004_*.txt"))
    text = path.read_text(encoding="utf-8")
    report = baocao.parse(text, doc=str(path))
    data = yaml.safe_load((EXPECTED / "004_expected.yaml").read_text(encoding="utf-8"))
    rows = []
    for exp in data["statements"]:
        ind = find_indicator(report, locate(text, exp["at"], exp["fig"]))
        res = check(ind, exp)
        rows.append((exp, ind, res))
        if verbose and not (res["all"] and (exp["key"] is None or res["key"])):
            got = None if ind is None else (ind.name, ind.value, ind.unit, ind.framing, ind.achievement_pct,
                                            ind.key)
            bad = [k for k, v in res.items() if not v]
            print(f"  {exp['fig']!r}: wrong {bad}\n     want {(exp['name'], exp['value'], exp['unit'], exp['framing'], exp['ach'], exp['key'])}\n     got  {got}")
    n = len(rows)
    keyed = [r for r in rows if r[0]["key"] is not None]
    return dict(statements=n, correct=sum(r[2]["all"] for r in rows) / n,
                key=sum(r[2]["key"] for r in keyed) / len(keyed), keyed=len(keyed),
                **{f: sum(r[2][f] for r in rows) / n for f in ("name", "value", "unit", "framing", "ach")})


def score_news(verbose: bool = False) -> dict:
    """Every figure of the news articles: attached to the expected indicator, or left unattached."""
    import baocao

    data = yaml.safe_load((EXPECTED / "news_expected.yaml").read_text(encoding="utf-8"))
    total = right = 0
    covered = True
    for doc, entries in data["documents"].items():
        path = CORPUS / doc
        text = path.read_text(encoding="utf-8")
        report = baocao.parse(text, doc=str(path))
        attached = {tuple(f): ind for ind in report.indicators for f in ind.figures}
        loose = {(u.start, u.end) for u in report.unattached}
        figs = [r for r in report.records if r.kind in ("percentage", "money", "quantity", "fraction")]
        covered &= all((r.start, r.end) in attached or (r.start, r.end) in loose for r in figs)
        for exp in entries:
            span = locate(text, exp["at"], exp["fig"])
            ind = attached.get(span)
            want = exp["indicator"]
            if want is None:
                ok = ind is None and span in loose
            elif want == "summary":
                ok = ind is not None and ind.kind == "indicator_summary"
            else:
                ok = ind is not None and ind.kind == "indicator" and names_match(ind.name, want)
            total += 1
            right += ok
            if verbose and not ok:
                print(f"  {doc} {exp['fig']!r}: want {want!r}, got "
                      f"{None if ind is None else (ind.kind, getattr(ind, 'name', ind.text))}")
    return dict(figures=total, right=right / total, all_accounted=covered)


if __name__ == "__main__":
    v = "-v" in sys.argv
    r = score_report(v)
    print(f"report statements: {r['statements']}; all fields right: {r['correct']:.1%}; key right: "
          f"{r['key']:.1%} of {r['keyed']} with a key")
    print("  per field: " + ", ".join(f"{k} {r[k]:.1%}" for k in ("name", "value", "unit", "framing", "ach")))
    n = score_news(v)
    print(f"news figures: {n['figures']}; attached as expected: {n['right']:.1%}; every figure accounted: "
          f"{n['all_accounted']}")
