"""Document references: party codes ``03-NQ/TU`` and state codes ``467/BC-UBND``, ``29/2023/NĐ-CP``,
``30a/2008/NQ-CP``; an official letter's ``567/UBND-KT`` (no type code: issuer ``UBND-KT``)."""
from __future__ import annotations

from typing import Iterator

import regex

from baocao.core.numbers import matches_at_numbers
from baocao.document import Document
from baocao.extract._base import make
from baocao.extract._rules import load
from baocao.schema import DocRef

KIND = "docref"
_B = r"(?<![\p{L}\p{N}/.,-])"
_CODE = r"\p{Lu}[\p{L}]*"
_ISSUER = r"\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)*"
_END = r"(?![\p{L}\p{N}])"
_PARTY = regex.compile(rf"{_B}(?P<num>\d+[a-z]?)-(?P<type>{_CODE})/(?P<issuer>{_ISSUER}){_END}")
_STATE = regex.compile(
    rf"{_B}(?P<num>\d+[a-z]?)/(?:(?P<year>(?:19|20)\d\d)/)?(?P<type>{_CODE})-(?P<issuer>{_ISSUER}){_END}")
_STATE_NO_TYPE = regex.compile(
    rf"{_B}(?P<num>\d+[a-z]?)/(?P<year>(?:19|20)\d\d)/(?P<issuer>\p{{Lu}}+\d*)(?![\p{{L}}\p{{N}}-])")

_AFTER_PARTY = frozenset("-abcdefghijklmnopqrstuvwxyz")   # 03-NQ/TU, 12a-NQ/TU
_AFTER_STATE = frozenset("/abcdefghijklmnopqrstuvwxyz")   # 467/BC-UBND, 30a/2008/NQ-CP
_DOC_TYPES = frozenset(t.casefold() for t in load("docrefs").doc_types)


def extract(doc: Document) -> Iterator[DocRef]:
    """Yield document references split into number, type and issuer.

    >>> [(r.number, r.doc_type, r.issuer) for r in extract(Document.from_text("Nghị quyết số 03-NQ/TU"))]
    [('03', 'NQ', 'TU')]
    >>> [(r.number, r.year, r.doc_type) for r in extract(Document.from_text("Nghị định 29/2023/NĐ-CP"))]
    [('29', 2023, 'NĐ')]
    """
    for rule, pattern, after in (("docref.party", _PARTY, _AFTER_PARTY),
                                 ("docref.state", _STATE, _AFTER_STATE),
                                 ("docref.state_no_type", _STATE_NO_TYPE, _AFTER_STATE)):
        # the letter, "-" or "/" is glued to the digits: no space between
        for m in matches_at_numbers(doc, pattern, after, space=False):
            g = m.groupdict()
            doc_type, issuer, why = g.get("type"), g["issuer"], rule
            if rule == "docref.state" and doc_type is not None and doc_type.casefold() not in _DOC_TYPES:
                # no type code (an official letter): the issuer and its section
                doc_type, issuer, why = None, f"{doc_type}-{issuer}", "docref.state_no_type"
            yield make(doc, DocRef, m.start(), m.end(), number=g["num"], doc_type=doc_type,
                       issuer=issuer, year=int(g["year"]) if g.get("year") else None, rule=why)
