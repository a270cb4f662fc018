"""What opens a sentence before its name: the subject that acts, with its words of aspect, or a connective.

*A subject and its aspect.* A body or a place that opens the text before a figure and is followed by a word of
aspect or of aiming (``openers.aspects``: ``đã``, ``tiếp tục``, ``cũng``, ``phấn đấu``) is the sentence's
subject: the name starts after those words (``Qua 3 năm …, xã Vĩnh Công tiếp tục huy động trên 98 tỉ đồng`` →
``huy động``, 408 Báo Long An; ``Năm 2025, tỉnh Tây Ninh phấn đấu GRDP tăng 9 – 9,5%`` → ``GRDP``, 364 Sao Việt
Online; ``nhiệm kỳ qua, Đảng bộ và nhân dân tỉnh Bến Tre đã phấn đấu đạt mức tăng trưởng bình quân hơn 6,4 %``
→ ``mức tăng trưởng bình quân``, 322 VOV; ``thị trấn Thạch Hà cơ bản hoàn thiện 5 tiêu chí đô thị loại IV``, 111
Hà Tĩnh 24h; ``Lạng Sơn cũng xóa xong toàn bộ 6.508 nhà tạm``, 291 VTC News). The subject is a body
(``openers.bodies``: ``Đảng bộ``, ``UBND``, ``HĐND``, perhaps joined by ``và`` to another,
``openers.joined_bodies``: ``Đảng bộ và nhân dân``) with or without its unit and proper name, a unit
(``subject_places``, ``administrative_units``) with its proper name, a unit after ``các``, ``toàn``, ``cả``
(``openers.wholes``) or with a capital (``Huyện đã …``), ``địa phương``, or the proper name of the document's
province (``places.home_province``).

Not a unit with no proper name in lower case (``xã đã đạt chuẩn nông thôn mới``: what is counted), nor a
subject right after a figure (``3 xã đã …``: a count's unit), nor a place of a list by place: one right after
a comma or a semicolon with a figure before it in its sentence, or one another unit's clause follows in its
sentence (``xã A đã huy động 5 tỷ đồng, xã B …``); nor, with no word of aspect, before a verb of having,
reaching, being or changing (``Tỉnh có khu vực …``, as in :mod:`baocao.resolve.name_actors`); nor when nothing
but fillers follows the aspect words
(``Đảng bộ xã Việt Thống có 9 Chi bộ``, ``xã Trung Hòa đã đạt 6/19 tiêu chí``: the rules of a count read
those).

*A connective.* A subordinating conjunction that opens the text before a figure (``openers.connectives``:
``…, mặc dù ngành khai khoáng giảm 9,93%`` → ``ngành khai khoáng``, 403 Báo Bình Thuận; ``khi toàn bộ diện
tích hơn 60.000 ha được chuyển dịch …``, 325 VASEP) before a word in lower case (not ``Tuy Đức``, a place), and
a sentence's opener before its comma (``openers.comma_words``: ``Kết quả, tổng sản phẩm xã hội … ước tăng
9,7%/năm`` → ``tổng sản phẩm xã hội``, 330 thegioithao.com), are no part of the name, and nor is a
connective before a demonstrative (``openers.connective_demonstratives``), an adverb of time with or without
its comma (``Khi đó, nguồn cung …``, ``Khi đó sản lượng đạt …``).

Read by :func:`baocao.resolve.naming.named_by_phrase_before` on the name before a figure."""
from __future__ import annotations

from bisect import bisect_left

import regex

from baocao.core.fold import fold
from baocao.core.rules import compile_at
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context
from baocao.resolve.places import UNSURE
from baocao.resolve.phrases import name_in
from baocao.resolve.reach import sentence_end_within, sentence_start_within
from baocao.resolve.verb_pairs import opens_with_a_verb
from baocao.resolve.vocabulary import WORDS, exact_alternation

__all__ = ["after_an_opener"]

_GAP = r"[ \u00a0]+"
_BODIES, _JOINED_BODIES, _WHOLES, _ASPECT_WORDS, _CONNECTIVES, _COMMA_WORDS, _DEMONSTRATIVES = (
    WORDS.openers[k] for k in ("bodies", "joined_bodies", "wholes", "aspects", "connectives", "comma_words",
                               "connective_demonstratives"))
_UNITS = exact_alternation(sorted({*WORDS.subject_places, *WORDS.administrative_units, "địa phương"}, key=str.lower))
# on the text as written: a proper name of one to four capitalised words (a letter, an apostrophe: "M'gar")
_PROPER = r"\p{Lu}['’]?\p{Ll}*\p{L}*(?:[ \u00a0]+\p{Lu}['’]?\p{Ll}*\p{L}*){0,3}"
# on the text as written (the words case-blind): a body, perhaps joined to another ("Đảng bộ và nhân dân"), then
# perhaps its unit and the unit's proper name ("Đảng bộ tỉnh Bến Tre", "UBND các xã")
_BODY = (rf"(?i:{exact_alternation(_BODIES)})(?:{_GAP}(?i:và){_GAP}"
         rf"(?i:{exact_alternation(_JOINED_BODIES + _BODIES)}))?"
         rf"(?:{_GAP}(?:(?i:{exact_alternation(_WHOLES)}){_GAP})?(?i:{_UNITS})(?:{_GAP}{_PROPER})?)?")
# a unit with its proper name ("xã Vĩnh Công"); one after a word of the whole ("các xã", "toàn huyện", "cả tỉnh")
# or with a capital and no proper name ("Huyện đã …"; not "Huyện ủy", the party's committee, no unit)
_UNIT = rf"(?i:{_UNITS}){_GAP}{_PROPER}"
_WHOLE = (rf"(?i:{exact_alternation(_WHOLES)}){_GAP}(?i:{_UNITS})(?:{_GAP}{_PROPER})?"
          rf"|(?=\p{{Lu}})(?i:{_UNITS})(?![ \u00a0]+(?:\p{{Lu}}|(?:ủy|uỷ)(?![\p{{L}}\p{{N}}])))")
# a body, or a unit that is no part of a list by place (all the units, the whole, the document's own: "Tỉnh"), is
# the "actor" group: it may act with no word of aspect
_SUBJECT = compile_at(rf"[ \u00a0]*(?:(?P<actor>{_BODY}|{_WHOLE})|{_UNIT})(?![\p{{L}}\p{{N}}])")
# on lower-cased text: the words of aspect or aiming after the subject, then a space
_ASPECTS = compile_at(rf"(?:{_GAP}{exact_alternation(_ASPECT_WORDS)}(?![\p{{L}}\p{{N}}]))+[ \u00a0]")
# on folded text: a verb of having, reaching, being or changing after the subject ("Tỉnh có khu vực …": what the
# unit has may be its name), as in name_actors.py
_NOT_ACTING = compile_at(r"[ \u00a0]*" + words_pattern(sorted(set(WORDS.lead_fillers) | set(WORDS.subject_measure_verbs)
                                                              | set(WORDS.home_verbs) | set(WORDS.change_predicates))))
# on the text as written: a bare proper name (the document's province's, checked after)
_BARE_PROPER = compile_at(rf"[ \u00a0]*{_PROPER}(?![\p{{L}}\p{{N}}])")
# on lower-cased text: a connective before a word in lower case (checked on the text), or an opener and its comma
_CONNECTIVE = compile_at(rf"[ \u00a0]*{exact_alternation(_CONNECTIVES)}{_GAP}"
                         rf"(?!{exact_alternation(_DEMONSTRATIVES)}(?![\p{{L}}\p{{N}}]))")
# on lower-cased text: a connective and a demonstrative, an adverb of time ("khi đó"), perhaps with its comma
_TIME_ADVERB = compile_at(rf"[ \u00a0]*{exact_alternation(_CONNECTIVES)}{_GAP}{exact_alternation(_DEMONSTRATIVES)}"
                          rf"(?:[ \u00a0]*,)?[ \u00a0]+")
_COMMA_OPENER = compile_at(rf"[ \u00a0]*{exact_alternation(_COMMA_WORDS)}[ \u00a0]*,[ \u00a0]*")
# on lower-cased text, after the figure to its sentence's end: another unit opening a clause, a list by place
_NEXT_UNIT = regex.compile(rf"[,;][ \u00a0]*(?:các[ \u00a0]+)?{exact_alternation(WORDS.subject_places)}[ \u00a0]")
# a unit with its proper name, before the subject in its sentence
_PLACE = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?i:{_UNITS}){_GAP}\p{{Lu}}")
# before the subject: a figure's digit right before it ("3 xã đã …"), or a comma or a semicolon
_DIGIT_BEFORE = regex.compile(r"\d[ \u00a0]*\Z")
_SEPARATOR_BEFORE = regex.compile(r"[,;][ \u00a0]*\Z")
SENTENCE_REACH = 200
"""How far before and after a name its sentence's start and end are looked for."""
BEFORE_REACH = 12
"""How much text before the subject is read for a digit or a separator right before it."""


def after_an_opener(ctx: Context, a: int, b: int) -> int:
    """The start of the name [a, b) past a subject and its words of aspect, or past a connective, that open
    it (see the module's text); `a` when none does, or when no name is left after it."""
    start = _after_a_connective(ctx, a, b)
    if start == a:
        start = _after_a_subject(ctx, a, b)
    if start == a:
        return a
    rest = name_in(ctx, start, b)
    return rest[0] if rest is not None else a


def _after_a_connective(ctx: Context, a: int, b: int) -> int:
    """The end of a connective or of an opener and its comma at `a`, else `a`."""
    m = _COMMA_OPENER.match(ctx.lower, a, b)
    if m is None:
        m = _TIME_ADVERB.match(ctx.lower, a, b)
    if m is not None:
        return m.end()
    m = _CONNECTIVE.match(ctx.lower, a, b)
    return m.end() if m is not None and ctx.text[m.end():m.end() + 1].islower() else a


def _after_a_subject(ctx: Context, a: int, b: int) -> int:
    """The end of the words of aspect after a subject at `a` (see the module's text), else `a`."""
    m = _SUBJECT.match(ctx.text, a, b)
    if m is None:
        m = _BARE_PROPER.match(ctx.text, a, b)
        if m is None or not ctx.home or ctx.home == UNSURE or fold(m.group()).strip().lower() != ctx.home:
            return a
    aspects = _ASPECTS.match(ctx.lower, m.end(), b)
    if aspects is not None:
        end = aspects.end()
    elif (m.groupdict().get("actor") is not None and ctx.text[m.start("actor")].isupper()
          and _NOT_ACTING.match(ctx.folded, m.end(), b) is None and opens_with_a_verb(ctx.text[m.end():b])):
        end = m.end()       # "Đảng bộ tỉnh Bến Tre phát triển được …", "Tỉnh thu hút …": never what is measured
    else:
        return a
    return a if _in_a_list(ctx, a, b) else end


def _in_a_list(ctx: Context, a: int, b: int) -> bool:
    """True when the subject at `a` is a count's unit or a part of a list by place: a digit right before it, a
    separator right before it with a place and a figure after the place before that in its sentence, or
    another unit's clause after the name [a, b) in its sentence."""
    before = ctx.text[max(0, a - BEFORE_REACH):a]
    if _DIGIT_BEFORE.search(before):
        return True
    if _SEPARATOR_BEFORE.search(before):
        start = sentence_start_within(ctx.text, a, SENTENCE_REACH)
        for place in _PLACE.finditer(ctx.text, start, a):
            i = bisect_left(ctx.figure_starts, place.end())
            if i < len(ctx.figures) and ctx.figures[i].start < a:
                return True     # "xã A đã huy động 5 tỷ đồng, xã B đã …": a place with its figure before it
    return _NEXT_UNIT.search(ctx.lower, b, sentence_end_within(ctx.lower, b, SENTENCE_REACH)) is not None
