"""The worker pool of a batch run: documents processed by 1 or N worker processes, results yielded
in input order; a worker that dies or hangs is replaced and its document gets an error row."""
from __future__ import annotations

import multiprocessing
import signal
import time
from collections import deque
from dataclasses import replace
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator, Optional

from baocao.batch.config import BatchConfig
from baocao.core.vocabulary import environment_vocabulary
from baocao.batch.documents import Result, process_parts, warm_up
from baocao.inputs import Source


class WorkerError(RuntimeError):
    """The worker processes keep dying before they finish anything: the run cannot go on (the
    CLI's exit 4). The usual cause is a script that starts a run at import time, without the
    ``if __name__ == "__main__":`` guard: each new worker imports it and dies."""


# How many workers may die in a row, none of them having sent back a result, before the run stops
# (a worker that dies on a document is replaced: that document gets an error row, and the run
# goes on; one that dies before any document, again and again, would be replaced forever).
_DEATHS = 4


class Stop:
    """A flag a signal handler (or a test) sets to end a run after the current document."""

    def __init__(self) -> None:
        self.requested = False

    def set(self) -> None:
        self.requested = True


def _worker_main(conn: Any, config: BatchConfig, state: Any) -> None:
    """Process chunks of (seq, source) and send back lists of (seq, Result).

    ``state`` (shared memory) holds the seq of the document in hand and when it (or its current
    piece) was started, so the parent can tell which document hung or killed the worker. Results
    go back when the chunk is done, or sooner once ``_FLUSH`` seconds have passed, so a slow
    document does not hold back the finished ones before it; each piece of a huge document goes
    back at once, so its records are written (or wait in the parent) rather than pile up here.
    """
    # Ctrl-C and SIGTERM (sent to the whole group by systemd, Slurm, a terminal) are the parent's
    # to handle: it stops the run, then stops its workers
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    warm_up(config.table)
    try:
        _serve(conn, config, state)
    except (BrokenPipeError, ConnectionResetError):
        return   # the parent is gone (killed): nothing to send the results to


def _serve(conn: Any, config: BatchConfig, state: Any) -> None:
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        out: list[tuple[int, Optional[Result]]] = []
        last = time.monotonic()
        for seq, source in chunk:
            state[0], state[1] = seq, time.monotonic()
            for res in process_parts(source, config):
                out.append((seq, res))
                if not res.final:
                    conn.send(out)
                    out, last = [], time.monotonic()
                    state[1] = last
            if time.monotonic() - last > _FLUSH:
                conn.send(out)
                out, last = [], time.monotonic()
        state[0] = -1
        out.append((-1, None))  # end of chunk
        conn.send(out)


_FLUSH = 0.5
_HOLD = 2
# A worker is sent its next chunk while it works on the one before (so that it does not wait for
# the parent, which may be writing a row group, between two chunks), when that chunk holds at most
# _AHEAD_BYTES of text itself (files travel as paths): a message that fits in the pipe's buffer,
# so the parent never blocks on a busy worker while that worker blocks sending its results.
_AHEAD = 2
_AHEAD_BYTES = 32_768


def _inline_bytes(chunk: list[tuple[int, Source]]) -> int:
    return sum(len(src.text or "") * 4 + len(src.data or b"") for _, src in chunk)


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:  # fork's speed without forking a parent that may hold threads
        ctx = multiprocessing.get_context("forkserver")
        # the forkserver loads the lexicon once; workers forked from it share its pages
        ctx.set_forkserver_preload(["baocao._preload"])
        return ctx
    return multiprocessing.get_context("spawn")


class _Worker:
    def __init__(self, ctx: Any, config: BatchConfig) -> None:
        self.conn, child = ctx.Pipe()
        self.state = ctx.RawArray("d", [-1.0, 0.0])
        self.proc = ctx.Process(target=_worker_main, args=(child, config, self.state),
                                daemon=True)
        self.proc.start()
        child.close()
        self.chunk: dict[int, Source] = {}  # seq -> source, not yet answered (all chunks sent)
        self.pending = 0  # chunks sent and not finished
        self.piece_seq: Optional[int] = None  # the document whose pieces it is sending

    @property
    def busy(self) -> bool:
        return self.pending > 0

    def send(self, chunk: list[tuple[int, Source]]) -> None:
        self.chunk.update(chunk)
        self.pending += 1
        self.conn.send(chunk)

    def current(self) -> tuple[Optional[int], float]:
        seq = int(self.state[0])
        return (seq if seq in self.chunk else None), self.state[1]

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def close(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(2)
        self.conn.close()


def _ordered_parallel(sources: Iterable[Source], config: BatchConfig, stop: Stop,
                      tick: Callable[[], None]) -> Iterator[Result]:
    """Yield Results in input order, computed by `config.jobs` worker processes.

    Documents go out in chunks of ``config.batch`` (one message per chunk, not per document: the
    pipe's cost per message is a fair share of a short article's). A worker that dies, or that is
    still on one document at the hard limit, is replaced: that document gets an error row, and
    the unanswered rest of its chunk is handed out again.

    The pieces of a huge document are yielded as they come when it is the next one to write;
    otherwise at most ``_HOLD`` of them wait here, and then the parent stops reading from that
    worker (which blocks on its pipe) until the documents before it are written.
    """
    ctx = _context()
    workers = [_Worker(ctx, config) for _ in range(config.jobs)]
    hard = config.timeout * 1.5 + 1 if config.timeout and config.timeout > 0 else None
    if config.ocr_engine:   # a scanned PDF takes timeout per page, enforced in the worker
        hard = None
    window = max(config.window, 4 * config.jobs * config.batch)
    it = enumerate(sources)
    retry: deque[tuple[int, Source]] = deque()
    exhausted = False
    done: dict[int, deque[Result]] = {}
    next_out = 0
    next_in = 0
    deaths = 0   # workers died in a row with no result coming back

    def take() -> list[tuple[int, Source]]:
        nonlocal exhausted, next_in
        chunk: list[tuple[int, Source]] = []
        while len(chunk) < config.batch:
            if retry:
                chunk.append(retry.popleft())
            elif exhausted or next_in - next_out >= window:
                break
            else:
                try:
                    chunk.append(next(it))
                except StopIteration:
                    exhausted = True
                    break
                next_in = chunk[-1][0] + 1
        return chunk

    def replace(i: int, w: _Worker, seq: Optional[int], error: str, message: str) -> None:
        if seq is not None:
            src = w.chunk.pop(seq)
            done.setdefault(seq, deque()).append(
                Result(src.doc, error=(src.doc, "extract", error, message)))
        retry.extend(sorted(w.chunk.items()))
        w.kill()
        workers[i] = _Worker(ctx, config)

    try:
        while True:
            if not stop.requested:
                for w in workers:
                    if w.pending >= _AHEAD:
                        continue
                    chunk = take()
                    if not chunk:
                        break
                    if w.busy and _inline_bytes(chunk) > _AHEAD_BYTES:
                        retry.extendleft(reversed(chunk))  # for a free worker
                        continue
                    w.send(chunk)
            while next_out in done:
                queue = done[next_out]
                finished = False
                while queue and not finished:
                    result = queue.popleft()
                    finished = result.final
                    yield result
                if not finished:
                    break
                del done[next_out]
                next_out += 1
            if stop.requested:  # Ctrl-C: end now; documents in flight are done again on resume
                return
            busy = [w for w in workers if w.busy]
            if not busy:
                if exhausted and not retry:
                    return
                continue
            paused = {id(w) for w in busy if w.piece_seq is not None and w.piece_seq != next_out
                      and len(done.get(w.piece_seq, ())) >= _HOLD}
            for w in busy:  # a paused worker waits on us: its time does not run
                if id(w) in paused:
                    w.state[1] = time.monotonic()
            ready = wait([w.conn for w in busy if id(w) not in paused] +
                         [w.proc.sentinel for w in busy], timeout=0.2)
            tick()
            for i, w in enumerate(workers):
                if not w.busy:
                    continue
                if w.conn in ready:
                    try:
                        answers = w.conn.recv()
                    except (EOFError, OSError):
                        answers = None
                    if answers is not None:
                        deaths = 0
                        for seq, result in answers:
                            if seq == -1:
                                w.pending -= 1
                            else:
                                if result.final:
                                    w.chunk.pop(seq, None)
                                w.piece_seq = None if result.final else seq
                                done.setdefault(seq, deque()).append(result)
                        continue
                if w.proc.sentinel in ready or w.conn in ready:
                    seq, _ = w.current()
                    w.proc.join(2)  # the pipe may close before the process is reaped
                    deaths = deaths + 1 if seq is None else 0   # on a document: progress
                    if deaths > _DEATHS * config.jobs:
                        raise WorkerError(
                            f"{deaths} worker processes in a row died before sending back any "
                            f"result (the last with exit code {w.proc.exitcode}); a script that "
                            "runs baocao.batch must start it under `if __name__ == "
                            "\"__main__\":` (each worker imports the script)")
                    replace(i, w, seq, "WorkerDied",
                            f"the worker process died (exit code {w.proc.exitcode})")
                elif hard is not None and id(w) not in paused:
                    seq, started = w.current()
                    if seq is not None and time.monotonic() - started > hard:
                        replace(i, w, seq, "Timeout", f"took longer than {config.timeout:g} s "
                                "(--timeout); the worker was stopped")
    finally:
        for w in workers:
            if w.busy:
                w.kill()
            else:
                w.close()


def results(sources: Iterable[Source], config: BatchConfig, stop: Optional[Stop] = None,
            tick: Callable[[], None] = lambda: None) -> Iterator[Result]:
    """Yield one Result per source, in input order (with 1 or `config.jobs` workers). Without a
    vocabulary in `config`, the one ``BAOCAO_VOCABULARY`` names is read here, once, and sent to
    the workers with the options (a bad file fails before any document is read)."""
    if config.extract.vocabulary is None:
        env = environment_vocabulary()
        if env is not None:
            config = replace(config, extract=replace(config.extract, vocabulary=env))
    stop = stop or Stop()
    if config.jobs <= 1:
        warm_up(config.table)
        for src in sources:
            if stop.requested:
                return
            yield from process_parts(src, config)
    else:
        yield from _ordered_parallel(sources, config, stop, tick)
