"""One document's work in a batch run: read it, extract it (in pieces when it is huge) within its
time limit, and give its records in the form the sink writes, or its error row; never raise."""
from __future__ import annotations

import json
import os
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional, Union

try:
    import resource
except ImportError:   # not on Windows: no address-space limit to name
    resource = None   # type: ignore[assignment]

from baocao.batch.config import DOCUMENT_FIELDS, BatchConfig, kinds_label
from baocao.batch.deadlines import _deadline, _left, _Timeout
from baocao.errors import LoadError
from baocao.extract import extract
from baocao.inputs import Source, iter_sources, load, pieces, stream_pieces
from baocao.options import ExtractOptions, InputOptions, NormalizeOptions, repairs_ocr
from baocao.schema.columns import COLUMNS

Row = tuple[Any, ...]
#: An errors-table row: (doc, stage, error, message).
ErrorRow = tuple[Optional[str], str, str, str]
#: A Result's records: JSONL lines (``fmt`` "jsonl"), or row tuples in the table's column order.
Payload = Union[str, list[Row], None]

# Record fields that hold offsets into the original text: shifted when a document is cut in pieces.
_OFFSET_FIELDS = ("start", "end", "anchor_start", "anchor_end", "body_start")
_COLUMN_SET = frozenset(COLUMNS)
# The normalizer's options that extract() applies when given none.
_DEFAULT_NORMALIZE = NormalizeOptions()


@dataclass
class Result:
    """What one document (or one piece of a huge one) gave: records (``payload``, in the form the
    sink writes) or an error row.

    A document cut in pieces gives one Result per piece (``part`` 0, 1, …), the last one
    ``final``; only the final one carries ``nbytes``, the document row ``meta`` and any error.
    """

    doc: Optional[str]
    payload: Payload = None  # str of JSONL lines, or a list of row tuples in the table's order
    counts: dict[str, int] = field(default_factory=dict)  # records per kind (indicator rows: "indicator")
    error: Optional[ErrorRow] = None  # (doc, stage, error, message)
    nbytes: int = 0
    part: int = 0
    final: bool = True
    meta: Optional[dict[str, Any]] = None  # the row of the documents table (see DOCUMENT_FIELDS)
    #: what the run warns of for this document (invalid bytes replaced), on the final Result
    warnings: list[str] = field(default_factory=list)


def _where(exc: BaseException) -> str:
    tb = traceback.extract_tb(exc.__traceback__)
    if not tb:
        return ""
    last = tb[-1]
    return f" (at {os.path.basename(last.filename)}:{last.lineno})"


_ROW_CLASSES: set[type] = set()   # record classes whose fields were checked against COLUMNS


def _rows(records: Iterable[Any]) -> list[Row]:
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


def _shifted(records: list[Any], offset: int, pages_before: Optional[int] = None) -> list[Any]:
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


def _file_key(path: str) -> Optional[tuple[int, int]]:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def saved_onto_input(folder: str, paths: Iterable[str],
                     options: InputOptions = InputOptions()) -> Optional[tuple[str, str]]:
    """The first ``(doc, path)`` whose ``--save-text FOLDER`` file `path` is a file one of the
    inputs `paths` names (the same file, by device and inode): writing it would destroy an input
    (``--save-text .`` beside ``r.pdf`` and ``r.pdf.txt``), or None."""
    return saved_onto_sources(folder, iter_sources(paths, options, rows=False))


def saved_onto_sources(folder: str, sources: Iterable[Source]) -> Optional[tuple[str, str]]:
    """:func:`saved_onto_input` of the `sources` a run is given (their files; rows, stdin and
    sources in error are no file a saved text could destroy)."""
    inputs: set[tuple[int, int]] = set()
    targets: list[tuple[str, str, tuple[int, int]]] = []
    for source in sources:
        if source.path is None or source.doc is None or source.error is not None:
            continue
        key = _file_key(source.path)
        if key is not None:
            inputs.add(key)
        path = saved_text_path(folder, source.doc)
        key = _file_key(path)
        if key is not None:
            targets.append((source.doc, path, key))
    return next(((doc, path) for doc, path, key in targets if key in inputs), None)


def saved_onto_message(onto: tuple[str, str], option: str = "--save-text") -> str:
    """Why a run whose saved text :func:`saved_onto_input` found on an input is refused."""
    return (f"{option} would write the text of {onto[0]} onto {onto[1]}, an input of this run: "
            "name another folder")


class _TextSaver:
    """Writes a document's text piece by piece to its --save-text file."""

    def __init__(self, folder: Optional[str], doc: Optional[str]):
        self.f = None
        if folder and doc is not None:
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
    if source.path is None or os.path.splitext(source.path)[1].lower() != ".pdf" or \
            not os.path.isfile(source.path):   # a device or a pipe: load() refuses or bounds it
        return config.timeout
    from baocao.pdf import count_pages

    return config.timeout * max(1, count_pages(source.path))


def _address_space_limit() -> int:
    """The process's address-space limit in bytes (``ulimit -v``), or -1: none, or unknown."""
    try:
        soft = resource.getrlimit(resource.RLIMIT_AS)[0] if resource is not None else -1
    except (AttributeError, OSError, ValueError):
        return -1
    return -1 if resource is None or soft == resource.RLIM_INFINITY else soft


def error_row(source: Source, stage: str, exc: BaseException,
              config: Optional[BatchConfig] = None) -> ErrorRow:
    """The errors-table row ``(doc, stage, error, message)`` of `source`, which raised `exc` at
    `stage`: a :class:`~baocao.errors.LoadError`'s own stage and message, a time-out's limit
    (`config`'s), else the exception's class, first line and where it was raised."""
    if isinstance(exc, LoadError):
        return (source.doc, exc.stage, exc.error, exc.message)
    if isinstance(exc, _Timeout):
        timeout = config.timeout if config is not None else 0
        return (source.doc, stage, "Timeout", f"took longer than {timeout:g} s (--timeout)")
    if isinstance(exc, MemoryError):   # the process's limit (ulimit -v), not a fault of the file
        limit = _address_space_limit()
        said = f"address-space limit {limit // 10**6} MB" if limit >= 0 else \
            "no address-space limit: the machine's memory"
        return (source.doc, stage, "MemoryLimit",
                f"the process ran out of memory ({said}) on this document: a limit of this run, "
                "not a fault of the document; run it again with more memory")
    msg = (str(exc).splitlines() or [""])[0][:500]
    return (source.doc, stage, type(exc).__name__, f"{msg}{_where(exc)}")


def _piece_records(piece: str, offset: int, pages_before: Optional[int], doc: Optional[str],
                   config: BatchConfig) -> list[Any]:
    """The records of one piece of a document at `offset`, with the whole document's offsets."""
    normalize = config.extract.normalize
    if config.extract.vocabulary is not None:
        found = extract(piece, doc=doc, options=config.extract)
    elif normalize == _DEFAULT_NORMALIZE:
        found = extract(piece, doc=doc, kinds=config.extract.kinds)
    else:
        found = extract(piece, doc=doc, kinds=config.extract.kinds,
                        normalize=False if normalize is None else normalize)
    return _shifted(found, offset, pages_before)


def _record_payload(records: list[Any], fmt: str) -> tuple[Payload, Counter[str]]:
    """Records in the form the sink writes (JSONL lines, or row tuples in COLUMNS order), and
    their number per kind."""
    counts = Counter(r.kind for r in records)
    if fmt == "jsonl":
        return "".join(r.model_dump_json(exclude_none=True) + "\n" for r in records), counts
    return _rows(records), counts


def _document_indicators(text: str, doc: Optional[str], meta: dict[str, Any],
                         config: BatchConfig) -> list[dict[str, Any]]:
    """The indicator rows of one whole document: :func:`baocao.indicator_table.indicator_rows` of its
    report, parsed as :func:`baocao.parse_file` parses it. Plain values, so the report itself
    never leaves the worker."""
    from baocao.indicator_table import indicator_rows
    from baocao.document import Document
    from baocao.core.pages import page_starts
    from baocao.report import parse

    pages = (page_starts(text) or (0,)) if meta.get("format") == "pdf" else None
    normalize = config.extract.normalize
    document: Union[str, Document] = text if normalize == _DEFAULT_NORMALIZE else \
        Document.from_text(text, doc, normalize is not None, normalize)
    return indicator_rows(parse(document, doc=doc, pages=pages,
                                options=ExtractOptions(vocabulary=config.extract.vocabulary)))


def _indicator_payload(rows: list[dict[str, Any]], fmt: str) -> tuple[Payload, Counter[str]]:
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
    total: Counter[str] = Counter()
    started = time.monotonic()
    saver = None
    whole = config.table == "indicators"   # a report is parsed whole, never in pieces
    try:
        streamed = None if whole else stream_pieces(source, config.piece_chars,
                                                    config.max_bytes)
        paged = False
        if streamed is not None:  # a huge UTF-8 file: decoded piece by piece, never whole
            meta, parts = streamed
            nbytes = nbytes or os.path.getsize(str(source.path))
        else:
            with _deadline(_load_limit(source, config)):
                loaded = load(source, ocr=config.ocr_engine, ocr_timeout=config.timeout,
                              max_bytes=config.max_bytes)
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
                    sum(total.values()), kinds_label(config.extract.kinds), repairs_ocr(config.extract),
                    meta.get("pages"), meta.get("pages_without_text"), meta.get("ocr_pages"))))
            if final:
                saver.close()
            yield Result(source.doc, payload, dict(counts), None, nbytes if final else 0,
                         part, final, row, list(meta.get("warnings") or ()) if final else [])
            part += 1
            started = time.monotonic()
    except BaseException as exc:
        if isinstance(exc, (KeyboardInterrupt, GeneratorExit, SystemExit)):
            raise
        if saver is not None:
            saver.close()
            saver = None
        failed = error_row(source, stage, exc, config)
        if part:
            failed = failed[:3] + (f"{failed[3]} (in piece {part + 1}; the records of the {part} "
                                   "pieces before it were written)",)
        yield Result(source.doc, error=failed, nbytes=nbytes, part=part)


def process(source: Source, config: BatchConfig) -> Result:
    """Return the records of one document, or its error row; never raise (except KeyboardInterrupt).

    The pieces of a huge document are joined into one Result (use :func:`process_parts` to
    stream them); a document that fails in any piece gives its error row only.
    """
    payloads: list[Any] = []
    counts: Counter[str] = Counter()
    for res in process_parts(source, config):
        if res.error is not None:
            return res
        payloads.append(res.payload)
        counts.update(res.counts)
        if res.final:
            payload = ("".join(payloads) if config.fmt == "jsonl" else
                       payloads[0] if len(payloads) == 1 else [r for p in payloads for r in p])
            return Result(source.doc, payload, dict(counts), None, res.nbytes, 0, True, res.meta,
                          res.warnings)
    raise AssertionError("process_parts ended without a final result")  # pragma: no cover


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
