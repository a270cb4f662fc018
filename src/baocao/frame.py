"""pandas adapter: records → one tidy row per record, with fixed columns and dtypes."""
from __future__ import annotations

import os
import warnings
from typing import Iterable, Optional, Union

import pandas as pd

from baocao.report import Report
from baocao.schema.columns import COLUMNS  # re-exported: baocao.frame.COLUMNS
from baocao.structure.tables import TIDY_COLUMNS, Table


def to_frame(records: Union[Iterable, Report, Table]) -> pd.DataFrame:
    """Return a tidy DataFrame, one row per record, columns in the order of ``COLUMNS``.

    Accepts records (or dicts), a :class:`~baocao.report.Report` (its records, footnotes
    included) or several; or a :class:`~baocao.structure.tables.Table` (or several), which gives
    one row per table cell with the columns of ``TIDY_COLUMNS`` instead.

    >>> import baocao
    >>> df = baocao.to_frame(baocao.extract("vốn 28 tỷ đồng; 113/118 bản có điện"))
    >>> df[["kind", "text", "value", "numerator", "unit"]].values.tolist()
    [['money', '28 tỷ đồng', 28000000000.0, <NA>, <NA>], ['fraction', '113/118 bản', <NA>, 113.0, 'bản']]
    >>> t = baocao.parse("STT\\tChỉ tiêu\\tNăm 2024\\n1\\tĐộ che phủ rừng\\t34.11%\\n").tables[0]
    >>> baocao.to_frame(t)[["group", "indicator", "column", "raw", "value", "unit"]].values.tolist()
    [['1', 'Độ che phủ rừng', 'Năm 2024', '34.11%', 34.11, '%']]
    """
    if isinstance(records, Table):
        records = [records]
    elif isinstance(records, Report):
        records = records.records
    items = list(records)
    if items and all(isinstance(t, Table) for t in items):
        rows = [cell.__dict__ for t in items for cell in t.cells]
        return pd.DataFrame.from_records(rows, columns=list(TIDY_COLUMNS)).astype(TIDY_COLUMNS)
    if items and all(getattr(r, "kind", None) in ("indicator", "indicator_summary") for r in items):
        return pd.DataFrame.from_records([r.model_dump() for r in items])  # their own columns
    rows = []
    for rec in items:
        if isinstance(rec, Report):
            rows.extend(r.model_dump() for r in rec.records)
        elif isinstance(rec, dict):
            rows.append(rec)
        elif hasattr(rec, "model_dump"):
            rows.append(rec.model_dump())
        else:
            raise TypeError(f"to_frame expects records, dicts, Reports or Tables, "
                            f"got {type(rec).__name__}")
    unknown = {k for row in rows for k in row} - set(COLUMNS)
    if unknown:
        raise ValueError(f"unknown record fields {sorted(unknown)}")
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    return frame.astype(COLUMNS)


class ReadError(ValueError):
    """A document could not be read in :func:`read` with ``errors="raise"``.

    ``doc``, ``stage``, ``error`` and ``message`` are the fields of its errors-table row.
    """

    def __init__(self, doc: str, stage: str, error: str, message: str):
        super().__init__(f"{doc}: {message}")
        self.doc, self.stage, self.error, self.message = doc, stage, error, message


class ReadWarning(UserWarning):
    """Some documents could not be read in :func:`read`; they are left out of its table."""


_READ_ERRORS = ("warn", "skip", "raise")


def read(paths: Union[str, os.PathLike, Iterable[Union[str, os.PathLike]]], *,
         errors: str = "warn", kinds: Optional[Iterable[str]] = None,
         text_column: Optional[str] = None, id_column: Optional[str] = None,
         timeout: float = 120.0, ocr: Union[bool, str] = True,
         include: Iterable[str] = (), exclude: Iterable[str] = ()) -> pd.DataFrame:
    """Return one tidy table of the records of every document in `paths`.

    `paths` are what ``baocao extract`` takes (:mod:`baocao.inputs`): files, folders (walked
    recursively for ``.txt``, ``.html``/``.htm``, ``.docx`` and ``.pdf``), glob patterns;
    ``.jsonl`` and ``.csv`` files hold one document per row in `text_column`, named by
    `id_column`. The ``doc`` column names each document (a file's path as given, or its row);
    ``page`` the page of a PDF a record stands on. `kinds` keeps only those record kinds.
    ``ocr=False`` leaves out the OCR diacritic repair (born-digital text; the CLI's
    ``--no-ocr``); ``ocr="tesseract"`` also recognizes the PDF pages that have no text layer (the
    CLI's ``--ocr tesseract``). `include` and `exclude` are glob patterns that choose the files of
    folders (``--include``, ``--exclude``).

    Files found in folders and not read (another format: ``.md``, ``.xlsx``, images) are listed
    in ``df.attrs["not_read"]`` (rows of the errors table, stage ``skip``) and, with
    ``errors="warn"``, named by a :class:`ReadWarning`; so are the PDFs with pages that have no
    text layer, in ``df.attrs["pages_without_text"]`` (``{doc: "2-5, 9"}``).

    A document that cannot be read (missing, empty, binary, undecodable, an HTML page with no
    article, a bad table row, or one that takes longer than `timeout` seconds — default 120 as
    the CLI's ``--timeout``, 0 for no limit — to read and extract) is handled as `errors` says:

    - ``"warn"`` (default): it is left out, and one :class:`ReadWarning` names the documents
      left out and why;
    - ``"skip"``: it is left out silently;
    - ``"raise"``: the first one raises :class:`ReadError` naming it.

    Either way, the rows of the errors table of those left out (``doc``, ``stage``, ``error``,
    ``message``, as the CLI writes them) are in ``df.attrs["errors"]``, a list of dicts (empty
    when every document was read): ``pd.DataFrame(df.attrs["errors"])`` is the table.

    >>> import baocao, warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     df = baocao.read(["tests/corpus/000_2091ac59a1d652e0.txt", "tests/missing.txt"])
    >>> df["doc"].unique().tolist()
    ['tests/corpus/000_2091ac59a1d652e0.txt']
    >>> df.attrs["errors"]
    [{'doc': 'tests/missing.txt', 'stage': 'input', 'error': 'FileNotFoundError', 'message': 'no such file or directory'}]
    >>> print(caught[0].message)
    baocao.read: 1 of 2 documents left out (see df.attrs["errors"]): tests/missing.txt: no such file or directory
    """
    from baocao.batch import BatchConfig, check_timeout, collect
    from baocao.inputs import InputOptions, iter_sources

    from baocao.inputs import SKIP_STAGE
    from baocao.pdf import check_ocr

    if errors not in _READ_ERRORS:
        raise ValueError(f"errors must be one of {', '.join(map(repr, _READ_ERRORS))}")
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    engine = check_ocr(None if isinstance(ocr, bool) else ocr)
    if engine:
        from baocao.inputs import LoadError
        from baocao.pdf import check_tesseract

        try:
            check_tesseract()
        except LoadError as exc:
            raise RuntimeError(exc.message) from None
    options = InputOptions(text_column=text_column, id_column=id_column,
                           include=tuple(include), exclude_globs=tuple(exclude),
                           images=bool(engine))
    sources = iter_sources([os.fspath(p) for p in paths], options)
    check_timeout(timeout)
    config = BatchConfig(kinds=frozenset(kinds) if kinds else None, fmt="rows", timeout=timeout,
                         ocr=bool(ocr), ocr_engine=engine)
    on_error = None
    if errors == "raise":
        def on_error(row):
            if row[1] != SKIP_STAGE:
                _raise(row)
    tables = collect(sources, config, on_error=on_error)
    frame = tables.records
    rows = [tuple(row) for row in
            tables.errors.astype(object).where(tables.errors.notna(), None).values.tolist()]
    failed = [row for row in rows if row[1] != SKIP_STAGE]
    _left_out(frame, failed, len(tables.documents), errors, "baocao.read")
    _not_read(frame, [row for row in rows if row[1] == SKIP_STAGE], tables.documents, errors)
    return frame


def _not_read(frame: pd.DataFrame, skipped: list, documents: pd.DataFrame, errors: str) -> None:
    """Put the files not read and the PDF pages without text in ``frame.attrs``; warn of them."""
    from baocao.batch import ERROR_FIELDS

    frame.attrs["not_read"] = [dict(zip(ERROR_FIELDS, row)) for row in skipped]
    scanned = documents[documents["pages_without_text"].notna()]
    frame.attrs["pages_without_text"] = dict(zip(scanned["doc"], scanned["pages_without_text"]))
    if errors != "warn":
        return
    if skipped:
        shown = ", ".join(row[0] for row in skipped[:_SHOWN])
        more = f" and {len(skipped) - _SHOWN} more" if len(skipped) > _SHOWN else ""
        warnings.warn(f"baocao.read: {len(skipped)} file{'s' * (len(skipped) != 1)} not read "
                      f'(not a format baocao reads; see df.attrs["not_read"]): {shown}{more}',
                      ReadWarning, stacklevel=3)
    for doc, pages in frame.attrs["pages_without_text"].items():
        warnings.warn(f"baocao.read: {doc}: pages without text (scanned), not read: {pages}; "
                      "ocr='tesseract' recognizes them", ReadWarning, stacklevel=3)


def _left_out(frame: pd.DataFrame, failed: list, read: int, errors: str, who: str) -> None:
    """Put the error rows `failed` of the documents left out in ``frame.attrs["errors"]`` (as
    dicts), and with ``errors="warn"`` warn once, naming the first few; `read` documents were
    read. With ``errors="raise"`` the first one raises :class:`ReadError`."""
    from baocao.batch import ERROR_FIELDS

    if failed and errors == "raise":
        raise ReadError(*failed[0])
    frame.attrs["errors"] = [dict(zip(ERROR_FIELDS, row)) for row in failed]
    if failed and errors == "warn":
        shown = "; ".join(f"{row[0]}: {row[3]}" for row in failed[:_SHOWN])
        more = f"; and {len(failed) - _SHOWN} more" if len(failed) > _SHOWN else ""
        warnings.warn(f"{who}: {len(failed)} of {len(failed) + read} documents left out (see "
                      f'df.attrs["errors"]): {shown}{more}', ReadWarning, stacklevel=3)


_SHOWN = 5  # documents named in read()'s warning


def _raise(row: tuple) -> None:
    raise ReadError(*row)
