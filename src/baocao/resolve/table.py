"""Indicator tables: each row of a parsed table becomes indicator records with the field names of
prose indicators.

A column is read by the words of its header (``table_columns`` in ``data/indicators.yaml``): a
*value* column gives one record per value cell, framed as its header says (``Nghị quyết ĐH XXIII``
and ``Mục tiêu đến năm 2030``: ``target``; ``Ước thực hiện năm 2024``: ``estimate``) with the last year
of the header as ``period``; an *achievement* column (``So sánh với NQĐH XXIII``) gives the
``achievement_pct`` (and, from prose such as ``Không đạt chỉ tiêu NQ``, the ``status``) of the row's
last estimate or actual before it. Every non-target record of a row carries the value of the row's
first target column in the same unit as ``target``. Prose cells and empty cells give no record.
The name is the row's indicator; a row under a group header ending in ``:`` (``Cơ cấu ngành kinh
tế:``) is matched to a key with the header before its name.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import load, words_pattern
from baocao.resolve.keys import match_key
from baocao.resolve.vocabulary import STATUS, SUMMARY_REACHED
from baocao.schema import Indicator

if TYPE_CHECKING:
    from baocao.schema.records import Framing, Status
    from baocao.structure.tables import Table, TidyCell

_R = load("indicators")
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_NUMBER_ONLY = regex.compile(r"[\d.,%\s]+$")
_COLUMNS = [(regex.compile(words_pattern(col.words)), col.role, col.framing) for col in _R.table_columns]
_BASES = [(regex.compile(words_pattern(b.words)), b.label) for b in _R.bases]


def _column_role(header: str) -> tuple[Optional[str], Optional[Framing]]:
    f = fold(header)
    for pattern, role, framing in _COLUMNS:
        if pattern.search(f):
            return role, framing
    return None, None


def _base_of(header: str) -> Optional[str]:
    f = fold(header)
    for pattern, label in _BASES:
        if pattern.search(f):
            return label
    return None


def _status_of(raw: str) -> Optional[Status]:
    f = fold(raw)
    for pattern, status in STATUS:
        if pattern.search(f):
            return status
    if SUMMARY_REACHED.search(f):       # "đạt" and no status word
        return "đạt"
    return None


def table_indicators(table: Table, doc: Optional[str] = None) -> list[Indicator]:
    """Return the indicator records of a parsed table.

    >>> import baocao
    >>> t = baocao.parse("STT\\tChỉ tiêu\\tNghị quyết\\tƯớc thực hiện năm 2025\\tSo sánh\\n"
    ...                  "1\\tĐộ che phủ rừng\\t34%\\t34,39%\\t101,15%\\n").tables[0]
    >>> [(i.framing, i.period, i.value, i.target, i.achievement_pct, i.key) for i in table_indicators(t)]
    [('target', None, 34.0, None, None, 'forest_cover'), ('estimate', '2025', 34.39, 34.0, 101.15, 'forest_cover')]
    """
    rows: dict[int, list[TidyCell]] = {}
    for c in table.cells:
        rows.setdefault(c.row, []).append(c)
    headers: dict[int, bool] = {}
    for r in table.rows:
        name_cells = [c.text for c in r.cells[:2] if c.text]
        headers[r.number] = bool(name_cells) and name_cells[-1].rstrip().endswith(":")
    out: list[Indicator] = []
    group_header: dict[Optional[str], str] = {}
    for number, cells in rows.items():
        if headers.get(number) and cells[0].indicator:
            group_header[cells[0].group] = cells[0].indicator.rstrip(": ")
            continue
        name = cells[0].indicator
        if not name:
            continue
        recs: list[dict[str, Any]] = []
        target = target_unit = None
        for c in cells:
            role, framing = _column_role(c.column)
            if role == "achievement":
                prior = [x for x in recs if x["framing"] != "target"]
                if not prior:
                    continue
                if c.value is not None and c.unit == "%":
                    prior[-1]["achievement_pct"] = c.value
                    prior[-1]["achievement_base"] = _base_of(c.column)
                if c.raw:
                    st = _status_of(c.raw) if c.value is None or not _NUMBER_ONLY.match(c.raw) else None
                    prior[-1]["status"] = st or prior[-1].get("status")
                continue
            if role != "value" or c.value is None or c.kind is None:
                continue
            years = _YEAR.findall(c.column)
            rec: dict[str, Any] = dict(
                text=c.raw, start=c.start, end=c.end, framing=framing, column=c.column,
                period=years[-1] if years else None,
                period_source="column" if years else None, value=c.value,
                value_max=c.value_max, qualifier=c.qualifier, unit=c.unit, per=c.per,
                rule=f"indicator.table+{c.rule}", confidence=c.confidence,
                figures=[[c.start, c.end]])
            if c.kind == "fraction":
                rec["value"] = c.value
            if framing == "target" and target is None:
                target, target_unit = c.value, c.unit
            recs.append(rec)
        key = match_key(name, next((r["unit"] for r in recs if r["unit"] != "%"), None)
                        or (recs[0]["unit"] if recs else None))
        if key is None and cells[0].group in group_header:
            key = match_key(group_header[cells[0].group] + " " + name, recs[0]["unit"] if recs else None)
        for rec in recs:
            if rec["framing"] != "target" and target is not None and rec["unit"] == target_unit:
                rec["target"] = target
            status = rec.get("status")
            pct = rec.get("achievement_pct")
            if status is None and pct is not None:
                rec["status"] = "vượt" if pct > 100 else "đạt" if pct == 100 else "chưa đạt"
            out.append(Indicator(name=name, key=key, source="table", doc=doc, section=table.section,
                                 per_year=rec["per"] == "năm", **rec))
    return out
