"""The signatures of the binary formats that end up named ``.txt`` in real archives (PDFs, Office
documents, images, archives): checked before decoding, because a permissive legacy-encoding
decoder would otherwise turn them into "text". One table, read by the decoder
(:func:`baocao.core.decoding.decode_bytes` raises :class:`~baocao.core.decoding.DecodeError`) and
by the batch inputs (a ``BinaryFile`` error row).

>>> binary_kind(b"%PDF-1.7 ..."), binary_what(b"PK\\x05\\x06" + bytes(18))
('PDF document', 'an empty zip archive')
>>> binary_kind("Báo cáo".encode()) is None
True
"""
from __future__ import annotations

from typing import Optional

#: (leading bytes, format, what it is) of the binary formats that are not text
SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    # (the first bytes, the article, what the file is)
    (b"%PDF-", "a", "PDF document"),
    (b"PK\x03\x04", "a", "zip archive (DOCX, XLSX and ODT files are ZIP archives)"),
    (b"PK\x05\x06", "an", "empty zip archive"),
    (b"\x89PNG\r\n\x1a\n", "a", "PNG image"),
    (b"\xff\xd8\xff", "a", "JPEG image"),
    (b"GIF87a", "a", "GIF image"),
    (b"GIF89a", "a", "GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a", "legacy Office document (a Word .doc or Excel .xls)"),
    (b"\x1f\x8b", "a", "gzip archive"),
    (b"Rar!\x1a\x07", "a", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a", "7-Zip archive"),
)


def _signature(data: bytes) -> Optional[tuple[bytes, str, str]]:
    for row in SIGNATURES:
        if data.startswith(row[0]):
            return row
    return None


def binary_kind(data: bytes) -> Optional[str]:
    """What binary format `data` starts with ("PDF document"), or None."""
    row = _signature(data)
    return row[2] if row else None


def binary_what(data: bytes) -> Optional[str]:
    """The same with its article, for a sentence ("a PDF document"), or None."""
    row = _signature(data)
    return f"{row[1]} {row[2]}" if row else None
