"""Footnotes: anchors in running text (``NQĐH⁶``, ``⁽⁵²⁾``, ``[12]``) linked to their body lines.

A body is a line that starts with a marker (``⁶ Trong đó: Đàn trâu 4.230 con…``); an anchor is a
marker anywhere else. A superscript ² or ³ right after a unit symbol (``m²``, ``60.000m³``) is an
exponent, not an anchor (``structure/data/footnotes.yaml``). Each body is linked to the nearest
unlinked anchor with the same number before it (or, failing that, the first after it), so a report
that restarts its numbering per chapter still links. Whatever does not fit — a body without an
anchor, an anchor without a body, a number that skips, repeats or goes backwards — is returned as a
:class:`FootnoteProblem`, never dropped.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional

import regex

from baocao.structure._rules import load
from baocao.structure.lines import lines

if TYPE_CHECKING:
    from baocao.document import Document

_RULES = load("footnotes")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGITS = str.maketrans(SUPERSCRIPTS, "0123456789")
_SUP = f"[{SUPERSCRIPTS}]"
_MARK = rf"(?:⁽{_SUP}{{1,3}}⁾|(?<!{_SUP}){_SUP}{{1,3}}(?!{_SUP}))"
_BRACKET = r"\[(?P<n>\d{1,3})\]"
# "¹,² Nguyễn Phú Trọng: …": one body for two anchors
_BODY = regex.compile(rf"(?P<mark>{_MARK})(?:,[ ]?(?P<mark2>{_MARK}))?[ \t\u00a0]*(?=\S)")
_BODY_BRACKET = regex.compile(rf"(?P<mark>{_BRACKET})[ \t\u00a0]*(?=\S)")
_ANCHOR = regex.compile(_MARK)
# what a body line starts with: a marker (a superscript digit or "⁽") or a bracket
_BODY_STARTS = frozenset(SUPERSCRIPTS + "⁽[")
_ANCHOR_BRACKET = regex.compile(_BRACKET)
# "(n)" footnotes: an anchor glued to the word or figure before it ("đổi mới(1)", "28%(2)"), a body
# line "(1) Theo …". A "(1) …" line counts as a body only after an anchor "(1)" glued to its word:
# numbered list items ("(1) Về kinh tế", "nêu rõ: (1) …") have none.
_BODY_PAREN = regex.compile(r"\((?P<mark>\d{1,3})\)[ \t\u00a0]+(?=\S)")
_ANCHOR_PAREN = regex.compile(r"(?<=[\p{L}\p{N}.,;%\"”’)])\((?P<n>\d{1,3})\)")
_EXPONENT_BASE = regex.compile(
    r"(?r)(?<!\p{L})(?:" + "|".join(map(regex.escape, _RULES.exponent_bases)) + r")[ \u00a0]?\Z")
_EXPONENT_MARKS = frozenset(_RULES.exponent_markers)


def marker_number(mark: str) -> int:
    """Return the number of a marker as written.

    >>> marker_number("¹⁵"), marker_number("⁽⁵²⁾"), marker_number("[7]")
    (15, 52, 7)
    """
    return int(mark.strip("⁽⁾[]").translate(_TO_DIGITS))


@dataclass(frozen=True)
class Mark:
    """A marker found in the clean text: its number, style and span."""

    number: int
    style: str          # "superscript", "plain" (superscript in the clean text only) or "bracket"
    start: int
    end: int


@dataclass(frozen=True)
class Body:
    """A footnote body line: its marker and the body text span (clean-text offsets)."""

    mark: Mark
    body_start: int
    body_end: int
    line: int


@dataclass(frozen=True)
class FootnoteProblem:
    """Something about the footnotes that does not add up, at an offset of the original text.

    ``kind`` is one of ``body_without_anchor``, ``anchor_without_body``, ``skipped`` (numbers missing
    between two anchors), ``repeated`` (a number anchored again), ``out_of_order`` (a number lower
    than the one before it).
    """

    kind: str
    marker: int
    start: int
    message: str


def is_exponent(text: str, start: int, mark: str) -> bool:
    """True when the superscript at ``start`` is a unit exponent (``m²``, ``60.000m³``, ``km²``).

    >>> t = "diện tích 13.581 m², đạt 71% NQĐH² và năm³"
    >>> is_exponent(t, t.index("²"), "²"), is_exponent(t, t.rindex("²"), "²"), is_exponent(t, t.index("³"), "³")
    (True, False, False)
    """
    return mark in _EXPONENT_MARKS and _EXPONENT_BASE.search(text, max(0, start - 4), start) is not None


def _style(doc: Document, start: int, end: int) -> str:
    """``plain`` for a superscript of the clean text that the original writes in plain digits
    (the normalizer's ``layout.footnote_marker``), else ``superscript``."""
    s, e = doc.span_to_original(start, end)
    return "plain" if any(c in "0123456789" for c in doc.original[s:e]) else "superscript"


def find(doc: Document) -> tuple[list[Body], list[Mark], set[int]]:
    """Return the body lines, the anchors in running text, and the indices of body lines."""
    text = doc.text
    bodies: list[Body] = []
    body_lines: set[int] = set()
    for line in lines(doc):
        if line.blank or text[line.lstart] not in _BODY_STARTS:
            continue
        for pattern, style in ((_BODY, "superscript"), (_BODY_BRACKET, "bracket")):
            if style == "bracket" and not _RULES.bracket_style:
                continue
            m = pattern.match(text, line.lstart, line.rend)
            if m is not None:
                if style == "superscript":
                    style = _style(doc, m.start("mark"), m.end("mark"))
                mark = Mark(marker_number(m.group("mark")), style, m.start("mark"), m.end("mark"))
                bodies.append(Body(mark, m.end(), line.rend, line.index))
                if m.groupdict().get("mark2"):
                    second = Mark(marker_number(m.group("mark2")), style, m.start("mark"),
                                  m.end("mark2"))
                    bodies.append(Body(second, m.end(), line.rend, line.index))
                body_lines.add(line.index)
                break
    _paren_bodies(doc, bodies, body_lines)
    bracket_numbers = {b.mark.number for b in bodies if b.mark.style == "bracket"}
    paren_numbers = {b.mark.number for b in bodies if b.mark.style == "paren"}
    anchors: list[Mark] = []
    # every marker holds a superscript digit: a text with none has no anchor of that style
    superscripts = any(ch in text for ch in SUPERSCRIPTS)
    for line in lines(doc) if superscripts or bracket_numbers or paren_numbers else ():
        if line.blank or line.index in body_lines:
            continue
        for m in _ANCHOR.finditer(text, line.lstart, line.rend) if superscripts else ():
            if not is_exponent(text, m.start(), m.group()):
                anchors.append(Mark(marker_number(m.group()), _style(doc, m.start(), m.end()),
                                    m.start(), m.end()))
        if bracket_numbers:
            for m in _ANCHOR_BRACKET.finditer(text, line.lstart, line.rend):
                if int(m.group("n")) in bracket_numbers:
                    anchors.append(Mark(int(m.group("n")), "bracket", m.start(), m.end()))
        if paren_numbers:
            for m in _ANCHOR_PAREN.finditer(text, line.lstart, line.rend):
                if int(m.group("n")) in paren_numbers:
                    anchors.append(Mark(int(m.group("n")), "paren", m.start(), m.end()))
    anchors.sort(key=lambda a: a.start)
    bodies.sort(key=lambda b: (b.mark.start, b.mark.number))
    return bodies, anchors, body_lines


def _paren_bodies(doc: Document, bodies: list[Body], body_lines: set[int]) -> None:
    """Add the "(n) …" body lines that follow an anchor "(n)" glued to its word."""
    text = doc.text
    glued: dict[int, list[int]] = {}
    all_lines = lines(doc)
    for line in all_lines if "(" in text else ():   # an anchor "(n)" needs its bracket
        if line.blank or line.index in body_lines or "(" not in text[line.lstart:line.rend]:
            continue
        for m in _ANCHOR_PAREN.finditer(text, line.lstart, line.rend):
            glued.setdefault(int(m.group("n")), []).append(m.start())
    if not glued:
        return
    for line in all_lines:
        if line.blank or line.index in body_lines:
            continue
        b = _BODY_PAREN.match(text, line.lstart, line.rend)
        if b is None:
            continue
        n = int(b.group("mark"))
        if any(a < line.lstart for a in glued.get(n, ())):
            bodies.append(Body(Mark(n, "paren", b.start(), b.start() + len(b.group("mark")) + 2),
                               b.end(), line.rend, line.index))
            body_lines.add(line.index)


_BODY_END = regex.compile(r"[.!?…;:)\"”’»]\Z")


def continuations(doc: Document, bodies: list[Body], body_lines: set[int]) -> dict[int, int]:
    """Lines that go on with a body cut by a page end, each mapped to that body (its index).

    A body that ends mid-sentence at the foot of a page goes on at the foot of the next one,
    before that page's own bodies: a line that starts with a small letter, right before a body
    line, while the last body line above it ends without a stop, is read as that body's end
    ("… chỉ số hiệu quả hoạt động của Chính phủ đã được" … "cải thiện. Theo Xếp hạng …").
    """
    text, all_lines = doc.text, lines(doc)
    by_line = {b.line: i for i, b in enumerate(bodies)}
    out: dict[int, int] = {}
    last_body = None
    for line in all_lines:
        if line.index in body_lines:
            last_body = by_line.get(line.index, last_body)
            continue
        if line.blank or last_body is None or not text[line.lstart:line.lstart + 1].islower():
            continue
        nxt = next((x for x in all_lines[line.index + 1:] if not x.blank), None)
        body = bodies[last_body]
        if (nxt is not None and nxt.index in body_lines and line.index not in out
                and not _BODY_END.search(text, body.body_start, body.body_end)):
            out[line.index] = last_body
    return out


# A marker a text layer wrote in plain digits is a raised one all the same: a body "1 …" (or "1"
# alone on its line) at a page foot explains an anchor "đạo¹" drawn raised, and the other way round.
_FAMILY = {"plain": "superscript"}


def link(bodies: list[Body], anchors: list[Mark]) -> dict[int, Optional[Mark]]:
    """Return, for each body (by position in ``bodies``), its anchor or None.

    >>> a = [Mark(1, "superscript", 5, 6), Mark(2, "superscript", 9, 10), Mark(1, "superscript", 50, 51)]
    >>> b = [Body(Mark(1, "superscript", 20, 21), 22, 30, 2), Body(Mark(1, "superscript", 60, 61), 62, 70, 5)]
    >>> {i: m.start for i, m in link(b, a).items()}
    {0: 5, 1: 50}
    """
    free: dict[tuple[int, str], list[Mark]] = {}
    for a in anchors:  # anchors are in document order, so each list is too
        free.setdefault((a.number, _FAMILY.get(a.style, a.style)), []).append(a)
    out: dict[int, Optional[Mark]] = {}
    for i, body in enumerate(bodies):
        same = free.get((body.mark.number, _FAMILY.get(body.mark.style, body.mark.style)), [])
        before = [k for k, a in enumerate(same) if a.start < body.mark.start]
        k = before[-1] if before else (0 if same else None)
        out[i] = same.pop(k) if k is not None else None
    return out


def problems(bodies: list[Body], anchors: list[Mark], links: dict[int, Optional[Mark]],
             to_original: Callable[[int], int]) -> list[FootnoteProblem]:
    """Return what does not add up: unlinked bodies and anchors, skipped/repeated/backward numbers."""
    out: list[FootnoteProblem] = []
    linked = {id(a) for a in links.values() if a is not None}
    for i, body in enumerate(bodies):
        if links[i] is None:
            out.append(FootnoteProblem("body_without_anchor", body.mark.number,
                                       to_original(body.mark.start),
                                       f"footnote {body.mark.number}: body found, no anchor in the text"))
    for a in anchors:
        if id(a) not in linked:
            out.append(FootnoteProblem("anchor_without_body", a.number, to_original(a.start),
                                       f"footnote {a.number}: anchor found, no body line"))
    body_starts = sorted(b.mark.start for b in bodies)
    for style in ("superscript", "bracket", "paren"):
        seq = [a for a in anchors if _FAMILY.get(a.style, a.style) == style]
        prev, last = 0, -1
        seen: set[int] = set()
        for a in seq:
            if a.number == 1 and prev and _body_between(body_starts, last, a.start):
                prev, seen = 0, set()   # numbering restarts after the bodies of a page
            last = a.start
            if a.number in seen:
                out.append(FootnoteProblem("repeated", a.number, to_original(a.start),
                                           f"footnote {a.number} is anchored again"))
            elif a.number < prev:
                out.append(FootnoteProblem("out_of_order", a.number, to_original(a.start),
                                           f"footnote {a.number} comes after {prev}"))
            elif a.number > prev + 1:
                missing = f"{prev + 1}" if a.number == prev + 2 else f"{prev + 1}…{a.number - 1}"
                out.append(FootnoteProblem("skipped", a.number, to_original(a.start),
                                           f"footnote {a.number} follows {prev}: {missing} missing"))
            seen.add(a.number)
            prev = max(prev, a.number)
    out.sort(key=lambda p: (p.start, p.kind))
    return out


def _body_between(body_starts: list[int], lo: int, hi: int) -> bool:
    i = bisect_right(body_starts, lo)
    return i < len(body_starts) and body_starts[i] < hi
