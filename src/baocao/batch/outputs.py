"""The files of a batch run, opened, resumed and finished by one object, :class:`Outputs`.

:meth:`Outputs.open` checks and opens every output before any work (so an unwritable path fails at
once), and with ``resume`` reads what the output already holds to continue it: the documents table
says which documents are complete (see :func:`~baocao.batch.resume.jsonl_done`); a JSONL output is
cut back to them and appended to; a Parquet output, which cannot be appended to, is rewritten beside
it (``OUT.partial``) and renamed at the end. :meth:`Outputs.pending` leaves out the documents done;
:meth:`Outputs.close` flushes and closes everything, and moves a resumed Parquet file into place.

The run itself is :func:`baocao.batch.run` on ``outputs.sink``, ``outputs.errors`` and
``outputs.documents``; ``baocao extract`` and ``baocao indicators`` are this sequence.
"""
from __future__ import annotations

import os
from typing import IO, Any, Callable, Iterable, Optional, Union

from baocao.batch.config import BatchConfig, table_columns
from baocao.batch.resume import (jsonl_done, keep_documents, mixed_settings, other_table,
                                 parquet_done, read_documents_table, skip_done)
from baocao.batch.sinks import CsvSink, DocumentSink, ErrorSink, JsonlSink, ParquetSink
from baocao.inputs import Source

Sink = Union[JsonlSink, CsvSink, ParquetSink]


class OutputError(Exception):
    """An output cannot be written or resumed; the message says which and why (the CLI's exit 2,
    before any document is read)."""


def beside(output: Optional[str], given: Optional[str], what: str) -> Optional[str]:
    """FILE given, or beside OUT: ``out.parquet`` → ``out.WHAT.jsonl``; none for stdout (None
    or ``-``)."""
    if given:
        return given
    if output and output != "-":
        root, _ = os.path.splitext(output)
        return f"{root}.{what}.jsonl"
    return None


def _open_output(path: str, fmt: str, append: bool) -> IO[Any]:
    if fmt == "parquet":
        return open(path, "wb")
    return open(path, "a" if append else "w", encoding="utf-8", newline="")


class Outputs:
    """The open outputs of one run: ``sink`` (the records, or the rows of ``config.table``),
    ``errors`` (:class:`ErrorSink`), ``documents`` (:class:`DocumentSink` or None) and ``done``
    (the docs a resumed output already holds whole)."""

    def __init__(self, config: BatchConfig, output: Optional[str], errors_path: Optional[str],
                 documents_path: Optional[str], resume: bool) -> None:
        self.config = config
        self.output = output
        self.errors_path = errors_path
        self.documents_path = documents_path
        self.resume = resume
        self.parquet_tmp = (output + ".partial" if resume and output and config.fmt == "parquet"
                            else None)
        self.done: set[str] = set()
        self._skipped = [0]
        self.files: list[IO[Any]] = []
        self.sink: Sink
        self.errors: ErrorSink
        self.documents: Optional[DocumentSink] = None

    @classmethod
    def open(cls, config: BatchConfig, output: Optional[str], *, errors: Optional[str] = None,
             documents: Optional[str] = None, resume: bool = False,
             stdout: Optional[IO[str]] = None,
             on_warning: Callable[[str], None] = lambda message: None) -> "Outputs":
        """Check and open the outputs of a run writing to `output` (None: `stdout`), its errors
        table at `errors` and its documents table at `documents` (None: none); with `resume`,
        continue what `output` holds. Raise :class:`OutputError` when one cannot be written or
        resumed; `on_warning` is called with a warning's text (a resumed output without its
        documents table)."""
        self = cls(config, output, errors, documents, resume)
        finished = self._check_resume()
        self._open_files(finished, stdout, on_warning)
        return self

    def _check_resume(self) -> Optional[dict[str, int]]:
        """The documents table's {doc: records} of a resumed run (None: no table), after checking
        that the output may be continued with these settings."""
        if not self.resume or not self.output:
            return None
        finished = None
        try:
            table = read_documents_table(self.documents_path)
        except OSError as exc:
            raise OutputError(f"cannot read {self.documents_path}: {exc.strerror or exc}") \
                from None
        if table is not None:
            finished, recorded = table
            refused = mixed_settings(self.output, str(self.documents_path), recorded,
                                     self.config)
            if refused:
                raise OutputError(refused)
        other = other_table(self.output, self.config.fmt, table_columns(self.config.table))
        if other:
            what = 'indicator rows' if self.config.table == 'indicators' else 'records'
            raise OutputError(f"cannot resume {self.output}: it holds {other}, not {what}; "
                              "write to another file, or run again without --resume to start "
                              "over")
        return finished

    def _open_files(self, finished: Optional[dict[str, int]], stdout: Optional[IO[str]],
                    on_warning: Callable[[str], None]) -> None:
        config, output = self.config, self.output
        resume_jsonl = self.resume and config.fmt == "jsonl"
        out = err = docs = None
        try:
            if self.resume and output and finished is None and os.path.exists(output):
                on_warning(f"no documents table {self.documents_path} to tell complete "
                           "documents from ones cut short: every document in the output but "
                           "the last is taken as complete")
            self.done = jsonl_done(output, finished) if resume_jsonl and output else set()
            if output:
                out = _open_output(self.parquet_tmp or output, config.fmt, resume_jsonl)
            if self.errors_path:
                err = open(self.errors_path, "w", encoding="utf-8", newline="")
            if self.documents_path:
                docs = open(self.documents_path, "a" if self.resume else "w",
                            encoding="utf-8", newline="")
        except OSError as exc:
            for f in (out, err, docs):
                if f is not None:
                    f.close()
            name = getattr(exc, "filename", None) or output
            raise OutputError(f"cannot write {name}: {exc.strerror or exc}") from None
        self.files = [f for f in (out, err, docs) if f is not None]
        columns = table_columns(config.table)
        stream = out if out is not None else stdout
        if config.fmt == "jsonl":
            self.sink = JsonlSink(stream)  # type: ignore[arg-type]
        elif config.fmt == "csv":
            self.sink = CsvSink(stream, config.chunk_rows, columns=columns)  # type: ignore[arg-type]
        else:
            self.sink = ParquetSink(out, config.chunk_rows, columns=columns)
            if self.parquet_tmp and output:
                try:
                    self.done = parquet_done(output, self.sink, finished)
                except Exception as exc:  # a file cut short by a kill has no footer
                    self.sink.close()
                    assert out is not None
                    out.close()
                    os.unlink(self.parquet_tmp)
                    for f in (err, docs):
                        if f is not None:
                            f.close()
                    raise OutputError(f"cannot resume {output}: not a complete Parquet file "
                                      f"({exc}); remove it to start again") from None
        self.errors = ErrorSink(err, csv_format=bool(self.errors_path) and
                                str(self.errors_path).endswith(".csv"))
        if docs is not None and self.documents_path:
            resumed = self.resume and docs.tell() > 0
            if resumed:  # rows of the documents done again are dropped, the others kept
                docs.close()
                keep_documents(self.documents_path, self.done)
                docs = open(self.documents_path, "a", encoding="utf-8", newline="")
                self.files[-1] = docs
            self.documents = DocumentSink(docs, csv_format=self.documents_path.endswith(".csv"),
                                          header=not resumed)

    def paths(self) -> frozenset[str]:
        """The real paths of the run's own files (never read as input)."""
        return frozenset(os.path.realpath(p) for p in (self.output, self.errors_path,
                                                       self.parquet_tmp, self.documents_path)
                         if p)

    def pending(self, sources: Iterable[Source]) -> Iterable[Source]:
        """`sources` but the documents the resumed output holds whole (counted in
        :attr:`skipped` as they are passed over)."""
        return skip_done(sources, self.done, self._skipped) if self.done else sources

    @property
    def skipped(self) -> int:
        """The documents :meth:`pending` left out so far."""
        return self._skipped[0]

    def close(self, complete: bool = True) -> None:
        """Flush and close every output; a resumed Parquet output, written beside the old one,
        takes its place when the run `complete`\\ d (ended, interrupted or not, without
        raising)."""
        self.sink.close()
        self.errors.close()
        if self.documents is not None:
            self.documents.close()
        for f in self.files:
            f.close()
        if self.parquet_tmp and complete and self.output:
            os.replace(self.parquet_tmp, self.output)


__all__ = ["OutputError", "Outputs", "beside"]
