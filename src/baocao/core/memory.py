"""Give the memory a large text's short-lived objects leave behind back to the system.

Normalizing a text of many megabytes makes millions of short-lived objects (tokens, candidate
syllables); freed, they leave the C allocator's heap holding pages it could return, so a process's
resident size stays at its peak while the next steps allocate more. :func:`release_free_memory`
asks the C library to return those pages (``malloc_trim`` of glibc); elsewhere it does nothing.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache
from typing import Any, Optional

__all__ = ["release_free_memory"]


@cache
def _trim() -> Optional[Any]:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):   # not glibc (musl has no malloc_trim)
        return None


def release_free_memory() -> bool:
    """Return the C heap's free pages to the system; True when the C library could (glibc).

    >>> isinstance(release_free_memory(), bool)
    True
    """
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True
