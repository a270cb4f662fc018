"""The disk cache of built tables (baocao.core.diskcache): a table is read back only when it was built
from the same sources, and un-pickled only when this user's processes wrote it; a bad, foreign or
unwritable cache costs a build, never an error and never someone else's code."""
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from baocao.core import diskcache as _diskcache
from baocao.core.diskcache import fingerprint, stored


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("BAOCAO_CACHE_DIR", str(folder))
    return folder


def _tables(folder):
    """The table files of the folder (not its secret)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def _fails():
    raise AssertionError("built although the cache holds the table")


def test_a_table_is_built_once_then_read_back(cache):
    built = []
    first = stored("t", "k1", dict, lambda: built.append(1) or {"thị trấn": 1})
    assert first == {"thị trấn": 1} and built == [1]
    assert _tables(cache) == ["t-k1.table"]
    assert stored("t", "k1", dict, _fails) == {"thị trấn": 1}


def test_arguments_are_passed_to_the_build(cache):
    assert stored("t", "k", dict, dict, {"a": 1}) == {"a": 1}


def test_a_new_key_replaces_the_stale_file_and_keeps_other_tables(cache):
    stored("t", "old", dict, dict)
    stored("u", "old", dict, dict)
    stored("t", "new", dict, lambda: {"x": 2})
    assert _tables(cache) == ["t-new.table", "u-old.table"]


@pytest.mark.parametrize("content", [b"", b"\x80\x05garbage", pickle.dumps(["a list"])])
def test_a_truncated_corrupt_or_foreign_file_is_rebuilt_and_replaced(cache, content):
    cache.mkdir()
    (cache / "t-k.table").write_bytes(content)
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
    assert sorted(p.split("-")[0] for p in _tables(tmp_path)) == ["lexicon", "model"]
    again = subprocess.run([sys.executable, "-c", code, "read"], env=env, capture_output=True,
                           text=True)
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout


# --- a planted file is never un-pickled (issue 16) ---------------------------------------------

class _Payload:
    """Un-pickling this writes a marker file: what a planted pickle could do."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (Path.write_text, (Path(self.marker), "ran"))


def _planted(marker):
    return pickle.dumps(_Payload(marker))


def test_the_planted_payload_runs_when_un_pickled(tmp_path):
    pickle.loads(_planted(tmp_path / "ran"))      # what the cache must never do with a planted file
    assert (tmp_path / "ran").read_text() == "ran"


def _sealed_file(cache, name):
    path = cache / name
    blob = path.read_bytes()
    head = len(_diskcache._MAGIC) + 32
    return path, blob[:head], blob[head:]


@pytest.mark.parametrize("name", ["t-k.table", "t-k.pickle"])
def test_a_planted_pickle_is_not_run_and_is_rebuilt(cache, tmp_path, name):
    cache.mkdir()
    marker = tmp_path / "ran"
    (cache / name).write_bytes(_planted(marker))
    assert stored("t", "k", dict, lambda: {"x": 1}) == {"x": 1}
    assert not marker.exists()
    assert stored("t", "k", dict, _fails) == {"x": 1}          # rebuilt, sealed, read back
    assert not marker.exists()


def test_a_planted_pickle_with_the_header_but_not_the_seal_is_not_run(cache, tmp_path):
    stored("t", "k", dict, lambda: {"x": 1})
    path, head, _ = _sealed_file(cache, "t-k.table")
    marker = tmp_path / "ran"
    path.write_bytes(head[:len(_diskcache._MAGIC)] + b"\0" * 32 + _planted(marker))
    os.chmod(path, 0o600)
    assert stored("t", "k", dict, lambda: {"x": 2}) == {"x": 2}
    assert not marker.exists()


def test_a_sealed_file_copied_under_another_name_is_not_read(cache):
    stored("t", "k", dict, lambda: {"x": 1})
    stored("u", "k", dict, lambda: {"y": 1})
    (cache / "u-k.table").write_bytes((cache / "t-k.table").read_bytes())
    assert stored("u", "k", dict, lambda: {"y": 2}) == {"y": 2}


def test_a_changed_byte_is_not_read(cache):
    stored("t", "k", dict, lambda: {"x": 1})
    path = cache / "t-k.table"
    blob = bytearray(path.read_bytes())
    blob[-3] ^= 1
    path.write_bytes(bytes(blob))
    assert stored("t", "k", dict, lambda: {"x": 2}) == {"x": 2}


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX modes")
def test_a_file_others_may_write_is_not_read(cache):
    stored("t", "k", dict, lambda: {"x": 1})
    os.chmod(cache / "t-k.table", 0o666)
    assert stored("t", "k", dict, lambda: {"x": 2}) == {"x": 2}
    assert (cache / "t-k.table").stat().st_mode & 0o777 == 0o600   # written again, private


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX modes")
def test_a_secret_others_may_read_is_no_secret(cache):
    stored("t", "k", dict, lambda: {"x": 1})
    secret = cache / ".secret"
    assert secret.stat().st_mode & 0o777 == 0o600
    os.chmod(secret, 0o644)
    assert stored("t", "k", dict, lambda: {"x": 2}) == {"x": 2}   # not read, and nothing sealed
    os.chmod(secret, 0o600)
    assert stored("t", "k", dict, _fails) == {"x": 1}


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX owners")
def test_a_file_of_another_owner_is_not_read(cache, monkeypatch):
    stored("t", "k", dict, lambda: {"x": 1})
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(cache).st_uid + 1)
    assert stored("t", "k", dict, lambda: {"x": 2}) == {"x": 2}


def test_a_symbolic_link_is_not_followed(cache, tmp_path):
    stored("t", "k", dict, lambda: {"x": 1})
    target = tmp_path / "elsewhere"
    os.replace(cache / "t-k.table", target)
    (cache / "t-k.table").symlink_to(target)
    assert stored("t", "k", dict, lambda: {"x": 2}) == {"x": 2}
