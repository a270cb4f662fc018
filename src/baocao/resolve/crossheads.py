"""The crossheads and captions inside a news article's body that say again a figure the article writes
elsewhere: ``Mức thu nhập bình quân đầu người trong năm đạt 17,1 triệu đồng`` between two paragraphs of a
report that states ``… nâng mức thu nhập bình quân đầu người trong năm đạt 17,1 triệu đồng.`` further down.

A crosshead is a short line that ends no sentence and no list item (a headline's shape,
:mod:`baocao.resolve.headlines`), a paragraph of its own (a blank line before and after it) standing after a
line of prose and right before one: a line set between paragraphs to head the next one or to caption a photo,
not a line of a list or a table, nor a line of a paragraph wrapped at a page's width. When every figure
it writes is written again elsewhere in the document (the same kind, value and unit, in a clause that shares
two words in a row with the line: ``thu nhập``, ``ngân sách``; the same 3,5% of another indicator is no
repeat, so ``Tỷ lệ hộ nghèo giảm còn 3,5%`` beside ``công nghiệp tăng 3,5%`` stays read), the line only
restates the article, as its headline does: :func:`crosshead_lines` gives such lines, whose figures are
left unattached like a headline's (the statement is the figure in the prose; a second record of it would
be a repeat or, named from a short line, a wrong one). A short line with a figure the document writes
nowhere else stays read (``Tổng thu ngân sách 5 tỷ đồng`` as a line of its own is a statement).
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.fold import fold
from baocao.resolve.context import unit_of, value_of
from baocao.resolve.headlines import LIST_MARK, LONG_OPENING_LINES, PROSE, TITLE_CHARS, headline_lines

if TYPE_CHECKING:
    from baocao.resolve.context import FigureRecord

__all__ = ["REPEAT_REASON", "caption_blocks", "crosshead_lines", "long_opening"]

#: The reason given to a figure of a caption block (:func:`caption_blocks`).
REPEAT_REASON = "repeat: a caption block restating the article's title and lead, its figures written again in the body"

_LINE = regex.compile(r"[^\n]+")
_SYLLABLE = regex.compile(r"\p{L}+")
# an acronym glued to the word after it ("GRDPước tăng 12,7%"): two words
_GLUED = regex.compile(r"(?<=\p{Lu}{2})(?=\p{Ll})")
# the end of a clause (not a number's dot: "1.432")
_CLAUSE_END = regex.compile(r"[!?;:\n]|\.(?!\d)")
CLAUSE_REACH = 150
"""How far before and after a figure its clause is read for the words of a crosshead."""


def _is_prose(line: str) -> bool:
    return len(line) > TITLE_CHARS or PROSE.search(line) is not None


def _set_apart(original: str, before: "regex.Match[str]", line: "regex.Match[str]", after: "regex.Match[str]") -> bool:
    """A paragraph of its own: a blank line before and after it (a line of a paragraph wrapped at its
    width, in a PDF's text, is none)."""
    return ("\n" in original[before.end() + 1:line.start()].replace(" ", "")
            and "\n" in original[line.end() + 1:after.start()].replace(" ", ""))


_Twin = tuple[str, Optional[float], Optional[float], Optional[str]]


def _twin(rec: "FigureRecord") -> _Twin:
    return rec.kind, *value_of(rec), unit_of(rec)[0]


def _twins(figures: list["FigureRecord"]) -> dict[_Twin, list["FigureRecord"]]:
    """The figures by their kind, value and unit (a figure written again is its twin's)."""
    twins: dict[_Twin, list["FigureRecord"]] = defaultdict(list)
    for r in figures:
        twins[_twin(r)].append(r)
    return twins


def _pairs(*texts: str) -> set[tuple[str, str]]:
    """The pairs of syllables in a row of each of ``texts`` (folded; an acronym glued to a word cut off it):
    the two-syllable words a clause is about (a figure's words, ``triệu đồng``, are no piece of them)."""
    out: set[tuple[str, str]] = set()
    for text in texts:
        words = _SYLLABLE.findall(fold(_GLUED.sub(" ", text)).lower())
        out.update(zip(words, words[1:]))
    return out


def _clause_around(original: str, rec: "FigureRecord") -> tuple[str, str]:
    """The clause of ``original`` around a figure: its words before and after the figure."""
    before = original[max(0, rec.start - CLAUSE_REACH):rec.start]
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    after = original[rec.end:rec.end + CLAUSE_REACH]
    m = _CLAUSE_END.search(after)
    return before[ends[-1] if ends else 0:], after[:m.start() if m else len(after)]


def crosshead_lines(original: str, figures: list["FigureRecord"]) -> list[tuple[int, int]]:
    """The spans of the lines of ``original`` that are crossheads whose every figure (of ``figures``, in the
    offsets of ``original``) is written again outside the line (see the module's text).

    >>> import baocao
    >>> t = ("Năm 2009, tỉnh đạt nhiều kết quả tích cực.\\n\\nThu nhập bình quân đạt 17,1 triệu đồng\\n\\n"
    ...      "Đến cuối năm, tổng sản phẩm tăng 9,12%. Thu nhập bình quân đạt 17,1 triệu đồng.\\n\\n"
    ...      "Tổng thu ngân sách 5 tỷ đồng\\n\\nKim ngạch xuất khẩu đạt 250 triệu USD.")
    >>> figs = [r for r in baocao.extract(t) if r.kind in ("money", "percentage")]
    >>> [t[a:b] for a, b in crosshead_lines(t, figs)]
    ['Thu nhập bình quân đạt 17,1 triệu đồng']
    """
    lines = [m for m in _LINE.finditer(original) if m.group().strip()]
    if len(lines) < 3 or not figures:
        return []
    twins = _twins(figures)
    out: list[tuple[int, int]] = []
    prose_before = False
    for i, m in enumerate(lines):
        line = m.group().strip()
        prose = _is_prose(line)
        if (not prose and prose_before and i + 1 < len(lines) and _is_prose(lines[i + 1].group().strip())
                and not LIST_MARK.match(line) and "|" not in line and _set_apart(original, lines[i - 1], m, lines[i + 1])):
            if _repeated_elsewhere(original, *m.span(), figures, twins):
                out.append(m.span())
        prose_before = prose_before or prose
    return out


def _repeated_elsewhere(original: str, a: int, b: int, figures: list["FigureRecord"],
                        twins: dict[_Twin, list["FigureRecord"]]) -> bool:
    """True when the span [a, b) of ``original`` writes a figure and each of its figures is written again outside
    it (its twin, in a clause sharing two words in a row with the span's words)."""
    inside = [r for r in figures if a <= r.start < b]
    if not inside:
        return False
    cuts = [a, *(x for r in sorted(inside, key=lambda r: r.start) for x in (r.start, r.end)), b]
    words = _pairs(*(original[cuts[k]:cuts[k + 1]] for k in range(0, len(cuts), 2)))
    return all(any(not a <= t.start < b and words & _pairs(*_clause_around(original, t)) for t in twins[_twin(r)])
               for r in inside)


def caption_blocks(original: str, figures: list["FigureRecord"]) -> list[tuple[int, int]]:
    """The spans of the caption blocks of ``original``: a paragraph of two lines (a blank line before and after
    it, none between them) set between paragraphs of the body (a line of prose before it, one right after it),
    its first line a headline's shape (short, ending no sentence, no list item, no table cell) and its second
    short too (at most :data:`~baocao.resolve.headlines.TITLE_CHARS`; it may end a sentence), whose every figure
    is written again elsewhere in the document (as :func:`crosshead_lines` checks), and which is a title and its
    lead (:func:`_titled`: its first line writes a figure, or a line is written again word for word). A news site writes such a
    block under a photo: the article's title and its lead again (``Bắc Giang có 790 trường đạt chuẩn quốc gia
    mức độ 1,2`` / ``Đến tháng 3/2021, tỉnh Bắc Giang có 790 trường đạt chuẩn quốc gia mức độ 1, 2``); its
    figures restate the article and are left unattached (:data:`REPEAT_REASON`). A two-line paragraph with a
    figure written nowhere else stays read.

    >>> import baocao
    >>> t = ("Tỉnh có 790 trường đạt chuẩn\\n\\nĐến tháng 3/2021, tỉnh có 790 trường đạt chuẩn quốc gia.\\n\\n"
    ...      "Tỉnh có 790 trường đạt chuẩn\\nĐến tháng 3/2021, tỉnh có 790 trường đạt chuẩn quốc gia\\n\\n"
    ...      "Kết quả đó góp phần nâng cao chất lượng giáo dục.")
    >>> figs = [r for r in baocao.extract(t) if r.kind == "quantity"]
    >>> [t[a:b] for a, b in caption_blocks(t, figs)]
    ['Tỉnh có 790 trường đạt chuẩn\\nĐến tháng 3/2021, tỉnh có 790 trường đạt chuẩn quốc gia']
    """
    lines = [m for m in _LINE.finditer(original) if m.group().strip()]
    if len(lines) < 4 or not figures:
        return []
    twins = _twins(figures)
    out: list[tuple[int, int]] = []
    prose_before = False
    for i, m in enumerate(lines):
        line = m.group().strip()
        if (0 < i and i + 2 < len(lines) and prose_before and not _is_prose(line)
                and _is_block(original, lines[i - 1], m, lines[i + 1], lines[i + 2])
                and _is_prose(lines[i + 2].group().strip())
                and _repeated_elsewhere(original, m.start(), lines[i + 1].end(), figures, twins)
                and _titled(original, m, lines[i + 1], figures)):
            out.append((m.start(), lines[i + 1].end()))
        prose_before = prose_before or _is_prose(line)
    return out


def _titled(original: str, first: "regex.Match[str]", second: "regex.Match[str]", figures: list["FigureRecord"]) -> bool:
    """A block is the article's title and lead: its first line writes a figure (a title stating the article's
    figure, ``Tây Ninh: GRDP 6 tháng đầu năm 2022 tăng 5,22%``), or one of its lines is written again word for word
    and in the same case elsewhere (the title, the lead); a section's heading over a one-sentence paragraph (``III. THU, CHI NGÂN
    SÁCH`` / ``Thu ngân sách đạt 300 tỷ đồng, tăng 5% …``) is neither."""
    if any(first.start() <= r.start < first.end() for r in figures):
        return True
    rest = _words(original[:first.start()] + "\n" + original[second.end():])
    return any(_words(line.group()).strip(" .") in rest for line in (first, second))


def _words(text: str) -> str:
    return " ".join(text.split())       # as written, its case too: a clause inside a sentence is no line again


def _is_block(original: str, before: "regex.Match[str]", first: "regex.Match[str]", second: "regex.Match[str]",
              after: "regex.Match[str]") -> bool:
    """``first`` and ``second`` a paragraph of two short lines of their own: a blank line before ``first`` and
    after ``second``, none between them; neither a list item nor a table's row; ``second`` at most
    :data:`~baocao.resolve.headlines.TITLE_CHARS` long."""
    two = second.group().strip()
    return (len(two) <= TITLE_CHARS and not LIST_MARK.match(first.group().strip()) and not LIST_MARK.match(two)
            and "|" not in first.group() and "|" not in two
            and "\n" not in original[first.end() + 1:second.start()].replace(" ", "")
            and "\n" in original[before.end() + 1:first.start()].replace(" ", "")
            and "\n" in original[second.end() + 1:after.start()].replace(" ", ""))


def long_opening(original: str, figures: list["FigureRecord"]) -> list[tuple[int, int]]:
    """The lines of a document's opening when it has one more short line than a headline
    (:data:`~baocao.resolve.headlines.LONG_OPENING_LINES`: ``Xã Tân Phú đặt mục tiêu … 120 triệu đồng/năm``,
    ``Minh An``, ``Minh An``, ``10:20 | 05/09/2025``, then the lead) and every figure it writes is written again
    in the body (as :func:`crosshead_lines` checks): such an opening is a headline too. None when the document
    has a headline of :data:`~baocao.resolve.headlines.HEADLINE_LINES` lines or fewer, or when a figure of the
    opening is written nowhere else (four short lines of figures may be a list).

    >>> import baocao
    >>> t = ("Xã Tân Phú đạt thu nhập bình quân đầu người 120 triệu đồng/năm\\n\\nMinh An\\n\\nMinh An\\n\\n10:20 | 05/09/2025\\n"
    ...      "Năm 2025, thu nhập bình quân đầu người của xã đạt 120 triệu đồng/người/năm.")
    >>> figs = [r for r in baocao.extract(t) if r.kind == "money"]
    >>> len(long_opening(t, figs))
    4
    """
    if headline_lines(original):
        return []
    lines = headline_lines(original, LONG_OPENING_LINES)
    if not lines:
        return []
    twins = _twins(figures)
    a, b = lines[0][0], lines[-1][1]
    if any(a <= r.start < b for r in figures) and not _repeated_elsewhere(original, a, b, figures, twins):
        return []
    return lines
