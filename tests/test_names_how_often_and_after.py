"""Names of unseen documents (issue 17): how often a rate is reached is no part of its name
(``giao quân hằng năm đạt 100% chỉ tiêu`` → ``giao quân``), a phrase after a figure keeps the words nearest
it and ends before a purpose (``nhằm``), and the words before a count joined to it by ``và`` after
another count are that count's phrase (``1 xã đạt chuẩn nông thôn mới và 6 bản …``)."""
from __future__ import annotations

import pytest

from indicator_cases import inds


def _named(text: str) -> list:
    return [(i.name, i.value if i.value is not None else i.achievement_pct) for i in inds(text)]


@pytest.mark.parametrize("text, named", [
    # a ward's congress targets, a district's 2020-2025 targets, a district report's defence section
    ("Giao quân hằng năm đạt 100% chỉ tiêu.", ("Giao quân", 100)),
    ("(18) Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hàng năm đạt: 90% trở lên.",
     ("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ", 90)),
    ("Công tác tuyển quân hằng năm đạt 100% chỉ tiêu được giao.", ("Công tác tuyển quân", 100)),
    ("Tỷ lệ trẻ em trong độ tuổi được tiêm chủng mỗi năm đều đạt 98%.",
     ("Tỷ lệ trẻ em trong độ tuổi được tiêm chủng", 98)),
])
def test_a_yearly_word_before_a_verb_of_reaching_is_no_part_of_the_name(text, named):
    assert named in _named(text)


def test_a_yearly_amount_keeps_its_yearly_word():
    # negative: before an amount the yearly word makes it a yearly one, no year's total
    names = [n for n, _ in _named("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng bình quân hằng năm "
                                  "đạt 1.500 tỷ đồng.")]
    assert names and names[0].endswith("hằng năm"), names


@pytest.mark.parametrize("text, named", [
    # negatives: the crop that lives a year; a yearly word with no verb of reaching qualifies the name
    ("Diện tích cây hàng năm đạt 74.140 ha.", ("Diện tích cây hàng năm", 74140)),
    ("Tổng diện tích gieo trồng hàng năm ước đạt hơn 74.140 ha.", ("Tổng diện tích gieo trồng hàng năm", 74140)),
    ("Tỷ lệ phát triển dân số hằng năm 1,5%.", ("Tỷ lệ phát triển dân số hằng năm", 1.5)),
])
def test_a_yearly_word_of_the_name_stays_before_a_verb_of_reaching(text, named):
    assert named in _named(text)


@pytest.mark.parametrize("text, named", [
    # a district's target list, a district report's budget section (an aside), a commune's targets
    ("(17) Bình quân hàng năm kết nạp đảng viên mới: trên 4%.", ("kết nạp đảng viên mới", 4)),
    ("Trung bình hằng năm giải quyết việc làm cho 1.500 lao động.", ("giải quyết việc làm", 1500)),
    ("Bình quân mỗi năm giảm 2% hộ nghèo.", ("hộ nghèo", 2)),
])
def test_an_averaging_yearly_opener_is_no_part_of_the_name(text, named):
    assert named in _named(text)


@pytest.mark.parametrize("text, name_start", [
    # an economic zone's investment news, a district's 9-month report, a province's mid-year crop report
    ("Quý I năm 2018, các khu công nghiệp có 38 dự án FDI được Ban Quản lý Khu kinh tế Hải Phòng điều "
     "chỉnh Giấy chứng nhận đăng ký đầu tư.", "dự án FDI được Ban"),
    ("Chủ tịch UBND huyện đã chủ trì phiên họp thường kỳ với lãnh đạo các phòng, ban chuyên môn, 14 xã, thị "
     "trấn trên địa bàn nhằm đánh giá tình hình thực hiện nhiệm vụ kinh tế - xã hội.", "xã, thị trấn trên địa bàn"),
    ("Đẩy mạnh sản xuất rau màu với diện tích 7.000 ha (trong đó, màu trên rẫy 6.580 ha, màu xuống ruộng 420 ha), "
     "thu hoạch 6.000 ha và tiếp tục xuống giống ở những nơi có điều kiện nhằm tăng hệ số sử dụng đất.",
     "tiếp tục xuống giống"),
])
def test_a_phrase_after_a_figure_keeps_the_words_nearest_it(text, name_start):
    names = [n for n, _ in _named(text)]
    assert any(n.startswith(name_start) for n in names), names
    assert not any("nhằm" in n for n in names), names


def test_a_short_phrase_after_a_figure_is_whole():
    # negative: a phrase of fewer words than a name may hold is not cut
    assert ("cây mắc ca", 372) in _named("Toàn huyện có 372 ha cây mắc ca.")


@pytest.mark.parametrize("text, named", [
    # a district's term targets, a commune's population note, a party committee's inspection report
    ("Xây dựng 1 xã đạt chuẩn nông thôn mới và 6 bản đạt tiêu chí về nông thôn mới.",
     ("bản đạt tiêu chí về nông thôn mới", 6)),
    ("Toàn tỉnh có 1.200 hộ dân tộc thiểu số và 300 hộ cận nghèo.", ("hộ cận nghèo", 300)),
    ("Đã kiểm tra 232 tổ chức đảng cơ sở và 1.284 đảng viên.", ("đảng viên", 1284)),
])
def test_the_phrase_of_a_count_before_and_is_that_count_s(text, named):
    assert named in _named(text)


def test_a_count_s_own_name_before_and_stays():
    # negative: a name of six words or more before "và" is no tail of the count before it
    got = _named("Có 12 xã; tổng số hộ được hỗ trợ xây dựng nhà ở mới và 300 hộ.")
    assert ("tổng số hộ được hỗ trợ xây dựng nhà ở mới", 300) in got, got
