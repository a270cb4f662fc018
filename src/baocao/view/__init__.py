"""Look at a report: the document as one self-contained HTML page with every record highlighted,
and the short reprs a terminal prints (:mod:`baocao.view.summary`).

``baocao view FILE -o report.html`` and :func:`render` write the page: the text with each record
highlighted by kind (hover or click shows its fields and rule), each normalizer edit marked,
footnote anchors linked to their bodies, and the indicator table beside the text, each row linking
to its span. Inline CSS and JavaScript only: no network, no server; the text is HTML-escaped.
"""
from __future__ import annotations

from baocao.view.markup import NOTEBOOK_LIMIT, notebook_html, page, render, write

__all__ = ["NOTEBOOK_LIMIT", "notebook_html", "page", "render", "write"]
