"""Floors of the document-level time decisions on the dev documents (evaluation/document_time.py against
tests/indicators/document_times.yaml, written by reading each document's opening): the date's year, the
period the document reports on and a congress's terms. One wrong decision there spoils every figure of a
document, so these must not slip back."""
import pytest
import yaml

import document_time  # evaluation/document_time.py


@pytest.fixture(scope="module")
def counts():
    return document_time.score()


def test_the_gold_is_well_formed():
    docs = yaml.safe_load(document_time.GOLD.read_text(encoding="utf-8"))["documents"]
    assert len(docs) == 151
    for name, want in docs.items():
        assert (document_time.DEV / name).exists(), name
        assert set(want) <= {"year", "period", "terms", "why"} and want["why"], name
        assert want["year"] is None or 1990 <= want["year"] <= 2030, name


def test_document_time_floors(counts):
    # measured: date year right 138 (132 at the start, a6edf28), period right 116 (109; 112 at 176c59d), terms 15 of 15;
    # with batch o (160-169) read in: year 148, period 123, terms 16 of 16 (d708bd8); the body's lead (doc_body.py): period 130
    assert counts["docs"] == 151
    assert counts["year_right"] >= 148, counts
    assert counts["period_right"] >= 130, counts
    assert counts["terms_right"] >= 16, counts
