"""Where a batch run writes: the records (JSONL, CSV, Parquet, streamed), the errors table and the
documents table."""
from __future__ import annotations

import json
import os
from typing import IO, Any, Iterator, Optional, Union, cast

from baocao.batch.config import DOCUMENT_FIELDS, ERROR_FIELDS
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

    def write_table(self, table: Any, row_group_size: Optional[int] = None) -> None:
        self.writer.write_table(table, row_group_size=row_group_size)
        if self.journal is not None:
            assert self.journal_file is not None
            self.journal.write_table(table)
            self.journal_file.flush()

    def flush(self) -> None:
        pa = arrow()
        if not self.rows:
            return
        columns = list(zip(*self.rows))
        arrays = [pa.array(col, type=f.type) for col, f in zip(columns, self.schema)]
        self.write_table(pa.Table.from_arrays(arrays, schema=self.schema),
                         row_group_size=self.chunk_rows)
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
    """The errors table: ``doc, stage, error, message``, as JSONL (or CSV for a ``.csv`` path)."""

    fields: tuple[str, ...] = ERROR_FIELDS

    def __init__(self, stream: Optional[IO[str]], csv_format: bool = False, header: bool = True):
        self.stream = stream
        self.csv: Any = None
        if stream is not None and csv_format:
            import csv

            self.csv = csv.writer(stream, lineterminator="\n")
            if header:
                self.csv.writerow(self.fields)

    def write(self, row: Union[tuple[Any, ...], dict[str, Any]]) -> None:
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
    and ``ocr_pages`` (the pages Tesseract recognized). JSONL, or CSV for a ``.csv`` path.
    """

    fields = DOCUMENT_FIELDS
