"""Decoding bytes: UTF-8, Windows-1258, TCVN3 (ABC), VNI-Windows, and their mojibake in UTF-8.

The conversion tables (src/baocao/normalize/data/tcvn3.tsv, vni.tsv) are tested entry by entry:
each letter is encoded, put in a report sentence, decoded by decode_bytes and compared. The
tables themselves are checked against well-known strings of each encoding, written by hand
here ("Céng hoµ x· héi chñ nghÜa ViÖt Nam"), not produced by the module. No maintained converter
exists on PyPI to serve as an oracle; the tables were cross-checked by hand against published
converters while they were written.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.core.decoding import legacy as encodings
from baocao.core.decoding import (LEGACY_ENCODINGS, DecodeError, Decoded, decode_bytes,
                                  encode)

CORPUS = Path(__file__).parent / "corpus"

# Sentences of the genre (district news and party reports), with every kind of letter.
SENTENCES = [
    "Tỷ lệ hộ nghèo giảm bình quân 5,61%/năm; huyện Mường Ảng, tỉnh Điện Biên",
    "Giá trị sản xuất nông lâm nghiệp tăng từng năm; tỷ lệ hộ nghèo của huyện giảm bình quân 5,61%/năm.",
    "Đến nay, có 15 chỉ tiêu đạt 100% mục tiêu nghị quyết; 12 chỉ tiêu đạt trên 90%, 4 chỉ tiêu đạt trên 70%.",
    "Ban Chấp hành Đảng bộ huyện Mường Ảng tổ chức Hội nghị Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2020 – 2025.",
    "Ủy ban nhân dân xã Ẳng Nưa đã giải ngân 28 tỷ đồng vốn đầu tư công, đạt 141% kế hoạch.",
    "Quỹ tấm lòng Việt hỗ trợ xây dựng 113/118 bản có đường ô tô, góp phần thúc đẩy phát triển kinh tế – xã hội.",
    "Chuyển đổi số, cải cách hành chính được đẩy mạnh; dư nợ tín dụng chính sách đạt 417,5 tỷ đồng.",
    "Ưu tiên nguồn lực phát triển đô thị thị trấn Mường Ảng, khâu đột phá về hạ tầng giao thông.",
    "Ông Lò Văn Ướng, Phó Chủ tịch UBND huyện, cho biết: “Năm 2024, toàn huyện trồng mới 1.629 ha rừng.”",
    "Ấp Ơn, Ổ Gà, Ỷ La, Ỹ, Ỵ, Ựa: những địa danh ít gặp vẫn phải đọc đúng.",
    "Độc lập - Tự do - Hạnh phúc",
    "Cộng hoà xã hội chủ nghĩa Việt Nam",
]
HEADINGS = [  # all capitals: TCVN3 re-capitalises its toned letters
    "BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXIII",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "PHẦN THỨ NHẤT: TÌNH HÌNH KINH TẾ – XÃ HỘI TỈNH ĐIỆN BIÊN",
]
# Carrier for single letters: no capital with a tone mark, so it reads back exactly in TCVN3 too.
CARRIER = "tỷ lệ hộ nghèo của huyện giảm bình quân 5,61%/năm, chỉ tiêu đạt"

TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
SMALL = sorted(({unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES} | {"đ"})
               - set("aeiouy"))
ALL_LETTERS = SMALL + [c.upper() for c in SMALL]  # the 134 Vietnamese letters outside ASCII
TONED_CAPITALS = [c for c in ALL_LETTERS if c.isupper() and unicodedata.decomposition(c)
                  and any(t and t in unicodedata.normalize("NFD", c) for t in TONES)]


def tcvn3_readable(expected: str, got: str) -> bool:
    """TCVN3 has no codes for capitals with a tone mark: outside all-capital words they come back
    small (documented). Every other character must come back exactly."""
    if len(expected) != len(got):
        return False
    return all(e == g or (e in TONED_CAPITALS and g == e.lower()) for e, g in zip(expected, got))


def test_letter_inventory():
    assert len(SMALL) == 67 and len(ALL_LETTERS) == 134
    assert len(TONED_CAPITALS) == 60


# --------------------------------------------------------------------------------------------
# The tables, entry by entry


def test_tcvn3_table_holds_every_small_letter_and_the_plain_capitals():
    letters = set(encodings.tcvn3_table().values())
    assert letters == set(SMALL) | set("ĂÂÊÔƠƯĐ")
    assert len(encodings.tcvn3_table()) == 74


def test_vni_table_holds_every_letter_small_and_capital():
    assert set(encodings.vni_table()) == set(ALL_LETTERS)


TCVN3_ROWS = sorted(encodings.tcvn3_table().items())


@pytest.mark.parametrize("byte,letter", TCVN3_ROWS, ids=[f"{b:02X}-{c}" for b, c in TCVN3_ROWS])
def test_every_tcvn3_entry_round_trips(byte, letter):
    assert encode(letter, "tcvn3") == bytes([byte])
    text = f"{CARRIER} {letter}"
    d = decode_bytes(encode(text, "tcvn3"))
    assert (d.encoding, d.text) == ("tcvn3", text)


VNI_ROWS = sorted(encodings.vni_table().items())


@pytest.mark.parametrize("letter,seq", VNI_ROWS, ids=[c for c, _ in VNI_ROWS])
def test_every_vni_entry_round_trips(letter, seq):
    assert encode(letter, "vni-windows") == seq
    text = f"{CARRIER} {letter}"
    d = decode_bytes(encode(text, "vni-windows"))
    assert (d.encoding, d.text) == ("vni-windows", text)


@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_every_letter_round_trips_in_cp1258(letter):
    text = f"{CARRIER} {letter}"
    d = decode_bytes(encode(text, "cp1258"))
    assert (d.encoding, d.text) == ("cp1258", text)


@pytest.mark.parametrize("capital", TONED_CAPITALS)
def test_tcvn3_capitals_with_tones_come_back_in_capital_words(capital):
    # TCVN3 writes them with the small letter's code; an all-capital word restores them.
    text = f"{CARRIER} V{capital}T NAM"
    assert encode(capital, "tcvn3") == encode(capital.lower(), "tcvn3")
    assert decode_bytes(encode(text, "tcvn3")).text == text


@pytest.mark.parametrize("capital", TONED_CAPITALS)
def test_tcvn3_capital_with_tone_alone_comes_back_small(capital):
    # Documented loss: a lone capital cannot be told from the small letter.
    d = decode_bytes(encode(f"{CARRIER} {capital}", "tcvn3"))
    assert d.text == f"{CARRIER} {capital.lower()}"


@pytest.mark.parametrize("raw,expected", [
    # Strings as every Vietnamese computer user has seen them: written by hand, not by the module.
    (b"C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    (b"\xa7\xe9c l\xcbp - T\xf9 do - H\xb9nh ph\xf3c", "Độc lập - Tự do - Hạnh phúc"),
    (b"\xa7\xb6ng b\xe9 huy\xd6n M\xad\xeang \xb6ng", "Đảng bộ huyện Mường ảng"),
    (b"Ninh B\xd7nh, Qu\xb6ng Tr\xde, \xa7\xe5ng Nai", "Ninh Bình, Quảng Trị, Đồng Nai"),
])
def test_known_tcvn3_strings(raw, expected):
    assert raw.decode("cp1252") in {"Céng hoµ x· héi chñ nghÜa ViÖt Nam",
                                    "§éc lËp - Tù do - H¹nh phóc",
                                    "§¶ng bé huyÖn M\u00adêng ¶ng",
                                    "Ninh B×nh, Qu¶ng TrÞ, §ång Nai"}
    d = decode_bytes(raw)
    assert (d.encoding, d.text) == ("tcvn3", expected)


@pytest.mark.parametrize("shown,expected", [
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    ("Tyû leä hoä ngheøo giaûm bình quaân 5,61%/naêm", "Tỷ lệ hộ nghèo giảm bình quân 5,61%/năm"),
    ("Möôøng AÛng, tænh Ñieän Bieân", "Mường Ảng, tỉnh Điện Biên"),
    ("Thaønh phoá Hoà Chí Minh, nhieäm kyø 2020 – 2025", "Thành phố Hồ Chí Minh, nhiệm kỳ 2020 – 2025"),
    ("Naém baét, ñaëc bieät, ñöôïc, ngöôøi, nghóa, ỵ".replace("ỵ", "î"),
     "Nắm bắt, đặc biệt, được, người, nghĩa, ỵ"),
])
def test_known_vni_strings(shown, expected):
    d = decode_bytes(shown.encode("cp1252"))
    assert (d.encoding, d.text) == ("vni-windows", expected)


def test_vni_modifier_in_the_other_case_is_read():
    # "AÙ" is the standard Á; "Aù" comes from case conversions of VNI text: read as Á too.
    d = decode_bytes("Vieät Nam AÙ Aù aÙ".encode("cp1252"))
    assert d.text == "Việt Nam Á Á á"


def test_cp1258_writes_tones_as_combining_marks_and_the_result_is_nfc():
    raw = encode("Việt Nam", "cp1258")
    assert raw == b"Vi\xea\xf2t Nam"
    d = decode_bytes(raw)
    assert (d.encoding, d.text) == ("cp1258", "Việt Nam")
    assert unicodedata.is_normalized("NFC", d.text)


@pytest.mark.parametrize("name", ["tcvn3.tsv", "vni.tsv"])
def test_table_files_say_where_they_come_from_and_what_the_fields_mean(name):
    lines = (encodings.DATA / name).read_text(encoding="utf-8").splitlines()
    head = "\n".join(line for line in lines if line.startswith("#"))
    assert lines[0].startswith("#") and "<TAB>" in head and "cp1252" in head and "name" in head
    assert ("TCVN 5712:1993" in head) if name == "tcvn3.tsv" else ("VNI" in head)


def test_a_bad_table_line_fails_with_file_and_line(tmp_path, monkeypatch):
    good = (encodings.DATA / "tcvn3.tsv").read_text(encoding="utf-8")
    (tmp_path / "tcvn3.tsv").write_text(  # "à" listed under the name of "á"
        good.replace("B5\tà\tµ\tLATIN SMALL LETTER A WITH GRAVE",
                     "B5\tà\tµ\tLATIN SMALL LETTER A WITH ACUTE"), encoding="utf-8")
    monkeypatch.setattr(encodings, "DATA", tmp_path)
    encodings.tcvn3_table.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"tcvn3\.tsv:\d+: 'à' is LATIN SMALL LETTER A WITH GRAVE"):
            encodings.tcvn3_table()
    finally:
        encodings.tcvn3_table.cache_clear()


# --------------------------------------------------------------------------------------------
# Sentences of the genre in each encoding


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
@pytest.mark.parametrize("text", SENTENCES, ids=range(len(SENTENCES)))
def test_sentence_round_trips(text, encoding):
    d = decode_bytes(encode(text, encoding), name="bao-cao.txt")
    assert d.encoding == encoding
    if encoding == "tcvn3":
        assert tcvn3_readable(text, d.text), d.text
    else:
        assert d.text == text
    assert d.confidence > 0.5


@pytest.mark.parametrize("text", HEADINGS)
def test_tcvn3_headings_come_back_in_capitals(text):
    d = decode_bytes(encode(text, "tcvn3"))
    assert (d.encoding, d.text) == ("tcvn3", text)


@pytest.mark.parametrize("text,expected", [
    ("TỈNH HÀ GIANG", "TỈNH HÀ GIANG"),          # "Hà" next to a capital word with a tone
    ("Hà Nội, Hà Giang", "Hà Nội, Hà Giang"),    # title case stays title case
    ("HĐND Hà Giang", "HĐND Hà Giang"),          # an acronym is no evidence of capitals
    ("Ở đây, ĐẢNG BỘ", "ở đây, ĐẢNG BỘ"),        # a lone capital cannot be told: small
])
def test_tcvn3_recapitalisation(text, expected):
    assert decode_bytes(encode(f"{CARRIER}. {text}", "tcvn3")).text == f"{CARRIER}. {expected}"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni-windows"])
@pytest.mark.parametrize("text", SENTENCES + HEADINGS, ids=range(len(SENTENCES + HEADINGS)))
def test_mojibake_in_utf8_is_converted(text, encoding):
    # Legacy bytes read as Windows-1252 and saved as UTF-8: "Vieät Nam", "§¶ng".
    mojibake = encode(text, encoding).decode("cp1252")
    d = decode_bytes(mojibake.encode("utf-8"))
    assert d.encoding == encoding
    assert "UTF-8" in d.note and "mojibake" in d.note
    assert tcvn3_readable(text, d.text) if encoding == "tcvn3" else d.text == text


def test_mojibake_from_a_latin1_reader_is_converted():
    # A Latin-1 reader turns 0x80-0x9F into C1 controls instead of quotes and dashes.
    raw = encode("Tỷ lệ đạt “141%” – vượt kế hoạch", "vni-windows")
    d = decode_bytes(raw.decode("latin-1").encode("utf-8"))
    assert (d.encoding, d.text) == ("vni-windows", "Tỷ lệ đạt “141%” – vượt kế hoạch")


@pytest.mark.parametrize("text", SENTENCES + HEADINGS + [
    "Cá và cà phê hoà",            # Vietnamese with only Latin-1 letters: left alone
    "Tin liên quan:",
    "Le café est très bon à Paris, où l'on mange des crêpes.",
    "Grüße aus München; El niño comió piñata en España.",
    "naïve résumé, déjà vu – “quoted” text…",
])
def test_genuine_utf8_is_left_alone(text):
    d = decode_bytes(text.encode("utf-8"))
    assert d == Decoded(text, "utf-8", 1.0, "UTF-8")


def test_bom_is_dropped_and_said_so():
    d = decode_bytes("Tỷ lệ hộ nghèo".encode("utf-8-sig"))
    assert (d.text, d.encoding) == ("Tỷ lệ hộ nghèo", "utf-8-sig")
    assert "byte-order mark" in d.note


def test_bom_before_legacy_bytes_is_dropped_and_said_so():
    d = decode_bytes(b"\xef\xbb\xbf" + encode("Tỷ lệ hộ nghèo giảm", "vni-windows"))
    assert (d.text, d.encoding) == ("Tỷ lệ hộ nghèo giảm", "vni-windows")
    assert "byte-order mark" in d.note


def test_decomposed_text_is_composed():
    nfd = unicodedata.normalize("NFD", "Tỷ lệ hộ nghèo ở Mường Ảng")
    d = decode_bytes(nfd.encode("utf-8"))
    assert (d.text, d.encoding) == ("Tỷ lệ hộ nghèo ở Mường Ảng", "utf-8")
    assert "NFC" in d.note


def test_utf16_with_bom():
    d = decode_bytes("Tỷ lệ hộ nghèo".encode("utf-16"))
    assert (d.text, d.encoding) == ("Tỷ lệ hộ nghèo", "utf-16")


def test_ascii_and_empty():
    assert decode_bytes(b"5,61%/nam") == Decoded("5,61%/nam", "utf-8", 1.0, "UTF-8")
    assert decode_bytes(b"").text == ""


def test_only_punctuation_outside_ascii_reads_as_windows_1258():
    d = decode_bytes(b"\x93Bao cao\x94 \x96 2024")
    assert (d.text, d.encoding) == ("“Bao cao” – 2024", "cp1258")
    assert d.confidence <= 0.5


def test_long_legacy_file_is_decoded_whole():
    text = "\n".join(SENTENCES[:9]) * 200  # over the 64 KiB scoring sample
    raw = encode(text, "vni-windows")
    assert len(raw) > 1 << 16
    d = decode_bytes(raw)
    assert (d.encoding, d.text) == ("vni-windows", text)
    assert d.confidence > 0.95


# --------------------------------------------------------------------------------------------
# Errors name the file and say why


@pytest.mark.parametrize("data,why", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "Word .doc"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"Bao cao\x00\x00\x01\x02", "NUL byte at offset 7"),
    ("Le café est très bon à Paris".encode("cp1252"), "no legacy Vietnamese encoding"),
    (bytes(range(0x80, 0x100)), "no legacy Vietnamese encoding"),
    (b"ab\x81\x8d\x8f", "byte 0x81 at offset 2"),
    ("Tỷ lệ".encode("utf-16-le") + b"\x00\xd8", "NUL"),
])
def test_errors_name_the_file_and_say_why(data, why):
    with pytest.raises(DecodeError) as info:
        decode_bytes(data, name="bao-cao/2024.txt")
    message = str(info.value)
    assert message.startswith("bao-cao/2024.txt: ")
    assert why in message
    assert isinstance(info.value, ValueError)


def test_error_says_how_far_the_best_guess_got():
    with pytest.raises(DecodeError, match=r"gives \d+ of \d+ words read as Vietnamese.*needs 60%"):
        decode_bytes("Grüße aus München, schöne Straße".encode("cp1252"), name="x.txt")


def test_bad_utf16_is_an_error():
    with pytest.raises(DecodeError, match="x.txt: .*UTF-16"):
        decode_bytes(b"\xff\xfe\x00\xd8", name="x.txt")  # a lone surrogate


def test_encode_refuses_what_the_encoding_cannot_hold():
    with pytest.raises(UnicodeEncodeError):
        encode("m²¹", "tcvn3")  # ¹ is byte 0xB9, TCVN3's "ạ"
    with pytest.raises(UnicodeEncodeError):
        encode("Ω", "vni-windows")
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        encode("a", "viscii")


# --------------------------------------------------------------------------------------------
# Detection accuracy on the corpus: every paragraph, in every encoding, as bytes and as mojibake


def _corpus_paragraphs() -> list[str]:
    paras = []
    for path in sorted(CORPUS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            line = unicodedata.normalize("NFC", line.strip())
            if line and not line.isascii():
                paras.append(line)
    return paras


def _encodable(text: str, encoding: str) -> str:
    out = []
    for ch in text:
        try:
            encode(ch, encoding)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(" ")  # footnote superscripts ⁴, ⁵ ... that no legacy encoding has
    return "".join(out)


@pytest.mark.slow
def test_detection_accuracy_on_the_corpus():
    paras = _corpus_paragraphs()
    if not paras:
        pytest.skip("no corpus")
    tally = {"long": [0, 0], "short": [0, 0]}  # [right, total]
    wrong = []
    for para in paras:
        size = "long" if sum(not w.isascii() for w in para.split()) >= 5 else "short"
        for enc in LEGACY_ENCODINGS:
            text = _encodable(para, enc)
            raw = encode(text, enc)
            inputs = [raw]
            if enc != "cp1258":
                inputs.append(raw.decode("cp1252", errors="strict").encode("utf-8"))
            for data in inputs:
                d = decode_bytes(data)
                ok = tcvn3_readable(text, d.text) if enc == "tcvn3" else d.text == text
                tally[size][0] += ok
                tally[size][1] += 1
                if not ok:
                    wrong.append((enc, text, d.text))
    # Paragraphs of five or more Vietnamese words: all of them. Shorter ones ("Số -BC/HU") can read
    # as Vietnamese in two encodings; allow one in fifty there.
    assert tally["long"][0] == tally["long"][1], wrong
    assert tally["short"][0] >= 0.98 * tally["short"][1], wrong
    assert tally["long"][1] > 2000


def test_corpus_paragraphs_as_utf8_are_untouched():
    for para in _corpus_paragraphs():
        d = decode_bytes(para.encode("utf-8"))
        assert (d.encoding, d.text) == ("utf-8", para)


# --------------------------------------------------------------------------------------------
# Properties and speed


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_decode_error(data):
    try:
        d = decode_bytes(data, name="f.txt")
    except DecodeError as exc:
        assert str(exc).startswith("f.txt: ")
        return
    assert unicodedata.is_normalized("NFC", d.text)
    assert 0.0 <= d.confidence <= 1.0 and d.encoding and d.note


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALL_LETTERS + list("abcdeghiklmnopqrstuvxy ,.;:%0123456789\n")),
               max_size=200))
def test_vietnamese_text_round_trips_in_utf8_and_vni_and_cp1258(text):
    # "Tỷ" is outside Windows-1252, so the UTF-8 text cannot be taken for mojibake.
    assert decode_bytes(f"Tỷ {text}".encode("utf-8")).text == f"Tỷ {text}"
    for enc in ("vni-windows", "cp1258"):
        try:
            d = decode_bytes(encode(text, enc))
        except DecodeError:
            continue  # random letters need not read as Vietnamese
        if d.encoding == enc:
            assert d.text == text


def test_utf8_hot_path_is_a_decode_and_an_nfc_check(monkeypatch):
    """Valid UTF-8 in NFC goes through no repair, no legacy detection and no normalization: a
    decode and an NFC check (its cost is measured by the benchmarks, not asserted here)."""
    from baocao.core.decoding import detect

    text = "\n".join(SENTENCES) * 50
    data = text.encode("utf-8")

    def refused(*args, **kwargs):
        raise AssertionError("the UTF-8 hot path took a slow branch")

    monkeypatch.setattr(detect, "_repair_utf8", refused)
    monkeypatch.setattr(detect, "_decode_legacy", refused)
    monkeypatch.setattr(detect, "_fix_mojibake", refused)
    decoded = decode_bytes(data)
    # the note says nothing was composed (NFC normalization is noted when it runs)
    assert (decoded.text, decoded.encoding, decoded.replaced, decoded.note) == (text, "utf-8", 0, "UTF-8")
