"""Time limits of one document's work: SIGALRM in a process's main thread, a watchdog thread that
raises in any other thread (Dask runs tasks in threads)."""
from __future__ import annotations

import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from types import FrameType
from typing import Any, Iterator, Optional


class _Timeout(BaseException):
    """Raised when a document runs past its time limit (by SIGALRM, or by the watchdog in a thread
    that is not the main one). A BaseException so that no `except Exception` swallows it."""


REFIRE = 0.25
"""Seconds after which the watchdog sets a thread's timeout exception again while its work goes on."""


class _Watchdog:
    """Raises _Timeout in another thread when its time is up: the time limit of a thread that is
    not a process's main thread (Dask's workers run tasks in threads), where SIGALRM cannot reach.

    One daemon thread per process keeps the deadlines and, at one, sets _Timeout as the thread's
    asynchronous exception (``PyThreadState_SetAsyncExc``): raised at the thread's next Python
    step, so it stops Python code but not a call into C code that runs on (as SIGALRM does not
    either). An exception raised where Python ignores exceptions (a garbage collector's callback,
    a ``__del__``: "Exception ignored in …") is lost, so while the work goes on past its deadline the
    exception is set again every :data:`REFIRE` seconds.
    """

    def __init__(self) -> None:
        self._cv = threading.Condition()
        self._due: dict[int, list[Any]] = {}        # token -> [deadline, thread id, fired, when set last]
        self._thread: Optional[threading.Thread] = None
        self._next = 0

    def arm(self, seconds: float) -> int:
        with self._cv:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="baocao-deadline",
                                                daemon=True)
                self._thread.start()
            self._next += 1
            self._due[self._next] = [time.monotonic() + seconds, threading.get_ident(), False, 0.0]
            self._cv.notify()
            return self._next

    def disarm(self, token: int) -> None:
        with self._cv:
            entry = self._due.pop(token, None)
            if entry is not None and entry[2]:
                # fired as the work ended: withdraw the exception if it is still pending
                _set_async_exc(entry[1], None)

    def _run(self) -> None:
        with self._cv:
            while True:
                now = time.monotonic()
                for e in self._due.values():
                    # due, or set before and the work still going on (the exception lost): set it (again)
                    if (not e[2] and e[0] <= now) or (e[2] and now - e[3] >= REFIRE):
                        e[2], e[3] = True, now
                        _set_async_exc(e[1], _Timeout)
                later = [e[3] + REFIRE if e[2] else e[0] for e in self._due.values()]
                self._cv.wait(max(0.0, min(later) - now) if later else None)


def _set_async_exc(thread_id: int, exc: Optional[type[BaseException]]) -> None:
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               None if exc is None else ctypes.py_object(exc))


_WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):   # a forked child has no watchdog thread: start afresh
    os.register_at_fork(after_in_child=lambda: globals().__setitem__("_WATCHDOG", _Watchdog()))


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise _Timeout in this thread after `seconds` (no limit for 0). In a process's main thread
    SIGALRM raises it; in any other thread, the watchdog (see :class:`_Watchdog`)."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or \
            not hasattr(signal, "setitimer"):
        if sys.implementation.name != "cpython":   # pragma: no cover - no async exceptions
            yield
            return
        token = _WATCHDOG.arm(seconds)
        try:
            yield
        finally:
            _WATCHDOG.disarm(token)
        return

    def _alarm(signum: int, frame: Optional[FrameType]) -> None:
        raise _Timeout()

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _left(timeout: float, started: float) -> float:
    """The time limit left since `started` (0 means no limit, so never return 0 for a limit)."""
    if not timeout or timeout <= 0:
        return 0
    return max(timeout - (time.monotonic() - started), 1e-3)
