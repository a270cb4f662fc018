"""The length and the cost of one named work (a road, a school, a cultural house): no indicators of the place.

A commune's or a district's report lists the works it built, each with its own name, length and cost
(``hoàn thành tuyến đường từ Trạm y tế đến cầu Bà Mụ dài 938m, kinh phí 960 triệu đồng; bếp ăn trường mẫu
giáo Hoàng Yến 500 triệu đồng``, ``Nhà văn hóa bản Huổi Chàng, kinh phí 01 tỷ đồng``). Such a figure
measures that one work, not the place: :func:`named_work` names the reason it is left unattached (asked by
:func:`~baocao.resolve.events.not_an_indicator`), or None. The words are the lists of
``data/indicators.yaml`` (``work_nouns`` … ``work_size_units``), the reason :data:`WORK_REASON`:

- the work: a noun of one work (``work_nouns``: ``tuyến đường``, ``nhà văn hóa``, ``trường mẫu giáo``), not
  after a plural word, a number or a figure (``single_unit_plurals``: ``các tuyến đường``, ``116 công trình``,
  ``12 km đường giao thông``), then at most ``work_words`` lower-case words, none that says where a set of
  works lies (``work_not_between``: ``trường mầm non trên địa bàn Huyện``; the unit it belongs to may stand
  there, ``trạm y tế xã Tân Lập``, and abbreviations, ``trụ sở UBND xã``), and a word with a capital then a
  lower-case letter (its proper name, or where it runs from: ``từ Trạm y tế``; an abbreviation is none,
  ``đường giao thông NTM``) or a road's code (``đoạn từ QL279``), not one that names no work (``single_unit_not_names``, ``work_not_names``: ``Nhà nước``,
  ``đạt chuẩn Quốc gia``);
- the figure, in the same part of its sentence (no ``;``, no sentence stop, within :data:`REACH`): money right
  after the name or after a cost word (``work_cost_leads``: ``kinh phí``, ``tổng kinh phí``, perhaps with
  ``với`` and ``là``), or a length in ``work_size_units`` after a size word (``work_size_leads``: ``dài``);
  between the name and the figure's lead, no other figure but the work's own length (``dài 938m, kinh phí
  960 triệu đồng``).

The place's works stay its indicators (``cứng hóa 12 km đường giao thông nông thôn``, ``huyện làm chủ đầu tư
116 công trình, tổng mức đầu tư 1.270 tỷ đồng``), and so does a cost with no work named before it.
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.rules import compile_at
from baocao.core.fold import fold
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.reach import sentence_start_within
from baocao.resolve.vocabulary import WORDS, exact_alternation, exact_forms, exact_words

__all__ = ["WORK_REASON", "named_work"]

#: The reason given to the length or the cost of one named work.
WORK_REASON = "other: a figure of one named work (a road, a school, a cultural house: its length, its cost) is no indicator of the place"

REACH = 160
"""How far before a figure the named work it measures is looked for."""

_SIZE_UNITS = frozenset(fold(u) for u in WORDS.work_size_units)
_NOUN = rf"(?i:{exact_alternation(WORDS.work_nouns)})"
# a lower-case word that names no place of a set of works, or an abbreviation ("UBND", "BTXM")
_LOWER_WORD = rf"(?:(?!(?:{exact_alternation(WORDS.work_not_between)})(?!\p{{L}}))\p{{Ll}}+|\p{{Lu}}{{2,}}(?!\p{{L}}))"
# on the text as written: the noun (either case), not after a plural word or a number, a few lower-case
# words or abbreviations ("từ UBND thị trấn"), then a proper name's word, a capital then a lower-case letter
# ("Hoàng Yến", "Trạm y tế"; not "NTM", "GTNT") or a road's code ("QL279", "ĐT279"), that names no work
# ("Nhà nước", "Quốc gia")
_WORK = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?<!(?:(?i:{exact_alternation(WORDS.single_unit_plurals)})|\d(?:[\d.,]*\d)?)[ \u00a0]+)"
    rf"{_NOUN}(?:[ \u00a0]+{_LOWER_WORD}){{0,{WORDS.work_words}}}[ \u00a0]+"
    rf"(?!(?:{'|'.join(regex.escape(w) for w in WORDS.single_unit_not_names + WORDS.work_not_names)})(?!\p{{L}}))"
    rf"(?:\p{{Lu}}\p{{Ll}}\p{{L}}*|\p{{Lu}}+\p{{N}}+(?![\p{{L}}\p{{N}}]))")
_NOUN_ANYWHERE = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_NOUN}")
#: The first words of the work nouns (each lower-cased form, both tone conventions): a noun's first word
#: in any case is one of these in the lower-cased text (each of their letters is matched ignoring case only
#: by the characters that lower-case to it: tests/test_work_noun_prefilter.py), so where none is found, in a
#: few searches of the text's C code, the noun's pattern need not be tried at each character.
_FIRST_WORDS = tuple(sorted({f.split(" ")[0] for f in exact_forms(WORDS.work_nouns)}))
# read leftwards from where the text before the figure ends (as the patterns of resolve/events.py), on the
# lower-cased text
_COST_BEFORE = regex.compile(
    rf"(?r){exact_words(WORDS.work_cost_leads)}(?:[ \u00a0]+là)?[ \u00a0]*$")
_SIZE_BEFORE = compile_at(rf"{exact_words(WORDS.work_size_leads)}[ \u00a0]*$", regex.REVERSE)
_PART_STOP = regex.compile(r"[;]")
# the rest of the work's name: words with a capital
_NAME_RUNS_ON = regex.compile(r"\p{L}*(?:[ \u00a0]+\p{Lu}\p{L}*)*[ \u00a0]*")


def _lead_start(ctx: Context, fig: Figure, lo: int) -> Optional[int]:
    """Where the words that make ``fig`` a work's cost or length start (the figure's own start for money
    written right after the name); None when it is neither money nor a length."""
    rec = fig.rec
    if rec.kind == "money":
        cost = _COST_BEFORE.match(ctx.lower, lo, rec.start)
        return cost.start() if cost is not None else rec.start
    if rec.kind == "quantity" and folded_unit(rec) in _SIZE_UNITS:
        size = _SIZE_BEFORE.match(ctx.lower, lo, rec.start)
        return size.start() if size is not None else None
    return None


def named_work(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` is the length or the cost of one named work (see the module's text); else None."""
    rec = fig.rec
    if rec.kind not in ("money", "quantity"):
        return None
    lo = max(0, rec.start - REACH)
    if not any(ctx.lower.find(w, lo, rec.start) >= 0 for w in _FIRST_WORDS) \
            or _NOUN_ANYWHERE.search(ctx.text, lo, rec.start) is None:
        return None     # no work's noun within reach (the usual case)
    start = sentence_start_within(ctx.text, rec.start, REACH)
    for stop in _PART_STOP.finditer(ctx.text, start, rec.start):
        start = stop.end()
    lead = _lead_start(ctx, fig, start)
    if lead is None:
        return None
    work = None
    for work in _WORK.finditer(ctx.text, start, lead):
        pass
    if work is None:
        return None
    for count in ctx.figures_from(lo, work.start()):
        if not ctx.text[count.end:work.start()].strip(" \u00a0"):
            return None     # "làm mới 12 km đường giao thông …": a figure counts the place's works
    if lead == rec.start and _NAME_RUNS_ON.fullmatch(ctx.text, work.end(), lead) is None:
        return None     # money with no cost word: only right after the work's name
    for other in ctx.figures_from(work.end(), lead):
        if other.kind != "quantity" or folded_unit(other) not in _SIZE_UNITS:
            return None
    return WORK_REASON
