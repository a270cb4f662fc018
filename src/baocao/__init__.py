"""baocao: structured, checkable data from Vietnamese party, government and news reports.

>>> import baocao
>>> [(r.kind, r.value) for r in baocao.extract("vốn 28 tỷ đồng, đạt 141% NQĐH")]
[('money', 28000000000.0), ('percentage', 141.0)]
"""
import importlib

from baocao.extract import extract

__version__ = "0.1.0"
__all__ = ["ReadError", "ReadWarning", "checks", "compare", "extract", "indicators", "parse", "parse_file",
           "plot", "read", "to_frame"]

# The pandas functions load pandas only when first used: a batch worker that writes JSONL never
# pays for it. Neither `parse` nor `extract` loads the rules before its first call.
_LAZY = {"parse": "baocao.report", "parse_file": "baocao.report", "to_frame": "baocao.frame",
         "read": "baocao.batch",
         "indicators": "baocao.analysis", "checks": "baocao.analysis", "compare": "baocao.analysis", "plot": "baocao.analysis",
         "ReadError": "baocao.errors", "ReadWarning": "baocao.errors"}


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'baocao' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_LAZY))
