"""Indicator tables for analysis: :func:`indicators` (tidy, one row per indicator record),
:func:`checks` (one row per consistency check), :func:`compare` (target against achieved) and
:func:`plot` (matplotlib, an optional extra)."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Iterable, Optional, Union

import pandas as pd

from baocao.indicator_table import (  # noqa: F401  (the table's columns and rows, named here too)
    INDICATOR_COLUMNS, LATER_COLUMNS, check_verdict, indicator_rows,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from baocao.options import InputOptions
    from baocao.report import Report

CHECK_COLUMNS: dict[str, str] = {
    "doc": "string", "check": "string", "ok": "boolean", "rounding": "string", "name": "string",
    "key": "string", "period": "string", "unit": "string", "expected": "Float64", "written": "Float64",
    "tolerance": "Float64", "message": "string", "text": "string", "start": "Int64", "end": "Int64",
    "other_text": "string", "other_start": "Int64", "other_end": "Int64",
}
"""Column -> pandas dtype of :func:`checks`, in order."""


def _reports(obj: Any, options: InputOptions, failed: list[tuple[Any, ...]], raise_first: bool
             ) -> list[Report]:
    """The reports of `obj` (a Report, a path or glob, or an iterable of these); the error rows of
    the documents that could not be read are appended to `failed` (the first raises
    :class:`~baocao.errors.ReadError` when `raise_first`)."""
    from baocao.batch import error_row
    from baocao.errors import LoadError, ReadError
    from baocao.inputs import iter_sources, load
    from baocao.inputs.mistakes import check_paths
    from baocao.report import Report, parse

    if isinstance(obj, Report):
        return [obj]
    if isinstance(obj, (str, os.PathLike)):
        check_paths([os.fspath(obj)], "baocao.indicators, checks and compare",
                    "pass baocao.parse(text), the report of a text")
        out: list[Report] = []
        for src in iter_sources([os.fspath(obj)], options):
            stage = "read"
            try:
                text = load(src).text
                stage = "extract"
                out.append(parse(text, doc=src.doc))
            except LoadError as exc:
                failed.append((src.doc, exc.stage, exc.error, exc.message))
            except Exception as exc:  # a bug on one document must not lose the others
                failed.append(error_row(src, stage, exc))
            if failed and raise_first:
                raise ReadError(*failed[0])
        return out
    if isinstance(obj, pd.DataFrame):
        raise TypeError("a DataFrame is an indicator table only on its own, not in a list")
    try:
        items = iter(obj)
    except TypeError:
        raise TypeError("expected a Report, a path, or an iterable of these; got "
                        f"{type(obj).__name__}") from None
    out = []
    for item in items:
        out.extend(_reports(item, options, failed, raise_first))
    return out


def indicators(reports: Union[object, Iterable[Any], str, "os.PathLike[str]", pd.DataFrame], *,
               errors: str = "warn", text_column: Optional[str] = None,
               id_column: Optional[str] = None) -> pd.DataFrame:
    """Return the tidy indicator table of one or more parsed reports, or of the documents under
    paths, one row per :class:`~baocao.schema.Indicator`, columns of ``INDICATOR_COLUMNS``:
    where it comes from (``doc`` and the report's locality), what it measures (``key``, ``name``),
    when and how it is framed (``period``, ``framing``), and the figures (``value``, ``unit``,
    ``target``, ``achievement``, ``status``). ``check`` says what the report's consistency checks
    (:func:`checks`) found about the row's figures: null when no check concerns them, ``ok`` when
    every one agrees, else ``mismatch: `` and the message of each disagreement. A DataFrame with
    these columns is returned as is (with the dtypes set; a table made before ``check`` existed
    gets it empty), so tables from many documents can be stacked and passed on.

    Paths are read as :func:`baocao.read` reads them (files of any format it reads, folders,
    glob patterns, ``.jsonl``/``.csv`` rows with `text_column` and `id_column`), and a document
    that cannot be read is handled as its `errors` says (``"warn"``, ``"skip"``, ``"raise"``);
    the error rows are in ``df.attrs["errors"]``. A text given in place of a path raises
    ValueError (``baocao.parse(text)`` is the report of a text).

    >>> import baocao
    >>> r = baocao.parse("Độ che phủ rừng ước đạt 34,39%, đạt 101,15% NQĐH.", doc="a.txt")
    >>> baocao.indicators(r)[["doc", "key", "framing", "value", "unit", "achievement"]].values.tolist()
    [['a.txt', 'forest_cover', 'estimate', 34.39, '%', 101.15]]
    """
    from baocao.batch import READ_ERRORS, left_out
    from baocao.options import InputOptions

    if isinstance(reports, pd.DataFrame):
        missing = set(INDICATOR_COLUMNS) - set(reports.columns) - set(LATER_COLUMNS)
        if missing:
            raise ValueError(f"not an indicator table: missing columns {sorted(missing)}")
        absent = [c for c in LATER_COLUMNS if c not in reports.columns]
        if absent:                       # a table written before these columns existed
            reports = reports.assign(**{c: None for c in absent})
        return reports[list(INDICATOR_COLUMNS)].astype(INDICATOR_COLUMNS)
    if errors not in READ_ERRORS:
        raise ValueError(f"errors must be one of {', '.join(map(repr, READ_ERRORS))}")
    failed: list[tuple[Any, ...]] = []
    parsed = _reports(reports, InputOptions(text_column=text_column, id_column=id_column), failed,
                      errors == "raise")
    rows = [row for rep in parsed for row in indicator_rows(rep)]
    frame = pd.DataFrame.from_records(rows, columns=list(INDICATOR_COLUMNS)).astype(INDICATOR_COLUMNS)
    left_out(frame, failed, len(parsed), errors, "baocao.indicators")
    return frame


def checks(reports: Union[object, Iterable[Any], str, "os.PathLike[str]"], *, errors: str = "warn",
           text_column: Optional[str] = None, id_column: Optional[str] = None) -> pd.DataFrame:
    """Return the consistency checks of one or more reports, one row per check made
    (:class:`~baocao.schema.Check`, ``Report.checks``), columns of ``CHECK_COLUMNS``: which
    ``check``, whether it is ``ok``, the ``expected`` and ``written`` figures with the
    ``tolerance`` that rounding allows, and both places (``text``/``start``/``end`` and
    ``other_text``/``other_start``/``other_end``, offsets into the document). Inputs and
    `errors` as :func:`indicators`; ``df[~df.ok]`` lists the disagreements.

    >>> import baocao
    >>> r = baocao.parse("Có 33/37 xã đạt chuẩn, đạt 89,18%; 10/12 xã, đạt 80%.", doc="a.txt")
    >>> baocao.checks(r)[["check", "ok", "text", "other_text", "expected"]].round(2).values.tolist()
    [['fraction_percent', True, '33/37 xã', '89,18%', 89.19], ['fraction_percent', False, '10/12 xã', '80%', 83.33]]
    """
    from baocao.batch import READ_ERRORS, left_out
    from baocao.options import InputOptions

    if errors not in READ_ERRORS:
        raise ValueError(f"errors must be one of {', '.join(map(repr, READ_ERRORS))}")
    failed: list[tuple[Any, ...]] = []
    parsed = _reports(reports, InputOptions(text_column=text_column, id_column=id_column), failed,
                      errors == "raise")
    rows: list[dict[str, Any]] = []
    for rep in parsed:
        for c in rep.checks:
            d = c.model_dump()
            d["doc"] = c.doc or rep.doc
            rows.append({k: d.get(k) for k in CHECK_COLUMNS})
    frame = pd.DataFrame.from_records(rows, columns=list(CHECK_COLUMNS)).astype(CHECK_COLUMNS)
    left_out(frame, failed, len(parsed), errors, "baocao.checks")
    return frame


def compare(reports_or_frame: Union[object, Iterable[Any], str, os.PathLike[str], pd.DataFrame]
            ) -> pd.DataFrame:
    """Return target against achieved: one row per non-target indicator record that has a key or
    name, with its ``target`` (the record's own, else the value of a ``target`` record of the same
    document, key or name, unit and period; a record without a period is not matched to one) and its ``achievement`` (as the report states it, else
    ``value / target * 100``; ``achievement_stated`` says which).

    >>> import baocao
    >>> r = baocao.parse("STT\\tChỉ tiêu\\tNghị quyết\\tƯớc thực hiện năm 2025\\n"
    ...                  "1\\tĐộ che phủ rừng\\t34%\\t34,39%\\n")
    >>> baocao.compare(r)[["key", "period", "target", "value", "achievement"]].round(2).values.tolist()
    [['forest_cover', '2025', 34.0, 34.39, 101.15]]
    """
    df = indicators(reports_or_frame)
    df = df.assign(ident=df["key"].fillna(df["name"]))
    targets = df[df["framing"] == "target"]
    out = df[(df["framing"] != "target") & df["value"].notna()].copy()
    fill = []
    for _, row in out.iterrows():
        t = row["target"]
        if pd.isna(t):
            doc = "" if pd.isna(row["doc"]) else row["doc"]
            unit = "" if pd.isna(row["unit"]) else row["unit"]
            period = row["period"]
            same = targets[(targets["doc"].fillna("") == doc) & (targets["ident"] == row["ident"])
                           & (targets["unit"].fillna("") == unit) & targets["value"].notna()
                           & (targets["period"] == period)] if pd.notna(period) else targets.iloc[0:0]
            t = same["value"].iloc[0] if len(same) else pd.NA
        fill.append(t)
    out["target"] = pd.array(fill, dtype="Float64")
    stated = out["achievement"].notna()
    computed = out["value"] / out["target"] * 100
    out["achievement_stated"] = stated
    out["achievement"] = out["achievement"].where(stated, computed)
    cols = ["doc", "district", "key", "name", "period", "framing", "unit", "target", "value", "achievement",
            "achievement_stated", "status"]
    return out[cols].reset_index(drop=True)


def _figure(x: float) -> str:
    """A figure on a bar: ``34.39``, ``17,500``, ``35,000,000``."""
    return f"{x:,.0f}" if abs(x) >= 1000 else f"{x:g}"


def plot(report: Union[object, Iterable[Any], str, os.PathLike[str], pd.DataFrame],
         ax: Optional[Axes] = None, *, keyed_only: bool = True) -> Axes:
    """Draw target against achieved per indicator of one or more reports and return the
    matplotlib Axes. Needs matplotlib (``pip install 'baocao[plot]'``).

    One bar per indicator (the latest achievement of each key, or of each name too when
    ``keyed_only`` is false, as :func:`compare` gives it): its achievement in % of the target,
    green when it reaches the target and orange when not, against a dashed line at 100% (the
    target). Each bar is labelled with the indicator and its unit (``forest_cover (%)``; with
    several documents, the document first) and carries its figures, achieved / target in that
    unit and the percentage; the legend names the three; the title names the document (or how
    many documents, when there are several).

    A report with no indicator that has both a target and an achievement raises ValueError
    ("nothing to plot", saying why) rather than drawing an empty chart.
    """
    try:
        import matplotlib.pyplot as plt
        from matplotlib.figure import Figure
        from matplotlib.patches import Patch
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError("baocao.plot needs matplotlib: pip install 'baocao[plot]'") from exc
    every = compare(report)
    docs = sorted({str(d) for d in every["doc"].dropna()})
    cmp = every.dropna(subset=["achievement"])
    if keyed_only:
        cmp = cmp.dropna(subset=["key"])
    if cmp.empty:
        named = (docs[0] if len(docs) == 1 else f"{len(docs)} documents" if docs
                 else "the report")
        hint = ("; keyed_only=False also plots the indicators known by name only"
                if keyed_only and every["achievement"].notna().any() else "")
        raise ValueError(f"nothing to plot: no indicator of {named} has both a target and an "
                         f"achievement (baocao.compare lists {len(every)} figures){hint}")
    many = len(docs) > 1
    cmp = cmp.assign(label=cmp["key"].fillna(cmp["name"]).astype(str))
    cmp = cmp.drop_duplicates(["doc", "label"], keep="last")
    labels = [(f"{doc}: " if many else "") + str(label)[:40] + (f" ({unit})" if pd.notna(unit)
                                                                 else "")
              for doc, label, unit in zip(cmp["doc"], cmp["label"], cmp["unit"])]
    if ax is None:
        _, ax = plt.subplots(figsize=(9, max(2.5, 0.4 * len(cmp) + 1.2)))
    y = list(range(len(cmp)))
    achieved = cmp["achievement"].astype(float).tolist()
    reached, short = "#2b8a3e", "#e8590c"
    ax.barh(y, achieved, color=[reached if a >= 100 else short for a in achieved])
    target_line = ax.axvline(100, color="black", linewidth=1, linestyle="--",
                             label="target (100%)")
    for i, (a, value, target, unit) in enumerate(zip(achieved, cmp["value"], cmp["target"],
                                                     cmp["unit"])):
        unit_ = "" if pd.isna(unit) else unit if unit == "%" else f" {unit}"
        figures = (f"{_figure(value)} / {_figure(target)}{unit_}"
                   if pd.notna(value) and pd.notna(target) else "")
        ax.text(a, i, f"  {figures} ({a:.0f}%)", va="center", fontsize=8)
    ax.set_yticks(y, labels)
    ax.invert_yaxis()          # the first indicator on top, as in the report
    ax.set_xlim(0, max(max(achieved), 100) * 1.35)
    ax.set_xlabel("achieved, % of the target (bar labels: achieved / target in the unit)")
    ax.set_title("Target vs achieved: " + (f"{len(docs)} documents" if many else
                                           docs[0] if docs else "unnamed document"))
    ax.legend(handles=[Patch(color=reached, label="achieved ≥ target"),
                       Patch(color=short, label="achieved < target"), target_line],
              loc="lower right")
    if isinstance(ax.figure, Figure):   # an Axes of a SubFigure is laid out with its figure
        ax.figure.tight_layout()
    return ax
