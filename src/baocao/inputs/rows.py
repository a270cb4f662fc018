"""Table inputs: the rows of ``.jsonl`` and ``.csv`` files (and JSONL on stdin), one document per
row, its text in ``text_column``, named by ``id_column`` or ``PATH#ROW``.

A row that cannot be read is one error row named ``PATH#ROW`` and the rows after it are read: a
row with bytes that are not UTF-8 (``decode``, ``DecodeError``; a few invalid bytes among UTF-8
text are replaced by U+FFFD by the rule a file's bytes are read by,
:func:`baocao.core.decoding.repair_utf8`, and noted as a file's are), a row longer than
``max_bytes`` (``read``, ``TooLarge``), a line that is not a JSON object. A row whose id was
given by an earlier row (of this table or an earlier one) is not read: an error row
(``table``, ``DuplicateId``) named ``PATH#ROW`` says which row had it first.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
from dataclasses import dataclass, field
from typing import IO, Any, Iterator, Optional

from baocao.core.decoding import repair_utf8
from baocao.inputs.source import Source, _special, _suffix, shown_id, shown_path
from baocao.options import InputOptions


@dataclass
class SeenIds:
    """The ids of the table rows (and stdin) read so far: a 64-bit hash each, with the row that
    gave it (its table's number in ``files`` and its row number), to name it in a duplicate's
    error row."""

    files: list[str] = field(default_factory=list)
    ids: dict[int, int] = field(default_factory=dict)

    def first(self, doc: str, shown: str, n: int) -> Optional[str]:
        """Record `doc` as given by row `n` of `shown`; return where it was given before, if it
        was (``row 3``, ``row 3 of a.jsonl``)."""
        if not self.files or self.files[-1] != shown:
            self.files.append(shown)
        key = hash(doc)
        where = self.ids.get(key)
        if where is None:
            self.ids[key] = ((len(self.files) - 1) << 40) | n
            return None
        table, row = self.files[where >> 40], where & ((1 << 40) - 1)
        return f"row {row}" if table == shown else f"row {row} of {table}"


class _TooLong(Exception):
    """A line longer than the size limit (its bytes were skipped to its end)."""


def _too_long(limit: int) -> tuple[str, str, str]:
    return ("read", "TooLarge",
            f"row longer than the size limit of {limit:,} bytes (--max-bytes): not read")


def _lines(f: IO[bytes], limit: int) -> Iterator[Optional[bytes]]:
    """The lines of `f`, None for one longer than `limit` bytes (0: no limit), never held whole."""
    while True:
        line = f.readline(limit + 2) if limit else f.readline()
        if not line:
            return
        if limit and len(line) > limit + line.endswith(b"\n"):
            while not line.endswith(b"\n"):
                line = f.readline(1 << 20)
                if not line:
                    break
            yield None
            continue
        yield line


class _TextLines:
    """The lines of a text file for the csv reader; raises _TooLong (once the rest of that line
    is skipped) for one longer than `limit` characters, and goes on with the next line (an
    iterator, not a generator, which an exception would end)."""

    def __init__(self, f: IO[str], limit: int):
        self.f, self.limit = f, limit

    def __iter__(self) -> "_TextLines":
        return self

    def __next__(self) -> str:
        limit = self.limit
        line = self.f.readline(limit + 2) if limit else self.f.readline()
        if not line:
            raise StopIteration
        if limit and len(line) > limit + line.endswith("\n"):
            while not line.endswith(("\n", "\r")):
                line = self.f.readline(1 << 20)
                if not line:
                    break
            raise _TooLong
        return line


def _table_rows(shown: str, options: InputOptions, seen: SeenIds) -> Iterator[Source]:
    what = _special(shown)
    if what is not None and what != "a named pipe (FIFO)":
        yield Source(doc=shown_path(shown), error=("read", "NotAFile",
                                                   f"{what}, not a file: not read"))
        return
    try:
        f = open(shown, "rb")
    except OSError as exc:
        yield Source(doc=shown_path(shown), error=("read", type(exc).__name__,
                                                   exc.strerror or str(exc)))
        return
    with f:
        if _suffix(shown) == ".csv":
            text = io.TextIOWrapper(f, encoding="utf-8-sig", errors="surrogateescape",
                                    newline="")
            yield from _csv_rows(shown, text, options, seen)
        else:
            yield from _jsonl_rows(shown, f, options, seen)


def _row_source(shown: str, n: int, row: dict[str, Any], options: InputOptions, seen: SeenIds,
                note: Optional[str] = None) -> Source:
    col, idc = options.text_column, options.id_column
    here = f"{shown_path(shown)}#{n}"
    if idc is not None and row.get(idc) not in (None, ""):
        doc = shown_id(str(row[idc]))
    else:
        doc = here
    before = seen.first(doc, shown, n)
    if before is not None:
        return Source(doc=here, error=("table", "DuplicateId",
                                       f"the id {doc!r} of {before} again: this row is not read"))
    if col not in row:
        return Source(doc=doc, error=("table", "KeyError", f"row has no column {col!r}"))
    text = row[col]
    if text is None:
        text = ""
    if not isinstance(text, str):
        return Source(doc=doc, error=("table", "TypeError",
                                      f"column {col!r} holds {type(text).__name__}, not text"))
    return Source(doc=doc, text=text, size=len(text.encode("utf-8", "surrogatepass")),
                  format="row", note=note)


def _replaced(bad: int, where: str) -> str:
    return f"{bad} invalid byte{'s' * (bad != 1)} replaced by U+FFFD ({where})"


def _jsonl_rows(shown: str, f: IO[bytes], options: InputOptions, seen: SeenIds,
                ) -> Iterator[Source]:
    """The rows of JSON lines read as bytes, each line decoded by itself: a byte that is not
    UTF-8 costs its own row only."""
    name = shown_path(shown)
    n = 0
    for line in _lines(f, options.max_bytes):
        n += 1
        if line is None:
            yield Source(doc=f"{name}#{n}", error=_too_long(options.max_bytes))
            continue
        if n == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        note = None
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            repaired = repair_utf8(line)
            if repaired is None:
                yield Source(doc=f"{name}#{n}", error=(
                    "decode", "DecodeError", f"not valid UTF-8: byte 0x{line[exc.start]:02x} at "
                                             f"offset {exc.start} of the row ({exc.reason})"))
                continue
            decoded, bad, where = repaired
            note = _replaced(bad, f"{where} of the row")
        if not decoded.strip():
            continue
        try:
            row = json.loads(decoded)
        except ValueError as exc:
            yield Source(doc=f"{name}#{n}", error=("table", "JSONDecodeError", str(exc)))
            continue
        if not isinstance(row, dict):
            yield Source(doc=f"{name}#{n}", error=("table", "TypeError",
                                                   "line is not a JSON object"))
            continue
        yield _row_source(shown, n, row, options, seen, note)


def _not_utf8(row: dict[Any, Any]) -> int:
    """How many bytes of a CSV row (read with ``surrogateescape``) are not UTF-8."""
    bad = 0
    for value in row.values():
        for v in value if isinstance(value, list) else (value,):
            if isinstance(v, str) and not v.isascii():
                bad += sum(1 for ch in v if "\udc80" <= ch <= "\udcff")
    return bad


def _csv_rows(shown: str, f: IO[str], options: InputOptions, seen: SeenIds) -> Iterator[Source]:
    csv.field_size_limit(2**31 - 1)  # article bodies are longer than csv's 128 KB default
    reader = csv.DictReader(_TextLines(f, options.max_bytes))
    name = shown_path(shown)
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except _TooLong:
            n += 1
            yield Source(doc=f"{name}#{n}", error=_too_long(options.max_bytes))
            continue
        except csv.Error as exc:   # the reader starts afresh on the next line
            n += 1
            yield Source(doc=f"{name}#{n}", error=("table", type(exc).__name__, str(exc)))
            continue
        n += 1
        bad = _not_utf8(row)
        note = None
        if bad:
            repaired = _repair_row(row)
            if repaired is None:
                yield Source(doc=f"{name}#{n}", error=(
                    "decode", "DecodeError",
                    f"not valid UTF-8: {bad} byte{'s' * (bad != 1)} that are not UTF-8 in the row"))
                continue
            row, note = repaired
        yield _row_source(shown, n, row, options, seen, note)


def _repair_row(row: dict[Any, Any]) -> Optional[tuple[dict[Any, Any], str]]:
    """A CSV row (read with ``surrogateescape``) with each invalid sequence of its values
    replaced by U+FFFD and the note that says how many bytes, when its values' bytes together
    pass the rule a file's bytes are read by (:func:`repair_utf8`); else None."""
    def raw(v: str) -> bytes:
        return v.encode("utf-8", "surrogateescape")

    def fixed(v: Any) -> Any:
        if isinstance(v, list):
            return [fixed(x) for x in v]
        return raw(v).decode("utf-8", "replace") if isinstance(v, str) else v

    values = [x for v in row.values() for x in (v if isinstance(v, list) else (v,))
              if isinstance(x, str)]
    repaired = repair_utf8(b",".join(raw(v) for v in values))
    if repaired is None:
        return None
    return {k: fixed(v) for k, v in row.items()}, _replaced(repaired[1], "in the row")
