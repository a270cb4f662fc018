"""PDF decompression bombs: a stream whose filters (Flate inside Flate, Flate wrapped in ASCII
hex or base-85, LZW, run-length) expand past reason is refused with one error row before PDFium
opens the file, every layer decoded no further than the bound; streams of the same filters that
do not expand past reason are read.

The decoders of the guard are checked against independent encoders (zlib, binascii, base64 and
the LZW and run-length encoders written here)."""
from __future__ import annotations

import base64
import binascii
import json
import os
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from baocao.cli import main
from baocao.errors import LoadError
from pdf_bytes import pdf_objects
from baocao.pdf import bombs, check_streams

pdfium = pytest.importorskip("pypdfium2") if not os.environ.get("CI") else __import__("pypdfium2")

from baocao.pdf import read_pdf  # noqa: E402


def lzw_encode(data: bytes) -> bytes:
    """LZW as PDF codes it (9-12 bit codes, 256 clear, 257 end, early change), a clear code
    first and whenever the table is full."""
    codes = [256]
    table = {bytes([i]): i for i in range(256)}
    nxt = 258
    widths = []
    width = 9

    def emit(code: int) -> None:
        codes.append(code)
        widths.append(width)

    widths.append(9)   # the first clear
    w = b""
    for byte in data:
        wc = w + bytes([byte])
        if wc in table:
            w = wc
            continue
        emit(table[w])
        table[wc] = nxt
        nxt += 1
        if nxt >= 1 << width and width < 12:   # early change: the decoder, a code behind, widens
            width += 1                         # as its next code plus one reaches 1 << width
        if nxt >= 4094:
            emit(256)
            table = {bytes([i]): i for i in range(256)}
            nxt, width = 258, 9
        w = bytes([byte])
    if w:
        emit(table[w])
    emit(257)
    bits = n = 0
    out = bytearray()
    for code, size in zip(codes, widths):
        bits = (bits << size) | code
        n += size
        while n >= 8:
            n -= 8
            out.append((bits >> n) & 0xFF)
    if n:
        out.append((bits << (8 - n)) & 0xFF)
    return bytes(out)


def run_length_encode(data: bytes) -> bytes:
    """Runs of 2-128 equal bytes as (257 - n, byte), the rest as literals of 1-128 bytes."""
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and j - i < 128 and data[j] == data[i]:
            j += 1
        if j - i >= 2:
            out += bytes([257 - (j - i), data[i]])
            i = j
            continue
        k = i
        while k < len(data) and k - i < 128 and (k + 1 >= len(data) or data[k + 1] != data[k]):
            k += 1
        k = max(k, i + 1)
        out += bytes([k - i - 1]) + data[i:k]
        i = k
    return bytes(out + b"\x80")


def pdf_with_stream(data: bytes, filters: bytes) -> bytes:
    """One page whose content stream is `data` under /Filter `filters`, text in Helvetica."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter %s >>\nstream\n" % (len(data), filters) + data
            + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    return pdf_objects(objs, b"<< /Root 1 0 R /Size %d >>" % (len(objs) + 1))


CONTENT = b"BT /F1 12 Tf 72 700 Td (Von dieu le 28 ty dong) Tj ET"
# A comment first, of varied letters: LZW widens its codes past 512, 1024 and 2048 entries
LONG = b"% " + bytes(33 + (i * i * 7 + i * 13) % 90 for i in range(6000)) + b"\n" + CONTENT

# (filters, encode): the stream's bytes from its decoded content
CHAINS = [
    (b"/FlateDecode", lambda d: zlib.compress(d, 9)),
    (b"/Fl", lambda d: zlib.compress(d, 9)),
    (b"[/FlateDecode /FlateDecode]", lambda d: zlib.compress(zlib.compress(d, 9), 9)),
    (b"[/ASCIIHexDecode /FlateDecode]", lambda d: binascii.hexlify(zlib.compress(d)) + b">"),
    (b"[/A85 /Fl]", lambda d: base64.a85encode(zlib.compress(d)) + b"~>"),
    (b"/LZWDecode", lzw_encode),
    (b"[/FlateDecode /RunLengthDecode]", lambda d: zlib.compress(run_length_encode(d))),
]
# the LZW bomb takes the test's pure-Python encoder a second or more
BOMBS = [pytest.param(*c, marks=pytest.mark.slow) if c[0] == b"/LZWDecode" else c for c in CHAINS]


@pytest.mark.parametrize("filters,encode", CHAINS, ids=[c[0].decode() for c in CHAINS])
def test_a_stream_under_any_chain_of_filters_is_read(filters, encode):
    text = read_pdf(pdf_with_stream(encode(LONG), filters)).text
    assert text.strip() == "Von dieu le 28 ty dong"


@pytest.mark.parametrize("filters,encode", BOMBS, ids=[c[0].decode() for c in CHAINS])
def test_a_bomb_under_any_chain_of_filters_is_refused_before_pdfium(filters, encode,
                                                                    monkeypatch):
    monkeypatch.setattr(bombs, "_BOMB_STREAM", 256 << 10)   # small bombs for a quick test
    # 1 MB of a content stream's spaces, compressed more than 100 times (run-length, at most
    # 64 times, only under Flate)
    data = encode(CONTENT + b" " * (1 << 20))
    assert len(data) * 100 < 1 << 20
    opened = []
    monkeypatch.setattr(pdfium, "PdfDocument", lambda *a, **k: opened.append(a))
    with pytest.raises(LoadError) as info:
        read_pdf(pdf_with_stream(data, filters))
    assert info.value.error == "DecompressionBomb" and "decompression bomb" in info.value.message
    assert opened == []


@pytest.mark.slow
def test_the_old_blind_spots_are_closed():
    """Flate inside Flate, and Flate in ASCII hex, of 80 MB: a single Flate layer, all the guard
    once decoded, expands to a few kB (no bomb) and PDFium expanded the rest unbounded."""
    inner = zlib.compress(b"\0" * (80 << 20), 9)
    for filters, data in ((b"[/FlateDecode /FlateDecode]", zlib.compress(inner, 9)),
                          (b"[/ASCIIHexDecode /FlateDecode]", binascii.hexlify(inner) + b">")):
        with pytest.raises(LoadError, match="decompression bomb"):
            check_streams(pdf_with_stream(data, filters))


@pytest.mark.slow
def test_each_layer_is_stopped_at_the_bound(monkeypatch):
    """The guard holds no more than the bound of any layer: a stream of a few hundred bytes
    that would expand to 64 MB is stopped within a megabyte of the bound (4 MB here)."""
    inner = zlib.compress(b"\0" * (64 << 20), 9)
    seen = []
    real = bombs._inflate

    def inflate(data, cap, keep=True):
        try:
            n, out = real(data, cap, keep)
        except bombs._Bomb as bomb:
            seen.append(bomb.args[0])
            raise
        seen.append(n)
        return n, out

    monkeypatch.setattr(bombs, "_inflate", inflate)
    monkeypatch.setattr(bombs, "_BOMB_STREAM", 4 << 20)
    with pytest.raises(LoadError):
        check_streams(pdf_with_stream(zlib.compress(inner, 9), b"[/Fl /Fl]"))
    assert seen[0] == len(inner) and 4 << 20 < seen[1] <= (4 << 20) + (1 << 20)


@pytest.mark.slow
def test_a_bomb_is_one_error_row_and_the_run_goes_on(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    inner = zlib.compress(b"\0" * (80 << 20), 9)
    (d / "a_bomb.pdf").write_bytes(pdf_with_stream(zlib.compress(inner, 9),
                                                   b"[/FlateDecode /FlateDecode]"))
    (d / "b_good.txt").write_text("Vốn điều lệ 28 tỷ đồng.\n", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(d), "-o", str(out), "-q"]) == 1
    errors = [json.loads(line) for line in
              (tmp_path / "r.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(Path(e["doc"]).name, e["stage"], e["error"]) for e in errors] == [
        ("a_bomb.pdf", "pdf", "DecompressionBomb")]
    docs = {json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert docs == {str(d / "b_good.txt")}


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_the_decoders_give_back_what_independent_encoders_wrote(data):
    assert bombs._lzw(lzw_encode(data), 1 << 20) == data
    assert bombs._run_length(run_length_encode(data), 1 << 20) == data
    assert bombs._flate(zlib.compress(data), 1 << 20) == data
    assert bombs._ascii_hex(binascii.hexlify(data) + b">", 1 << 20) == data
    assert bombs._ascii_85(b"<~" + base64.a85encode(data) + b"~>", 1 << 20) == data


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([b"/FlateDecode", b"/LZWDecode", b"/RunLengthDecode", b"/AHx", b"/A85",
                        b"[/AHx /Fl]", b"[/A85 /LZW]", b"/DCTDecode", b"5 0 R"]),
       st.binary(max_size=2000))
def test_damaged_streams_are_left_to_pdfium(filters, data):
    """Bytes that are not what their filters say decode to what they can, never raise (PDFium
    says what is wrong with such a file)."""
    check_streams(pdf_with_stream(data, filters))
