"""Decode the bytes of a Vietnamese document: UTF-8, Windows-1258, TCVN3 (ABC) or VNI-Windows.

:func:`decode_bytes` returns a :class:`Decoded`: the text in Unicode NFC, the encoding it was
found in, how sure the choice is, and a note saying what was converted. Bytes that are not text,
or that no encoding reads as Vietnamese, raise :class:`DecodeError` naming the file. Nothing is
dropped or replaced silently: a few invalid bytes in UTF-8 text are replaced by U+FFFD, and the
note says how many and where (``Decoded.replaced`` counts them).

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
2. Bytes that are valid UTF-8 are UTF-8 (a byte-order mark is dropped and said so), composed to NFC
   if they were not. So are bytes with a few invalid sequences (a flipped byte, a character cut at
   the end), each replaced by U+FFFD: at most :data:`REPAIR_SHARE` of the bytes (or 3), outnumbered
   :data:`REPAIR_EVIDENCE` times by the bytes of valid characters outside ASCII; anything else is
   not UTF-8 (step 3). Text made only of Windows-1252 characters may be legacy bytes that someone
   read as Windows-1252 and saved again as UTF-8 (``Vieät Nam``, ``§¶ng``): it is re-read as each
   legacy encoding, and converted only if the best re-reading reaches :data:`MIN_SCORE` and has at
   most half as many invalid words as the text as it stands (and strictly fewer), so text that
   already reads as Vietnamese is never touched. Genuine Vietnamese UTF-8 has a letter outside
   Windows-1252 (ă, ơ, ư, đ, ạ, ...) within its first words, where that check stops: the hot path
   costs a UTF-8 decode, an early-failing Windows-1252 encode and one NFC check.
3. Other bytes are decoded as each legacy encoding and each result is scored by how Vietnamese it
   looks: the share of its words with a letter outside ASCII that are valid Vietnamese syllables
   (from underthesea's word list ``Viet74K.txt``, loaded once, when first needed). Each stray
   symbol a wrong decoding leaves behind (``§``, ``¶``, C1 controls, ...) and each *foreign* letter
   (one the encoding never writes, such as a lone ``à`` in VNI, which writes ``aø``) counts as one
   more invalid word. The best score wins if it reaches :data:`MIN_SCORE` (ties go to the first of
   :data:`LEGACY_ENCODINGS`); otherwise the input is an error that says how far the best candidate
   got. Long inputs are scored on their first 64 KiB.

The tables and decoders of the legacy encodings are :mod:`baocao.core.decoding.legacy`'s; the
signatures of binary formats, :mod:`baocao.core.decoding.signatures`'s.
"""

from __future__ import annotations

import codecs
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Optional

import regex

from baocao.core.decoding.legacy import _DECODERS, LEGACY_ENCODINGS, _cp1252_decoding, _decode_cp1258
from baocao.core.decoding.signatures import binary_what
from baocao.core.underthesea import underthesea_dir

#: Share of valid Vietnamese syllables a legacy decoding needs to be accepted. On the paragraphs of
#: tests/corpus the right decoding scores 0.67 at worst (median 1.0); wrong ones have a median
#: of 0.0-0.2, reaching 1.0 only on a few words that read as Vietnamese either way.
MIN_SCORE = 0.6
#: Scoring reads at most this many bytes (or characters) from the start; if that much has too
#: few words to judge (< _MIN_SAMPLE_UNITS), it reads everything.
_SAMPLE = 1 << 16
_MIN_SAMPLE_UNITS = 20

_LABELS = {"cp1258": "Windows-1258 (cp1258)", "tcvn3": "TCVN3 (ABC)",
           "vni-windows": "VNI-Windows"}
_NOTES = {
    "cp1258": "Windows-1258 (cp1258) converted to Unicode, tone marks composed (NFC)",
    "tcvn3": "TCVN3 (ABC) font encoding converted to Unicode",
    "vni-windows": "VNI-Windows font encoding converted to Unicode",
}


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
    #: invalid bytes of UTF-8 text replaced by U+FFFD (the note says where)
    replaced: int = 0


# --------------------------------------------------------------------------------------------
# Scoring


@cache
def syllables() -> frozenset[str]:
    """Return the valid Vietnamese syllables (lower case, NFC) of underthesea's ``Viet74K.txt``.

    >>> {"nghèo", "mường", "ảng"} <= syllables(), "vieät" in syllables()
    (True, False)
    """
    text = (underthesea_dir() / "corpus" / "data" / "Viet74K.txt").read_text(encoding="utf-8")
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
    Decoded(text='Chào mừng', encoding='cp1258', confidence=0.4, note='Windows-1258 (cp1258) converted to Unicode, tone marks composed (NFC); 2 of 2 words read as Vietnamese syllables', replaced=0)
    >>> decode_bytes(b"%PDF-1.7 ...", name="bao-cao.pdf")
    Traceback (most recent call last):
    ...
    baocao.core.decoding.detect.DecodeError: bao-cao.pdf: a PDF document, not text
    """
    if not data:
        return Decoded("", "utf-8", 1.0, "empty input")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(
            codecs.BOM_UTF32_LE):
        return _decode_utf16(data, name)
    what = binary_what(data)
    if what is not None:
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
        repaired = _repair_utf8(body, 3 if encoding == "utf-8-sig" else 0)
        if repaired is None:
            return _decode_legacy(body, name, exc, bom=encoding == "utf-8-sig")
        text, replaced, where = repaired
        decoded = _from_utf8(text, encoding)
        note = (f"{decoded.note}; {replaced} invalid byte{'s' * (replaced != 1)} replaced by "
                f"U+FFFD ({where})")
        return Decoded(decoded.text, decoded.encoding, decoded.confidence, note, replaced)
    return _from_utf8(text, encoding)


#: UTF-8 with invalid bytes is read as UTF-8 (each invalid sequence replaced by U+FFFD) when at
#: most this share of its bytes (or :data:`_MOST_ANYWAY`: a character cut at the end of a short
#: text) are invalid and its valid characters outside ASCII outnumber
#: them :data:`REPAIR_EVIDENCE` times (in bytes); else it is not UTF-8, and the legacy
#: encodings are tried. Legacy Vietnamese text has a tenth of its bytes or more invalid as
#: UTF-8; ASCII text with a few Windows-1252 quotes has no valid UTF-8 character.
REPAIR_SHARE = 0.01
#: See :data:`REPAIR_SHARE`.
REPAIR_EVIDENCE = 4
_SHOWN_PLACES = 5
_MOST_ANYWAY = 3
_ASCII = bytes(range(128))
_repairs = threading.local()


class _TooMany(Exception):
    pass


def _note_invalid(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    places: list[tuple[int, int]] = _repairs.places
    places.append((exc.start, exc.end))
    _repairs.bytes += exc.end - exc.start
    if _repairs.bytes > _repairs.most:
        raise _TooMany
    return "\ufffd", exc.end


codecs.register_error("baocao-utf8-repair", _note_invalid)


def repair_utf8(body: bytes) -> Optional[tuple[str, int, str]]:
    """`body` (bytes that are not valid UTF-8) read as UTF-8 with each invalid sequence replaced
    by U+FFFD, how many bytes were invalid and where (``at byte 7``); None when they are too many
    to call the bytes UTF-8 (:data:`REPAIR_SHARE`, :data:`REPAIR_EVIDENCE`). The rule a file's
    bytes are read by (:func:`decode_bytes`), for the rows of a table.

    >>> repair_utf8("tỷ đồng ".encode() + b"\\xff")
    ('tỷ đồng \ufffd', 1, 'at byte 13')
    >>> repair_utf8(b"b\\xf6n") is None       # no valid character outside ASCII: not UTF-8
    True
    """
    return _repair_utf8(body, 0)


def _repair_utf8(body: bytes, shift: int) -> Optional[tuple[str, int, str]]:
    """`body` read as UTF-8 with each invalid sequence replaced by U+FFFD, how many bytes were
    invalid and where (byte offsets, `shift` added: the byte-order mark); None when that is too
    many to call the bytes UTF-8 (see :data:`REPAIR_SHARE`)."""
    most = max(int(len(body) * REPAIR_SHARE), _MOST_ANYWAY)
    _repairs.places, _repairs.bytes, _repairs.most = [], 0, most
    try:
        text = body.decode("utf-8", "baocao-utf8-repair")
    except _TooMany:
        return None
    finally:
        places, bad = _repairs.places, _repairs.bytes
        _repairs.places = []
    high = len(body.translate(None, _ASCII))   # bytes outside ASCII
    if high - bad < REPAIR_EVIDENCE * bad:
        return None
    shown = [f"{a + shift}" if b - a == 1 else f"{a + shift}-{b - 1 + shift}"
             for a, b in places[:_SHOWN_PLACES]]
    more = f" and {len(places) - _SHOWN_PLACES} more" if len(places) > _SHOWN_PLACES else ""
    return text, bad, f"at byte{'s' * (len(places) > 1 or places[0][1] - places[0][0] > 1)} " \
                      f"{', '.join(shown)}{more}"


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
