"""underthesea's data files (its word list, its place names, its tagged running text), found
without importing it: the import costs 80 MB and seconds, and only its data files are read."""
from __future__ import annotations

import importlib.util
from pathlib import Path


def underthesea_dir() -> Path:
    """underthesea's package folder.

    >>> (underthesea_dir() / "corpus" / "data" / "Viet74K.txt").is_file()
    True
    """
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("underthesea is not installed; baocao needs its word list and place names")
    return Path(list(spec.submodule_search_locations)[0])
