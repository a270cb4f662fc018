import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "evaluation"))  # corpus.py, normalize.py


# The suite keeps the lexicon's disk cache (baocao._diskcache) in a folder of its own, removed at
# the end, unless BAOCAO_CACHE_DIR says otherwise: tests never touch the user's cache, and the many
# processes the suite starts read the lexicon back instead of each building it.
if "BAOCAO_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="baocao-test-cache-")
    os.environ["BAOCAO_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, True)


def pytest_collection_modifyitems(items):
    # A Spark or Dask test is a slow one: `pytest -m "not slow"` leaves it out even if its mark forgot.
    import pytest

    for item in items:
        if item.get_closest_marker("spark") or item.get_closest_marker("dask"):
            if not item.get_closest_marker("slow"):
                item.add_marker(pytest.mark.slow)
