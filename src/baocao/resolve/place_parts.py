"""Parts of a figure broken down by locality: statements named only by a district or a commune of the
administrative data (``Cụ thể, Chư Jút: 2.958 hộ; Krông Nô: 3.169 hộ; …`` after ``toàn tỉnh có 27.761 hộ
nghèo``; ``Tỷ lệ hộ nghèo … là 44,8%, cao nhất là huyện vùng cao Mường Nhé 76,6%, huyện Tuần Giáo 58,1%``).
A place says where, not what is measured: such a statement whose name keys nothing takes the key of the
statement it breaks down — the nearest one before it, past the other places of its list, in the same
sentence or in the sentence before when its own sentence opens with a word that opens a list or a
breakdown (``list_openers``, ``breakdown_openers``: ``Cụ thể``, ``Trong đó``) — when the two share unit
(with its ``per``: an average per commune is no whole of a commune's count) and measure. A list that opens
its sentence with no statement of its whole takes the key the words before its first place name, in
that clause (``Xếp theo thứ tự, có tỷ lệ hộ nghèo cao nhất là huyện Pác Nặm với 35,22%; tiếp theo là
huyện Ngân Sơn 34,41%; …``, 143; ``Diện tích gieo trồng của các địa phương: Đồng Hới thực hiện 1.003,3
ha, …``, 234), matched with the parts' unit and measure: at most ``LEAD_WORDS`` words, none of them a
change (``tăng``, ``giảm``: the parts would be what the whole rose or fell by). Read by
:func:`baocao.resolve.build.records`."""
from __future__ import annotations

from functools import cache
from typing import Optional, Sequence, Union

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.metadata import _admin
from baocao.resolve.keys import key_unit, match_key
from baocao.resolve.reach import SENTENCE_STOP_BEFORE, sentence_start_within
from baocao.schema import Indicator, IndicatorSummary
from baocao.resolve.vocabulary import WORDS, exact_alternation

__all__ = ["key_place_parts"]

PARTS_REACH = 3
"""How many statements of another unit a part may pass over on its way back to the statement it breaks
down (``toàn tỉnh có 27.761 hộ nghèo, chiếm 19,26%. Cụ thể, Chư Jút: 2.958 hộ``: the share between)."""

# an administrative unit's word (``administrative_units``), at most two words that describe it ("vùng
# cao"), then its proper name
# ("Tp." and "TP." abbreviated with a point; a name of two joined by a dash: "Tp. Phan Rang - Tháp Chàm")
_PLACE = regex.compile(rf"(?:(?i:{exact_alternation(WORDS.administrative_units)})\.?\s+)?"
                       r"(?P<lower>(?:\p{Ll}+\s+){0,2})(?P<name>\p{Lu}[\p{L}'’]*(?:(?:\s+|\s*-\s*)\p{Lu}[\p{L}'’]*){0,3})")
LEAD_WORDS = 10
"""The most words the lead of a place list may have to name its whole (``có tỷ lệ hộ nghèo cao nhất là``)."""
LEAD_REACH = 300
"""How many characters are read back from a list's first place for the start of its sentence."""
_CHANGE = regex.compile(r"(?<!\w)(?:tăng|giảm)(?!\w)", regex.I)
_OPENER = regex.compile(rf"\s*(?:{words_pattern(WORDS.list_openers + WORDS.breakdown_openers)})\b")   # folded


_DASH = regex.compile(r"\s*-\s*")   # the administrative data writes a joined name "phan rang - thap cham"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@cache
def _place_names() -> frozenset[str]:
    districts, communes, _ = _admin()
    return frozenset(n.translate(_APOSTROPHES) for n in list(districts) + [w for (w, _d) in communes])


def is_place(name: str) -> bool:
    """True when ``name`` is only a district or commune the administrative data knows, with its unit's word
    and a word or two that describe it (``huyện vùng cao Mường Nhé``, ``Chư Jút``)."""
    m = _PLACE.fullmatch(name.strip())
    return m is not None and _DASH.sub(" - ", fold(m.group("name")).translate(_APOSTROPHES)) in _place_names()


def _joined(original: str, a: int, b: int) -> bool:
    """True when nothing ends a sentence in [a, b) (:data:`~baocao.resolve.reach.SENTENCE_STOP_BEFORE`: a
    semicolon, a colon or the point of a number is none), or only a stop before a list's or breakdown's
    opener."""
    stops = list(SENTENCE_STOP_BEFORE.finditer(original, a, b))
    return not stops or (len(stops) == 1 and stops[0].group() == "."
                         and _OPENER.match(fold(original[stops[0].end():b])) is not None)


def key_place_parts(original: str, recs: Sequence[Union[Indicator, IndicatorSummary]]
                    ) -> list[Union[Indicator, IndicatorSummary]]:
    """``recs`` (in text order) with the parts named by a place keyed as the statement they break down."""
    out = list(recs)
    for i, rec in enumerate(out):
        if not isinstance(rec, Indicator) or rec.key is not None or not is_place(rec.name or ""):
            continue
        whole, first, opens = _whole(original, out, i)
        # the list's own lead names its parts' indicator over a whole before it ("… số hộ cận nghèo là 14.176
        # hộ … . Cụ thể, số hộ nghèo tại các huyện, thành phố, gồm: Ninh Sơn 2.638 hộ, …", 264)
        lead = _lead_key(original, out, i, first) if opens or whole is not None else None
        key = lead if lead is not None else whole.key if whole is not None else None
        if key is not None:
            out[i] = rec.model_copy(update={"key": key})
    return out


def _lead_key(original: str, recs: list[Union[Indicator, IndicatorSummary]], i: int, first: int) -> Optional[str]:
    """The key the words before ``first`` (the first place of the list ``recs[i]`` is in) name, from the
    start of their clause (after a sentence stop or a comma), when no record lies there (see the module's
    text); None otherwise."""
    part = recs[i]
    assert isinstance(part, Indicator)
    start = sentence_start_within(original, first, LEAD_REACH)
    if any(r.start < first and r.end > start for r in recs[:i] if isinstance(r, (Indicator, IndicatorSummary))):
        return None
    # the clauses before the list, the last first: "gồm" names nothing, "số hộ nghèo tại các huyện" does
    for lead in reversed(original[start:first].split(",")):
        lead = lead.strip(" \t:;-–")
        if not lead or len(lead.split()) > LEAD_WORDS or _CHANGE.search(lead) is not None:
            return None
        key = match_key(lead, key_unit(part.unit, part.per), part.measure)
        if key is not None:
            return key
    return None


def _whole(original: str, recs: list[Union[Indicator, IndicatorSummary]], i: int
           ) -> tuple[Optional[Indicator], int, bool]:
    """The statement ``recs[i]`` breaks down, or None; the start of the list's first place (as far as
    it was read back); and whether the list opens its sentence (no statement of it before the list's
    first place)."""
    part = recs[i]
    assert isinstance(part, Indicator)
    first = part.start    # the first place of the list the part is in
    passed = 0
    for j in range(i - 1, -1, -1):
        rec = recs[j]
        if not isinstance(rec, Indicator):
            return None, first, False
        if is_place(rec.name or "") or (rec.key is None and _PLACE.fullmatch((rec.name or "").strip())):
            # another place of the list (one the data spells otherwise, "Chư Jút", passed over too), in
            # the same sentence: a place of another list ends it ("(13) … Bắc Kạn giảm 2,47%/năm. (14) Tỷ lệ
            # che phủ rừng năm 2025: Thái Nguyên đạt trên 46%")
            if rec.unit != part.unit or not _joined(original, rec.end, first):
                return None, first, False
            if rec.key is not None and _same_measure(rec.measure, part.measure):
                return rec, first, False   # a place of the list keyed already (by its whole, or by its measure: place_lists.py)
            first = rec.start
            continue
        if not _joined(original, rec.end, first):
            return None, first, passed == 0
        # an average per commune ("bình quân 15,09 tiêu chí/xã") is no whole of a commune's count
        if rec.unit == part.unit and rec.per == part.per and _same_measure(rec.measure, part.measure):
            return (rec if rec.key is not None else None), first, False
        passed += 1
        if passed >= PARTS_REACH:
            return None, first, False
    return None, first, passed == 0


def _same_measure(a: Optional[str], b: Optional[str]) -> bool:
    """The same measure; for percentages a rate, a share and a level alike (``Tỷ lệ hộ nghèo … 24,8%, cao
    nhất là huyện Mường Nhé 76,6%``), never a growth."""
    return a == b or (a != "growth" and b != "growth" and a is not None and b is not None)
