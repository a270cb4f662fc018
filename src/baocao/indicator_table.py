"""The tidy indicator table's columns and its rows for one report: what :func:`baocao.indicators`
stacks and what ``baocao indicators`` writes, document by document (here, not in
:mod:`baocao.analysis`, so that the batch engine reads them without importing the analysis room)."""
from __future__ import annotations

from typing import Any, Optional

INDICATOR_COLUMNS: dict[str, str] = {
    "doc": "string", "province": "string", "district": "string", "commune": "string",
    "report_type": "string", "key": "string", "name": "string", "period": "string", "period_source": "string",
    "framing": "string", "measure": "string", "value": "Float64", "value_max": "Float64", "qualifier": "string",
    "unit": "string", "per": "string", "direction": "string", "per_year": "boolean",
    "averaging": "string", "change": "Float64", "change_unit": "string", "change_base": "string",
    "from_value": "Float64", "from_period": "string",
    "target": "Float64", "achievement": "Float64", "achievement_base": "string", "margin": "Float64",
    "status": "string",
    "check": "string", "breakdown": "Int64", "source": "string", "column": "string", "section": "string",
    "sentence": "Int64", "footnote": "Int64", "text": "string", "start": "Int64", "end": "Int64",
    "rule": "string", "confidence": "Float64",
}
"""Column -> pandas dtype of :func:`baocao.analysis.indicators`, in order."""
LATER_COLUMNS = ("check", "measure", "from_value", "from_period", "margin")
"""Columns a table written by an earlier version may lack (filled with nulls when it is passed in)."""


def indicator_rows(report: Any) -> list[dict[str, Any]]:
    """The rows of :func:`~baocao.analysis.indicators` for one parsed report, as plain dicts
    (column -> Python value, keys of ``INDICATOR_COLUMNS`` in order): what ``baocao indicators``
    writes, document by document.

    >>> import baocao
    >>> rows = indicator_rows(baocao.parse("Độ che phủ rừng ước đạt 34,39%.", doc="a.txt"))
    >>> [(r["doc"], r["value"], r["unit"]) for r in rows]
    [('a.txt', 34.39, '%')]
    """
    meta = report.meta
    loc = meta.locality if meta is not None else None
    rows = []
    for ind in report.indicators:
        if ind.kind != "indicator":
            continue
        d = ind.model_dump()
        d["achievement"] = d.pop("achievement_pct")
        d["check"] = check_verdict(ind, report.checks)
        d.update(doc=ind.doc or report.doc, province=loc and loc.province,
                 district=loc and loc.district, commune=loc and loc.commune,
                 report_type=meta.report_type if meta else None)
        rows.append({k: d.get(k) for k in INDICATOR_COLUMNS})
    return rows


def _within(pos: tuple[int, int], span: tuple[int, int]) -> bool:
    return bool(span[0] <= pos[0] and pos[1] <= span[1])


def check_verdict(ind: Any, checks: Any) -> Optional[str]:
    """What the consistency checks say about an indicator record: None when none concerns it (a
    check concerns it when one of its figures lies in one of the check's two spans, or the check's
    first span is the record's own), ``"ok"`` when all agree, else ``"mismatch: "`` and the
    message of each disagreement."""
    figs = [tuple(f) for f in ind.figures]
    mine = [c for c in checks
            if (c.start, c.end) == (ind.start, ind.end)
            or any(_within(f, (c.start, c.end)) or _within(f, (c.other_start, c.other_end)) for f in figs)]
    if not mine:
        return None
    bad = [c.message for c in mine if not c.ok]
    return "mismatch: " + "; ".join(bad) if bad else "ok"
