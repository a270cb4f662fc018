"""Hostile inputs in a batch run: names that are not UTF-8, invalid bytes, duplicate ids, unreadable
and deeply nested folders, inputs without end and decompression bombs.

Each case is one error row naming the file (or one warning), every other document read whole, and
every output valid. The generators here are small (a few MB at most), so the file stays quick.
"""
from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from side_rows import side_rows
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from baocao.cli import main
from baocao.core.decoding import DecodeError, decode_bytes
from baocao.errors import LoadError
from baocao.inputs import InputOptions, Source, iter_sources, load

TEXT = "Doanh thu đạt 28 tỷ đồng, tăng 5,6% so với năm 2023.\n"


def _docs(sources):
    return [s.doc for s in sources]


# ---------------------------------------------------------------------------------------------
# 1. File names that are not UTF-8, ids holding lone surrogates


def _bad_names(tmp_path: Path) -> Path:
    folder = os.path.join(os.fsencode(tmp_path), b"d")
    os.mkdir(folder)
    for name in (b"a.txt", b"caf\xe9.txt", b"z.txt"):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(TEXT.encode())
    return Path(os.fsdecode(folder))


def test_non_utf8_file_name_is_read_and_shown_escaped(tmp_path):
    folder = _bad_names(tmp_path)
    sources = list(iter_sources([str(folder)]))
    assert _docs(sources) == [f"{folder}/a.txt", f"{folder}/caf\\xe9.txt", f"{folder}/z.txt"]
    # the path is kept losslessly (surrogateescape): it opens the file
    assert os.fsencode(sources[1].path).endswith(b"/caf\xe9.txt")
    assert load(sources[1]).text == TEXT
    for s in sources:
        s.doc.encode("utf-8")   # every doc is valid UTF-8


def test_lone_surrogate_id_and_text(tmp_path):
    table = tmp_path / "t.jsonl"
    table.write_text('{"id": "a\\ud800b", "text": "28 t\\u1ef7 \\udce9 \\u0111\\u1ed3ng"}\n'
                     '{"id": "ok", "text": "x"}\n', encoding="utf-8")
    sources = list(iter_sources([str(table)], InputOptions(text_column="text", id_column="id")))
    assert _docs(sources) == ["a\\ud800b", "ok"]
    loaded = load(sources[0])
    assert loaded.text == "28 tỷ \ufffd đồng"             # same length: offsets unchanged
    assert "1 lone surrogate" in loaded.meta["decoding"]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_non_utf8_names_every_output_valid(tmp_path, fmt, capsys):
    folder = _bad_names(tmp_path)
    out = tmp_path / f"out.{fmt}"
    assert main(["extract", str(folder), "-o", str(out), "--format", fmt, "--no-ocr", "-q"]) == 0
    if fmt == "jsonl":
        docs = [json.loads(line)["doc"] for line in out.read_text("utf-8").splitlines()]
    elif fmt == "csv":
        docs = list(pd.read_csv(out)["doc"])
    else:
        docs = list(pd.read_parquet(out)["doc"])
    assert list(dict.fromkeys(docs)) == [f"{folder}/a.txt", f"{folder}/caf\\xe9.txt",
                                          f"{folder}/z.txt"]
    documents = [row["doc"] for row in side_rows(tmp_path / f"out.documents.{fmt}")]
    assert len(documents) == 3


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_lone_surrogate_id_every_output_valid(tmp_path, fmt, capsys):
    table = tmp_path / "t.jsonl"
    table.write_text('{"id": "a\\ud800", "text": "v\u1ed1n 28 t\u1ef7 \u0111\u1ed3ng \\udce9"}\n'
                     '{"id": "b", "text": "v\u1ed1n 5 t\u1ef7 \u0111\u1ed3ng"}\n', encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    assert main(["extract", str(table), "--text-column", "text", "--id-column", "id",
                 "-o", str(out), "--format", fmt, "--no-ocr", "-q"]) == 0
    df = pd.read_csv(out) if fmt == "csv" else pd.read_parquet(out)
    assert list(dict.fromkeys(df["doc"])) == ["a\\ud800", "b"]
    assert "28 tỷ đồng" in set(df["text"])


# ---------------------------------------------------------------------------------------------
# 2. One invalid byte in a JSONL file or on stdin


def _jsonl_with_bad_byte() -> bytes:
    rows = [json.dumps({"text": f"dòng {i}: 28 tỷ đồng"}, ensure_ascii=False).encode()
            for i in range(1, 7)]
    rows[3] = rows[3].replace(b"28", b"2\xff8")   # row 4: one byte that is not UTF-8
    return b"\n".join(rows) + b"\n"


def test_invalid_byte_in_jsonl_file(tmp_path):
    table = tmp_path / "t.jsonl"
    table.write_bytes(_jsonl_with_bad_byte())
    sources = list(iter_sources([str(table)], InputOptions(text_column="text")))
    assert _docs(sources) == [f"{table}#{i}" for i in range(1, 7)]
    bad = [s for s in sources if s.error]
    assert len(bad) == 1 and bad[0].doc == f"{table}#4" and bad[0].error[1] == "DecodeError"
    assert [s.text for s in sources if not s.error][-1] == "dòng 6: 28 tỷ đồng"


def test_invalid_byte_on_stdin():
    stdin = io.BytesIO(_jsonl_with_bad_byte())
    sources = list(iter_sources(["-"], InputOptions(text_column="text"), stdin=stdin))
    assert _docs(sources) == [f"<stdin>#{i}" for i in range(1, 7)]
    assert [s.doc for s in sources if s.error] == ["<stdin>#4"]


def test_invalid_byte_in_csv_file(tmp_path):
    table = tmp_path / "t.csv"
    table.write_bytes("text\nmột 28 tỷ\nhai\n".encode() + b"ba \xff\nb\xf6n\n" + "năm\n".encode())
    sources = list(iter_sources([str(table)], InputOptions(text_column="text")))
    assert _docs(sources) == [f"{table}#{i}" for i in range(1, 6)]
    assert [s.doc for s in sources if s.error] == [f"{table}#3", f"{table}#4"]
    assert sources[4].text == "năm"


# ---------------------------------------------------------------------------------------------
# 3. A few invalid bytes in a UTF-8 document


def test_one_invalid_byte_is_replaced():
    body = (TEXT * 2000).encode()          # about 110 KB
    data = body[:50_000] + b"\xff" + body[50_000:]
    d = decode_bytes(data, "a.txt")
    assert d.encoding == "utf-8"
    assert d.text.count("\ufffd") == 1 and d.text.replace("\ufffd", "") == TEXT * 2000
    assert "1 invalid byte replaced by U+FFFD" in d.note and "50000" in d.note


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộớờởỡợứừửữự ,.\n",
               min_size=40, max_size=400), st.data())
def test_one_invalid_byte_anywhere_is_replaced(text, data):
    """A byte that is not UTF-8, between any two characters of Vietnamese text: read as UTF-8,
    the byte a U+FFFD and the rest as it was."""
    text = unicodedata.normalize("NFC", text)
    assume(len(text.encode()) - len(text) >= 4 * 3)    # enough letters outside ASCII
    cut = data.draw(st.integers(0, len(text)))
    raw = text[:cut].encode() + b"\xff" + text[cut:].encode()
    d = decode_bytes(raw)
    assert d.encoding == "utf-8" and d.replaced == 1
    assert d.text == text[:cut] + "\ufffd" + text[cut:]
    assert f"at byte {len(text[:cut].encode())})" in d.note


def test_truncated_last_character():
    data = TEXT.encode() * 3 + "tỷ".encode()[:-1]          # "ỷ" is 3 bytes: 2 remain
    d = decode_bytes(data, "a.txt")
    assert d.encoding == "utf-8" and d.text == TEXT * 3 + "t\ufffd"
    assert "2 invalid bytes" in d.note


def test_many_invalid_bytes_are_not_utf8():
    # TCVN3 text holds invalid UTF-8 bytes on every other word: legacy decoding, as before
    d = decode_bytes(b"T\xfb l\xd6 h\xe9 ngh\xcco gi\xb6m 5,61%/n\xa8m")
    assert d.encoding == "tcvn3" and "\ufffd" not in d.text
    # ASCII text with curly quotes from Windows-1252: no valid UTF-8 letter, read as before
    d = decode_bytes(b"He said \x93yes\x94 " * 200)
    assert d.encoding == "cp1258" and "\ufffd" not in d.text
    d = decode_bytes(b"He said \x93yes\x94 " + b"and went on. " * 1000)   # 2 bytes in 13 KB
    assert d.encoding == "cp1258" and "\ufffd" not in d.text
    with pytest.raises(DecodeError):     # no encoding reads it, as before
        decode_bytes(b"Le caf\xe9 est tr\xe8s bon \xe0 Paris")
    # more than 1% invalid within UTF-8 text: not UTF-8
    with pytest.raises(DecodeError):
        decode_bytes((TEXT.encode() + b"\xff\xfe\xfd") * 100)


@pytest.mark.slow
def test_replaced_bytes_in_documents_table_and_warning(tmp_path, capsys):
    from baocao.batch import BatchOptions, process

    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode() * 50 + b"\xc0" + TEXT.encode() * 50)
    res = process(Source(doc=str(path), path=str(path)), BatchOptions(ocr=False))
    assert res.error is None
    assert "1 invalid byte replaced by U+FFFD" in res.meta["decoding"]
    assert any("U+FFFD" in w for w in res.warnings)


# ---------------------------------------------------------------------------------------------
# 4. Duplicate ids, unreadable sub-folders, deep folders


def test_duplicate_ids_are_error_rows(tmp_path):
    table = tmp_path / "t.jsonl"
    table.write_text("".join(json.dumps({"id": i, "text": f"t{n}"}) + "\n"
                             for n, i in enumerate(["a", "b", "a", "c", "b"], 1)))
    sources = list(iter_sources([str(table)], InputOptions(text_column="text", id_column="id")))
    assert _docs(sources) == ["a", "b", f"{table}#3", "c", f"{table}#5"]
    assert sources[2].error[:2] == ("table", "DuplicateId")
    assert "row 1" in sources[2].error[2] and "'a'" in sources[2].error[2]
    assert [s.text for s in sources if not s.error] == ["t1", "t2", "t4"]


def test_duplicate_ids_in_csv(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("id,text\nx,one\nx,two\n")
    sources = list(iter_sources([str(table)], InputOptions(text_column="text", id_column="id")))
    assert _docs(sources) == ["x", f"{table}#2"]
    assert sources[1].error[1] == "DuplicateId"


def test_unreadable_sub_folder_is_an_error_row(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(TEXT)
    (tmp_path / "z.txt").write_text(TEXT)
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    sources = list(iter_sources([str(tmp_path)]))
    assert _docs(sources) == [f"{tmp_path}/a.txt", f"{tmp_path}/locked", f"{tmp_path}/z.txt"]
    assert sources[1].error[:2] == ("read", "PermissionError")
    assert "folder" in sources[1].error[2]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_unreadable_sub_folder_really(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(TEXT)
    os.chmod(tmp_path / "locked", 0)
    try:
        sources = list(iter_sources([str(tmp_path)]))
    finally:
        os.chmod(tmp_path / "locked", stat.S_IRWXU)
    assert [s.error[1] for s in sources] == ["PermissionError"]


@pytest.mark.slow
def test_deep_folder_is_walked():
    # not below tmp_path: pytest removes old temporary folders with shutil.rmtree, which
    # recurses, so a deep folder left there by an interrupted run would break later runs
    top = tempfile.mkdtemp(prefix="baocao-deep-")
    depth = sys.getrecursionlimit() + 50
    deep = top
    try:
        for _ in range(depth):          # os.makedirs itself recurses
            deep = os.path.join(deep, "d")
            os.mkdir(deep)
        with open(os.path.join(deep, "a.txt"), "w") as f:
            f.write(TEXT)
        with open(os.path.join(top, "b.txt"), "w") as f:
            f.write(TEXT)
        sources = list(iter_sources([top]))
        assert _docs(sources) == [f"{top}/b.txt", os.path.join(deep, "a.txt")]
    finally:   # Python 3.11's os.walk and shutil.rmtree recurse; rm does not
        subprocess.run(["rm", "-rf", top], check=True)


def test_walk_order_is_sorted_files_and_folders_together(tmp_path):
    for rel in ("a/x.txt", "a.txt", "b/c/y.txt", "b/a.txt", "c.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(TEXT)
    docs = _docs(iter_sources([str(tmp_path)]))
    assert docs == [str(p) for p in sorted(tmp_path.rglob("*.txt"))]


# ---------------------------------------------------------------------------------------------
# 5. Size limits


def test_symlink_to_dev_zero_is_one_error_row(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    os.symlink("/dev/zero", tmp_path / "zero.jsonl")
    os.symlink("/dev/zero", tmp_path / "zero.csv")
    (tmp_path / "z.txt").write_text(TEXT)
    sources = list(iter_sources([str(tmp_path)], InputOptions(text_column="text")))
    assert _docs(sources) == [f"{tmp_path}/{n}" for n in
                              ("a.txt", "z.txt", "zero.csv", "zero.jsonl", "zero.txt")]
    errors = {}
    for s in sources:
        try:
            load(s)
        except LoadError as exc:
            errors[os.path.basename(s.doc)] = exc
    assert sorted(errors) == ["zero.csv", "zero.jsonl", "zero.txt"]
    assert all(e.error == "NotAFile" for e in errors.values())
    # named explicitly, too
    with pytest.raises(LoadError, match="device"):
        load(Source(doc="/dev/zero", path="/dev/zero"))


def test_pipe_in_a_folder_or_pattern_is_never_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text(TEXT)
    for args in ([str(tmp_path)], [str(tmp_path / "*.txt")]):
        sources = list(iter_sources(args))
        assert [(os.path.basename(s.doc), s.error and s.error[1]) for s in sources] == [
            ("a.txt", None), ("pipe.txt", "NotAFile")]


def test_file_over_the_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(TEXT.encode() * 100)
    with pytest.raises(LoadError) as info:
        load(Source(doc="big.txt", path=str(big)), max_bytes=1000)
    assert info.value.error == "TooLarge" and "--max-bytes" in info.value.message
    assert load(Source(doc="big.txt", path=str(big)), max_bytes=0).text == TEXT * 100


def test_pipe_over_the_limit(tmp_path):
    r, w = os.pipe()
    os.write(w, b"x" * 5000)
    os.close(w)
    try:
        with pytest.raises(LoadError, match="size limit"):
            load(Source(doc="pipe", path=f"/dev/fd/{r}"), max_bytes=1000)
    finally:
        os.close(r)


def test_stdin_over_the_limit():
    sources = list(iter_sources(["-"], InputOptions(max_bytes=100),
                                stdin=io.BytesIO(b"x" * 1000)))
    assert len(sources) == 1 and sources[0].error[1] == "TooLarge"


def test_long_table_row_over_the_limit(tmp_path):
    table = tmp_path / "t.jsonl"
    table.write_text(json.dumps({"text": "a"}) + "\n" + json.dumps({"text": "b" * 5000}) + "\n"
                     + json.dumps({"text": "c"}) + "\n")
    sources = list(iter_sources([str(table)], InputOptions(text_column="text", max_bytes=1000)))
    assert _docs(sources) == [f"{table}#{i}" for i in (1, 2, 3)]
    assert sources[1].error[1] == "TooLarge" and sources[2].text == "c"
    csv_table = tmp_path / "t.csv"
    csv_table.write_text("text\na\n" + "b" * 5000 + "\nc\n")
    sources = list(iter_sources([str(csv_table)], InputOptions(text_column="text",
                                                                max_bytes=1000)))
    assert [s.error[1] if s.error else s.text for s in sources] == ["a", "TooLarge", "c"]


def _docx_bomb(path: Path, member_bytes: int) -> None:
    """A .docx-shaped zip whose document part expands to `member_bytes` zeros."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            block = b"\0" * (1 << 20)
            for _ in range(member_bytes >> 20):
                f.write(block)


def test_docx_bomb_is_one_error_row(tmp_path):
    pytest.importorskip("docx")
    bomb = tmp_path / "bomb.docx"
    _docx_bomb(bomb, 8 << 20)                        # 8 MB of zeros, about 8 KB packed
    assert bomb.stat().st_size < 64 << 10
    with pytest.raises(LoadError) as info:
        load(Source(doc="bomb.docx", path=str(bomb)), max_bytes=4 << 20)
    assert info.value.error == "DecompressionBomb" and "--max-bytes" in info.value.message


@pytest.mark.slow
def test_docx_bomb_default_limit(tmp_path):
    pytest.importorskip("docx")
    bomb = tmp_path / "bomb.docx"
    _docx_bomb(bomb, 600 << 20)                      # past the default 512 MB
    with pytest.raises(LoadError) as info:
        load(Source(doc="bomb.docx", path=str(bomb)))
    assert info.value.error == "DecompressionBomb"


@pytest.mark.slow
def test_cli_max_bytes(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "big.txt").write_text(TEXT * 100)
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "big.txt"),
                 str(tmp_path / "zero.txt"), "--max-bytes", "1K", "-o", str(out), "-q",
                 "--no-ocr"]) == 1
    errors = [json.loads(line) for line in
              (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert [(os.path.basename(e["doc"]), e["error"]) for e in errors] == [
        ("big.txt", "TooLarge"), ("zero.txt", "NotAFile")]
    assert {json.loads(line)["doc"] for line in out.read_text().splitlines()} == {
        str(tmp_path / "a.txt")}


@pytest.mark.parametrize("column", [None, "text"])
def test_stdin_from_a_device_is_one_error_row(column):
    # `baocao extract - < /dev/zero` (or its JSONL rows) would read without end
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    with open("/dev/zero", "rb") as zero:
        sources = list(iter_sources(["-"], InputOptions(text_column=column), stdin=zero))
    assert [(s.doc, s.error[:2]) for s in sources] == [("<stdin>", ("read", "NotAFile"))]
