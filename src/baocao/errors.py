"""The exceptions and warnings of reading documents, in a module of their own that imports nothing of
baocao, so that every layer that reads (:mod:`baocao.pdf`, :mod:`baocao.inputs`,
:mod:`baocao.report`, :mod:`baocao.batch`) raises the same classes without importing another.

- :class:`LoadError`: a document could not be turned into text (raised by the loaders; the batch
  engine turns it into an errors-table row).
- :class:`ReadError`: a document could not be read by :func:`baocao.read`,
  :func:`baocao.parse_file` or :func:`baocao.indicators` (with ``errors="raise"``).
- :class:`ReadWarning`: some documents were left out, or read without some of their pages.
- :class:`VocabularyError`: a user vocabulary (:func:`baocao.load_vocabulary`) is not valid.

>>> e = ReadError("a.txt", "read", "EmptyDocument", "empty file")
>>> str(e), e.stage
('a.txt: empty file', 'read')
"""
from __future__ import annotations


#: The ``error`` of a document that needs an optional dependency not installed (an extra, or
#: Tesseract): every such document fails alike, so the CLI and :func:`baocao.read` report it once.
MISSING_DEPENDENCY = "MissingDependency"


class LoadError(Exception):
    """A document could not be turned into text. ``stage`` says where, the message says why."""

    def __init__(self, stage: str, error: str, message: str):
        super().__init__(message)
        self.stage, self.error, self.message = stage, error, message


class ReadError(ValueError):
    """A document could not be read in :func:`baocao.read` with ``errors="raise"``.

    ``doc``, ``stage``, ``error`` and ``message`` are the fields of its errors-table row.
    """

    def __init__(self, doc: str, stage: str, error: str, message: str):
        super().__init__(f"{doc}: {message}")
        self.doc, self.stage, self.error, self.message = doc, stage, error, message


class ReadWarning(UserWarning):
    """Some documents could not be read in :func:`baocao.read`; they are left out of its table."""


class VocabularyError(ValueError):
    """A user vocabulary file is not valid: the message names the file, the entry and what is
    wrong (raised when the vocabulary is loaded, before any document is read)."""


__all__ = ["LoadError", "MISSING_DEPENDENCY", "ReadError", "ReadWarning", "VocabularyError"]
