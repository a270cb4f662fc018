"""The document's place in a lead's words (places.HomePattern) is read with one pattern written for every
province, compiled once, and gives the match of the pattern written for the document's province alone."""
from __future__ import annotations

import itertools

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.resolve import places
from baocao.resolve.metadata import _admin

PROVINCES = sorted(_admin()[2])
PIECES = ["cua", "tinh", "thanh pho", "tp.", "tp", "dia phuong", "dat", "co", "ghi nhan", "duy tri", "grdp",
          "tang truong", "o", "ha", "nam", "binh", "thai", ",", "  ", "\n"] + PROVINCES


def _own(home: str) -> list[regex.Pattern[str]]:
    """The patterns as written for ``home`` alone (the code before the patterns of every province)."""
    name = regex.escape(home)
    return [regex.compile(t) for t in places._home_texts(name, name)]


def _same(home: str, text: str) -> None:
    lead, tail, at_end = places._home_patterns(home)
    own_lead, own_tail, own_at_end = _own(home)
    for mine, own, anchored in ((lead, own_lead, True), (tail, own_tail, False), (at_end, own_at_end, False)):
        m = mine.match(text) if anchored else mine.search(text)
        o = own.match(text) if anchored else own.search(text)
        assert (m is None) == (o is None), (home, text)
        if m is not None and o is not None:
            assert m.span() == o.span() and m.group() == o.group(), (home, text)
            if own is own_at_end:
                assert m.group("bare") == o.group("bare"), (home, text)


def test_every_province_in_the_usual_places():
    for home, other in itertools.product(PROVINCES, ["ha noi", "hue", "ha nam", "quang nam"]):
        for text in (f"tang truong grdp cua {home}", f"grdp {home}", f"tinh {home} dat ty le", f"{home} co",
                     f"grdp cua thanh pho {home} ", f"grdp cua {other}", f"grdp {other} cua {home}",
                     f"san luong cua {home} cua {other}", f"thanh pho {other} {home}", f"{other} dat {home}",
                     f"tp. {home}", f"x cua tp {home}\n", f"{home} ghi nhan tang"):
            _same(home, text)


def test_a_place_that_is_not_the_home_is_none():
    assert places._home_patterns("ha noi")[1].search("tang truong cua ha nam") is None
    assert places._home_patterns("ha nam")[1].search("tang truong cua ha nam").group() == " cua ha nam"
    assert places._home_patterns("hue")[2].search("grdp tinh hue").group("bare") == "tinh hue"


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PROVINCES), st.lists(st.sampled_from(PIECES), min_size=1, max_size=7))
def test_any_words_give_the_match_of_the_one_province(home, pieces):
    _same(home, " ".join(pieces))
