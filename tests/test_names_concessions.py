"""A concession in the text before a figure (issue 17, session 38): ``tuy``/``mặc dù`` … ``nhưng`` says
despite what the figure was reached, no part of its name."""
from __future__ import annotations

import pytest

from indicator_cases import inds


@pytest.mark.parametrize("text, name", [
    # a statistics office's monthly report (Đồng Tháp): the name before the concession
    ("Thu ngân sách nhà nước trên địa bàn 2 tháng đầu năm 2014 tuy gặp nhiều khó khăn nhưng ước tính vẫn đạt "
     "576.407 triệu đồng, so với dự toán đạt 14,50%.", "Thu ngân sách nhà nước trên địa bàn"),
    ("Năm 2022, kim ngạch xuất khẩu mặc dù chịu ảnh hưởng của dịch bệnh nhưng vẫn đạt 1.200 triệu USD.",
     "kim ngạch xuất khẩu"),
    # a party document (long report r04): the name after it
    ("Mặc dù chịu ảnh hưởng bởi nhiều biến động không thuận từ môi trường quốc tế, nhưng tốc độ tăng trưởng GDP "
     "bình quân giai đoạn 2016 - 2025 đạt khoảng 6,2%/năm.", "tốc độ tăng trưởng GDP"),
    ("Năm 2023, dù thời tiết bất lợi song sản lượng lúa đạt 1,2 triệu tấn.", "sản lượng lúa"),
    # "nhưng" opening the text before a figure, its concession before an earlier figure
    ("Năm 2023, dù giá giảm 5% nhưng kim ngạch xuất khẩu đạt 800 triệu USD.", "kim ngạch xuất khẩu"),
])
def test_a_concession_is_no_part_of_the_name(text, name):
    assert name in [i.name for i in inds(text)]


@pytest.mark.parametrize("text, name", [
    # no concession: nothing changes
    ("Năm 2023, thu ngân sách nhà nước trên địa bàn đạt 5.000 tỷ đồng.", "thu ngân sách nhà nước trên địa bàn"),
    # "tuy nhiên" ("however") opens no concession
    ("Tuy nhiên, tổng vốn đầu tư phát triển đạt 5.000 tỷ đồng.", "tổng vốn đầu tư phát triển"),
])
def test_no_concession(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text, found", [
    ("tuy gặp nhiều khó khăn nhưng", True), ("mặc dù chịu ảnh hưởng, nhưng", True), ("dù giá giảm song", True),
    # "tuy nhiên" is "however"; "dự" (folded as "dù") opens no concession; a sentence's end closes one
    ("tuy nhiên giá trị nhưng", False), ("dự án nhưng", False), ("tuy khó khăn. Nhưng", False),
])
def test_what_opens_and_closes_a_concession(text, found):
    from baocao.resolve.name_concessions import _CONCESSION
    assert (_CONCESSION.search(text.lower()) is not None) is found


@pytest.mark.parametrize("text, name", [
    # Bình Dương (the provincial council's news, 2021): a "nhưng" with no opener before a noun
    ("Trong bối cảnh dịch bệnh diễn biến phức tạp, khó khăn nhưng giá trị xuất khẩu hàng hóa của Bình Dương đạt "
     "17.088 triệu USD, tăng 47,2% so với cùng kỳ.", "giá trị xuất khẩu hàng hóa"),
    # news items: a clause before "nhưng", the name after it
    ("Giá cổ phiếu là niềm mơ ước của nhiều doanh nghiệp khác nhưng doanh thu của công ty năm 2016 cũng chỉ mới "
     "đạt 3.300 tỷ đồng.", "doanh thu của công ty"),
    ("Nợ công quốc gia vẫn trong giới hạn cho phép song dư nợ Chính phủ đạt 52%.", "dư nợ Chính phủ"),
])
def test_a_bare_closing_word_before_a_noun(text, name):
    assert name in [i.name for i in inds(text)]


@pytest.mark.parametrize("text, name", [
    # an adverb or a verb after it: no name there, the lead stays
    ("Mã GAS cũng giảm nhưng chỉ mất 0,5%.", "chỉ mất"),
    # "song song" is "parallel"
    ("Dự án xây dựng một đường lăn song song dài 3.048 m.", "dài"),
])
def test_no_bare_close(text, name):
    assert name not in [i.name for i in inds(text)]
