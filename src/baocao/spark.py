"""The batch extraction as a PySpark ``mapInPandas`` function, over a DataFrame of texts.

Nothing here imports pyspark: Spark calls :func:`extract_frames` on its executors, where baocao
must be installed. The recipe (docs/batch.md)::

    import baocao.spark
    texts = spark.read.parquet("articles/")                   # columns doc, text
    out = texts.mapInPandas(baocao.spark.extract_frames, schema=baocao.spark.SCHEMA)
    out.write.parquet("extracted/")                           # records and error rows, once
    done = spark.read.parquet("extracted/")
    records = done.where("error IS NULL").drop("stage", "error", "message")
    errors = done.where("error IS NOT NULL").select("doc", "stage", "error", "message")

Each output row is a record (the columns of :func:`baocao.to_frame`, ``error`` null) or, for a
document that failed, an error row (``doc``, ``stage``, ``error``, ``message``; the record columns
null), so no document disappears. The input needs a ``text`` column and, to name the documents,
a ``doc`` column (else documents are named by their row: ``PARTITION#ROW``, which is not stable).
Other column names, the record kinds, the time limit per document (``timeout``, default 120 s
as the CLI's; 0 for none) and ``ocr=False`` (no OCR repair, the CLI's ``--no-ocr``) are set with
:func:`extractor` (``texts.mapInPandas(baocao.spark.extractor(kinds=["money"]), …)``), which
checks them on the driver before Spark runs anything.

>>> import pandas as pd
>>> frame = pd.DataFrame({"doc": ["a", "b"], "text": ["vốn 28 tỷ đồng", "   "]})
>>> out = next(extract_frames(iter([frame])))
>>> out[["doc", "kind", "value", "error"]].values.tolist()
[['a', 'money', 28000000000.0, <NA>], ['b', <NA>, <NA>, 'EmptyDocument']]
"""
from __future__ import annotations

import functools
from typing import Any, Callable, Iterable, Iterator, Optional, cast

from baocao.batch import ERROR_FIELDS, check_timeout, process, rows_options
from baocao.batch.documents import Row
from baocao.inputs import Source
from baocao.options import DEFAULT_TIMEOUT, BatchOptions
from baocao.schema.columns import COLUMNS

_SPARK_TYPES = {"string": "string", "Int64": "bigint", "Float64": "double", "boolean": "boolean"}
# The Spark DDL schema of extract_frames' output: the record columns, then stage, error, message.
SCHEMA = ", ".join([f"`{c}` {_SPARK_TYPES[t]}" for c, t in COLUMNS.items()] +
                   [f"`{c}` string" for c in ERROR_FIELDS[1:]])
_ALL = {**COLUMNS, **{c: "string" for c in ERROR_FIELDS[1:]}}


def extract_frames(frames: Iterator[Any], text_column: str = "text", id_column: str = "doc",
                   kinds: Optional[Iterable[str]] = None, timeout: float = DEFAULT_TIMEOUT,
                   ocr: bool = True) -> Iterator[Any]:
    """Return an iterator of one pandas frame of records and error rows per input frame (see the
    module doc). The settings are checked when it is called, before any frame is read: a kind
    it does not know raises ValueError naming the kinds."""
    check_timeout(timeout)
    return _frames(frames, text_column, id_column, rows_options(kinds, timeout, ocr))


def extractor(text_column: str = "text", id_column: str = "doc",
              kinds: Optional[Iterable[str]] = None, timeout: float = DEFAULT_TIMEOUT,
              ocr: bool = True) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """:func:`extract_frames` with these settings, checked here, on the driver, before Spark
    runs anything (a misspelt kind fails at once, not on every executor)::

        out = texts.mapInPandas(baocao.spark.extractor(kinds=["money"]), schema=baocao.spark.SCHEMA)
    """
    check_timeout(timeout)
    rows_options(kinds, timeout, ocr)
    return functools.partial(extract_frames, text_column=text_column, id_column=id_column,
                             kinds=kinds, timeout=timeout, ocr=ocr)


def _frames(frames: Iterator[Any], text_column: str, id_column: str,
            config: BatchOptions) -> Iterator[Any]:
    import pandas as pd

    empty = (None,) * len(ERROR_FIELDS[1:])
    blank = (None,) * len(COLUMNS)
    doc_at = list(COLUMNS).index("doc")
    for n, frame in enumerate(frames):
        rows: list[tuple[Any, ...]] = []
        ids = frame[id_column] if id_column in frame else [f"{n}#{i + 1}" for i in range(len(frame))]
        for doc, text in zip(ids, frame[text_column]):
            doc = None if doc is None else str(doc)
            if not isinstance(text, str):
                src = Source(doc=doc, error=("table", "TypeError", "no text in this row"))
            else:
                src = Source(doc=doc, text=text)
            res = process(src, config)
            if res.error is not None:
                row: list[Any] = list(blank)
                row[doc_at] = doc
                rows.append(tuple(row) + res.error[1:])
            else:
                rows.extend(r + empty for r in cast(list[Row], res.payload))
        yield pd.DataFrame.from_records(rows, columns=list(_ALL)).astype(_ALL)


__all__ = ["SCHEMA", "extract_frames", "extractor"]
