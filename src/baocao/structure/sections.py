"""Sections: the heading ladder of a report (``Phần thứ nhất`` > ``II-`` > ``1.`` > ``1.1.`` > ``a)``)
as a tree, each section with a path such as ``Phần thứ nhất > II- KẾT QUẢ … > 1.1. Cơ cấu lại …``.

A line is a heading when its start matches a rung of the ladder in ``structure/data/headings.yaml``
and the rest reads as a title: a capital letter (or opening quote) first, one sentence, not ending
in ``.``, ``;`` or ``,``, at most ``max_chars`` long. ``4.1. Đối với …: Nâng cao …`` is a run-in
heading whose title stops at the colon. A line written all in capitals is a heading of rank
``caps_rank`` unless it stands in a block of capital lines (a signature: ``T/M BAN CHẤP HÀNH`` /
``BÍ THƯ``); the capitals line right after ``Phần thứ …`` is that part's title. Numbered list items
``(1)- …`` and numbered paragraphs of several sentences are not headings.

A line's own test is in :mod:`~baocao.structure.headings`, headings that run into their paragraph in
:mod:`~baocao.structure.run_in`, and the sequence of their numbers in
:mod:`~baocao.structure.numbering`; this module reads each line in its neighbours' light and builds
the tree.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

import regex

from baocao.structure.headings import (HAS_LOWER, LADDER, LETTER_WORDS, PART, RULES, Hit,
                                      classify, is_caps, label_of)
from baocao.structure.lines import Line, lines
from baocao.structure.numbering import in_sequence
from baocao.structure.run_in import RUN_IN_LABEL, TOKEN, WORD, ProperWords, run_ins, runs_in

if TYPE_CHECKING:
    from baocao.document import Document


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


def find(doc: Document, skip: set[int]) -> list[Section]:
    """Return the sections of ``doc`` in document order; lines in ``skip`` (footnote bodies, table
    rows) are never headings."""
    text, all_lines = doc.text, lines(doc)
    skip = set(skip)   # grows by the lines a title goes on in (copied once, not at each)
    # (start, end in clean text, rule, rank, line index, run-in)
    hits: list[Hit] = []
    proper = ProperWords(doc)   # the names the document writes, counted if a run-in title asks
    stopped: set[int] = set()   # starts of titles ending in a full stop, kept only in sequence
    # line index -> classify() of the line, kept for the line after it (a heading asks whether
    # its title goes on in the next line, then that line is classified in its turn)
    classified: dict[int, Optional[tuple[str, int, int]]] = {}
    for line in all_lines:
        if line.blank or line.index in skip:
            continue
        hit = classified.pop(line.index) if line.index in classified else \
            classify(text[line.lstart:line.rend])
        if hit is None:
            alone = _stopped_title(text, all_lines, line)
            if alone is not None:
                stopped.add(line.lstart)
                hits.append((line.lstart, line.lstart + alone[2], alone[0], alone[1], line.index,
                             False))
                continue
        if hit is not None:
            rule, rank, length = hit
            if rule == "caps":
                near = [all_lines[j] for j in (line.index - 1, line.index + 1)
                        if 0 <= j < len(all_lines)]
                if any(not n.blank and is_caps(text[n.lstart:n.rend])
                       and not PART.match(text, n.lstart, n.rend) for n in near):
                    continue  # a block of capitals (signature, address), not a heading
            end = line.lstart + length
            nxt = all_lines[line.index + 1] if line.index + 1 < len(all_lines) else None
            if rule not in ("caps", "part") and _wrapped_item(text, all_lines, line):
                continue  # an outline item whose last words and full stop went to the next line
            if (rule not in ("caps", "part") and end == line.rend
                    and _wrapped_paragraph(text, all_lines, line, skip)):
                continue  # the first line of a numbered paragraph, its sentence ends below
            if (rule not in ("caps", "part") and end == line.rend and nxt is not None
                    and not nxt.blank and nxt.index not in skip
                    and _title_goes_on(text, line, nxt, classified)):
                end = nxt.rend        # a title in capitals over two lines ("… NHIỆM KỲ\n2025 - 2030")
                skip.add(nxt.index)
            hits.append((line.lstart, end, rule, rank, line.index, False))
            continue
        if "\t" in text[line.lstart:line.rend] or not RUN_IN_LABEL.search(
                text, line.lstart, line.rend):
            continue
        for start, end, rule, rank in run_ins(text, line.lstart, line.rend, proper):
            hits.append((start, end, rule, rank, line.index, True))
    hits = in_sequence(text, hits, stopped)
    if not runs_in(text, all_lines, hits):
        hits = [h for h in hits if not h[5]]
    found = [(li, end, rule, rank, start) for start, end, rule, rank, li, _ in hits]

    out: list[Section] = []
    stack: list[Section] = []
    n_orig = len(doc.original)
    skip_title = -1
    for k, (li, end, rule, rank, clean_start) in enumerate(found):
        if li == skip_title:
            continue
        start, stop = doc.span_to_original(clean_start, end)
        heading = doc.original[start:stop]
        title = None
        if rule == "part" and k + 1 < len(found) and found[k + 1][2] == "caps" \
                and found[k + 1][0] != li:
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


def _wrapped_item(text: str, all_lines: Sequence[Line], line: Line) -> bool:
    """True when the next line holds only the last few words of this one and a full stop, and the
    line after it opens another item: "III- Những thành tựu … chủ nghĩa xã hội" / "Việt Nam." /
    "IV- Khái quát …" is an outline, not a heading."""
    k = line.index + 1
    if k + 1 >= len(all_lines) or all_lines[k].blank:
        return False
    nxt, after = all_lines[k], all_lines[k + 1]
    more = text[nxt.lstart:nxt.rend]
    if not more.endswith(".") or len(LETTER_WORDS.findall(more)) > 4:
        return False
    return not after.blank and RUN_IN_LABEL.match(text, after.lstart, after.rend) is not None


_NUMBERED = frozenset({"roman", "number", "number2", "number3", "letter"})


def _stopped_title(text: str, all_lines: Sequence[Line],
                   line: Line) -> Optional[tuple[str, int, int]]:
    """The heading (rule, rank, length of the title before its full stop) when a numbered line
    that ends in a full stop stands alone between blank lines (a block of its own, as the reader
    sets a bold line apart) and is a single short title without the stop: "6. Quản lý Tài chính
    của Hiệp hội." over its paragraph. It counts only where its number comes next
    (:func:`~baocao.structure.numbering.in_sequence`); a numbered paragraph of several sentences,
    one that runs on in the next line, or an item followed by another item (an outline) is none."""
    body = text[line.lstart:line.rend]
    if not body.endswith(".") or body.endswith(".."):
        return None
    k = line.index
    for j in (k - 1, k + 1):
        if 0 <= j < len(all_lines) and not all_lines[j].blank:
            return None
    if k + 2 >= len(all_lines) or all_lines[k + 2].blank:
        return None   # a paragraph must follow
    after = all_lines[k + 2]
    if any(p.match(text, after.lstart, after.rend) for _, _, p in LADDER):
        return None   # another item follows: an outline that lists the parts ("I- Bối cảnh ….")
    end = line.rend - 1
    hit = classify(text[line.lstart:end])
    if hit is None or hit[0] not in _NUMBERED or hit[2] != end - line.lstart:
        return None
    return hit


_ENDS_SENTENCE = regex.compile(r"[.!?…][)\"”’»]*\Z")


def _wrapped_paragraph(text: str, all_lines: Sequence[Line], line: Line, skip: set[int]) -> bool:
    """True when a numbered line is the first line of a paragraph: it runs long (a full printed
    line, ``wrapped_line_min_chars``), the next line is no item of its own, goes on with what
    cannot open a sentence (a small letter, a bracket, an abbreviation in capitals) and ends
    the sentence with a full stop ("c) Tỷ lệ số hóa hồ sơ … hiện chỉ đạt 72%" / "(chỉ tiêu đề
    ra là tối thiểu 80%, …)."). The paragraph under a title opens with a capital word."""
    if line.rend - line.lstart < RULES.wrapped_line_min_chars:
        return False
    k = line.index + 1
    if k >= len(all_lines) or all_lines[k].blank or k in skip:
        return False
    nxt = all_lines[k]
    if any(p.match(text, nxt.lstart, nxt.rend) for _, _, p in LADDER):
        return False
    first = TOKEN.match(text, nxt.lstart, nxt.rend)
    word = WORD.search(first.group()) if first else None
    if first is None or word is None:
        return False
    if not (first.group()[0] == "(" or word.group()[0].islower()
            or (len(word.group()) > 1 and word.group().isupper())):
        return False   # a capital word may open the paragraph under a title
    return _ENDS_SENTENCE.search(text, nxt.lstart, nxt.rend) is not None


def _title_goes_on(text: str, line: Line, nxt: Line,
                   classified: dict[int, Optional[tuple[str, int, int]]]) -> bool:
    """True when the title of a heading line in capitals goes on in the next line: that line has no
    small letter, is short, is no heading itself, and the title does not end in a stop. The next
    line's classify() is kept in `classified` (by line index)."""
    title, more = text[line.lstart:line.rend], text[nxt.lstart:nxt.rend]
    if not (not HAS_LOWER.search(title) and not HAS_LOWER.search(more)
            and title[-1:] not in ".:;,!?" and len(more) <= 80 and "\t" not in more):
        return False
    classified[nxt.index] = hit = classify(more)
    return hit is None
