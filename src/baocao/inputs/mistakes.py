"""A path given where a text is expected, and a text given where a path is: told apart before any
work, so that :func:`baocao.parse` of a file name and :func:`baocao.read` of an article fail with
a message saying which function takes what, instead of an empty report or "no such file"."""
from __future__ import annotations

import os

from baocao.core.file_names import FILE_SUFFIXES, check_text, names_a_file, shorten
from baocao.inputs.paths import _is_glob


def reads_as_text(arg: str) -> bool:
    """Whether an argument given as a path (:func:`baocao.read`, :func:`baocao.indicators`) is a
    text: it has a line break or runs past any path's length, or it has spaces and is neither an
    existing path, a glob pattern nor a name with a known suffix.

    >>> reads_as_text("tests/missing.txt"), reads_as_text("Vốn đạt 28 tỷ đồng")
    (False, True)
    """
    if "\n" in arg or "\r" in arg or len(arg) > 4096:
        return True
    if not any(c.isspace() for c in arg) or _is_glob(arg):
        return False
    if os.path.splitext(arg)[1].lower() in FILE_SUFFIXES:
        return False
    return not os.path.exists(arg)


def check_paths(args: list[str], who: str, instead: str,
                takes: str = "paths (files, folders, glob patterns)") -> None:
    """Raise ValueError when one of `args` (paths given to the function `who`, which `takes`
    them) reads as a text; `instead` says what takes a text."""
    for arg in args:
        if reads_as_text(arg):
            raise ValueError(f"{who} takes {takes}, and this is a text: {shorten(arg)}; "
                             f"{instead}")


__all__ = ["FILE_SUFFIXES", "check_paths", "check_text", "names_a_file", "reads_as_text", "shorten"]
