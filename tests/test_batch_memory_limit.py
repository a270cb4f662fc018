"""A MemoryError while a document is read or extracted is the process's memory limit, not the file's fault.

Under a tight address-space limit (``ulimit -v 600000``) a tiny .txt failed `read`/`MemoryError` with
the message ``out of memory on this document``, which blames a document nothing is wrong with.
"""
from __future__ import annotations

import pytest

from baocao.batch import BatchConfig, documents, process
from baocao.inputs import Source


def _raises_memory_error(*args, **kwargs):
    raise MemoryError()


@pytest.mark.parametrize("limit, said", [(600 * 10**6, "address-space limit 600 MB"),
                                         (-1, "no address-space limit")])
def test_memory_error_reading_a_document_names_the_process_limit(tmp_path, monkeypatch, limit,
                                                                  said):
    path = tmp_path / "tiny.txt"
    path.write_text("vốn 28 tỷ đồng", encoding="utf-8")
    monkeypatch.setattr(documents, "load", _raises_memory_error)
    monkeypatch.setattr(documents, "_address_space_limit", lambda: limit)
    doc, stage, error, message = process(Source(doc="tiny.txt", path=str(path)),
                                         BatchConfig()).error
    assert (doc, stage, error) == ("tiny.txt", "read", "MemoryLimit")
    assert "the process ran out of memory" in message and said in message
    assert "not a fault of the document" in message


def test_memory_error_extracting_names_the_process_limit(monkeypatch):
    monkeypatch.setattr(documents, "extract", _raises_memory_error)
    doc, stage, error, message = process(Source(doc="a", text="vốn 28 tỷ đồng"),
                                         BatchConfig()).error
    assert (stage, error) == ("extract", "MemoryLimit") and "ran out of memory" in message


def test_other_errors_keep_their_own_name(tmp_path, monkeypatch):
    # the negative: an exception other than MemoryError is still named by its class and message
    def fails(*args, **kwargs):
        raise ValueError("bad table")

    monkeypatch.setattr(documents, "extract", fails)
    doc, stage, error, message = process(Source(doc="a", text="vốn 28 tỷ đồng"),
                                         BatchConfig()).error
    assert (stage, error) == ("extract", "ValueError") and message.startswith("bad table")


def test_the_limit_is_read_from_the_process():
    limit = documents._address_space_limit()
    assert isinstance(limit, int)
