"""A path given where a text is expected, and a text given where a path is: told apart before any
work, so that :func:`baocao.parse` of a file name and :func:`baocao.read` of an article fail with
a message saying which function takes what, instead of an empty report or "no such file"."""
from __future__ import annotations

import os

from baocao.inputs.paths import _is_glob
from baocao.inputs.source import IMAGE_SUFFIXES, TABLE_SUFFIXES, WALK_SUFFIXES

#: The suffixes that make a one-word text a file name (what baocao reads, tables and images).
FILE_SUFFIXES = WALK_SUFFIXES | TABLE_SUFFIXES | IMAGE_SUFFIXES | frozenset({".doc", ".md"})

_SHORT = 60   # characters of a text shown in a message


def shorten(text: str, width: int = _SHORT) -> str:
    """`text` on one line, cut to about `width` characters (for messages).

    >>> shorten("Vốn đạt 28 tỷ đồng.\\nDòng hai của một bài báo rất dài", 30)
    "'Vốn đạt 28 tỷ đồng.⏎Dòng hai c…' (52 characters)"
    """
    one_line = text.replace("\r\n", "⏎").replace("\n", "⏎")
    if len(one_line) <= width:
        return repr(one_line)
    return f"{one_line[:width].rstrip()!r}"[:-1] + f"…' ({len(text):,} characters)"


def names_a_file(text: str) -> bool:
    """Whether a text given to :func:`baocao.parse` is a file's name rather than a text: a single
    line that names an existing file, or one word with a suffix of :data:`FILE_SUFFIXES`.

    >>> names_a_file("report.txt"), names_a_file("Xem báo cáo a.txt"), names_a_file("Tăng 5%.")
    (True, False, False)
    """
    if not text or len(text) > 4096 or "\n" in text or "\r" in text:
        return False
    if not any(c.isspace() for c in text) and os.path.splitext(text)[1].lower() in FILE_SUFFIXES:
        return True
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):
        return False


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


def check_paths(args: list[str], who: str, instead: str) -> None:
    """Raise ValueError when one of `args` (paths given to the function `who`) reads as a text;
    `instead` says what takes a text."""
    for arg in args:
        if reads_as_text(arg):
            raise ValueError(f"{who} takes paths (files, folders, glob patterns), and this is a "
                             f"text: {shorten(arg)}; {instead}")


__all__ = ["FILE_SUFFIXES", "check_paths", "names_a_file", "reads_as_text", "shorten"]
