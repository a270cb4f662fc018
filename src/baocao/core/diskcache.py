"""Built tables kept on disk between processes: the normalizer's lexicon and running-text model
take about two seconds to build from underthesea's data, and a third of a second to read back.

A table is stored as a pickle named by a hash of everything it is built from: the content of its
source files (the data files, and the modules whose code builds it), the Python version and the
pickle protocol. A source that changes gives a new name, and the stale file of the same table is
removed when the new one is written; so the cache never serves a table built from other data.

Where: ``$BAOCAO_CACHE_DIR``; else ``$XDG_CACHE_HOME/baocao``; else ``~/.cache/baocao``.
``BAOCAO_CACHE_DIR=off`` (or ``0``, or empty) turns the cache off. A folder that cannot be
written, or a file that cannot be read back (truncated, or from another version of a class), is
no error: the table is built in memory as without a cache, and a good file replaces the bad one
when it can.
"""
from __future__ import annotations

import ctypes
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, TypeVar, cast

_FORMAT = 1          # bump when what a stored file means changes without its sources changing
_OFF = {"", "0", "off", "no", "none", "false"}

T = TypeVar("T")


def cache_dir() -> Optional[Path]:
    """The folder the tables are kept in, or None when the cache is off."""
    where = os.environ.get("BAOCAO_CACHE_DIR")
    if where is not None:
        return None if where.strip().lower() in _OFF else Path(where).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "baocao"


def fingerprint(sources: Iterable[Path], *extra: str) -> str:
    """A hash of the sources' names and contents, the Python version and `extra` strings (another
    table's fingerprint, say)."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{_FORMAT} {sys.version_info[0]}.{sys.version_info[1]} "
             f"{pickle.HIGHEST_PROTOCOL}".encode())
    for path in sources:
        data = Path(path).read_bytes()
        h.update(f"\0{Path(path).name}\0{len(data)}\0".encode())
        h.update(data)
    for s in extra:
        h.update(b"\0" + s.encode())
    return h.hexdigest()


def _read(path: Path, kind: type[T]) -> Optional[T]:
    try:
        with open(path, "rb") as f:
            obj = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception:       # truncated, or classes changed: rebuilt and written again
        return None
    return obj if isinstance(obj, kind) else None


def _write(folder: Path, name: str, path: Path, data: bytes) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)      # atomic: a reader sees the old file or the whole new one
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return                         # an unwritable cache costs the build next time, no more
    for old in folder.glob(f"{name}-*.pickle"):
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass


def _trim() -> None:
    """Hand the process's free heap back to the system (glibc's ``malloc_trim``)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).malloc_trim(0)
        except (OSError, AttributeError):  # pragma: no cover - a C library without it (musl)
            pass


def _loaded(data: bytes) -> Any:
    obj = pickle.loads(data)
    _trim()
    return obj


def compacted(build: Callable[..., T], *args: Any) -> T:
    """``build(*args)`` copied into contiguous memory (a pickle round trip), the built original
    freed and, with glibc, the process's free heap returned to the system."""
    return cast(T, _loaded(pickle.dumps(build(*args), protocol=pickle.HIGHEST_PROTOCOL)))


def stored(name: str, key: str, kind: type[T], build: Callable[..., T], *args: Any) -> T:
    """The table `name` built by ``build(*args)`` from sources hashed into `key`
    (:func:`fingerprint`): read from the cache when it holds it, else built, stored and returned
    as :func:`compacted` returns it."""
    folder = cache_dir()
    path = folder / f"{name}-{key}.pickle" if folder is not None else None
    if path is not None:
        obj = _read(path, kind)
        if obj is not None:
            _trim()
            return obj
    data = pickle.dumps(build(*args), protocol=pickle.HIGHEST_PROTOCOL)   # the original dies here
    if folder is not None and path is not None:
        _write(folder, name, path, data)
    return cast(T, _loaded(data))
