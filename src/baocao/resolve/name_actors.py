"""A subject that acts, at the start of a name, before its verb and what it acts on: ``Trong năm, tỉnh Vĩnh
Long giải quyết việc làm ở trong và ngoài nước cho 27.400 lao động`` (280 Truyền hình Vĩnh Long), ``các
phường tổ chức thu gom xử lý chất thải sinh hoạt đạt 97%`` (216 Công an Đà Nẵng), ``Địa phương xây dựng thu
ngân sách nhà nước trên địa bàn 5.200.000 triệu đồng`` (199 HĐND Gia Lai), ``Thành phố cấp phép thành lập mới
cho 3.303 doanh nghiệp`` (13 VnExpress, the session-45 audit): the subject is no part of the name, which
starts at the verb.

Only a subject that cannot be a part of a breakdown by place: all the units (``các phường``, no proper name
after them), a unit with no proper name (the document's own), ``địa phương``, or a unit with the proper name
of the document's province (``places.home_province``); never a place of a list (``huyện Hòn Đất giảm
1.273 hộ``, ``các xã A Vao …``: the place names the part), nor one that another unit's clause follows in
its sentence (``thành phố giải quyết việc làm cho 3.000 lao động, huyện Đại Lộc 1.500 lao động``, ``các phường
… đạt 97%, các xã đạt 85%``: the first part). Only before a verb (underthesea's tag) that is no verb of
having, reaching, being or changing (``lead_fillers``, ``subject_measure_verbs``, ``home_verbs``, ``change_predicates``:
``xã đạt chuẩn nông thôn mới`` is what is counted, ``Toàn huyện có …`` is read by
:mod:`baocao.resolve.name_subjects`), and before a rest that holds more than verbs (a noun of what is done:
``xã Nâm Nung huy động`` is left to :func:`baocao.resolve.naming.named_by_phrase_before`'s own reading).
Read by :func:`baocao.resolve.naming.named_by_phrase_before`."""
from __future__ import annotations

from functools import lru_cache

import regex

from baocao.core.rules import compile_at
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context
from baocao.resolve.phrases import PHRASE_CACHE_SIZE
from baocao.resolve.places import UNSURE
from baocao.resolve.reach import sentence_end_within
from baocao.resolve.tagger import tags as pos_tags
from baocao.resolve.vocabulary import WORDS, exact_alternation

__all__ = ["after_an_acting_subject"]

# on lower-cased text (with its diacritics: "Ban tổ chức" is no "bản"): "các" perhaps, a unit ("subject_places") or
# "địa phương", then a space
_UNIT = compile_at(rf"[ \u00a0]*(?P<all>các[ \u00a0]+)?{exact_alternation([*WORDS.subject_places, 'địa phương'])}"
                   rf"[ \u00a0]+")
# on the text: a proper name of one to three capitalised words after the unit, then a space
_PROPER = compile_at(r"(?:\p{Lu}['’]?\p{Ll}\p{L}*[ \u00a0]+){1,3}")
# on folded text: a verb of having, reaching, being or changing at the rest's start
_NOT_ACTING = compile_at(words_pattern(sorted(set(WORDS.lead_fillers) | set(WORDS.subject_measure_verbs)
                                              | set(WORDS.home_verbs) | set(WORDS.change_predicates))))
#: the tags of a verb, an adjective or an adverb: a rest of only these names no thing (as phrases.verb_only)
_VERB_TAGS = frozenset(("V", "A", "R"))
# on lower-cased text, after the name to its sentence's end: another unit opening a clause ("…, huyện Đại Lộc
# 1.500 lao động", "…, các xã đạt 85%"): the unit before is the first part of a breakdown by place
_NEXT_UNIT = regex.compile(rf"[,;][ \u00a0]*(?:các[ \u00a0]+)?{exact_alternation(WORDS.subject_places)}[ \u00a0]")
#: how far after the name its sentence's end is looked for
NEXT_UNIT_REACH = 200


def after_an_acting_subject(ctx: Context, a: int, b: int) -> int:
    """The start of the name [a, b) at the verb after a subject that acts (see the module's text), else `a`."""
    m = _UNIT.match(ctx.lower, a, b)
    if m is None:
        return a
    verb = m.end()
    proper = _PROPER.match(ctx.text, verb, b)
    if proper is not None:
        if (m.group("all") is not None or not ctx.home or ctx.home == UNSURE
                or ctx.folded[proper.start():proper.end()].strip() != ctx.home):
            return a        # "các xã A Vao", "huyện Hòn Đất": the places of a list name their parts
        verb = proper.end()
    if _NOT_ACTING.match(ctx.folded, verb, b) is not None:
        return a
    if _NEXT_UNIT.search(ctx.lower, b, sentence_end_within(ctx.lower, b, NEXT_UNIT_REACH)) is not None:
        return a        # "thành phố giải quyết việc làm cho 3.000 lao động, huyện Đại Lộc 1.500 lao động": a part
    return verb if _acts_on_a_thing(ctx.text[verb:b]) else a


@lru_cache(maxsize=PHRASE_CACHE_SIZE)
def _acts_on_a_thing(rest: str) -> bool:
    """True when ``rest`` opens with a verb (underthesea's tag) and holds more than verbs, adjectives and
    adverbs (:func:`baocao.resolve.phrases.verb_only`: ``huy động`` names no thing); remembered per phrase."""
    try:
        tagged = pos_tags(rest)
    except Exception:  # pragma: no cover - the tagger is optional help, never a failure
        return False
    return len(tagged) >= 2 and tagged[0][1] == "V" and not all(t in _VERB_TAGS for _, t in tagged)
