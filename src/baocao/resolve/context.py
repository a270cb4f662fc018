"""What one resolve pass reads and writes.

:class:`Context` holds the clean text of a report in three views (as written, folded, lower case,
all of the same length), the figures, footnote anchors and period records in clean offsets (sorted,
with their start lists for bisect), and what the pass has found so far: the indicator drafts, the
owner of each figure, the figures left unattached. :class:`Draft` is an indicator being read;
:class:`Figure` is one figure of a statement with the text around it that its rules read.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional, TypedDict, Union

from baocao.core.fold import fold, fold_aligned
from baocao.core.fold import lower as lower_text

if TYPE_CHECKING:
    from baocao.resolve.places import HomePattern
    from baocao.normalize.edits import OffsetMap
    from baocao.schema import Fraction, Money, Percentage, Quantity
    from baocao.schema.records import Direction, Framing, Measure, PeriodSource, Qualifier, Status

    FigureRecord = Union[Percentage, Money, Quantity, Fraction]
    """A record an indicator is read from (a kind of ``VALUE_KINDS``)."""

Anchor = tuple[int, int]            # (clean start of a footnote anchor, its footnote's marker)
PeriodSpan = tuple[int, int, Optional[str]]   # (clean start, clean end, label) of a period


class Clause(TypedDict, total=False):
    """The context a statement is read in, carried from the segments and chunks before it."""

    period: str                        # the period they name
    period_source: PeriodSource        # where: the sentence's opener or a clause
    framing: Framing                   # estimate or target
    label: Optional[tuple[int, int]]   # a phrase before a colon that names what follows
    section_target: bool               # under a target section
    whole: str                         # after "Phân theo quý:": the name of the statement broken down
    running: dict[tuple[Optional[str], bool], str]   # after "Lũy kế": the names of the statements before, by unit
    share: bool                        # after "Cơ cấu kinh tế … như sau:": the percentages are shares
    label_direction: Direction         # the change the label's chunk says ("… đã tăng so với năm 2016, …")
    label_change: tuple[int, int]      # the label, when it is the subject of the change a parenthesis gives ("IIP tăng (0,9%)")
    label_bare: bool                   # the label is a bare subject before ", đạt …": it names no achievement rate


@dataclass(frozen=True)
class Unattached:
    """A figure left out of every indicator, and why."""

    kind: str
    text: str
    start: int
    end: int
    reason: str
    sentence: Optional[int] = None
    footnote: Optional[int] = None


_new = object.__new__


def unattached_figure(kind: str, text: str, start: int, end: int, reason: str, sentence: Optional[int],
                      footnote: Optional[int]) -> Unattached:
    """``Unattached(kind, text, start, end, reason, sentence, footnote)`` made without the frozen
    dataclass's ``__init__`` (a call of ``object.__setattr__`` per field: more than half the cost of
    leaving a figure unattached, one a figure on a text of bare quantities); the same record."""
    u = _new(Unattached)
    d = u.__dict__
    d["kind"], d["text"], d["start"], d["end"], d["reason"] = kind, text, start, end, reason
    d["sentence"], d["footnote"] = sentence, footnote
    return u


@dataclass
class Draft:
    """An indicator (or, with ``summary``, a count of indicators) while its statement is read."""

    name: str
    name_start: Optional[int]
    figs: list[FigureRecord] = field(default_factory=list)
    value: Optional[float] = None
    value_max: Optional[float] = None
    qualifier: Optional[Qualifier] = None
    unit: Optional[str] = None
    per: Optional[str] = None
    direction: Optional[Direction] = None
    per_year: bool = False
    averaging: Optional[str] = None
    change: Optional[float] = None
    change_unit: Optional[str] = None
    change_base: Optional[str] = None
    period: Optional[str] = None
    period_source: Optional[PeriodSource] = None
    framing: Framing = "actual"
    framing_own: bool = False          # the framing is written in the statement's own lead
    target: Optional[float] = None
    target_range: bool = False         # the target is the low end of a range plan ("kế hoạch 78-79 triệu đồng")
    target_before: bool = False        # the target is a plan written before the value ("kế hoạch 120 … nhưng chỉ đạt 110 …")
    margin: Optional[float] = None
    from_value: Optional[float] = None
    from_period: Optional[str] = None
    awaiting_level: bool = False       # a "từ" level was read; the level it changes to comes next
    from_unit: Optional[str] = None    # the unit of that old level (the new one is in the same unit)
    value_lead: str = ""               # the folded text before the value's figure
    value_changed: bool = False        # the value is a change ("tăng 7,61%"), not a level
    listed_share: bool = False         # a percentage after a share in the same sentence
    growth_named: bool = False         # named only by a growth word after its subject's statement: a growth
    in_breakdown: bool = False         # a part of the breakdown of an estimate before it
    breakdown_dated: bool = False      # … which holds over the whole's period ("trong đó", not "phân theo")
    in_parens: bool = False            # read in a parenthesis after the statement it explains
    period_of_whole: bool = False      # … whose period it took (resolve.periods.aside_period)
    undated: bool = False              # no period is known for it and none is to be guessed
    plan_until: int = -1               # the end of a parenthesis of plan figures after it
    lost_level_end: int = -1           # the end of a level of its own after its figures that was not read
    measure_hint: Optional[Measure] = None  # the measure its record was given
    key_lead: str = ""                 # a verb left out of its name that the key still reads ("thành lập")
    key_measure: str = ""              # what a place's figure in a list by place measures, keying it ("tiêu chí …")
    key_second: str = ""               # after a verb pair, the second verb and what follows, keying it when the name does not
    achievement_pct: Optional[float] = None
    achievement_base: Optional[str] = None
    status: Optional[Status] = None
    extent_end: int = 0
    summary: bool = False
    count: Optional[float] = None
    total: Optional[float] = None
    threshold: Optional[float] = None
    threshold_qualifier: Optional[Qualifier] = None


@dataclass(frozen=True)
class Figure:
    """A figure record of a statement (clean offsets) with the text its rules read: ``lead_start``
    (the lead runs from there to the figure) and ``tail_end`` (the tail runs from the figure there)."""

    rec: FigureRecord
    lead_start: int
    tail_end: int

    @staticmethod
    def of(rec: FigureRecord, lead_start: int, tail_end: int) -> "Figure":
        """``Figure(rec, lead_start, tail_end)`` made without the frozen dataclass's ``__init__``
        (made at every figure read); the same record."""
        f = _new(Figure)
        d = f.__dict__
        d["rec"], d["lead_start"], d["tail_end"] = rec, lead_start, tail_end
        return f

    @property
    def start(self) -> int:
        return self.rec.start

    @property
    def end(self) -> int:
        return self.rec.end


def unit_of(rec: FigureRecord) -> tuple[Optional[str], Optional[str]]:
    """(unit, per) of a figure record: ``%`` for a percentage, the currency for money."""
    if rec.kind == "percentage":
        return "%", ("năm" if rec.per_year else None)
    if rec.kind == "money":
        return rec.currency, rec.per
    fields = rec.__dict__   # a record's fields; a kind without one has no entry (getattr's default, faster)
    return fields.get("unit"), fields.get("per")


_FOLDED_UNITS: dict[str, str] = {}
_FOLDED_UNITS_KEPT = 4096       # units are words of the rules' lexicons: a few hundred


def folded_unit(rec: FigureRecord) -> Optional[str]:
    """The folded unit of a figure record, None when it has none (:func:`unit_of`'s unit folded; asked
    by some twenty rules of each figure, so each unit's fold is looked up in a dict of its own)."""
    kind = rec.kind
    unit: Optional[str] = ("%" if kind == "percentage" else getattr(rec, "currency") if kind == "money"
                           else rec.__dict__.get("unit"))       # as unit_of reads it
    if not unit:
        return None
    folded = _FOLDED_UNITS.get(unit)
    if folded is None:
        folded = fold(unit)
        if len(_FOLDED_UNITS) < _FOLDED_UNITS_KEPT:
            _FOLDED_UNITS[unit] = folded
    return folded


def value_of(rec: FigureRecord) -> tuple[Optional[float], Optional[float]]:
    """(value, value_max) of a figure record; (numerator, denominator) for a fraction."""
    if rec.kind == "fraction":
        return rec.numerator, rec.denominator
    return rec.value, rec.__dict__.get("value_max")


def qualifier_of(rec: FigureRecord) -> Optional[Qualifier]:
    q: Optional[Qualifier] = rec.__dict__.get("qualifier")
    return q


def is_per_year(rec: FigureRecord) -> bool:
    return bool(rec.__dict__.get("per_year", False))


@dataclass
class Context:
    """The text, lookups and findings of one resolve pass (offsets are clean unless named original)."""

    text: str                      # the clean text (Report.text)
    folded: str                    # fold(text), same length
    lower: str                     # text.lower(), same length
    original: str
    offsets: Optional[OffsetMap]   # OffsetMap clean <-> original, None when text is the original
    source: dict[int, FigureRecord]   # clean figure start -> the record in original coordinates
    figures: list[FigureRecord]    # figure records in clean offsets, by start
    figure_starts: list[int]
    anchors: list[Anchor]          # sorted [(clean anchor start, footnote marker)]
    anchor_starts: list[int]
    section_of: Callable[[int], Optional[str]]    # pos -> section path or None
    line_end: Callable[[int], int]                # pos -> end of its line
    periods: list[PeriodSpan]      # (start, end, label) of period records that may govern
    period_starts: list[int]
    covered: list[tuple[int, int]]  # (start, end) of every period record, comparisons too
    covered_starts: list[int]
    # (start, end, base, year) of the comparison bases (so với cùng kỳ năm trước: same_period_previous_year)
    bases: list[tuple[int, int, str, Optional[int]]] = field(default_factory=list)
    base_starts: list[int] = field(default_factory=list)
    # (start, end, month, year or None) of the dates of a day and a month (ngày 31 tháng 10, 20/7)
    day_dates: list[tuple[int, int, int, Optional[int]]] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    unattached: list[Unattached] = field(default_factory=list)
    owner: dict[int, Draft] = field(default_factory=dict)     # figure start -> its Draft
    last_event_end: Optional[int] = None          # where the last count about the event ended
    target_list_until: int = -1    # a target list runs to the end of its paragraph
    dated_after: set[int] = field(default_factory=set)   # starts of periods that date the figure before
    # a respectively list: figure start -> (name, name start, a share, the first member's role, the period
    # label of a base its lead names or None) of the part it measures; and a plan figure's start -> the
    # start of the listed figure it is the target of
    respective: dict[int, tuple[str, Optional[int], bool, Any, Optional[str]]] = field(default_factory=dict)
    respective_targets: dict[int, int] = field(default_factory=dict)
    # phrases.name_in's answers by (a, b, yearly, per_year): it reads only the text, the figures and
    # the covered spans, which do not change once statements are read
    names: dict[tuple[int, int, bool, bool], Optional[tuple[int, int]]] = field(default_factory=dict)
    home_at_end: Optional[HomePattern] = None   # the document's place at the end of a lead
    home: Optional[str] = None     # the document's province, folded (places.home_province)
    new_term: Optional[str] = None   # the term a congress opens (terms.document_terms): its targets' span
    past_term: Optional[str] = None  # the term the document reviews (terms.document_terms): its yearly rates' span
    # what a rule finds once over the whole text and then looks up at each figure, by the rule's own
    # key (other_figures' nouns of one unit, the covered spans by their end, to_date's dates of a day):
    # kept with the document's context, released with it
    scans: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def create(cls, text: str, figures: list[FigureRecord], *, anchors: Iterable[Anchor] = (),
               section_of: Callable[[int], Optional[str]], line_end: Callable[[int], int],
               original: Optional[str] = None, offsets: Optional[OffsetMap] = None,
               source: Optional[dict[int, FigureRecord]] = None, periods: Iterable[PeriodSpan] = (),
               covered: Iterable[tuple[int, int]] = (), text_fold: Optional[str] = None) -> "Context":
        # text_fold: fold(text), where the caller has made it already (a report's text is folded once)
        folded = fold_aligned(text) if text_fold is None or len(text_fold) != len(text) else text_fold
        lower = lower_text(text)
        if len(lower) != len(text):
            lower = "".join(c.lower()[:1] or c for c in text)
        anchor_list, period_list, covered_list = list(anchors), list(periods), list(covered)
        return cls(text=text, folded=folded, lower=lower, original=text if original is None else original,
                   offsets=offsets, source=source or {}, figures=figures,
                   figure_starts=[r.start for r in figures], anchors=anchor_list,
                   anchor_starts=[a[0] for a in anchor_list], section_of=section_of, line_end=line_end,
                   periods=period_list, period_starts=[p[0] for p in period_list], covered=covered_list,
                   covered_starts=[c[0] for c in covered_list])

    # ----- lookups ------------------------------------------------------------------------------
    def covered_start_in(self, a: int, b: int) -> bool:
        """True when a covered span (a period record, ``covered``) starts in [a, b)."""
        i = bisect_left(self.covered_starts, a)
        return i < len(self.covered_starts) and self.covered_starts[i] < b

    def covered_ending_at(self, end: int) -> list[int]:
        """The indices in ``covered`` of the spans that end at ``end``, in order: looked up in a table
        made once per document (``scans``), not read through every span of a long lead at each figure."""
        found = self.scans.get("covered_ends")
        if found is None or found[0] is not self.covered:
            by_end: dict[int, list[int]] = {}
            for j, (_, e) in enumerate(self.covered):
                by_end.setdefault(e, []).append(j)
            found = self.scans["covered_ends"] = (self.covered, by_end)
        indices: list[int] = found[1].get(end, [])
        return indices

    def figures_from(self, a: int, b: int) -> list[FigureRecord]:
        """The figures that start in [a, b)."""
        i = bisect_left(self.figure_starts, a)
        out: list[FigureRecord] = []
        while i < len(self.figures) and self.figures[i].start < b:
            out.append(self.figures[i])
            i += 1
        return out

    def figures_within(self, a: int, b: int, footnote: Optional[int] = None) -> list[FigureRecord]:
        """The figures inside [a, b) (of footnote ``footnote`` when given), in order."""
        i = bisect_left(self.figure_starts, a)
        out: list[FigureRecord] = []
        while i < len(self.figures) and self.figures[i].start <= b:
            r = self.figures[i]
            if r.end <= b and (footnote is None or r.footnote == footnote):
                out.append(r)
            i += 1
        return out

    def is_covered(self, pos: int) -> bool:
        """True when ``pos`` is inside a period record (comparisons too)."""
        i = bisect_left(self.covered_starts, pos + 1) - 1
        return i >= 0 and self.covered[i][0] <= pos < self.covered[i][1]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of a clean span."""
        return self.offsets.span_to_original(start, end) if self.offsets is not None else (start, end)

    # ----- findings -----------------------------------------------------------------------------
    def new_draft(self, name: str, name_start: Optional[int], **fields: Any) -> Draft:
        draft = Draft(name, name_start, **fields)
        self.drafts.append(draft)
        return draft

    def attach(self, draft: Draft, rec: FigureRecord) -> None:
        """Give figure ``rec`` to ``draft``."""
        draft.figs.append(rec)
        self.owner[rec.start] = draft

    def skip(self, rec: FigureRecord, reason: str) -> None:
        """Leave figure ``rec`` unattached, with the reason (in original coordinates)."""
        rec = self.source.get(rec.start, rec)
        self.unattached.append(unattached_figure(rec.kind, rec.text, rec.start, rec.end, reason,
                                                 rec.sentence, rec.footnote))
