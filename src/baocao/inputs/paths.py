"""Arguments expanded to documents: files, folders (walked recursively in sorted order), glob
patterns and stdin, in the order given, duplicates dropped; a bad argument becomes a Source whose
``error`` says why."""
from __future__ import annotations

import fnmatch
import glob
import io
import os
import stat
import sys
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Optional, Union

from baocao.inputs.rows import SeenIds, _jsonl_rows, _table_rows
from baocao.inputs.source import (IMAGE_SUFFIXES, SKIP_STAGE, STDIN, STDIN_DOC, TABLE_SUFFIXES,
                                  WALK_SUFFIXES, Source, _special, _suffix, shown_path)
from baocao.options import InputOptions


def _is_glob(arg: str) -> bool:
    return any(c in arg for c in "*?[")


def _matches(rel: str, patterns: Iterable[str]) -> bool:
    rel = rel.replace(os.sep, "/")
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(name, p) for p in patterns)


def _choose(rel: str, options: InputOptions, wanted: frozenset[str]) -> Optional[bool]:
    """True: read the file; False: list it as not read; None: leave it out (the patterns say so,
    or it is hidden)."""
    if options.exclude_globs and _matches(rel, options.exclude_globs):
        return None
    if options.include:
        return True if _matches(rel, options.include) else None
    if _suffix(rel) in wanted or (options.images and _suffix(rel) in IMAGE_SUFFIXES):
        return True
    return None if _hidden(rel) else False


def _hidden(rel: str) -> bool:
    return any(part.startswith(".") and part not in (".", "..")
               for part in rel.replace(os.sep, "/").split("/"))


def _quiet_folder(rel: str, options: InputOptions) -> bool:
    """Whether a folder that cannot be listed goes without an error row: a hidden one, or one
    whose files ``--exclude`` leaves out (``drafts/*`` for the folder ``drafts``)."""
    return _hidden(rel) or bool(options.exclude_globs) and (
        _matches(rel, options.exclude_globs) or _matches(rel + "/", options.exclude_globs))


def not_read_message(name: str, options: InputOptions = InputOptions()) -> str:
    """Why a file found in a folder is not read.

    >>> not_read_message("a/b.xlsx")
    "not read: .xlsx is not a format baocao reads (.txt, .html, .docx, .pdf; .jsonl and .csv with --text-column); --include '*.xlsx' reads such files as text"
    """
    suffix = _suffix(name)
    if suffix in TABLE_SUFFIXES:
        return f"not read: a {suffix} table is read with --text-column (the column holding the text)"
    if suffix in IMAGE_SUFFIXES:
        return "not read: an image; --ocr tesseract recognizes the text of scanned pages"
    what = suffix or "a file without a suffix"
    hint = f"; --include '*{suffix}' reads such files as text" if suffix else ""
    return (f"not read: {what} is not a format baocao reads (.txt, .html, .docx, .pdf; "
            f".jsonl and .csv with --text-column){hint}")


#: What a walk gives for one entry: True (a file to read), False (a file to list as not read) or
#: the (stage, error, message) of an entry that cannot be read (a folder, a device).
Outcome = Union[bool, tuple[str, str, str]]


def _listing(real_dir: str, seen_dirs: set[Any]) -> Union[list[os.DirEntry[str]],
                                                           tuple[str, str, str]]:
    """The entries of a folder sorted by name ([] for one already visited), or the error row of
    one that cannot be listed."""
    try:
        st = os.stat(real_dir)
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            return []
        seen_dirs.add(key)
        with os.scandir(real_dir) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return ("read", type(exc).__name__,
                f"cannot read the folder ({exc.strerror or exc}): its files are not read")


def _walk(real_dir: str, shown_dir: str, choose: Callable[[str], Optional[bool]],
          seen_dirs: set[Any], quiet: Callable[[str], bool] = lambda rel: False,
          ) -> Iterator[tuple[str, str, Outcome]]:
    """Yield (shown path, real path, outcome) of the files under a folder, depth first, sorted
    by name: outcome True for a file to read, False for one to list as not read (``choose(rel)``,
    with `rel` the path below the walked folder, says which, or None to leave it out), or the
    error row of a folder that cannot be listed (unless ``quiet(rel)``: hidden or excluded) or
    of a device, pipe or socket named like a document.

    Files and folders are sorted together, which gives the order of ``sorted(Path(top).rglob(...))``.
    Symlinked folders are followed; a folder already visited (same device and inode) is skipped, so
    a symlink loop ends. The walk keeps its own stack: a folder nested thousands deep is walked
    like any other.
    """
    top = _listing(real_dir, seen_dirs)
    if isinstance(top, tuple):
        yield shown_dir, real_dir, top
        return
    stack: list[tuple[Iterator[os.DirEntry[str]], str, str]] = [(iter(top), shown_dir, "")]
    while stack:
        entries, shown_parent, rel_parent = stack[-1]
        e = next(entries, None)
        if e is None:
            stack.pop()
            continue
        shown = os.path.join(shown_parent, e.name)
        rel = f"{rel_parent}/{e.name}" if rel_parent else e.name
        link = False
        try:
            link = e.is_symlink()
            is_dir = e.is_dir()  # follows symlinks
        except OSError:  # a link that loops onto itself
            is_dir = False
        if is_dir:
            listed = _listing(os.path.realpath(e.path) if link else e.path, seen_dirs)
            if isinstance(listed, tuple):
                if not quiet(rel):
                    yield shown, e.path, listed
            else:
                stack.append((iter(listed), shown, rel))
            continue
        read = choose(rel)
        if read is None:
            continue
        try:
            is_file = e.is_file()
        except OSError:
            is_file = False
        if is_file:
            yield shown, (os.path.realpath(e.path) if link else e.path), read
        elif read:
            what = _special(e.path)
            if what is not None:   # never opened: a pipe would wait for a writer forever
                yield shown, e.path, ("read", "NotAFile", f"{what}, not a file: not read")
            elif link:  # a broken or looping link named like a document: report it
                yield shown, e.path, read


def _below(real: str, folders: frozenset[str]) -> bool:
    """Whether the real path `real` is one of `folders` or inside one."""
    return any(real == f or real.startswith(f.rstrip(os.sep) + os.sep) for f in folders)


def _show(arg: str) -> str:
    """How a path argument is written in ``doc``: as pathlib prints it (``a/b/`` → ``a/b``)."""
    return str(Path(arg))


def iter_sources(args: Iterable[Union[str, bytes]], options: InputOptions = InputOptions(),
                 stdin: Optional[IO[bytes]] = None, rows: bool = True) -> Iterator[Source]:
    """Yield the documents named by `args` (files, folders, glob patterns, ``-``), deduplicated.

    With ``rows=False`` a table file is one Source (its path) instead of one per row: enough to
    add up input sizes without parsing the tables.

    A file a folder holds and baocao does not read (another format, a ``.jsonl``/``.csv`` table
    without ``text_column``) is a Source whose ``error`` has the stage ``skip``.

    >>> docs = iter_sources(["tests/corpus/000_2091ac59a1d652e0.txt", "tests/corpus"])
    >>> [s.doc for s in docs if s.error is None][:2]
    ['tests/corpus/000_2091ac59a1d652e0.txt', 'tests/corpus/001_045948c02f9f6eb6.txt']
    """
    wanted = WALK_SUFFIXES | (TABLE_SUFFIXES if options.text_column else frozenset())
    seen_files: set[int] = set()  # hash of real path: 8 bytes a file, not the whole string
    seen_dirs: set[tuple[int, int]] = set()
    seen_docs = SeenIds()  # table rows and stdin, by doc

    def choose(rel: str) -> Optional[bool]:
        return _choose(rel, options, wanted)

    def quiet(rel: str) -> bool:
        return _quiet_folder(rel, options)

    def emit_file(shown: str, real: str, read: Outcome = True,
                  guard: frozenset[str] = frozenset()) -> Iterator[Source]:
        if isinstance(read, tuple):   # a folder that cannot be listed, a device
            yield Source(doc=shown_path(shown), path=shown, error=read)
            return
        h = hash(real)
        if h in seen_files or real in options.exclude or guard and _below(real, guard):
            return
        seen_files.add(h)
        doc = shown_path(shown)
        if not read:
            yield Source(doc=doc, path=shown, error=(SKIP_STAGE, "NotRead",
                                                     not_read_message(doc, options)))
        elif _suffix(shown) in TABLE_SUFFIXES and options.text_column and rows:
            yield from _table_rows(shown, options, seen_docs)
        else:
            yield Source(doc=doc, path=shown)

    def walk(folder: str) -> Iterator[Source]:
        for shown, real, read in _walk(os.path.realpath(folder), _show(folder), choose,
                                       seen_dirs, quiet):
            yield from emit_file(shown, real, read, guard)

    for arg in args:
        arg = os.fsdecode(arg)   # a bytes path as Python's own str for it (surrogateescape)
        if arg == STDIN:
            yield from _stdin_sources(stdin, options, seen_docs)
            continue
        # the files of --save-text's folder, unless the argument itself is in it
        guard = options.exclude_folders if options.exclude_folders and not _below(
            os.path.realpath(arg), options.exclude_folders) else frozenset()
        if os.path.isdir(arg):
            yield from walk(arg)
        elif os.path.exists(arg) or os.path.islink(arg):  # a broken link fails on reading
            if _suffix(arg) in TABLE_SUFFIXES and not options.text_column:
                yield Source(doc=shown_path(_show(arg)), error=(
                    "input", "UsageError",
                    f"{_suffix(arg)} input needs --text-column (the column holding the text)"))
                continue
            yield from emit_file(_show(arg), os.path.realpath(arg))
        elif _is_glob(arg):
            try:
                matches = sorted(glob.iglob(arg, recursive=True))
            except RecursionError:   # the standard library's ** recurses into each folder
                yield Source(doc=shown_path(arg), error=(
                    "input", "RecursionError", "the folders below this pattern nest too deep "
                    "for a ** pattern: name the folder instead, and choose files with --include"))
                continue
            if not matches:
                yield Source(doc=shown_path(arg), error=("input", "FileNotFoundError",
                                                         "no file matches this pattern"))
            for m in matches:
                if os.path.isdir(m):
                    yield from walk(m)
                elif choose(m) is not None:
                    # a pattern names its files: one of another format is listed as not read;
                    # a pipe it matches is never opened (it could wait for a writer forever)
                    what = _special(m)
                    yield from emit_file(_show(m), os.path.realpath(m), bool(choose(m)) if
                                         what is None or not choose(m) else
                                         ("read", "NotAFile", f"{what}, not a file: not read"),
                                         guard)
        else:
            yield Source(doc=shown_path(arg), error=("input", "FileNotFoundError",
                                                     "no such file or directory"))


def _stdin_sources(stdin: Optional[IO[bytes]], options: InputOptions,
                   seen_docs: SeenIds) -> Iterator[Source]:
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        fd = stream.fileno()
        device = stat.S_ISCHR(os.fstat(fd).st_mode) and not os.isatty(fd)
    except (OSError, ValueError, io.UnsupportedOperation):
        device = False
    if device:   # < /dev/zero, < /dev/urandom: no document ends
        yield Source(doc=STDIN_DOC, error=("read", "NotAFile",
                                           "stdin is a character device, not a file: not read"))
        return
    if options.text_column:  # stdin carries JSONL rows
        yield from _jsonl_rows(STDIN_DOC, stream, options, seen_docs)
        return
    limit = options.max_bytes
    data = stream.read(limit + 1) if limit else stream.read()
    if limit and len(data) > limit:
        yield Source(doc=STDIN_DOC, error=(
            "read", "TooLarge", f"more than the size limit of {limit:,} bytes (--max-bytes): "
                                "not read"))
        return
    yield Source(doc=STDIN_DOC, data=data, size=len(data))
