"""Dates and periods against the hand-annotated genre corpus (tests/corpus/genre/{dev,test}/, gold
written by reading the texts to docs/records.md §date/§period): the offset invariant for every gold
and every found record, and F1 floors per kind and half that the rules reach.
`python evaluation/time.py -v` lists every disagreement."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("time_eval", ROOT / "evaluation" / "time.py")
time_eval = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(time_eval)

HALVES = ["dev", "test"]
# F1 floors, a little under what the rules reach (evaluation/time.py: dev 1.000 and 1.000, held-out
# test half 0.831 for dates and 0.931 for periods, measured once with the rules final, not tuned on)
FLOORS = {("dev", "date"): 0.97, ("dev", "period"): 0.97, ("test", "date"): 0.80, ("test", "period"): 0.90}


@pytest.fixture(scope="module", params=HALVES)
def half(request):
    return request.param, time_eval.evaluate(request.param)


def test_each_half_has_annotated_documents():
    for h in HALVES:
        docs = list(time_eval.documents(h))
        assert len(docs) >= 15, (h, len(docs))
        assert all(text for _, text, _ in docs)


def test_gold_and_found_records_keep_the_offset_invariant(half):
    name, (_, _, offsets, n) = half
    # the held-out half is measured in aggregate only: its failures name counts, never its rows
    assert n > 0 and offsets == [], offsets if name == "dev" else len(offsets)


def test_gold_fields_are_those_of_the_contract():
    from baocao.schema import record_from_dict

    for h in HALVES:
        for name, text, gold in time_eval.documents(h):
            for i, g in enumerate(gold):
                where = (name, g) if h == "dev" else (h, "gold line", i)
                assert g["kind"] in time_eval.KINDS, where
                assert set(time_eval.FIELDS[g["kind"]]) - {"base"} <= set(g) | {"base"}, where
                fields = {k: v for k, v in g.items() if k != "note"}
                if g["kind"] == "period":
                    fields.setdefault("period_type", "year")
                record_from_dict(fields)


@pytest.mark.parametrize("kind", time_eval.KINDS)
def test_f1_floor(half, kind):
    name, (counts, _, _, _) = half
    tp, fp, fn = counts[kind]
    p, r, f = time_eval.prf(tp, fp, fn)
    print(f"{name} {kind}: precision {p:.3f} recall {r:.3f} F1 {f:.3f} (tp {tp}, fp {fp}, fn {fn})")
    assert f >= FLOORS[(name, kind)], (p, r, f)
