"""pandas adapter: records → one tidy row per record, with fixed columns and dtypes.

:func:`baocao.read` (the records of files, folders and patterns as one table) is the batch
engine's: :func:`baocao.batch.read`.
"""
from __future__ import annotations

from typing import Any, Iterable, Union

import pandas as pd

from baocao.errors import ReadError, ReadWarning  # re-exported: baocao.frame.ReadError
from baocao.report import Report
from baocao.schema.columns import COLUMNS  # re-exported: baocao.frame.COLUMNS
from baocao.structure.tables import TIDY_COLUMNS, Table


def to_frame(records: Union[Iterable[Any], Report, Table]) -> pd.DataFrame:
    """Return a tidy DataFrame, one row per record, columns in the order of ``COLUMNS``.

    Accepts records (or dicts), a :class:`~baocao.report.Report` (its records, footnotes
    included) or several; or a :class:`~baocao.structure.tables.Table` (or several), which gives
    one row per table cell with the columns of ``TIDY_COLUMNS`` instead.

    >>> import baocao
    >>> df = baocao.to_frame(baocao.extract("vốn 28 tỷ đồng; 113/118 bản có điện"))
    >>> df[["kind", "text", "value", "numerator", "unit"]].values.tolist()
    [['money', '28 tỷ đồng', 28000000000.0, <NA>, <NA>], ['fraction', '113/118 bản', <NA>, 113.0, 'bản']]
    >>> t = baocao.parse("STT\\tChỉ tiêu\\tNăm 2024\\n1\\tĐộ che phủ rừng\\t34.11%\\n").tables[0]
    >>> baocao.to_frame(t)[["group", "indicator", "column", "raw", "value", "unit"]].values.tolist()
    [['1', 'Độ che phủ rừng', 'Năm 2024', '34.11%', 34.11, '%']]
    """
    if isinstance(records, Table):
        records = [records]
    elif isinstance(records, Report):
        records = records.records
    items = list(records)
    if items and all(isinstance(t, Table) for t in items):
        rows = [cell.__dict__ for t in items for cell in t.cells]
        return pd.DataFrame.from_records(rows, columns=list(TIDY_COLUMNS)).astype(TIDY_COLUMNS)
    if items and all(getattr(r, "kind", None) in ("indicator", "indicator_summary") for r in items):
        return pd.DataFrame.from_records([r.model_dump() for r in items])  # their own columns
    rows = []
    for rec in items:
        if isinstance(rec, Report):
            rows.extend(r.model_dump() for r in rec.records)
        elif isinstance(rec, dict):
            rows.append(rec)
        elif hasattr(rec, "model_dump"):
            rows.append(rec.model_dump())
        else:
            raise TypeError(f"to_frame expects records, dicts, Reports or Tables, "
                            f"got {type(rec).__name__}")
    unknown = {k for row in rows for k in row} - set(COLUMNS)
    if unknown:
        raise ValueError(f"unknown record fields {sorted(unknown)}")
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    return frame.astype(COLUMNS)


__all__ = ["COLUMNS", "ReadError", "ReadWarning", "TIDY_COLUMNS", "to_frame"]
