"""Where a batch run writes: the records (JSONL, CSV, Parquet, streamed), the errors table and the
documents table."""
from __future__ import annotations

import json
import os
from typing import IO, Any, Iterator, Optional, Union, cast

from baocao.batch.config import DOCUMENT_DTYPES, DOCUMENT_FIELDS, ERROR_DTYPES, ERROR_FIELDS
from baocao.batch.documents import Result, Row
from baocao.schema.columns import COLUMNS


class JsonlSink:
    """Records as JSON lines, one write per document (so an interrupted file ends on a document)."""

    def __init__(self, stream: IO[str]):
        self.stream = stream

    def write(self, result: Result) -> None:
        if result.payload:
            self.stream.write(cast(str, result.payload))

    def close(self) -> None:
        self.stream.flush()


#: the suffix (after ``FILE.partial``) of the journal a Parquet file keeps while it is written
JOURNAL = ".journal"


class _ChunkedSink:
    def __init__(self, chunk_rows: int):
        self.rows: list[Row] = []
        self.chunk_rows = chunk_rows

    def write(self, result: Result) -> None:
        if result.payload:
            self.rows.extend(cast(list[Row], result.payload))
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


_FRUGAL = [False]


def arrow() -> Any:
    """pyarrow, set on first use to allocate with the C library's ``malloc`` (its system memory
    pool) unless ``ARROW_DEFAULT_MEMORY_POOL`` names a pool.

    pyarrow's default pool, mimalloc, reserves a gigabyte of address space at its first
    allocation (the Parquet writer makes one at once): under an address-space limit (``ulimit
    -v``, ``prlimit --as``, a batch scheduler's memory limit) that alone can leave too little for
    the lexicon. pyarrow reads ``ARROW_DEFAULT_MEMORY_POOL`` once, when loaded: so when it is not
    loaded yet, the variable is set to ``system`` (for this process and those it starts) before
    it is; when it is, its Python-level default pool is set to the system pool, and the
    gigabyte is reserved all the same by what allocates from the C++ default (the Parquet
    writer). Buffers already allocated stay with the pool they came from.
    """
    import sys

    if not _FRUGAL[0] and not os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        if "pyarrow" not in sys.modules:
            os.environ["ARROW_DEFAULT_MEMORY_POOL"] = "system"
        import pyarrow as pa

        pa.set_memory_pool(pa.system_memory_pool())
    _FRUGAL[0] = True
    import pyarrow as pa

    return pa


def parquet_schema(columns: Optional[dict[str, str]] = None) -> Any:
    """The Arrow schema of the records table (or of a table of `columns`: column -> dtype), with
    pandas metadata so dtypes read back as written."""
    pa = arrow()
    if columns is not None:
        import pandas as pd

        empty = pd.DataFrame(columns=list(columns)).astype(columns)
        return pa.Schema.from_pandas(empty, preserve_index=False)
    from baocao.frame import to_frame

    return pa.Schema.from_pandas(to_frame([]), preserve_index=False)


class ParquetSink(_ChunkedSink):
    """Records as Parquet (or a table of `columns`), one row group per chunk (pyarrow
    ParquetWriter).

    With `journal` (a path), every row group is also appended to an Arrow IPC stream there and
    flushed: a Parquet file has its footer, without which nothing in it can be read, only once
    closed, while a stream cut short by a kill still gives every batch before the cut
    (:func:`read_journal`). The caller removes the journal once the file is closed.
    """

    def __init__(self, where: Any, chunk_rows: int = 20_000,
                 columns: Optional[dict[str, str]] = None, journal: Optional[str] = None):
        arrow()
        import pyarrow.parquet as pq

        super().__init__(chunk_rows)
        self.side = False   # rows come by add(), one at a time (a side table)
        self.schema = parquet_schema(columns)
        self.writer = pq.ParquetWriter(where, self.schema, compression="zstd")
        self.journal_file: Optional[IO[bytes]] = None
        self.journal: Any = None
        if journal is not None:
            pa = arrow()
            self.journal_file = open(journal, "wb")
            # use_threads=False: no thread pool to compress with (each thread reserves a stack
            # and a malloc arena of address space, 72 MB, for a few kB of rows a second)
            self.journal = pa.ipc.new_stream(
                self.journal_file, self.schema,
                options=pa.ipc.IpcWriteOptions(compression="zstd", use_threads=False))
            self.journal_file.flush()

    def write_table(self, table: Any, row_group_size: Optional[int] = None,
                    journal: bool = True) -> None:
        self.writer.write_table(table, row_group_size=row_group_size)
        if journal:
            self._journal(table)

    def _journal(self, table: Any) -> None:
        if self.journal is not None:
            assert self.journal_file is not None
            self.journal.write_table(table)
            self.journal_file.flush()

    def _table(self, rows: list[Row]) -> Any:
        pa = arrow()
        columns = list(zip(*rows))
        arrays = [pa.array(col, type=f.type) for col, f in zip(columns, self.schema)]
        return pa.Table.from_arrays(arrays, schema=self.schema)

    def add(self, row: Row) -> None:
        """One row of a side table (errors, documents): in the journal at once (so a kill loses
        no row written), in the Parquet file with the next row group."""
        self._journal(self._table([row]))
        self.rows.append(row)
        if len(self.rows) >= self.chunk_rows:
            self.write_table(self._table(self.rows), row_group_size=self.chunk_rows,
                             journal=False)
            self.rows = []

    def flush(self) -> None:
        if not self.rows:
            return
        journal = not self.side   # a side table's rows went to the journal one by one (add)
        self.write_table(self._table(self.rows), row_group_size=self.chunk_rows,
                         journal=journal)
        self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()
        if self.journal is not None:
            assert self.journal_file is not None
            self.journal.close()
            self.journal_file.close()
            self.journal = None


def read_journal(path: str) -> Iterator[Any]:
    """The record batches of a :class:`ParquetSink` journal, up to where a kill cut it."""
    pa = arrow()

    try:
        reader = pa.ipc.open_stream(pa.OSFile(path, "rb"))
    except (OSError, pa.ArrowInvalid):
        return
    while True:
        try:
            yield reader.read_next_batch()
        except StopIteration:
            return
        except (OSError, pa.ArrowInvalid):   # the batch the kill cut short
            return


class ErrorSink:
    """The errors table: ``doc, stage, error, message``, as JSONL, CSV or Parquet (`fmt`, see
    :func:`~baocao.batch.config.table_format`; `csv_format` is ``fmt="csv"``). For Parquet, `stream` is a binary file
    and `journal` the path of the Arrow stream kept beside it while it is written (see
    :class:`ParquetSink`)."""

    fields: tuple[str, ...] = ERROR_FIELDS
    dtypes: dict[str, str] = ERROR_DTYPES

    def __init__(self, stream: Optional[IO[Any]], csv_format: bool = False, header: bool = True,
                 *, fmt: Optional[str] = None, journal: Optional[str] = None,
                 chunk_rows: int = 20_000):
        self.stream = stream
        self.fmt = fmt or ("csv" if csv_format else "jsonl")
        self.csv: Any = None
        self.parquet: Optional[ParquetSink] = None
        if stream is not None and self.fmt == "csv":
            import csv

            self.csv = csv.writer(stream, lineterminator="\n")
            if header:
                self.csv.writerow(self.fields)
        elif stream is not None and self.fmt == "parquet":
            self.parquet = ParquetSink(stream, chunk_rows, columns=self.dtypes, journal=journal)
            self.parquet.side = True

    def write(self, row: Union[tuple[Any, ...], dict[str, Any]]) -> None:
        if self.stream is None:
            return
        if isinstance(row, dict):
            row = tuple(row.get(f) for f in self.fields)
        if self.parquet is not None:
            self.parquet.add(row)
        elif self.csv is not None:
            self.csv.writerow(row)
        else:
            self.stream.write(json.dumps(dict(zip(self.fields, row)), ensure_ascii=False) + "\n")

    def write_rows(self, rows: list[dict[str, Any]]) -> None:
        """Many rows at once (the rows a resumed run keeps): one row group in Parquet."""
        if self.parquet is not None and rows:
            self.parquet.write_table(self.parquet._table(
                [tuple(row.get(f) for f in self.fields) for row in rows]))
            return
        for row in rows:
            self.write(row)

    def close(self) -> None:
        if self.parquet is not None:
            parquet, self.parquet = self.parquet, None
            parquet.close()
        if self.stream is not None:
            self.stream.flush()


#: What a run writes its records (or indicator rows) to.
Sink = Union[JsonlSink, "CsvSink", "ParquetSink"]


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
    and ``ocr_pages`` (the pages Tesseract recognized). JSONL, CSV or Parquet, as the errors table.
    """

    fields = DOCUMENT_FIELDS
    dtypes = DOCUMENT_DTYPES
