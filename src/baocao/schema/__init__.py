"""Records and their JSON Schema.

The record models (and pydantic) are imported on first use of one of them, so that
``baocao.schema.columns`` stays light. ``RECORD_KINDS`` names every kind a record can have
(``KINDS`` is its older name, a deprecated alias); ``baocao.extract.RULE_KINDS`` the kinds the rules
of :func:`baocao.extract` find, the ones its ``kinds=`` chooses from.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:   # what __getattr__ gives, for type checkers
    from baocao.schema.records import RECORD_ADAPTER as RECORD_ADAPTER
    from baocao.schema.records import (KINDS, Check, Date, DocRef, Footnote, Fraction, Indicator,
                                       IndicatorSummary, Money, Percentage, Period, Quantity, Record, Term)

_RECORDS = ("KINDS", "RECORD_ADAPTER", "RECORD_KINDS", "Check", "Date", "DocRef", "Footnote", "Fraction", "Indicator",
            "IndicatorSummary", "Money", "Percentage", "Period", "Quantity", "Record", "Term")


def __getattr__(name: str) -> Any:
    if name in _RECORDS:
        value = getattr(importlib.import_module("baocao.schema.records"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'baocao.schema' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_RECORDS))


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of the record union (one object per line of `baocao extract`).

    >>> sorted(json_schema()["discriminator"]["mapping"])[:3]
    ['date', 'docref', 'footnote']
    """
    from baocao.schema.records import RECORD_ADAPTER

    return RECORD_ADAPTER.json_schema()


def record_from_dict(data: dict[str, Any]) -> Record:
    """Validate a dict (e.g. a parsed JSONL line) into the matching record model."""
    from baocao.schema.records import RECORD_ADAPTER

    return RECORD_ADAPTER.validate_python(data)


__all__ = ["KINDS", "RECORD_KINDS", "Check", "Date", "DocRef", "Footnote", "Fraction", "Indicator", "IndicatorSummary", "Money", "Percentage", "Period", "Quantity", "Record", "Term",
           "json_schema", "record_from_dict"]
