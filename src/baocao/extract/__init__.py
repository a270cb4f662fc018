"""Rule extractors, one module per kind, and `extract()` that runs them and settles overlaps.

`EXTRACTORS` is the table of contents and the precedence order: when two candidates claim the same
characters, the one from the earlier module wins (a document code before a date, a date before a
period (``ngày 5 tháng 12 năm 2024`` holds no period ``năm 2024``), a period before a term or a
fraction, a fraction before the quantities inside it), and within one module the earlier, longer one.

The rule modules (and the normalizer and the record models they need) are imported on the first
extraction, or the first use of `EXTRACTORS`, not by ``import baocao``: a process that only lists
files or gathers tables (the client of a Dask cluster) does not load them.
"""
from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING, Optional, Union

if TYPE_CHECKING:
    from baocao.document import Document
    from baocao.normalize import NormalizeConfig
    from baocao.schema import Record

# The kinds the rules find (what `kinds=` takes), in EXTRACTORS' order, each the name of its
# module; baocao.schema.KINDS adds the kinds baocao.parse builds (footnote, indicator,
# indicator_summary).
RULE_KINDS = ("docref", "date", "period", "term", "fraction", "money", "percentage", "quantity")


@cache
def _extractors() -> tuple:
    return tuple(importlib.import_module(f"baocao.extract.{kind}") for kind in RULE_KINDS)


def __getattr__(name: str):
    if name == "EXTRACTORS":
        return _extractors()
    raise AttributeError(f"module 'baocao.extract' has no attribute {name!r}")


def share_fields_set(rec: Record, sets: dict) -> Record:
    """``rec`` holding the same set of fields given (``model_fields_set``) as the records before it
    that were given the same fields, one set object for all of them (``sets``: frozenset -> set),
    and not a set of its own: records are frozen, and pydantic copies the set before it changes one
    (``model_copy``), so a shared set is never changed. A set of ten field names takes 700 bytes,
    nearly half of a record.

    >>> from baocao.schema import Percentage
    >>> sets = {}
    >>> a, b = (share_fields_set(Percentage(text="5%", start=i, end=i + 2, value=5.0), sets) for i in (0, 9))
    >>> a.model_fields_set is b.model_fields_set, sorted(a.model_fields_set)
    (True, ['end', 'start', 'text', 'value'])
    """
    own = rec.__pydantic_fields_set__
    same = sets.setdefault(frozenset(own), own)
    if same is not own:
        object.__setattr__(rec, "__pydantic_fields_set__", same)
    return rec


def extract_document(doc: Document, kinds: Optional[set[str]] = None) -> list[Record]:
    """Return the records of one document, non-overlapping, in order of their start offset."""
    n = len(doc.original)
    claimed = bytearray(n + 1)
    accepted: list[Record] = []
    sets: dict = {}
    for module in _extractors():
        if kinds is not None and module.KIND not in kinds:
            continue
        candidates = sorted(module.extract(doc), key=lambda r: (r.start, -(r.end - r.start)))
        for rec in candidates:
            if rec.end <= rec.start or any(claimed[rec.start:rec.end]):
                continue
            claimed[rec.start:rec.end] = b"\x01" * (rec.end - rec.start)
            accepted.append(share_fields_set(rec, sets))
    accepted.sort(key=lambda r: (r.start, r.end))
    if "\f" in doc.original:   # a text with pages: each record gets the page it starts on
        from baocao.core.pages import with_pages

        accepted = with_pages(accepted, doc.original)
    return accepted


def extract(text: Union[str, Document], doc: Optional[str] = None,
            kinds: Optional[set[str]] = None,
            normalize: Union[bool, NormalizeConfig] = True) -> list[Record]:
    """Return every record in `text`, with offsets into `text` itself.

    The rules run on the normalized text (see :mod:`baocao.normalize`) unless `normalize` is
    False; a :class:`~baocao.normalize.NormalizeConfig` sets how (``NormalizeConfig(ocr=False)``
    leaves out the OCR repair, for born-digital text: the normalizer then takes a tenth of the
    time). Either way the offsets and the `text` of every record are the original's.

    >>> [(r.kind, r.text) for r in extract("tỷ lệ hộ nghèo giảm bình quân 5,61%/năm")]
    [('percentage', '5,61%/năm')]
    """
    from baocao.document import Document

    if isinstance(text, Document):
        d = text
    else:
        config = None
        if not isinstance(normalize, bool):
            from baocao.normalize import NormalizeConfig

            if not isinstance(normalize, NormalizeConfig):
                raise TypeError("normalize must be True, False or a NormalizeConfig, not "
                                f"{type(normalize).__name__}")
            config, normalize = normalize, True
        d = Document.from_text(text, doc, normalize, config)
    if kinds is not None:
        unknown = set(kinds) - set(RULE_KINDS)
        if unknown:
            raise ValueError(f"unknown kinds {sorted(unknown)}; known: {list(RULE_KINDS)}")
    return extract_document(d, kinds)
