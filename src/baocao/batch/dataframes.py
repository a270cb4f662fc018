"""The tables of a batch run as pandas DataFrames, made in this process: :func:`collect` (records,
errors, documents) and :func:`read` (``baocao.read``)."""
from __future__ import annotations

import os
import warnings
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Callable, Iterable, NamedTuple, Optional, Union, cast

from baocao.batch.config import (DOCUMENT_DTYPES, DOCUMENT_FIELDS, ERROR_DTYPES, ERROR_FIELDS,
                                 ROWS, BatchConfig, check_timeout, rows_options)
from baocao.batch.documents import ErrorRow, Row, process
from baocao.errors import MISSING_DEPENDENCY, LoadError, ReadError, ReadWarning
from baocao.inputs import SKIP_STAGE, Source, iter_sources
from baocao.inputs.mistakes import check_paths
from baocao.options import DEFAULT_TIMEOUT, InputOptions, Vocabulary

if TYPE_CHECKING:
    import pandas as pd


class Tables(NamedTuple):
    """The three tables of a run as pandas DataFrames: ``records`` (the columns and dtypes of
    :func:`baocao.to_frame`), ``errors`` (one row per failed document: ``ERROR_FIELDS``) and
    ``documents`` (one row per document read: ``DOCUMENT_FIELDS``, see :class:`DocumentSink`).
    Every input is in exactly one of ``errors`` and ``documents``."""

    records: Any
    errors: Any
    documents: Any


def collect(sources: Iterable[Source], config: BatchConfig = BatchConfig(fmt=ROWS, timeout=0),
            on_error: Optional[Callable[[ErrorRow], None]] = None) -> Tables:
    """Return the :class:`Tables` of `sources`, processed in this process one after another.

    `config.fmt` must be :data:`~baocao.options.ROWS` (or any value but ``"jsonl"``).
    `on_error` is called with each error row as it comes (it may raise to stop).

    >>> t = collect([Source(doc="a", text="vốn 28 tỷ đồng"), Source(doc="b", text=" ")])
    >>> t.records[["doc", "kind", "value"]].values.tolist()
    [['a', 'money', 28000000000.0]]
    >>> t.errors.values.tolist()
    [['b', 'read', 'EmptyDocument', 'no text in the document']]
    >>> t.documents[["doc", "format", "chars", "records"]].values.tolist()
    [['a', 'text', 14, 1]]
    """
    import pandas as pd

    from baocao.schema.columns import COLUMNS

    if config.fmt == "jsonl":
        raise ValueError("collect needs row payloads: BatchConfig(fmt='rows')")
    rows: list[Row] = []
    errors: list[ErrorRow] = []
    documents: list[Row] = []
    for src in sources:
        res = process(src, config)
        if res.error is not None:
            if on_error is not None:
                on_error(res.error)
            errors.append(res.error)
        else:
            rows.extend(cast(list[Row], res.payload))
            meta = cast(dict[str, Any], res.meta)
            documents.append(tuple(meta[f] for f in DOCUMENT_FIELDS))
    return Tables(
        pd.DataFrame.from_records(rows, columns=list(COLUMNS)).astype(COLUMNS),
        pd.DataFrame.from_records(errors, columns=list(ERROR_FIELDS)).astype(ERROR_DTYPES),
        pd.DataFrame.from_records(documents, columns=list(DOCUMENT_FIELDS)).astype(DOCUMENT_DTYPES))


#: The values of ``errors=`` in :func:`read` (and :func:`baocao.indicators`, :func:`baocao.compare`).
READ_ERRORS = ("warn", "skip", "raise")


def read(paths: Union[str, os.PathLike[str], Iterable[Union[str, os.PathLike[str]]]], *,
         errors: str = "warn", kinds: Optional[Iterable[str]] = None,
         text_column: Optional[str] = None, id_column: Optional[str] = None,
         timeout: float = DEFAULT_TIMEOUT, ocr: Union[bool, str] = True,
         include: Iterable[str] = (), exclude: Iterable[str] = (),
         vocabulary: Optional[Vocabulary] = None) -> pd.DataFrame:
    """Return one tidy table of the records of every document in `paths`.

    `paths` are what ``baocao extract`` takes (:mod:`baocao.inputs`): files, folders (walked
    recursively for ``.txt``, ``.html``/``.htm``, ``.docx`` and ``.pdf``), glob patterns;
    ``.jsonl`` and ``.csv`` files hold one document per row in `text_column`, named by
    `id_column`. The ``doc`` column names each document (a file's path as given, or its row);
    ``page`` the page of a PDF a record stands on. `kinds` keeps only those record kinds.
    ``ocr=False`` leaves out the OCR diacritic repair (born-digital text; the CLI's
    ``--no-ocr``); ``ocr="tesseract"`` also recognizes the PDF pages that have no text layer (the
    CLI's ``--ocr tesseract``). `include` and `exclude` are glob patterns that choose the files of
    folders (``--include``, ``--exclude``). `vocabulary` (:func:`baocao.load_vocabulary`) adds
    a user's units, scale words, indicator keys and places to the rules (default: the one
    ``BAOCAO_VOCABULARY`` names, if any; ``--vocabulary``).

    Files found in folders and not read (another format: ``.md``, ``.xlsx``, images) are listed
    in ``df.attrs["not_read"]`` (rows of the errors table, stage ``skip``) and, with
    ``errors="warn"``, named by a :class:`ReadWarning`; so are the PDFs with pages that have no
    text layer, in ``df.attrs["pages_without_text"]`` (``{doc: "2-5, 9"}``).

    A text given where a path is expected (it has a line break, or spaces and names nothing that
    exists) raises ValueError before any work: ``baocao.extract(text)`` and ``baocao.parse(text)``
    read a text.

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
    from baocao.pdf import check_ocr

    if errors not in READ_ERRORS:
        raise ValueError(f"errors must be one of {', '.join(map(repr, READ_ERRORS))}")
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    args = [os.fspath(p) for p in paths]
    check_paths(args, "baocao.read", "baocao.extract(text) and baocao.parse(text) read a text")
    engine = check_ocr(None if isinstance(ocr, bool) else ocr)
    if engine:
        from baocao.pdf import check_tesseract

        try:
            check_tesseract()
        except LoadError as exc:
            raise RuntimeError(exc.message) from None
    options = InputOptions(text_column=text_column, id_column=id_column,
                           include=tuple(include), exclude_globs=tuple(exclude),
                           images=bool(engine))
    sources = iter_sources(args, options)
    check_timeout(timeout)
    config = rows_options(kinds, timeout, bool(ocr), engine)
    if vocabulary is not None:
        config = replace(config, extract=replace(config.extract, vocabulary=vocabulary))
    on_error: Optional[Callable[[ErrorRow], None]] = None
    if errors == "raise":
        def on_error(row: ErrorRow) -> None:
            if row[1] != SKIP_STAGE:
                _raise(row)
    tables = collect(sources, config, on_error=on_error)
    frame: pd.DataFrame = tables.records
    rows = [tuple(row) for row in
            tables.errors.astype(object).where(tables.errors.notna(), None).values.tolist()]
    failed = [row for row in rows if row[1] != SKIP_STAGE]
    left_out(frame, failed, len(tables.documents), errors, "baocao.read")
    _not_read(frame, [row for row in rows if row[1] == SKIP_STAGE], tables.documents, errors)
    return frame


def _not_read(frame: pd.DataFrame, skipped: list[Row], documents: pd.DataFrame,
              errors: str) -> None:
    """Put the files not read and the PDF pages without text in ``frame.attrs``; warn of them."""
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


def left_out(frame: pd.DataFrame, failed: list[Row], read: int, errors: str, who: str) -> None:
    """Put the error rows `failed` of the documents left out in ``frame.attrs["errors"]`` (as
    dicts), and with ``errors="warn"`` warn once, naming the first few; `read` documents were
    read. With ``errors="raise"`` the first one raises :class:`ReadError`."""
    if failed and errors == "raise":
        raise ReadError(*failed[0])
    frame.attrs["errors"] = [dict(zip(ERROR_FIELDS, row)) for row in failed]
    if failed and errors == "warn":
        # a missing extra fails every document of its format alike: said once, with a count
        extras = Counter(row[3] for row in failed if row[2] == MISSING_DEPENDENCY)
        others = [row for row in failed if row[2] != MISSING_DEPENDENCY]
        said = [f"{n} document{'s' * (n != 1)}: {message}" for message, n in extras.items()]
        said += [f"{row[0]}: {row[3]}" for row in others[:_SHOWN]]
        shown = "; ".join(said)
        more = f"; and {len(others) - _SHOWN} more" if len(others) > _SHOWN else ""
        warnings.warn(f"{who}: {len(failed)} of {len(failed) + read} documents left out (see "
                      f'df.attrs["errors"]): {shown}{more}', ReadWarning, stacklevel=3)


_SHOWN = 5  # documents named in read()'s warning


def _raise(row: Row) -> None:
    raise ReadError(*row)


__all__ = ["READ_ERRORS", "ReadError", "ReadWarning", "Tables", "collect", "left_out", "read"]
