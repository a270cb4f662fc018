"""A count of visitors, projects or firms after a verb of receiving or attracting (``reception_verbs``:
``đón``, ``ước đón``, ``thu hút``): the verb is no part of the name. What it received names the count when
it is written before the verb (``khách nội địa ước đón hơn 420 ngàn lượt khách`` → ``khách nội địa``), and
so does a place that is a part of the whole (``Phú Quốc ước đón 368.848 lượt khách`` → ``Phú Quốc``; not
one that did it, with a word of aspect: ``Ea Kar đã thu hút 12 dự án nông nghiệp`` → ``dự án nông nghiệp``,
nor a unit's word alone, the reporting body: ``Tỉnh thu hút 119 dự án mới`` → ``dự án mới``, 365 Kênh Thị
Trường);
else the phrase after the figure does (``ngành Du lịch Đắk Lắk ước đón 59 ngàn lượt khách`` → ``lượt
khách``, ``thu hút được 17 dự án đầu tư ngoài ngân sách`` → ``dự án đầu tư ngoài ngân sách``); read by
:func:`baocao.resolve.naming.named_by_phrase_before`."""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.fold import fold
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.phrases import name_in, phrase_after
from baocao.resolve.vocabulary import COUNT_UNITS, NOT_LETTER_BEFORE, SUBJECT_PLACE, WORDS, exact_alternation

__all__ = ["received_count_name"]

# on lower-cased text (exact forms: folded "đón" is "don", as "đơn"): words of aspect or estimate, the verb
_RECEPTION_AT_END = regex.compile(
    rf"{NOT_LETTER_BEFORE}(?:(?P<aspect>đã|đang|vừa|cũng)[ \u00a0]+|(?:sẽ|ước|ước tính|dự kiến|dự ước)[ \u00a0]+)*"
    rf"(?:{exact_alternation(WORDS.reception_verbs)})(?:[ \u00a0]+được)?[ \u00a0]*$")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
RECEPTION_REACH = 40
"""How far before the end of a name the verb of receiving that ends it (with its aspect words) may start."""
# a place that tells the parts of a whole apart: its proper name, after its unit or alone
_PART_PLACE = regex.compile(rf"(?:{SUBJECT_PLACE}[ \u00a0]+)?(?:\p{{Lu}}['’]?\p{{Ll}}\p{{L}}*[ \u00a0]*)+")
# a unit's word alone, with a capital ("Tỉnh thu hút …"): the document's own unit, no part of it
_UNIT_ONLY = regex.compile(rf"{SUBJECT_PLACE}[ \u00a0]*")


def received_count_name(ctx: Context, fig: Figure, name: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The span that names a count (a count unit) whose name ``name`` ends with a verb of receiving (see the
    module's text); None when the figure is no count or the name ends with no such verb."""
    unit = folded_unit(fig.rec)
    if unit not in COUNT_UNITS:
        return None
    a, b = name
    m = _RECEPTION_AT_END.search(ctx.lower, max(a, b - RECEPTION_REACH), b)
    if m is None:
        return None
    rest = name_in(ctx, a, m.start())
    # a place that did it ("Ea Kar đã thu hút 12 dự án …": a word of aspect) is the subject, no part
    if rest is not None and (_holds(ctx.folded[rest[0]:rest[1]], unit)
                             or (m.group("aspect") is None and _a_part_place(ctx, rest))):
        return rest
    return phrase_after(ctx, fig.rec, fig.tail_end)


def _holds(folded: str, unit: str) -> bool:
    """True when the folded name holds the thing the unit counts (``lượt khách`` → ``khách``)."""
    thing = unit.removeprefix("luot ")
    return f" {thing} " in " " + " ".join(_WORD.findall(folded)) + " "


def _a_part_place(ctx: Context, span: tuple[int, int]) -> bool:
    """True when ``span`` is only a place's proper name (after its unit) that is not the document's own
    province (``Phú Quốc``, ``huyện Phú Quốc``; not ``Đắk Lắk`` in a report of Đắk Lắk)."""
    if _PART_PLACE.fullmatch(ctx.text, *span) is None or _UNIT_ONLY.fullmatch(ctx.text, *span) is not None:
        return False    # "Tỉnh thu hút 119 dự án mới": a unit's word alone is the reporting body, no part
    return not (ctx.home and fold(ctx.text[span[0]:span[1]]).endswith(ctx.home))
