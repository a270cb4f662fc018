"""Resolve: what the figures of a parsed report measure (indicators, summaries of indicators, the
figures left unattached) and what the document is (metadata). Runs inside ``baocao.parse`` over the
records the extractors found; it never reads a number itself.
"""
from baocao.resolve.indicator import Unattached, resolve
from baocao.resolve.keys import match_key
from baocao.resolve.metadata import Locality, Metadata, metadata
from baocao.resolve.table import table_indicators

__all__ = ["Locality", "Metadata", "Unattached", "match_key", "metadata", "resolve", "table_indicators"]
