"""Bytes to text: UTF-8 (a byte-order mark dropped), UTF-16 with a byte-order mark, or a legacy
Vietnamese encoding (Windows-1258, TCVN3, VNI-Windows) converted to Unicode NFC; binary files
refused by one table of signatures.

- :mod:`~baocao.core.decoding.signatures`: the binary formats' first bytes;
- :mod:`~baocao.core.decoding.legacy`: the legacy encodings' tables, decoders and encoder;
- :mod:`~baocao.core.decoding.detect`: which encoding a document's bytes are in
  (:func:`decode_bytes`);
- :mod:`~baocao.core.decoding.stream`: a large file decoded a block at a time, when that gives
  what the whole-file decoder gives.

>>> decode("tỷ lệ".encode("utf-8-sig"))
'tỷ lệ'
"""
from __future__ import annotations

from os import PathLike
from pathlib import Path
from typing import Union

from baocao.core.decoding.detect import (MIN_SCORE, DecodeError, Decoded, decode_bytes,
                                         repair_utf8)
from baocao.core.decoding.legacy import LEGACY_ENCODINGS, encode, tcvn3_table, vni_table
from baocao.core.decoding.signatures import SIGNATURES, binary_kind, binary_what
from baocao.core.decoding.stream import iter_decode, streamable_encoding

__all__ = ["DecodeError", "Decoded", "LEGACY_ENCODINGS", "MIN_SCORE", "SIGNATURES", "binary_kind",
           "binary_what", "decode", "decode_bytes", "decode_report", "encode", "iter_decode",
           "read_decoded", "read_text", "repair_utf8", "streamable_encoding", "tcvn3_table",
           "vni_table"]


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Return the text of a document's bytes: UTF-8 (a BOM is dropped), UTF-16 with a BOM, or a
    legacy Vietnamese encoding (Windows-1258, TCVN3, VNI) converted to Unicode NFC.

    Raises DecodeError naming `name` for binary data or bytes no encoding reads as Vietnamese.
    :func:`decode_report` says which encoding was found and what was converted.

    >>> decode("tỷ lệ".encode("utf-8-sig"))
    'tỷ lệ'
    """
    return decode_bytes(data, name).text


def decode_report(data: bytes, name: str = "<bytes>") -> Decoded:
    """Return the decoded text with the encoding found, a confidence and a note on conversions."""
    return decode_bytes(data, name)


def read_text(path: Union[str, "PathLike[str]"]) -> str:
    """Read and decode one file (see :func:`decode`). Newlines are kept exactly as stored."""
    p = Path(path)
    return decode(p.read_bytes(), str(p))


def read_decoded(path: Union[str, "PathLike[str]"]) -> Decoded:
    """Read one file and return its :class:`~baocao.core.decoding.Decoded` text."""
    p = Path(path)
    return decode_bytes(p.read_bytes(), str(p))
