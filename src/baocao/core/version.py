"""The package's version, readable without importing the package root (the command line, the
build's metadata)."""
from __future__ import annotations

__version__ = "0.1.0"
