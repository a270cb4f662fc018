"""baocao: structured, checkable data from Vietnamese party, government and news reports.

>>> import baocao
>>> [(r.kind, r.value) for r in baocao.extract("vốn 28 tỷ đồng, đạt 141% NQĐH")]
[('money', 28000000000.0), ('percentage', 141.0)]
"""
from baocao.analysis import compare, indicators, plot
from baocao.extract import extract
from baocao.frame import read, to_frame
from baocao.report import parse

__version__ = "0.1.0"
__all__ = ["compare", "extract", "indicators", "parse", "plot", "read", "to_frame"]
