"""Who attended the event a report is news of: counts of the attendees are no indicators.

Meeting and congress news lists its attendees in a sentence of its own, opened by a verb of attending
(``attendance_verbs`` of ``data/indicators.yaml``: ``Tới dự có …``, ``Tham dự Đại hội lần này có …``; a bare
``dự`` only before one of ``attendance_events``: ``Dự kỳ họp có …``, not ``Dự kiến có …``), then ``có`` and the
list. A count of people (``attendance_units``) or of administrative units in that list is about the event, not
a measure of the place: ``Tới dự có Thường trực Thành ủy, HĐND, UBND thành phố Hà Giang và 105 đảng viên tiêu
biểu`` (208, Báo Hà Giang), ``Dự kỳ họp có …; Chủ tịch HĐND, Chủ tịch UBND, lãnh đạo hai Ban HĐND 14 xã, thị
trấn và các đại biểu HĐND huyện.`` (207, the Hạ Lang district portal); the same sentences count the delegates
of 019 (Kon Tum's culture department), 166 and 177 (Bà Rịa - Vũng Tàu and Đồng Nai news) and 224 (the Giồng
Riềng district portal). The members a delegation stands for, after one of ``attendance_ends``, stay
(``… đại diện cho 234 đảng viên của Đảng bộ``, ``được bầu từ 19 Đảng bộ trực thuộc``), as do the members
(``attendance_members``) right after a verb of standing for (``attendance_stand_for``) without its ``cho``
(``349 đại biểu đại diện hơn 80 nghìn đảng viên``, 244 Báo Dân tộc và Phát triển), where ``đại diện`` before
anything else is a title and the list goes on (``có đại diện lãnh đạo các bộ``, ``đại diện 12 xã``); any other
count stays too (``19 Đảng bộ`` is no attendee). :func:`attendee_count` names the reason, or None.
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.fold import fold
from baocao.core.numbers.words import QUALIFIER
from baocao.core.rules import compile_at
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.reach import sentence_start_within
from baocao.resolve.vocabulary import WORDS, exact_words

__all__ = ["ATTENDANCE_REASON", "attendee_count"]

#: The reason given to a count of the event's attendees.
ATTENDANCE_REASON = ("event_count: the attendees listed after 'Tới dự có', 'Dự kỳ họp có' … (105 đảng viên, "
                     "lãnh đạo 14 xã) are about the event, not indicators of the place")

_UNITS = frozenset(fold(u) for u in (*WORDS.attendance_units, *WORDS.administrative_units))
_EVENT = rf"{exact_words(WORDS.attendance_events)}[^.;:!?,()\n]{{0,40}}?"
# at the sentence's start (a dash or bullet may stand before it), on the lower-cased text
_LEAD = compile_at(rf"[\s\-–•+*]*(?:{exact_words(WORDS.attendance_verbs)}(?:\s+{_EVENT})?"
                  rf"|{exact_words(WORDS.attendance_event_verbs)}\s+{_EVENT})\s+có(?!\p{{L}})")
_END = regex.compile(exact_words(WORDS.attendance_ends))
_MEMBERS = frozenset(fold(u) for u in WORDS.attendance_members)
# "… đại biểu đại diện (cho) (hơn) " right before the count, on the lower-cased text before it; the verb has its
# subject before it (right after "có", "đại diện" is a title: "Tới dự có đại diện 120 hội viên")
_STANDS_FOR = regex.compile(rf"\S\s+{exact_words(WORDS.attendance_stand_for)}(?:\s+cho)?\s+(?:{QUALIFIER}\s+)?$")
STAND_FOR_REACH = 40
"""How far before a count of members its verb of standing for is looked for."""
LOOK_BACK = 600
"""How far back the start of a figure's sentence is looked for."""


def attendee_count(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` counts the attendees of a sentence that lists them (``Tới dự có … 105 đảng viên``);
    else None."""
    rec = fig.rec
    if rec.kind != "quantity" or folded_unit(rec) not in _UNITS:
        return None
    start = sentence_start_within(ctx.text, rec.start, LOOK_BACK)
    lead = _LEAD.match(ctx.lower, start, rec.start)
    if lead is None or _END.search(ctx.lower, lead.end(), rec.start) is not None:
        return None
    if (folded_unit(rec) in _MEMBERS
            and _STANDS_FOR.search(ctx.lower, max(lead.end(), rec.start - STAND_FOR_REACH), rec.start)):
        return None
    return ATTENDANCE_REASON
