"""Tab-separated tables (an indicator table exported from a spreadsheet) and their tidy long form.

A table is a run of lines holding tabs (blank lines inside the run are allowed); its first line is
the header. When the first header is a row-number column (``STT``, ``structure/data/tables.yaml``)
that column is the *group* and the next one the *indicator*; every further column holds values.
A row whose STT cell holds text where a number belongs and whose last cell is empty lost its
leading tab in the export: it is shifted right one column (``Row.realigned``).

:func:`tidy` turns a table into one :class:`TidyCell` per (data row, value column), empty cells
included, so every row and column of the table is there. Rows without an STT belong to the group
above; a row with neither STT nor name continues the row above and keeps its indicator. A cell's
figure comes from the records the extractors found inside it; a cell is a *value* cell when it holds
exactly one figure and at most ``max_frame_words`` other words (a trailing parenthesis aside) and no
negation — any other non-empty cell is *prose* (``prose`` true, ``value`` empty). A bare number
(``17,504``, ``>39``) is read with its column's convention (:func:`baocao.core.numbers.infer_style`)
and takes its unit from the row's other figures when they agree (percentages aside: they are
comparisons), else from a unit in parentheses after the indicator name
(``Thu nhập bình quân đầu người (triệu đồng/người/năm)``).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, fields
from decimal import Decimal
from functools import lru_cache
import math
from typing import TYPE_CHECKING, Any, Optional, Sequence, TypeGuard, Union

import regex

from baocao.core.numbers import NUM, NUM_RE, QUALIFIER, infer_style, parse_number, qualifier_of
from baocao.structure._rules import load
from baocao.structure.lines import Line, file_line, lines

if TYPE_CHECKING:
    from baocao.document import Document
    from baocao.core.numbers import Style
    from baocao.schema import Fraction, Money, Percentage, Quantity, Record

    Figure = Union[Percentage, Money, Quantity, Fraction]   # the records a cell's value is read from

_RULES = load("tables")
_STT_HEADERS = frozenset(h.lower() for h in _RULES.stt_headers)
_STT_VALUE = regex.compile(r"(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])[.)]?")
_BULLET = regex.compile("^(?:" + "|".join(map(regex.escape, _RULES.bullets)) + r")[ \u00a0]*")
_NEGATION = regex.compile(r"(?i)(?<!\p{L})(?:" + "|".join(map(regex.escape, _RULES.negations))
                          + r")(?!\p{L})")
_TRAILING_PAREN = regex.compile(r"[ \u00a0]*\([^()]*\)[ \u00a0.]*\Z")
_BARE = regex.compile(rf"(?:(?P<qual>{QUALIFIER})[ \u00a0]*)?(?P<num>{NUM})")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_SPACE = " \u00a0\r\u200b\ufeff"
VALUE_KINDS = frozenset({"percentage", "money", "quantity", "fraction"})


@dataclass(frozen=True)
class Cell:
    """One cell: its text (spaces trimmed) and span in the original text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Row:
    """A data row: 1-based ``number`` among the data rows, 1-based ``line`` in the file."""

    number: int
    line: int
    cells: tuple[Cell, ...]
    realigned: bool = False


@dataclass(frozen=True)
class TidyCell:
    """One (row, value column) cell of a table in tidy long form; see :data:`TIDY_COLUMNS`."""

    doc: Optional[str]
    table: int
    row: int
    line: int
    group: Optional[str]
    group_name: Optional[str]
    indicator: Optional[str]
    column: str
    column_index: int
    raw: str
    kind: Optional[str]
    value: Optional[float]
    value_max: Optional[float]
    denominator: Optional[float]
    qualifier: Optional[str]
    unit: Optional[str]
    per: Optional[str]
    unit_from: Optional[str]
    prose: bool
    start: int
    end: int
    rule: str
    confidence: float


#: column -> pandas dtype of a table's tidy cells (:func:`baocao.to_frame` of a Table)
TIDY_COLUMNS: dict[str, str] = {
    "doc": "string", "table": "Int64", "row": "Int64", "line": "Int64", "group": "string",
    "group_name": "string", "indicator": "string", "column": "string", "column_index": "Int64",
    "raw": "string", "kind": "string", "value": "Float64", "value_max": "Float64",
    "denominator": "Float64", "qualifier": "string", "unit": "string", "per": "string",
    "unit_from": "string", "prose": "boolean", "start": "Int64", "end": "Int64", "rule": "string",
    "confidence": "Float64",
}
"""Column -> pandas dtype of ``to_frame(table)``, in order."""


@dataclass(frozen=True)
class Table:
    """A tab-separated table: header cells, data rows, and the tidy cells (see :func:`tidy`)."""

    index: int
    start: int
    end: int
    header: tuple[Cell, ...]
    rows: tuple[Row, ...]
    section: Optional[str] = None
    doc: Optional[str] = None
    cells: tuple[TidyCell, ...] = ()

    @property
    def columns(self) -> list[str]:
        return [c.text for c in self.header]

    def __repr__(self) -> str:
        """One line: index, span, size and the first columns (not every cell)."""
        cols = [c if len(c) <= 24 else c[:23] + "…" for c in self.columns[:4]]
        more = ", …" if len(self.columns) > 4 else ""
        return (f"Table(index={self.index}, start={self.start}, end={self.end}, "
                f"{len(self.columns)} columns, {len(self.rows)} rows, {len(self.cells)} cells, "
                f"columns=[{', '.join(map(repr, cols))}{more}])")


def _cells(doc: Document, line: Line) -> list[Cell]:
    text, pos = doc.text, line.start
    out: list[Cell] = []
    end = line.end
    while True:
        tab = text.find("\t", pos, end)
        stop = end if tab < 0 else tab
        a, b = pos, stop
        while a < b and text[a] in _SPACE:
            a += 1
        while b > a and text[b - 1] in _SPACE:
            b -= 1
        s, e = doc.span_to_original(a, b)
        out.append(Cell(doc.original[s:e], s, e))
        if tab < 0:
            return out
        pos = tab + 1


def find(doc: Document) -> tuple[list[Table], set[int]]:
    """Return the tables of ``doc`` (without tidy cells) and the indices of their lines.

    >>> from baocao.document import Document
    >>> t = find(Document.from_text("BIỂU\\nSTT\\tLĩnh vực\\tNăm 2024\\n1\\tĐộ che phủ rừng\\t34%\\n"))[0][0]
    >>> t.columns, [[c.text for c in r.cells] for r in t.rows]
    (['STT', 'Lĩnh vực', 'Năm 2024'], [['1', 'Độ che phủ rừng', '34%']])
    """
    text, all_lines = doc.text, lines(doc)
    runs: list[list[Line]] = []
    current: list[Line] = []
    for line in all_lines:
        if "\t" in text[line.start:line.end] and text[line.start:line.end].strip("\t \u00a0\r"):
            current.append(line)
        elif line.blank and current:
            continue
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    tables: list[Table] = []
    used: set[int] = set()
    for run in runs:
        if len(run) < 2:
            continue
        header = _cells(doc, run[0])
        if sum(1 for c in header if c.text) < 2:
            continue
        n = len(header)
        has_stt = header[0].text.lower() in _STT_HEADERS
        rows: list[Row] = []
        for line in run[1:]:
            cells = _cells(doc, line)
            realigned = False
            if (has_stt and len(cells) == n and cells[0].text and not cells[-1].text
                    and not _STT_VALUE.fullmatch(cells[0].text)):
                s, _ = doc.span_to_original(line.start, line.start)
                cells = [Cell("", s, s)] + cells[:-1]
                realigned = True
            if len(cells) < n:
                e = cells[-1].end
                cells += [Cell("", e, e)] * (n - len(cells))
            elif len(cells) > n and not any(c.text for c in cells[n:]):
                cells = cells[:n]
            rows.append(Row(len(rows) + 1, file_line(doc, line.start), tuple(cells), realigned))
        start = header[0].start
        end = max(c.end for c in rows[-1].cells) if rows else header[-1].end
        tables.append(Table(len(tables), start, end, tuple(header), tuple(rows), doc=doc.doc))
        used.update(line.index for line in run)
    return tables, used


def _from_record(rec: Figure, style: Style) -> dict[str, Any]:
    out: dict[str, Any] = dict(kind=rec.kind, value=None, value_max=None, denominator=None, qualifier=None,
                               unit=None, per=None, unit_from="cell", rule=rec.rule, confidence=rec.confidence)
    if rec.kind == "fraction":
        out.update(value=rec.numerator, denominator=rec.denominator, unit=rec.unit,
                   qualifier=rec.qualifier, unit_from="cell" if rec.unit else None)
        return out
    out.update(value=rec.value, value_max=rec.value_max, qualifier=rec.qualifier)
    if rec.kind == "percentage":
        out.update(unit="%", per="năm" if rec.per_year else None)
    elif rec.kind == "money":
        out.update(unit=rec.currency, per=rec.per)
    else:
        out.update(unit=rec.unit, per=rec.per)
    numerals = NUM_RE.findall(rec.text)
    if style == "spreadsheet" and numerals:  # 17,504 tấn in a column that writes 29.40%
        try:
            prose, sheet = parse_number(numerals[0]), parse_number(numerals[0], "spreadsheet")
        except ValueError:  # past the float range read the column's way: no value
            out.update(value=None, value_max=None)
            return out
        if prose.value != sheet.value and prose.value:
            # rescaled on the decimals as written: 17.504 → 17504.0 exactly
            value = float(Decimal(repr(rec.value)) * Decimal(repr(sheet.value)) /
                          Decimal(repr(prose.value)))
            if not math.isfinite(value):  # past the float range read the column's way: no value
                out.update(value=None, value_max=None)
                return out
            out.update(value=value, rule=rec.rule + "+column_style",
                       confidence=min(rec.confidence, sheet.confidence))
    return out


def _read_cell(cell: Cell, recs: list[Record], style: Style) -> dict[str, Any]:
    empty: dict[str, Any] = dict(kind=None, value=None, value_max=None, denominator=None, qualifier=None,
                                 unit=None, per=None, unit_from=None, prose=False, rule="table.empty",
                                 confidence=1.0)
    if not cell.text:
        return empty
    prose = dict(empty, prose=True, rule="table.prose")
    paren = _TRAILING_PAREN.search(cell.text)
    main_end = cell.start + (paren.start() if paren and paren.start() > 0 else len(cell.text))
    figures = [r for r in recs if _is_figure(r)]
    main = [r for r in figures if r.end <= main_end]
    if _NEGATION.search(cell.text):
        return prose
    if not figures:
        m = _BARE.fullmatch(cell.text[:main_end - cell.start].strip(_SPACE))
        if m is None:
            return prose
        try:
            reading = parse_number(m.group("num"), style)
        except ValueError:
            return prose  # past the float range: no value rather than inf
        return dict(empty, kind="number", value=reading.value, qualifier=qualifier_of(m.group("qual")),
                    rule="table.bare_number", confidence=reading.confidence)
    if len(main) != 1:
        return prose
    fig = main[0]
    outside = cell.text[:fig.start - cell.start] + " " + cell.text[fig.end - cell.start:main_end - cell.start]
    if len(_WORD.findall(outside)) > _RULES.max_frame_words:
        return prose
    return dict(_from_record(fig, style), prose=False)


def _is_figure(rec: Record) -> TypeGuard[Figure]:
    return rec.kind in VALUE_KINDS


_UnitReading = tuple[str, float, Optional[str], Optional[str]]   # kind, factor, unit, per

_NAME_UNIT = regex.compile(r"\(([^()]+)\)[ \u00a0:]*\Z")


def _unit_from_name(name: Optional[str]) -> Optional[_UnitReading]:
    """Return (kind, factor, unit, per) of a unit in parentheses after an indicator name, or None.

    >>> _unit_from_name("Thu nhập bình quân đầu người (triệu đồng/người/năm)")
    ('money', 1000000.0, 'VND', 'người/năm')
    >>> _unit_from_name("Thu ngân sách (không bao gồm nguồn thu từ đấu giá QSD)") is None
    True
    """
    m = _NAME_UNIT.search(name or "")
    return None if m is None else _read_unit_phrase(m.group(1).strip())


@lru_cache(maxsize=1024)   # a unit phrase of a header: a few per document
def _read_unit_phrase(phrase: str) -> Optional[_UnitReading]:
    from baocao.extract import extract  # the extractors read the unit phrase, as in running text

    probe = "1 " + phrase
    recs = extract(probe)
    if len(recs) != 1 or recs[0].start != 0 or recs[0].end != len(probe):
        return None
    r = recs[0]
    if r.kind == "money":
        return "money", r.value, r.currency, r.per
    if r.kind == "quantity":
        return "quantity", r.value, r.unit, r.per
    if r.kind == "percentage":
        return "percentage", 1.0, "%", "năm" if r.per_year else None
    return None


_new = object.__new__
#: the fields of a tidy cell that its reading gives (:func:`_read_cell`), the others the table's
_READ_FIELDS = frozenset({"kind", "value", "value_max", "denominator", "qualifier", "unit", "per",
                          "unit_from", "prose", "rule", "confidence"})
#: every field of a tidy cell, in its order (the order its fields are set and read in)
_CELL_FIELDS = tuple(f.name for f in fields(TidyCell))


def tidy(table: Table, records: Sequence[Record]) -> tuple[TidyCell, ...]:
    """Return the tidy cells of ``table``, reading figures from ``records`` (sorted by start)."""
    starts = [r.start for r in records]
    has_stt = bool(table.header) and table.header[0].text.lower() in _STT_HEADERS
    name_col = 1 if has_stt else 0
    value_cols = range(name_col + 1, len(table.header))
    styles = {c: infer_style([r.cells[c].text for r in table.rows]) for c in value_cols}
    out: list[TidyCell] = []
    group = group_name = indicator = None
    for row in table.rows:
        stt = row.cells[0].text if has_stt else ""
        name = _BULLET.sub("", row.cells[name_col].text).strip() or None
        if stt:
            group, group_name = stt, (name or "").rstrip(": ").strip() or None
            indicator = name
        elif name or indicator is None:
            indicator = name
        read: list[dict[str, Any]] = []
        for c in value_cols:
            cell = row.cells[c]
            i = bisect_left(starts, cell.start)
            recs: list[Record] = []
            while i < len(records) and records[i].start < cell.end:
                if records[i].end <= cell.end:
                    recs.append(records[i])
                i += 1
            read.append(_read_cell(cell, recs, styles[c]))
        row_units = {(d["kind"], d["unit"], d["per"]) for d in read
                     if d["unit_from"] == "cell" and d["kind"] in ("money", "quantity")}
        for d in read:
            if d["kind"] != "number":
                continue
            if len(row_units) == 1:
                kind, unit, per = next(iter(row_units))
                d.update(kind=kind, unit=unit, per=per, unit_from="row")
            elif (named := _unit_from_name(indicator)) is not None:
                kind, factor, unit, per = named
                value = d["value"] * factor
                d.update(kind=kind, value=value if math.isfinite(value) else None, unit=unit, per=per,
                         unit_from="name")   # past the float range: no value rather than inf
        for c, d in zip(value_cols, read):
            cell = row.cells[c]
            given = dict(doc=table.doc, table=table.index, row=row.number, line=row.line, group=group,
                         group_name=group_name, indicator=indicator, column=table.header[c].text,
                         column_index=c, raw=cell.text, start=cell.start, end=cell.end, **d)
            if d.keys() != _READ_FIELDS:   # not a cell's reading: the dataclass says what is wrong
                out.append(TidyCell(**given))
                continue
            # made without the frozen dataclass's __init__ (a row every few bytes: a third of the
            # time), its fields set in their order (to_frame reads them so); the same cell
            t = _new(TidyCell)
            t.__dict__.update({k: given[k] for k in _CELL_FIELDS})
            out.append(t)
    return tuple(out)
