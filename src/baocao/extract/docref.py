"""Document references: party codes ``03-NQ/TU`` and state codes ``467/BC-UBND``, ``29/2023/NĐ-CP``."""
from __future__ import annotations

from typing import Iterator

import regex

from baocao.document import Document
from baocao.extract._base import make
from baocao.extract.numbers import number_spans
from baocao.schema import DocRef

KIND = "docref"
_B = r"(?<![\p{L}\p{N}/.,-])"
_CODE = r"\p{Lu}[\p{L}]*"
_ISSUER = r"\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)*"
_END = r"(?![\p{L}\p{N}])"
_PARTY = regex.compile(rf"{_B}(?P<num>\d+[a-z]?)-(?P<type>{_CODE})/(?P<issuer>{_ISSUER}){_END}")
_STATE = regex.compile(
    rf"{_B}(?P<num>\d+)/(?:(?P<year>(?:19|20)\d\d)/)?(?P<type>{_CODE})-(?P<issuer>{_ISSUER}){_END}")
_STATE_NO_TYPE = regex.compile(
    rf"{_B}(?P<num>\d+)/(?P<year>(?:19|20)\d\d)/(?P<issuer>\p{{Lu}}+\d*)(?![\p{{L}}\p{{N}}-])")


def extract(doc: Document) -> Iterator[DocRef]:
    """Yield document references split into number, type and issuer.

    >>> [(r.number, r.doc_type, r.issuer) for r in extract(Document.from_text("Nghị quyết số 03-NQ/TU"))]
    [('03', 'NQ', 'TU')]
    >>> [(r.number, r.year, r.doc_type) for r in extract(Document.from_text("Nghị định 29/2023/NĐ-CP"))]
    [('29', 2023, 'NĐ')]
    """
    text, n = doc.text, len(doc.text)
    for pos, end in number_spans(doc):
        if end >= n or not (text[end] in "-/" or text[end].islower()):
            continue
        for rule, pattern in (("docref.party", _PARTY), ("docref.state", _STATE),
                              ("docref.state_no_type", _STATE_NO_TYPE)):
            m = pattern.match(text, pos)
            if m is None:
                continue
            g = m.groupdict()
            yield make(doc, DocRef, m.start(), m.end(), number=g["num"], doc_type=g.get("type"),
                       issuer=g["issuer"], year=int(g["year"]) if g.get("year") else None,
                       rule=rule)
            break
