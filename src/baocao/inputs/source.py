"""What a batch input is: a :class:`Source` (one document to process, loaded lazily), the
:class:`Loaded` text it becomes, and the suffixes that say how a file is read."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from typing import Any, Optional

# the suffixes of the files baocao reads (defined below every layer that tells a file's name)
from baocao.core.file_names import DOCX_SUFFIXES as DOCX_SUFFIXES
from baocao.core.file_names import HTML_SUFFIXES as HTML_SUFFIXES
from baocao.core.file_names import IMAGE_SUFFIXES as IMAGE_SUFFIXES
from baocao.core.file_names import PDF_SUFFIXES as PDF_SUFFIXES
from baocao.core.file_names import TABLE_SUFFIXES as TABLE_SUFFIXES
from baocao.core.file_names import WALK_SUFFIXES as WALK_SUFFIXES


#: the stage of the row of a file found in a folder and not read (see the module's docstring)
SKIP_STAGE = "skip"
#: the argument that names standard input
STDIN = "-"
#: the ``doc`` of the document read from standard input
STDIN_DOC = "<stdin>"


@dataclass(frozen=True)
class Source:
    """One document to process.

    ``doc`` is the identifier written to every record (a path as given, ``path#row`` or the
    ``id_column`` value for table rows, ``<stdin>``; None where the caller names documents later:
    a Dask bag's or a Spark partition's rows without an id). A file is loaded lazily from ``path`` (in the
    worker); a table row or stdin carries its ``text``. ``error`` marks an input that failed before
    loading (a missing path, a bad table row): its (stage, error, message).
    """

    doc: Optional[str]
    path: Optional[str] = None
    text: Optional[str] = None
    data: Optional[bytes] = None
    error: Optional[tuple[str, str, str]] = None
    size: int = field(default=0, compare=False)
    format: Optional[str] = field(default=None, compare=False)  # "row" for a table row
    #: what reading a table row's bytes changed (``1 invalid byte replaced by U+FFFD (…)``)
    note: Optional[str] = field(default=None, compare=False)


@dataclass(frozen=True)
class Loaded:
    """The text of one document and what the loader learnt about it: ``format`` (``txt``,
    ``html``, ``docx``, ``row``, ``text``), ``encoding`` and ``decoding`` (for decoded bytes),
    ``title``, ``date`` (HTML pages)."""

    text: str
    meta: dict[str, Any] = field(default_factory=dict)


def shown_path(path: str) -> str:
    """How a file name is written in ``doc`` (and so in every output, which is UTF-8): as it is,
    or, for a name whose bytes are not UTF-8 (an archive from Windows; Python holds such bytes as
    the lone surrogates U+DC80-U+DCFF, ``surrogateescape``), each such byte as ``\\xHH``. The
    file itself is opened by its own name (:attr:`Source.path`), kept as it is.

    >>> shown_path("d/caf\\udce9.txt"), shown_path("d/tỷ.txt")
    ('d/caf\\\\xe9.txt', 'd/tỷ.txt')
    """
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:   # a surrogate that is no escaped byte (a name built in Python)
        return shown_id(path)


def shown_id(name: str) -> str:
    """How an id (``--id-column``) is written in ``doc``: as it is, or with each lone surrogate
    (JSON may write ``"\\ud800"``; no UTF-8 output can hold one) as ``\\uXXXX``.

    >>> shown_id("a\\ud800b")
    'a\\\\ud800b'
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _special(path: str) -> Optional[str]:
    """What `path` (its target, for a link) is when it exists and is neither a regular file nor a
    folder: ``a character device``, ``a named pipe (FIFO)``, …; else None."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return None


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()
