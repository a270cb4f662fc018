"""The indicator records a report builds without pydantic's validation (``baocao.extract.build_record``:
the resolver's values are of the record's types) are the records pydantic makes of the same fields, on
the seed documents; values of another type still go through pydantic."""
import math
from pathlib import Path

import pytest
from pydantic import ValidationError

import baocao
from baocao.extract import build_record
from baocao.schema import Indicator, IndicatorSummary

SEEDS = sorted((Path(__file__).parent / "corpus").glob("*.txt"))


def _same(a, b):
    assert type(a) is type(b) and a == b
    assert list(a.__dict__) == list(b.__dict__)
    for k, v in a.__dict__.items():
        w = b.__dict__[k]
        assert type(v) is type(w) and (v == w or (isinstance(v, float) and math.isnan(v) and math.isnan(w)))
    assert a.model_dump_json() == b.model_dump_json()


def test_the_seed_documents_indicators_equal_pydantics_records():
    assert len(SEEDS) >= 5
    seen = tables = 0
    calls = []
    real = Indicator.__pydantic_validator__

    class Spy:     # counts pydantic's validations of indicators while the reports are read
        def validate_python(self, *a, **k):
            calls.append(a)
            return real.validate_python(*a, **k)

    for path in SEEDS:
        Indicator.__pydantic_validator__ = Spy()
        try:
            indicators = baocao.parse(path.read_text(encoding="utf-8"), doc=path.stem).indicators
        finally:
            Indicator.__pydantic_validator__ = real
        for rec in indicators:
            _same(rec, type(rec).model_validate(rec.model_dump()))
            _same(rec, type(rec)(**{k: rec.__dict__[k] for k in rec.model_fields_set}))
            assert rec.model_fields_set <= set(type(rec).model_fields)
            seen += 1
            tables += getattr(rec, "source", None) == "table"
    # the prose indicators made without pydantic (a table's cells still go through it)
    assert seen - tables > 500 and len(calls) == tables, (seen, tables, len(calls))


def test_build_record_converts_or_raises_as_pydantic_does():
    f = dict(text="GRDP tăng 7%", start=3, end=15, name="GRDP", value=7.0, unit="%", figures=[[13, 15]],
             framing="actual", measure="growth", direction="tăng")
    _same(build_record(Indicator, dict(f)), Indicator(**f))
    for other in ({"value": 7}, {"figures": [(13, 15)]}, {"figures": [[13.0, 15]]}, {"figures": ((13, 15),)}):
        mine, theirs = build_record(Indicator, {**f, **other}), Indicator(**{**f, **other})
        _same(mine, theirs)
        assert type(mine.figures[0]) is list and type(mine.figures[0][0]) is int
    mine = build_record(Indicator, {k: v for k, v in f.items() if k != "figures"})   # not given: its own list
    assert mine.figures == [] and mine.figures is not Indicator(**{k: v for k, v in f.items() if k != "figures"}).figures
    assert "figures" not in mine.model_fields_set
    for bad in ({"framing": "later"}, {"name_start": -1}, {"end": 16}, {"figures": [[1, "x"]]}, {"extra": 1}):
        with pytest.raises(ValidationError):
            build_record(Indicator, {**f, **bad})
    s = dict(text="24/27 chỉ tiêu", start=0, end=14, count=24.0, total=27.0, figures=[[0, 5]])
    _same(build_record(IndicatorSummary, dict(s)), IndicatorSummary(**s))
    _same(build_record(IndicatorSummary, {**s, "count": 24}), IndicatorSummary(**{**s, "count": 24}))
