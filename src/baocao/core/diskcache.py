"""Built tables kept on disk between processes: the normalizer's lexicon and running-text model
take about two seconds to build from underthesea's data, and a third of a second to read back.

A table is stored as a pickle named by a hash of everything it is built from: the content of its
source files (the data files, and the modules whose code builds it), the Python version and the
pickle protocol. A source that changes gives a new name, and the stale file of the same table is
removed when the new one is written; so the cache never serves a table built from other data.

Un-pickling runs code, so a file is un-pickled only when this user's processes wrote it: each file
starts with a keyed hash (BLAKE2b, :func:`_seal`) of its name and content under a secret of the
user's own (32 random bytes in the folder's ``.secret``, made once, mode 0600), and it is read only
when it and the secret are regular files owned by the current user that no group or other user may
write, and the hash matches. A file planted in the folder (by another user of a shared folder, or
copied from elsewhere) fails one of these and is never un-pickled: the table is built and written
again. The check costs one hash of the file (a few milliseconds for the lexicon's 6 MB).

Where: ``$BAOCAO_CACHE_DIR``; else ``$XDG_CACHE_HOME/baocao``; else ``~/.cache/baocao``.
``BAOCAO_CACHE_DIR=off`` (or ``0``, or empty) turns the cache off. A folder that cannot be
written, or a file that cannot be read back (truncated, or from another version of a class), is
no error: the table is built in memory as without a cache, and a good file replaces the bad one
when it can.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, TypeVar, Union, cast

from baocao.core.memory import release_free_memory

_FORMAT = 2          # bump when what a stored file means changes without its sources changing
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


_MAGIC = b"baocao-cache 2\n"
_SECRET = ".secret"
_SUFFIX = ".table"


def _owned(st: os.stat_result) -> bool:
    """A regular file of the current user that no group or other user may write."""
    mine = not hasattr(os, "geteuid") or st.st_uid == os.geteuid()
    return stat.S_ISREG(st.st_mode) and mine and not st.st_mode & 0o022


def _open_owned(path: Path, private: bool = False) -> Optional[bytes]:
    """The bytes of `path` when it is a file :func:`_owned` (not followed through a symbolic
    link; with `private`, that no group or other user may read either), else None."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not _owned(st) or (private and st.st_mode & 0o077):
            return None
        return f.read()


def _secret(folder: Path, create: bool) -> Optional[bytes]:
    """The user's secret for `folder` (made when `create` and there is none), or None when there
    is none or it is not the user's own (:func:`_owned`, and readable by no one else)."""
    path = folder / _SECRET
    key = _open_owned(path, private=True)
    if key is None and create and not path.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".secret-", suffix=".tmp")   # mode 0600
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(os.urandom(32))
                os.link(tmp, path)             # fails if another process made one first
            except FileExistsError:
                pass
            finally:
                os.unlink(tmp)
        except OSError:
            return None
        key = _open_owned(path, private=True)
    return key if key is not None and len(key) == 32 else None


def _seal(key: bytes, name: str, data: Union[bytes, memoryview]) -> bytes:
    """The keyed hash that vouches for a stored file: of its name and its content."""
    h = hashlib.blake2b(key=key, digest_size=32)
    h.update(name.encode() + b"\0")
    h.update(data)
    return h.digest()


def _read(path: Path, kind: type[T]) -> Optional[T]:
    blob = _open_owned(path)
    if blob is None or not blob.startswith(_MAGIC):
        return None
    key = _secret(path.parent, create=False)
    if key is None:
        return None
    head = len(_MAGIC) + 32
    seal, data = blob[len(_MAGIC):head], memoryview(blob)[head:]
    if not hmac.compare_digest(seal, _seal(key, path.name, data)):
        return None                    # not written by this user's processes: never un-pickled
    try:
        obj = pickle.loads(data)
    except Exception:       # classes changed: rebuilt and written again
        return None
    return obj if isinstance(obj, kind) else None


def _write(folder: Path, name: str, path: Path, data: bytes) -> None:
    try:
        key = _secret(folder, create=True)
        if key is None:
            return                     # a secret that is not ours: nothing is written either
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")   # mode 0600
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(_MAGIC + _seal(key, path.name, data))
                f.write(data)
            os.replace(tmp, path)      # atomic: a reader sees the old file or the whole new one
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return                         # an unwritable cache costs the build next time, no more
    for old in [*folder.glob(f"{name}-*{_SUFFIX}"), *folder.glob(f"{name}-*.pickle")]:
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass


def _loaded(data: bytes) -> Any:
    obj = pickle.loads(data)
    release_free_memory()
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
    path = folder / f"{name}-{key}{_SUFFIX}" if folder is not None else None
    if path is not None:
        obj = _read(path, kind)
        if obj is not None:
            release_free_memory()
            return obj
    data = pickle.dumps(build(*args), protocol=pickle.HIGHEST_PROTOCOL)   # the original dies here
    if folder is not None and path is not None:
        _write(folder, name, path, data)
    return cast(T, _loaded(data))
