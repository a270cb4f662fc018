"""Sections: the heading ladder of a report (``Phần thứ nhất`` > ``II-`` > ``1.`` > ``1.1.`` > ``a)``)
as a tree, each section with a path such as ``Phần thứ nhất > II- KẾT QUẢ … > 1.1. Cơ cấu lại …``.

A line is a heading when its start matches a rung of the ladder in ``structure/data/headings.yaml``
and the rest reads as a title: a capital letter (or opening quote) first, one sentence, not ending
in ``.``, ``;`` or ``,``, at most ``max_chars`` long. ``4.1. Đối với …: Nâng cao …`` is a run-in
heading whose title stops at the colon. A line written all in capitals is a heading of rank
``caps_rank`` unless it stands in a block of capital lines (a signature: ``T/M BAN CHẤP HÀNH`` /
``BÍ THƯ``); the capitals line right after ``Phần thứ …`` is that part's title. Numbered list items
``(1)- …`` and numbered paragraphs of several sentences are not headings.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from baocao.structure import sentences
from baocao.structure._rules import load
from baocao.structure.lines import lines

_RULES = load("headings")
_LADDER = [(r.rule, r.rank, regex.compile(r.pattern)) for r in _RULES.ladder]
_PART = next(p for rule, _, p in _LADDER if rule == "part")
_TITLE_START = regex.compile(r"[*_]*[\p{Lu}“\"«(]")
_EMPHASIS = regex.compile(r"[*_]+")
_SPACES = regex.compile(r"\s+")
_HAS_LOWER = regex.compile(r"\p{Ll}")
_LETTER_WORDS = regex.compile(r"\p{L}{2,}")


@dataclass
class Section:
    """A heading and the part of the document it governs (offsets into the original text).

    ``start``/``end`` span the heading line (for a run-in heading, its label); ``content_end`` is
    where the next heading of the same or a higher rank begins. ``parent`` and ``children`` are
    indices into ``Report.sections``; ``depth`` is 1 at the top. ``title`` is the capitals line
    that names a ``Phần thứ …`` part.
    """

    index: int
    heading: str
    label: str
    rule: str
    rank: int
    depth: int
    start: int
    end: int
    content_end: int
    parent: Optional[int]
    path: str
    title: Optional[str] = None
    children: list[int] = field(default_factory=list)


def label_of(heading: str, limit: int = _RULES.label_max_chars) -> str:
    """Return the heading as shown in a path: emphasis marks dropped, spaces collapsed, and cut at
    the last space within ``limit`` characters, with ``…``.

    >>> label_of("2.4. *Đẩy mạnh ứng dụng khoa học, công nghệ*")
    '2.4. Đẩy mạnh ứng dụng khoa học, công nghệ'
    >>> label_of("I- KẾT QUẢ THỰC HIỆN 02 KHẤU ĐỘT PHÁ THEO NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN")
    'I- KẾT QUẢ THỰC HIỆN 02 KHẤU ĐỘT PHÁ THEO NGHỊ QUYẾT ĐẠI HỘI…'
    """
    text = _SPACES.sub(" ", _EMPHASIS.sub("", heading)).strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit + 1)
    return text[:cut if cut > 0 else limit].rstrip(" ,;:-–") + "…"


def _is_caps(text: str) -> bool:
    return (not _HAS_LOWER.search(text) and len(_LETTER_WORDS.findall(text)) >= 2
            and "\t" not in text and len(text) <= _RULES.max_chars)


def classify(text: str) -> Optional[tuple[str, int, int]]:
    """Return (rule, rank, end of heading) when the stripped line ``text`` is a heading, else None.

    >>> classify("II- KẾT QUẢ PHÁT TRIỂN KINH TẾ - XÃ HỘI")
    ('roman', 1, 39)
    >>> classify("1.1. Cơ cấu lại nông nghiệp gắn với xây dựng nông thôn mới")[:2]
    ('number2', 3)
    >>> classify("(1)- Cơ cấu ngành kinh tế đến năm 2030: Nông - lâm nghiệp chiếm 28,5%.") is None
    True
    >>> classify("1. Tăng cường sự lãnh đạo. Phát huy vai trò tiên phong.") is None
    True
    >>> t = "4.1. Đối với hoạt động của HĐND các cấp: Nâng cao chất lượng. Đổi mới hoạt động."
    >>> classify(t), t[:classify(t)[2]]
    (('number2', 3, 39), '4.1. Đối với hoạt động của HĐND các cấp')
    """
    if len(text) > _RULES.max_chars * 4 or "\t" in text:
        return None
    for rule, rank, pattern in _LADDER:
        m = pattern.match(text)
        if m is None:
            continue
        if rule == "part":
            return rule, rank, len(text)
        if not _TITLE_START.match(text, m.end()):
            continue
        if len(text) <= _RULES.max_chars and _one_title(text, m.end()):
            return rule, rank, len(text)
        colon = text.find(":", m.end(), m.end() + _RULES.run_in_max_chars)
        if colon > 0 and _one_title(text[:colon], m.end()):
            return rule, rank, colon
    if _is_caps(text):
        return "caps", _RULES.caps_rank, len(text)
    return None


def _one_title(text: str, start: int) -> bool:
    stripped = _EMPHASIS.sub("", text).rstrip()
    if not stripped or stripped[-1] in ".;,":
        return False
    return sum(1 for _ in sentences.split(text, start)) == 1


def find(doc, skip: set[int]) -> list[Section]:
    """Return the sections of ``doc`` in document order; lines in ``skip`` (footnote bodies, table
    rows) are never headings."""
    text, all_lines = doc.text, lines(doc)
    found: list[tuple[int, int, str, int]] = []  # (line index, end in clean text, rule, rank)
    for line in all_lines:
        if line.blank or line.index in skip:
            continue
        hit = classify(text[line.lstart:line.rend])
        if hit is None:
            continue
        rule, rank, length = hit
        if rule == "caps":
            near = [all_lines[j] for j in (line.index - 1, line.index + 1) if 0 <= j < len(all_lines)]
            if any(not n.blank and _is_caps(text[n.lstart:n.rend])
                   and not _PART.match(text, n.lstart, n.rend) for n in near):
                continue  # a block of capitals (signature, address), not a heading
        found.append((line.index, line.lstart + length, rule, rank))

    out: list[Section] = []
    stack: list[Section] = []
    n_orig = len(doc.original)
    skip_title = -1
    for k, (li, end, rule, rank) in enumerate(found):
        if li == skip_title:
            continue
        line = all_lines[li]
        start, stop = doc.span_to_original(line.lstart, end)
        heading = doc.original[start:stop]
        title = None
        if rule == "part" and k + 1 < len(found) and found[k + 1][2] == "caps":
            nxt = all_lines[found[k + 1][0]]
            if all(all_lines[j].blank for j in range(li + 1, nxt.index)):
                s2, e2 = doc.span_to_original(nxt.lstart, nxt.rend)
                title, skip_title = doc.original[s2:e2], nxt.index
        while stack and stack[-1].rank >= rank:
            stack.pop().content_end = start
        parent = stack[-1] if stack else None
        label = label_of(heading)
        sec = Section(index=len(out), heading=heading, label=label, rule=f"heading.{rule}",
                      rank=rank, depth=len(stack) + 1, start=start, end=stop, content_end=n_orig,
                      parent=parent.index if parent else None,
                      path=f"{parent.path} > {label}" if parent else label, title=title)
        if parent:
            parent.children.append(sec.index)
        out.append(sec)
        stack.append(sec)
    return out
