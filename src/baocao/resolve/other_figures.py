"""Figures beside a place's indicators that measure something else: no indicators.

A report or a news article on a place writes, next to its indicators, figures that are not the
place's: how far it lies from other cities, what a reward it was given is worth, the share of its
targets (``chỉ tiêu``) it met, how many times the country's average its product is.
:func:`other_figure` names the reason such a figure is left unattached (the rules of :data:`RULES`,
asked in order by :func:`~baocao.resolve.events.not_an_indicator`), or None. The words are the lists
of ``data/indicators.yaml`` (``distance_leads`` … ``average_words``):

- a distance: a length (``distance_units``) after ``cách`` that opens its clause, or after ``nằm
  cách``, and the place it is measured to (``Đông giáp biển Đông, cách Thủ đô Hà Nội 1.065 km``), or
  after ``cách`` anywhere in its clause before a proper name or a place noun (``distance_places``:
  ``trung tâm huyện cách thành phố Hồ Chí Minh khoảng 223km và cách Đà Lạt 80 km``);
  the place's own lengths stay indicators (``134 km bờ biển``, ``cứng hóa 12 km đường``);
- a reward: money right after a reward word (``reward_words``: ``được thưởng 500 triệu đồng``), or
  after a worth word (``worth_words``) with a reward word before it in its clause (``thưởng công
  trình phúc lợi trị giá 800 triệu đồng``);
- a share of the targets: a percentage before ``số chỉ tiêu``/``các chỉ tiêu``, or after ``có`` and
  before ``chỉ tiêu`` (``trong đó có 100% chỉ tiêu môi trường đạt kế hoạch``), counts targets as
  ``15/22 chỉ tiêu`` does; an achievement (``đạt 87% chỉ tiêu pháp lệnh năm``) stays;
- one project, plant or company: a figure after a noun of one unit (``single_unit_nouns``) and its proper
  name, in the same part of its sentence with no other figure between (``Dự án Nhà máy LG Innotek Hải Phòng
  tăng tổng vốn đầu tư thêm 501 triệu USD``); the place's projects stay (``có 38 dự án FDI``, ``các dự án``);
- a number written in parts, digits and scale words in turn (``trên 6 nghìn 700 tỷ đồng``): the figure read is
  only its last part (``700 tỷ đồng``), so it is left unattached, no value rather than a wrong one;
- a ratio to the country: a multiple that opens its sentence, after ``gấp`` and before the country's
  level (``GRDP của Hải Phòng gấp 3 lần bình quân chung của cả nước``); after a level of its sentence
  it belongs to that statement.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable, Optional

import regex

from baocao.core.rules import compile_at
from baocao.core.fold import fold
from baocao.core.numbers import SCALE
from baocao.resolve.context import Context, Figure, folded_unit, value_of
from baocao.resolve.reach import sentence_start_within
from baocao.resolve.triggers import Trigger, gated
from baocao.resolve.vocabulary import WORDS, exact_alternation, exact_words

__all__ = ["AWARD_REASON", "DISTANCE_REASON", "IN_PARTS_REASON", "RATIO_REASON", "SINGLE_UNIT_REASON",
           "TARGET_SHARE_REASON", "other_figure"]

#: The reason given to a distance to another place.
DISTANCE_REASON = "other: a distance to another place says where the place lies, not an indicator"
#: The reason given to a reward's worth.
AWARD_REASON = "award: a prize or reward, and what it is worth, is no indicator of the place"
#: The reason given to a share of the targets.
TARGET_SHARE_REASON = "other: a share of the targets (chỉ tiêu) counts targets, it is no indicator"
#: The reason given to a figure of one project, plant or company.
SINGLE_UNIT_REASON = "other: a figure of one project, plant or company is no indicator of the place"
#: The reason given to the last part of a number written in parts.
IN_PARTS_REASON = "other: a number written in parts ('6 nghìn 700 tỷ đồng') is not read whole: no value rather than a wrong one"
#: The reason given to a ratio to the country's level.
RATIO_REASON = "another place: a multiple of the country's level compares the place with the country"

LOOK_BACK = 120
"""How far back the clause of a figure (a distance, a reward) is read."""
LOOK_AFTER = 80
"""How far after a figure the words about it are read (the targets, the country's level)."""

_DISTANCE_UNITS = frozenset(fold(u) for u in WORDS.distance_units)
# the clause before a distance: "cách" opening it or its sentence (or after a verb of lying: "nằm cách"),
# then the place it is measured to (no digit; a stop may abbreviate, "TP. Đà Nẵng"); "bằng cách",
# "khoảng cách", "cách ly" are no distance
_CLAUSE_STOP = regex.compile(r"(?r)[,;:\n]")
_DISTANCE_CLAUSE = regex.compile(
    rf"(?:^\s*(?:và\s+)?|[.!?]\s+|{exact_words(WORDS.distance_verbs)}\s+){exact_alternation(WORDS.distance_leads)}"
    rf"\s+(?!(?:ly|làm|thức|nhau)(?!\p{{L}}))[^\d,;:\n]{{1,60}}$")
# anywhere in its clause, "cách" (not the end of "cải cách", "bằng cách" …) before a proper name or a place noun
# ("trung tâm huyện cách thành phố Hồ Chí Minh khoảng 223km và cách Đà Lạt 80 km"): read on the text as written
_DISTANCE_TO_PLACE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?<!(?i:{exact_alternation(WORDS.distance_not_after)})[ \u00a0]+)"
    rf"(?i:{exact_alternation(WORDS.distance_leads)})[ \u00a0]+"
    rf"(?:\p{{Lu}}|(?i:{exact_alternation(WORDS.distance_places)})(?![\p{{L}}\p{{N}}]))[^\d,;:\n]{{0,60}}$")
# the patterns (?r)…\s*$ are matched where the text before the figure ends (as in resolve/events.py)
_REWARD_RIGHT_BEFORE = regex.compile(rf"(?r){exact_words(WORDS.reward_words)}\s*$")
_WORTH_BEFORE = compile_at(rf"{exact_words(WORDS.worth_words)}(?:\s+là)?\s*$", regex.REVERSE)
_REWARD = regex.compile(exact_words(WORDS.reward_words))
_TARGET_NOUN_AFTER = regex.compile(rf"\s*{exact_words(WORDS.target_share_nouns)}")
_TARGETS_AFTER = compile_at(rf"\s*{exact_words(['chỉ tiêu'])}")
_TARGET_LEAD_BEFORE = compile_at(rf"{exact_words(WORDS.target_share_leads)}\s*$", regex.REVERSE)
# "bằng 105% chỉ tiêu …", "vượt 5% chỉ tiêu …": a ratio to a plan, no share of a set of targets
_TARGET_RATIO_BEFORE = compile_at(rf"{exact_words(WORDS.target_share_not_after)}\s*$", regex.REVERSE)
_MULTIPLE_BEFORE = regex.compile(rf"(?r){exact_words(WORDS.multiple_words)}\s*$")
_COUNTRY_AFTER = regex.compile(
    rf"\s*(?:{exact_words(WORDS.average_words)}\s+)?(?:của\s+)?{exact_words(WORDS.country_words)}")
_TIMES = "lan"
SINGLE_UNIT_REACH = 200
"""How far before a figure the noun and name of one project, plant or company are looked for."""
# "Dự án Nhà máy LG Innotek", "nhà máy sản xuất alumin Nhân Cơ": a noun of one unit (not after a plural word
# or a number), a few lower-case words that name no place, then a proper name (read on the text as written)
_SINGLE_NOUN = rf"(?i:{exact_alternation(WORDS.single_unit_nouns)})"
_LOWER_WORD = rf"(?!(?:{exact_alternation(WORDS.single_unit_not_between)})(?!\p{{L}}))\p{{Ll}}+"
_SINGLE_UNIT = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?<!(?:(?i:{exact_alternation(WORDS.single_unit_plurals)})|\d(?:[\d.,]*\d)?)[ \u00a0]+)"
    rf"{_SINGLE_NOUN}(?:[ \u00a0]+{_LOWER_WORD}){{0,{WORDS.single_unit_words}}}[ \u00a0]+"
    rf"(?!(?:{'|'.join(regex.escape(w) for w in WORDS.single_unit_not_names)})(?!\p{{L}}))\p{{Lu}}\p{{Ll}}+")
# the noun alone: where it is absent from a window, _SINGLE_UNIT (which begins with it) matches nowhere there
_SINGLE_NOUN_ANYWHERE = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_SINGLE_NOUN}")
_PART_STOP = regex.compile(r"[;]")
# "6 nghìn " right before "700 tỷ đồng": a number and a scale word, read leftwards from the figure's start
_EARLIER_PART = regex.compile(rf"(?r)(?<![\p{{L}}\p{{N}}.,])\d[\d.,]*[ \u00a0]+{SCALE}[ \u00a0]+$")
PARTS_REACH = 32
"""How far before a figure the earlier part of a number written in parts is read."""


def _clause_start(ctx: Context, pos: int) -> int:
    lo = max(0, pos - LOOK_BACK)
    m = _CLAUSE_STOP.search(ctx.lower, lo, pos)
    return m.end() if m is not None else lo


def _distance(ctx: Context, fig: Figure) -> Optional[str]:
    rec = fig.rec
    if rec.kind != "quantity" or folded_unit(rec) not in _DISTANCE_UNITS:
        return None
    start = _clause_start(ctx, rec.start)
    if (_DISTANCE_CLAUSE.search(ctx.lower[start:rec.start]) is None   # a clause of LOOK_BACK at most
            and _DISTANCE_TO_PLACE.search(ctx.text[start:rec.start]) is None):
        return None
    return DISTANCE_REASON


def _award(ctx: Context, fig: Figure) -> Optional[str]:
    rec = fig.rec
    if rec.kind != "money":
        return None
    start = _clause_start(ctx, rec.start)
    if _REWARD_RIGHT_BEFORE.match(ctx.lower, start, rec.start):
        return AWARD_REASON
    worth = _WORTH_BEFORE.match(ctx.lower, start, rec.start)
    if worth is not None and _REWARD.search(ctx.lower, start, worth.start()):
        return AWARD_REASON
    return None


def _share_of_targets(ctx: Context, fig: Figure) -> Optional[str]:
    rec = fig.rec
    if rec.kind != "percentage":
        return None
    if _TARGET_NOUN_AFTER.match(ctx.lower, rec.end, rec.end + LOOK_AFTER) and _a_share_of_a_set(ctx, fig):
        return TARGET_SHARE_REASON
    if (_TARGETS_AFTER.match(ctx.lower, rec.end, rec.end + LOOK_AFTER)
            and _TARGET_LEAD_BEFORE.match(ctx.lower, max(0, rec.start - 20), rec.start)):
        return TARGET_SHARE_REASON
    return None


def _a_share_of_a_set(ctx: Context, fig: Figure) -> bool:
    """True when percentage ``rec`` can count a set of targets: at most 100% and not after a word of a ratio to a
    plan (``target_share_not_after``): ``Thu ngân sách … đạt 1.500 tỷ đồng, bằng 105% chỉ tiêu kinh tế - xã hội
    năm 2023`` is the level's achievement."""
    value, value_max = value_of(fig.rec)
    top = value_max if value_max is not None else value
    if top is None or top > 100:
        return False
    return _TARGET_RATIO_BEFORE.match(ctx.lower, max(0, fig.start - 20), fig.start) is None


def _ratio_to_the_country(ctx: Context, fig: Figure) -> Optional[str]:
    rec = fig.rec
    if rec.kind != "quantity" or folded_unit(rec) != _TIMES:
        return None
    start = sentence_start_within(ctx.text, rec.start, LOOK_BACK * 4)
    if not _MULTIPLE_BEFORE.match(ctx.lower, start, rec.start) or ctx.figures_from(start, rec.start):
        return None
    if _COUNTRY_AFTER.match(ctx.lower, rec.end, rec.end + LOOK_AFTER) is None:
        return None
    return RATIO_REASON


def _in_parts(ctx: Context, fig: Figure) -> Optional[str]:
    rec = fig.rec
    if rec.kind not in ("money", "quantity") or not ctx.text[rec.start:rec.start + 1].isdigit():
        return None
    if _EARLIER_PART.match(ctx.text, max(0, rec.start - PARTS_REACH), rec.start) is None:
        return None
    return IN_PARTS_REASON


def _noun_within(ctx: Context, lo: int, hi: int) -> bool:
    """``_SINGLE_NOUN_ANYWHERE.search(ctx.text, lo, hi) is not None``, read off the starts of its
    matches in the whole text, found once per document (``ctx.scans``) rather than in the window
    before every figure: a match in [lo, hi) starts where one starts in the whole text (the pattern
    has no look-ahead that the window's end could satisfy), and there, when the longest ends by
    ``hi``, it is one in the window too; only a noun that the window's end cuts is searched again."""
    found = ctx.scans.get("single_nouns")
    if found is None:
        spans = [m.span() for m in _SINGLE_NOUN_ANYWHERE.finditer(ctx.text, overlapped=True)]
        found = ctx.scans["single_nouns"] = ([a for a, _ in spans], [b for _, b in spans])
    starts, ends = found
    i = bisect_left(starts, lo)
    if i == len(starts) or starts[i] >= hi:
        return False
    return ends[i] <= hi or _SINGLE_NOUN_ANYWHERE.search(ctx.text, lo, hi) is not None


def _single_unit(ctx: Context, fig: Figure) -> Optional[str]:
    rec = fig.rec
    if not _noun_within(ctx, max(0, rec.start - SINGLE_UNIT_REACH), rec.start):
        return None     # no such noun within reach: the pattern below cannot match (the usual case)
    start = max(sentence_start_within(ctx.text, rec.start, SINGLE_UNIT_REACH), rec.start - SINGLE_UNIT_REACH)
    stop = None
    for stop in _PART_STOP.finditer(ctx.text, start, rec.start):
        pass
    if stop is not None:
        start = stop.end()
    unit = None
    for unit in _SINGLE_UNIT.finditer(ctx.text, start, rec.start):
        pass
    if unit is None or ctx.figures_from(unit.end(), rec.start):
        return None
    return SINGLE_UNIT_REASON


RULES: tuple[Callable[[Context, Figure], Optional[str]], ...] = (
    _in_parts, _distance, _award, _share_of_targets, _single_unit, _ratio_to_the_country)
"""Asked in order; the first that knows the figure gives the reason."""

# the words each gated rule needs within the windows it reads (see resolve/triggers.py)
_REWARD_TRIGGER = Trigger("reward_words", WORDS.reward_words)
_TARGETS_TRIGGER = Trigger("target_shares", (*WORDS.target_share_nouns, "chỉ tiêu"))


def _may_be_award(ctx: Context, fig: Figure) -> bool:
    """A reward word in the :data:`LOOK_BACK` before a sum of money."""
    rec = fig.rec
    return rec.kind == "money" and _REWARD_TRIGGER.within(ctx, rec.start - LOOK_BACK, rec.start)


def _may_be_share_of_targets(ctx: Context, fig: Figure) -> bool:
    """A word of the targets in the :data:`LOOK_AFTER` after a percentage."""
    rec = fig.rec
    return rec.kind == "percentage" and _TARGETS_TRIGGER.within(ctx, rec.end, rec.end + LOOK_AFTER)


GATES: dict[Callable[[Context, Figure], Optional[str]], Callable[[Context, Figure], bool]] = {
    _award: _may_be_award, _share_of_targets: _may_be_share_of_targets}
"""The gate of a rule of :data:`RULES`: where it says False, the rule returns None and is not asked."""
_ASK = gated((rule, GATES.get(rule)) for rule in RULES)


def other_figure(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` measures something other than the place (see the module's text); else None (the
    rules of :data:`RULES` asked in order, each where its gate, :data:`GATES`, holds)."""
    return _ASK(ctx, fig)
