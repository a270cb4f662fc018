"""Batch extraction at archive scale: isolated workers, ordered streaming output, an errors table.

The flow of a run (``baocao extract`` is a thin layer over it)::

    iter_sources(args) ──▶ process(source) in 1 or N workers ──▶ results in input order
        ──▶ sink (JSONL / CSV / Parquet, streamed)   + errors sink (doc, stage, error, message)

- **Isolation.** :func:`process` never raises: a document that cannot be read, decoded or
  extracted, or that runs past the time limit, gives an error row instead of records. A worker
  process that dies (or hangs in C code past the hard limit) is replaced, and its document gets an
  error row. Every input thus appears either in the records or in the errors.
- **Order and memory.** Results are written in input order whatever the number of workers, so
  ``--jobs 4`` writes the same bytes as ``--jobs 1``. At most ``window`` documents are in flight or
  waiting for an earlier one, and rows are written every ``chunk_rows`` records (one Parquet row
  group), so memory stays flat however many files there are.
- **Huge documents.** A document longer than ``piece_chars`` characters is extracted in pieces cut
  after a line that ends a sentence (:func:`pieces`); each piece's records, their offsets shifted
  back to the whole document's, are written before the next piece is read, so memory holds the
  document's text and one piece's records, never all of its records.
- **Tables.** ``BatchConfig.table`` says what a document gives: its records (``baocao extract``)
  or the rows of its indicator table (``baocao indicators``: :func:`baocao.indicators` of its
  report, parsed whole), through the same workers, sinks, errors and documents tables.
- **Interruption.** :class:`Stop` asks a run to end after the document being written; the output
  then holds whole documents only (with ``jobs`` ≥ 2 the last one may be a huge document cut after
  one of its pieces), in input order, and ``resume`` continues it.

>>> from baocao.inputs import Source
>>> r = process(Source(doc="a", text="vốn 28 tỷ đồng"), BatchConfig())
>>> r.doc, r.counts, r.error
('a', {'money': 1}, None)
>>> process(Source(doc="b", text="   "), BatchConfig()).error
('b', 'read', 'EmptyDocument', 'no text in the document')
"""
from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections import Counter, deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from multiprocessing.connection import wait
from typing import IO, Any, Callable, Iterable, Iterator, NamedTuple, Optional

from baocao.extract import extract
from baocao.schema.columns import COLUMNS
from baocao.inputs import SKIP_STAGE, LoadError, Source, load, pieces, stream_pieces

FORMATS = ("jsonl", "csv", "parquet")
ERROR_FIELDS = ("doc", "stage", "error", "message")
# The documents table: one row per document read (a failed one is in the errors table instead).
DOCUMENT_FIELDS = ("doc", "format", "encoding", "decoding", "title", "date", "chars", "pieces",
                   "records", "kinds", "ocr", "pages", "pages_without_text", "ocr_pages")
# The pandas dtypes of the errors and documents tables as DataFrames (baocao.read, baocao.dask).
ERROR_DTYPES = {f: "string" for f in ERROR_FIELDS}
DOCUMENT_DTYPES = {"doc": "string", "format": "string", "encoding": "string",
                   "decoding": "string", "title": "string", "date": "string", "chars": "Int64",
                   "pieces": "Int64", "records": "Int64", "kinds": "string",
                   "ocr": "boolean", "pages": "Int64", "pages_without_text": "string",
                   "ocr_pages": "string"}
# Record fields that hold offsets into the original text: shifted when a document is cut in pieces.
_OFFSET_FIELDS = ("start", "end", "anchor_start", "anchor_end", "body_start")
_COLUMN_SET = frozenset(COLUMNS)


@cache
def _no_ocr():
    """The normalizer's options for ``BatchConfig(ocr=False)`` (imported on first use: see
    :mod:`baocao.extract`)."""
    from baocao.normalize import NormalizeConfig

    return NormalizeConfig(ocr=False)


@dataclass(frozen=True)
class BatchConfig:
    """Options of a batch run, with their defaults.

    kinds: only these record kinds (None: all).
    fmt: ``jsonl``, ``csv`` or ``parquet``; decides the form workers return records in.
    jobs: worker processes; 1 runs in this process (no pickling, easiest to debug).
    timeout: seconds one document may take (read + extract); 0 for no limit. Enforced in the
        worker by SIGALRM (by a watchdog thread where the work runs in another thread than the
        main one, as on Dask); both stop Python code, not a call into C code. With ``jobs`` > 1
        the parent also kills a worker still busy at ``1.5 * timeout + 1`` s (which stops
        anything, C code included).
    chunk_rows: records buffered before they are written (one Parquet row group).
    batch: documents sent to a worker at once (fewer messages through the pipe).
    window: documents in flight or waiting for an earlier one (at least 4 * jobs * batch);
        bounds memory with many workers.
    piece_chars: a document longer than this is extracted in pieces of about this many
        characters (see :func:`pieces`); the time limit then applies to each piece.
    ocr: repair OCR diacritic errors before extracting (default True); False for born-digital
        text (news pages, typed reports), where the normalizer then takes a tenth of the time.
    ocr_engine: ``"tesseract"`` to recognize the PDF pages that have no text layer (the CLI's
        ``--ocr tesseract``); None leaves them empty and lists them in the documents table.
        With it, reading a PDF may take ``timeout`` per page (each Tesseract run is stopped at
        ``timeout``), and the parent's hard limit is off.
    save_text: a folder to write each document's text to (``DOC.txt`` below it, the path of
        ``doc`` kept), the text the records' offsets point into (``--save-text``).
    table: what a document gives: ``"records"`` (:func:`baocao.extract`'s records, columns of
        ``frame.COLUMNS``) or ``"indicators"`` (the rows of :func:`baocao.indicators`, columns of
        ``analysis.INDICATOR_COLUMNS``: ``baocao indicators``). A report is parsed whole, so with
        ``"indicators"`` a document is never cut in pieces (``piece_chars`` and ``kinds`` do not
        apply).
    """

    kinds: Optional[frozenset] = None
    fmt: str = "jsonl"
    jobs: int = 1
    timeout: float = 120.0
    chunk_rows: int = 20_000
    batch: int = 16
    window: int = 64
    piece_chars: int = 1 << 20
    ocr: bool = True
    ocr_engine: Optional[str] = None
    save_text: Optional[str] = None
    table: str = "records"


TABLES = ("records", "indicators")


def table_columns(table: str = "records") -> dict[str, str]:
    """The columns (column -> pandas dtype) of a run's output table (``BatchConfig.table``)."""
    if table == "indicators":
        from baocao.indicator_table import INDICATOR_COLUMNS

        return INDICATOR_COLUMNS
    if table != "records":
        raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
    return COLUMNS


@dataclass
class Result:
    """What one document (or one piece of a huge one) gave: records (``payload``, in the form the
    sink writes) or an error row.

    A document cut in pieces gives one Result per piece (``part`` 0, 1, …), the last one
    ``final``; only the final one carries ``nbytes``, the document row ``meta`` and any error.
    """

    doc: str
    payload: object = None  # str of JSONL lines, or a list of row tuples in the table's order
    counts: dict = field(default_factory=dict)  # records per kind (indicator rows: "indicator")
    error: Optional[tuple] = None  # (doc, stage, error, message)
    nbytes: int = 0
    part: int = 0
    final: bool = True
    meta: Optional[dict] = None  # the row of the documents table (see DOCUMENT_FIELDS)


class _Timeout(BaseException):
    """Raised when a document runs past its time limit (by SIGALRM, or by the watchdog in a thread
    that is not the main one). A BaseException so that no `except Exception` swallows it."""


class _Watchdog:
    """Raises _Timeout in another thread when its time is up: the time limit of a thread that is
    not a process's main thread (Dask's workers run tasks in threads), where SIGALRM cannot reach.

    One daemon thread per process keeps the deadlines and, at one, sets _Timeout as the thread's
    asynchronous exception (``PyThreadState_SetAsyncExc``): raised at the thread's next Python
    step, so it stops Python code but not a call into C code that runs on (as SIGALRM does not
    either).
    """

    def __init__(self):
        self._cv = threading.Condition()
        self._due: dict = {}        # token -> [deadline, thread id, fired]
        self._thread: Optional[threading.Thread] = None
        self._next = 0

    def arm(self, seconds: float) -> int:
        with self._cv:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="baocao-deadline",
                                                daemon=True)
                self._thread.start()
            self._next += 1
            self._due[self._next] = [time.monotonic() + seconds, threading.get_ident(), False]
            self._cv.notify()
            return self._next

    def disarm(self, token: int) -> None:
        with self._cv:
            entry = self._due.pop(token, None)
            if entry is not None and entry[2]:
                # fired as the work ended: withdraw the exception if it is still pending
                _set_async_exc(entry[1], None)

    def _run(self) -> None:
        with self._cv:
            while True:
                now = time.monotonic()
                waiting = [e for e in self._due.values() if not e[2]]
                for e in waiting:
                    if e[0] <= now:
                        e[2] = True
                        _set_async_exc(e[1], _Timeout)
                later = [e[0] for e in waiting if not e[2]]
                self._cv.wait(min(later) - now if later else None)


def _set_async_exc(thread_id: int, exc) -> None:
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               None if exc is None else ctypes.py_object(exc))


_WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):   # a forked child has no watchdog thread: start afresh
    os.register_at_fork(after_in_child=lambda: globals().__setitem__("_WATCHDOG", _Watchdog()))


@contextmanager
def _deadline(seconds: float):
    """Raise _Timeout in this thread after `seconds` (no limit for 0). In a process's main thread
    SIGALRM raises it; in any other thread, the watchdog (see :class:`_Watchdog`)."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or \
            not hasattr(signal, "setitimer"):
        if sys.implementation.name != "cpython":   # pragma: no cover - no async exceptions
            yield
            return
        token = _WATCHDOG.arm(seconds)
        try:
            yield
        finally:
            _WATCHDOG.disarm(token)
        return

    def _alarm(signum, frame):
        raise _Timeout()

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _where(exc: BaseException) -> str:
    tb = traceback.extract_tb(exc.__traceback__)
    if not tb:
        return ""
    last = tb[-1]
    return f" (at {os.path.basename(last.filename)}:{last.lineno})"


_ROW_CLASSES: set = set()   # record classes whose fields were checked against COLUMNS


def _rows(records) -> list[tuple]:
    """The records as tuples in COLUMNS order. A record's fields are scalars (or lists of them),
    so its own field dict holds what ``model_dump()`` would build, without the copy."""
    rows = []
    for rec in records:
        d = rec.__dict__
        if type(rec) not in _ROW_CLASSES:
            unknown = d.keys() - _COLUMN_SET
            if unknown:
                raise ValueError(f"record fields missing from frame.COLUMNS: {sorted(unknown)}")
            _ROW_CLASSES.add(type(rec))
        rows.append(tuple(map(d.get, COLUMNS)))
    return rows


def _shifted(records, offset: int, pages_before: Optional[int] = None) -> list:
    """The records of a piece at `offset`, their offsets made the whole document's; with
    `pages_before` (the form feeds before the piece, for a document that has pages) their
    ``page`` too."""
    if not offset and pages_before is None:
        return records
    out = []
    for rec in records:
        update = {f: getattr(rec, f) + offset for f in _OFFSET_FIELDS
                  if getattr(rec, f, None) is not None}
        if pages_before is not None:
            update["page"] = (rec.page or 1) + pages_before
        out.append(rec.model_copy(update=update))
    return out


def saved_text_path(folder: str, doc: str) -> str:
    """Where ``--save-text FOLDER`` writes the text of `doc`: its path below FOLDER (``..`` and a
    leading ``/`` made harmless) with ``.txt`` added.

    >>> saved_text_path("out", "../reports/p01.pdf")
    'out/__/reports/p01.pdf.txt'
    """
    parts = [("__" if part == ".." else part) for part in doc.replace("\\", "/").split("/")
             if part not in ("", ".")]
    return os.path.join(folder, *parts[:-1], (parts[-1] if parts else "stdin") + ".txt")


class _TextSaver:
    """Writes a document's text piece by piece to its --save-text file."""

    def __init__(self, folder: Optional[str], doc: str):
        self.f = None
        if folder:
            path = saved_text_path(folder, doc)
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
            self.f = open(path, "w", encoding="utf-8", newline="")

    def write(self, piece: str) -> None:
        if self.f is not None:
            self.f.write(piece)

    def close(self) -> None:
        if self.f is not None:
            self.f.close()


def _load_limit(source: Source, config: BatchConfig) -> float:
    """The time limit for reading a document: ``timeout``, or with OCR asked for a PDF
    ``timeout`` per page (Tesseract takes seconds a page; each page's run has ``timeout``)."""
    if not config.ocr_engine or not config.timeout or config.timeout <= 0:
        return config.timeout
    if source.path is None or os.path.splitext(source.path)[1].lower() != ".pdf":
        return config.timeout
    from baocao.pdf import count_pages

    return config.timeout * max(1, count_pages(source.path))


def check_timeout(timeout) -> None:
    """Raise ValueError unless `timeout` is a number of seconds >= 0 (the library's ``timeout=``;
    the CLI's ``--timeout`` takes 0 or less as no limit)."""
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout >= 0:
        raise ValueError(f"timeout must be a number of seconds >= 0 (0: no limit), not {timeout!r}")


def _left(timeout: float, started: float) -> float:
    """The time limit left since `started` (0 means no limit, so never return 0 for a limit)."""
    if not timeout or timeout <= 0:
        return 0
    return max(timeout - (time.monotonic() - started), 1e-3)


def _error(source: Source, stage: str, exc: BaseException, config: BatchConfig) -> tuple:
    if isinstance(exc, LoadError):
        return (source.doc, exc.stage, exc.error, exc.message)
    if isinstance(exc, _Timeout):
        return (source.doc, stage, "Timeout", f"took longer than {config.timeout:g} s (--timeout)")
    if isinstance(exc, MemoryError):
        return (source.doc, stage, "MemoryError", "out of memory on this document")
    msg = (str(exc).splitlines() or [""])[0][:500]
    return (source.doc, stage, type(exc).__name__, f"{msg}{_where(exc)}")


def _piece_records(piece: str, offset: int, pages_before: Optional[int], doc: str,
                   config: BatchConfig) -> list:
    """The records of one piece of a document at `offset`, with the whole document's offsets."""
    return _shifted(extract(piece, doc=doc, kinds=config.kinds) if config.ocr else
                    extract(piece, doc=doc, kinds=config.kinds, normalize=_no_ocr()),
                    offset, pages_before)


def _record_payload(records: list, fmt: str) -> tuple[object, Counter]:
    """Records in the form the sink writes (JSONL lines, or row tuples in COLUMNS order), and
    their number per kind."""
    counts = Counter(r.kind for r in records)
    if fmt == "jsonl":
        return "".join(r.model_dump_json(exclude_none=True) + "\n" for r in records), counts
    return _rows(records), counts


def _document_indicators(text: str, doc: str, meta: dict, config: BatchConfig) -> list[dict]:
    """The indicator rows of one whole document: :func:`baocao.indicator_table.indicator_rows` of its
    report, parsed as :func:`baocao.parse_file` parses it. Plain values, so the report itself
    never leaves the worker."""
    from baocao.indicator_table import indicator_rows
    from baocao.document import Document
    from baocao.core.pages import page_starts
    from baocao.report import parse

    pages = (page_starts(text) or (0,)) if meta.get("format") == "pdf" else None
    document = text if config.ocr else Document.from_text(text, doc, config=_no_ocr())
    return indicator_rows(parse(document, doc=doc, pages=pages))


def _indicator_payload(rows: list[dict], fmt: str) -> tuple[object, Counter]:
    """Indicator rows as JSONL lines (every column, null where empty) or row tuples in
    ``INDICATOR_COLUMNS`` order, and their number (``{"indicator": n}``)."""
    from baocao.indicator_table import INDICATOR_COLUMNS

    counts = Counter({"indicator": len(rows)} if rows else {})
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), counts
    return [tuple(map(r.get, INDICATOR_COLUMNS)) for r in rows], counts


def process_parts(source: Source, config: BatchConfig) -> Iterator[Result]:
    """Yield the records of one document, one Result per piece (one in all for a document of up
    to ``config.piece_chars`` characters), or an error row; never raise (except KeyboardInterrupt).

    A document that fails after some of its pieces were yielded ends with an error row whose
    message says how many pieces came out before it.
    """
    stage = "read"
    nbytes = source.size
    part = 0
    total: Counter = Counter()
    started = time.monotonic()
    saver = None
    whole = config.table == "indicators"   # a report is parsed whole, never in pieces
    try:
        streamed = None if whole else stream_pieces(source, config.piece_chars)
        paged = False
        if streamed is not None:  # a huge UTF-8 file: decoded piece by piece, never whole
            meta, parts = streamed
            nbytes = nbytes or os.path.getsize(source.path)
        else:
            with _deadline(_load_limit(source, config)):
                loaded = load(source, ocr=config.ocr_engine, ocr_timeout=config.timeout)
            nbytes = nbytes or (os.path.getsize(source.path) if source.path and
                                os.path.exists(source.path) else len(loaded.text.encode("utf-8")))
            meta = loaded.meta
            parts = iter([(0, loaded.text)]) if whole else pieces(loaded.text, config.piece_chars)
            paged = "\f" in loaded.text or meta.get("format") == "pdf"
            if paged and meta.get("pages") is None:   # text with form feeds (pdftotext's)
                meta = {**meta, "pages": loaded.text.count("\f") + 1}
        saver = _TextSaver(config.save_text, source.doc)
        ahead = next(parts, None)
        chars = 0
        pages_before = 0
        while ahead is not None:
            offset, piece = ahead
            saver.write(piece)
            stage = "extract"
            paged = paged or "\f" in piece
            # the limit is per piece; the first piece shares it with reading the document
            with _deadline(_left(config.timeout, started)):
                found = (_document_indicators(piece, source.doc, meta, config) if whole else
                         _piece_records(piece, offset, pages_before if paged else None,
                                        source.doc, config))
                pages_before += piece.count("\f")
                stage = "serialize"
                payload, counts = (_indicator_payload if whole else _record_payload)(found,
                                                                                     config.fmt)
            del found
            total.update(counts)
            chars = offset + len(piece)
            del piece
            stage = "read"
            ahead = next(parts, None)
            final = ahead is None
            row = None
            if final:
                row = dict(zip(DOCUMENT_FIELDS, (
                    source.doc, meta.get("format"), meta.get("encoding"), meta.get("decoding"),
                    meta.get("title"), meta.get("date"), chars, part + 1,
                    sum(total.values()), kinds_label(config.kinds), config.ocr,
                    meta.get("pages"), meta.get("pages_without_text"), meta.get("ocr_pages"))))
            if final:
                saver.close()
            yield Result(source.doc, payload, dict(counts), None, nbytes if final else 0,
                         part, final, row)
            part += 1
            started = time.monotonic()
    except BaseException as exc:
        if isinstance(exc, (KeyboardInterrupt, GeneratorExit, SystemExit)):
            raise
        if saver is not None:
            saver.close()
            saver = None
        row = _error(source, stage, exc, config)
        if part:
            row = row[:3] + (f"{row[3]} (in piece {part + 1}; the records of the {part} pieces "
                             "before it were written)",)
        yield Result(source.doc, error=row, nbytes=nbytes, part=part)


def process(source: Source, config: BatchConfig) -> Result:
    """Return the records of one document, or its error row; never raise (except KeyboardInterrupt).

    The pieces of a huge document are joined into one Result (use :func:`process_parts` to
    stream them); a document that fails in any piece gives its error row only.
    """
    payloads: list = []
    counts: Counter = Counter()
    for res in process_parts(source, config):
        if res.error is not None:
            return res
        payloads.append(res.payload)
        counts.update(res.counts)
        if res.final:
            payload = ("".join(payloads) if config.fmt == "jsonl" else
                       payloads[0] if len(payloads) == 1 else [r for p in payloads for r in p])
            return Result(source.doc, payload, dict(counts), None, res.nbytes, 0, True, res.meta)
    raise AssertionError("process_parts ended without a final result")  # pragma: no cover


class Tables(NamedTuple):
    """The three tables of a run as pandas DataFrames: ``records`` (the columns and dtypes of
    :func:`baocao.to_frame`), ``errors`` (one row per failed document: ``ERROR_FIELDS``) and
    ``documents`` (one row per document read: ``DOCUMENT_FIELDS``, see :class:`DocumentSink`).
    Every input is in exactly one of ``errors`` and ``documents``."""

    records: Any
    errors: Any
    documents: Any


def collect(sources: Iterable[Source], config: BatchConfig = BatchConfig(fmt="rows", timeout=0),
            on_error: Optional[Callable[[tuple], None]] = None) -> Tables:
    """Return the :class:`Tables` of `sources`, processed in this process one after another.

    `config.fmt` must be ``"rows"`` (or any value but ``"jsonl"``). `on_error` is called with
    each error row as it comes (it may raise to stop).

    >>> t = collect([Source(doc="a", text="vốn 28 tỷ đồng"), Source(doc="b", text=" ")])
    >>> t.records[["doc", "kind", "value"]].values.tolist()
    [['a', 'money', 28000000000.0]]
    >>> t.errors.values.tolist()
    [['b', 'read', 'EmptyDocument', 'no text in the document']]
    >>> t.documents[["doc", "format", "chars", "records"]].values.tolist()
    [['a', 'text', 14, 1]]
    """
    import pandas as pd

    if config.fmt == "jsonl":
        raise ValueError("collect needs row payloads: BatchConfig(fmt='rows')")
    rows: list[tuple] = []
    errors: list[tuple] = []
    documents: list[tuple] = []
    for src in sources:
        res = process(src, config)
        if res.error is not None:
            if on_error is not None:
                on_error(res.error)
            errors.append(res.error)
        else:
            rows.extend(res.payload)
            documents.append(tuple(res.meta[f] for f in DOCUMENT_FIELDS))
    return Tables(
        pd.DataFrame.from_records(rows, columns=list(COLUMNS)).astype(COLUMNS),
        pd.DataFrame.from_records(errors, columns=list(ERROR_FIELDS)).astype(ERROR_DTYPES),
        pd.DataFrame.from_records(documents, columns=list(DOCUMENT_FIELDS)).astype(DOCUMENT_DTYPES))


# ------------------------------------------------------------------------------------ workers

class Stop:
    """A flag a signal handler (or a test) sets to end a run after the current document."""

    def __init__(self):
        self.requested = False

    def set(self):
        self.requested = True


def warm_up(table: str = "records") -> None:
    """Load the rule files, the normalizer's lexicon and its running-text model (a second from
    the disk cache, three when built; once per process) before the first document, so that loading never counts against a
    document's --timeout; for ``table="indicators"``, the resolver's vocabularies too."""
    from baocao.extract import extract
    from baocao.normalize.lexicon import lexicon
    from baocao.normalize.lm import maybe_model

    lexicon()
    maybe_model()
    extract("28 tỷ đồng, 5,61%/năm, thị trấn")
    if table == "indicators":
        from baocao.indicator_table import indicator_rows
        from baocao.report import parse

        indicator_rows(parse("Năm 2025, độ che phủ rừng đạt 34,39%, đạt 101,15% kế hoạch."))


def _worker_main(conn, config: BatchConfig, state) -> None:
    """Process chunks of (seq, source) and send back lists of (seq, Result).

    ``state`` (shared memory) holds the seq of the document in hand and when it (or its current
    piece) was started, so the parent can tell which document hung or killed the worker. Results
    go back when the chunk is done, or sooner once ``_FLUSH`` seconds have passed, so a slow
    document does not hold back the finished ones before it; each piece of a huge document goes
    back at once, so its records are written (or wait in the parent) rather than pile up here.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    warm_up(config.table)
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        out: list[tuple[int, Result]] = []
        last = time.monotonic()
        for seq, source in chunk:
            state[0], state[1] = seq, time.monotonic()
            for res in process_parts(source, config):
                out.append((seq, res))
                if not res.final:
                    conn.send(out)
                    out, last = [], time.monotonic()
                    state[1] = last
            if time.monotonic() - last > _FLUSH:
                conn.send(out)
                out, last = [], time.monotonic()
        state[0] = -1
        out.append((-1, None))  # end of chunk
        conn.send(out)


_FLUSH = 0.5
_HOLD = 2
# A worker is sent its next chunk while it works on the one before (so that it does not wait for
# the parent, which may be writing a row group, between two chunks), when that chunk holds at most
# _AHEAD_BYTES of text itself (files travel as paths): a message that fits in the pipe's buffer,
# so the parent never blocks on a busy worker while that worker blocks sending its results.
_AHEAD = 2
_AHEAD_BYTES = 32_768


def _inline_bytes(chunk: list[tuple[int, Source]]) -> int:
    return sum(len(src.text or "") * 4 + len(src.data or b"") for _, src in chunk)


def _context():
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:  # fork's speed without forking a parent that may hold threads
        ctx = multiprocessing.get_context("forkserver")
        # the forkserver loads the lexicon once; workers forked from it share its pages
        ctx.set_forkserver_preload(["baocao._preload"])
        return ctx
    return multiprocessing.get_context("spawn")


class _Worker:
    def __init__(self, ctx, config: BatchConfig):
        self.conn, child = ctx.Pipe()
        self.state = ctx.RawArray("d", [-1.0, 0.0])
        self.proc = ctx.Process(target=_worker_main, args=(child, config, self.state),
                                daemon=True)
        self.proc.start()
        child.close()
        self.chunk: dict[int, Source] = {}  # seq -> source, not yet answered (all chunks sent)
        self.pending = 0  # chunks sent and not finished
        self.piece_seq: Optional[int] = None  # the document whose pieces it is sending

    @property
    def busy(self) -> bool:
        return self.pending > 0

    def send(self, chunk: list[tuple[int, Source]]) -> None:
        self.chunk.update(chunk)
        self.pending += 1
        self.conn.send(chunk)

    def current(self) -> tuple[Optional[int], float]:
        seq = int(self.state[0])
        return (seq if seq in self.chunk else None), self.state[1]

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def close(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(2)
        self.conn.close()


def _ordered_parallel(sources: Iterable[Source], config: BatchConfig, stop: Stop,
                      tick: Callable[[], None]) -> Iterator[Result]:
    """Yield Results in input order, computed by `config.jobs` worker processes.

    Documents go out in chunks of ``config.batch`` (one message per chunk, not per document: the
    pipe's cost per message is a fair share of a short article's). A worker that dies, or that is
    still on one document at the hard limit, is replaced: that document gets an error row, and
    the unanswered rest of its chunk is handed out again.

    The pieces of a huge document are yielded as they come when it is the next one to write;
    otherwise at most ``_HOLD`` of them wait here, and then the parent stops reading from that
    worker (which blocks on its pipe) until the documents before it are written.
    """
    ctx = _context()
    workers = [_Worker(ctx, config) for _ in range(config.jobs)]
    hard = config.timeout * 1.5 + 1 if config.timeout and config.timeout > 0 else None
    if config.ocr_engine:   # a scanned PDF takes timeout per page, enforced in the worker
        hard = None
    window = max(config.window, 4 * config.jobs * config.batch)
    it = enumerate(sources)
    retry: deque[tuple[int, Source]] = deque()
    exhausted = False
    done: dict[int, deque[Result]] = {}
    next_out = 0
    next_in = 0

    def take() -> list[tuple[int, Source]]:
        nonlocal exhausted, next_in
        chunk: list[tuple[int, Source]] = []
        while len(chunk) < config.batch:
            if retry:
                chunk.append(retry.popleft())
            elif exhausted or next_in - next_out >= window:
                break
            else:
                try:
                    chunk.append(next(it))
                except StopIteration:
                    exhausted = True
                    break
                next_in = chunk[-1][0] + 1
        return chunk

    def replace(i: int, w: _Worker, seq: Optional[int], error: str, message: str) -> None:
        if seq is not None:
            src = w.chunk.pop(seq)
            done.setdefault(seq, deque()).append(
                Result(src.doc, error=(src.doc, "extract", error, message)))
        retry.extend(sorted(w.chunk.items()))
        w.kill()
        workers[i] = _Worker(ctx, config)

    try:
        while True:
            if not stop.requested:
                for w in workers:
                    if w.pending >= _AHEAD:
                        continue
                    chunk = take()
                    if not chunk:
                        break
                    if w.busy and _inline_bytes(chunk) > _AHEAD_BYTES:
                        retry.extendleft(reversed(chunk))  # for a free worker
                        continue
                    w.send(chunk)
            while next_out in done:
                queue = done[next_out]
                finished = False
                while queue and not finished:
                    result = queue.popleft()
                    finished = result.final
                    yield result
                if not finished:
                    break
                del done[next_out]
                next_out += 1
            if stop.requested:  # Ctrl-C: end now; documents in flight are done again on resume
                return
            busy = [w for w in workers if w.busy]
            if not busy:
                if exhausted and not retry:
                    return
                continue
            paused = {id(w) for w in busy if w.piece_seq is not None and w.piece_seq != next_out
                      and len(done.get(w.piece_seq, ())) >= _HOLD}
            for w in busy:  # a paused worker waits on us: its time does not run
                if id(w) in paused:
                    w.state[1] = time.monotonic()
            ready = wait([w.conn for w in busy if id(w) not in paused] +
                         [w.proc.sentinel for w in busy], timeout=0.2)
            tick()
            for i, w in enumerate(workers):
                if not w.busy:
                    continue
                if w.conn in ready:
                    try:
                        answers = w.conn.recv()
                    except (EOFError, OSError):
                        answers = None
                    if answers is not None:
                        for seq, result in answers:
                            if seq == -1:
                                w.pending -= 1
                            else:
                                if result.final:
                                    w.chunk.pop(seq, None)
                                w.piece_seq = None if result.final else seq
                                done.setdefault(seq, deque()).append(result)
                        continue
                if w.proc.sentinel in ready or w.conn in ready:
                    seq, _ = w.current()
                    w.proc.join(2)  # the pipe may close before the process is reaped
                    replace(i, w, seq, "WorkerDied",
                            f"the worker process died (exit code {w.proc.exitcode})")
                elif hard is not None and id(w) not in paused:
                    seq, started = w.current()
                    if seq is not None and time.monotonic() - started > hard:
                        replace(i, w, seq, "Timeout", f"took longer than {config.timeout:g} s "
                                "(--timeout); the worker was stopped")
    finally:
        for w in workers:
            if w.busy:
                w.kill()
            else:
                w.close()


def results(sources: Iterable[Source], config: BatchConfig, stop: Optional[Stop] = None,
            tick: Callable[[], None] = lambda: None) -> Iterator[Result]:
    """Yield one Result per source, in input order (with 1 or `config.jobs` workers)."""
    stop = stop or Stop()
    if config.jobs <= 1:
        warm_up(config.table)
        for src in sources:
            if stop.requested:
                return
            yield from process_parts(src, config)
    else:
        yield from _ordered_parallel(sources, config, stop, tick)


# -------------------------------------------------------------------------------------- sinks

class JsonlSink:
    """Records as JSON lines, one write per document (so an interrupted file ends on a document)."""

    def __init__(self, stream: IO[str]):
        self.stream = stream

    def write(self, result: Result) -> None:
        if result.payload:
            self.stream.write(result.payload)

    def close(self) -> None:
        self.stream.flush()


class _ChunkedSink:
    def __init__(self, chunk_rows: int):
        self.rows: list[tuple] = []
        self.chunk_rows = chunk_rows

    def write(self, result: Result) -> None:
        if result.payload:
            self.rows.extend(result.payload)
            if len(self.rows) >= self.chunk_rows:
                self.flush()

    def flush(self) -> None:
        raise NotImplementedError


class CsvSink(_ChunkedSink):
    """Records as CSV (columns of ``frame.COLUMNS``, or the given `columns`: column -> dtype), the
    header once, rows in chunks."""

    def __init__(self, stream: IO[str], chunk_rows: int = 20_000, header: bool = True,
                 columns: Optional[dict[str, str]] = None):
        super().__init__(chunk_rows)
        self.stream = stream
        self.header = header
        self.columns = columns or COLUMNS

    def flush(self) -> None:
        import pandas as pd

        if not self.rows and not self.header:
            return
        frame = pd.DataFrame.from_records(self.rows, columns=list(self.columns)).astype(self.columns)
        frame.to_csv(self.stream, index=False, header=self.header, lineterminator="\n")
        self.header = False
        self.rows = []

    def close(self) -> None:
        self.flush()
        self.stream.flush()


def parquet_schema(columns: Optional[dict[str, str]] = None):
    """The Arrow schema of the records table (or of a table of `columns`: column -> dtype), with
    pandas metadata so dtypes read back as written."""
    import pyarrow as pa

    if columns is not None:
        import pandas as pd

        empty = pd.DataFrame(columns=list(columns)).astype(columns)
        return pa.Schema.from_pandas(empty, preserve_index=False)
    from baocao.frame import to_frame

    return pa.Schema.from_pandas(to_frame([]), preserve_index=False)


class ParquetSink(_ChunkedSink):
    """Records as Parquet (or a table of `columns`), one row group per chunk (pyarrow
    ParquetWriter)."""

    def __init__(self, where, chunk_rows: int = 20_000, columns: Optional[dict[str, str]] = None):
        import pyarrow.parquet as pq

        super().__init__(chunk_rows)
        self.schema = parquet_schema(columns)
        self.writer = pq.ParquetWriter(where, self.schema, compression="zstd")

    def write_table(self, table) -> None:
        self.writer.write_table(table)

    def flush(self) -> None:
        import pyarrow as pa

        if not self.rows:
            return
        columns = list(zip(*self.rows))
        arrays = [pa.array(col, type=f.type) for col, f in zip(columns, self.schema)]
        self.writer.write_table(pa.Table.from_arrays(arrays, schema=self.schema),
                                row_group_size=self.chunk_rows)
        self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


class ErrorSink:
    """The errors table: ``doc, stage, error, message``, as JSONL (or CSV for a ``.csv`` path)."""

    fields = ERROR_FIELDS

    def __init__(self, stream: Optional[IO[str]], csv_format: bool = False, header: bool = True):
        self.stream = stream
        self.csv = None
        if stream is not None and csv_format:
            import csv

            self.csv = csv.writer(stream, lineterminator="\n")
            if header:
                self.csv.writerow(self.fields)

    def write(self, row) -> None:
        if self.stream is None:
            return
        if isinstance(row, dict):
            row = tuple(row.get(f) for f in self.fields)
        if self.csv is not None:
            self.csv.writerow(row)
        else:
            self.stream.write(json.dumps(dict(zip(self.fields, row)), ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self.stream is not None:
            self.stream.flush()


class DocumentSink(ErrorSink):
    """The documents table: one row per document read, with what was learnt about it.

    ``doc``; ``format`` (``txt``, ``html``, ``docx``, ``row`` for a table row, ``text`` for
    text given directly); ``encoding`` and ``decoding`` (the encoding found and what decoding
    converted, for bytes decoded by baocao); ``title`` and ``date`` (an HTML page's title and
    publication date as trafilatura found them, ISO ``YYYY-MM-DD``; a .docx file's title
    property); ``chars`` (length of the text the offsets count in); ``pieces`` (1, or how many
    pieces a huge document was extracted in); ``records``; ``kinds`` (the kinds looked for,
    comma-separated, when ``BatchConfig.kinds`` limits them; else empty); ``ocr`` (whether the
    OCR repair ran, ``BatchConfig.ocr``); ``pages`` (a PDF's pages, or those of a text with form
    feeds), ``pages_without_text`` (a PDF's pages with no text layer, not recognized: ``3, 7-9``)
    and ``ocr_pages`` (the pages Tesseract recognized). JSONL, or CSV for a ``.csv`` path.
    """

    fields = DOCUMENT_FIELDS


# ---------------------------------------------------------------------------- run and summary

@dataclass
class Summary:
    """Counts of a run: documents, records by kind, errors, input bytes, seconds, interrupted."""

    docs: int = 0
    records: int = 0
    kinds: Counter = field(default_factory=Counter)
    errors: int = 0
    nbytes: int = 0
    seconds: float = 0.0
    skipped: int = 0
    interrupted: bool = False
    not_read: list = field(default_factory=list)   # files found in folders and not read
    without_text: list = field(default_factory=list)  # (doc, pages) of PDFs with scanned pages
    row: str = "record"   # what a row of the output is ("indicator" for BatchConfig.table="indicators")

    def line(self) -> str:
        """One line for stderr: ``12 files, 1183 records (date 34, …), 1 error, 0.23 MB in …``."""
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.kinds.items()))
        mb = self.nbytes / 1e6
        rate = mb / self.seconds if self.seconds > 0 else 0.0
        fps = self.docs / self.seconds if self.seconds > 0 else 0.0
        parts = [f"{self.docs} file{'s' * (self.docs != 1)}",
                 f"{self.records} {self.row}{'s' * (self.records != 1)}"
                 + (f" ({kinds})" if kinds and self.row == "record" else ""),
                 f"{self.errors} error{'s' * (self.errors != 1)}"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already in the output)")
        if self.without_text:
            n = len(self.without_text)
            parts.append(f"{n} PDF{'s' * (n != 1)} with pages without text")
        if self.not_read:
            by = Counter(os.path.splitext(d)[1].lower() or "no suffix" for d in self.not_read)
            parts.append(f"{len(self.not_read)} not read ("
                         + ", ".join(f"{k} {n}" for k, n in sorted(by.items())) + ")")
        parts.append(f"{mb:.2f} MB in {self.seconds:.1f} s ({rate:.2f} MB/s, {fps:.0f} files/s)")
        return ", ".join(parts) + (" — interrupted" if self.interrupted else "")


def without_text_message(pages: str, total: Optional[int] = None) -> str:
    """The warning for a PDF whose pages `pages` (``'2-5, 9'``) have no text layer."""
    of = f" of {total}" if total else ""
    return (f"pages without text (scanned), not read: {pages}{of}; --ocr tesseract (ocr="
            "'tesseract') recognizes them")


def run(sources: Iterable[Source], sink, errors: ErrorSink, config: BatchConfig,
        stop: Optional[Stop] = None, on_error: Callable[[tuple], None] = lambda row: None,
        progress: Optional["Progress"] = None,
        documents: Optional[DocumentSink] = None,
        on_warning: Callable[[str, str], None] = lambda doc, message: None) -> Summary:
    """Process every source and write its records to `sink` or its error row to `errors` (and,
    with `documents`, the row of each document read to it).

    A file found in a folder and not read (stage ``skip``) has its row in `errors` but is no
    error: it is counted in ``Summary.not_read``. A PDF with pages that have no text layer is
    read; `on_warning` is called with its doc and a message naming the pages."""
    stop = stop or Stop()
    summary = Summary(row="indicator" if config.table == "indicators" else "record")
    t0 = time.perf_counter()
    tick = progress.tick if progress is not None else (lambda: None)
    for res in results(sources, config, stop, tick):
        if res.error is not None and res.error[1] == SKIP_STAGE:
            summary.not_read.append(res.doc)
            errors.write(res.error)
            continue
        if res.final:
            summary.docs += 1
            summary.nbytes += res.nbytes
        if res.error is not None:
            summary.errors += 1
            errors.write(res.error)
            on_error(res.error)
        else:
            sink.write(res)
            n = sum(res.counts.values())
            summary.records += n
            summary.kinds.update(res.counts)
            if res.final and documents is not None and res.meta is not None:
                documents.write(res.meta)
            missing = res.meta.get("pages_without_text") if res.final and res.meta else None
            if missing:
                summary.without_text.append((res.doc, missing))
                on_warning(res.doc, without_text_message(missing, res.meta.get("pages")))
        if progress is not None:
            progress.update(summary)
    summary.seconds = time.perf_counter() - t0
    summary.interrupted = stop.requested
    return summary


class Progress:
    """A one-line progress display on a terminal: documents, files/s, MB/s, errors, ETA.

    ETA comes from bytes: a background thread sums the sizes of the inputs while the run goes on.
    """

    def __init__(self, stream: IO[str], count_total: Optional[Callable[[], int]] = None,
                 interval: float = 0.2):
        self.stream = stream
        self.interval = interval
        self.total: Optional[int] = None
        self.t0 = time.perf_counter()
        self.last = 0.0
        self.summary = Summary()
        self.shown = False
        if count_total is not None:
            threading.Thread(target=self._count, args=(count_total,), daemon=True).start()

    def _count(self, fn):
        try:
            self.total = fn()
        except Exception:
            self.total = None

    def update(self, summary: Summary) -> None:
        self.summary = summary
        self.tick()

    def tick(self) -> None:
        now = time.perf_counter()
        if now - self.last < self.interval:
            return
        self.last = now
        s, dt = self.summary, max(now - self.t0, 1e-9)
        rate = s.nbytes / dt
        line = (f"{s.docs} files  {s.docs / dt:.0f} files/s  {rate / 1e6:.2f} MB/s  "
                f"{s.records} {s.row}s  {s.errors} errors")
        if self.total and rate > 0:
            left = max(self.total - s.nbytes, 0) / rate
            pct = min(100.0, 100.0 * s.nbytes / self.total)
            line = f"{pct:5.1f}%  " + line + f"  ETA {int(left // 60)}:{int(left % 60):02d}"
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.last = 0.0


def total_bytes(sources: Iterable[Source]) -> int:
    """Sum of the sizes of the files among `sources` (for the progress bar's ETA)."""
    total = 0
    for s in sources:
        if s.path:
            try:
                total += os.path.getsize(s.path)
            except OSError:
                pass
        else:
            total += s.size
    return total


# --------------------------------------------------------------------------------- resuming

def finished_documents(path: Optional[str]) -> Optional[dict[str, int]]:
    """Return {doc: records} from a documents table (JSONL, or CSV for a ``.csv`` path), or None
    when there is no such file.

    A row is written once every record of its document has gone to the sink, so it marks the
    document complete; a torn last line (a run killed while writing it) is not a row.
    """
    table = read_documents_table(path)
    return None if table is None else table[0]


def kinds_label(kinds: Optional[Iterable[str]]) -> Optional[str]:
    """The documents table's ``kinds`` value: the kinds sorted and comma-separated, or None for
    all kinds."""
    return ",".join(sorted(kinds)) if kinds else None


def read_documents_table(path: Optional[str]) -> Optional[tuple[dict[str, int], dict[str, set]]]:
    """Read a documents table (JSONL, or CSV for a ``.csv`` path) in one pass: return
    ({doc: records}, settings), or None when there is no such file.

    {doc: records} is :func:`finished_documents`. Settings are the values the ``kinds`` and
    ``ocr`` columns hold (``{"kinds": {None or "date,money", …}, "ocr": {True, False}}``); a
    column is left out when the rows do not have it (a table written before baocao recorded
    it): then there is nothing to check against. A torn last line is not a row.
    """
    if not path or not os.path.exists(path):
        return None
    rows: dict[str, int] = {}
    seen: dict[str, set] = {}
    is_csv = path.endswith(".csv")
    with open(path, encoding="utf-8", newline="") as f:
        for row in (_csv_rows(f, path) if is_csv else _jsonl_rows(f)):
            kinds = row.get("kinds", False)
            if kinds is None or isinstance(kinds, str):   # CSV writes None as ""
                seen.setdefault("kinds", set()).add(kinds or None)
            ocr = row.get("ocr")
            if is_csv and isinstance(ocr, str) and ocr.strip().lower() in ("true", "false"):
                ocr = ocr.strip().lower() == "true"
            if isinstance(ocr, bool):
                seen.setdefault("ocr", set()).add(ocr)
            try:
                rows[row["doc"]] = int(row["records"])
            except (KeyError, TypeError, ValueError):
                if is_csv:
                    continue
                break
    return rows, seen


def _csv_rows(f, path: str) -> Iterator[dict]:
    """The whole rows of a CSV table open as `f`: a last row without its newline is torn (its
    values may be cut short) and left out."""
    import csv

    whole = f.seek(0, os.SEEK_END) == 0 or _ends_with_newline(path)
    f.seek(0)
    ahead = None
    for row in csv.DictReader(f):
        if ahead is not None:
            yield ahead
        ahead = row
    if ahead is not None and whole:
        yield ahead


def _jsonl_rows(f) -> Iterator[dict]:
    """The rows of a JSONL table open as `f`, up to a torn or unreadable line."""
    for line in f:
        if not line.endswith("\n"):
            return
        try:
            row = json.loads(line)
        except ValueError:
            return
        if not isinstance(row, dict):
            return
        yield row


def _ends_with_newline(path: str) -> bool:
    with open(path, "rb") as f:
        f.seek(-1, os.SEEK_END)
        return f.read(1) == b"\n"


def _complete(counts: dict, last_doc, finished: Optional[dict[str, int]]) -> set:
    """The docs to keep: with a documents table, those it marks finished whose records in the
    output number what it says; without one, every doc in the output but the last."""
    if finished is None:
        return set(counts) - {last_doc}
    return {doc for doc, n in finished.items() if counts.get(doc, 0) == n}


def jsonl_done(path: str, finished: Optional[dict[str, int]] = None) -> set[str]:
    """Return the docs complete in a JSONL output, and cut the file back to their records.

    `finished` is :func:`finished_documents` of the run's documents table: a doc is complete
    when the table has its row and the output holds as many of its records as the row says.
    The records of any other doc (a document that failed after some of its pieces were written,
    one cut short by a kill or a Ctrl-C) are removed, so it is done again whole. Without a
    documents table (None), every doc but the output's last is taken as complete. A torn last
    line is cut off in any case.
    """
    if not os.path.exists(path):
        return set()
    counts: dict = {}
    last_doc = None
    end = 0
    for raw, doc in _jsonl_lines(path):
        counts[doc] = counts.get(doc, 0) + 1
        last_doc = doc
        end += len(raw)
    done = _complete(counts, last_doc, finished)
    # Cut the file after its last line of a complete doc when no other line comes before that;
    # else write the lines of complete docs to a new file.
    cut, offset, rewrite = None, 0, False
    for raw, doc in _jsonl_lines(path):
        if doc not in done:
            cut = offset if cut is None else cut
        elif cut is not None:
            rewrite = True
            break
        offset += len(raw)
    if rewrite:
        tmp = path + ".partial"
        with open(tmp, "wb") as dst:
            for raw, doc in _jsonl_lines(path):
                if doc in done:
                    dst.write(raw)
        os.replace(tmp, path)
    else:
        with open(path, "r+b") as f:
            f.truncate(end if cut is None else cut)
    return done


def _jsonl_lines(path: str) -> Iterator[tuple[bytes, object]]:
    """Yield (line, doc) for the whole lines of a JSONL output, up to a torn or unreadable one."""
    with open(path, "rb") as f:
        for raw in f:
            if not raw.endswith(b"\n"):
                return  # a torn line: the writer was killed mid-line
            try:
                doc = json.loads(raw).get("doc")
            except (ValueError, AttributeError):
                return
            yield raw, doc


def parquet_done(path: str, sink: ParquetSink,
                 finished: Optional[dict[str, int]] = None) -> set[str]:
    """Copy the records of the complete docs of an existing Parquet output into `sink`; return
    those docs.

    Parquet cannot be appended to, so a resumed run writes a new file that starts with the old
    one's rows. Which docs are complete is decided as in :func:`jsonl_done`; the rows of the
    others are left out, so those documents are done again whole.
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return set()
    pf = pq.ParquetFile(path)
    if pf.metadata.num_rows == 0:
        return set()
    counts: Counter = Counter()
    last_doc = None
    for i in range(pf.num_row_groups):
        column = pf.read_row_group(i, columns=["doc"]).column("doc")
        for pair in pc.value_counts(column).to_pylist():
            counts[pair["values"]] += pair["counts"]
        if len(column):
            last_doc = column[len(column) - 1].as_py()
    done = _complete(counts, last_doc, finished)
    keep = pa.array(sorted(done), type=pa.string())
    for i in range(pf.num_row_groups):
        table = pf.read_row_group(i)
        mask = pc.fill_null(pc.is_in(table.column("doc"), value_set=keep), False)
        if not pc.all(mask).as_py():
            table = table.filter(mask)
        if table.num_rows:
            sink.write_table(table.cast(sink.schema))
    return done


def skip_done(sources: Iterable[Source], done: set[str], summary_skipped: list) -> Iterator[Source]:
    """Drop the sources whose doc is in `done`, counting them in ``summary_skipped[0]``."""
    for s in sources:
        if s.doc in done:
            summary_skipped[0] += 1
            continue
        yield s



def keep_documents(path: str, done: set[str]) -> None:
    """Cut a documents table (JSONL, or CSV for a ``.csv`` path) back to the rows of `done`.

    A resumed run appends the rows of the documents it does; the rows of the documents it redoes
    go first, so no document has two rows.
    """
    if not os.path.exists(path):
        return
    tmp = path + ".partial"
    with open(path, encoding="utf-8", newline="") as src, \
            open(tmp, "w", encoding="utf-8", newline="") as dst:
        if path.endswith(".csv"):
            import csv

            reader = csv.reader(src)
            writer = csv.writer(dst, lineterminator="\n")
            header = next(reader, None)
            if header is not None:
                writer.writerow(header)
                writer.writerows(row for row in reader if row and row[0] in done)
        else:
            for line in src:
                if not line.endswith("\n"):
                    break
                try:
                    if json.loads(line).get("doc") in done:
                        dst.write(line)
                except ValueError:
                    break
    os.replace(tmp, path)
