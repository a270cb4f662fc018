"""A gold batch held back from tuning (evaluation/indicators.py ``HELD_BACK``) stays out of the dev half's
figures: ``--half=dev`` never scores its documents, while ``--gold=NAME`` still does."""
from __future__ import annotations

import indicators as goals  # evaluation/indicators.py


def test_held_back_batches_are_not_in_the_dev_half(monkeypatch):
    monkeypatch.setattr(goals, "HELD_BACK", goals.HELD_BACK or ("genre_dev_m",))
    dev = goals.genre_gold("dev")
    for name in goals.HELD_BACK:
        held = goals.genre_gold("dev", name)
        assert held, name  # the batch's gold file exists and has documents
        assert not set(held) & set(dev), name


def test_a_batch_not_held_back_is_in_the_dev_half():
    dev = goals.genre_gold("dev")
    assert set(goals.genre_gold("dev", "genre_dev_l")) <= set(dev)
    assert set(goals.genre_gold("dev", "genre_dev_m")) <= set(dev) or "genre_dev_m" in goals.HELD_BACK


def test_the_document_time_listing_leaves_held_back_documents_out(monkeypatch):
    import document_time  # evaluation/document_time.py

    monkeypatch.setattr(goals, "HELD_BACK", ("genre_dev_m",))
    names = document_time.held_back_documents()
    assert names and all(n.startswith("14") for n in names)   # documents 140-149
    monkeypatch.setattr(goals, "HELD_BACK", ())
    assert document_time.held_back_documents() == set()
