"""An average per unit with no name but its averaging word: ``bình quân 16,13 tiêu chí/xã`` (Đắk Lắk),
``đạt bình quân từ 16,5 tiêu chí/xã trở lên`` (Cà Mau), ``bình quân toàn tỉnh đạt 16,8 tiêu chí/xã`` (Kiên
Giang) name the average of the count per unit: ``bình quân tiêu chí/xã``, the averaging word and the
figure's unit, as the annotation writes it. Without this, the phrase after the figure was the unit it is
counted per (``xã``) or a bound (``trở lên``). Only a count per a unit that is no time (``tiêu chí/xã``,
not ``tấn/năm``) whose lead holds an averaging word and nothing that names
(:func:`averaged_per_unit`, read by :func:`baocao.resolve.naming.named_by_phrase_before`)."""
from __future__ import annotations

from typing import Optional, Tuple

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context, Figure, folded_unit, unit_of
from baocao.resolve.vocabulary import COUNT_UNITS, WORDS

__all__ = ["averaged_per_unit"]

# on folded text: an averaging word in a figure's lead
_AVERAGING = regex.compile(words_pattern(WORDS.averaging))
# the units of time a figure may be per (average_time_pers): a yearly or monthly figure is no average of units
_TIME_PER = frozenset(fold(w) for w in WORDS.average_time_pers)


def averaged_per_unit(ctx: Context, fig: Figure, named: bool) -> Optional[Tuple[str, int]]:
    """(``bình quân tiêu chí/xã``, where its averaging word starts) for a count per a unit whose lead
    [fig.lead_start, figure) holds an averaging word and, ``named`` False, nothing that names it (see the
    module's text); else None."""
    rec = fig.rec
    if named or rec.kind != "quantity":
        return None
    unit, per = unit_of(rec)
    if not unit or not per or folded_unit(rec) not in COUNT_UNITS or fold(per) in _TIME_PER:
        return None
    m = _AVERAGING.search(ctx.folded, fig.lead_start, rec.start)
    if m is None:
        return None
    return f"{ctx.text[m.start():m.end()]} {unit}/{per}", m.start()
