"""A measure's name after a comma inside the text before its figure (issue 17, session 37): what follows
the last comma that a measure's head opens names the figure, not the clause or list before it."""
from __future__ import annotations

import pytest

from indicator_cases import inds
from baocao.resolve.vocabulary import WORDS


@pytest.mark.parametrize("text, name", [
    # a province's party news on new rural areas (Cà Mau): a clause of its own before the comma
    ("Xuất phát điểm ban đầu của tỉnh tương đối thấp, bình quân mỗi xã chỉ đạt 3,5 tiêu chí.",
     "bình quân mỗi xã"),
    # a district's news (Đắk Lắk): the end of a list of communes before it
    ("Cùng với các xã đã đạt chuẩn trước đó là Ea Kly, Hòa Đông, Ea Kuăng, tổng số xã đạt chuẩn nông thôn "
     "mới toàn huyện là 9 xã.", "tổng số xã đạt chuẩn nông thôn mới toàn huyện"),
    # a provincial council's bulletin (Cao Bằng): the end of a list of herds
    ("Đến hết tháng 7, toàn tỉnh tiêm phòng cho đàn gia súc, gia cầm, tỷ lệ tiêm đạt 42%.", "tỷ lệ tiêm"),
    # a provincial paper (Đồng Tháp): a sector's heading before the comma
    ("Khu vực thương mại - dịch vụ, tổng mức bán lẻ hàng hóa dịch vụ đạt 20.495 tỷ đồng.",
     "tổng mức bán lẻ hàng hóa dịch vụ"),
])
def test_a_measure_after_a_comma_is_the_name(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text, name", [
    # "doanh thu" is no head here: the retail total's usual joint name keeps its comma
    ("Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ đạt 20.064 tỷ đồng.",
     "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ"),
    # no head after the comma: the list stays the name
    ("Sản lượng thịt trâu, bò đạt 1.200 tấn.", "Sản lượng thịt trâu, bò"),
])
def test_no_cut_at_a_comma_no_head_follows(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("head", WORDS.comma_name_heads)
def test_every_comma_name_head(head):
    assert [i.name for i in inds(f"Năm 2022, sản xuất gặp khó khăn, {head} mỗi xã đạt 45%.")] == [
        f"{head} mỗi xã"]
