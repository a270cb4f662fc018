"""Long reports from other sources (../shared/reports, text taken from PDFs by another tool): the
headings, look-alikes and footnotes written down by reading them (tests/reports/gold/*.yaml),
scored with the matcher of the PDF development set (evaluation/pdf.py).

The reports are not in the repository: they are read from ``../shared/reports`` (relative to the
repository root; ``BAOCAO_SHARED_DIR`` names another folder holding ``reports/``), and the test is
skipped where they are absent. Print the figures with ``pytest tests/test_reports.py -s``.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

import baocao
from baocao.document import read_text
import pdf as pdfeval   # evaluation/pdf.py (evaluation/ is on sys.path, see conftest.py)

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((ROOT / "tests" / "reports" / "gold").glob("*.yaml"))


def _source(spec: str) -> Path:
    path = ROOT / spec
    if not path.exists() and os.environ.get("BAOCAO_SHARED_DIR"):
        path = Path(os.environ["BAOCAO_SHARED_DIR"]) / Path(spec).relative_to("../shared")
    return path


def _load(path: Path) -> dict:
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    src = _source(gold["file"])
    if not src.exists():
        if os.environ.get("CI"):     # CI has ../shared: a missing report there is a failure
            pytest.fail(f"{gold['file']} is absent")
        pytest.skip(f"{gold['file']} is absent (set BAOCAO_SHARED_DIR to the folder holding reports/)")
    return gold, src


_REPORTS: dict = {}


def _scored(path: Path):
    if path not in _REPORTS:
        gold, src = _load(path)
        report = baocao.parse(read_text(src), doc=str(src))
        _REPORTS[path] = gold, report, pdfeval.score(gold, pdfeval.observe(report))
    return _REPORTS[path]


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_headings_found_and_lookalikes_left(path):
    gold, _, res = _scored(path)
    found, looks = res["headings found"], res["look-alikes taken"]
    print(f"\n{gold['id']}: headings found {found.good}/{found.total}, look-alikes taken "
          f"{looks.good}/{looks.total}")
    assert found.good / found.total >= 0.95, found.misses
    assert looks.good / looks.total <= 0.05, looks.misses


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_footnotes_whose_body_number_survives_are_linked(path):
    gold, report, res = _scored(path)
    numbered = [g for g in gold["footnotes"] if g.get("number_in_text", True)]
    linked = pdfeval.score(dict(gold, footnotes=numbered), pdfeval.observe(report))["footnotes linked"]
    every = res["footnotes linked"]
    print(f"\n{gold['id']}: footnotes linked {every.good}/{every.total} "
          f"({linked.good}/{linked.total} of those whose body keeps its number in the text)")
    if numbered:
        assert linked.good / linked.total >= 0.95, linked.misses
    # a footnote record is never linked to the wrong anchor: every linked one is in the gold
    for f in report.footnotes:
        if f.anchor_start is not None:
            assert any(int(g["marker"]) == f.marker
                       and pdfeval.norm(f.body).startswith(pdfeval.norm_gold(g["body"]))
                       for g in gold["footnotes"]), (f.marker, f.body[:60])


def test_r04_glued_year_marker_splits_only_where_the_page_has_the_body():
    path = next((p for p in GOLD if p.stem == "r04"), None)
    if path is None:
        pytest.skip("no r04 gold")
    _, report, _ = _scored(path)
    text = report.original
    at = text.index("so với năm 20233")
    note = next(f for f in report.footnotes if f.anchor_start == at + len("so với năm 2023"))
    assert note.marker == 3 and note.body.startswith("Quy mô và tiềm lực")
    assert report.text[report.offsets.to_clean(at):].startswith("so với năm 2023³")
    # no figure takes in a marker: every anchor lies outside every figure's span
    anchors = [(f.anchor_start, f.anchor_end) for f in report.footnotes if f.anchor_start]
    for r in report.figures:
        assert not any(r.start < e and s < r.end for s, e in anchors), r.text
    # the same text without a body 3 on its page keeps the number it writes
    alone = baocao.parse("Tăng 377 USD so với năm 20233; năm 2025 ước đạt 5.000 USD.")
    assert alone.footnotes == () and alone.edits == ()
