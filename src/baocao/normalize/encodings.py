"""Decode the bytes of a Vietnamese document: UTF-8, Windows-1258, TCVN3 (ABC) or VNI-Windows.

:func:`decode_bytes` returns a :class:`Decoded`: the text in Unicode NFC, the encoding it was
found in, how sure the choice is, and a note saying what was converted. Bytes that are not text,
or that no encoding reads as Vietnamese, raise :class:`DecodeError` naming the file: nothing is
dropped or replaced silently.

>>> decode_bytes("Tỷ lệ hộ nghèo giảm 5,61%/năm".encode("utf-8")).encoding
'utf-8'
>>> d = decode_bytes(b"T\\xfb l\\xd6 h\\xe9 ngh\\xcco gi\\xb6m 5,61%/n\\xa8m")   # TCVN3 bytes
>>> d.text, d.encoding
('Tỷ lệ hộ nghèo giảm 5,61%/năm', 'tcvn3')
>>> decode_bytes("Vieät Nam".encode("utf-8")).text                # VNI mojibake saved as UTF-8
'Việt Nam'

How the encoding is chosen:

1. Binary data is refused first: a NUL byte, or the signature of a PDF, ZIP (DOCX, XLSX), OLE2
   (DOC, XLS), image or archive file. A UTF-16 byte-order mark (Notepad's "Unicode") is UTF-16.
2. Bytes that are valid UTF-8 are UTF-8 (a byte-order mark is dropped and said so), composed to
   NFC if they were not. Text made only of Windows-1252 characters may be legacy bytes that
   someone read as Windows-1252 and saved again as UTF-8 (``Vieät Nam``, ``§¶ng``): it is re-read
   as each legacy encoding, and converted only if the best re-reading reaches :data:`MIN_SCORE`
   and has at most half as many invalid words as the text as it stands (and strictly fewer), so
   text that already reads as Vietnamese is never touched. Genuine Vietnamese UTF-8 has a letter
   outside Windows-1252 (ă, ơ, ư, đ, ạ, ...) within its first words, where that check stops: the
   hot path costs a UTF-8 decode, an early-failing Windows-1252 encode and one NFC check.
3. Other bytes are decoded as each legacy encoding and each result is scored by how Vietnamese it
   looks: the share of its words with a letter outside ASCII that are valid Vietnamese syllables
   (from underthesea's word list ``Viet74K.txt``, loaded once, when first needed). Each stray
   symbol a wrong decoding leaves behind (``§``, ``¶``, C1 controls, ...) and each *foreign*
   letter (one the encoding never writes, such as a lone ``à`` in VNI, which writes ``aø``)
   counts as one more invalid word. The best score wins if it reaches :data:`MIN_SCORE` (ties go
   to the first of :data:`LEGACY_ENCODINGS`); otherwise the input is an error that says how far
   the best candidate got. Long inputs are scored on their first 64 KiB.

TCVN3 has no codes for capital letters with a tone mark (documents set them in a capitals font
with the small-letter codes), so its bytes for them decode to small letters. A word made only of
capitals and such letters is re-capitalised if it has at least two capitals (``VIÖT`` → ``VIỆT``)
or, with fewer, if a word next to it on the same line is such a word (``TØNH Hµ GIANG`` →
``TỈNH HÀ GIANG``); a title-case word stays title case (``Hµ Néi`` → ``Hà Nội``), and a capital
alone cannot be told from a small letter (``ë`` → ``ở``).
"""
from __future__ import annotations

import codecs
import encodings.cp1252
import encodings.cp1258
import importlib.util
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Callable, Optional

import regex

from baocao.core.marks import TONE_MARKS

__all__ = ["Decoded", "DecodeError", "decode_bytes", "encode", "LEGACY_ENCODINGS", "MIN_SCORE"]

DATA = Path(__file__).with_name("data")

#: Share of valid Vietnamese syllables a legacy decoding needs to be accepted. On the paragraphs of
#: tests/corpus the right decoding scores 0.67 at worst (median 1.0); wrong ones have a median
#: of 0.0-0.2, reaching 1.0 only on a few words that read as Vietnamese either way.
MIN_SCORE = 0.6
#: Scoring reads at most this many bytes (or characters) from the start; if that much has too
#: few words to judge (< _MIN_SAMPLE_UNITS), it reads everything.
_SAMPLE = 1 << 16
_MIN_SAMPLE_UNITS = 20

# Also the order that breaks ties: the font encodings are far more common in archives than
# Windows-1258 (ties happen on a few words, "Sè" / "Số").
LEGACY_ENCODINGS = ("tcvn3", "vni-windows", "cp1258")
_LABELS = {"cp1258": "Windows-1258 (cp1258)", "tcvn3": "TCVN3 (ABC)",
           "vni-windows": "VNI-Windows"}
_NOTES = {
    "cp1258": "Windows-1258 (cp1258) converted to Unicode, tone marks composed (NFC)",
    "tcvn3": "TCVN3 (ABC) font encoding converted to Unicode",
    "vni-windows": "VNI-Windows font encoding converted to Unicode",
}

# File signatures of formats that are not plain text (checked before anything else).
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX, ODT, ... are ZIP archives)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 file (a Word .doc or Excel .xls document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)


class DecodeError(ValueError):
    """Raised when bytes are not text baocao can read; the message names the file and says why."""


@dataclass(frozen=True)
class Decoded:
    """Decoded text (NFC), its ``encoding`` (``utf-8``, ``utf-8-sig``, ``utf-16``, ``cp1258``,
    ``tcvn3`` or ``vni-windows``), the ``confidence`` of that choice (0-1) and a ``note`` saying
    what was detected and converted.

    For valid UTF-8 that held legacy-encoded text misread as Windows-1252 (mojibake), ``encoding``
    names the legacy encoding whose table converted it, and ``note`` says the bytes were UTF-8.
    """

    text: str
    encoding: str
    confidence: float
    note: str


# --------------------------------------------------------------------------------------------
# Tables


def _read_tsv(name: str, nfields: int):
    path = DATA / name
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != nfields:
                raise ValueError(f"{path}:{lineno}: expected {nfields} tab-separated fields, "
                                 f"got {len(fields)}")
            yield path, lineno, fields


def _check_letter(path, lineno, letter: str, name: str) -> None:
    if len(letter) != 1 or unicodedata.normalize("NFC", letter) != letter:
        raise ValueError(f"{path}:{lineno}: {letter!r} is not one NFC character")
    if unicodedata.name(letter, "") != name:
        raise ValueError(f"{path}:{lineno}: {letter!r} is {unicodedata.name(letter, '?')}, "
                         f"not {name}")


@cache
def tcvn3_table() -> dict[int, str]:
    """Return TCVN3's letters, byte → letter, from ``data/tcvn3.tsv`` (validated).

    >>> tcvn3_table()[0xAE], tcvn3_table()[0xB6]
    ('đ', 'ả')
    """
    table: dict[int, str] = {}
    for path, lineno, (hexbyte, letter, view, name) in _read_tsv("tcvn3.tsv", 4):
        byte = int(hexbyte, 16)
        if not 0x80 <= byte <= 0xFF or byte in table or letter in table.values():
            raise ValueError(f"{path}:{lineno}: byte {hexbyte} out of range or duplicated")
        _check_letter(path, lineno, letter, name)
        shown = encodings.cp1252.decoding_table[byte]
        if view != shown and not (view.startswith("U+") and int(view[2:], 16) == ord(shown)):
            raise ValueError(f"{path}:{lineno}: Windows-1252 shows byte {hexbyte} as {shown!r}, "
                             f"not {view!r}")
        table[byte] = letter
    return table


@cache
def vni_table() -> dict[str, bytes]:
    """Return VNI-Windows's letters, letter → bytes, from ``data/vni.tsv`` (validated).

    >>> vni_table()["ệ"], vni_table()["Đ"]
    (b'e\\xe4', b'\\xd1')
    """
    table: dict[str, bytes] = {}
    for path, lineno, (letter, hexbytes, view, name) in _read_tsv("vni.tsv", 4):
        _check_letter(path, lineno, letter, name)
        seq = bytes(int(h, 16) for h in hexbytes.split())
        if not 1 <= len(seq) <= 2 or letter in table or seq in table.values():
            raise ValueError(f"{path}:{lineno}: {hexbytes!r} is not one or two new bytes")
        if seq.decode("cp1252") != view:
            raise ValueError(f"{path}:{lineno}: Windows-1252 shows {hexbytes} as "
                             f"{seq.decode('cp1252')!r}, not {view!r}")
        table[letter] = seq
    return table


def _charmap(base: str) -> str:
    # A 256-character decoding table in which the bytes a code page leaves undefined decode to
    # the C1 control of the same number (as ISO-8859-1 does): kept, visible to the scorer, never
    # dropped.
    return "".join(chr(i) if ch == "\ufffe" else ch for i, ch in enumerate(base))


@cache
def _cp1252_decoding() -> str:
    return _charmap(encodings.cp1252.decoding_table)


@cache
def _cp1258_decoding() -> str:
    return _charmap(encodings.cp1258.decoding_table)


@cache
def _tcvn3_decoding() -> str:
    chars = list(_cp1252_decoding())
    for byte, letter in tcvn3_table().items():
        chars[byte] = letter
    return "".join(chars)


@cache
def _tcvn3_caseless() -> frozenset:
    # Small letters whose capitals TCVN3 cannot write (the toned vowels).
    letters = set(tcvn3_table().values())
    return frozenset(c for c in letters if c.islower() and c.upper() not in letters)


@cache
def _vni_decoder() -> tuple[re.Pattern, dict[str, str]]:
    # Sequences as a Windows-1252 reader shows them → letter. A modifier byte in the other case
    # than its base letter ("Aù") is accepted too, the letter taking the base letter's case: such
    # mixes come from case conversions applied to VNI text.
    seqs: dict[str, str] = {}
    for letter, seq in vni_table().items():
        seqs[seq.decode("cp1252")] = letter
    for shown, letter in list(seqs.items()):
        if len(shown) == 2:
            seqs.setdefault(shown[0] + shown[1].swapcase(), letter)
    bases = "".join(sorted({s[0] for s in seqs if len(s) == 2}))
    mods = "".join(sorted({s[1] for s in seqs if len(s) == 2}))
    # A base letter and a modifier byte, or any other letter above ASCII (a letter of its own, or
    # a foreign character: see _decode_vni). A character class, not an alternation of the 270
    # sequences: ten times faster.
    # (¹ ² ³ are word characters to `re` but not letters: m², footnote markers.)
    return re.compile(f"([{bases}][{mods}]|[^\\W\\d_\\x00-\\x7f\u00b2\u00b3\u00b9])"), seqs


# --------------------------------------------------------------------------------------------
# Decoders: bytes → (NFC text, number of foreign characters). Every byte becomes at least one
# character. A foreign character is one the encoding does not use for letters but that a
# Windows-1252 reading turns into a letter (TCVN3's unassigned 0xC0 "À", a VNI document's lone
# "à", which VNI writes "aø"): genuine documents in that encoding do not have them, and without
# the count such a byte could pass for a Vietnamese letter when the scorer compares candidates.


def _decode_cp1258(data: bytes) -> tuple[str, int]:
    text = codecs.charmap_decode(data, "strict", _cp1258_decoding())[0]
    return unicodedata.normalize("NFC", text), 0


def _decode_vni(data: bytes) -> tuple[str, int]:
    pattern, seqs = _vni_decoder()
    parts = pattern.split(codecs.charmap_decode(data, "strict", _cp1252_decoding())[0])
    foreign = 0
    for i in range(1, len(parts), 2):  # the matches (split() is faster than a sub() callback)
        s = parts[i]
        letter = seqs.get(s)
        if letter is not None:
            parts[i] = letter
        elif len(s) == 2:  # a base letter with a modifier that does not go with it ("eê")
            parts[i] = seqs.get(s[0], s[0]) + s[1]
            foreign += 1
        else:
            foreign += 1
    return unicodedata.normalize("NFC", "".join(parts)), foreign


@cache
def _tcvn3_foreign() -> bytes:
    # Bytes above 0x7F that TCVN3 leaves unassigned but Windows-1252 reads as letters.
    table = tcvn3_table()
    return bytes(b for b in range(0x80, 0x100)
                 if b not in table and _cp1252_decoding()[b].isalpha())


def _decode_tcvn3(data: bytes) -> tuple[str, int]:
    text = codecs.charmap_decode(data, "strict", _tcvn3_decoding())[0]
    foreign = len(data) - len(data.translate(None, _tcvn3_foreign()))
    return unicodedata.normalize("NFC", _recapitalise_tcvn3(text)), foreign


@cache
def _caps_word() -> regex.Pattern:
    # A word made only of capitals and of small letters TCVN3 has no capitals for.
    cls = "".join(sorted(_tcvn3_caseless()))
    return regex.compile(rf"(?<!\p{{L}})[\p{{Lu}}{cls}]+(?!\p{{L}})")


_LETTER_OR_NEWLINE = regex.compile(r"[\p{L}\n]")


def _recapitalise_tcvn3(text: str) -> str:
    """Capitalise the toned letters of all-capital words (see the module docstring).

    >>> _recapitalise_tcvn3("VIệT NAM, Tỉnh Hà Giang, TỉNH Hà GIANG, Hà Nội, HĐND Hà Giang")
    'VIỆT NAM, Tỉnh Hà Giang, TỈNH HÀ GIANG, Hà Nội, HĐND Hà Giang'
    """
    caseless = _tcvn3_caseless()
    words = []  # [match, strong]: words with a letter to capitalise
    for m in _caps_word().finditer(text):
        w = m.group()
        n_caseless = sum(c in caseless for c in w)
        if n_caseless:
            words.append((m, len(w) - n_caseless >= 2))
    if not any(strong for _, strong in words):
        return text
    upper = [strong for _, strong in words]
    # Neighbours: consecutive such words with no letter and no line break between them.
    linked = [not _LETTER_OR_NEWLINE.search(text, a.end(), b.start())
              for (a, _), (b, _) in zip(words, words[1:])]
    changed = True
    while changed:  # spread from strong words to weak neighbours ("TỈNH Hà GIANG")
        changed = False
        for i in range(len(words)):
            if not upper[i] and ((i > 0 and linked[i - 1] and upper[i - 1])
                                 or (i + 1 < len(words) and linked[i] and upper[i + 1])):
                upper[i] = changed = True
    out, pos = [], 0
    for (m, _), up in zip(words, upper):
        if up:
            out.append(text[pos:m.start()])
            out.append(m.group().upper())
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


_DECODERS: dict[str, Callable[[bytes], tuple[str, int]]] = {
    "cp1258": _decode_cp1258, "vni-windows": _decode_vni, "tcvn3": _decode_tcvn3}


# --------------------------------------------------------------------------------------------
# Encoders (for tests, fixtures and round trips)

@cache
def _encoding_table(encoding: str) -> tuple[dict[str, bytes], frozenset]:
    # letter → bytes, and the bytes above ASCII that the encoding uses for letters.
    if encoding == "tcvn3":
        inverse = {letter: bytes([b]) for b, letter in tcvn3_table().items()}
        for letter in _tcvn3_caseless():
            inverse[letter.upper()] = inverse[letter]
    else:
        inverse = dict(vni_table())
    return inverse, frozenset(b for seq in inverse.values() for b in seq if b >= 0x80)


def encode(text: str, encoding: str) -> bytes:
    """Return `text` in a legacy Vietnamese encoding: ``cp1258``, ``tcvn3`` or ``vni-windows``.

    Other characters are written as Windows-1252 writes them; UnicodeEncodeError is raised for a
    character Windows-1252 lacks, or whose byte is a letter in the encoding (``¹`` is TCVN3's
    ``ạ``). ``cp1258`` writes a tone mark as a
    separate byte after its letter, as Windows does, unless the toned letter has its own byte
    (``á``). ``tcvn3`` writes a capital letter with a tone mark with the small letter's code,
    as TCVN3 documents do.

    >>> encode("Điện Biên", "vni-windows"), encode("Điện Biên", "tcvn3")
    (b'\\xd1ie\\xe4n Bie\\xe2n', b'\\xa7i\\xd6n Bi\\xaan')
    """
    if encoding == "cp1258":
        out = bytearray()
        for ch in unicodedata.normalize("NFC", text):
            try:
                out += ch.encode("cp1258")
            except UnicodeEncodeError:
                parts = unicodedata.normalize("NFD", ch)
                base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
                out += base.encode("cp1258")
                out += "".join(c for c in parts if c in TONE_MARKS).encode("cp1258")
        return bytes(out)
    if encoding not in ("tcvn3", "vni-windows"):
        raise ValueError(f"unknown legacy encoding {encoding!r}; expected one of "
                         f"{', '.join(LEGACY_ENCODINGS)}")
    inverse, taken = _encoding_table(encoding)
    text = unicodedata.normalize("NFC", text)
    out = bytearray()
    for i, ch in enumerate(text):
        seq = inverse.get(ch)
        if seq is None:
            seq = ch.encode("cp1252")  # raises for characters Windows-1252 lacks
            if seq[0] in taken:  # e.g. "¹": its byte is a letter here
                raise UnicodeEncodeError(encoding, text, i, i + 1,
                                         "its Windows-1252 byte is a letter in this encoding")
        out += seq
    return bytes(out)


# --------------------------------------------------------------------------------------------
# Scoring


def _underthesea_data() -> Path:
    # Find the package without importing it (importing underthesea is slow).
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("underthesea is not installed; baocao needs its word list")
    return Path(list(spec.submodule_search_locations)[0]) / "corpus" / "data"


@cache
def syllables() -> frozenset:
    """Return the valid Vietnamese syllables (lower case, NFC) of underthesea's ``Viet74K.txt``.

    >>> {"nghèo", "mường", "ảng"} <= syllables(), "vieät" in syllables()
    (True, False)
    """
    text = (_underthesea_data() / "Viet74K.txt").read_text(encoding="utf-8")
    text = unicodedata.normalize("NFC", text).lower()
    return frozenset(regex.split(r"[\s\-]+", text)) - {""}


# A unit of evidence: a word (letters and the marks on them) or one symbol that Vietnamese text
# has no use for. Typographic punctuation (U+2000-U+206F: dashes, quotes, ellipsis, bullets),
# NBSP, ° ± ² ³, superscript digits, ₫ and € are neutral: every candidate decodes them alike.
_UNIT = regex.compile(
    r"[\p{L}\p{M}]+|[^\x00-\x7f\p{L}\p{M}\u00a0\u00b0\u00b1\u00b2\u00b3\u2000-\u209f\u20ab\u20ac]")


def _score(text: str) -> tuple[int, int]:
    """Return (valid, units): how many units of evidence in `text` look Vietnamese.

    >>> _score("Tỷ lệ hộ nghèo ở Mường Ảng"), _score("T§ l¶ h§ ngh×o")
    ((7, 7), (0, 4))
    """
    valid = units = 0
    known = syllables()
    for m in _UNIT.finditer(text):
        w = m.group()
        if w.isascii():
            continue
        units += 1
        if w.lower() in known:
            valid += 1
    return valid, units


@dataclass(frozen=True)
class _Candidate:
    encoding: str
    text: str
    valid: int
    units: int  # words and stray symbols, plus the foreign characters of the decoding

    @property
    def score(self) -> float:
        return self.valid / self.units if self.units else 0.0

    @property
    def invalid(self) -> int:
        return self.units - self.valid


def _rank(data: bytes) -> list[_Candidate]:
    """Decode `data` (or a sample of it) as each legacy encoding; best candidate first."""
    def run(sample: bytes) -> list[_Candidate]:
        out = []
        for enc in LEGACY_ENCODINGS:
            text, foreign = _DECODERS[enc](sample)
            valid, units = _score(text)
            out.append(_Candidate(enc, text, valid, units + foreign))
        return out

    cands = run(data[:_SAMPLE]) if len(data) > _SAMPLE else run(data)
    if len(data) > _SAMPLE and max(c.units for c in cands) < _MIN_SAMPLE_UNITS:
        cands = run(data)
    order = {enc: i for i, enc in enumerate(LEGACY_ENCODINGS)}
    # Best score first; a candidate with no evidence at all goes after those that scored as
    # badly, so ranked[0].units == 0 means that no candidate has any.
    return sorted(cands, key=lambda c: (-c.score, c.units == 0, order[c.encoding]))


def _confidence(ranked: list[_Candidate]) -> float:
    # Share of valid words, discounted when there are few words to judge by and when a decoding
    # that gives a different text scores nearly as well.
    best = ranked[0]
    rival = max((c.score for c in ranked[1:] if c.text != best.text), default=0.0)
    evidence = best.units / (best.units + 3)
    margin = 0.5 + 0.5 * min(1.0, (best.score - rival) / 0.25)
    return round(best.score * evidence * margin, 3)


def _describe(c: _Candidate) -> str:
    return f"{c.valid} of {c.units} words read as Vietnamese syllables"


# --------------------------------------------------------------------------------------------
# Entry point


def decode_bytes(data: bytes, name: str = "<bytes>") -> Decoded:
    """Return the text of a Vietnamese document's bytes, saying which encoding it was in.

    Raises :class:`DecodeError` (its message starts with `name`) for binary data and for bytes
    that are neither UTF-8 nor convincingly Windows-1258, TCVN3 or VNI-Windows.

    >>> decode_bytes(b"Ch\\xe0o m\\xfd\\xccng", name="a.txt")       # Windows-1258
    Decoded(text='Chào mừng', encoding='cp1258', confidence=0.4, note='Windows-1258 (cp1258) converted to Unicode, tone marks composed (NFC); 2 of 2 words read as Vietnamese syllables')
    >>> decode_bytes(b"%PDF-1.7 ...", name="bao-cao.pdf")
    Traceback (most recent call last):
    ...
    baocao.normalize.encodings.DecodeError: bao-cao.pdf: a PDF document, not text
    """
    if not data:
        return Decoded("", "utf-8", 1.0, "empty input")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(
            codecs.BOM_UTF32_LE):
        return _decode_utf16(data, name)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"{name}: {what}, not text")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DecodeError(f"{name}: binary data (a NUL byte at offset {nul}), not text")

    encoding, body = "utf-8", data
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8-sig", data[len(codecs.BOM_UTF8):]
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _decode_legacy(body, name, exc, bom=encoding == "utf-8-sig")
    return _from_utf8(text, encoding)


def _decode_utf16(data: bytes, name: str) -> Decoded:
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"{name}: starts with a UTF-16 byte-order mark but is not valid UTF-16 "
                          f"({exc.reason} at offset {exc.start})") from exc
    note = "UTF-16 with a byte-order mark (dropped)"
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        note += "; decomposed letters composed (NFC)"
    return Decoded(text, "utf-16", 1.0, note)


def _from_utf8(text: str, encoding: str) -> Decoded:
    note = "UTF-8 with a byte-order mark (dropped)" if encoding == "utf-8-sig" else "UTF-8"
    if text.isascii():
        return Decoded(text, encoding, 1.0, note)
    raw = _as_cp1252(text)
    if raw is not None:
        fixed = _fix_mojibake(text, raw, note)
        if fixed is not None:
            return fixed
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        note += "; decomposed letters (NFD) composed to NFC"
    return Decoded(text, encoding, 1.0, note)


@cache
def _cp1252_encoding() -> dict[str, int]:
    # Windows-1252's characters and, as a Latin-1 reader shows bytes 0x80-0x9F, the C1 controls.
    table = {chr(i): i for i in range(0x80, 0xA0)}
    table.update((ch, i) for i, ch in enumerate(_cp1252_decoding()))
    return table


def _as_cp1252(text: str) -> Optional[bytes]:
    """Return the bytes a Windows-1252 (or Latin-1) reader would have read `text` from, or None.

    Fails fast: genuine Vietnamese has a character outside Windows-1252 within its first words.
    """
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError as exc:
        if not "\x80" <= exc.object[exc.start] <= "\x9f":
            return None
    table = _cp1252_encoding()  # Latin-1 readers turn the bytes 0x80-0x9F into C1 controls
    try:
        return bytes(table[ch] for ch in text)
    except KeyError:
        return None


def _fix_mojibake(text: str, raw: bytes, utf8_note: str) -> Optional[Decoded]:
    """Re-read text that a Windows-1252 reader made from legacy bytes, if that clearly helps.

    Clearly: the best re-reading scores at least MIN_SCORE and has at most half as many invalid
    words as the text as it stands (and strictly fewer), so text that reads as Vietnamese already
    (``Cá và cà``) is never touched.
    """
    sample = text[:_SAMPLE] if len(text) > _SAMPLE else text
    before = _Candidate("utf-8", sample, *_score(sample))
    if before.invalid == 0:
        return None
    ranked = _rank(raw)
    best = ranked[0]
    if best.score < MIN_SCORE or best.invalid * 2 > before.invalid:
        return None
    fixed = _DECODERS[best.encoding](raw)[0] if len(raw) > _SAMPLE else best.text
    note = (f"{utf8_note}, but holding {_LABELS[best.encoding]} text that was read as "
            f"Windows-1252 (mojibake); converted to Unicode: {_describe(best)}, against "
            f"{before.valid} of {before.units} as it stood")
    return Decoded(fixed, best.encoding, _confidence(ranked), note)


def _decode_legacy(data: bytes, name: str, exc: UnicodeDecodeError, bom: bool) -> Decoded:
    ranked = _rank(data)
    best = ranked[0]
    where = f"byte 0x{data[exc.start]:02x} at offset {exc.start + 3 * bom}"
    if bom:
        where += ", after a UTF-8 byte-order mark"
    dropped = "; the UTF-8 byte-order mark in front was dropped" if bom else ""
    if best.units == 0:
        # Only punctuation outside ASCII (curly quotes, dashes): the candidates read it alike.
        text = _decode_cp1258(data)[0]
        return Decoded(text, "cp1258", 0.5, f"not UTF-8 ({where}); no letters outside ASCII, "
                                            f"read as Windows-1258{dropped}")
    if best.score < MIN_SCORE:
        raise DecodeError(
            f"{name}: not UTF-8 ({where}), and no legacy Vietnamese encoding reads it as "
            f"Vietnamese: the best, {_LABELS[best.encoding]}, gives {_describe(best)} "
            f"(needs {MIN_SCORE:.0%})")
    text = _DECODERS[best.encoding](data)[0] if len(data) > _SAMPLE else best.text
    note = f"{_NOTES[best.encoding]}; {_describe(best)}{dropped}"
    return Decoded(text, best.encoding, _confidence(ranked), note)
