"""The front doors: every name a public module exports exists and is documented, the callable
packages stay packages, and the options are checked once, before any work."""
import ast
import dataclasses
import importlib
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

import baocao
from baocao.options import RULE_KINDS, ExtractOptions, NormalizeOptions

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
# Modules whose names are the public surface: each must say what it exports.
MUST_EXPORT = ("baocao", "baocao.options", "baocao.extract", "baocao.normalize", "baocao.schema",
               "baocao.document", "baocao.report")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _exports() -> dict[str, list[str]]:
    """{module: its __all__} for every public module (no part of its name starts with "_") that
    has one, read from the source without importing it."""
    out = {}
    for path in sorted((SRC / "baocao").rglob("*.py")):
        name = _module_name(path)
        if any(part.startswith("_") for part in name.split(".")):
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
                out[name] = ast.literal_eval(node.value)
    return out


EXPORTS = _exports()
DOCS = "\n".join(p.read_text(encoding="utf-8")
                 for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])
CODE_SPANS = re.findall(r"`([^`\n]+)`", DOCS)
SOURCES = "\n".join(p.read_text(encoding="utf-8") for p in sorted((SRC / "baocao").rglob("*.py")))


def _own_docstring(obj) -> bool:
    if isinstance(obj, type):
        doc = obj.__dict__.get("__doc__")
        # a dataclass without a docstring is given its signature as one
        return bool(doc) and not (dataclasses.is_dataclass(obj) and doc.startswith(obj.__name__ + "("))
    return (callable(obj) or inspect.ismodule(obj)) and bool(getattr(obj, "__doc__", None))


def _documented(module, name: str) -> bool:
    obj = getattr(module, name)
    word = re.compile(rf"(?<![\w]){re.escape(name)}(?!\w)")
    return (_own_docstring(obj)
            or any(word.search(span) for span in CODE_SPANS)             # docs/ or the README
            or bool(word.search(module.__doc__ or ""))                    # the module's docstring
            # a "#:" comment on the line above its definition (what API reference tools read)
            or re.search(rf"^#:.*\n(?:#:.*\n)*{re.escape(name)}\b[^=\n]*=", SOURCES, re.M) is not None)


def test_the_front_door_modules_say_what_they_export():
    assert set(MUST_EXPORT) <= set(EXPORTS), sorted(set(MUST_EXPORT) - set(EXPORTS))


@pytest.mark.parametrize("module_name", sorted(EXPORTS))
def test_every_exported_name_exists_and_is_documented(module_name):
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:   # an optional dependency (pyspark, dask) that is not installed
        pytest.skip(str(exc))
    names = EXPORTS[module_name]
    assert len(names) == len(set(names)), names
    missing = [n for n in names if not hasattr(module, n)]
    assert not missing, missing
    undocumented = [n for n in names if not _documented(module, n)]
    assert not undocumented, undocumented


def test_the_public_functions_and_packages_are_at_the_root():
    assert set(baocao.__all__) <= set(dir(baocao))
    for name in baocao.__all__:
        assert getattr(baocao, name) is not None


def test_normalize_is_a_call_and_a_package():
    import baocao.normalize.ocr
    from baocao.normalize import Edit, normalize

    assert baocao.normalize("Thị trần Mường Ấng").text == "Thị trấn Mường Ảng"
    assert baocao.normalize("thị trần", NormalizeOptions(ocr=False)).text == "thị trần"
    assert baocao.normalize.ocr is baocao.normalize.ocr  # the modules stay reachable
    assert baocao.normalize.normalize is normalize and baocao.normalize.Edit is Edit
    assert inspect.ismodule(baocao.normalize) and callable(baocao.normalize)
    assert inspect.signature(baocao.normalize) == inspect.signature(normalize)  # help() shows the call


def test_extract_is_the_package_itself():
    import baocao.extract as ex
    from baocao.extract import extract

    assert ex is baocao.extract and inspect.ismodule(ex)
    assert ex.RULE_KINDS is RULE_KINDS and ex.extract is extract
    assert [r.kind for r in ex("vốn 28 tỷ đồng")] == ["money"]
    assert inspect.signature(ex) == inspect.signature(extract)


def test_importing_the_root_loads_neither_package_until_used():
    code = ("import sys, baocao\n"
            "before = 'baocao.normalize' in sys.modules, 'baocao.extract' in sys.modules\n"
            "n = baocao.normalize\n"
            "print(before, 'baocao.normalize' in sys.modules, type(n).__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["(False,", "False)", "True", "_Package"]


def test_old_names_are_the_new_objects():
    from baocao.normalize import DEFAULT_CONFIG, NormalizeConfig
    from baocao.schema import KINDS, RECORD_KINDS

    assert NormalizeConfig is NormalizeOptions and DEFAULT_CONFIG == NormalizeOptions()
    assert KINDS is RECORD_KINDS and set(RULE_KINDS) < set(RECORD_KINDS)
    text = "thị trần"
    assert baocao.normalize(text, config=NormalizeOptions(ocr=False)) == \
        baocao.normalize(text, NormalizeOptions(ocr=False))


def test_the_shortcuts_build_the_same_options():
    text = "Ngày 19/8/2020, Tỉnh xác định 03 KHẤU ĐỘT PHÁ, vốn 28 tỷ đồng"
    no_ocr = NormalizeOptions(ocr=False)
    for kinds in (None, {"money", "quantity"}, ["quantity"]):
        for normalize, options in ((True, NormalizeOptions()), (False, None), (no_ocr, no_ocr)):
            assert baocao.extract(text, kinds=kinds, normalize=normalize) == \
                baocao.extract(text, options=ExtractOptions(kinds=kinds, normalize=options))
    assert [r.kind for r in baocao.extract(text, kinds=["quantity"])] == ["quantity"]
    assert [r.kind for r in baocao.extract(text, options=ExtractOptions(kinds={"quantity"},
                                                                         normalize=no_ocr))] == []
    assert baocao.parse(text, normalize=no_ocr).records == \
        baocao.parse(text, options=ExtractOptions(normalize=no_ocr)).records
    assert baocao.parse(text, normalize=no_ocr).text == text != baocao.parse(text).text


def test_options_fail_where_they_are_made_naming_what_is_valid(monkeypatch):
    with pytest.raises(ValueError, match=r"unknown kinds \['monye'\]; the kinds are \['docref', 'date'"):
        ExtractOptions(kinds={"money", "monye"})
    with pytest.raises(TypeError, match="not the string 'money'"):
        ExtractOptions(kinds="money")
    with pytest.raises(ValueError, match="tone_style must be 'new', 'old' or None"):
        NormalizeOptions(tone_style="hoà")
    with pytest.raises(TypeError, match="ocr must be True or False"):
        NormalizeOptions(ocr="no")
    with pytest.raises(TypeError, match="True, False or a NormalizeConfig"):
        ExtractOptions(normalize={"ocr": False})
    assert ExtractOptions(kinds=["money"]).kinds == frozenset({"money"})
    assert ExtractOptions(normalize=False) == ExtractOptions(normalize=None)
    assert hash(ExtractOptions(kinds=["money"])) == hash(ExtractOptions(kinds={"money"}))

    # before any work: the text is not even normalized
    import baocao.document

    def no_work(*args, **kwargs):
        raise AssertionError("normalized before the options were checked")

    monkeypatch.setattr(baocao.document.Document, "from_text", no_work)
    with pytest.raises(ValueError, match="unknown kinds"):
        baocao.extract("vốn 28 tỷ đồng", kinds={"monye"})
    with pytest.raises(TypeError, match="not both"):
        baocao.extract("vốn 28 tỷ đồng", kinds={"money"}, options=ExtractOptions())
    with pytest.raises(ValueError, match="parse reads every kind"):
        baocao.parse("vốn 28 tỷ đồng", options=ExtractOptions(kinds={"money"}))
    with pytest.raises(TypeError, match="True, False or a NormalizeConfig"):
        baocao.parse("vốn 28 tỷ đồng", normalize=None)


def test_a_document_takes_the_options_of_its_layer():
    from baocao.document import Document

    d = Document("thị trần", normalize=NormalizeOptions(ocr=False))
    assert d.options == NormalizeOptions(ocr=False) and d.normalize and d.text == "thị trần"
    assert Document("thị trần").text == "thị trấn"
    plain = Document("thị trần", normalize=False)
    assert plain.options is None and not plain.normalize and plain.normalized is None
    assert Document.from_text("thị trần", config=NormalizeOptions(ocr=False)).text == "thị trần"


def _resolve(dotted: str):
    parts = dotted.split(".")
    obj = importlib.import_module(parts[0])
    for i, part in enumerate(parts[1:], 1):
        if not hasattr(obj, part):
            obj = importlib.import_module(".".join(parts[:i + 1]))   # a module not loaded yet
        obj = getattr(obj, part) if hasattr(obj, part) else obj
    return obj


@pytest.mark.parametrize("dotted", sorted(set(re.findall(r"(?<![\w/.])baocao(?:\.[A-Za-z_]\w*)+", DOCS))))
def test_every_name_the_docs_give_exists(dotted):
    try:
        _resolve(dotted)
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("baocao"):
            pytest.skip(str(exc))   # an optional dependency that is not installed
        raise
