"""The number parser's old address: it is :mod:`baocao.core.numbers` (shared by the extractors,
the tables and the statements), re-exported here for code that imports it from here."""
from baocao.core.numbers import *  # noqa: F403
from baocao.core.numbers import __all__  # noqa: F401
