"""A large file decoded a block at a time, so that its whole text is never in memory: possible
when the file is plain UTF-8 that the whole-file decoder would read as it stands (no mojibake to
look for, which needs the whole text), and then giving exactly the text it gives.

>>> import os, tempfile
>>> with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
...     _ = f.write("Tỷ lệ hộ nghèo giảm\\n".encode() * 3)
>>> streamable_encoding(f.name), "".join(iter_decode(f.name, block=7)) == "Tỷ lệ hộ nghèo giảm\\n" * 3
('utf-8', True)
>>> os.unlink(f.name)
"""
from __future__ import annotations

import codecs
import unicodedata
from os import PathLike
from pathlib import Path
from typing import Iterator, Optional, Union

from baocao.core.decoding.detect import _as_cp1252, decode_bytes
from baocao.core.decoding.signatures import binary_kind

_BLOCK = 1 << 22

StrPath = Union[str, "PathLike[str]"]


def streamable_encoding(path: StrPath, block: int = _BLOCK) -> Optional[str]:
    """Return "utf-8" or "utf-8-sig" if the file decodes piece by piece exactly as
    :func:`baocao.core.decoding.decode` decodes it whole, else None (one pass, a block at a time).

    That is: valid UTF-8 without NUL bytes, no binary signature or UTF-16 mark at the start, some
    non-space text, and either ASCII throughout or some character that Windows-1252 cannot
    encode (else the whole-file decoder would look for mojibake, which needs the whole text).
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    encoding, ascii_only, not_cp1252, blank = "utf-8", True, False, True
    with open(path, "rb") as f:
        first = True
        while True:
            data = f.read(max(block, 16) if first else block)   # a signature whole, at least
            if first:
                if binary_kind(data) or data.startswith((codecs.BOM_UTF16_LE,
                                                         codecs.BOM_UTF16_BE)):
                    return None
                if data.startswith(codecs.BOM_UTF8):
                    encoding, data = "utf-8-sig", data[len(codecs.BOM_UTF8):]
                first = False
            if b"\x00" in data:
                return None
            try:
                chunk = decoder.decode(data, final=not data)
            except UnicodeDecodeError:
                return None
            if not data:
                break
            ascii_only = ascii_only and chunk.isascii()
            not_cp1252 = not_cp1252 or (not chunk.isascii() and _as_cp1252(chunk) is None)
            blank = blank and not chunk.strip()
    return encoding if not blank and (ascii_only or not_cp1252) else None


def _safe_cut(text: str) -> int:
    """Where `text` may be cut so that NFC of the two sides is NFC of the whole: before its last
    ASCII character (no composition or reordering reaches across one); 0 when it has none."""
    for i in range(len(text) - 1, 0, -1):
        if text[i] < "\x80":
            return i
    return 0


def iter_decode(path: StrPath, block: int = _BLOCK) -> Iterator[str]:
    """The text of a file in pieces whose concatenation is what :func:`baocao.core.decoding.
    read_text` returns: read and decoded a block at a time when :func:`streamable_encoding` allows
    it, else decoded whole (one piece). Raises DecodeError as the whole-file decoder does.
    """
    encoding = streamable_encoding(path, block)
    if encoding is None:
        p = Path(path)
        yield decode_bytes(p.read_bytes(), str(p)).text
        return
    # read as UTF-8 and the mark dropped here: a "utf-8-sig" reader keeps it when the first
    # read asks for one character
    with open(path, encoding="utf-8", newline="") as f:
        held = ""
        first = True
        while True:
            more = f.read(block)
            if first and encoding == "utf-8-sig" and more.startswith("\ufeff"):
                more = more[1:] or f.read(block)
            first = False
            text = held + more
            cut = _safe_cut(text) if more else len(text)
            piece, held = text[:cut], text[cut:]
            if piece:
                yield piece if piece.isascii() else unicodedata.normalize("NFC", piece)
            if not more:
                break
