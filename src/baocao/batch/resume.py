"""Resuming a batch run: which documents an interrupted output holds whole (its documents table
says), the output cut back to them, the documents table cut back to their rows."""
from __future__ import annotations

import json
import os
from collections import Counter
from typing import IO, Any, Callable, Iterable, Iterator, Optional

from baocao.batch.config import BatchConfig, kinds_label, table_format
from baocao.batch.sinks import JOURNAL, ParquetSink, arrow, read_journal
from baocao.inputs import Source
from baocao.options import repairs_ocr


def finished_documents(path: Optional[str]) -> Optional[dict[str, int]]:
    """Return {doc: records} from a documents table (JSONL, CSV for a ``.csv`` path, Parquet for
    a ``.parquet`` one), or None when there is no such file.

    A row is written once every record of its document has gone to the sink, so it marks the
    document complete; a torn last line (a run killed while writing it) is not a row.
    """
    table = read_documents_table(path)
    return None if table is None else table[0]


def read_documents_table(path: Optional[str]
                         ) -> Optional[tuple[dict[str, int], dict[str, set[Any]]]]:
    """Read a documents table (JSONL, CSV or Parquet, see :func:`finished_documents`) in one pass:
    return
    ({doc: records}, settings), or None when there is no such file.

    {doc: records} is :func:`finished_documents`. Settings are the values the ``kinds`` and
    ``ocr`` columns hold (``{"kinds": {None or "date,money", …}, "ocr": {True, False}}``); a
    column is left out when the rows do not have it (a table written before baocao recorded
    it): then there is nothing to check against. A torn last line is not a row.
    """
    if not path or not os.path.exists(path):
        return None
    rows: dict[str, int] = {}
    seen: dict[str, set[Any]] = {}
    fmt = table_format(path)
    is_csv = fmt == "csv"
    with open(path, encoding="utf-8", newline="") as f:
        rows_read = (parquet_rows(path) if fmt == "parquet" else
                     _csv_rows(f, path) if is_csv else _jsonl_rows(f))
        for row in rows_read:
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
                if fmt != "jsonl":
                    continue
                break
    return rows, seen


def parquet_rows(path: str) -> list[dict[str, Any]]:
    """The rows of a Parquet side table (errors, documents); of one a kill left without its
    footer (``FILE.partial``), the rows its journal (``FILE.partial.journal``) holds."""
    import pyarrow.parquet as pq

    try:
        rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
        return rows
    except Exception:   # no footer: the run writing it was killed
        return [row for batch in read_journal(path + JOURNAL) for row in batch.to_pylist()]


def _csv_rows(f: IO[str], path: str) -> Iterator[dict[str, Any]]:
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


def _jsonl_rows(f: IO[str]) -> Iterator[dict[str, Any]]:
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


def _complete(counts: dict[Any, int], last_doc: Any,
              finished: Optional[dict[str, int]]) -> set[Any]:
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
    counts: dict[Any, int] = {}
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
    arrow()
    import pyarrow.parquet as pq

    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return set()
    pf = pq.ParquetFile(path)
    if pf.metadata.num_rows == 0:
        return set()
    return _copy_done(lambda columns: (pf.read_row_group(i, columns=columns, use_threads=False)
                                       for i in range(pf.num_row_groups)), sink, finished)


def journal_done(path: str, sink: ParquetSink,
                 finished: Optional[dict[str, int]] = None) -> set[str]:
    """Copy the records of the complete docs of a Parquet run's journal (the Arrow stream a
    :class:`~baocao.batch.sinks.ParquetSink` keeps beside a file that a kill left without its
    footer) into `sink`; return those docs, decided as in :func:`parquet_done`."""
    import pyarrow as pa

    def tables(columns: Optional[list[str]]) -> Iterator[Any]:
        for batch in read_journal(path):
            table = pa.Table.from_batches([batch])
            yield table.select(columns) if columns else table

    return _copy_done(tables, sink, finished)


def _copy_done(groups: Callable[[Optional[list[str]]], Iterable[Any]], sink: ParquetSink,
               finished: Optional[dict[str, int]]) -> set[str]:
    """Copy the rows of the complete docs of a table read in groups (``groups(columns)``, read
    twice: the ``doc`` column first) into `sink`; return those docs."""
    pa = arrow()
    import pyarrow.compute as pc

    counts: Counter[Any] = Counter()
    last_doc = None
    for group in groups(["doc"]):
        column = group.column("doc")
        for pair in pc.value_counts(column).to_pylist():
            counts[pair["values"]] += pair["counts"]
        if len(column):
            last_doc = column[len(column) - 1].as_py()
    done = _complete(counts, last_doc, finished)
    keep = pa.array(sorted(done), type=pa.string())
    for table in groups(None):
        mask = pc.fill_null(pc.is_in(table.column("doc"), value_set=keep), False)
        if not pc.all(mask).as_py():
            table = table.filter(mask)
        if table.num_rows:
            sink.write_table(table.cast(sink.schema))
    return done


def skip_done(sources: Iterable[Source], done: set[str],
              summary_skipped: list[int]) -> Iterator[Source]:
    """Drop the sources whose doc is in `done`, counting them in ``summary_skipped[0]``."""
    for s in sources:
        if s.doc in done:
            summary_skipped[0] += 1
            continue
        yield s


def keep_documents(path: str, done: set[str]) -> None:
    """Cut a documents table (JSONL, or CSV for a ``.csv`` path, or its ``.partial`` file) back to
    the rows of `done`.

    A resumed run appends the rows of the documents it does; the rows of the documents it redoes
    go first, so no document has two rows.
    """
    if not os.path.exists(path):
        return
    tmp = path + ".partial"
    with open(path, encoding="utf-8", newline="") as src, \
            open(tmp, "w", encoding="utf-8", newline="") as dst:
        if table_format(path) == "csv":
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


# How the documents table's settings columns read in a refusal to resume: for a value, how the
# run was done and the flags that give it; for several values, how the runs were done.
_SETTINGS: dict[str, tuple[Callable[[Any], tuple[str, str]], str]] = {
    "kinds": (lambda v: (f"with --kinds {v}", f"with --kinds {v}") if v else
              ("with no --kinds", "with no --kinds"), "with different --kinds"),
    "ocr": (lambda v: ("with the OCR repair", "without --no-ocr") if v else
            ("without the OCR repair (--no-ocr)", "with --no-ocr"),
            "with and without the OCR repair"),
}


def mixed_settings(output: str, documents_path: str, recorded: dict[str, set[Any]],
                    config: BatchConfig) -> Optional[str]:
    """Why `--resume` must not continue `output` with these settings, or None.

    `recorded` is the settings of :func:`read_documents_table`. Records of other settings must
    not share an output: with other kinds, a document whose count happens to match would be
    kept and the records of the new kinds lost.
    """
    current = {"kinds": kinds_label(config.extract.kinds), "ocr": repairs_ocr(config.extract)}
    for column, (one, several) in _SETTINGS.items():
        values = recorded.get(column)
        if not values or values == {current[column]}:
            continue
        if len(values) > 1:
            done, hint = several, ""
        else:
            done, flags = one(next(iter(values)))
            hint = f"resume {flags}, or "
        return (f"cannot resume {output}: its documents were extracted {done} (documents table "
                f"{documents_path}); {hint}run again without --resume to start over")
    return None


def other_table(path: str, fmt: str, columns: dict[str, str]) -> Optional[str]:
    """What `path`, an output to resume, holds when its columns are not `columns` (the records
    of ``extract`` and the rows of ``indicators`` must not share a file), else None."""
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    if fmt == "parquet":
        try:
            import pyarrow.parquet as pq

            names = set(pq.read_schema(path).names)
        except Exception:   # not a complete Parquet file: parquet_done says so
            return None
        if names == set(columns):
            return None
    else:
        with open(path, encoding="utf-8", errors="replace") as f:
            try:
                names = set(json.loads(f.readline()))
            except (ValueError, TypeError):
                return None
        if names <= set(columns):   # a record's line leaves out its empty fields
            return None
    return "the records of baocao extract" if "kind" in names else "another table"
