"""baocao: structured, checkable data from Vietnamese party, government and news reports.

>>> import baocao
>>> [(r.kind, r.value) for r in baocao.extract("vốn 28 tỷ đồng, đạt 141% NQĐH")]
[('money', 28000000000.0), ('percentage', 141.0)]
>>> baocao.normalize("Thị trần Mường Ấng").text
'Thị trấn Mường Ảng'

``baocao.extract`` and ``baocao.normalize`` are packages that can be called: each call is the
package's function of the same name (:func:`baocao.extract.extract`,
:func:`baocao.normalize.normalize`), and the package's modules stay reachable
(``baocao.normalize.ocr``, ``baocao.extract.RULE_KINDS``).
"""
from __future__ import annotations

import importlib
from typing import Any

from baocao.core.version import __version__  # noqa: F401 - the package version

__all__ = ["ExtractOptions", "NormalizeOptions", "ReadError", "ReadWarning", "Vocabulary",
           "VocabularyError", "checks", "compare", "extract", "indicators", "load_vocabulary",
           "normalize", "parse", "parse_file", "plot", "read", "to_frame"]

# Every name is imported on first use: `import baocao` loads neither the rules, the normalizer,
# pydantic nor pandas (a batch worker that writes JSONL never pays for pandas). The two callable
# packages (extract, normalize) are the modules themselves.
_LAZY = {"parse": "baocao.report", "parse_file": "baocao.report", "to_frame": "baocao.frame",
         "read": "baocao.batch",
         "indicators": "baocao.analysis", "checks": "baocao.analysis", "compare": "baocao.analysis", "plot": "baocao.analysis",
         "ReadError": "baocao.errors", "ReadWarning": "baocao.errors",
         "VocabularyError": "baocao.errors", "Vocabulary": "baocao.options",
         "load_vocabulary": "baocao.core.user_vocabulary",
         "ExtractOptions": "baocao.options", "NormalizeOptions": "baocao.options"}
_PACKAGES = ("extract", "normalize")


def __getattr__(name: str) -> Any:
    if name in _PACKAGES:
        return importlib.import_module(f"baocao.{name}")   # binds baocao.<name> as it loads
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'baocao' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | set(_PACKAGES))
