"""Footnote markers written as plain digits, as PDF text layers and web pages give them.

A PDF's text layer loses the raising of a footnote marker: ``đổi mới¹²`` comes out as ``đổi mới12``,
``năm 2019⁵`` as ``năm 20195``, and the bodies at the foot of the page as ``1 Nguyễn Phú Trọng: …``
(one per line, or run together in one line: ``… tăng 48 bậc. 3 Quy mô và tiềm lực …``). A web page
may put a bracketed marker on a line of its own (``4.856 ha\\n[1]\\n, giảm 5,04%``).

A glued digit is a marker only where the bodies say so. :func:`plain_marker_edits` first finds the
**body runs**: a number followed by a space and a capital letter, at the start of a line, or after
the end of a sentence, or where a page break cut the running text; a run counts its bodies
``k, k+1, …`` (in a line of running text ``k`` is 1, or the number after the previous run's
last, for a report numbered through). Then, in the running text between the previous run and this one (the page), it looks for
the anchors ``k … m`` from the last backwards (on the run's page when the text has form feeds, and
at most ``plain_page_chars`` before the run): a number glued to a word (``đổi mới12``,
``XIII1.``, ``"trên nóng, dưới lạnh"28``), and only failing that a year with digits glued on
(``20233`` → 2023 and marker 3), and failing that a number a space after its word before a stop
(``biên giới trên đất liền 1. Trên biển``). A run with no anchor at all is no footnote block (``có 1 Phó Chủ
tịch`` stays running text).

Each marker found becomes an explained edit of the normalizer (rule ``layout.footnote_marker``):
its digits are written as superscripts, and a body that runs on in a line starts a line of its
own. The figures then read ``năm 2023³`` as the year 2023 (a superscript is never part of a
number), and :mod:`baocao.structure.footnotes` links the superscripts as any others, marking them
``plain`` because the original has plain digits. Where no body says so, nothing changes:
``20233`` stays the number the text writes.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import regex
from pydantic import BaseModel, ConfigDict

from baocao.core.rules import read_rule_file
from baocao.normalize.edits import Edit

RULE_FILE = Path(__file__).parent.parent / "structure" / "data" / "footnotes.yaml"
"""The footnote vocabulary, shared with :mod:`baocao.structure.footnotes` (which validates all of
it): the normalizer reads its plain-marker settings and the words a raised digit follows."""


class PlainMarkerRules(BaseModel):
    """What this pass reads of the footnote vocabulary (its other keys are the structure's)."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    exponent_bases: list[str]
    plain_max_marker: int
    plain_page_chars: int


@cache
def rules() -> PlainMarkerRules:
    """The plain-marker settings, read once."""
    return read_rule_file(RULE_FILE, PlainMarkerRules)


_RULES = rules()
_TO_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_MAX = _RULES.plain_max_marker
_PAGE = _RULES.plain_page_chars

# A body marker: a number, one space, then what opens a body (a capital, an opening quote or a
# digit is not enough: "3 dự án" is a count).
# The number may stand alone on its line, the body on the next ("1\nKinh tế nhà nước …"), as a
# PDF reader gives a marker drawn apart from its body.
_BODY = regex.compile(
    r"(?<![^\s])(?P<n>[1-9]\d{0,2})(?:,[ ]?(?P<m>[1-9]\d{0,2}))?(?P<sep> |[ \t]*\n)"
    r"(?=[\p{Lu}“\"«])")
# An anchor already drawn raised (the reader wrote it as superscripts): it needs no edit.
_SUP_ANCHOR = regex.compile(r"(?<![⁰¹²³⁴⁵⁶⁷⁸⁹])(?P<n>[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]{0,2})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
_FROM_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# What may stand before a body that follows another in the same line: the end of a sentence.
_SENTENCE_END = regex.compile(r"[.!?…;:)\"”’»]['\"”’»)]*[ ]*\Z")
# An anchor glued to a word: a small letter, a Roman numeral (``Đại hội XIII1``), or a closing quote
# or bracket right before the digits, and no digit or letter right after them. A code in capitals
# (``DC01``, ``COP26``) is no anchor.
_GLUED = regex.compile(r"(?<=[\p{L}\"”’»)])(?P<n>[1-9]\d{0,2})(?![\p{L}\p{N}]|[.,]\p{N})")
_ROMAN_BEFORE = regex.compile(r"(?<!\p{L})[IVXLC]{2,}\Z")


def _glued_ok(text: str, start: int) -> bool:
    """The character before a glued number is a small letter or a closing quote or bracket, or
    ends a Roman numeral of two letters or more."""
    ch = text[start - 1]
    if not ch.isupper():
        return True
    return _ROMAN_BEFORE.search(text, max(0, start - 8), start) is not None


# A second anchor listed after a first: "hiệu quả48, 49."
_LISTED = regex.compile(r",[ ]?(?P<n>[1-9]\d{0,2})(?![\p{L}\p{N}]|[.,]\p{N})")
# A year (1900-2099) with a marker glued on: "năm 20233;".
_YEAR = regex.compile(
    r"(?<![\p{N}.,/\-–])(?:19|20)\d\d(?P<n>[1-9]\d?)(?![\p{L}\p{N}]|[.,]\p{N})")
# Last resort, a marker a space away from its word before a stop: "trên đất liền 1. Trên biển".
_SPACED = regex.compile(r"(?<=\p{Ll} )(?P<n>[1-9]\d?)(?=[.;,] [\p{Lu}\p{Ll}])")
_EXPONENT_BASE = regex.compile(
    r"(?r)(?<!\p{L})(?:" + "|".join(map(regex.escape, _RULES.exponent_bases)) + r")\Z")


@dataclass(frozen=True)
class _Candidate:
    number: int
    start: int      # of the digits
    end: int
    line_start: bool
    after_sentence: bool
    last: int = 0   # "1,2 Nguyễn Phú Trọng: …": one body for two anchors, numbered 1 and 2
    sep_end: int = 0  # end of the space or line break after the number

    @property
    def top(self) -> int:
        return max(self.number, self.last)


_Spot = tuple[int, int, int]   # a number written as a footnote anchor: (number, start, end)


@dataclass
class _Run:
    bodies: list[_Candidate]      # numbers k, k+1, ...

    @property
    def first(self) -> int:
        return self.bodies[0].number

    @property
    def last(self) -> int:
        return self.bodies[-1].top


class _Lines:
    """Where the lines of a text start and which hold a tab, looked up by bisection: a question
    about the line at a position costs no scan of the line (a text of one long line asks it at
    every number)."""

    def __init__(self, text: str) -> None:
        self.n = len(text)
        self.breaks, self.tabs = _all(text, "\n"), _all(text, "\t")

    def start(self, pos: int) -> int:
        """``text.rfind("\\n", 0, pos) + 1``."""
        i = bisect_left(self.breaks, pos)
        return self.breaks[i - 1] + 1 if i else 0

    def has_tab(self, pos: int) -> bool:
        """Whether the line that holds `pos` holds a tab."""
        i = bisect_left(self.breaks, pos)
        ls = self.breaks[i - 1] + 1 if i else 0
        le = self.breaks[i] if i < len(self.breaks) else self.n
        j = bisect_left(self.tabs, ls)
        return j < len(self.tabs) and self.tabs[j] < le


def _all(text: str, char: str) -> list[int]:
    out, i = [], text.find(char)
    while i != -1:
        out.append(i)
        i = text.find(char, i + 1)
    return out


@lru_cache(maxsize=1)
def _lines(text: str) -> _Lines:
    """The line index of `text`, built once for the several look-ups of one
    :func:`plain_marker_edits` call (which clears it before it returns)."""
    return _Lines(text)


def _back_over(text: str, lo: int, hi: int, chars: str) -> int:
    """The start of the run of `chars` that ends at `hi` (not before `lo`)."""
    while hi > lo and text[hi - 1] in chars:
        hi -= 1
    return hi


_STOP_TAIL = ".!?…;:)\"”’»'"   # what _SENTENCE_END can match, and its spaces


def _body_candidates(text: str) -> list[_Candidate]:
    out = []
    lines = _lines(text)
    for m in _BODY.finditer(text):
        n = int(m.group("n"))
        last = int(m.group("m")) if m.group("m") else 0
        if not 1 <= n <= _MAX or (last and last != n + 1):
            continue
        ls = lines.start(m.start())
        if lines.has_tab(m.start()):
            continue
        line_start = _back_over(text, ls, m.start(), " \t\f") == ls
        if "\n" in m.group("sep") and (not line_start or lines.has_tab(m.end())):
            continue  # a number ending a line of running text, or a table's row number
        # the end of a sentence right before: searched in the stops, quotes and spaces there only
        tail = _back_over(text, ls, m.start(), _STOP_TAIL + " ")
        out.append(_Candidate(n, m.start(), m.start("sep"), line_start,
                              _SENTENCE_END.search(text, tail, m.start()) is not None, last, m.end()))
    return out


def _runs(text: str) -> list[_Run]:
    """Body runs in document order: consecutive numbers in one line, the second and later each
    after the end of a sentence."""
    runs: list[_Run] = []
    current = None
    current_line = -1
    lines = _lines(text)
    for c in _body_candidates(text):
        line = lines.start(c.start) - 1        # text.rfind("\n", 0, c.start)
        if current is not None and c.number == current.last + 1 and (
                (line == current_line and c.after_sentence)
                or (c.line_start and c.start - current.bodies[-1].start <= _PAGE
                    and "\f" not in text[current.bodies[-1].start:c.start])):
            current.bodies.append(c)   # the next body, in the same line or a line below
            current_line = line
            continue
        expected = (runs[-1].last + 1) if runs else 1
        mid_list = _before_spaces(text, c.start) == ","     # "7 Uỷ viên …, 1 Uỷ viên …": a count
        if c.line_start or (c.number in (1, expected) and not mid_list
                            and (c.after_sentence or c.number == 1)):
            current = _Run([c])
            current_line = line
            runs.append(current)
    return runs


def _before_spaces(text: str, pos: int) -> str:
    """The character before ``pos`` and the spaces right before it ("" at the start), found without
    copying the text before ``pos``."""
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return text[pos - 1] if pos > 0 else ""


def _in_table(text: str, pos: int) -> bool:
    """True when the line at ``pos`` is a table row (it holds a tab): numbers in tables are never
    footnote markers."""
    return _lines(text).has_tab(pos)


Anchor = tuple[int, int, int]
"""A possible anchor: (its number, where its digits start, where they end)."""


def _anchor_candidates(text: str, lo: int,
                       hi: int) -> tuple[list[Anchor], list[Anchor], list[Anchor]]:
    strong: list[Anchor] = []
    weak: list[Anchor] = []
    spaced: list[Anchor] = []
    for m in _GLUED.finditer(text, lo, hi):
        if not _glued_ok(text, m.start()) or \
                _EXPONENT_BASE.search(text, max(0, m.start() - 3), m.start()):
            continue  # m2, km2: an exponent written plain
        strong.append((int(m.group("n")), m.start("n"), m.end("n")))
        pos = m.end()
        while (listed := _LISTED.match(text, pos, hi)) is not None:
            weak.append((int(listed.group("n")), listed.start("n"), listed.end("n")))
            pos = listed.end()
    for m in _YEAR.finditer(text, lo, hi):
        weak.append((int(m.group("n")), m.start("n"), m.end("n")))
    for m in _SPACED.finditer(text, lo, hi):
        spaced.append((int(m.group("n")), m.start("n"), m.end("n")))
    if "\t" in text[lo:hi]:
        strong, weak, spaced = ([c for c in pool if not _in_table(text, c[1])]
                                for pool in (strong, weak, spaced))
    return strong, weak, spaced


def _raised(text: str, lo: int, hi: int) -> list[Anchor]:
    out: list[Anchor] = []
    for m in _SUP_ANCHOR.finditer(text, lo, hi):
        ls = _lines(text).start(m.start())
        if m.start() == ls or _EXPONENT_BASE.search(text, max(0, m.start() - 3), m.start()):
            continue  # a body's own marker, or m², km²
        out.append((int(m.group("n").translate(_FROM_SUP)), m.start(), m.end()))
    return out


def _anchors(text: str, run: _Run, lo: int) -> dict[int, tuple[int, int]]:
    """The anchors of a run's numbers in text[lo:run start], picked from the last backwards: the
    last glued number before the next one's anchor, else the last year with that number glued on,
    else the last such number a space after a word and before a stop."""
    hi = run.bodies[0].start
    pools = (_raised(text, lo, hi),) + _anchor_candidates(text, lo, hi)
    found: dict[int, tuple[int, int]] = {}
    limit = hi
    for n in range(run.last, run.first - 1, -1):
        pick = None
        for pool in pools:
            hits = [c for c in pool if c[0] == n and c[2] <= limit]
            if hits:
                pick = max(hits, key=lambda c: c[1])
                break
        if pick is not None:
            found[n] = (pick[1], pick[2])
            limit = pick[1]
    return found


def _sup(digits: str) -> str:
    return digits.translate(_TO_SUP)  # "1,2" -> "¹,²"


WHY_ANCHOR = "a footnote marker written in plain digits: the page's footnote bodies number it"
WHY_BODY = "the number that opens a footnote body at the page foot, written in plain digits"


def plain_marker_edits(text: str) -> list[Edit]:
    """Return the edits that write plain-digit footnote markers as superscripts (and start a line
    at each body that runs on in a line), in ``text``'s coordinates.

    >>> t = "Tăng 377 USD so với năm 20233; đạt kết quả tích cực4.\\n\\n3 Quy mô tăng. 4 Chỉ số tăng."
    >>> from baocao.normalize.edits import apply_edits
    >>> apply_edits(t, plain_marker_edits(t))
    'Tăng 377 USD so với năm 2023³; đạt kết quả tích cực⁴.\\n\\n³ Quy mô tăng.\\n⁴ Chỉ số tăng.'
    >>> plain_marker_edits("Năm 20233, có 1 Phó Chủ tịch mới.")
    []
    """
    if not any(ch.isdigit() for ch in text):
        return []
    try:
        return _marker_edits(text)
    finally:
        _lines.cache_clear()   # the line index and its text are this call's: not kept for the next


def _marker_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    lo = 0
    for run in _runs(text):
        # the anchors stand on the page of their bodies: after the last form feed, if any
        page = text.rfind("\f", 0, run.bodies[0].start) + 1
        anchors = _anchors(text, run, max(lo, page, run.bodies[0].start - _PAGE))
        if not anchors:
            continue
        for n, (s, e) in sorted(anchors.items(), key=lambda kv: kv[1][0]):
            if text[s:e].isascii():   # one drawn raised already needs no edit
                edits.append(Edit(s, e, text[s:e], _sup(text[s:e]), "layout.footnote_marker",
                                  0.9, WHY_ANCHOR))
        for b in run.bodies:
            digits = text[b.start:b.end]
            if b.line_start and "\n" in text[b.end:b.sep_end]:   # "1\nKinh tế …"
                edits.append(Edit(b.start, b.sep_end, text[b.start:b.sep_end], _sup(digits) + " ",
                                  "layout.footnote_marker", 0.9, WHY_BODY))
            elif b.line_start:
                edits.append(Edit(b.start, b.end, digits, _sup(digits), "layout.footnote_marker",
                                  0.9, WHY_BODY))
            else:  # a body that runs on in a line begins a line of its own
                s = b.start
                while s > 0 and text[s - 1] == " ":
                    s -= 1
                edits.append(Edit(s, b.end, text[s:b.end], "\n" + _sup(digits),
                                  "layout.footnote_marker", 0.9, WHY_BODY))
        nl = text.find("\n", run.bodies[-1].end)
        lo = len(text) if nl < 0 else nl
    edits.sort(key=lambda e: e.start)
    return edits
