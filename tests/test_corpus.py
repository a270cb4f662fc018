"""Extractor output vs the hand-checked records in tests/corpus/*.expected.jsonl (dates and periods
from the NAME.time.jsonl beside them).

Precision and recall per kind over the whole corpus must be at least 0.97; every record, predicted
or expected, must satisfy the offset invariant. `python evaluation/corpus.py -v` lists disagreements.
"""
from __future__ import annotations

import pytest

import baocao
from corpus import KEY_FIELDS, compare, documents, scores

DOCS = list(documents())
THRESHOLD = 0.97


@pytest.fixture(scope="module")
def results():
    return [compare([r.model_dump() for r in baocao.extract(text)], expected)
            for _, text, expected in DOCS]


def test_corpus_has_five_documents_with_expectations():
    assert len(DOCS) == 5
    assert all(expected for _, _, expected in DOCS)


@pytest.mark.parametrize("name,text,expected", DOCS, ids=[d[0] for d in DOCS])
def test_offsets_are_sacred(name, text, expected):
    for r in baocao.extract(text, doc=name):
        assert text[r.start:r.end] == r.text
        assert r.doc == name
    for e in expected:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert set(KEY_FIELDS[e["kind"]]) <= set(e) | {"unit", "per_year", "year", "label",
                                                         "ordinal", "start_year", "end_year"}


@pytest.mark.parametrize("kind", sorted(KEY_FIELDS))
def test_precision_and_recall_per_kind(results, kind):
    table = scores(results)
    assert kind in table, f"no {kind} records in corpus"
    precision, recall, tp, fp, fn = table[kind]
    print(f"{kind}: precision {precision:.3f} recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn})")
    assert precision >= THRESHOLD and recall >= THRESHOLD, (precision, recall)


def test_expected_records_validate_against_the_schema():
    from baocao.schema import record_from_dict

    for _, _, expected in DOCS:
        for e in expected:
            fields = {k: v for k, v in e.items() if k != "note"}
            record_from_dict(fields)
