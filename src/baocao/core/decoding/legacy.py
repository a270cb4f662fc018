"""The legacy Vietnamese encodings: TCVN3 (ABC), VNI-Windows and Windows-1258, their tables
(``data/tcvn3.tsv``, ``data/vni.tsv``, each entry validated as it is read), their decoders and an
encoder for tests, fixtures and round trips. Which encoding a document is in is
:mod:`baocao.core.decoding.detect`'s job.

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
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Callable, Iterator

import regex

from baocao.core.marks import TONE_MARKS

DATA = Path(__file__).with_name("data")

# Also the order that breaks ties: the font encodings are far more common in archives than
# Windows-1258 (ties happen on a few words, "Sè" / "Số").
#: the legacy Vietnamese encodings read, in the order that breaks ties
LEGACY_ENCODINGS = ("tcvn3", "vni-windows", "cp1258")


# --------------------------------------------------------------------------------------------
# Tables


def _read_tsv(name: str, nfields: int) -> Iterator[tuple[Path, int, list[str]]]:
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


def _check_letter(path: Path, lineno: int, letter: str, name: str) -> None:
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
def _tcvn3_caseless() -> frozenset[str]:
    # Small letters whose capitals TCVN3 cannot write (the toned vowels).
    letters = set(tcvn3_table().values())
    return frozenset(c for c in letters if c.islower() and c.upper() not in letters)


@cache
def _vni_decoder() -> tuple[re.Pattern[str], dict[str, str]]:
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
def _caps_word() -> regex.Pattern[str]:
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
def _encoding_table(encoding: str) -> tuple[dict[str, bytes], frozenset[int]]:
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
