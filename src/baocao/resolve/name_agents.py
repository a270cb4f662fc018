"""A count of what a body did: ``<who> đã <verb> N <unit> <thing>``. Who did it (a body, an office, the party:
``Ban Bí thư và cấp ủy các cấp đã kiểm tra 232.401 tổ chức đảng``, ``5 năm Đảng bộ huyện đã kết nạp 868 đảng
viên mới``, ``Nhà hát Chèo đã tổ chức 55 buổi biểu diễn``) is no part of the name; what it did and the thing
counted are (``kiểm tra tổ chức đảng``, ``kết nạp đảng viên mới``), as for a place that did it
(:func:`baocao.resolve.naming.named_by_verb_and_phrase`); read by
:func:`baocao.resolve.naming.named_by_phrase_before`.

Only a count (a count unit) after a word of aspect (``đã``, ``đang``, ``vừa``) and words that are only a
verb, with the phrase of a thing after the figure; not when the text before the aspect word is a measure
(``số vụ đã xử lý 136 vụ``, ``tổng số …``: a measure's name) or holds the thing counted itself (``hợp tác xã
đang hoạt động 28 hợp tác xã``, ``xã đã đạt NTM 02 xã``: what is counted, with its state)."""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.rules import compile_at
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.phrases import has_letter, name_in, phrase_after, verb_only
from baocao.resolve.vocabulary import ACTION_ONLY, COUNT_UNITS, NAME_HEAD

__all__ = ["done_by_a_body"]

# on lower-cased text: the word of aspect between who did it and the verb
_ASPECT = regex.compile(r"(?<![\p{L}\p{N}])(?:đã|đang|vừa)[ \u00a0]+")
# on lower-cased text (exact forms: folded "số" is "sở" too): a measure's count at the start of the text
# before the aspect word ("số vụ", "tổng số")
_MEASURE_START = compile_at(r"[ \u00a0]*(?:tổng[ \u00a0]+)?số(?:[ \u00a0]+lượng)?(?![\p{L}\p{N}])")


def done_by_a_body(ctx: Context, fig: Figure, name: tuple[int, int]
                   ) -> Optional[tuple[tuple[int, int], tuple[int, int]]]:
    """(the verb's span, the span of the phrase after the figure) of a count of what a body did (see the
    module's text), None when the figure is no such count."""
    unit = folded_unit(fig.rec)
    if unit not in COUNT_UNITS:
        return None
    a, b = name
    aspect = None
    for aspect in _ASPECT.finditer(ctx.lower, a, b):
        pass
    if aspect is None or not has_letter(ctx.text, a, aspect.start()):
        return None
    verb = name_in(ctx, aspect.end(), b)
    if verb is None or not (ACTION_ONLY.match(ctx.folded, *verb) or verb_only(ctx.text[verb[0]:verb[1]])):
        return None
    if (_MEASURE_START.match(ctx.lower, a) or NAME_HEAD.search(ctx.lower, a, aspect.start())
            or f" {unit} " in f" {' '.join(ctx.folded[a:aspect.start()].split())} "):
        return None
    after = phrase_after(ctx, fig.rec, fig.tail_end)
    if after is None:
        return None
    return verb, after
