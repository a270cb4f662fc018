"""The resolver's records made without their frozen dataclass's __init__ (resolve.context's
``unattached_figure`` and ``Figure.of``) are the records the dataclass makes: equal, the same hash,
repr and fields."""
import dataclasses

from baocao.resolve.context import Figure, Unattached, unattached_figure
from baocao.schema import Quantity


def test_unattached_figure_is_the_dataclass_record():
    for args in (("quantity", "5 ha", 0, 4, "no indicator phrase", 0, None),
                 ("money", "2 tỷ đồng", 10, 19, "why", None, 3)):
        fast, plain = unattached_figure(*args), Unattached(*args)
        assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
        assert dataclasses.asdict(fast) == dataclasses.asdict(plain)
        assert list(vars(fast)) == [f.name for f in dataclasses.fields(Unattached)]


def test_figure_of_is_the_dataclass_record():
    rec = Quantity(text="5 ha", start=3, end=7, value=5.0, unit="ha")
    fast, plain = Figure.of(rec, 0, 12), Figure(rec, 0, 12)
    assert fast == plain and repr(fast) == repr(plain) and (fast.start, fast.end) == (3, 7)
    assert list(vars(fast)) == [f.name for f in dataclasses.fields(Figure)]
