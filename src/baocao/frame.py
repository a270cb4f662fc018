"""pandas adapter: records → one tidy row per record, with fixed columns and dtypes."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Union

import pandas as pd

from baocao.document import read_text
from baocao.extract import extract

# Column -> pandas dtype. The order is the public column order; kinds leave foreign columns empty.
COLUMNS: dict[str, str] = {
    "doc": "string",
    "kind": "string",
    "text": "string",
    "start": "Int64",
    "end": "Int64",
    "value": "Float64",
    "value_max": "Float64",
    "qualifier": "string",
    "unit": "string",
    "currency": "string",
    "per": "string",
    "per_year": "boolean",
    "numerator": "Float64",
    "denominator": "Float64",
    "day": "Int64",
    "month": "Int64",
    "year": "Int64",
    "weekday": "string",
    "hour": "Int64",
    "minute": "Int64",
    "start_year": "Int64",
    "end_year": "Int64",
    "ordinal": "Int64",
    "label": "string",
    "number": "string",
    "doc_type": "string",
    "issuer": "string",
    "marker": "Int64",
    "anchor_start": "Int64",
    "anchor_end": "Int64",
    "body_start": "Int64",
    "body": "string",
    "section": "string",
    "sentence": "Int64",
    "footnote": "Int64",
    "rule": "string",
    "confidence": "Float64",
}


def to_frame(records: Iterable) -> pd.DataFrame:
    """Return a tidy DataFrame, one row per record, columns in the order of ``COLUMNS``.

    >>> import baocao
    >>> df = baocao.to_frame(baocao.extract("vốn 28 tỷ đồng; 113/118 bản có điện"))
    >>> df[["kind", "text", "value", "numerator", "unit"]].values.tolist()
    [['money', '28 tỷ đồng', 28000000000.0, <NA>, <NA>], ['fraction', '113/118 bản', <NA>, 113.0, 'bản']]
    """
    rows = []
    for rec in records:
        if isinstance(rec, dict):
            rows.append(rec)
        elif hasattr(rec, "model_dump"):
            rows.append(rec.model_dump())
        else:
            raise TypeError(f"to_frame expects records or dicts, got {type(rec).__name__}")
    unknown = {k for row in rows for k in row} - set(COLUMNS)
    if unknown:
        raise ValueError(f"unknown record fields {sorted(unknown)}")
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    return frame.astype(COLUMNS)


def _expand(paths: Union[str, os.PathLike, Iterable[Union[str, os.PathLike]]]) -> list[Path]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*.txt") if f.is_file()))
        elif p.exists():
            files.append(p)
        else:
            raise FileNotFoundError(f"no such file or directory: {p}")
    seen: set[Path] = set()
    return [f for f in files if not (f in seen or seen.add(f))]


def read(paths: Union[str, os.PathLike, Iterable[Union[str, os.PathLike]]]) -> pd.DataFrame:
    """Return one tidy table of the records of every ``.txt`` file in `paths` (files or folders).

    The ``doc`` column holds each file's path. A file that cannot be decoded raises
    :class:`baocao.document.DecodeError` naming it; the CLI instead reports it and goes on.
    """
    records = []
    for f in _expand(paths):
        records.extend(extract(read_text(f), doc=str(f)))
    return to_frame(records)
