"""Sentence boundaries that survive the genre's abbreviations (``TP.``, ``Th.S``) and numbers.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quote, bracket or footnote marker
after it) followed by a space and something that can begin a sentence: a capital letter, a digit,
an opening quote or bracket, a dash. A full stop after an abbreviation listed in
``structure/data/sentences.yaml`` or after a single capital letter (an initial) ends nothing.
Numbers never end a sentence: ``1.629`` and ``5,61`` have no space after the point. A line break
always ends a sentence, and the point of a heading label (``1.1.``, ``II.``) never
does (paragraphs split by a page break are the normalizer's job).
"""
from __future__ import annotations

from typing import Iterator, Sequence

import regex

from baocao.core.rules import compile_at
from baocao.structure._rules import load

_ABBREVIATIONS = frozenset(load("sentences").abbreviations)
_CLOSERS = "”’\"'»)\\]⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾*"
_END = regex.compile(
    rf"(?:[!?…]+|\.(?:\.\.)?)[{_CLOSERS}]*(?=[ \t\u00a0]+[\p{{Lu}}\p{{N}}“\"'«(\[\-–])")
# "1.1. Cơ cấu…", "II. KẾT QUẢ", "a. Về…": the point of a heading or list label ends no sentence.
_LABEL = compile_at(r"(?:[IVXLC]{1,6}|\d{1,3}|[a-zđA-Z])(?:\.\d{1,3})*\.")
_TOKEN_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}.])(?:\p{L}+\.)*\p{L}+\Z")


def ends_abbreviation(text: str, dot: int, lo: int = 0) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation (``TP.``, ``Th.S.``; the words of
    ``structure/data/sentences.yaml``) or an initial, read no further back than ``lo``.

    >>> t = "Cục Thống kê TP. Đà Nẵng. Năm"
    >>> ends_abbreviation(t, t.index(".")), ends_abbreviation(t, t.rindex("."))
    (True, False)
    """
    m = _TOKEN_BEFORE.search(text, max(lo, dot - 24), dot)
    if m is None:
        return False
    token = m.group()
    if token in _ABBREVIATIONS or token.rsplit(".", 1)[-1] in _ABBREVIATIONS:
        return True
    return len(token) == 1 and token.isupper()  # an initial: "P.H 14", "Hồ Chí Minh (H.C.M)"


def split(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) of each sentence of ``text[start:end]`` (one line), spaces trimmed.

    >>> s = "Xếp thứ 1/10 huyện. TP. Điện Biên Phủ có 1.629 hộ, tăng 5,61%. Th.S Lò Văn A nói."
    >>> [s[a:b] for a, b in split(s)]
    ['Xếp thứ 1/10 huyện.', 'TP. Điện Biên Phủ có 1.629 hộ, tăng 5,61%.', 'Th.S Lò Văn A nói.']
    >>> s = "1.1. Cơ cấu lại nông nghiệp. II. Khác"
    >>> [s[a:b] for a, b in split(s)]
    ['1.1. Cơ cấu lại nông nghiệp.', 'II. Khác']
    >>> s = "đạt hiệu quả¹. Triển khai 4.130. bài và cơ sở.⁴² Tiếp tục"
    >>> [s[a:b] for a, b in split(s)]
    ['đạt hiệu quả¹.', 'Triển khai 4.130. bài và cơ sở.⁴²', 'Tiếp tục']
    """
    end = len(text) if end is None else end
    pos = start
    while pos < end and text[pos] in " \t\u00a0":
        pos += 1
    for m in _END.finditer(text, pos, end):
        if _ends_nothing(text, m, pos):
            continue
        if m.end() > pos:
            yield pos, m.end()
        pos = m.end()
        while pos < end and text[pos] in " \t\u00a0":
            pos += 1
    stop = end
    while stop > pos and text[stop - 1] in " \t\u00a0\r":
        stop -= 1
    if stop > pos:
        yield pos, stop


def split_line(text: str, start: int, end: int) -> Sequence[tuple[int, int]]:
    """``list(split(text, start, end))`` for a line whose ends bear no space (``Line.lstart``,
    ``Line.rend`` of a line that is not blank): the line itself when no sentence can end inside it
    (no stop before a space and a sentence's start, or only the point of a label or an abbreviation),
    without the generator.

    >>> split_line("1. A", 0, 4), split_line("Tăng 5%. Giảm 3%", 0, 16)
    ([(0, 4)], [(0, 8), (9, 16)])
    """
    m = _END.search(text, start, end)
    while m is not None and _ends_nothing(text, m, start):   # a heading's label: "1. A"
        m = _END.search(text, m.end(), end)
    if m is None:
        return [(start, end)] if end > start else []
    return list(split(text, start, end))


def _ends_nothing(text: str, m: regex.Match[str], pos: int) -> bool:
    """True when the stop `m` of :data:`_END` ends no sentence that starts at `pos`: the point of a
    label (``1.1.``) or after an abbreviation or an initial (``TP.``)."""
    return m.group().startswith(".") and not m.group().startswith("...") and bool(
        _LABEL.fullmatch(text, pos, m.end()) or ends_abbreviation(text, m.start(), pos))
