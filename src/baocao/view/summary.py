"""Short reprs: a Report, its record tuples and its tables print a few lines, not the whole document.

``repr(report)`` of a 190 KB report is a dozen lines (counts per kind, sections, tables, the first
records); ``repr(report.records)`` and ``repr(report.indicators)`` name the count per kind and the
first few records. Nothing here computes what a Report resolves on first use (indicators, checks):
a repr says whether they are resolved yet.

In a notebook, ``Records`` shows :func:`records_html`: the count per kind and the first
:data:`HTML_FIRST` records as a small table, every value escaped and cut short, so that its size
is bounded however many records there are.
"""
from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from baocao.report import Report

__all__ = ["FIRST", "HTML_FIRST", "Items", "Records", "counts", "items_html", "record_line",
           "records_html", "report_repr", "shorten"]

#: How many records a short repr shows.
FIRST = 3
#: How many records the notebook's summary of :class:`Records` shows as rows.
HTML_FIRST = 10
#: The fields beside kind, text and offsets that the summary's rows show, when a record has them.
HTML_FIELDS = ("key", "value", "unit", "period", "status")


def shorten(text: str, width: int = 60) -> str:
    """`text` on one line, cut to `width` characters with an ellipsis.

    >>> shorten("một\\nhai " + "ba " * 30, 20)
    'một⏎hai ba ba ba ba…'
    """
    text = text.replace("\n", "⏎").replace("\t", "→").replace("\f", "↡")
    return text if len(text) <= width else text[:width - 1] + "…"


def counts(records: Iterable[Any]) -> str:
    """``kind n, kind n`` by count, most first (``quantity 399, percentage 331``)."""
    c = Counter(getattr(r, "kind", type(r).__name__) for r in records)
    return ", ".join(f"{k} {n}" for k, n in c.most_common())


def record_line(record: Any) -> str:
    """One record on one line: ``Date 'tháng 12 năm 2024' 47:64``."""
    return f"{type(record).__name__} {shorten(record.text)!r} {record.start}:{record.end}"


class Records(tuple):  # type: ignore[type-arg]
    """A tuple of records whose repr is short: the count per kind and the first few records.

    It is a tuple in every other way (equal to the plain tuple of the same records, indexable,
    sliced into plain tuples).

    >>> import baocao
    >>> rs = Records(baocao.extract("tăng 5%, đạt 28 tỷ đồng, 3 ha, 4 ha"))
    >>> rs == tuple(rs), len(rs)
    (True, 4)
    >>> print(repr(rs))
    Records(4: quantity 2, percentage 1, money 1;
      Percentage '5%' 5:7,
      Money '28 tỷ đồng' 13:23,
      Quantity '3 ha' 25:29, …)
    """

    __slots__ = ()

    def __repr__(self) -> str:
        if not self:
            return "Records()"
        lines = [record_line(r) for r in self[:FIRST]]
        more = ", …" if len(self) > FIRST else ""
        return f"Records({len(self)}: {counts(self)};\n  " + ",\n  ".join(lines) + more + ")"

    def _repr_html_(self) -> str:
        """The notebook's summary: :func:`records_html`."""
        return records_html(self)


class Items(tuple):  # type: ignore[type-arg]
    """A tuple of a report's parts (sections, sentences, footnotes, tables, checks, edits…) whose
    repr is short: how many, of what, and the first few, each cut to one line.

    It is a tuple in every other way (equal to the plain tuple of the same items, indexable,
    sliced into plain tuples).

    >>> from baocao.report import Sentence
    >>> s = Items(Sentence(i, 10 * i, 10 * i + 9, None) for i in range(5))
    >>> s == tuple(s), len(s), s[1:3] == (s[1], s[2])
    (True, 5, True)
    >>> print(repr(s))
    Items(5 Sentence;
      Sentence(index=0, start=0, end=9, section=None),
      Sentence(index=1, start=10, end=19, section=None),
      Sentence(index=2, start=20, end=29, section=None), …)
    """

    __slots__ = ()

    def __repr__(self) -> str:
        if not self:
            return "()"     # as an empty tuple prints
        lines = [shorten(repr(x), LINE) for x in self[:FIRST]]
        more = ", …" if len(self) > FIRST else ""
        return f"Items({len(self)} {_names(self)};\n  " + ",\n  ".join(lines) + more + ")"

    def _repr_html_(self) -> str:
        """The notebook's summary: :func:`items_html`."""
        return items_html(self)


#: How many characters of an item's repr a line of :class:`Items` shows.
LINE = 100


def _names(items: "tuple[Any, ...]") -> str:
    c = Counter(type(x).__name__ for x in items)
    return ", ".join(f"{k} {n}" if len(c) > 1 else k for k, n in c.most_common())


def items_html(items: "tuple[Any, ...]") -> str:
    """A compact HTML summary of a tuple of a report's parts: how many, of what, and the first
    :data:`HTML_FIRST`, one escaped line each (cut to :data:`LINE` characters).

    >>> from baocao.report import Sentence
    >>> h = items_html(tuple(Sentence(i, i, i + 1, None) for i in range(50)))
    >>> h.count("<tr>"), "50 Sentence" in h
    (10, True)
    """
    rows = "".join(f"<tr><td>{i}</td><td><code>{_cell(repr(x), LINE)}</code></td></tr>"
                   for i, x in enumerate(items[:HTML_FIRST]))
    more = f"<p>… and {len(items) - HTML_FIRST} more</p>" if len(items) > HTML_FIRST else ""
    return (f"<div class='baocao-items'><p><b>{len(items)} {html.escape(_names(items))}</b></p>"
            f"<table>{rows}</table>{more}</div>") if items else "<div class='baocao-items'>none</div>"


def _cell(value: Any, width: int = 60) -> str:
    return html.escape(shorten(str(value), width)) if value is not None else ""


def records_html(records: "tuple[Any, ...]") -> str:
    """A compact HTML summary of `records`: how many, the count per kind, and the first
    :data:`HTML_FIRST` as a table (kind, text, start, end and those of :data:`HTML_FIELDS` that
    some of them have), each value escaped and cut to 60 characters.

    >>> import baocao
    >>> page = records_html(baocao.extract("tăng 5%, đạt 28 tỷ đồng và 3 ha"))
    >>> "3 records" in page, "percentage 1" in page, page.count("<tr>")
    (True, True, 4)
    """
    shown = records[:HTML_FIRST]
    fields = [f for f in HTML_FIELDS if any(getattr(r, f, None) is not None for r in shown)]
    head = "".join(f"<th>{name}</th>" for name in ("kind", "text", "start", "end", *fields))
    rows = []
    for r in shown:
        cells = [getattr(r, "kind", type(r).__name__), r.text, r.start, r.end,
                 *(getattr(r, f, None) for f in fields)]
        rows.append("<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in cells) + "</tr>")
    by_kind = Counter(getattr(r, "kind", type(r).__name__) for r in records)
    kinds = ", ".join(f"{html.escape(str(k))} {n:,}" for k, n in by_kind.most_common())
    more = (f"<p>… and {len(records) - len(shown):,} more</p>" if len(records) > len(shown)
            else "")
    table = (f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
             if rows else "")
    return (f"<div class=\"baocao-records\"><p><b>{len(records):,} records</b>"
            f"{': ' + kinds if kinds else ''}</p>{table}{more}</div>")


def report_repr(report: Report) -> str:
    """The few lines ``repr(report)`` prints: the document, its size, its structure, the records
    per kind and the first few, and the indicators when they are resolved already."""
    doc = f"{report.doc!r}, " if report.doc else ""
    out = [f"Report({doc}{len(report.original):,} characters, {len(report.edits)} edits, "
           f"{len(report.sections)} sections, {len(report.sentences)} sentences, "
           f"{len(report.tables)} tables, {len(report.footnotes)} footnotes"
           + (f", {len(report.pages)} pages" if report.pages else ""),
           f"  records {len(report.records)}: {counts(report.records)}"]
    out += [f"    {record_line(r)}" for r in report.records[:FIRST]]
    if "_resolved" in report.__dict__:
        inds = report.indicators
        out.append(f"  indicators {len(inds)}: {counts(inds)}")
        out += [f"    {record_line(r)}" for r in inds[:FIRST]]
    else:
        out.append("  indicators: not resolved yet (report.indicators)")
    for t in report.tables[:FIRST]:
        out.append(f"  {t!r}")
    return "\n".join(out) + ")"

