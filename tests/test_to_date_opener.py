"""A month an earlier sentence of the paragraph opens with after a to-date lead, a comma after it
(``Theo UBND quận Bình Tân, tính đến cuối tháng 9/2013, …``: genre dev 112; ``Tính đến hết tháng 10/2021,
…`` of the monthly reports), dates a later statement that month alone dates as it dates its own sentence's:
a flow over the months of the year up to it, a stock at the month (resolve/to_date.py: to_date_period)."""
import pytest

from indicator_cases import inds


def _periods(text):
    return [(i.value, i.period) for i in inds(text)]


@pytest.mark.parametrize("opener", [
    "(VOH) - Theo UBND quận Bình Tân, tính đến cuối tháng 9/2013,",
    "Tính đến hết tháng 9/2013,",
    "Đến cuối tháng 9/2013,",
])
def test_a_flow_in_a_later_sentence_holds_over_the_months_so_far(opener):
    text = (f"{opener} tổng giá trị sản xuất của quận trên 13.300 tỷ đồng, đạt 72% kế hoạch năm. "
            "Tổng thu ngân sách Nhà nước ước tính trên 1.100 tỷ đồng, đạt 87% chỉ tiêu pháp lệnh năm.")
    assert _periods(text) == [(13300e9, "2013-01/2013-09"), (1100e9, "2013-01/2013-09")]


def test_a_stock_in_a_later_sentence_holds_at_the_month():
    text = ("Tính đến cuối tháng 9/2013, tổng giá trị sản xuất của quận trên 13.300 tỷ đồng. "
            "Dư nợ tín dụng đạt 5.200 tỷ đồng.")
    assert _periods(text) == [(13300e9, "2013-01/2013-09"), (5200e9, "2013-09")]


@pytest.mark.parametrize("text, want", [
    # the later sentence names its own period
    ("Tính đến cuối tháng 9/2013, tổng giá trị sản xuất trên 13.300 tỷ đồng. Trong tháng 9/2013, thu ngân "
     "sách đạt 100 tỷ đồng.", "2013-09"),
    # no comma: the month is no opener of its sentence
    ("Dư nợ tín dụng tính đến cuối tháng 9/2013 đạt 5.200 tỷ đồng. Thu ngân sách đạt 100 tỷ đồng.", "2013-09"),
])
def test_no_months_so_far_where_the_month_does_not_open_the_paragraph(text, want):
    assert _periods(text)[-1] == (100e9, want)
