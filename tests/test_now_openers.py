"""resolve.written.now_openers finds what NOW_OPENER.finditer finds (the same matches, in order) on
texts made of its words, sentence stops, line breaks, spaces and commas in any order."""
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.resolve.vocabulary import NOW_OPENER
from baocao.resolve.written import now_openers

_PIECES = ["Đến nay", "đến nay", "Tính đến nay", "hiện nay", "HIỆN TẠI", "cho đến nay", "nay", ",", ", ",
           ".", ". ", ";", ":", "\n", " ", "  ", "\t", "\xa0", "x", "có 5 xã", "tính", "?"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_now_openers_are_the_scan_s_matches(text):
    assert [m.span() for m in now_openers(text)] == [m.span() for m in NOW_OPENER.finditer(text)]


def test_a_report_s_openers():
    text = "Năm 2023 tăng. Đến nay, có 5 xã; hiện nay, …\nHiện nay, có. Tính đến nay , 3 xã; cho đến nay,"
    assert [m.span() for m in now_openers(text)] == [m.span() for m in NOW_OPENER.finditer(text)]
    assert len(list(now_openers(text))) == 5
