"""Floor of what section headings say of the statements under them (evaluation/section_time.py against
tests/indicators/section_times.yaml, headings read by hand): the share of statements dated or framed by
no nearer words whose period / framing is the heading's."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "indicators" / "section_times.yaml"


def _module():
    spec = importlib.util.spec_from_file_location("section_time", ROOT / "evaluation" / "section_time.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["section_time"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_rows_are_well_formed():
    rows = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["headings"]
    assert len(rows) >= 30
    for r in rows:
        assert set(r) <= {"doc", "heading", "period", "framing", "stops", "reason"}, r
        assert r["heading"] and r["reason"], r
        assert r["framing"] in (None, "actual", "target"), r
        assert r["period"] is None or isinstance(r["period"], str), r


def test_section_floor():
    ok_p, n_p, ok_f, n_f, missing = _module().score(verbose=False)
    assert missing == 0
    assert n_p > 0 and n_f > 0
    # at the start of this work (session 35): periods 64/65, framings 411/447 with the long reports
    assert ok_p / n_p >= 0.95
    assert ok_f / n_f >= 0.90
