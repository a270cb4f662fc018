"""What importing baocao loads: the rules, the normalizer, pydantic and pandas only when used.

A Dask client lists files and gathers tables; a batch worker writing JSONL never makes a frame. Each
check runs in a fresh interpreter, since this one has loaded everything already.
"""
import json
import subprocess
import sys

import pytest

import baocao
from baocao.extract import RULE_KINDS, _extractors

HEAVY = ("pandas", "pydantic", "baocao.extract.date", "baocao.extract.money", "baocao.normalize",
         "baocao.normalize.ocr", "baocao.schema.records", "baocao.report", "yaml")


def _loaded_after(statement: str) -> set:
    code = f"import sys, json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


@pytest.mark.parametrize("module", ["baocao", "baocao.batch", "baocao.inputs",
                                    "baocao.schema.columns"])
def test_importing_loads_no_rules_normalizer_or_models(module):
    loaded = _loaded_after(f"import {module}")
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


@pytest.mark.dask
@pytest.mark.slow
def test_the_dask_client_side_loads_no_rules_or_normalizer(tmp_path):
    pytest.importorskip("dask.dataframe")
    pytest.importorskip("distributed")
    (tmp_path / "a.txt").write_text("vốn 28 tỷ đồng", encoding="utf-8")
    loaded = _loaded_after("import baocao.dask\n"
                           f"baocao.dask.extract({str(tmp_path)!r})")  # lists, builds the graph
    light = set(HEAVY) - {"pandas", "yaml"}  # dask.dataframe needs pandas; dask reads yaml
    assert not loaded & light, sorted(loaded & light)


@pytest.mark.slow
def test_first_call_loads_what_it_needs():
    code = ("import baocao\n"
            "r = baocao.extract('đạt 141% NQĐH')\n"
            "p = baocao.parse('Tổng vốn 28 tỷ đồng.')\n"
            "print(r[0].kind, r[0].value, [x.kind for x in p.records])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["percentage", "141.0", "['money']"]


def test_kinds_name_the_extractors_in_precedence_order():
    assert tuple(m.KIND for m in _extractors()) == RULE_KINDS
    from baocao.extract import EXTRACTORS
    assert EXTRACTORS == _extractors()


def test_extract_stays_the_function_after_its_subpackage_modules_load():
    from baocao.extract import date  # noqa: F401 - a submodule import must not rebind the name
    assert callable(baocao.extract)
    assert [r.kind for r in baocao.extract("ngày 19/8/2020")] == ["date"]


def test_lazy_names_are_listed_and_unknown_ones_fail():
    assert {"parse", "extract", "to_frame"} <= set(dir(baocao))
    assert "Record" in dir(baocao.schema)
    with pytest.raises(AttributeError, match="no_such"):
        baocao.no_such
    with pytest.raises(AttributeError, match="no_such"):
        baocao.schema.no_such
    import baocao.extract as pkg  # the package, callable as its function
    assert callable(pkg)
    with pytest.raises(ImportError):
        from baocao.extract import no_such  # noqa: F401
    assert json.dumps(baocao.schema.json_schema())  # the models load on first use
