"""The rest of a counted set of units (resolve.unattached_rests): the count of the rest (``3 xã còn lại``)
and the bound the rest reach (``… còn lại đạt từ 13 đến 15 tiêu chí``) are unattached. Cases from three
publishers (412 Hà Nội Mới, 426 Đắk Nông television, 396 Báo Phú Yên), and negatives."""
from __future__ import annotations

import pytest

from baocao.resolve.unattached_rests import REST_REASON
from indicator_cases import inds, left_out


@pytest.mark.parametrize("text, figs", [
    ("Đến hết năm 2018, Sóc Sơn có thêm 2 xã đạt chuẩn nông thôn mới, đưa số xã đạt chuẩn lên 20/25; 5 xã còn lại "
     "đạt và cơ bản đạt từ 16 đến 18 tiêu chí.", ["5 xã"]),
    ("Đến cuối năm 2019 có 6 xã đạt chuẩn nông thôn mới; 3 xã còn lại đạt từ 13 đến 15 tiêu chí; thị trấn Đắk Mil "
     "đạt chuẩn đô thị loại IV.", ["3 xã", "từ 13 đến 15 tiêu chí"]),
    ("Đến nay, các xã còn lại đạt từ 10-12 tiêu chí, trong đó xã Ea Bá đạt 12 tiêu chí.", ["từ 10-12 tiêu chí"]),
])
def test_the_rest_of_a_set_is_left_out(text, figs):
    for fig in figs:
        left_out(text, fig, REST_REASON)


@pytest.mark.parametrize("text, value", [
    ("Đến cuối năm 2019 có 6 xã đạt chuẩn nông thôn mới.", 6),               # no "còn lại": the count stays
    ("Số hộ nghèo còn lại cuối năm là 873 hộ.", 873),                        # a remaining stock, named before it
    ("Đã hỗ trợ 20 hộ thoát nghèo, 5 hộ còn lại được vay vốn.", 5),           # no administrative unit
    ("Toàn huyện có 6 xã đạt chuẩn, các xã còn lại đạt 12 tiêu chí.", 12),     # a level with no bound
])
def test_what_is_no_rest_of_a_set_stays(text, value):
    assert value in [i.value for i in inds(text)], [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text, value", [
    ("Đến nay, toàn huyện có 10 xã đạt chuẩn nông thôn mới, còn 3 xã còn lại chưa đạt chuẩn.", 3),
    ("Năm 2023, huyện có 4 xã còn lại chưa có đường ô tô đến trung tâm xã.", 4),
    ("Toàn tỉnh có 150 thôn đạt chuẩn văn hóa, 25 thôn còn lại đang xây dựng.", 25),
])
def test_a_count_of_the_rest_with_no_bound_after_it_stays(text, value):
    assert value in [i.value for i in inds(text)], [(i.name, i.value) for i in inds(text)]


def test_a_sum_spent_on_the_rest_stays():
    text = "Các thôn còn lại đã được đầu tư trên 50 tỷ đồng để xây dựng đường giao thông."
    assert 50_000_000_000 in [i.value for i in inds(text)], [(i.name, i.value) for i in inds(text)]
