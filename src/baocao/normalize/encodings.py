"""The decoder's old place: bytes to text is :mod:`baocao.core.decoding` (re-exported here)."""
from __future__ import annotations

from baocao.core.decoding import (LEGACY_ENCODINGS, MIN_SCORE, Decoded, DecodeError, decode_bytes,
                                  encode, tcvn3_table, vni_table)
from baocao.core.decoding.detect import syllables

__all__ = ["Decoded", "DecodeError", "decode_bytes", "encode", "LEGACY_ENCODINGS", "MIN_SCORE",
           "syllables", "tcvn3_table", "vni_table"]
