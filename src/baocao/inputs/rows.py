"""Table inputs: the rows of ``.jsonl`` and ``.csv`` files (and JSONL on stdin), one document per
row, its text in ``text_column``, named by ``id_column`` or ``PATH#ROW``."""
from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterator, Optional

from baocao.inputs.source import Source, _suffix
from baocao.options import InputOptions


def _table_rows(path: str, options: InputOptions, seen_docs: set[int]) -> Iterator[Source]:
    try:
        f = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        yield Source(doc=path, error=("read", type(exc).__name__, exc.strerror or str(exc)))
        return
    with f:
        if _suffix(path) == ".csv":
            yield from _csv_rows(path, f, options, seen_docs)
        else:
            yield from _jsonl_rows(path, f, options, seen_docs)


def _row_source(path: str, n: int, row: dict[str, Any], options: InputOptions, seen_docs: set[int],
                ) -> Optional[Source]:
    col, idc = options.text_column, options.id_column
    if idc is not None and row.get(idc) not in (None, ""):
        doc = str(row[idc])
    else:
        doc = f"{path}#{n}"
    h = hash(doc)
    if h in seen_docs:
        return None
    seen_docs.add(h)
    if col not in row:
        return Source(doc=doc, error=("table", "KeyError", f"row has no column {col!r}"))
    text = row[col]
    if text is None:
        text = ""
    if not isinstance(text, str):
        return Source(doc=doc, error=("table", "TypeError",
                                      f"column {col!r} holds {type(text).__name__}, not text"))
    return Source(doc=doc, text=text, size=len(text.encode("utf-8", "surrogatepass")),
                  format="row")


def _jsonl_rows(path: str, f: IO[str], options: InputOptions, seen_docs: set[int]) -> Iterator[Source]:
    n = 0
    while True:
        try:
            line = f.readline()
        except UnicodeDecodeError as exc:
            yield Source(doc=f"{path}#{n + 1}", error=("decode", "DecodeError",
                                                       f"not valid UTF-8: {exc.reason}"))
            return
        if not line:
            return
        n += 1
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            yield Source(doc=f"{path}#{n}", error=("table", "JSONDecodeError", str(exc)))
            continue
        if not isinstance(row, dict):
            yield Source(doc=f"{path}#{n}", error=("table", "TypeError",
                                                   "line is not a JSON object"))
            continue
        src = _row_source(path, n, row, options, seen_docs)
        if src is not None:
            yield src


def _csv_rows(path: str, f: IO[str], options: InputOptions, seen_docs: set[int]) -> Iterator[Source]:
    csv.field_size_limit(2**31 - 1)  # article bodies are longer than csv's 128 KB default
    reader = csv.DictReader(f)
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except (csv.Error, UnicodeDecodeError) as exc:
            yield Source(doc=f"{path}#{n + 1}", error=("table", type(exc).__name__, str(exc)))
            return
        n += 1
        src = _row_source(path, n, row, options, seen_docs)
        if src is not None:
            yield src
