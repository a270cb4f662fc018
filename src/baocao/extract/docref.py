"""Document references: party codes ``03-NQ/TU`` and state codes ``467/BC-UBND``, ``29/2023/NĐ-CP``,
``30a/2008/NQ-CP``; an official letter's ``567/UBND-KT`` (no type code: issuer ``UBND-KT``)."""
from __future__ import annotations

from typing import Iterator

import regex

from baocao.core.numbers import match_near, number_spans
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

_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")   # 12a-NQ/TU, 30a/2008/NQ-CP
_AFTER = _LOWER | {"-", "/"}   # what a code's number is followed by


def _glued(text: str, end: int, sign: str) -> bool:
    """True when the numeral that ends at `end` can start a code joined by `sign` ("-" or "/"):
    `sign` glued to its digits (after a small letter at most) and a letter or digit right after
    it, as every pattern above reads (``03-NQ``, ``467/BC``, ``29/2023``). A numeral before
    ``- 5`` or ``/ ngày`` is not tried."""
    if text[end:end + 1] in _LOWER:
        end += 1
    return text[end:end + 1] == sign and text[end + 1:end + 2].isalnum()


_DOC_TYPES = frozenset(t.casefold() for t in load("docrefs").doc_types)


def extract(doc: Document) -> Iterator[DocRef]:
    """Yield document references split into number, type and issuer.

    >>> [(r.number, r.doc_type, r.issuer) for r in extract(Document.from_text("Nghị quyết số 03-NQ/TU"))]
    [('03', 'NQ', 'TU')]
    >>> [(r.number, r.year, r.doc_type) for r in extract(Document.from_text("Nghị định 29/2023/NĐ-CP"))]
    [('29', 2023, 'NĐ')]
    """
    text = doc.text
    party: list[int] = []
    state: list[int] = []
    for pos, end in number_spans(doc):
        # the letter, "-" or "/" is glued to the digits: no space between
        if text[end:end + 1] not in _AFTER:
            continue
        if _glued(text, end, "-"):
            party.append(pos)
        elif _glued(text, end, "/"):
            state.append(pos)
    for rule, pattern, starts in (("docref.party", _PARTY, party), ("docref.state", _STATE, state),
                                  ("docref.state_no_type", _STATE_NO_TYPE, state)):
        for pos in starts:
            m = match_near(pattern, text, pos)
            if m is None:
                continue
            g = m.groupdict()
            doc_type, issuer, why = g.get("type"), g["issuer"], rule
            if rule == "docref.state" and doc_type is not None and doc_type.casefold() not in _DOC_TYPES:
                # no type code (an official letter): the issuer and its section
                doc_type, issuer, why = None, f"{doc_type}-{issuer}", "docref.state_no_type"
            yield make(doc, DocRef, m.start(), m.end(), number=g["num"], doc_type=doc_type,
                       issuer=issuer, year=int(g["year"]) if g.get("year") else None, rule=why)
