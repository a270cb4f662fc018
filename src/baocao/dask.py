"""The batch extraction on Dask, for archives one machine cannot get through in time.

Needs the extra ``baocao[dask]`` (``dask[dataframe]`` and ``distributed``). Each partition runs the
same per-document work as ``baocao extract`` (:func:`baocao.batch.process`), so the rows are the
ones the CLI writes, with the columns and dtypes of :func:`baocao.to_frame`::

    from distributed import Client
    import baocao.dask

    client = Client("scheduler:8786")                  # or, on one machine:
    # client = Client(baocao.dask.local_cluster(2))    # workers share baocao's loaded pages
    df = baocao.dask.extract("archive/")               # lazy dask DataFrame
    df.to_parquet("records/")                          # or df.groupby("kind").size().compute()

    records, errors, documents = baocao.dask.extract_tables("archive/")
    dask.compute(records.to_parquet("records/", compute=False),
                 errors.to_csv("errors-*.csv", compute=False),
                 documents.to_parquet("documents/", compute=False))   # one pass over the archive

Inputs: the paths the CLI takes (files, folders, glob patterns; ``.jsonl``/``.csv`` with
``text_column``), or a dask Bag of texts, of ``(doc, text)`` pairs, or of dicts (with
``text_column``, default ``"text"``, and ``id_column``, default ``"doc"``).

Paths are listed on the client, but a partition of files carries only their paths, not
:class:`~baocao.inputs.Source` objects (18 MB less at the client's peak on the 20,000-file
benchmark archive); the files are read by the workers.

A document (or a piece of a huge one) that runs past ``timeout`` seconds (default 120, as the
CLI's ``--timeout``; 0 for none) is stopped and becomes an error row. Dask runs tasks in threads,
where SIGALRM cannot reach, so a watchdog thread raises the time-out in the task's thread: it stops
Python code, not one long call into C code (the CLI's ``--jobs`` ≥ 2, which kills a stuck worker
process, can).
"""
from __future__ import annotations

from typing import Any, Iterable, Optional, Union

import pandas as pd

from baocao.batch import (DOCUMENT_DTYPES, ERROR_DTYPES, BatchConfig, Tables, check_timeout,
                          collect, rows_options)
from baocao.inputs import SKIP_STAGE, Source, iter_sources
from baocao.options import DEFAULT_TIMEOUT, InputOptions
from baocao.schema.columns import COLUMNS

try:
    import dask
    import dask.bag as db
    from dask.delayed import delayed
    import dask.dataframe as dd
except ImportError as exc:  # pragma: no cover - the extra is in dev, so CI has it
    raise ImportError("baocao.dask needs the dask extra: pip install 'baocao[dask]'") from exc


class ExtractionError(RuntimeError):
    """A document failed in :func:`extract` with ``errors="raise"``; the message names it."""


def _config(kinds: Optional[Iterable[str]], timeout: float, ocr: bool = True) -> BatchConfig:
    return rows_options(kinds, timeout, ocr)


def _from_items(items: list[Any], text_column: str, id_column: str) -> list[Source]:
    """The Sources of a Bag partition: texts, (doc, text) pairs or dicts."""
    out: list[Source] = []
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


def _compact(source: Source) -> Union[str, Source]:
    """A file named by its own path travels as that path (a str); anything else as its Source."""
    if (source.path is not None and source.doc == source.path and source.text is None and
            source.data is None and source.error is None):
        return source.path
    return source


def _sources(items: list[Any]) -> list[Source]:
    return [Source(doc=i, path=i) if isinstance(i, str) else i for i in items]


def _tables(items: Any, files: bool, kinds: Optional[Iterable[str]], text_column: str,
            id_column: str, timeout: float, ocr: bool = True) -> Tables:
    """One partition's tables: `items` are paths and Sources (`files`) or a Bag's items."""
    sources = _sources(items) if files else _from_items(list(items), text_column, id_column)
    return collect(sources, _config(kinds, timeout, ocr))


def _records_only(items: Any, files: bool, kinds: Optional[Iterable[str]], text_column: str,
                  id_column: str, errors: str, timeout: float, ocr: bool = True) -> Any:
    tables = _tables(items, files, kinds, text_column, id_column, timeout, ocr)
    failed = tables.errors[tables.errors["stage"] != SKIP_STAGE]   # files not read: no error
    if errors == "raise" and len(failed):
        doc, stage, error, message = failed.iloc[0].tolist()
        raise ExtractionError(f"{doc}: {message} ({stage}: {error})")
    return tables.records


def _parts(src: Any, text_column: Optional[str], id_column: Optional[str],
           files_per_partition: int) -> tuple[list[Any], bool]:
    """Return (partitions, files): a Bag's delayed partitions (files False), or lists of at most
    `files_per_partition` items, each a path or a Source (a table row, a bad input)."""
    if isinstance(src, db.Bag):
        return src.to_delayed(), False
    if isinstance(src, (str, bytes)) or hasattr(src, "__fspath__"):
        src = [src]
    options = InputOptions(text_column=text_column, id_column=id_column)
    items = [_compact(s) for s in iter_sources([str(p) for p in src], options)]
    n = max(1, files_per_partition)
    return [items[i:i + n] for i in range(0, len(items), n)] or [[]], True


def _meta(dtypes: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in dtypes.items()})


def extract(src: Union[str, Iterable[str], "db.Bag"], *, kinds: Optional[Iterable[str]] = None,
            text_column: Optional[str] = None, id_column: Optional[str] = None,
            files_per_partition: int = 64, errors: str = "raise",
            timeout: float = DEFAULT_TIMEOUT, ocr: bool = True) -> "dd.DataFrame":
    """Return a lazy dask DataFrame of the records of every document in `src`.

    errors: ``"raise"`` (a failed document fails the computation, naming it) or ``"skip"`` (it
    is left out; use :func:`extract_tables` to keep the error rows).
    files_per_partition: documents per task (and per partition of the result).
    timeout: seconds a document (or one piece of a huge one) may take; 0 for no limit. A
    document past it fails as any other (an error row ``Timeout``).
    ocr: repair OCR diacritic errors (default True); False for born-digital text, as the CLI's
    ``--no-ocr``.
    kinds: only records of these kinds; one it does not know raises ValueError here, before any
    task is made.
    """
    if errors not in ("raise", "skip"):
        raise ValueError("errors must be 'raise' or 'skip'")
    check_timeout(timeout)
    _config(kinds, timeout, ocr)   # a kind misspelt fails here, not in every task
    tc, ic = text_column or "text", id_column or "doc"
    parts, files = _parts(src, text_column, id_column, files_per_partition)
    fn = delayed(_records_only, pure=True)
    frame: dd.DataFrame = dd.from_delayed(
        [fn(p, files, kinds and sorted(kinds), tc, ic, errors, timeout, ocr) for p in parts],
        meta=_meta(COLUMNS), verify_meta=False)
    return frame


def extract_tables(src: Union[str, Iterable[str], "db.Bag"], *, kinds: Optional[Iterable[str]] = None,
                   text_column: Optional[str] = None, id_column: Optional[str] = None,
                   files_per_partition: int = 64, timeout: float = DEFAULT_TIMEOUT,
                   ocr: bool = True) -> Tables:
    """Return (records, errors, documents): three lazy dask DataFrames sharing one computation.

    They are the CLI's three tables (:class:`baocao.batch.Tables`): ``errors`` has the columns
    doc, stage, error, message, one row per failed document; ``documents`` has one row per
    document read, with the columns of the CLI's documents table (doc, format, encoding,
    decoding, title, date, chars, pieces, records). Compute them together
    (``dask.compute(*tables)``, or writes made with ``compute=False``) so that each document is
    processed once. `timeout` and `ocr` are :func:`extract`'s.
    """
    check_timeout(timeout)
    _config(kinds, timeout, ocr)
    tc, ic = text_column or "text", id_column or "doc"
    parts, files = _parts(src, text_column, id_column, files_per_partition)
    fn = delayed(_tables, pure=True, nout=3)
    triples = [fn(p, files, kinds and sorted(kinds), tc, ic, timeout, ocr) for p in parts]
    return Tables(*(dd.from_delayed([t[i] for t in triples], meta=_meta(dtypes),
                                    verify_meta=False)
                    for i, dtypes in enumerate((COLUMNS, ERROR_DTYPES, DOCUMENT_DTYPES))))


def extract_with_errors(src: Union[str, Iterable[str], "db.Bag"], *, kinds: Optional[Iterable[str]] = None,
                        text_column: Optional[str] = None, id_column: Optional[str] = None,
                        files_per_partition: int = 64, timeout: float = DEFAULT_TIMEOUT,
                        ocr: bool = True) -> tuple["dd.DataFrame", "dd.DataFrame"]:
    """Return (records, errors): the first two tables of :func:`extract_tables`."""
    tables = extract_tables(src, kinds=kinds, text_column=text_column, id_column=id_column,
                            files_per_partition=files_per_partition, timeout=timeout, ocr=ocr)
    return tables.records, tables.errors


# Imported by the forkserver of local_cluster() before it forks workers, _preload last (it loads
# baocao's lexicon, then freezes the collector on everything imported so far).
_FORKSERVER_PRELOAD = ("distributed", "dask", "pandas", "dask.dataframe", "pyarrow.parquet",
                       "baocao.dask", "baocao._preload")


def local_cluster(n_workers: int = 2, *, profile: bool = False, **kwargs: Any) -> Any:
    """Return a ``distributed.LocalCluster`` set up for baocao on one machine.

    Its `n_workers` worker processes, of one thread each, fork from one process (a
    multiprocessing forkserver) that has imported distributed, dask, pandas and baocao and
    loaded baocao's rules and lexicon, so they share those pages instead of each importing and
    building its own copy, and start their first task with everything loaded. On the
    20,000-file benchmark archive, two workers peak at 457 MiB in all (the sum of the
    processes' proportional set sizes, the client's included), against 609 MiB for
    ``LocalCluster``'s default of spawning each worker afresh. `profile` turns the workers'
    statistical profiler on (off here: it samples each worker's stack every 10 ms and keeps the samples, some 25 MB more per
    worker in a run of a few minutes). Other keyword arguments go to ``LocalCluster``. Use it as
    a context manager, or close it::

        with baocao.dask.local_cluster(2) as cluster, distributed.Client(cluster):
            baocao.dask.extract("archive/").to_parquet("records/")

    The forkserver stays until this process ends (as ``multiprocessing`` keeps it). A worker
    restarted later (after a crash, or ``client.restart()``) is spawned afresh. Where the
    platform has no forkserver (Windows), workers start as ``LocalCluster`` starts them and load
    baocao on their own; where a forkserver is already running in this process (``baocao
    extract --jobs`` starts one that has loaded baocao), workers fork from it.
    """
    import multiprocessing

    import distributed

    options = {"threads_per_worker": 1, "processes": True, **kwargs}
    # Each nanny keeps the configuration it was made under and hands it to its worker process
    settings: dict[str, Any] = {"distributed.worker.profile.enabled": profile}
    forkserver = "forkserver" in multiprocessing.get_all_start_methods()
    if forkserver:
        settings["distributed.worker.multiprocessing-method"] = "forkserver"
    with dask.config.set(settings):
        if forkserver:
            try:
                from distributed.utils import get_mp_context
            except ImportError:  # pragma: no cover - a distributed without it: its own preload
                pass
            else:
                # distributed sets its forkserver's preload list on its first call, once; ours,
                # set after it, is the one the forkserver starts with
                get_mp_context().set_forkserver_preload(list(_FORKSERVER_PRELOAD))
        return distributed.LocalCluster(n_workers=n_workers, **options)


__all__ = ["ExtractionError", "extract", "extract_tables", "extract_with_errors",
           "local_cluster"]
