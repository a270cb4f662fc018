"""The files of a batch run, opened, resumed and finished by one object, :class:`Outputs`.

:meth:`Outputs.open` checks and opens every output before any work (so an unwritable path fails at
once, and an output that names an input of the run, or another output, or, unless ``overwrite``
(``--force``) or ``resume``, an existing file that is not empty, is refused: nothing is
destroyed). The errors and documents tables are written in the format of their extension
(:func:`~baocao.batch.config.table_format`; beside OUT they take OUT's, :func:`beside`): JSON lines,
CSV, or Parquet with a journal beside its ``.partial`` file, as OUT's. Each file is written beside its target, as ``TARGET.partial``, and moved into place by
:meth:`Outputs.close` once the run has ended (or been stopped: the files then hold whole documents);
a run that could not write leaves the ``.partial`` files beside and the previous outputs as they
were. A target that is not a regular file (``/dev/null``, a pipe) is written directly.

With ``resume`` it reads what the output already holds to continue it, from the ``.partial`` file
a killed or failed run left, else from the target: the documents table says which documents are
complete (see :func:`~baocao.batch.resume.jsonl_done`); a JSONL output is cut back to them and
appended to; a Parquet output, which cannot be appended to, is rewritten beside it (``OUT.partial``)
and renamed at the end; a ``.partial`` Parquet file a kill left without its footer cannot be read,
and its documents are done again (with a warning). :meth:`Outputs.pending` leaves out the documents
done.

The run itself is :func:`baocao.batch.run` on ``outputs.sink``, ``outputs.errors`` and
``outputs.documents``; ``baocao extract`` and ``baocao indicators`` are this sequence.
"""
from __future__ import annotations

import os
import stat
from typing import IO, Any, Callable, Iterable, Optional, Union

from baocao.batch.config import BatchConfig, side_table, table_columns, table_format
from baocao.batch.resume import (journal_done, jsonl_done, keep_documents, mixed_settings,
                                 other_table, parquet_done, parquet_rows, read_documents_table,
                                 skip_done)
from baocao.batch.sinks import (JOURNAL, CsvSink, DocumentSink, ErrorSink, JsonlSink,
                                ParquetSink)
from baocao.inputs import Source

Sink = Union[JsonlSink, CsvSink, ParquetSink]

#: the suffix of the file an output is written to before it is moved into place
PARTIAL = ".partial"


class OutputError(Exception):
    """An output cannot be written or resumed; the message says which and why (the CLI's exit 2,
    before any document is read)."""


def beside(output: Optional[str], given: Optional[str], what: str,
           fmt: Optional[str] = None) -> Optional[str]:
    """FILE given, or beside OUT in OUT's format `fmt`: ``out.parquet`` → ``out.WHAT.parquet``,
    ``out.csv`` → ``out.WHAT.csv``; none for stdout (None or ``-``). See
    :func:`~baocao.batch.config.side_table`."""
    return side_table(output, given, what, fmt)


def earlier_documents(output: str, documents_path: str) -> str:
    """The documents table a resumed run reads: beside OUT in OUT's format, or, when only that
    exists, the JSON lines one baocao 0.1 wrote beside any OUT (``out.documents.jsonl``)."""
    older = beside(output, None, "documents", "jsonl")
    if older and older != documents_path and not any(
            os.path.exists(p) for p in (documents_path, documents_path + ".partial")) and \
            any(os.path.exists(p) for p in (older, older + ".partial")):
        return older
    return documents_path


def _regular_or_absent(path: str) -> bool:
    """Whether `path` is a regular file or nothing (a target written beside, then moved)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return True   # opening it says why


def _identity(path: str) -> Optional[tuple[int, int]]:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _run_tables() -> tuple[frozenset[str], list[frozenset[str]]]:
    """Every column of a table a run writes (records, indicator rows, errors, documents), and
    the columns each such table always has."""
    from baocao.batch.config import DOCUMENT_FIELDS, ERROR_FIELDS, TABLES

    names = set(DOCUMENT_FIELDS) | set(ERROR_FIELDS)
    for table in TABLES:
        names |= set(table_columns(table))
    always = [frozenset({"doc", "kind", "text", "start", "end"}),
              frozenset(table_columns("indicators")), frozenset(ERROR_FIELDS),
              frozenset({"doc", "format", "chars", "records"})]
    return frozenset(names), always


def _written_by_a_run(path: str) -> bool:
    """Whether `path` holds a table a batch run writes (empty, Parquet, or JSON lines or CSV whose
    first row or header has the columns of one of them and no other): a previous
    output, which a run may replace, rather than a document or a table of documents it reads."""
    import csv
    import json

    try:
        with open(path, "rb") as f:
            head = f.readline(1 << 20)
    except OSError:
        return False
    if not head or head.startswith(b"PAR1"):
        return True
    try:
        row = json.loads(head)
        names = set(row) if isinstance(row, dict) else set()
    except ValueError:
        try:
            names = set(next(csv.reader([head.decode("utf-8")]), []))
        except (UnicodeDecodeError, csv.Error):
            return False
    every, always = _run_tables()
    return names <= every and any(columns <= names for columns in always)


def _close_all(files: Iterable[Any]) -> Optional[OSError]:
    """Close every one of `files` (sinks or streams); return the first OSError, if any."""
    first = None
    for f in files:
        try:
            f.close()
        except OSError as exc:
            first = first or exc
    return first


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
        self.done: set[str] = set()
        self._skipped = [0]
        self.files: list[IO[Any]] = []
        self.moves: list[tuple[str, str]] = []   # (written, target) moved into place at the end
        self.created: list[str] = []   # the .partial files this run started (not continued)
        self.journal: Optional[str] = None   # the Parquet output's journal, removed at the end
        self.journals: list[str] = []   # the journals of Parquet side tables, removed at the end
        self.old_documents: Optional[list[dict[str, Any]]] = None   # a resumed Parquet table's
        self.sink: Sink
        self.errors: ErrorSink
        self.documents: Optional[DocumentSink] = None

    @classmethod
    def open(cls, config: BatchConfig, output: Optional[str], *, errors: Optional[str] = None,
             documents: Optional[str] = None, resume: bool = False,
             stdout: Optional[IO[str]] = None,
             on_warning: Callable[[str], None] = lambda message: None,
             inputs: Optional[Callable[[], Iterable[Source]]] = None,
             overwrite: bool = False) -> "Outputs":
        """Check and open the outputs of a run writing to `output` (None: `stdout`), its errors
        table at `errors` and its documents table at `documents` (None: none); with `resume`,
        continue what `output` holds. Raise :class:`OutputError` when one cannot be written or
        resumed, when two name the same file, when one names a file among `inputs` (called
        only when an output file exists already: the run's sources, listed without reading
        them), or, unless `overwrite` (``--force``) or `resume`, when one is a file that holds
        something already (a run would overwrite it); `on_warning` is called with a warning's
        text (a resumed output without its documents table). Each side table's format is its
        extension's (:func:`~baocao.batch.config.table_format`), OUT's is ``config.fmt``."""
        self = cls(config, output, errors, documents, resume)
        self._check_distinct()
        if inputs is not None:
            self._check_not_inputs(inputs)
        if not (overwrite or resume):
            self._check_new()
        finished = self._check_resume()
        self._open_files(finished, stdout, on_warning)
        return self

    def targets(self) -> list[tuple[str, str]]:
        """(what, path) of each file the run writes: OUT, the errors and documents tables."""
        return [(what, path) for what, path in (("OUT", self.output),
                                                ("the errors table", self.errors_path),
                                                ("the documents table", self.documents_path))
                if path]

    def _check_distinct(self) -> None:
        """Refuse two outputs naming one file (by name, or as links to one file)."""
        seen: dict[Any, tuple[str, str]] = {}
        for what, path in self.targets():
            if not _regular_or_absent(path):
                continue   # /dev/null for both tables is fine
            for key in (os.path.realpath(path), _identity(path)):
                if key is None:
                    continue
                if key in seen:
                    other, other_path = seen[key]
                    raise OutputError(f"{other} ({other_path}) and {what} ({path}) are the same "
                                      "file: name them apart")
                seen[key] = (what, path)

    def _check_not_inputs(self, inputs: Callable[[], Iterable[Source]]) -> None:
        """Refuse an output (or the file it is written to first) that is one of the inputs,
        unless it holds a table a run wrote (a previous output is never read as input)."""
        existing: dict[tuple[int, int], tuple[str, str]] = {}
        for what, path in self.targets():
            for name in (path, path + PARTIAL):
                key = _identity(name)
                if key is not None and not _written_by_a_run(name):
                    existing[key] = (what, name)
        if not existing:
            return   # a file the run creates cannot be an input it destroys
        for source in inputs():
            if source.path is None or source.error is not None:
                continue
            key = _identity(source.path)
            if key in existing:
                what, path = existing[key]
                raise OutputError(f"{what} {path} is an input of this run ({source.doc}): "
                                  "writing it would destroy it; name another file")

    def _check_new(self) -> None:
        """Refuse a target that is a regular file holding something: a run that is neither
        resumed nor forced does not overwrite it (a device, a pipe or an empty file is fine)."""
        for what, path in self.targets():
            if _identity(path) is not None and os.path.getsize(path) > 0:
                hint = ", or --resume to continue it" if what == "OUT" else ""
                raise OutputError(f"{what} {path} exists: this run would overwrite it; give "
                                  f"--force to replace it{hint}, or name another file")

    def _live(self, path: Optional[str]) -> Optional[str]:
        """The file a resumed run continues: the ``.partial`` one a killed or failed run left,
        else `path`."""
        if path and self.resume and os.path.exists(path + PARTIAL):
            return path + PARTIAL
        return path

    def _check_resume(self) -> Optional[dict[str, int]]:
        """The documents table's {doc: records} of a resumed run (None: no table), after checking
        that the output may be continued with these settings."""
        if not self.resume or not self.output:
            return None
        output = str(self._live(self.output))
        documents = self._live(self.documents_path)
        finished = None
        try:
            table = read_documents_table(documents)
        except OSError as exc:
            raise OutputError(f"cannot read {documents}: {exc.strerror or exc}") from None
        if table is not None and documents and table_format(documents) == "parquet":
            self.old_documents = parquet_rows(documents)   # rewritten: Parquet cannot be appended to
        if table is not None:
            finished, recorded = table
            refused = mixed_settings(self.output, str(documents), recorded, self.config)
            if refused:
                raise OutputError(refused)
        other = other_table(output, self.config.fmt, table_columns(self.config.table))
        if other:
            what = 'indicator rows' if self.config.table == 'indicators' else 'records'
            raise OutputError(f"cannot resume {self.output}: it holds {other}, not {what}; "
                              "write to another file, or run again without --resume to start "
                              "over")
        return finished

    def _target(self, path: str, mode: str) -> IO[Any]:
        """Open the file `path` is written to: ``path.partial`` (moved into place at the end)
        for a regular file or a new one, else `path` itself (a Parquet side table is opened in
        binary `mode` whatever it says)."""
        if path != self.output and table_format(path) == "parquet":
            mode = "wb"
        written = path + PARTIAL if _regular_or_absent(path) else path
        if "b" in mode:
            f: IO[Any] = open(written, mode)
        else:
            f = open(written, mode, encoding="utf-8", newline="")
        self.files.append(f)
        if written != path:
            self.moves.append((written, path))
            self.created.append(written)
        return f

    def _continue(self, live: str, target: str) -> IO[Any]:
        """Open `live`, the file a resumed run continues, for appending (moved onto `target` at
        the end when it is the ``.partial`` one)."""
        f = open(live, "a", encoding="utf-8", newline="")
        self.files.append(f)
        if live != target:
            self.moves.append((live, target))
        return f

    def _reopen(self, f: IO[Any]) -> IO[Any]:
        """`f` (a text file open for appending) closed and opened again, in its place."""
        f.close()
        again = open(f.name, "a", encoding="utf-8", newline="")
        self.files[self.files.index(f)] = again
        return again

    def _open_files(self, finished: Optional[dict[str, int]], stdout: Optional[IO[str]],
                    on_warning: Callable[[str], None]) -> None:
        config, output = self.config, self.output
        resume = self.resume and bool(output)
        live_out, live_docs = self._live(output), self._live(self.documents_path)
        out = err = docs = None
        try:
            # nothing of a previous output is touched until every file can be written
            if output and config.fmt == "parquet":
                # a resumed run reads OUT.partial first, if a run left one (_open_parquet)
                out = self._target(output, "wb") if live_out == output else None
            elif output:
                out = (self._continue(str(live_out), output) if resume else
                       self._target(output, "w"))
            if self.errors_path:
                err = self._target(self.errors_path, "w")
            if self.documents_path and not (self.old_documents is not None and
                                            live_docs != self.documents_path):
                # (a Parquet table a killed run left beside is opened anew once read, below)
                docs = (self._continue(str(live_docs), self.documents_path)
                        if resume and table_format(self.documents_path) != "parquet" else
                        self._target(self.documents_path, "w"))
        except OSError as exc:
            self._discard()
            name = getattr(exc, "filename", None) or output
            if isinstance(name, str) and name.endswith(PARTIAL):
                name = name[:-len(PARTIAL)]
            raise OutputError(f"cannot write {name}: {exc.strerror or exc}") from None
        if resume and finished is None and live_out and os.path.exists(live_out) and \
                os.path.getsize(live_out) > 0:
            on_warning(f"no documents table {self.documents_path} to tell complete documents "
                       "from ones cut short: every document in the output but the last is "
                       "taken as complete")
        if resume and config.fmt == "jsonl" and live_out and out is not None:
            self.done = jsonl_done(live_out, finished)
            out = self._reopen(out)   # jsonl_done may have written the file anew
        columns = table_columns(config.table)
        stream = out if out is not None else stdout
        if config.fmt == "jsonl":
            self.sink = JsonlSink(stream)  # type: ignore[arg-type]
        elif config.fmt == "csv":
            self.sink = CsvSink(stream, config.chunk_rows, columns=columns)  # type: ignore[arg-type]
        else:
            self._open_parquet(out, finished, on_warning, columns)
        self.errors = self._side(ErrorSink, err, self.errors_path)
        if self.documents_path and table_format(self.documents_path) == "parquet":
            self._parquet_documents(docs)
        elif docs is not None and self.documents_path:
            resumed = resume and docs.tell() > 0
            if resumed:  # rows of the documents done again are dropped, the others kept
                docs.close()
                keep_documents(docs.name, self.done)
                docs = self._reopen(docs)
            self.documents = self._side(DocumentSink, docs, self.documents_path,
                                        header=not resumed)

    def _side(self, kind: type[Any], stream: Optional[IO[Any]], path: Optional[str],
              header: bool = True) -> Any:
        """The sink of a side table (errors, documents) at `path`, in its extension's format;
        a Parquet one keeps its journal beside its ``.partial`` file."""
        fmt = table_format(path) if path else "jsonl"
        journal = None
        if stream is not None and fmt == "parquet" and getattr(stream, "name", path) != path:
            journal = str(stream.name) + JOURNAL
            self.journals.append(journal)
        try:
            return kind(stream, header=header, fmt=fmt, journal=journal,
                        chunk_rows=self.config.chunk_rows)
        except OSError as exc:
            self._discard()
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None

    def _parquet_documents(self, docs: Optional[IO[Any]]) -> None:
        """The Parquet documents table: written anew, starting, when resumed, with the rows of
        the documents done (Parquet cannot be appended to)."""
        assert self.documents_path is not None
        if docs is None:   # the .partial table of a killed run, read already: opened anew now
            try:
                docs = self._target(self.documents_path, "wb")
            except OSError as exc:
                self._discard()
                raise OutputError(f"cannot write {self.documents_path}: "
                                  f"{exc.strerror or exc}") from None
        self.documents = self._side(DocumentSink, docs, self.documents_path)
        if self.old_documents:
            self.documents.write_rows([row for row in self.old_documents
                                       if row.get("doc") in self.done])

    def _open_parquet(self, out: Optional[IO[Any]], finished: Optional[dict[str, int]],
                      on_warning: Callable[[str], None], columns: dict[str, str]) -> None:
        """The Parquet sink, with its journal (:class:`ParquetSink`) when it writes
        ``OUT.partial``; with resume, started with the complete docs of the output, or of the
        ``.partial`` file a run left: a readable one takes the output's place first; from one a
        kill left without its footer, the docs its journal holds whole are recovered."""
        output = str(self.output)
        partial = output + PARTIAL
        journal = partial + JOURNAL
        cut_short = None   # the journal of a .partial file a kill left unreadable
        if out is None:
            try:
                import pyarrow.parquet as pq

                pq.ParquetFile(partial).close()
            except Exception:
                cut_short = journal + ".old"
                if os.path.exists(journal):
                    os.replace(journal, cut_short)
            else:
                os.replace(partial, output)
            try:
                out = self._target(output, "wb")
            except OSError as exc:
                self._discard()
                raise OutputError(f"cannot write {exc.filename or output}: "
                                  f"{exc.strerror or exc}") from None
        with_journal = (partial, output) in self.moves
        try:
            self.sink = ParquetSink(out, self.config.chunk_rows, columns=columns,
                                    journal=journal if with_journal else None)
        except OSError as exc:
            self._discard()
            raise OutputError(f"cannot write {exc.filename or output}: "
                              f"{exc.strerror or exc}") from None
        if with_journal:
            self.journal = journal
        if not self.resume:
            return
        if cut_short is not None:
            self.done = journal_done(cut_short, self.sink, finished)
            if os.path.exists(cut_short):
                os.unlink(cut_short)
            on_warning(f"{partial} was cut short (the run writing it was killed before it could "
                       f"finish the file): {len(self.done)} documents recovered from its "
                       "journal, the others are done again")
            return
        try:
            self.done = parquet_done(output, self.sink, finished)
        except Exception as exc:  # a file cut short by a kill has no footer
            _close_all([self.sink])
            self._discard()
            raise OutputError(f"cannot resume {output}: not a complete Parquet file "
                              f"({exc}); remove it to start again") from None

    def _discard(self) -> None:
        """Close what was opened and remove the files written beside their targets (a refusal
        to start leaves every previous output as it was)."""
        _close_all(self.files)
        if self.journal is not None:
            self.created.append(self.journal)
        self.created.extend(self.journals)
        for written in self.created:
            try:
                os.unlink(written)
            except OSError:
                pass
        self.files, self.moves, self.created = [], [], []

    def paths(self) -> frozenset[str]:
        """The real paths of the run's own files (never read as input)."""
        return frozenset(os.path.realpath(p) for what, path in self.targets()
                         for p in (path, path + PARTIAL, path + PARTIAL + JOURNAL))

    def pending(self, sources: Iterable[Source]) -> Iterable[Source]:
        """`sources` but the documents the resumed output holds whole (counted in
        :attr:`skipped` as they are passed over)."""
        return skip_done(sources, self.done, self._skipped) if self.done else sources

    @property
    def skipped(self) -> int:
        """The documents :meth:`pending` left out so far."""
        return self._skipped[0]

    def close(self, complete: bool = True) -> None:
        """Flush and close every output and, when the run is `complete` (it ended, was stopped
        or interrupted: the files hold whole documents), move each into place. Otherwise (a
        write failed) the ``.partial`` files stay beside, for ``--resume``, and the previous
        outputs as they were. Raise the first OSError met closing a complete run."""
        failed = _close_all([self.sink, self.errors, *([self.documents] if self.documents
                                                       else []), *self.files])
        if failed is not None and complete:
            raise failed
        if complete:
            for written, target in self.moves:
                os.replace(written, target)
            self.moves = []
            for journal in [self.journal, *self.journals]:
                if journal is not None and os.path.exists(journal):
                    os.unlink(journal)

    def written(self) -> list[str]:
        """The files left beside their targets (``.partial``) by a run that could not write."""
        return [written for written, _ in self.moves if os.path.exists(written)]


__all__ = ["JOURNAL", "OutputError", "Outputs", "PARTIAL", "beside", "earlier_documents"]
