"""evaluation/agreement.py: two annotations of the same documents compared field by field (the ceiling
of the evaluation's figures)."""
from __future__ import annotations

import copy

import yaml

import agreement  # evaluation/agreement.py
import indicators as goals  # evaluation/indicators.py


def _write(path, documents):
    path.write_text(yaml.safe_dump({"documents": documents}, allow_unicode=True), encoding="utf-8")
    return path


def _batch():
    data = yaml.safe_load((goals.EXPECTED / "genre_dev_m.yaml").read_text(encoding="utf-8"))["documents"]
    doc = max(sorted(data), key=lambda d: sum("unattached" not in e for e in data[d]))
    return doc, data[doc]


def test_an_annotation_agrees_with_itself(tmp_path):
    doc, entries = _batch()
    a = _write(tmp_path / "a.yaml", {doc: entries})
    r = agreement.agreement(a, a)
    statements = sum("unattached" not in e for e in entries)
    assert r["both"] == statements and r["first_only"] == r["second_only"] == 0
    assert r["all"] == 1.0 and r["period"] == 1.0 and r["name"] == 1.0


def test_each_difference_is_counted_once_in_its_field(tmp_path):
    doc, entries = _batch()
    other = copy.deepcopy(entries)
    stmts = [e for e in other if "unattached" not in e]
    stmts[0]["period"] = "1999"                      # a period read otherwise
    stmts[1]["name"] = "số lượng đàn trâu bò"        # a name read otherwise
    dropped = stmts[2]
    other.remove(dropped)                            # a figure the second reader left out
    unattached = copy.deepcopy(stmts[3])
    for f in list(unattached):
        if f not in ("at", "fig"):
            del unattached[f]
    unattached["unattached"] = "other"
    other[other.index(stmts[3])] = unattached        # a statement the second reader left unattached
    r = agreement.agreement(_write(tmp_path / "a.yaml", {doc: entries}),
                            _write(tmp_path / "b.yaml", {doc: other}))
    n = sum("unattached" not in e for e in entries)
    assert r["first_only"] == 1 and r["second_only"] == 0
    assert r["first_statement_second_unattached"] == 1
    assert r["both"] == n - 2
    assert r["period"] == (n - 3) / (n - 2) and r["name"] == (n - 3) / (n - 2)
    assert r["all"] == (n - 4) / (n - 2) and r["value"] == 1.0
