"""The tables of a batch run and the checks of its settings: the columns of the errors and documents
tables (and their pandas dtypes), the output table's columns, the time limit's check, the
documents table's ``kinds`` label. :class:`BatchConfig` is :class:`baocao.options.BatchOptions`.
"""
from __future__ import annotations

import os
import stat
from typing import Iterable, Optional

from baocao.options import DEFAULT_TIMEOUT, FORMATS, ROWS, TABLES, BatchOptions
from baocao.schema.columns import COLUMNS

#: The batch run's options under the name they had before :mod:`baocao.options` held them.
BatchConfig = BatchOptions


#: the columns of the errors table: one row per document that failed, and where and why
ERROR_FIELDS = ("doc", "stage", "error", "message")
#: the columns of the documents table: one row per document read (a failed one is in the errors
#: table instead)
DOCUMENT_FIELDS = ("doc", "format", "encoding", "decoding", "title", "date", "chars", "pieces",
                   "records", "kinds", "ocr", "pages", "pages_without_text", "ocr_pages")
#: the pandas dtypes of the errors table as a DataFrame (baocao.read, baocao.dask)
ERROR_DTYPES = {f: "string" for f in ERROR_FIELDS}
#: the pandas dtypes of the documents table as a DataFrame
DOCUMENT_DTYPES = {"doc": "string", "format": "string", "encoding": "string",
                   "decoding": "string", "title": "string", "date": "string", "chars": "Int64",
                   "pieces": "Int64", "records": "Int64", "kinds": "string",
                   "ocr": "boolean", "pages": "Int64", "pages_without_text": "string",
                   "ocr_pages": "string"}


def table_columns(table: str = "records") -> dict[str, str]:
    """The columns (column -> pandas dtype) of a run's output table (``BatchConfig.table``)."""
    if table == "indicators":
        from baocao.indicator_table import INDICATOR_COLUMNS

        return INDICATOR_COLUMNS
    if table != "records":
        raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
    return COLUMNS


#: The output format an extension of ``-o OUT`` names (``baocao extract`` and ``baocao indicators``;
#: ``.json`` is JSON lines, as ``.jsonl``).
EXTENSION_FORMATS = {".jsonl": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet"}


def output_format(output: Optional[str], given: Optional[str] = None) -> str:
    """The format of a run writing to `output` (None or ``-``: stdout): `given` (``--format``),
    else the one `output`'s extension names (:data:`EXTENSION_FORMATS`), else JSONL on stdout.
    Raise ValueError, before any work, when `output`'s extension names no format and none is
    `given`, or names another format than `given` (an extension no format claims, as ``.out``,
    takes the `given` one).

    >>> output_format("out/records.parquet"), output_format(None), output_format("r.txt", "csv")
    ('parquet', 'jsonl', 'csv')
    >>> output_format("r.csv", "parquet")
    Traceback (most recent call last):
    ...
    ValueError: --format parquet, but r.csv is named as csv: name it *.parquet, or leave out --format
    """
    if not output or output == "-":
        return given or "jsonl"
    ext = os.path.splitext(output)[1].lower()
    named = EXTENSION_FORMATS.get(ext)
    if given and named and given != named:
        raise ValueError(f"--format {given}, but {output} is named as {named}: name it "
                         f"*.{given}, or leave out --format")
    if given:
        return given
    if named is None:
        raise ValueError(f"cannot tell the format of {output} from its extension "
                         f"({ext or 'none'}): name it *.parquet, *.csv or *.jsonl, or give "
                         "--format")
    return named


#: The extension of a side table (errors, documents) of each output format.
FORMAT_EXTENSIONS = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet"}


def table_format(path: str) -> str:
    """The format of a side table (``--errors``, ``--documents``) written to `path`: Parquet for
    ``*.parquet``, CSV for ``*.csv``, else JSON lines.

    The ``.partial`` file a table is written to first has the table's format.

    >>> table_format("out.errors.parquet"), table_format("errors.CSV"), table_format("/dev/null")
    ('parquet', 'csv', 'jsonl')
    >>> table_format("out.documents.csv.partial")
    'csv'
    """
    if path.endswith(".partial"):
        path = path[:-len(".partial")]
    ext = os.path.splitext(path)[1].lower()
    return EXTENSION_FORMATS.get(ext, "jsonl")


def _not_a_file(path: str) -> bool:
    """Whether `path` exists and is no regular file (a device, a pipe, a folder)."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def side_table(output: Optional[str], given: Optional[str], what: str,
               fmt: Optional[str] = None) -> Optional[str]:
    """Where the side table `what` (``errors``, ``documents``) goes: `given` (``--errors FILE``),
    else beside `output` in the output's format `fmt` (default: the one its extension names,
    else JSONL); none for stdout (`output` None or ``-``) and for an output that exists and is
    no regular file (``/dev/null``, ``/dev/stdout``, a pipe): beside it is no place for a table
    (``/dev/null.errors.jsonl``).

    >>> side_table("out/r.parquet", None, "errors"), side_table("r.out", None, "documents", "csv")
    ('out/r.errors.parquet', 'r.documents.csv')
    >>> side_table("r.json", None, "errors"), side_table(None, None, "errors")
    ('r.errors.jsonl', None)
    >>> side_table("/dev/null", None, "errors", "jsonl")
    """
    if given:
        return given
    if not output or output == "-" or _not_a_file(output):
        return None
    root, ext = os.path.splitext(output)
    fmt = fmt or EXTENSION_FORMATS.get(ext.lower(), "jsonl")
    return f"{root}.{what}{FORMAT_EXTENSIONS[fmt]}"


def check_timeout(timeout: object) -> None:
    """Raise ValueError unless `timeout` is a number of seconds >= 0 (the library's ``timeout=``;
    the CLI's ``--timeout`` takes 0 or less as no limit)."""
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout >= 0:
        raise ValueError(f"timeout must be a number of seconds >= 0 (0: no limit), not {timeout!r}")


def kinds_label(kinds: Optional[Iterable[str]]) -> Optional[str]:
    """The documents table's ``kinds`` value: the kinds sorted and comma-separated, or None for
    all kinds."""
    return ",".join(sorted(kinds)) if kinds else None


def rows_options(kinds: Optional[Iterable[str]] = None, timeout: float = DEFAULT_TIMEOUT,
                 ocr: bool = True, ocr_engine: Optional[str] = None) -> BatchOptions:
    """The options of a run whose rows stay in memory (``fmt`` :data:`ROWS`), as
    :func:`baocao.read`, :mod:`baocao.dask` and :mod:`baocao.spark` take them: `kinds` (None or
    empty: all; a kind it does not know is a ValueError naming the kinds, a string a TypeError),
    `timeout` (checked by the caller), `ocr` (the OCR repair), `ocr_engine`."""
    return BatchOptions(fmt=ROWS, timeout=timeout, ocr_engine=ocr_engine,
                        kinds=kinds if kinds else None, ocr=bool(ocr))


__all__ = ["BatchConfig", "DOCUMENT_DTYPES", "DOCUMENT_FIELDS", "ERROR_DTYPES", "ERROR_FIELDS",
           "EXTENSION_FORMATS", "FORMATS", "FORMAT_EXTENSIONS", "ROWS", "TABLES", "check_timeout",
           "kinds_label", "output_format", "rows_options", "side_table", "table_columns",
           "table_format"]
