"""Figures about the event a report is news of, or about the make-up of its place: no indicators.

Congress, election and meeting news counts what happened at the event: the votes a candidate won,
the size of the committee elected, the people who took part and the sites a meeting was held at. A
place described before its figures is counted by its administrative units. None of these measures
the place: :func:`not_an_indicator` names the reason such a figure is left unattached (the rules of
:data:`RULES`, asked in order), or None. The words are the lists of ``data/indicators.yaml``
(``vote_verbs`` … ``make_up_qualifiers``):

- a vote share: a percentage after a vote verb (``tái đắc cử với tỷ lệ 100%``), before a vote noun
  (``với 100% số phiếu``), after one (and perhaps ``đạt``: ``với tỷ lệ phiếu bầu đạt 95,89%``), or after only ``(cũng) với (tỷ lệ)`` in a sentence of an election
  (``Cũng với tỷ lệ 100%, các đồng chí: … được bầu giữ chức …``);
- the size of a body elected: a count of people after a committee and ``gồm``/``có``/``là``
  (``bầu Ban Thường vụ Thành ủy gồm 13 người``) or right after an election verb (``bầu 11 người``);
- the event's participants and sites: ``42 điểm cầu``, ``120 khách mời``, a count of people before a
  word of performing or attending (``1.000 người biểu diễn``) or after ``sự tham gia của``;
- the place's make-up: counts of administrative units after ``gồm`` (or after such a count in the
  same enumeration) that end their clause (``gồm 7 quận (…), 6 huyện ngoại thành (…) và 2 huyện đảo
  (…) với 223 xã, phường và thị trấn.``), a whole broken down after ``gồm:`` (``có 10 đơn vị hành chính,
  gồm: 01 thị trấn và 09 xã,``) or units named one by one after a colon (``9 huyện: Tuy Phước, Phù Cát.``);
  a count followed by what it did stays an indicator (``có 4 xã đạt chuẩn nông thôn mới``).
"""
from __future__ import annotations

from typing import Callable, Optional

import regex

from baocao.core.rules import compile_at
from baocao.core.fold import fold
from baocao.resolve.context import Context, Figure, folded_unit
from baocao.resolve.other_figures import other_figure
from baocao.resolve.plan_shares import plan_share
from baocao.resolve.reach import sentence_end_within, sentence_start_within
from baocao.resolve.triggers import Trigger, gated
from baocao.resolve.unattached_attendance import attendee_count
from baocao.resolve.unattached_awards import award_count, may_be_award_count
from baocao.resolve.unattached_broken import broken_tail
from baocao.resolve.unattached_counts import LOOK_BACK as GROUP_LOOK_BACK
from baocao.resolve.unattached_counts import (GROUP_TRIGGER, breakdown_groups, crop_seasons, group_membership,
                                               may_be_merged_units, merged_units)
from baocao.resolve.unattached_averages import compared_average
from baocao.resolve.unattached_growth_frames import growth_frame
from baocao.resolve.unattached_named import named_units
from baocao.resolve.unattached_scope import scope_of_a_statement
from baocao.resolve.unattached_rests import rest_of_a_set
from baocao.resolve.unattached_set_bounds import bound_of_a_set
from baocao.resolve.unattached_thresholds import threshold_in_a_name
from baocao.resolve.unattached_works import named_work
from baocao.resolve.vocabulary import WORDS, exact_alternation, exact_words

__all__ = ["EVENT_REASON", "MAKE_UP_REASON", "not_an_indicator"]

EVENT_REASON = "event_count: votes, a body elected, participants and sites are about the event, not indicators of the place"
"""The reason given to a figure about the event."""
MAKE_UP_REASON = "other: the place's administrative make-up (its districts, communes …) is no indicator"
"""The reason given to a count of the place's administrative units."""


_RATE = exact_alternation(["tỷ lệ"])
_NUMBER = r"(?:(?:hơn|gần|trên|khoảng|có)\s+)?\d[\d.,]*"
_VOTE_BEFORE = regex.compile(rf"(?r){exact_words(WORDS.vote_verbs)}(?:\s+với)?(?:\s+{_RATE})?\s*$")
_VOTE_AFTER = regex.compile(rf"\s*{exact_words(WORDS.vote_nouns)}")
_VOTE_NOUN_BEFORE = regex.compile(rf"(?r){exact_words(WORDS.vote_nouns)}(?:\s+{exact_words(WORDS.vote_links)})?\s*$")
_ONLY_WITH = compile_at(rf"\s*(?:cũng\s+)?với(?:\s+{_RATE})?\s*")
_VOTE_WORD = regex.compile(exact_words(WORDS.vote_words))
_COMMITTEE_BEFORE = regex.compile(rf"(?r){exact_words(WORDS.committee_verbs)}\s+{exact_words(WORDS.committee_words)}[^.;:\n]{{0,60}}?"
                               rf"\s(?:gồm\s+có|gồm)\s*$")
_COMMITTEE_VERB_BEFORE = regex.compile(rf"(?r){exact_words(WORDS.committee_verbs)}\s*$")
_PEOPLE = frozenset(fold(u) for u in WORDS.people_units)
_EVENT_NOUN = compile_at(rf"{_NUMBER}\s+{exact_words(WORDS.event_nouns)}")
_AT_THE_EVENT = compile_at(rf"{exact_words(WORDS.event_sites_leads)}\s*$", regex.REVERSE)
_PERFORMING_AFTER = regex.compile(rf"\s*{exact_words(WORDS.performing_words)}")
_PARTICIPATION_BEFORE = compile_at(rf"{exact_words(WORDS.participation_leads)}\s*$", regex.REVERSE)
_QUALIFIERS = exact_words(WORDS.make_up_qualifiers)
# the qualifiers after a unit: one, or two in a row ("20 đơn vị hành chính cấp xã trực thuộc")
_QUALIFIED = rf"(?:\s+{_QUALIFIERS}){{1,2}}"
# a bracketed note or a reference mark closing a clause ("4 xã miền núi [Số liệu năm 2014].", "… Thăng Hưng.[1]"), or
# a table's cell bar ("Phân chia hành chính | 1 thị trấn, 19 xã |")
_NOTE = r"[\[|]"
# a unit, or a word that is one with a qualifier after it ("173 đơn vị cấp xã")
_ADMIN = (rf"(?:{exact_words(WORDS.administrative_units)}"
          rf"|{exact_words(WORDS.make_up_qualified_units)}(?=\s+{_QUALIFIERS}))")
# on the text as written, a unit listed after another is followed by no proper name ("6 phường, tỉnh Thái Bình
# cũ có …": "tỉnh" opens the next clause); on the lower-case text the look-ahead holds everywhere
_LISTED_ENDS = r"(?![ \u00a0]+(?-i:\p{Lu}))"
_ITEM = (rf"(?>{_NUMBER}\s+{_ADMIN}(?:\s*(?:,|và)\s*{_ADMIN}{_LISTED_ENDS})*(?:{_QUALIFIED})?"
         rf"(?:\s*\([^()\n]{{0,200}}\))?)")
_PROPER = r"\p{Lu}\p{Ll}*(?:[ \u00a0]\p{Lu}\p{Ll}*){0,4}"
_SEPARATOR = r"\s*(?:,|;|\svà\s|\svới\s)\s*"
# after a lead, a colon may stand before the enumeration ("gồm: 01 thị trấn và 09 xã,")
_LEAD_GAP = r"(?:\s*:\s*|\s+)"
# the patterns that end with "$" above are read leftwards ((?r)) and matched (``match``) where the text
# before the figure ends: a leftwards search would go on trying them at every offset of the sentence
# before it, where none can match ("\s*$" ends each: a match ending before a last line break is one
# ending at the end too; the same matches, tests/test_indicator_events_17.py and
# tests/test_at_end_matched.py); this one holds atomic groups and reads rightwards
# a label of the units before a colon or a table's cell bar opens the make-up as a lead does ("Đơn vị hành chính: 9
# huyện, 2 thị xã …", "Phân chia hành chính | 1 thị trấn, 19 xã |")
_MAKE_UP_LABEL = rf"{exact_words(WORDS.make_up_labels)}(?:{_QUALIFIED})?\s*[:|]\s*"
# the units listed, perhaps broken down after a breakdown lead ("11 xã với 119 thôn, trong đó có 3 xã đồng bằng, …")
_ITEMS_BEFORE = rf"(?:{_ITEM}{_SEPARATOR})*(?:{exact_words(WORDS.make_up_breakdown_leads)}{_LEAD_GAP}(?:{_ITEM}{_SEPARATOR})*)?"
_MAKE_UP_BEFORE = regex.compile(rf"(?:{exact_words(WORDS.make_up_leads)}{_LEAD_GAP}|{_MAKE_UP_LABEL}){_ITEMS_BEFORE}$")
# read on the text as written (any case but in _LISTED_ENDS)
_MAKE_UP_FROM = regex.compile(rf"(?i){_ITEM}(?>(?:{_SEPARATOR}{_ITEM})*)\s*(?:[.;:!?,\n)]|{_NOTE}|$)")
# the count of units each make-up pattern opens with (_ITEM, _WHOLE_UNITS, _NAMED_UNITS_FROM), on the lower-case
# text and, any case, on the text as written
_UNITS_FROM = regex.compile(rf"{_NUMBER}\s+{_ADMIN}")
_UNITS_FROM_ANY_CASE = regex.compile(rf"(?i){_NUMBER}\s+{_ADMIN}")
# "Tỉnh có 8 huyện, 1 TP thuộc tỉnh, …", ", tỉnh Hưng Yên cũ có 33 xã và 6 phường": a unit (perhaps its proper
# name) that opens its clause, then a verb of having: read on the text as written (the name's capitals)
# (a line's list dash too: "- Toàn huyện có 08 xã và 01 thị trấn với 51 thôn, 15 khu phố;")
_CLAUSE_OPENER = r"(?<=(?:^|[.!?,;:(\n])[ \u00a0]*|(?:^|\n)[ \u00a0]*[-–•+][ \u00a0]*)"
_SUBJECT_HAS_BEFORE = regex.compile(
    rf"{_CLAUSE_OPENER}(?:(?i:{exact_words(WORDS.make_up_subject_leads)})[ \u00a0]+)?(?i:{_ADMIN})(?:[ \u00a0]+{_PROPER})?(?:[ \u00a0]+(?i:{exact_alternation(WORDS.make_up_subject_words)}))?"
    rf"[ \u00a0]+(?i:{exact_words(WORDS.make_up_verbs)}){_LEAD_GAP}(?i:{_ITEMS_BEFORE})$")
# a count of units in an enumeration, out of the parentheses (not "(3 xã đạt chuẩn; 2 xã …)" after one)
_UNIT_COUNT = regex.compile(rf"(?:[,;:]|\s(?:và|với|có))\s*{_NUMBER}\s+{_ADMIN}")
_PARENTHESIS = regex.compile(r"\([^()]*\)")
# "với 20 đơn vị hành chính (19 xã, 01 thị trấn)," : a whole of units broken down into units, its clause ended
_WHOLE_UNITS = rf"{_NUMBER}\s+{_ADMIN}(?:\s*(?:,|và)\s*{_ADMIN})*(?:{_QUALIFIED})?"
_WHOLE = rf"{_WHOLE_UNITS}\s*\(\s*"
# the parts may end at a semicolon inside the parenthesis ("(93 xã, 11 phường; trong đó: …)")
# (or the parenthesis closed before the next whole: "(1 thành phố, 2 thị xã, 8 huyện) với 173 đơn vị cấp xã (…)")
_PARTS_TO_END = (rf"{_ITEM}(?>(?:{_SEPARATOR}{_ITEM})*)\s*(?:\)\s*(?:[.;:!?,\n]|$|(?:với|và)\s+{_NUMBER}\s+{_ADMIN})"
                 rf"|;)")
# "có 10 đơn vị hành chính, gồm: 01 thị trấn và 09 xã, …": the whole, then its parts after a make-up lead
_WHOLE_THEN_LEAD = rf"{_WHOLE_UNITS}\s*,?\s*{exact_words(WORDS.make_up_leads)}{_LEAD_GAP}"
_LEAD_PARTS_TO_END = rf"{_ITEM}(?>(?:{_SEPARATOR}{_ITEM})*)\s*(?:[.;:!?,\n]|$)"
_PARTS_LEAD = exact_words(WORDS.make_up_parts_leads)
_WHOLE_FROM = regex.compile(rf"{_WHOLE}{_PARTS_TO_END}|{_WHOLE_THEN_LEAD}{_LEAD_PARTS_TO_END}")
_WHOLE_BEFORE = regex.compile(rf"{_PARTS_LEAD}\s*$")
# a part of a whole after a parts lead or a make-up lead ("gồm 11 đơn vị hành chính cấp huyện (1 thành phố, …, 8 huyện)")
_PART_BEFORE = regex.compile(rf"(?:{_PARTS_LEAD}|{exact_words(WORDS.make_up_leads)})\s+{_WHOLE}(?:{_ITEM}{_SEPARATOR})*$")
_PART_FROM = regex.compile(_PARTS_TO_END)
# "có 19 đơn vị hành chính, bao gồm …", "với 07 đơn vị hành chính cấp cơ sở, bao gồm: thị trấn …": the count of
# all the place's units (make_up_wholes), its clause ended or its breakdown announced, whatever the breakdown is
_ALL_UNITS = rf"{_NUMBER}\s+{exact_words(WORDS.make_up_wholes)}(?:{_QUALIFIED})?"
# all the units after a make-up lead as well ("…, chia thành 111 đơn vị hành chính cấp xã gồm 15 phường, …")
_ALL_UNITS_LEAD_BEFORE = regex.compile(rf"(?:{_PARTS_LEAD}|{exact_words(WORDS.make_up_leads)})\s*$")
_ALL_UNITS_FROM = compile_at(rf"{_ALL_UNITS}\s*(?:[.;:(\n]|,?\s*{exact_words(WORDS.make_up_leads)}|$)")
# … and, earlier in the sentence of a count of units that ends its clause, that count's whole
_ALL_UNITS_BEFORE = regex.compile(rf"{_PARTS_LEAD}\s+{_ALL_UNITS}[^;]*$")
# "… và 9 huyện: Tuy Phước, Phù Cát, …, Vĩnh Thạnh.": a count of units, then their proper names only, to the
# end of the clause (read on the text as written: each name's words start with a capital)
_NAMED_UNITS_FROM = compile_at(
    rf"{_NUMBER}\s+(?i:{_ADMIN}(?:\s+{exact_words(WORDS.make_up_qualifiers)})?)\s*:\s*{_PROPER}(?>(?:\s*,\s*{_PROPER})*)(?:\s*,?\s+và\s+{_PROPER})?"
    rf"\s*(?:[.;|\n]|$)")
LOOK_BACK = 600
"""How far back the start of a figure's sentence is looked for."""
REACH = 400
"""How far after a figure the words about it are read (a vote noun, an event's noun, a performing verb)."""
MAKE_UP_REACH = 2000
"""How far from a count a list of the place's administrative units is read."""


def _sentence_start(ctx: Context, pos: int) -> int:
    return sentence_start_within(ctx.text, pos, LOOK_BACK)


def _sentence_end(ctx: Context, pos: int) -> int:
    return sentence_end_within(ctx.text, pos, LOOK_BACK)


def _vote_share(ctx: Context, fig: Figure) -> Optional[str]:
    rec = fig.rec
    if rec.kind != "percentage":
        return None
    start = _sentence_start(ctx, rec.start)
    if (_VOTE_BEFORE.match(ctx.lower, start, rec.start) or _VOTE_AFTER.match(ctx.lower, rec.end, rec.end + REACH)
            or _VOTE_NOUN_BEFORE.match(ctx.lower, start, rec.start)):
        return EVENT_REASON
    if (_ONLY_WITH.fullmatch(ctx.lower, start, rec.start)
            and _VOTE_WORD.search(ctx.lower, start, _sentence_end(ctx, rec.end))):
        return EVENT_REASON
    return None


def _body_elected(ctx: Context, fig: Figure) -> Optional[str]:
    rec = fig.rec
    if rec.kind != "quantity" or folded_unit(rec) not in _PEOPLE:
        return None
    start = _sentence_start(ctx, rec.start)
    if _COMMITTEE_BEFORE.match(ctx.lower, start, rec.start) or _COMMITTEE_VERB_BEFORE.match(ctx.lower, start, rec.start):
        return EVENT_REASON
    return None


def _participants(ctx: Context, fig: Figure) -> Optional[str]:
    rec = fig.rec
    if rec.kind != "quantity":
        return None
    noun = _EVENT_NOUN.match(ctx.lower, rec.start, rec.start + REACH)
    before = max(0, rec.start - 40)
    if noun is not None and (_AT_THE_EVENT.match(ctx.lower, before, rec.start) or _PERFORMING_AFTER.match(ctx.lower, noun.end(), noun.end() + REACH)):
        return EVENT_REASON
    if folded_unit(rec) in _PEOPLE and (_PERFORMING_AFTER.match(ctx.lower, rec.end, rec.end + REACH)
                                        or _PARTICIPATION_BEFORE.match(ctx.lower, before, rec.start)):
        return EVENT_REASON
    return None


def _make_up(ctx: Context, fig: Figure) -> Optional[str]:
    rec = fig.rec
    if rec.kind != "quantity":
        return None
    # each pattern below opens with a count of units: tried once on each text they read (most counts are none)
    end = rec.start + MAKE_UP_REACH
    on_lower = _UNITS_FROM.match(ctx.lower, rec.start, end) is not None
    on_text = _UNITS_FROM_ANY_CASE.match(ctx.text, rec.start, end) is not None
    if (on_lower and _made_of_parts(ctx, fig)) or (on_text and _NAMED_UNITS_FROM.match(ctx.text, rec.start, end)):
        return MAKE_UP_REASON
    if (on_lower and _ALL_UNITS_FROM.match(ctx.lower, rec.start, end) is not None
            and _ALL_UNITS_LEAD_BEFORE.search(ctx.lower, max(0, rec.start - 14), rec.start) is not None):
        return MAKE_UP_REASON
    after = _MAKE_UP_FROM.match(ctx.text, rec.start, end) if on_text else None
    if after is None:
        return None
    start = _sentence_start(ctx, rec.start)
    if (_MAKE_UP_BEFORE.search(ctx.lower, start, rec.start) is not None
            or _ALL_UNITS_BEFORE.search(ctx.lower, start, rec.start) is not None):
        return MAKE_UP_REASON
    has = _SUBJECT_HAS_BEFORE.search(ctx.text, start, rec.start)
    # a place has at least two counts of units; one alone ("Đến nay, huyện có 12 xã.") may be a count of
    # what the paragraph is about
    if has is not None and len(_UNIT_COUNT.findall(_PARENTHESIS.sub("", ctx.lower[has.start():after.end()]))) >= 2:
        return MAKE_UP_REASON
    return None


def _made_of_parts(ctx: Context, fig: Figure) -> bool:
    """``với 20 đơn vị hành chính (19 xã, 01 thị trấn),``: the whole after one of ``make_up_parts_leads``, or a
    part in its parenthesis."""
    rec, low = fig.rec, ctx.lower
    if _WHOLE_FROM.match(low, rec.start, rec.start + MAKE_UP_REACH) is not None:
        return _WHOLE_BEFORE.search(low, max(0, rec.start - 12), rec.start) is not None
    return (_PART_FROM.match(low, rec.start, rec.start + MAKE_UP_REACH) is not None
            and _PART_BEFORE.search(low, _sentence_start(ctx, rec.start), rec.start) is not None)


RULES: tuple[Callable[[Context, Figure], Optional[str]], ...] = (_vote_share, _body_elected, _participants,
                                                                attendee_count, _make_up, threshold_in_a_name, bound_of_a_set, rest_of_a_set,
                                                                scope_of_a_statement, broken_tail, group_membership,
                                                                merged_units, named_units, crop_seasons,
                                                                breakdown_groups, named_work, award_count, plan_share, growth_frame, compared_average,
                                                                other_figure)
"""Asked in order; the first that knows the figure gives the reason (a bound of what a count counts,
:func:`~baocao.resolve.unattached_thresholds.threshold_in_a_name`, a bound of the members a count counts,
:func:`~baocao.resolve.unattached_set_bounds.bound_of_a_set`, the rest of a counted set of units and the bound
it reaches, :func:`~baocao.resolve.unattached_rests.rest_of_a_set`, a count of units that is another
statement's place, :func:`~baocao.resolve.unattached_scope.scope_of_a_statement`, the tail of a broken number,
:func:`~baocao.resolve.unattached_broken.broken_tail`, a group the place belongs to, the units merged into it,
a count of units its proper names follow, :func:`~baocao.resolve.unattached_named.named_units`, a count of crop seasons and of a breakdown's groups (:mod:`baocao.resolve.unattached_counts`), the length or
the cost of one named work, :func:`~baocao.resolve.unattached_works.named_work`, what an award or a gift went to
and a gift's worth, :func:`~baocao.resolve.unattached_awards.award_count`, the part of a plan a verb cuts or
sets aside, :func:`~baocao.resolve.plan_shares.plan_share`, the whole growth restated as the frame of its
breakdown, :func:`~baocao.resolve.unattached_growth_frames.growth_frame`, the average of a wider area a statement
is compared with, :func:`~baocao.resolve.unattached_averages.compared_average`, then the last,
:func:`~baocao.resolve.other_figures.other_figure`, knows the figures beside the place's indicators
that measure something else: a distance, a reward, a share of the targets, a ratio to the country; the
attendees a sentence lists, :func:`~baocao.resolve.unattached_attendance.attendee_count`, are asked after the
event's participants)."""


# the words each gated rule needs within the windows it reads (see resolve/triggers.py)
_VOTE_TRIGGER = Trigger("votes", (*WORDS.vote_verbs, *WORDS.vote_nouns, *WORDS.vote_words))
_COMMITTEE_TRIGGER = Trigger("committee_verbs", WORDS.committee_verbs)
_EVENT_NOUN_TRIGGER = Trigger("event_nouns", WORDS.event_nouns)
_PERFORMING_TRIGGER = Trigger("performing", WORDS.performing_words)
_PARTICIPATION_TRIGGER = Trigger("participation", WORDS.participation_leads)


def _may_be_vote_share(ctx: Context, fig: Figure) -> bool:
    """A vote word between the sentence's start (:data:`LOOK_BACK` at most) and its end or :data:`REACH`."""
    rec = fig.rec
    return rec.kind == "percentage" and _VOTE_TRIGGER.within(ctx, rec.start - LOOK_BACK, rec.end + max(LOOK_BACK, REACH))


def _may_be_body_elected(ctx: Context, fig: Figure) -> bool:
    """A committee verb in the sentence before the count (:data:`LOOK_BACK` at most)."""
    rec = fig.rec
    return rec.kind == "quantity" and _COMMITTEE_TRIGGER.within(ctx, rec.start - LOOK_BACK, rec.start)


def _may_be_participants(ctx: Context, fig: Figure) -> bool:
    """An event noun within :data:`REACH` of the count's start, a performing word within :data:`REACH` after
    it or a participation lead within 40 characters before it."""
    rec = fig.rec
    return rec.kind == "quantity" and (_EVENT_NOUN_TRIGGER.within(ctx, rec.start, rec.start + REACH)
                                       or _PERFORMING_TRIGGER.within(ctx, rec.end, rec.end + REACH)
                                       or _PARTICIPATION_TRIGGER.within(ctx, rec.start - 40, rec.start))


def _may_be_group(ctx: Context, fig: Figure) -> bool:
    """A group lead in the :data:`~baocao.resolve.unattached_counts.LOOK_BACK` before the figure."""
    return GROUP_TRIGGER.within(ctx, fig.rec.start - GROUP_LOOK_BACK, fig.rec.start)


GATES: dict[Callable[[Context, Figure], Optional[str]], Callable[[Context, Figure], bool]] = {
    _vote_share: _may_be_vote_share, _body_elected: _may_be_body_elected, _participants: _may_be_participants,
    group_membership: _may_be_group, merged_units: may_be_merged_units, award_count: may_be_award_count}
"""The gate of a rule of :data:`RULES`: where it says False, the rule returns None and is not asked."""
_ASK = gated((rule, GATES.get(rule)) for rule in RULES)


def not_an_indicator(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` is about the event or the place's make-up, not an indicator; else None (the rules
    of :data:`RULES` asked in order, each where its gate, :data:`GATES`, holds)."""
    return _ASK(ctx, fig)
