"""The pieces of the phrase before a figure read faster give what the plain reading gives: the last
unopened ``)`` found among the parentheses only, and the ends of a lead remembered by its text the
same as read afresh (a lead longer than ``MEMO_CHARS`` is read afresh)."""
from __future__ import annotations

from typing import Optional

from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.core.fold import fold
from baocao.resolve import phrases


def _char_by_char(text: str, a: int, b: int) -> Optional[int]:
    depth, last = 0, None
    for i in range(a, b):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            if depth:
                depth -= 1
            else:
                last = i
    return last


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab() ", max_size=40), st.data())
def test_the_unopened_close_is_the_one_read_char_by_char(text, data):
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert phrases._unopened_close(text, a, b) == _char_by_char(text, a, b)


_LEADS = ["là huyện Pác Nặm với", "Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm ước đạt", "1. Trong đó, sản lượng lúa",
          "dân số hằng năm", "Ngô gieo trồng được", "- thu ngân sách (giá hiện hành) ", "đóng góp "]


def test_a_remembered_end_is_the_one_read_afresh():
    for lead in _LEADS:
        seg, low = fold(lead), lead.lower()
        assert phrases._start_cut(seg, low, lead) == phrases._start_cut_of(seg, low, lead)
        for averaged in (False, True):
            for per_year in (False, True):
                assert (phrases._end_cut(seg, low, averaged, per_year)
                        == phrases._end_cut_of(seg, low, averaged, per_year))
    long = " ".join(_LEADS) * 8
    assert len(long) > phrases.MEMO_CHARS
    assert (phrases._start_cut(fold(long), long.lower(), long)
            == phrases._start_cut_of(fold(long), long.lower(), long))
