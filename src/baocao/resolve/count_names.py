"""A count named by what it counts: the noun after the figure, with its own modifier, when the words
before the figure end with a verb of making or recognising things (``making_verbs``: ``Huyện đã ra mắt được
14 hội quán nông dân`` → ``hội quán nông dân``; ``công nhận thêm 42 sản phẩm OCOP`` → ``sản phẩm OCOP``); read
by :func:`baocao.resolve.naming.named_by_phrase_before`. A verb done to or for what is counted (``hỗ trợ 120
hộ nghèo``, ``kết nạp 40 đảng viên``) is part of what the count measures and keeps naming it. A verb of
reaching (``reached_count_verbs``: ``hoàn thành 9/9 tiêu chí huyện NTM`` → ``tiêu chí huyện NTM``) names the
count as a making verb does.

A count's unit alone (``đảng viên``, or with only a word of ``bare_count_words``: ``đảng viên mới``) says
too little: the verb before it keeps naming it (``kết nạp đảng viên mới``). A name before the figure that
opens with a measure's noun (``name_heads``, ``count_heads``: ``Số doanh nghiệp thành lập mới``) names it
as written.

A count with no phrase before or after it, after a statement of another unit, is named by its own unit
(``Buôn Ea M'droh hiện có 267 hộ, với 1060 nhân khẩu`` → ``nhân khẩu``; ``có 50 doanh nghiệp, 30 hợp tác
xã`` → ``hợp tác xã``), not by the statement before it (:func:`named_by_its_unit`).
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.fold import fold
from baocao.extract.units import COUNTS
from baocao.resolve.context import Context, Draft, Figure, folded_unit, unit_of
from baocao.resolve.phrases import name_in, phrase_after, starts_with_noun
from baocao.resolve.vocabulary import COUNT_UNITS, NAME_HEAD, UNIT_WORDS_AT_END, WORD, WORDS, exact_words

__all__ = ["counted_after_a_verb", "named_by_its_unit"]

_STOP = regex.compile(exact_words(WORDS.counted_phrase_stops))
_AND = regex.compile(exact_words(["và"]))
_HEAD_AT = regex.compile(r"\s*" + exact_words(WORDS.count_heads))
_BARE = frozenset(fold(w) for w in WORDS.bare_count_words)
_MAKING_AT_END = regex.compile(rf"(?:{exact_words([*WORDS.making_verbs, *WORDS.reached_count_verbs])})(?:\s+(?:được|thêm|mới))*\s*$")


def counted_after_a_verb(ctx: Context, fig: Figure, name: tuple[int, int]
                         ) -> Optional[tuple[tuple[int, int], str]]:
    """The span of the noun a count counts, after the figure (its unit and the words that qualify it, up
    to a word of ``counted_phrase_stops`` or a ``và`` that joins no noun), when the name before the figure,
    ``name``, ends with a verb of ``making_verbs`` and opens with no measure's noun, with that verb (the key
    of the count still reads it: ``thành lập`` says the cooperatives are new); None otherwise."""
    rec = fig.rec
    if rec.kind not in ("quantity", "fraction") or folded_unit(rec) not in COUNT_UNITS:
        return None
    a, _ = name
    if _HEAD_AT.match(ctx.lower, a) or NAME_HEAD.match(ctx.lower, a):
        return None
    making = _MAKING_AT_END.search(ctx.lower, a, rec.start)
    if making is None:
        return None
    after = phrase_after(ctx, rec, fig.tail_end)
    if after is None:
        return None
    x, y = after
    n = len((folded_unit(rec) or "").split())
    words = list(WORD.finditer(ctx.text, x, y))
    if len(words) <= n:
        return None
    end = y
    stop = _STOP.search(ctx.lower, words[n].start(), y)
    if stop is not None:
        end = stop.start()
    for m in _AND.finditer(ctx.lower, words[n].start(), end):
        if not starts_with_noun(" ".join(ctx.text[m.end():end].split()[:3])):
            end = m.start()     # "14 hội quán nông dân và thành lập …": "và" joins another clause
            break
    span = name_in(ctx, x, end)
    if span is None:
        return None
    extra = [fold(w.group()) for w in WORD.finditer(ctx.text, *span)][n:]
    if not extra or all(w in _BARE for w in extra):
        return None
    return span, " ".join(ctx.text[making.start():making.end()].split())



def named_by_its_unit(ctx: Context, fig: Figure, current: Optional[Draft]) -> Optional[tuple[str, Optional[int]]]:
    """(name, start) of a count with no phrase of its own after a statement of another unit, ``current``:
    its unit as written (``1060 nhân khẩu`` → ``nhân khẩu``), a count of other things being no restatement
    of it; after a count named by the words right before its figure and not by its noun, those words with
    the unit (``khởi tố 70 vụ, 83 bị can`` → ``khởi tố bị can``, no offset: the name is in part repeated). None for a measure (``ha``, ``tấn``),
    money or a share, and after a statement of the same unit (``…, riêng năm 2025 đạt 120 hộ``)."""
    rec = fig.rec
    unit, _ = unit_of(rec)
    if current is None or rec.kind not in ("quantity", "fraction") or unit is None or unit not in COUNTS:
        return None
    if current.unit is not None and fold(current.unit) == fold(unit):
        return None
    m = UNIT_WORDS_AT_END.search(rec.text)
    if m is None or fold(m.group().strip()) != fold(unit):
        return None
    start = rec.start + m.start()
    written = ctx.text[start:start + len(m.group().rstrip())]
    own = current.figs[0] if current.figs else None
    if (own is not None and current.name_start is not None
            and current.unit is not None and current.unit in COUNTS
            and current.name_start + len(current.name) <= own.start
            and not ctx.text[current.name_start + len(current.name):own.start].strip()
            and fold(current.unit) not in fold(current.name)):
        return f"{current.name} {written}", None       # "khởi tố 70 vụ, 83 bị can": the name in part repeated
    return written, start
