"""extract._base.make's own look-up (the span's four fields known, keyed by the fields given
only) makes the record the full path makes (``build`` of the same fields: pydantic's record, or
pydantic's error) for any fields, any document id and any span, on documents with and without
normalizer edits."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from baocao.document import Document
from baocao.extract import _base
from baocao.extract._base import build, make
from baocao.schema import Quantity
from test_record_building import _choices, _fields, _same

_TEXTS = ["Đàn gia súc đạt 42.719 con, trồng 5 ha rừng.",
          "Tổng  đàn   gia súc\u00a0đạt 42.719 con",      # spaces the normalizer folds: edits
          ""]


@st.composite
def _calls(draw):
    cls, fields = draw(_fields())
    for name in ("text", "start", "end", "doc"):     # make gives these itself
        fields.pop(name, None)
    literals = [n for n, f in cls.model_fields.items() if "Literal" in str(f.annotation)]
    if literals and draw(st.integers(0, 4)) == 0:   # a word of a Literal, or none of its words
        fields[draw(st.sampled_from(literals))] = draw(st.sampled_from(_choices(cls) + ["?"]))
    if draw(st.integers(0, 9)) == 0:    # a text given too: make's own wins
        fields["text"] = draw(st.sampled_from([0, "x", None]))
    text = draw(st.sampled_from(_TEXTS))
    doc = Document.from_text(text, draw(st.sampled_from([None, "d1"])))
    n = len(doc.text)
    start = draw(st.integers(0, n))
    end = draw(st.integers(start, n))
    return doc, cls, start, end, fields


def _full(doc, cls, start, end, fields):
    s, e = doc.span_to_original(start, end)
    return build(cls, {**fields, "text": doc.original[s:e], "start": s, "end": e, "doc": doc.doc})


@settings(max_examples=2000, deadline=None)
@given(_calls())
def test_make_makes_the_record_the_full_path_makes(call):
    doc, cls, start, end, fields = call
    try:
        theirs = _full(doc, cls, start, end, fields)
    except ValidationError as e:
        with pytest.raises(ValidationError) as mine:
            make(doc, cls, start, end, **dict(fields))
        assert mine.value.errors(include_context=False) == e.errors(include_context=False)
        return
    mine = make(doc, cls, start, end, **dict(fields))
    _same(mine, theirs)
    assert mine.text == doc.original[mine.start:mine.end]


def test_make_takes_its_own_path_for_the_rules_records():
    # the quantity of every "5 ha" is made by make's look-up, not by the full path
    doc = Document.from_text("trồng 5 ha rừng")
    calls = []
    real = _base._build
    _base._build = lambda *a: calls.append(a) or real(*a)
    try:
        rec = make(doc, Quantity,
                   6, 10, value=5.0, value_max=None, qualifier=None, unit="ha", per=None,
                   rule="quantity.number_unit", confidence=1.0)
    finally:
        _base._build = real
    assert calls == [] and (rec.text, rec.start, rec.end, rec.value) == ("5 ha", 6, 10, 5.0)
