"""An anaphor in a name (``Con số này``, ``Tỷ lệ này``, ``khu vực này``): where it stands in the phrase
before a figure and the statement it points back to; read by
:func:`baocao.resolve.naming.named_by_phrase_before`.

The anaphor is the whole phrase (``Tỷ lệ này giảm 3,2%``), or opens it before a word of aspect and at most
two words more (``con số này đã đạt mốc 50.201,9 tỉ đồng``: its predicate follows; not ``Kết quả này đã
giúp huyện đầu tư 120 tỷ đồng``, whose figure is another subject's), or ends it (``tốc độ tăng trưởng
chung đạt thấp do khu vực này chiếm tỷ trọng cao khoảng 46%``: the subject nearest the figure). It
points back to the last statement read, when that one names itself (``GDP … tăng 6,76%. Con số này
…``); or, its head being no generic one, to the one name starting with its head among the statements
of its own clause before it, else of the sentence before (``… đã giảm tỷ lệ hộ nghèo từ 6,26% xuống còn
2,36%. Dự kiến tỷ lệ này tiếp tục giảm …``): two names there that start with the head (``khu vực
nông, lâm nghiệp và thủy sản …; khu vực dịch vụ …``) leave it unresolved."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.fold import fold
from baocao.core.rules import compile_at
from baocao.resolve.context import Context, Draft, unit_of
from baocao.resolve.vocabulary import ANAPHOR, ANAPHOR_HEAD, GENERIC_ANAPHOR, WORDS, exact_alternation

if TYPE_CHECKING:
    from baocao.resolve.roles import Role
    from baocao.resolve.context import FigureRecord

__all__ = ["anaphor_in_name", "measured_alike", "statement_pointed_back_to"]

_WORDS = r"(?:[\p{L}\p{N}]+\s+){1,2}"
_ANAPHORA = exact_alternation(WORDS.anaphora_words)
# the anaphor opening a name, a word of aspect after it: the predicate of that subject follows
_AT_START = compile_at(rf"\s*{_WORDS}(?:{_ANAPHORA})(?=\s+(?:{exact_alternation(WORDS.anaphora_aspect_words)})(?![\p{{L}}\p{{N}}]))")
# the anaphor ending a name that is longer than it, right after a space
_AT_END = regex.compile(rf"(?<=\s){_WORDS}(?:{_ANAPHORA})\s*$")
# any anaphora word: a name without one is read no further
_ANY = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{_ANAPHORA})(?![\p{{L}}\p{{N}}])")
# … then the predicate: the word of aspect and at most two words before the figure ("đã đạt mốc", "tiếp tục
# tăng lên"); more words hold a subject of their own ("Kết quả này đã giúp huyện đầu tư 120 tỷ đồng")
_PREDICATE = compile_at(rf"\s+(?:{exact_alternation(WORDS.anaphora_aspect_words)})(?:\s+[\p{{L}}\p{{N}}]+){{0,2}}\s*$")
# the end of a clause or a sentence, read backwards
_CLAUSE_STOP_BEFORE = regex.compile(r"(?r)[.!?;](?=\s)|\n")
_SENTENCE_STOP_BEFORE = regex.compile(r"(?r)[.!?](?=\s)|\n")

ANAPHOR_REACH = 300
"""How far before an anaphor (``Con số này``) the statement it points back to may end."""
ANAPHOR_DRAFTS = 64
"""How many of the last statements read are looked at for the one an anaphor's head names (a bound: a
text of many anaphors and statements costs no more per anaphor)."""


def anaphor_in_name(ctx: Context, a: int, b: int) -> Optional[tuple[int, int, str]]:
    """The anaphor of the name ``a``-``b`` (lower-cased text): its span and where it stands (``whole``,
    ``opens``, ``ends``); None when the name holds none where one is read."""
    if _ANY.search(ctx.lower, a, b) is None:
        return None
    if ANAPHOR.fullmatch(ctx.lower, a, b):
        return a, b, "whole"
    m = _AT_START.match(ctx.lower, a, b)
    if m is not None:
        return (a, m.end(), "opens") if _PREDICATE.match(ctx.lower, m.end(), b) is not None else None
    m = _AT_END.search(ctx.lower, a, b)
    if m is not None:
        return m.start(), b, "ends"
    return None


def statement_pointed_back_to(ctx: Context, at: int, end: int, where: str = "whole") -> Optional[Draft]:
    """The statement an anaphor (``at``-``end``, read with the one character after it: its look-ahead)
    points back to: the last one read, when the anaphor is the whole name or opens it and that statement
    names itself and ends within :data:`ANAPHOR_REACH` before it, its head being generic (``Con số
    này``) or starting its name (``Tỷ lệ này`` after ``Tỷ lệ hộ nghèo``); else, for a head that is no
    generic one, the one name it starts in the statements of the anaphor's clause before it, or of the
    sentence before; None otherwise."""
    if not ctx.drafts:
        return None
    head = ANAPHOR_HEAD.match(ctx.lower, at, end + 1)
    if head is None:
        return None
    generic = GENERIC_ANAPHOR.fullmatch(head.group(1)) is not None
    if generic and where == "ends":
        return None     # "… nhờ kết quả này": a generic anaphor after other words is read nowhere
    last = ctx.drafts[-1]
    if where != "ends" and last.figs and last.name_start is not None and 0 <= at - last.figs[-1].end <= ANAPHOR_REACH:
        # "Con số này" points at any figure; "Tỷ lệ này" only at a rate ("tiêu chí này đạt 0 điểm" after a
        # count of cases is a criterion named earlier, not that count)
        if generic or fold(last.name).startswith(fold(head.group(1))):
            return last
    if generic:
        return None
    return _the_one_named_by_its_head(ctx, at, fold(head.group(1)))


def _the_one_named_by_its_head(ctx: Context, at: int, head: str) -> Optional[Draft]:
    """The statement whose name starts with ``head`` (folded, and is more than it) in the anaphor's clause
    before ``at``, else in the sentence before it (and its own before ``at``), when all such statements
    there share one name; none found in the clause, the sentence is read; some found, it is not."""
    floor = max(0, at - ANAPHOR_REACH)
    m = _CLAUSE_STOP_BEFORE.search(ctx.text, floor, at)
    clause = m.end() if m is not None else floor
    s = _SENTENCE_STOP_BEFORE.search(ctx.text, floor, at)
    sentence = s.end() if s is not None else floor
    p = _SENTENCE_STOP_BEFORE.search(ctx.text, floor, max(floor, sentence - 1)) if sentence > floor else None
    for before in (clause, p.end() if p is not None else floor):
        found = [d for d in ctx.drafts[-ANAPHOR_DRAFTS:] if d.figs and before <= d.figs[0].start
                 and d.figs[-1].end <= at and _named_by(fold(d.name), head)]
        if found:
            if len({fold(d.name) for d in found}) != 1:
                return None
            return max(found, key=lambda d: d.figs[-1].end)
    return None


def _named_by(name: str, head: str) -> bool:
    """Whether folded ``name`` starts with the word(s) ``head`` and is more than them."""
    return name.startswith(head) and len(name) > len(head) and not name[len(head)].isalnum()


# a percentage and points of a percentage (measured_alike)
_PERCENT_AND_POINTS = {"%", *(fold(u) for u in WORDS.points_units)}


def measured_alike(before: Draft, rec: FigureRecord, role: Role) -> bool:
    """Whether a level ``rec`` (``role``) may take the name of the statement ``before`` an anaphor points
    back to: it is written in that statement's unit (``Năm 2023, con số này đã đạt 620 tỷ đồng`` after
    ``tỷ lệ hộ nghèo còn 3%`` is no poverty rate of 620e9 VND); a change, an achievement or a figure or
    statement of no unit may."""
    unit = unit_of(rec)[0]
    if role.kind != "level" or before.unit is None or unit is None:
        return True
    # a percentage and points of a percentage measure alike: "khu vực dịch vụ giảm 4,38%, làm giảm 2,16 điểm
    # phần trăm mức tăng chung, … do khu vực này chiếm tỷ trọng cao khoảng 46%" (247 dangcongsan)
    return fold(unit) == fold(before.unit) or {fold(unit), fold(before.unit)} == _PERCENT_AND_POINTS
