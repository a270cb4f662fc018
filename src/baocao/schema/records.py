"""Pydantic v2 records: one model per `kind`, joined in the discriminated union `Record`.

Every record points at the exact characters it came from: ``original[start:end] == text``.
Field names are a public contract (docs/records.md); new fields may be added, none renamed.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator
from pydantic_core import PydanticSerializationError

Qualifier = Literal["over", "under", "about", "nearly", "at_least", "at_most", "range"]


class _Json(BaseModel):
    """A model whose JSON is written even where its text holds a lone surrogate (``"\\ud800"``, a
    string Python allows and UTF-8 does not): that JSON line is written with ``\\u`` escapes
    (``ensure_ascii``), which :func:`json.loads` reads back to the same string, so the record
    stays exact (``original[start:end] == text``). Other lines are written as pydantic writes them.

    >>> from baocao.schema import Percentage
    >>> line = Percentage(text="5%\\ud800", start=0, end=3, value=5.0).model_dump_json()
    >>> line[:22], json.loads(line)["text"] == "5%\\ud800"
    ('{"text":"5%\\\\ud800","st', True)
    """

    def model_dump_json(self, *, indent: Optional[int] = None, **kwargs: Any) -> str:
        try:
            return super().model_dump_json(indent=indent, **kwargs)
        except PydanticSerializationError as e:
            if "surrogates not allowed" not in str(e):
                raise
        kwargs.pop("ensure_ascii", None)
        return json.dumps(self.model_dump(mode="json", **kwargs), ensure_ascii=True, indent=indent,
                          separators=(",", ":") if indent is None else None)


class _Base(_Json):
    """Fields shared by every record."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="Surface string in the original document")
    start: int = Field(ge=0, description="Offset of the first character in the original text")
    end: int = Field(ge=0, description="Offset after the last character in the original text")
    rule: str = Field(default="", description="Name of the rule that produced the record")
    confidence: float = Field(default=1.0, ge=0.0, le=1.0,
                              description="1.0 when unambiguous; lower when a reading was chosen")
    doc: Optional[str] = Field(default=None, description="Document identifier, e.g. the file path")
    section: Optional[str] = None
    sentence: Optional[int] = None
    footnote: Optional[int] = None
    page: Optional[int] = Field(default=None, ge=1,
                                description="Page (1-based) the record starts on, when the text "
                                            "has pages (form feeds, as in PDF text)")

    def __repr_args__(self) -> Iterator[tuple[Optional[str], Any]]:
        """pydantic's repr without the fields left at their default, long strings cut at 80."""
        fields = type(self).model_fields
        for name, value in super().__repr_args__():
            f = fields.get(name) if name is not None else None
            if name not in ("text", "start", "end") and f is not None and not f.is_required() \
                    and value == f.get_default(call_default_factory=True):
                continue
            if isinstance(value, str) and len(value) > 80:
                value = value[:79] + "…"
            yield name, value

    @model_validator(mode="after")
    def _span_matches_text(self) -> _Base:
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span {self.start}:{self.end} has length {self.end - self.start}, "
                f"text {self.text!r} has length {len(self.text)}")
        return self


class _Amount(_Base):
    value: float
    value_max: Optional[float] = Field(default=None, description="High end of a range")
    qualifier: Optional[Qualifier] = None


class Percentage(_Amount):
    """``5,61%/năm`` → value 5.61, per_year True."""

    kind: Literal["percentage"] = "percentage"
    per_year: bool = False


class Money(_Amount):
    """``28 tỷ đồng`` → value 28e9, currency VND (value in whole currency units)."""

    kind: Literal["money"] = "money"
    currency: Literal["VND", "USD", "EUR", "GBP", "JPY", "CNY"] = "VND"
    per: Optional[str] = Field(default=None, description="Per-unit tail, e.g. 'người/năm'")


class Quantity(_Amount):
    """``2.815 ha`` → value 2815, unit ha."""

    kind: Literal["quantity"] = "quantity"
    unit: str
    per: Optional[str] = None


class Fraction(_Base):
    """``113/118 bản`` → numerator 113, denominator 118, unit bản."""

    kind: Literal["fraction"] = "fraction"
    numerator: float
    denominator: float
    unit: Optional[str] = None
    qualifier: Optional[Qualifier] = None


class Term(_Base):
    """``nhiệm kỳ 2020 – 2025`` (years) or ``khóa XXIII`` (ordinal 23, label khoa)."""

    kind: Literal["term"] = "term"
    start_year: Optional[int] = None
    end_year: Optional[int] = None
    ordinal: Optional[int] = None
    label: Optional[Literal["khoa", "lan_thu", "dai_hoi"]] = None


class Date(_Base):
    """``27/02/2023`` → day 27, month 2, year 2023 (null where absent)."""

    kind: Literal["date"] = "date"
    day: Optional[int] = Field(default=None, ge=1, le=31)
    month: Optional[int] = Field(default=None, ge=1, le=12)
    year: Optional[int] = None
    weekday: Optional[str] = None
    hour: Optional[int] = Field(default=None, ge=0, le=23)
    minute: Optional[int] = Field(default=None, ge=0, le=59)
    inferred: Optional[str] = Field(
        default=None, description="Fields not written in the span, comma-separated ('month,year'): "
                                  "borrowed from the other end of a run ('14' of '14-15/8/2019') or "
                                  "the document's date")
    year_inferred: bool = Field(default=False, description="The year is the document's, not written")


PeriodType = Literal["quarter", "months", "month", "month_range", "year", "year_range", "comparison"]
Base = Literal["same_period_previous_year", "same_period", "same_period_year", "year", "previous_year",
               "previous_month", "previous_quarter"]


class Period(_Base):
    """A span of time figures are measured over: ``quý II/2024`` (months 4..6 of 2024), ``6 tháng
    đầu năm 2024``, ``giai đoạn 2021-2025``, or a comparison base (``cùng kỳ năm trước``).

    ``start_year``/``start_month`` and ``end_year``/``end_month`` bound it (null where not written);
    ``label`` is a canonical name (``2024``, ``2021-2025``, ``2024-Q2``, ``2024-01/2024-06``);
    ``base`` says what a comparison compares with."""

    kind: Literal["period"] = "period"
    period_type: PeriodType
    start_year: Optional[int] = None
    start_month: Optional[int] = Field(default=None, ge=1, le=12)
    end_year: Optional[int] = None
    end_month: Optional[int] = Field(default=None, ge=1, le=12)
    base: Optional[Base] = None
    label: Optional[str] = None
    inferred: Optional[str] = Field(
        default=None, description="Fields borrowed from the period after it, comma-separated "
                                  "('start_year,end_year' for 'tháng 12' of 'tháng 12 và cả năm 2024')")


class DocRef(_Base):
    """``03-NQ/TU`` → number '03', doc_type NQ, issuer TU."""

    kind: Literal["docref"] = "docref"
    number: str
    doc_type: Optional[str] = None
    issuer: Optional[str] = None
    year: Optional[int] = None


class Footnote(_Base):
    """A footnote: its body line (``⁶ Trong đó: Đàn trâu 4.230 con…``) linked to its anchor.

    The span (``text``, ``start``, ``end``) is the body line from its marker to the end of the
    body; ``anchor_start`` is the offset of the marker in running text (``NQĐH⁶``), null for a body
    whose anchor was not found; ``original[body_start:body_start + len(body)] == body``.
    """

    kind: Literal["footnote"] = "footnote"
    marker: int = Field(ge=0, description="Footnote number (⁶ → 6)")
    anchor_start: Optional[int] = Field(default=None, ge=0,
                                        description="Offset of the marker in running text")
    anchor_end: Optional[int] = Field(default=None, ge=0,
                                      description="Offset after the marker in running text")
    body_start: int = Field(ge=0, description="Offset of the first character of the body")
    body: str = Field(description="Body text, without its marker")


Framing = Literal["actual", "estimate", "target"]
Status = Literal["đạt", "vượt", "không đạt", "chưa đạt", "đạt và vượt"]
Measure = Literal["level", "growth", "share", "rate"]
Direction = Literal["tăng", "giảm"]
PeriodSource = Literal["statement", "clause", "sentence", "section", "document", "column"]


class Indicator(_Base):
    """What a figure measures, how it is framed, against which target, with what result.

    Made by ``baocao.parse`` from the numeric records of one statement (prose) or one table cell;
    never by ``baocao.extract``. The span runs from the indicator phrase (or the first figure) to
    the last figure it groups; ``figures`` lists the ``[start, end]`` of each numeric record used.
    ``value``/``unit``/``per`` come from the statement's level figure (or its rate of change when it
    has no level: ``tỷ lệ hộ nghèo giảm bình quân 5,61%/năm`` → value 5.61, unit ``%``,
    ``direction`` ``giảm``, ``per_year`` true, ``averaging`` ``bình quân``).
    """

    kind: Literal["indicator"] = "indicator"
    name: str = Field(description="The indicator phrase as written, e.g. 'Tổng đàn gia súc'")
    name_start: Optional[int] = Field(default=None, ge=0, description="Offset of the name, when written")
    key: Optional[str] = Field(default=None, description="Canonical indicator key; null when unmatched")
    value: Optional[float] = None
    value_max: Optional[float] = None
    qualifier: Optional[Qualifier] = None
    unit: Optional[str] = Field(default=None, description="'%', 'VND', 'USD' or a units.yaml unit")
    per: Optional[str] = None
    direction: Optional[Direction] = None
    per_year: bool = False
    averaging: Optional[str] = Field(default=None, description="'bình quân' or 'trung bình'")
    change: Optional[float] = Field(default=None, description="A rate or amount of change beside a level")
    change_unit: Optional[str] = None
    change_base: Optional[str] = Field(default=None, description="'năm 2020' in 'so với năm 2020'")
    period: Optional[str] = Field(default=None, description="'2025', '2020-2025', '2024-Q2': the label "
                                                            "of the governing period")
    period_source: Optional[PeriodSource] = \
        Field(default=None, description="Where the period was found: the statement, its clause, its "
                                        "sentence's opener, its section heading, the document's date, "
                                        "or a table column")
    framing: Framing = "actual"
    measure: Optional[Measure] = Field(default=None, description="'level', 'growth' (tăng trưởng, tăng X% so "
                                                                 "với …), 'share' (tỷ trọng, cơ cấu) or "
                                                                 "'rate' (tỷ lệ …)")
    from_value: Optional[float] = Field(default=None, description="The old level of a change from one level "
                                                                  "to another: 35.6 in 'tăng từ 35,6% lên 61,4%'")
    from_period: Optional[str] = Field(default=None, description="The period label of `from_value`, when written")
    target: Optional[float] = Field(default=None, description="Target value, in the value's unit")
    achievement_pct: Optional[float] = Field(default=None, description="'đạt 141% NQĐH' → 141")
    achievement_base: Optional[str] = Field(default=None, description="'NQĐH', 'kế hoạch', 'mục tiêu', …")
    margin: Optional[float] = Field(default=None, description="Points over (or under, negative) the target of "
                                                              "a rate: 2 in 'đạt 92%, vượt 2% so với mục tiêu'")
    status: Optional[Status] = None
    figures: list[list[int]] = Field(default_factory=list, description="[start, end] of each figure")
    breakdown: Optional[int] = Field(default=None, description="Footnote number that breaks it down")
    source: Literal["prose", "table"] = "prose"
    column: Optional[str] = Field(default=None, description="Table column header, for table cells")


class IndicatorSummary(_Base):
    """A count of indicators: ``24/27 chỉ tiêu … đạt và vượt kế hoạch``, ``15 chỉ tiêu đạt 100% mục tiêu``."""

    kind: Literal["indicator_summary"] = "indicator_summary"
    count: float
    total: Optional[float] = None
    status: Optional[Status] = None
    threshold_pct: Optional[float] = Field(default=None, description="'đạt trên 90%' → 90")
    qualifier: Optional[Qualifier] = None
    base: Optional[str] = None
    framing: Framing = "actual"
    figures: list[list[int]] = Field(default_factory=list)


Record = Annotated[Union[Percentage, Fraction, Money, Quantity, Term, Date, Period, DocRef, Footnote, Indicator,
                         IndicatorSummary],
                   Field(discriminator="kind")]
RECORD_ADAPTER: TypeAdapter[Record] = TypeAdapter(Record)
#: Every kind a record can have: the kinds baocao.extract's rules find (baocao.options.RULE_KINDS)
#: and those baocao.parse builds (footnote, indicator, indicator_summary). KINDS is its older name.
RECORD_KINDS = ("percentage", "fraction", "money", "quantity", "term", "date", "period", "docref", "footnote",
                "indicator", "indicator_summary")
KINDS = RECORD_KINDS


CheckName = Literal["achievement", "fraction_percent", "table_prose"]


class Check(_Json):
    """One consistency check between two places of a report that state the same figure
    (``Report.checks``; docs/records.md § Checks). Not a record kind: it points at two spans.

    ``expected`` is what the first place implies (``value / target * 100``, ``numerator /
    denominator * 100``, a table cell's value), ``written`` what the second writes;
    ``ok`` is true when they agree within ``tolerance``, the rounding of the figures as written
    (half a unit of the last digit written, plus what the rounding of the inputs allows), or when
    ``written`` is the exact figure cut to its decimals (``rounding`` says which).
    ``original[start:end] == text`` and ``original[other_start:other_end] == other_text``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    check: CheckName = Field(description="achievement, fraction_percent or table_prose")
    ok: bool = Field(description="True when the two agree within rounding")
    expected: float = Field(description="The figure the first place implies")
    written: float = Field(description="The figure the second place writes")
    tolerance: float = Field(ge=0.0, description="Largest |written - expected| that is rounding")
    rounding: Optional[Literal["rounded", "cut"]] = Field(
        default=None, description="How `written` agrees: rounded within tolerance, or the exact "
                                  "figure cut to its decimals; null for a mismatch")
    text: str = Field(description="The first place: original[start:end]")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    other_text: str = Field(description="The second place: original[other_start:other_end]")
    other_start: int = Field(ge=0)
    other_end: int = Field(ge=0)
    name: Optional[str] = Field(default=None, description="The indicator's name, where one is known")
    key: Optional[str] = None
    period: Optional[str] = None
    unit: Optional[str] = Field(default=None, description="Unit of `expected` and `written`")
    message: str = Field(description="What was compared, in one line")
    doc: Optional[str] = None

    @model_validator(mode="after")
    def _spans_match_texts(self) -> Check:
        for s, e, t in ((self.start, self.end, self.text),
                        (self.other_start, self.other_end, self.other_text)):
            if e - s != len(t):
                raise ValueError(f"span {s}:{e} has length {e - s}, text {t!r} has length {len(t)}")
        return self
