"""Records and their JSON Schema."""
from baocao.schema.records import (KINDS, RECORD_ADAPTER, Date, DocRef, Footnote, Fraction, Indicator,
                                   IndicatorSummary, Money, Percentage, Quantity, Record, Term)


def json_schema() -> dict:
    """Return the JSON Schema of the record union (one object per line of `baocao extract`).

    >>> sorted(json_schema()["discriminator"]["mapping"])[:3]
    ['date', 'docref', 'footnote']
    """
    return RECORD_ADAPTER.json_schema()


def record_from_dict(data: dict) -> Record:
    """Validate a dict (e.g. a parsed JSONL line) into the matching record model."""
    return RECORD_ADAPTER.validate_python(data)


__all__ = ["KINDS", "Date", "DocRef", "Footnote", "Fraction", "Indicator", "IndicatorSummary", "Money", "Percentage", "Quantity", "Record", "Term",
           "json_schema", "record_from_dict"]
