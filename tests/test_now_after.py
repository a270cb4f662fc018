"""``đến nay``/``hiện nay`` written after the period of a statement's sentence, a clause of its own
between them, dates the statement by the document's date (resolve/now_after.py; dev 193, 347, 392)."""
import pytest

import baocao
from baocao.resolve.vocabulary import WORDS

_LEAD = "Ngày 12/8/2024, Đại hội khai mạc.\n\n"


def _periods(text):
    return [(i.value, i.period) for i in baocao.parse(_LEAD + text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text, want", [
    # 193 (hoicodo): an event's year, then "và đến nay"
    ("Năm 2017, huyện được công nhận đạt chuẩn huyện Nông thôn mới, và đến nay có 7/7 xã đạt chuẩn "
     "Nông thôn mới nâng cao.", [(7, "2024")]),
    # 347 (tracuuquyhoach): a sum to now after the year's, and the parts in its aside
    ("Năm 2023, công nhận mới 52 sản phẩm OCOP; lũy kế đến nay toàn tỉnh có 1.006 sản phẩm đạt chứng nhận "
     "OCOP (826 sản phẩm đạt 3 sao; 164 sản phẩm đạt 4 sao).",
     [(52, "2023"), (1006, "2024"), (826, "2024"), (164, "2024")]),
    # 392 (Lý Nhân): a plan's name with its span, then "hiện nay"
    ("Theo bộ tiêu chí nông thôn mới cấp xã giai đoạn 2021-2025, hiện nay xã Hòa Hậu đạt 13 tiêu chí.",
     [(13, "2024")]),
])
def test_a_now_word_after_the_period_dates_by_the_document(text, want):
    assert _periods(text) == want


@pytest.mark.parametrize("text, want", [
    # 156: the now word ends the period ("từ đầu năm 2024 đến nay"): that period's, not the date's year
    ("Tuy nhiên, từ đầu năm 2023 đến nay, trên địa bàn có hơn 32 ha cây trồng bị thiệt hại.", None),
    # 359: the now word right after the period and its comma: that period's data
    ("Theo kết quả rà soát hộ nghèo năm 2020, hiện nay, số hộ nghèo giảm còn 1.746 hộ.", [(1746, "2020")]),
    # a now word before the period: the period's
    ("Đến nay, năm 2021 xã có 120 hộ tham gia.", [(120, "2021")]),
])
def test_a_now_word_that_is_no_later_time_keeps_the_period(text, want):
    got = _periods(text)
    if want is None:
        assert got[0][1] is not None and got[0][1].startswith("2023")
    else:
        assert got == want


@pytest.mark.parametrize("text, want", [
    # a now word inside a phrase, not opening its clause: the year's figures
    ("Năm 2023, kim ngạch xuất khẩu đạt 2 tỷ USD, cao nhất từ trước đến nay, nhập khẩu đạt 1,5 tỷ USD.",
     [(2e9, "2023"), (1.5e9, "2023")]),
    ("Năm 2022, tỷ lệ hộ nghèo theo chuẩn nghèo hiện nay là 3,5%.", [(3.5, "2022")]),
    ("Năm 2023, giá trị sản xuất theo giá so sánh hiện nay đạt 12.000 tỷ đồng.", [(12e12, "2023")]),
])
def test_a_now_word_inside_a_phrase_keeps_the_period(text, want):
    assert _periods(text) == want


@pytest.mark.parametrize("lead", WORDS.now_clause_leads)
def test_every_clause_lead_may_stand_before_the_now_word(lead):
    text = f"Năm 2017, huyện được công nhận đạt chuẩn huyện Nông thôn mới, {lead} đến nay có 7/7 xã đạt chuẩn."
    assert _periods(text) == [(7, "2024")]
