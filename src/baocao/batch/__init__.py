"""Batch extraction at archive scale: isolated workers, ordered streaming output, an errors table.

The package's modules name its jobs: :mod:`~baocao.batch.config` (the tables' columns, the settings'
checks; the options themselves are :class:`baocao.options.BatchOptions`, also named
``BatchConfig``), :mod:`~baocao.batch.deadlines` (time limits), :mod:`~baocao.batch.documents` (one
document's work: :func:`process`), :mod:`~baocao.batch.pool` (worker processes, results in input
order), :mod:`~baocao.batch.sinks` (JSONL, CSV, Parquet, errors and documents tables),
:mod:`~baocao.batch.progress` (summary line, progress display), :mod:`~baocao.batch.resume` (what an
interrupted output holds whole), :mod:`~baocao.batch.outputs` (:class:`Outputs`: a run's files
opened, resumed and finished), :mod:`~baocao.batch.runner` (:func:`run`) and
:mod:`~baocao.batch.dataframes` (:func:`collect`, :func:`read`: the tables as DataFrames).

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
- **Tables.** ``BatchOptions.table`` says what a document gives: its records (``baocao extract``)
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

from baocao.batch.config import (DOCUMENT_DTYPES, DOCUMENT_FIELDS, ERROR_DTYPES, ERROR_FIELDS,
                                 FORMATS, ROWS, TABLES, BatchConfig, check_timeout, kinds_label,
                                 rows_options, table_columns)
from baocao.batch.dataframes import READ_ERRORS, Tables, collect, left_out, read
from baocao.batch.documents import Result, error_row, process, process_parts, saved_text_path, warm_up
from baocao.batch.outputs import Outputs
from baocao.batch.pool import Stop, WorkerError, results
from baocao.batch.progress import (Progress, Summary, Totals, count_totals, total_bytes,
                                   without_text_message)
from baocao.batch.resume import (finished_documents, jsonl_done, keep_documents, parquet_done,
                                 read_documents_table, skip_done)
from baocao.batch.runner import run
from baocao.batch.sinks import (CsvSink, DocumentSink, ErrorSink, JsonlSink, ParquetSink,
                                parquet_schema)
from baocao.errors import ReadError, ReadWarning
from baocao.inputs import pieces
from baocao.options import BatchOptions

__all__ = ["BatchConfig", "BatchOptions", "CsvSink", "DOCUMENT_DTYPES", "DOCUMENT_FIELDS",
           "DocumentSink", "ERROR_DTYPES", "ERROR_FIELDS", "ErrorSink", "FORMATS", "JsonlSink",
           "Outputs", "ParquetSink", "Progress", "READ_ERRORS", "ROWS", "ReadError",
           "ReadWarning", "Result", "Stop", "Summary", "TABLES", "Tables", "Totals", "WorkerError",
           "check_timeout", "collect", "count_totals", "error_row", "finished_documents", "jsonl_done",
           "keep_documents",
           "kinds_label", "left_out", "parquet_done", "parquet_schema", "pieces", "process",
           "process_parts", "read", "read_documents_table", "results", "rows_options", "run",
           "saved_text_path", "skip_done", "table_columns", "total_bytes", "warm_up",
           "without_text_message"]
