"""Quarters or months listed one after the other, each with its figure, are parts of a whole: none is the period
the document reports on (resolve/listed_parts.py, used by resolve/governing.py: document_period)."""
import pytest

import baocao
from baocao.resolve.governing import document_period, periods_of
from baocao.resolve.listed_parts import listed_parts


@pytest.mark.parametrize("opening, label", [
    # 431 (Tạp chí Công Thương, Tuyên Quang): the quarters in an aside, the nine months in the next paragraph
    ("Theo Cục Thống kê, GRDP trên địa bàn tỉnh tăng 9,14% so với cùng kỳ năm 2023 (quý I tăng 9,42%, quý II "
     "tăng 10,18%, quý III tăng 7,85%).\n\nVề quy mô, 9 tháng đầu năm 2024 (giá hiện hành) ước đạt 35.083 tỷ "
     "đồng.", "2024-01/2024-09"),
    # a bank's forecast listed quarter by quarter (baomoi news of 2017): no quarter is the document's
    ("Theo dự báo, tăng trưởng GDP lần lượt là quý I đạt 6,3%; quý II đạt 6,4%; quý III đạt 6,7%.\n\n"
     "Trong 6 tháng đầu năm 2017, xuất khẩu đạt 14,6 tỷ USD.", "2017-01/2017-06"),
])
def test_listed_quarters_are_no_period_of_the_document(opening, label):
    r = baocao.parse(opening)
    assert document_period(r).label == label
    assert "2024-Q1" not in {i.period for i in r.indicators if i.value == 9.14}


@pytest.mark.parametrize("text", [
    "Báo cáo tình hình quý III và nhiệm vụ quý IV năm 2023.",       # no figure between: a review and a plan
    "Báo cáo tháng 10 và 10 tháng năm 2023: thu ngân sách đạt 500 tỷ đồng.",     # two kinds of period
    "Quý I tăng 5%. Quý II tăng 6%.",                                # a sentence between
    "Quý I/2023 tăng 5%, quý II/2023 tăng 6%.",                      # each with its year: dated, not left to the whole
    "Quý I tăng 5%, quý I năm trước tăng 6%.",                       # the same quarter twice
    "Trong quý II, GRDP tăng 7,1%, quý I tăng 5,6%.",                # the quarter reported on, then an earlier one
    "Tháng 3, chỉ số sản xuất tăng 8,2%, tháng 2 tăng 3,1%.",        # the month reported on, then the one before
])
def test_other_pairs_are_not_listed_parts(text):
    r = baocao.parse(text)
    assert listed_parts(r.original, periods_of(r)) == set()


def test_listed_months_are_parts_too():
    r = baocao.parse("Tháng 1 tăng 5,2%, tháng 2 tăng 6,1%.")
    assert len(listed_parts(r.original, periods_of(r))) == 2


def test_a_quarter_compared_with_the_one_before_stays_the_documents():
    # a report of the second quarter that names the first for comparison: the second is what it reports on
    r = baocao.parse("Ngày 28/6/2024, Cục Thống kê tỉnh công bố: trong quý II, GRDP tăng 7,1%, quý I tăng 5,6%. "
                     "Thu ngân sách đạt 1.200 tỷ đồng.")
    assert document_period(r).label == "Q2"
    assert [i.period for i in r.indicators if i.value == 1.2e12] == ["2024-Q2"]
