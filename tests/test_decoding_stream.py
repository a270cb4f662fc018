"""A file decoded a block at a time (baocao.core.decoding.iter_decode) gives exactly the text the
whole-file decoder gives, whatever the block size, the byte-order mark, the line ends, the
normalization form or the encoding; and both paths refuse binary files by the same table."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.core.decoding import (SIGNATURES, DecodeError, binary_kind, encode, iter_decode,
                                  read_text, streamable_encoding)

PARAGRAPH = (Path(__file__).with_name("corpus") / "000_2091ac59a1d652e0.txt").read_text("utf-8")[:3000]
WORDS = ["Tỷ", "lệ", "hộ", "nghèo", "Mường", "Ảng", "hoà", "thuỷ", "5,61%", "năm", "\n", "\r\n",
         " ", "–", "“x”"]


def _variant(text: str, form: str) -> bytes:
    if form == "nfd":
        return unicodedata.normalize("NFD", text).encode("utf-8")
    if form == "bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if form == "tcvn3":
        return encode(text.replace("–", "-").replace("“", '"').replace("”", '"'), "tcvn3")
    return text.encode("utf-8")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60),
       st.sampled_from(["utf8", "nfd", "bom", "tcvn3"]), st.integers(1, 64))
def test_pieces_join_to_the_whole_text(tmp_path_factory, words, form, block):
    text = " ".join(words)
    if not text.strip():
        text += "x"
    path = tmp_path_factory.mktemp("s") / "a.txt"
    path.write_bytes(_variant(text, form))
    try:
        whole = read_text(path)
    except DecodeError:
        with pytest.raises(DecodeError):
            "".join(iter_decode(path, block))
        return
    assert "".join(iter_decode(path, block)) == whole


@pytest.mark.parametrize("form", ["utf8", "nfd", "bom"])
def test_a_report_streams_in_many_pieces(tmp_path, form):
    path = tmp_path / "r.txt"
    path.write_bytes(_variant(PARAGRAPH, form))
    assert streamable_encoding(path, 97) in ("utf-8", "utf-8-sig")
    pieces = list(iter_decode(path, 97))
    assert len(pieces) > 10 and "".join(pieces) == read_text(path) == unicodedata.normalize(
        "NFC", PARAGRAPH)


def test_text_that_may_be_mojibake_is_decoded_whole(tmp_path):
    path = tmp_path / "m.txt"
    path.write_bytes("Vieät Nam".encode("utf-8"))        # VNI read as Windows-1252, saved as UTF-8
    assert streamable_encoding(path) is None
    assert list(iter_decode(path, 3)) == ["Việt Nam"]


@pytest.mark.parametrize("magic,article,what", SIGNATURES)
def test_one_signature_table_for_both_paths(tmp_path, magic, article, what):
    path = tmp_path / "x.txt"
    path.write_bytes(magic + b"\x00rest")
    assert binary_kind(path.read_bytes()) == what and streamable_encoding(path) is None
    with pytest.raises(DecodeError, match=f"x.txt: {article} {what}, not text".replace(
            "(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        read_text(path)
