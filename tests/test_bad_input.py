"""Bad and odd input returns promptly with correct records or none (see benchmarks/ for timings)."""
from __future__ import annotations

import unicodedata

import pytest

import baocao
from baocao.document import DecodeError, decode


def test_empty_and_no_numbers():
    assert baocao.extract("") == []
    assert baocao.extract("Đảng bộ huyện Mường Ảng tổ chức hội nghị.") == []


def test_not_a_string():
    with pytest.raises(TypeError, match="decode"):
        baocao.extract(b"28 t\xe1\xbb\xb7 \xc4\x91\xe1\xbb\x93ng")


def test_nfd_text_gives_the_same_records_with_original_offsets():
    nfc = "Thu nhập đạt 28 triệu đồng/người/năm, tỷ lệ hộ nghèo giảm 5,61%/năm, khóa XXIII"
    nfd = unicodedata.normalize("NFD", nfc)
    a, b = baocao.extract(nfc), baocao.extract(nfd)
    assert [(r.kind, r.value if hasattr(r, "value") else None) for r in a] == \
           [(r.kind, r.value if hasattr(r, "value") else None) for r in b]
    for r in b:
        assert nfd[r.start:r.end] == r.text
    assert unicodedata.normalize("NFC", b[0].text) == "28 triệu đồng/người/năm"


def test_windows_line_endings_and_bom():
    text = "\ufeffDiện tích 2.815 ha\r\nvốn 28 tỷ đồng\r\n"
    recs = baocao.extract(text)
    assert [(r.kind, r.text) for r in recs] == [("quantity", "2.815 ha"), ("money", "28 tỷ đồng")]
    assert all(text[r.start:r.end] == r.text for r in recs)
    assert decode(text.encode("utf-8")) == text[1:]  # a BOM in bytes is dropped


def test_pathological_digits_and_dots():
    line = ("1234567890." * 10_000)[:100_000]
    recs = baocao.extract(line + " ha")
    assert all(line[r.start:r.end] == r.text for r in recs if r.end <= len(line))
    dotted = ".".join(["123"] * 30_000) + "%"
    # a numeral of 90,000 digits is past the float range: no record (it was one whose value was inf)
    assert baocao.extract(dotted) == []
    assert [r.value for r in baocao.extract(".".join(["123"] * 30) + "%")] == [float("123" * 30)]


@pytest.mark.slow
def test_large_text():
    para = open(__file__.replace("test_bad_input.py", "corpus/000_2091ac59a1d652e0.txt"),
                encoding="utf-8").read()
    text = para * 200  # ~1 MB
    assert len(baocao.extract(text)) == 200 * len(baocao.extract(para))


def test_decode_errors_name_the_file():
    with pytest.raises(DecodeError, match="x.txt: not UTF-8"):
        decode(b"\xc3\x28 abc def \x8d\xfe", "x.txt")
    with pytest.raises(DecodeError, match="x.txt: .*ZIP"):
        decode(b"PK\x03\x04\x00\x00", "x.txt")


def test_legacy_encodings_are_converted():
    from baocao.normalize.encodings import encode

    sentence = "Tỷ lệ hộ nghèo của huyện giảm bình quân 5,61%/năm"  # TCVN3 has no toned capitals
    for encoding in ("cp1258", "tcvn3", "vni-windows"):
        assert decode(encode(sentence, encoding), "old.txt") == sentence
