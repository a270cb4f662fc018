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
