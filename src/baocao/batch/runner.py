"""A batch run: :func:`run` writes every source's records or error row to the sinks."""
from __future__ import annotations

import time
from typing import Callable, Iterable, Optional

from baocao.batch.config import BatchConfig
from baocao.batch.pool import Stop, results
from baocao.batch.progress import Progress, Summary, without_text_message
from baocao.batch.documents import ErrorRow, saved_onto_message, saved_onto_sources
from baocao.batch.sinks import DocumentSink, ErrorSink, Sink
from baocao.inputs import SKIP_STAGE, Source


def run(sources: Iterable[Source], sink: Sink, errors: ErrorSink, config: BatchConfig,
        stop: Optional[Stop] = None, on_error: Callable[[ErrorRow], None] = lambda row: None,
        progress: Optional["Progress"] = None,
        documents: Optional[DocumentSink] = None,
        on_warning: Callable[[str, str], None] = lambda doc, message: None,
        inputs_checked: bool = False) -> Summary:
    """Process every source and write its records to `sink` or its error row to `errors` (and,
    with `documents`, the row of each document read to it).

    A file found in a folder and not read (stage ``skip``) has its row in `errors` but is no
    error: it is counted in ``Summary.not_read``. A PDF with pages that have no text layer is
    read; `on_warning` is called with its doc and a message naming the pages, and for each
    warning of a document read (``Result.warnings``: invalid bytes replaced).

    With ``config.save_text``, a run whose saved text would be one of its input files (the text
    of ``r.txt`` saved as ``r.txt.txt`` beside it, an input too) raises ValueError naming both
    before any document is read or written; to check that, the run lists `sources` first (a
    table's rows with their texts). ``inputs_checked=True`` says the caller has checked its
    inputs with :func:`~baocao.batch.documents.saved_onto_input` (as ``baocao extract`` does,
    from its listing) and keeps `sources` a stream."""
    if config.save_text and not inputs_checked:
        sources = list(sources)
        onto = saved_onto_sources(config.save_text, sources)
        if onto:
            raise ValueError(saved_onto_message(onto, "save_text"))
    stop = stop or Stop()
    summary = Summary(row="indicator" if config.table == "indicators" else "record")
    t0 = time.perf_counter()
    tick = progress.tick if progress is not None else (lambda: None)
    for res in results(sources, config, stop, tick):
        # every source of a run is named (iter_sources names files, rows and stdin); only Dask's
        # and Spark's rows without an id have none, and they are not run here
        doc = res.doc if res.doc is not None else "<unnamed>"
        if res.error is not None and res.error[1] == SKIP_STAGE:
            summary.not_read.append(doc)
            errors.write(res.error)
            continue
        if res.final:
            summary.docs += 1
            summary.nbytes += res.nbytes
        if res.error is not None:
            summary.errors += 1
            errors.write(res.error)
            on_error(res.error)
        else:
            sink.write(res)
            n = sum(res.counts.values())
            summary.records += n
            summary.kinds.update(res.counts)
            if res.final and documents is not None and res.meta is not None:
                documents.write(res.meta)
            for message in res.warnings:   # invalid bytes replaced by U+FFFD
                on_warning(doc, message)
            missing = res.meta.get("pages_without_text") if res.final and res.meta else None
            if missing:
                summary.without_text.append((doc, missing))
                pages = res.meta.get("pages") if res.meta else None
                on_warning(doc, without_text_message(missing, pages))
        if progress is not None:
            progress.update(summary)
    summary.seconds = time.perf_counter() - t0
    summary.interrupted = stop.requested
    return summary
