"""The batch extraction on Dask, for archives one machine cannot get through in time.

Needs the extra ``baocao[dask]`` (``dask[dataframe]`` and ``distributed``). Each partition runs the
same per-document work as ``baocao extract`` (:func:`baocao.batch.process`), so the rows are the
ones the CLI writes, with the columns and dtypes of :func:`baocao.to_frame`::

    from distributed import Client
    import baocao.dask

    client = Client("scheduler:8786")                  # or Client() for a local cluster
    df = baocao.dask.extract("archive/")               # lazy dask DataFrame
    df.to_parquet("records/")                          # or df.groupby("kind").size().compute()

    records, errors = baocao.dask.extract_with_errors("archive/")
    records.to_parquet("records/"); errors.to_csv("errors-*.csv")   # or dask.compute(both)

Inputs: the paths the CLI takes (files, folders, glob patterns; ``.jsonl``/``.csv`` with
``text_column``), or a dask Bag of texts, of ``(doc, text)`` pairs, or of dicts (with
``text_column``, default ``"text"``, and ``id_column``, default ``"doc"``).

Per-document time limits are not enforced here: Dask runs tasks in threads, where SIGALRM cannot
interrupt them. Set a task timeout on the cluster instead, or pre-filter huge documents.
"""
from __future__ import annotations

from typing import Iterable, Optional, Union

import pandas as pd

from baocao.batch import ERROR_FIELDS, BatchConfig, process
from baocao.frame import COLUMNS, to_frame
from baocao.inputs import InputOptions, Source, iter_sources

try:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
except ImportError as exc:  # pragma: no cover - the extra is in dev, so CI has it
    raise ImportError("baocao.dask needs the dask extra: pip install 'baocao[dask]'") from exc


class ExtractionError(RuntimeError):
    """A document failed in :func:`extract` with ``errors="raise"``; the message names it."""


def _config(kinds: Optional[Iterable[str]]) -> BatchConfig:
    return BatchConfig(kinds=frozenset(kinds) if kinds else None, fmt="rows", timeout=0)


def _run(sources: list[Source], config: BatchConfig) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows: list[tuple] = []
    errors: list[tuple] = []
    for src in sources:
        res = process(src, config)
        if res.error is not None:
            errors.append(res.error)
        else:
            rows.extend(res.payload)
    records = pd.DataFrame.from_records(rows, columns=list(COLUMNS)).astype(COLUMNS)
    errs = pd.DataFrame.from_records(errors, columns=list(ERROR_FIELDS)).astype("string")
    return records, errs


def _from_items(items: list, text_column: str, id_column: str) -> list[Source]:
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(Source(doc=None, text=item))
        elif isinstance(item, tuple) and len(item) == 2:
            out.append(Source(doc=item[0], text=item[1]))
        elif isinstance(item, dict):
            doc = item.get(id_column)
            text = item.get(text_column)
            if not isinstance(text, str):
                out.append(Source(doc=doc, error=(
                    "table", "KeyError", f"item has no text in {text_column!r}")))
            else:
                out.append(Source(doc=None if doc is None else str(doc), text=text))
        else:
            out.append(Source(doc=None, error=(
                "input", "TypeError", f"cannot read a {type(item).__name__} as a document")))
    return out


def _partition(items, kinds, text_column, id_column):
    config = _config(kinds)
    sources = _from_items(list(items), text_column, id_column) if items and \
        not isinstance(items[0], Source) else list(items)
    return _run(sources, config)


def _records_only(items, kinds, text_column, id_column, errors):
    records, errs = _partition(items, kinds, text_column, id_column)
    if errors == "raise" and len(errs):
        doc, stage, error, message = errs.iloc[0].tolist()
        raise ExtractionError(f"{doc}: {message} ({stage}: {error})")
    return records


def _parts(src, text_column, id_column, files_per_partition):
    """Return a list of delayed partitions (lists of Sources or bag items)."""
    if isinstance(src, db.Bag):
        return src.to_delayed()
    if isinstance(src, (str, bytes)) or hasattr(src, "__fspath__"):
        src = [src]
    options = InputOptions(text_column=text_column, id_column=id_column)
    sources = list(iter_sources([str(p) for p in src], options))
    n = max(1, files_per_partition)
    return [sources[i:i + n] for i in range(0, len(sources), n)] or [[]]


def extract(src: Union[str, Iterable[str], "db.Bag"], *, kinds: Optional[Iterable[str]] = None,
            text_column: Optional[str] = None, id_column: Optional[str] = None,
            files_per_partition: int = 64, errors: str = "raise") -> "dd.DataFrame":
    """Return a lazy dask DataFrame of the records of every document in `src`.

    errors: ``"raise"`` (a failed document fails the computation, naming it) or ``"skip"`` (it
    is left out; use :func:`extract_with_errors` to keep the error rows).
    """
    if errors not in ("raise", "skip"):
        raise ValueError("errors must be 'raise' or 'skip'")
    tc, ic = text_column or "text", id_column or "doc"
    parts = _parts(src, text_column, id_column, files_per_partition)
    fn = dask.delayed(_records_only, pure=True)
    return dd.from_delayed([fn(p, kinds and sorted(kinds), tc, ic, errors) for p in parts],
                           meta=to_frame([]), verify_meta=False)


def extract_with_errors(src, *, kinds: Optional[Iterable[str]] = None,
                        text_column: Optional[str] = None, id_column: Optional[str] = None,
                        files_per_partition: int = 64) -> tuple["dd.DataFrame", "dd.DataFrame"]:
    """Return (records, errors) as two lazy dask DataFrames sharing one computation.

    ``errors`` has the columns of the CLI's errors table: doc, stage, error, message. Compute
    them together (``dask.compute(records, errors)``) so each document is processed once.
    """
    tc, ic = text_column or "text", id_column or "doc"
    parts = _parts(src, text_column, id_column, files_per_partition)
    fn = dask.delayed(_partition, pure=True, nout=2)
    pairs = [fn(p, kinds and sorted(kinds), tc, ic) for p in parts]
    emeta = pd.DataFrame({c: pd.Series(dtype="string") for c in ERROR_FIELDS})
    records = dd.from_delayed([r for r, _ in pairs], meta=to_frame([]), verify_meta=False)
    errs = dd.from_delayed([e for _, e in pairs], meta=emeta, verify_meta=False)
    return records, errs


__all__ = ["ExtractionError", "extract", "extract_with_errors"]
