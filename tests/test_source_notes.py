"""A source note after a figure (``(số liệu thống kê năm 2015)``, ``(Số liệu tháng 12/2020)``,
``[Số liệu năm 2014]``: source_note_words, period_after_words) dates the figure before it and no statement
of a later sentence (resolve/written.py; dev 305, 378 of vansudia.net, 321 of Becamex Tokyu)."""
import pytest

import baocao
from baocao.resolve.vocabulary import WORDS as W

_LEAD = "Ngày 12/8/2024, Sở công bố.\n\n"


# a page of a district's overview: its opening and lead name no period (as 378's)
_INTRO = ("Giới thiệu khái quát huyện Hòa Vang\n\n" + "Hòa Vang là huyện ngoại thành nằm bao bọc phía Tây thành "
          "phố, có diện tích đất tự nhiên lớn và nhiều tiềm năng phát triển nông nghiệp, du lịch sinh thái. " * 5
          + "\n\n")


def _periods(text):
    return [(i.value, i.period) for i in baocao.parse(_LEAD + text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text, want", [
    ("Dân số: 116.000 người (số liệu thống kê năm 2015).", [(116000, "2015")]),     # 305
    ("Dự án vốn đầu tư nước ngoài: 3932 dự án (Số liệu tháng 12/2020).", [(3932, "2020-12")]),   # 321
])
def test_a_source_note_dates_the_figure_before_it(text, want):
    assert _periods(text) == want


@pytest.mark.parametrize("word", W.source_note_words)
def test_a_source_note_dates_no_later_sentence(word):
    # 378: "… 4 xã miền núi [Số liệu năm 2014]. Dân số 124.844 người": the document's date, not 2014
    got = _periods(_INTRO + f"Toàn huyện có 11 xã với 119 thôn [{word} năm 2014]. Dân số 124.844 người.")
    assert (124844, "2014") not in got and (124844, "2024") in got


def test_a_year_with_no_note_still_dates_later_sentences():
    got = _periods(_INTRO + "Trong năm 2014, toàn huyện có 119 thôn. Dân số 124.844 người.")
    assert (124844, "2014") in got
