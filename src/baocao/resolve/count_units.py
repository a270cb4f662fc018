"""Where the phrase after a count starts: at the count's own unit (``có 4 xã đạt chuẩn nông thôn mới`` →
``xã đạt chuẩn nông thôn mới``) when the unit is one of ``count_units``, when a threshold of criteria
follows (:func:`baocao.resolve.name_thresholds.counts_to_a_threshold`), or when the unit is any unit of
things counted (the extractor's count units) and a verb of reaching (``reaching_verbs``) follows the count
(``Tiền Giang có 4 huyện đạt chuẩn Nông thông mới`` → ``huyện đạt chuẩn Nông thông mới``, not ``chuẩn
Nông thông mới``; 267, 193 and 154, Đài PT-TH Tiền Giang, hoicodo.top and edangtin.com), words of aspect or an
aside that names the units counted standing between them (``3 xã (Tân Liên, Tam Đa, Hòa Bình) đã đạt chuẩn …``,
231 VCCI News, the aside passed over as ``30/30 xã (tính khi chưa sáp nhập) được công nhận …``'s, 111 Hà Tĩnh
24h, is; not ``02 xã bãi ngang (Phước Hải, An Hải)`` with no verb after it, 263 the Ninh Thuận portal), or, for an
administrative unit, a comma and another unit's word (a list of the units counted: ``10/10 huyện, thành
phố, thị xã đã được công nhận`` → ``huyện, thành phố, thị xã …``; 274 tin247, 254 moitruong, 023 Điện
Biên's statistics office); read by
:func:`baocao.resolve.phrases.phrase_after`. The unit's own words only, never a scale before it (``7 triệu
lượt khách lưu trú`` → ``lượt khách lưu trú``), nor a bound after it inside the figure (``từ 41 xã trở
lên``: ``count_bounds``)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.fold import fold
from baocao.core.rules import compile_at
from baocao.extract.units import COUNTS
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context, folded_unit
from baocao.resolve.reach import char_before_spaces
from baocao.resolve.vocabulary import COUNT_UNITS, UNIT_WORDS_AT_END, WORD, WORDS

if TYPE_CHECKING:
    from baocao.resolve.context import FigureRecord

__all__ = ["count_unit_start", "names_aside_end", "stop_before_a_bare_count"]

#: the folded units of things counted (the extractor's count units)
COUNTED_THINGS = frozenset(fold(u) for u in COUNTS)
# on folded text, right after a count (or after the aside that names the units counted): words of aspect, a verb
# of reaching
_REACHING_AFTER = compile_at(rf"[ \u00a0]+(?:(?:da|deu|cung)[ \u00a0]+)*{words_pattern(WORDS.reaching_verbs)}[ \u00a0]")
# on the text as written, right after a count: an aside that names the units counted, proper names joined by
# commas or "và" ("3 xã (Tân Liên, Tam Đa, Hòa Bình) đã đạt chuẩn …")
_NAMES_ASIDE = compile_at(r"[ \u00a0]*\((?:\p{Lu}[\p{L}\p{M}'’]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’]*)*"
                          r"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+và[ \u00a0]+|[ \u00a0]*\)))+")
#: the folded words of administrative units (``administrative_units``)
ADMINISTRATIVE_UNITS = frozenset(fold(u) for u in WORDS.administrative_units)
# on folded text, right after a count of administrative units: a comma and another unit's word, a list of
# the units counted ("10/10 huyện, thành phố, thị xã đã được công nhận …")
_UNITS_LISTED_AFTER = compile_at(rf"[ \u00a0]*,[ \u00a0]*{words_pattern(WORDS.administrative_units)}")
# on the text as written, after a unit's word: a proper name, a place ("…, thành phố Hưng Yên"), no list
_PROPER_NAME_AT = compile_at(r"[ \u00a0]+\p{Lu}")
# on folded text: a bound at the end of a count's figure
_BOUND_AT_END = regex.compile(rf"[ \u00a0]+{words_pattern(WORDS.count_bounds)}[ \u00a0]*$")


def count_unit_start(ctx: Context, rec: FigureRecord, threshold: bool) -> tuple[Optional[int], bool]:
    """The offset of the unit of the count `rec` where the phrase after it starts there (see the module's
    text; `threshold`: a threshold of criteria follows it), None where it does not; and whether the phrase
    keeps the unit even where the unit is a word a name does not open with (``huyện``): after a threshold
    or a verb of reaching, what is counted is the units that reached it."""
    if rec.kind not in ("quantity", "fraction"):
        return None, False
    unit = folded_unit(rec)
    reaching = unit in COUNTED_THINGS and (_REACHING_AFTER.match(ctx.folded, names_aside_end(ctx, rec.end) or rec.end)
                                           is not None or _units_listed(ctx, unit, rec.end))
    if not (threshold or reaching or unit in COUNT_UNITS):
        return None, False
    bound = _BOUND_AT_END.search(ctx.folded, rec.start, rec.end)
    text = rec.text[:bound.start() - rec.start] if bound is not None else rec.text
    m = UNIT_WORDS_AT_END.search(text)
    if m is None:
        return None, False
    words = [w.start() for w in WORD.finditer(text, m.start())]
    n = len((unit or "").split())
    return rec.start + (words[-n] if 0 < n <= len(words) else m.start()), threshold or reaching


def names_aside_end(ctx: Context, end: int) -> Optional[int]:
    """The end of an aside right after a count ending at `end` that names the units counted, proper names joined
    by commas or ``và`` (``3 xã (Tân Liên, Tam Đa, Hòa Bình) đã đạt chuẩn nông thôn mới kiểu mẫu``, 231 VCCI
    News), when a verb of reaching follows it: the count is of the units that reached it, its name runs on past
    the aside; None otherwise."""
    m = _NAMES_ASIDE.match(ctx.text, end)
    if m is None or not m.group().endswith(")") or _REACHING_AFTER.match(ctx.folded, m.end()) is None:
        return None
    return m.end()


def _units_listed(ctx: Context, unit: Optional[str], end: int) -> bool:
    """True when the count's unit is an administrative unit's word and a comma and another such word (no
    proper name after it) follow the count ending at `end`: the count is of the units listed, its unit the
    list's first word (``10/10 huyện, thành phố, thị xã đã được công nhận đạt chuẩn`` → ``huyện, thành phố,
    thị xã …``, not ``thành phố, thị xã …``)."""
    if unit not in ADMINISTRATIVE_UNITS:
        return False
    m = _UNITS_LISTED_AFTER.match(ctx.folded, end)
    return m is not None and _PROPER_NAME_AT.match(ctx.text, m.end()) is None


# on lower-cased text: a stop of phrase_after_number_stops ("và" before a number)
_NUMBER_STOP = compile_at(rf"(?:{'|'.join(regex.escape(w) for w in WORDS.phrase_after_number_stops)})[ \u00a0]*\d")
_LETTER = regex.compile(r"\p{L}")
#: the words of attending a congress or a conference among ``phrase_after_stops`` (lower-cased text): they end the
#: phrase after a count only after words of its own (``gần 4.000 đảng viên của Đảng bộ huyện dự đại hội``); right
#: after the count's unit they are what is counted (``3.000 lượt người tham dự hội nghị``, ``300 đảng viên dự đại hội``:
#: attendees, not the members of the party)
_ATTENDANCE_STOP = compile_at("|".join(regex.escape(w.lower()) for w in WORDS.phrase_after_stops
                                       if fold(w).endswith(("dai hoi", "hoi nghi"))))


def stop_before_a_bare_count(ctx: Context, after: int, stop: int) -> bool:
    """True when the stop at ``stop`` of the phrase after a figure ending at ``after`` is a ``và`` before a number
    (``phrase_after_number_stops``) with no word between the figure and it: the phrase after is then the next
    count's (``4.130 bài và 176 trang truyền hình cơ sở``, read by :mod:`baocao.resolve.name_numerals`), no stop;
    after words of the count's own (``2 xã đạt chuẩn nông thôn mới nâng cao và 1 thị trấn …``) it is one. So
    is the attending of a congress right after the count (``3.000 lượt người tham dự hội nghị``) or after a rate's
    noun (``98% đảng viên dự đại hội``): what is counted or measured."""
    if _ATTENDANCE_STOP.match(ctx.lower, stop) is not None:     # "98% đảng viên dự đại hội": a rate of attending
        return _LETTER.search(ctx.text, after, stop) is None or char_before_spaces(ctx.text, after) == "%"
    return _NUMBER_STOP.match(ctx.lower, stop) is not None and _LETTER.search(ctx.text, after, stop) is None
