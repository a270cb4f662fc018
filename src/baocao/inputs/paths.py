"""Arguments expanded to documents: files, folders (walked recursively in sorted order), glob
patterns and stdin, in the order given, duplicates dropped; a bad argument becomes a Source whose
``error`` says why."""
from __future__ import annotations

import fnmatch
import glob
import os
import io
import sys
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Optional

from baocao.inputs.rows import _jsonl_rows, _table_rows
from baocao.inputs.source import (IMAGE_SUFFIXES, SKIP_STAGE, STDIN, STDIN_DOC, TABLE_SUFFIXES,
                                  WALK_SUFFIXES, Source, _suffix)
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
    hidden = any(part.startswith(".") and part not in (".", "..")
                 for part in rel.replace(os.sep, "/").split("/"))
    return None if hidden else False


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


def _walk(real_dir: str, shown_dir: str, choose: Callable[[str], Optional[bool]],
          seen_dirs: set[Any],
          rel_dir: str = "") -> Iterator[tuple[str, str, bool]]:
    """Yield (shown path, real path, read) of the files under a folder, depth first, sorted by
    name: read True for a file to read, False for one to list as not read (``choose(rel)``, with
    `rel` the path below the walked folder, says which, or None to leave it out).

    Files and folders are sorted together, which gives the order of ``sorted(Path(top).rglob(...))``.
    Symlinked folders are followed; a folder already visited (same device and inode) is skipped, so
    a symlink loop ends instead of recursing forever.
    """
    try:
        st = os.stat(real_dir)
    except OSError:
        return
    key = (st.st_dev, st.st_ino)
    if key in seen_dirs:
        return
    seen_dirs.add(key)
    try:
        with os.scandir(real_dir) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        shown = os.path.join(shown_dir, e.name)
        rel = f"{rel_dir}/{e.name}" if rel_dir else e.name
        link = False
        try:
            link = e.is_symlink()
            is_dir = e.is_dir()  # follows symlinks
        except OSError:  # a link that loops onto itself
            is_dir = False
        if is_dir:
            yield from _walk(os.path.realpath(e.path) if link else e.path, shown, choose,
                             seen_dirs, rel)
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
        elif link and read:  # a broken or looping link named like a document: report it
            yield shown, e.path, read


def _show(arg: str) -> str:
    """How a path argument is written in ``doc``: as pathlib prints it (``a/b/`` → ``a/b``)."""
    return str(Path(arg))


def iter_sources(args: Iterable[str], options: InputOptions = InputOptions(),
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
    seen_docs: set[int] = set()  # table rows and stdin, by doc

    def choose(rel: str) -> Optional[bool]:
        return _choose(rel, options, wanted)

    def emit_file(shown: str, real: str, read: bool = True) -> Iterator[Source]:
        h = hash(real)
        if h in seen_files or real in options.exclude:
            return
        seen_files.add(h)
        if not read:
            yield Source(doc=shown, path=shown, error=(SKIP_STAGE, "NotRead",
                                                       not_read_message(shown, options)))
        elif _suffix(shown) in TABLE_SUFFIXES and options.text_column and rows:
            yield from _table_rows(shown, options, seen_docs)
        else:
            yield Source(doc=shown, path=shown)

    for arg in args:
        if arg == STDIN:
            yield from _stdin_sources(stdin, options, seen_docs)
            continue
        if os.path.isdir(arg):
            for shown, real, read in _walk(os.path.realpath(arg), _show(arg), choose, seen_dirs):
                yield from emit_file(shown, real, read)
        elif os.path.exists(arg) or os.path.islink(arg):  # a broken link fails on reading
            if _suffix(arg) in TABLE_SUFFIXES and not options.text_column:
                yield Source(doc=_show(arg), error=(
                    "input", "UsageError",
                    f"{_suffix(arg)} input needs --text-column (the column holding the text)"))
                continue
            yield from emit_file(_show(arg), os.path.realpath(arg))
        elif _is_glob(arg):
            matches = sorted(glob.iglob(arg, recursive=True))
            if not matches:
                yield Source(doc=arg, error=("input", "FileNotFoundError",
                                             "no file matches this pattern"))
            for m in matches:
                if os.path.isdir(m):
                    for shown, real, read in _walk(os.path.realpath(m), _show(m), choose,
                                                   seen_dirs):
                        yield from emit_file(shown, real, read)
                elif choose(m) is not None:
                    # a pattern names its files: one of another format is listed as not read
                    yield from emit_file(_show(m), os.path.realpath(m), bool(choose(m)))
        else:
            yield Source(doc=arg, error=("input", "FileNotFoundError",
                                         "no such file or directory"))


def _stdin_sources(stdin: Optional[IO[bytes]], options: InputOptions,
                   seen_docs: set[int]) -> Iterator[Source]:
    stream = stdin if stdin is not None else sys.stdin.buffer
    if options.text_column:  # stdin carries JSONL rows
        text_stream = io.TextIOWrapper(stream, encoding="utf-8", errors="strict", newline="")
        yield from _jsonl_rows(STDIN_DOC, text_stream, options, seen_docs)
    else:
        data = stream.read()
        yield Source(doc=STDIN_DOC, data=data, size=len(data))
