"""The suffixes of the files baocao reads, and a file's name told from a text: a path given where
a text is expected is found before any work (:func:`check_text`, for :func:`baocao.parse` and
:func:`baocao.extract`), so that it fails with a message saying which function takes what instead
of an empty result. (The reverse, a text given where a path is, is
:func:`baocao.inputs.mistakes.check_paths`.)"""
from __future__ import annotations

import os

#: the suffixes read as HTML pages (trafilatura)
HTML_SUFFIXES = frozenset({".html", ".htm"})
#: the suffixes read as Word documents (python-docx)
DOCX_SUFFIXES = frozenset({".docx"})
#: the suffixes read as PDF (pypdfium2)
PDF_SUFFIXES = frozenset({".pdf"})
#: the suffixes read as tables of documents, one row each (with a text column)
TABLE_SUFFIXES = frozenset({".jsonl", ".csv"})
#: suffixes picked up when walking a folder. Tables only count with --text-column: without it a
#: results.csv lying in an archive folder is not a pile of documents.
WALK_SUFFIXES = frozenset({".txt"}) | HTML_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES
#: the suffixes of scanned page images, read by OCR with ``--ocr tesseract``
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp"})
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


def check_text(text: object, who: str, instead: str) -> None:
    """Raise ValueError when `text`, given to the function `who` as a text, names a file
    (:func:`names_a_file`); `instead` is the call that reads it (``{path!r}`` stands for it).

    >>> check_text("report.txt", "baocao.extract", "baocao.parse_file({path!r}).records reads a file")
    Traceback (most recent call last):
    ...
    ValueError: baocao.extract reads a text, and 'report.txt' is named like a file: baocao.parse_file('report.txt').records reads a file
    """
    if isinstance(text, str) and names_a_file(text):
        raise ValueError(f"{who} reads a text, and {text!r} is "
                         f"{'a file' if os.path.isfile(text) else 'named like a file'}: "
                         f"{instead.format(path=text)}")


__all__ = ["DOCX_SUFFIXES", "FILE_SUFFIXES", "HTML_SUFFIXES", "IMAGE_SUFFIXES", "PDF_SUFFIXES",
           "TABLE_SUFFIXES", "WALK_SUFFIXES", "check_text", "names_a_file", "shorten"]
