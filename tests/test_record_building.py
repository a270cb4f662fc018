"""The cheap paths a report's records are built by: a copy with a few fields changed that equals
pydantic's own copy, and the garbage collector paused while they are built and given back as it
was on every way out."""
import gc
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import baocao
from baocao.core.collector import paused
from baocao.extract import copy_with
from baocao.schema import Percentage, Quantity

TEXT = "Đàn gia súc đạt 42.719 con, đạt 71% NQĐH⁶. Sản lượng lúa 5 ha.\n\n⁶ Trong đó: Đàn trâu 4.230 con.\n"


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 50), st.one_of(st.none(), st.integers(0, 99)),
       st.one_of(st.none(), st.text(max_size=20)))
def test_copy_with_equals_model_copy(start, length, sentence, section):
    rec = Percentage(text="x" * length, start=start, end=start + length, value=5.0)
    update = {"sentence": sentence, "section": section}
    mine, theirs = copy_with(rec, update, {}), rec.model_copy(update=update)
    assert mine == theirs
    assert mine.model_fields_set == theirs.model_fields_set
    assert mine.model_dump_json() == theirs.model_dump_json()
    assert rec.sentence is None and rec.model_fields_set == {"text", "start", "end", "value"}


def test_copy_with_shares_one_fields_set_and_never_changes_it():
    sets = {}
    a = Quantity(text="5 ha", start=0, end=4, value=5.0, unit="ha")
    b = Quantity(text="5 ha", start=5, end=9, value=5.0, unit="ha")
    b = b.model_copy()   # another set object, equal to a's
    x, y = copy_with(a, {"sentence": 0}, sets), copy_with(a, {"sentence": 1}, sets)
    assert x.model_fields_set is y.model_fields_set
    assert x.model_fields_set == {"text", "start", "end", "value", "unit", "sentence"}
    assert a.model_fields_set == {"text", "start", "end", "value", "unit"}
    z = copy_with(x, {"page": 2}, sets)
    assert z.model_fields_set == x.model_fields_set | {"page"} and "page" not in x.model_fields_set
    assert copy_with(b, {"sentence": 0}, sets).model_fields_set == x.model_fields_set


def test_parse_records_equal_their_model_copies():
    report = baocao.parse(TEXT)
    fig = [r for r in report.records if r.kind != "footnote"]
    assert [r.sentence for r in fig] == [0, 0, 1, 0] and fig[-1].footnote == 6
    for r in fig:
        assert r == type(r).model_validate(r.model_dump())


def test_paused_restores_the_collector_on_every_exit():
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError):
        with paused():
            raise KeyError("x")
    assert gc.isenabled()
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()    # off before: left off
    finally:
        gc.enable()


def test_parse_gives_the_collector_back_after_an_error(monkeypatch):
    import baocao.report as report_module

    def broken(*args, **kwargs):
        raise RuntimeError("rule failed")

    monkeypatch.setattr(report_module, "extract_document", broken)
    with pytest.raises(RuntimeError):
        baocao.parse(TEXT)
    assert gc.isenabled()
    monkeypatch.undo()
    report = baocao.parse(TEXT)
    assert gc.isenabled()
    assert report.indicators is not None and gc.isenabled()


def test_paused_in_threads_gives_the_collector_back_once_all_leave():
    inside, leave = threading.Barrier(3), threading.Event()

    def work():
        with paused():
            inside.wait()
            leave.wait()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    inside.wait()
    assert not gc.isenabled()
    leave.set()
    for t in threads:
        t.join()
    assert gc.isenabled()


def test_a_records_fields_read_from_its_dict_are_its_attributes():
    from baocao.resolve.context import is_per_year, qualifier_of, unit_of, value_of

    text = open("tests/corpus/000_2091ac59a1d652e0.txt", encoding="utf-8").read() + (
        "\nDoanh thu khoảng 1.200 - 1.500 tỷ đồng/năm, tăng 5%/năm, 33/37 xã đạt chuẩn, 812/700 ha, "
        "năng suất trên 60 tạ/ha, 3-5 triệu USD.\n")
    figures = [r for r in baocao.extract(text) if r.kind in {"percentage", "fraction", "money", "quantity"}]
    assert {r.kind for r in figures} == {"percentage", "fraction", "money", "quantity"}
    for r in figures:
        for name in ("unit", "per", "value_max", "qualifier", "per_year", "currency"):
            assert r.__dict__.get(name) == getattr(r, name, None)
        assert (is_per_year(r), qualifier_of(r)) == (bool(getattr(r, "per_year", False)), getattr(r, "qualifier", None))
        if r.kind in {"fraction", "quantity"}:
            assert unit_of(r) == (getattr(r, "unit", None), getattr(r, "per", None))
        if r.kind != "fraction":
            assert value_of(r) == (r.value, getattr(r, "value_max", None))


_PIECES = st.sampled_from(["5 ha", " ", ", ", "12/15", "(", ")", "-", "3%", "⁶", "đạt", "tăng", "diện tích",
                           "lúa", "; ", ": ", "năm 2024", "4 xã", "7 tỷ đồng", "a", "/", "\n", ". "])


@settings(max_examples=40, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30).map(" ".join))
def test_the_no_letter_pretest_changes_no_phrase(monkeypatch_text):
    """A span without a letter is never asked for its name: the answers are those of the full
    reading (the pre-test off)."""
    from baocao.resolve import phrases

    def rows(report):
        return ([r.model_dump_json() for r in report.indicators],
                [(u.start, u.end, u.reason) for u in report.unattached])

    fast = rows(baocao.parse(monkeypatch_text))
    original = phrases.has_letter
    phrases.has_letter = lambda text, a, b: True
    try:
        full = rows(baocao.parse(monkeypatch_text))
    finally:
        phrases.has_letter = original
    assert fast == full


# ----- records built without pydantic where pydantic would keep every value (extract._base.build)
import math
import typing

from pydantic import ValidationError

from baocao.extract._base import build
from baocao.schema import records as _records

_CLASSES = [c for c in vars(_records).values()
            if isinstance(c, type) and issubclass(c, _records._Base) and "kind" in c.model_fields]


def _choices(cls):
    out = []
    for f in cls.model_fields.values():
        for a in typing.get_args(f.annotation) or (f.annotation,):
            out += [c for c in typing.get_args(a) if isinstance(c, str)] if typing.get_origin(a) is typing.Literal else []
    return out


def _values(cls):
    return st.one_of(st.none(), st.booleans(), st.integers(-3, 40), st.integers(2**62, 2**64),
                     st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0.0, 0.5, 1.0, 1.5, -0.0]),
                     st.text(max_size=6), st.sampled_from(_choices(cls) + ["?"]), st.just([1]),
                     st.sampled_from([[[1, 2]], [[1, 2.0]], [(1, 2)], [], [[True, 2]], [[1, 2], [3]]]))


def _good(annotation):
    """Values of the field's own type (and, for numbers, near its bounds)."""
    out = []
    for a in typing.get_args(annotation) if typing.get_origin(annotation) is typing.Union else (annotation,):
        if a is type(None):
            out.append(st.none())
        elif a is str:
            out.append(st.text(max_size=5))
        elif a is bool:
            out.append(st.booleans())
        elif a is int:
            out.append(st.integers(-1, 60))
        elif a is float:
            out.append(st.floats(-0.5, 1.5) | st.sampled_from([0.0, 1.0, 12.5]))
        elif typing.get_origin(a) is typing.Literal:
            out.append(st.sampled_from(typing.get_args(a)))
        else:
            out.append(st.none())
    return st.one_of(out)


@st.composite
def _fields(draw):
    cls = draw(st.sampled_from(_CLASSES))
    fields = {}
    odd = draw(st.sampled_from([0, 0.1, 0.5]))        # the share of fields left out or of another type
    for name, f in cls.model_fields.items():
        if draw(st.floats(0, 1)) < (odd if f.is_required() else 0.5):
            continue                       # left out (a required one: pydantic raises)
        fields[name] = draw(_values(cls) if draw(st.floats(0, 1)) < odd else _good(f.annotation))
    if draw(st.booleans()):                # a span as long as its text, most of the time
        text = draw(st.text(max_size=8))
        start = draw(st.integers(0, 50))
        fields.update(text=text, start=start, end=start + len(text) + draw(st.sampled_from([0, 0, 0, 1])))
    if draw(st.integers(0, 9)) == 0:
        fields["unknown"] = 1
    return cls, fields


def _same(a, b):
    assert type(a) is type(b) and a == b
    assert list(a.__dict__) == list(b.__dict__)
    for k, v in a.__dict__.items():
        w = b.__dict__[k]
        assert type(v) is type(w) and (v == w or (isinstance(v, float) and math.isnan(v) and math.isnan(w)))
    assert a.model_fields_set == b.model_fields_set
    assert a.__pydantic_extra__ == b.__pydantic_extra__ and a.__pydantic_private__ == b.__pydantic_private__
    assert a.model_dump_json() == b.model_dump_json()


_SEEN, _BUILT = [], []


@settings(max_examples=3000, deadline=None)
@given(_fields())
def test_build_makes_the_record_pydantic_makes_or_raises_as_it_does(cls_fields):
    cls, fields = cls_fields
    _SEEN.append(cls)
    try:
        theirs = cls(**fields)
    except ValidationError as e:
        with pytest.raises(ValidationError) as mine:
            build(cls, dict(fields))
        assert mine.value.errors(include_context=False) == e.errors(include_context=False)
        return
    _same(build(cls, dict(fields)), theirs)
    _BUILT.append(cls)


def test_build_skips_pydantic_for_the_values_the_rules_give():
    # the quantity of every "5 ha": every field of its exact type, no pydantic call
    fields = dict(text="5 ha", start=0, end=4, doc=None, value=5.0, value_max=None, qualifier=None,
                  unit="ha", per=None, rule="quantity.number_unit", confidence=1.0)
    calls = []
    real = _records.Quantity.__pydantic_validator__

    class Spy:
        def validate_python(self, *a, **k):
            calls.append(a)
            return real.validate_python(*a, **k)
    _records.Quantity.__pydantic_validator__ = Spy()
    try:
        rec = build(_records.Quantity, dict(fields))
        _records.Quantity.__pydantic_validator__ = real
        _same(rec, _records.Quantity(**fields))
        assert calls == []
        _records.Quantity.__pydantic_validator__ = Spy()
        assert build(_records.Quantity, {**fields, "value": 5}).value == 5.0   # an int: pydantic's float
        assert len(calls) == 1
    finally:
        _records.Quantity.__pydantic_validator__ = real


_EVERY_KIND = ("Năm 2024, tỷ lệ hộ nghèo còn 2,5%; thu ngân sách 28 tỷ đồng [1]; trồng 2.815 ha rừng; "
               "113/118 bản có điện; nhiệm kỳ 2020 - 2025; ngày 19/8/2020; theo Nghị quyết số 12/NQ-TU.\n\n"
               "[1] Báo cáo của UBND huyện.\n")


def test_build_makes_every_record_kind_the_rules_give_as_pydantic_does():
    # deterministic beside the property above: each kind's real record, rebuilt from its own fields
    # (random fields rarely make a valid record of a class with many required fields, e.g. Period)
    made = {"percentage", "money", "quantity", "fraction", "term", "date", "period", "docref", "footnote"}
    seen = set()
    for rec in baocao.parse(_EVERY_KIND).records:
        cls, fields = type(rec), dict(rec.__dict__)
        _same(build(cls, dict(fields)), cls(**fields))
        seen.add(rec.kind)
    assert made <= seen, made - seen
