"""The disk cache of built tables (baocao._diskcache): a table is read back only when it was built
from the same sources; a bad or unwritable cache costs a build, never an error."""
import os
import pickle
import subprocess
import sys

import pytest

from baocao.core import diskcache as _diskcache
from baocao.core.diskcache import fingerprint, stored


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("BAOCAO_CACHE_DIR", str(folder))
    return folder


def _fails():
    raise AssertionError("built although the cache holds the table")


def test_a_table_is_built_once_then_read_back(cache):
    built = []
    first = stored("t", "k1", dict, lambda: built.append(1) or {"thị trấn": 1})
    assert first == {"thị trấn": 1} and built == [1]
    assert [p.name for p in cache.iterdir()] == ["t-k1.pickle"]
    assert stored("t", "k1", dict, _fails) == {"thị trấn": 1}


def test_arguments_are_passed_to_the_build(cache):
    assert stored("t", "k", dict, dict, {"a": 1}) == {"a": 1}


def test_a_new_key_replaces_the_stale_file_and_keeps_other_tables(cache):
    stored("t", "old", dict, dict)
    stored("u", "old", dict, dict)
    stored("t", "new", dict, lambda: {"x": 2})
    assert sorted(p.name for p in cache.iterdir()) == ["t-new.pickle", "u-old.pickle"]


@pytest.mark.parametrize("content", [b"", b"\x80\x05garbage", pickle.dumps(["a list"])])
def test_a_truncated_corrupt_or_foreign_file_is_rebuilt_and_replaced(cache, content):
    cache.mkdir()
    (cache / "t-k.pickle").write_bytes(content)
    assert stored("t", "k", dict, lambda: {"x": 1}) == {"x": 1}
    assert stored("t", "k", dict, _fails) == {"x": 1}


def test_an_unwritable_cache_builds_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BAOCAO_CACHE_DIR", str(blocker / "cache"))
    assert stored("t", "k", dict, lambda: {"x": 1}) == {"x": 1}
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize("value", ["off", "0", "", " OFF "])
def test_the_cache_can_be_turned_off(tmp_path, monkeypatch, value):
    monkeypatch.setenv("BAOCAO_CACHE_DIR", value)
    monkeypatch.chdir(tmp_path)
    assert _diskcache.cache_dir() is None
    built = []
    for _ in range(2):
        stored("t", "k", dict, lambda: built.append(1) or {})
    assert built == [1, 1] and list(tmp_path.iterdir()) == []


def test_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("BAOCAO_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _diskcache.cache_dir() == tmp_path / "baocao"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert _diskcache.cache_dir() == tmp_path / ".cache" / "baocao"


def test_the_fingerprint_follows_content_name_and_extra(tmp_path):
    a = tmp_path / "vocabulary.txt"
    a.write_text("chỉ tiêu\n", encoding="utf-8")
    before = fingerprint([a])
    assert fingerprint([a]) == before
    a.write_text("chỉ tiêu\nthị trấn\n", encoding="utf-8")
    changed = fingerprint([a])
    assert changed != before
    os.utime(a, (0, 0))                        # the date alone changes nothing
    assert fingerprint([a]) == changed
    b = tmp_path / "common_words.txt"
    b.write_bytes(a.read_bytes())
    assert fingerprint([b]) != changed         # the same bytes under another name
    assert fingerprint([a], "x") != changed
    with pytest.raises(FileNotFoundError):
        fingerprint([tmp_path / "missing.txt"])


def test_the_lexicon_sources_include_its_data_and_code():
    from baocao.normalize.lexicon import sources
    names = {p.name for p in sources()}
    assert {"Viet74K.txt", "mapping.json", "vocabulary.txt", "common_words.txt",
            "lexicon.py"} <= names
    assert all(p.is_file() for p in sources())


@pytest.mark.slow
def test_a_second_process_reads_the_lexicon_and_model_back(tmp_path):
    env = dict(os.environ, BAOCAO_CACHE_DIR=str(tmp_path))
    code = ("import sys\n"
            "import baocao.normalize.lexicon as L, baocao.normalize.lm as M\n"
            "if sys.argv[1] == 'read':\n"
            "    def refuse(*a, **k):\n"
            "        sys.exit('built again')\n"
            "    L._build = M.build = M.runs = refuse\n"
            "lex, lm = L.lexicon(), M.maybe_model()\n"
            "print(len(lex.syllables), len(lex.bigrams), len(lm.pairs), lm.floor)\n")
    first = subprocess.run([sys.executable, "-c", code, "build"], env=env, capture_output=True,
                           text=True, check=True)
    assert sorted(p.name.split("-")[0] for p in tmp_path.iterdir()) == ["lexicon", "model"]
    again = subprocess.run([sys.executable, "-c", code, "read"], env=env, capture_output=True,
                           text=True)
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout
