"""The garbage collector paused while a report's records are built.

Building the records of a large input makes hundreds of thousands of objects that all stay alive;
each of the collector's passes over them finds nothing to free, and on a dense input (a record
every few bytes) those passes cost as much as the building itself. :func:`paused` holds the
automatic collector off for the time of a block and gives it back as it was on every way out,
an exception's included. Calls may nest and may run in several threads at once: the collector is
paused by the first block to enter and given back by the last to leave, and a collector that was
off before stays off.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused"]

_lock = threading.Lock()
_depth = 0                 # blocks inside paused() now, in every thread
_was_enabled = False       # the collector's state when the first of them entered


@contextmanager
def paused() -> Iterator[None]:
    """Hold the automatic garbage collector off inside the ``with`` block.

    >>> import gc
    >>> with paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
