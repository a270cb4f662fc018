"""A place's figure in a list by place: ``xã Tân Lập đạt 09 tiêu chí`` among ``có 2 xã Đăk Ruồng và Đăk Tơ
Lung đạt 13 tiêu chí, xã Tân Lập đạt 09 tiêu chí, …, xã Đăk Kôi đạt 05 tiêu chí`` is one part of a whole
written place by place, and the place names it (docs/records.md, "A verb before a count, and a place's
figure in a list, decided"), while a place alone in its sentence with its figure (``Đến nay xã Trung Hòa
(Tân Lạc) chỉ đạt 6/19 tiêu chí``) is the whole, the subject, and no part of the name. Read by
:func:`baocao.resolve.naming.named_by_phrase_before`."""
from __future__ import annotations

import regex

from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.vocabulary import COUNT_UNITS, PLACE_NAME, SUBJECT_PLACE

__all__ = ["in_a_list_by_place", "places_end"]

# where a sentence ends (a stop before a space, a line break), searched both ways from the figure
_STOP_BEFORE = regex.compile(r"(?r)[.!?](?=\s)|\n")
_STOP_AFTER = regex.compile(r"[.!?](?=\s)|\n")
# an administrative unit and its proper name anywhere in a piece of text ("huyện Kiên Hải")
_PLACE_IN = regex.compile(rf"(?<![\p{{L}}\p{{N}}])({SUBJECT_PLACE})[ \u00a0]+\p{{Lu}}['’]?\p{{Ll}}")
# the administrative unit's word that opens a place (on lower-cased text)
_WORD = regex.compile(rf"\s*({SUBJECT_PLACE})[ \u00a0]")


# another place joined to the one before it ("xã Đăk Tờ Re và xã Đăk Pne")
_MORE_PLACES = regex.compile(rf"[ \u00a0]*(?:,|và)[ \u00a0]*{SUBJECT_PLACE}{PLACE_NAME}")


def _same(a: str, b: str) -> bool:
    """True when two administrative units' words are one (``Xã``, ``xã``; ``thị\u00a0xã``, ``thị xã``)."""
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def places_end(ctx: Context, end: int, limit: int) -> int:
    """The end of the places joined by commas or ``và`` to the one that ends at ``end`` (not past
    ``limit``)."""
    while (m := _MORE_PLACES.match(ctx.text, end, limit)) is not None and m.end() > end:
        end = m.end()
    return end


def in_a_list_by_place(ctx: Context, fig: Figure, place_start: int) -> bool:
    """True when the place that opens the name before ``fig`` (at ``place_start``) is one of a list by
    place: another figure of the same unit in its sentence stands after an administrative unit with its
    proper name of its own piece of the list (``xã Tân Lập đạt 09 tiêu chí, xã Đăk Tờ Re và xã Đăk Pne 08
    tiêu chí``; ``là huyện Hòn Đất, với 1.273 hộ và thấp nhất là huyện Kiên Hải chỉ có 01 hộ``)."""
    rec = fig.rec
    unit = folded_unit(rec)
    word = _WORD.match(ctx.lower, place_start)
    if unit not in COUNT_UNITS or rec.kind not in ("quantity", "fraction") or word is None:
        return False
    before = _STOP_BEFORE.search(ctx.text, 0, place_start)
    after = _STOP_AFTER.search(ctx.text, rec.end)
    a = before.end() if before is not None else 0
    b = after.start() if after is not None else len(ctx.text)
    for other in ctx.figures_within(a, b):
        if other is rec or other.start == rec.start or folded_unit(other) != unit:
            continue
        # the piece of the other figure: from the end of the figure before it (or the sentence start)
        prev = [r.end for r in ctx.figures_within(a, other.start) if r.end <= other.start]
        start = max(prev) if prev else a
        # a place of the same rank ("xã … xã …"): not the whole before its parts ("tỉnh Hưng Yên đã xảy ra 02 vụ
        # cháy (Phường Phố Hiến xảy ra 01 vụ; …)")
        if any(_same(m.group(1), word.group(1)) for m in _PLACE_IN.finditer(ctx.text, start, other.start)):
            return True
    return False
