"""The decompression-bomb guard of PDF files: :func:`check_streams` decodes each stream's filters
(the ones that can expand: FlateDecode, LZWDecode, RunLengthDecode, and the ASCII ones that wrap
them) with a bound on every layer's output, before PDFium, which would expand them without one
(and abort the process when the memory runs out), opens the file."""
from __future__ import annotations

import re
import zlib
from typing import Callable, Optional

from baocao.errors import LoadError

# A stream that expands past _BOMB_STREAM bytes at a ratio above _BOMB_RATIO (to its bytes in
# the file), at any layer of its filters, or streams that expand past _BOMB_TOTAL together at a
# ratio above _BOMB_RATIO / 2.
_BOMB_STREAM = 64 << 20
_BOMB_TOTAL = 512 << 20
_BOMB_RATIO = 100

# The stream's dictionary: the text after the last ``N G obj`` before the ``stream``
# keyword, no further back than _DICT_BACK bytes; its /Filter, a name or an array of names.
_DICT_BACK = 4096
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")
_OBJ = re.compile(rb"\d\s+obj\b")
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_ALIASES = {b"Fl": b"FlateDecode", b"LZW": b"LZWDecode", b"RL": b"RunLengthDecode",
            b"AHx": b"ASCIIHexDecode", b"A85": b"ASCII85Decode"}


class _Bomb(Exception):
    pass


def _inflate(data: bytes, cap: int, keep: bool = True) -> tuple[int, bytes]:
    """(size, bytes) of `data` inflated (zlib), a megabyte at a time (the bytes only with
    `keep`); raise _Bomb past `cap` bytes. Data that is not zlib, or cut short, gives what
    inflated before the error."""
    d = zlib.decompressobj()
    out: list[bytes] = []
    n = 0
    buf = data
    try:
        while buf:
            piece = d.decompress(buf, 1 << 20)
            n += len(piece)
            if n > cap:
                raise _Bomb(n)
            if keep:
                out.append(piece)
            if d.eof or not piece:
                break
            buf = d.unconsumed_tail
    except zlib.error:
        pass
    return n, b"".join(out)


def _flate(data: bytes, cap: int) -> bytes:
    return _inflate(data, cap)[1]


def _run_length(data: bytes, cap: int) -> bytes:
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b == 128:
            break
        if b < 128:
            out += data[i + 1:i + 2 + b]
            i += 2 + b
        else:
            out += data[i + 1:i + 2] * (257 - b)
            i += 2
        if len(out) > cap:
            raise _Bomb(len(out))
    return bytes(out)


def _lzw(data: bytes, cap: int) -> bytes:
    """LZW as PDF codes it (9-12 bit codes, 256 clear, 257 end, early change)."""
    out = bytearray()
    table: list[bytes] = [bytes([i]) for i in range(256)] + [b"", b""]
    width, bits, nbits = 9, 0, 0
    prev: Optional[bytes] = None
    for byte in data:
        bits = (bits << 8) | byte
        nbits += 8
        while nbits >= width:
            nbits -= width
            code = (bits >> nbits) & ((1 << width) - 1)
            bits &= (1 << nbits) - 1
            if code == 256:
                del table[258:]
                width, prev = 9, None
                continue
            if code == 257:
                return bytes(out)
            if code < len(table):
                entry = table[code]
                if prev is not None:
                    table.append(prev + entry[:1])
            elif prev is not None and code == len(table):
                entry = prev + prev[:1]
                table.append(entry)
            else:   # a damaged stream: PDFium says what is wrong with it
                return bytes(out)
            out += entry
            if len(out) > cap:
                raise _Bomb(len(out))
            prev = entry
            if len(table) + 1 >= (1 << width) and width < 12:
                width += 1
    return bytes(out)


def _ascii_hex(data: bytes, cap: int) -> bytes:
    import binascii

    text = bytes(c for c in data.split(b">", 1)[0] if c not in b" \t\r\n\f\0")
    try:
        return binascii.unhexlify(text + b"0" * (len(text) % 2))
    except (binascii.Error, ValueError):
        return b""


def _ascii_85(data: bytes, cap: int) -> bytes:
    import base64

    text = bytes(c for c in data if c not in b" \t\r\n\f\0")
    if text.startswith(b"<~"):
        text = text[2:]
    text = text.split(b"~>", 1)[0]
    try:
        return base64.a85decode(text)
    except ValueError:
        return b""


_DECODERS: dict[bytes, Callable[[bytes, int], bytes]] = {
    b"FlateDecode": _flate, b"LZWDecode": _lzw, b"RunLengthDecode": _run_length,
    b"ASCIIHexDecode": _ascii_hex, b"ASCII85Decode": _ascii_85}


def _filters(data: bytes, keyword: int) -> Optional[list[bytes]]:
    """The filters of the stream whose ``stream`` keyword is at `keyword`, or None when its
    dictionary names none that can be read here (an indirect /Filter, or none given)."""
    head = data[max(0, keyword - _DICT_BACK):keyword]
    last = None
    for last in _OBJ.finditer(head):
        pass
    if last is not None:
        head = head[last.end():]
    found = None
    for found in _FILTER.finditer(head):
        pass
    if found is None:
        return None
    names = [_ALIASES.get(n, n) for n in _NAME.findall(found.group(1))]
    return names or None


def _decoded(chunk: bytes, filters: list[bytes], cap: int) -> int:
    """The bytes `chunk` expands to through `filters` (as far as they are known here); raise
    _Bomb when a layer's output passes `cap`."""
    out = chunk
    for i, name in enumerate(filters):
        decode = _DECODERS.get(name)
        if decode is None:   # an image's coding (DCT, JPX, JBIG2, CCITT): not expanded here
            break
        if decode is _flate and not any(f in _DECODERS for f in filters[i + 1:]):
            return _inflate(out, cap, keep=False)[0]   # the last layer: only its size
        out = decode(out, cap)
    return len(out)


def check_streams(data: bytes) -> None:
    """Raise LoadError(DecompressionBomb) if the streams of `data` expand past reason.

    Each stream goes through the filters its dictionary names, every layer bounded (a stream
    whose dictionary names none, or names them indirectly, is tried as zlib data); a stream
    that expands past 64 MB at more than 100 times its size, at any layer, is a bomb, as are
    streams that together expand past 512 MB at more than 50 times theirs. Every layer is
    stopped at that bound, so a bomb is stopped before it fills the memory.
    """
    total_in = total_out = 0
    pos = 0
    find = data.find
    while True:
        k = find(b"stream", pos)
        if k < 0:
            break
        pos = k + 6
        if data[k - 3:k] == b"end":
            continue
        start = pos + (2 if data[pos:pos + 2] == b"\r\n" else 1)
        end = find(b"endstream", start)
        chunk = data[start:end if end >= 0 else len(data)]
        filters = _filters(data, k)
        if filters is None:
            if start + 2 > len(data) or data[start] & 0x0F != 8:   # not a zlib header
                if end >= 0:
                    pos = end + 9
                continue
            filters = [b"FlateDecode"]
        cap = max(_BOMB_STREAM, _BOMB_RATIO * len(chunk))
        try:
            out = _decoded(chunk, filters, cap)
        except _Bomb as bomb:
            raise LoadError("pdf", "DecompressionBomb",
                            f"a compressed stream of {len(chunk):,} bytes expands past "
                            f"{bomb.args[0] >> 20} MB (a decompression bomb): not read") from None
        total_in += len(chunk)
        total_out += out
        if total_out > _BOMB_TOTAL and total_out > _BOMB_RATIO // 2 * total_in:
            raise LoadError("pdf", "DecompressionBomb",
                            f"compressed streams of {total_in:,} bytes expand past "
                            f"{total_out >> 20} MB (a decompression bomb): not read")
        if end >= 0:
            pos = end + 9
