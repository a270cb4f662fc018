"""The viewer page: a Report as one self-contained HTML document.

The original text is written out once, HTML-escaped, with an element around every span worth
seeing: each record (``data-r``, class ``r k-<kind>``), each indicator (``data-i``, outlined when
its row of the indicator table is clicked), each normalizer edit (``data-x``, class ``ed``) and each
footnote anchor (an ``a.fa`` that scrolls to its body). Spans that cross instead of nesting are
split into several elements with the same ``data-*`` index, so the text of a record's elements,
joined, is always ``original[start:end]``. Fields are kept once, as JSON in the page, and shown by
the script on hover or click (never written into the page as HTML).
"""
from __future__ import annotations

import html
import json
import os
import secrets
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional, Union

from baocao.schema import Indicator, IndicatorSummary
from baocao.view.assets import COLORS, CSS, SCRIPT
from baocao.view.summary import counts, shorten

if TYPE_CHECKING:
    from baocao.report import Report

__all__ = ["NOTEBOOK_LIMIT", "notebook_html", "page", "render", "write"]

#: Characters of text a notebook's view of a report shows (the whole: ``baocao.view.write``).
NOTEBOOK_LIMIT = 300_000


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    rank: int       # same span: lower rank is outer
    first: str      # the opening tag
    again: str      # the opening tag of a later piece (no id)
    close: str


def _spans(report: Report, root: str, limit: int) -> list[_Span]:
    out: list[_Span] = []
    fn_of_anchor = {}
    for j, f in enumerate(report.footnotes):
        if f.anchor_start is not None and f.anchor_end is not None and f.anchor_end <= limit:
            fn_of_anchor[j] = f
            tag = f'<a class="fa" href="#{root}-fn{j}" data-f="{j}">'
            out.append(_Span(f.anchor_start, f.anchor_end, 3, tag, tag, "</a>"))
    fn_index = {(f.start, f.end): j for j, f in enumerate(report.footnotes)}
    for k, r in enumerate(report.records):
        if r.end > limit:
            break
        tag = f'<span class="r k-{r.kind}" data-r="{k}">'
        first = tag
        if r.kind == "footnote" and (r.start, r.end) in fn_index:
            j = fn_index[(r.start, r.end)]
            first = f'<span class="r k-footnote" data-r="{k}" data-fn="{j}" id="{root}-fn{j}">'
        out.append(_Span(r.start, r.end, 1, first, tag, "</span>"))
    for k, ind in enumerate(report.indicators):
        if ind.end <= limit:
            tag = f'<span class="i" data-i="{k}">'
            out.append(_Span(ind.start, ind.end, 0, tag, tag, "</span>"))
    for k, e in enumerate(report.edits):
        if e.end <= limit:
            cls = "ed" if e.end > e.start else "ed z"
            tag = f'<span class="{cls}" data-x="{k}">'
            out.append(_Span(e.start, e.end, 2, tag, tag, "</span>"))
    return out


def _markup(text: str, spans: list[_Span]) -> str:
    """`text` escaped, each span an element; crossing spans are closed and opened again. A
    carriage return is written as a character reference, which a browser keeps (it reads a raw
    CR or CR LF as LF, which would shift every offset after it)."""
    def esc(chunk: str, quote: bool) -> str:
        return html.escape(chunk, quote=quote).replace("\r", "&#13;")

    starts: dict[int, list[_Span]] = defaultdict(list)
    empty: dict[int, list[_Span]] = defaultdict(list)
    ends: set[int] = set()
    for s in spans:
        if s.end > s.start:
            starts[s.start].append(s)
            ends.add(s.end)
        else:
            empty[s.start].append(s)
    for group in starts.values():
        group.sort(key=lambda s: (-s.end, s.rank))
    out: list[str] = []
    stack: list[_Span] = []
    pos = 0
    for p in sorted(set(starts) | ends | set(empty)):
        out.append(esc(text[pos:p], quote=False))
        pos = p
        if p in ends:
            i = next((n for n, s in enumerate(stack) if s.end == p), len(stack))
            again = [s for s in stack[i:] if s.end > p]
            out.extend(s.close for s in reversed(stack[i:]))
            del stack[i:]
            out.extend(s.again for s in again)
            stack.extend(again)
        for s in empty.get(p, ()):
            out.append(s.first + s.close)
        for s in starts.get(p, ()):
            out.append(s.first)
            stack.append(s)
    out.append(esc(text[pos:], quote=False))
    out.extend(s.close for s in reversed(stack))
    return "".join(out)


def _fields(record: Any, sections: dict[str, int]) -> dict[str, Any]:
    d: dict[str, Any] = record.model_dump(exclude_defaults=True, exclude={"text", "body", "doc"})
    d["kind"] = record.kind
    d.setdefault("rule", record.rule)
    if record.section is not None:
        d["section"] = sections.setdefault(record.section, len(sections))
    return d


def _number(v: Optional[float]) -> str:
    if v is None:
        return ""
    return f"{v:,.0f}" if v == int(v) and abs(v) >= 1000 else f"{v:g}"


def _indicator_rows(report: Report, limit: int) -> str:
    esc = html.escape
    rows = []
    cells: tuple[str, ...]
    for k, ind in enumerate(report.indicators):
        if ind.end > limit:
            continue
        if isinstance(ind, Indicator):
            name = ind.key or shorten(ind.name, 40)
            value = " ".join(x for x in (_number(ind.value), ind.unit or "") if x)
            pct = f"{_number(ind.achievement_pct)}%" if ind.achievement_pct is not None else ""
            cells = (name, ind.period or "", value, _number(ind.target),
                     " ".join(x for x in (pct, ind.status or "") if x) or ind.framing)
        elif isinstance(ind, IndicatorSummary):
            cells = (shorten(ind.text, 40), "", _number(ind.count), _number(ind.total), ind.status or "")
        else:
            continue
        rows.append(f'<tr data-i="{k}">' + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    return "".join(rows)


def _legend(report: Report) -> str:
    n = {k: v for k, v in (x.split(" ") for x in counts(report.records).split(", ") if x)}
    parts = [f'<span class="k-{k}">{k} {n.get(k, 0)}</span>' for k in COLORS]
    parts.append(f'<span class="ed">edits {len(report.edits)}</span>')
    parts.append(f"<span>indicators {len(report.indicators)}</span>")
    return " ".join(parts)


def _data(report: Report, limit: int) -> str:
    sections: dict[str, int] = {}
    data = {
        "records": [_fields(r, sections) if r.end <= limit else None for r in report.records],
        "indicators": [_fields(r, sections) if r.end <= limit else None for r in report.indicators],
        "edits": [{"before": e.before, "after": e.after, "rule": e.rule, "confidence": e.confidence,
                   "why": e.why, "start": e.start, "end": e.end} for e in report.edits],
        "sections": list(sections),
    }
    # `<` written as \u003c: no `</script>` (or `<!--`) in the text can end the script early
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def render(report: Report, *, root: str = "bcv", limit: Optional[int] = None,
           notebook: bool = False) -> str:
    """The viewer of `report` as an HTML fragment (a ``div`` with its style and script): the first
    `limit` characters of the text (all when None) with their records; `root` is the id of the
    fragment's element (ids inside start with it)."""
    limit = len(report.original) if limit is None else min(limit, len(report.original))
    text = _markup(report.original[:limit], _spans(report, root, limit))
    css = CSS + "".join(f".bcv .k-{k}{{background:{c}}}\n" for k, c in COLORS.items())
    more = ""
    if limit < len(report.original):
        more = (f'<p class="bcv-more">… {len(report.original) - limit:,} more characters: '
                "baocao.view.write(report, &quot;report.html&quot;) shows the whole.</p>")
    head = "<tr><th>indicator</th><th>period</th><th>value</th><th>target</th><th>result</th></tr>"
    return (f'<style>{css}</style><div class="bcv{" nb" if notebook else ""}" id="{root}">'
            f'<div class="bcv-main"><div class="bcv-legend">{_legend(report)}</div>'
            f'<div class="bcv-text">{text}</div>{more}</div>'
            f'<div class="bcv-side"><div class="bcv-details">Hover over or click a highlight to see '
            f'its fields and rule; click a row below to go to its span.</div>'
            f'<div class="bcv-ind"><table><thead>{head}</thead><tbody>{_indicator_rows(report, limit)}'
            f'</tbody></table></div></div>'
            f'<script type="application/json" class="bcv-data">{_data(report, limit)}</script>'
            f"<script>{SCRIPT.replace('%ROOT%', root)}</script></div>")


def page(report: Report) -> str:
    """A whole HTML document for `report` (what ``baocao view`` writes)."""
    title = html.escape(report.doc or "baocao report")
    return ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1"><title>{title}</title>'
            '<style>body{margin:0}</style></head><body>' + render(report) + "</body></html>\n")


def write(report: Report, path: Union[str, os.PathLike[str]]) -> None:
    """Write the viewer page of `report` to `path` (UTF-8)."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page(report))


def notebook_html(report: Report) -> str:
    """A notebook's view (``Report._repr_html_``): the summary in one line, then the viewer in a
    box 640 pixels high; a report longer than :data:`NOTEBOOK_LIMIT` characters shows its first
    part, and says how to write the whole."""
    summary = html.escape(repr(report).split("\n")[0].removeprefix("Report(").rstrip(")"))
    kinds = html.escape(counts(report.records))
    return (f"<div><p><b>Report</b> {summary}<br>records {len(report.records)}: {kinds}</p>"
            + render(report, root="bcv" + secrets.token_hex(4), limit=NOTEBOOK_LIMIT, notebook=True)
            + "</div>")
