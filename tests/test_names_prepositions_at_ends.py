"""Names of unseen documents (issue 17): the words at the ends of a name that are a preposition's or a
bound's. ``trở lên``/``trở xuống`` end a name whole (``đảng viên hoàn thành tốt nhiệm vụ trở lên``, not
``… trở``), ``đối với`` before the figure goes whole (``kỷ luật đối với 06 cán bộ`` → ``kỷ luật``, not
``kỷ luật đối``), and ``về`` that opens what a figure is about is no part of its name (``tăng 6,01% về lượt
người vận chuyển`` → ``lượt người vận chuyển``)."""
from __future__ import annotations

import pytest

from indicator_cases import inds


def _named(text: str) -> list:
    return [(i.name, i.value if i.value is not None else i.achievement_pct) for i in inds(text)]


@pytest.mark.parametrize("text, named", [
    # a congress report's party targets, a statistics office's labour and education sections, a district's
    # health section, a city's product list
    ("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 90%.",
     ("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", 90)),
    ("Lực lượng lao động từ 15 tuổi trở lên ước tính 698 nghìn người.",
     ("Lực lượng lao động từ 15 tuổi trở lên", 698000)),
    ("Tỷ lệ giáo viên đạt chuẩn trở lên đạt 100%.", ("Tỷ lệ giáo viên đạt chuẩn trở lên", 100)),
    ("Tỷ lệ hộ có thu nhập trung bình trở xuống chiếm 40%.", ("Tỷ lệ hộ có thu nhập trung bình trở xuống", 40)),
    ("Tỷ lệ cán bộ có trình độ đại học trở lên chiếm 85%.", ("Tỷ lệ cán bộ có trình độ đại học trở lên", 85)),
])
def test_a_bound_after_what_it_bounds_ends_the_name_whole(text, named):
    assert named in _named(text)


@pytest.mark.parametrize("text, named", [
    # negatives: "lên" after a verb is still the verb's, no bound
    ("Tỷ lệ che phủ rừng nâng lên 45%.", ("Tỷ lệ che phủ rừng", 45)),
    ("Tổng đàn bò tăng lên 5.000 con.", ("Tổng đàn bò", 5000)),
])
def test_a_verb_s_lên_still_goes(text, named):
    assert named in _named(text)


@pytest.mark.parametrize("text, named", [
    # a district's inspection report, a party congress's staff report, a central report's discipline section
    ("Đã thi hành kỷ luật đối với 06 cán bộ.", ("thi hành kỷ luật", 6)),
    ("Đã kỷ luật 17.808 công chức, viên chức, cho từ chức, miễn nhiệm, thôi giữ chức vụ đối với 94 cán bộ diện "
     "Trung ương quản lý.", ("miễn nhiệm, thôi giữ chức vụ", 94)),
    ("Tính đến 31/3/2024, các tỉnh uỷ, thành uỷ đã điều động, luân chuyển, bố trí đối với 5.527 lượt cán bộ.",
     ("luân chuyển, bố trí", 5527)),
])
def test_đối_với_before_a_figure_goes_whole(text, named):
    assert named in _named(text)


def test_đối_với_at_the_start_is_a_topic():
    # negative: "Đối với cây lúa, …" opens a topic, the name is the clause's own
    assert ("diện tích gieo cấy", 5000) in _named("Đối với cây lúa, diện tích gieo cấy đạt 5.000 ha.")


@pytest.mark.parametrize("text, named", [
    # a statistics office's transport section, a central report's anti-corruption section, a district's
    # security section, a 9-month report's growth section
    ("Vận tải hành khách tháng Mười Hai ước đạt 1.730 nghìn lượt người vận chuyển và 90.512 nghìn lượt người luân "
     "chuyển, lần lượt tăng 6,01% về lượt người vận chuyển và tăng 5,47% về lượt người luân chuyển so với cùng kỳ "
     "năm 2023.", ("lượt người vận chuyển", 6.01)),
    ("Các cơ quan tiến hành tố tụng đã khởi tố 3.352 vụ án, 8.387 bị can về tội tham nhũng.",
     ("tội tham nhũng", 8387)),
    ("Đã phát hiện 424 vụ, 468 đối tượng về các hành vi mua bán, tàng trữ trái phép chất ma túy.",
     ("các hành vi mua bán", 468)),
    ("Về quy mô kinh tế (GRDP theo giá hiện hành) 9 tháng năm 2025 ước đạt 219.846 tỷ đồng.",
     ("quy mô kinh tế", 219846e9)),
])
def test_về_that_opens_what_a_figure_is_about_is_no_part_of_its_name(text, named):
    assert named in _named(text)


@pytest.mark.parametrize("text, named", [
    # negatives: a topic before a comma is no piece of an enumeration; "về" inside a name stays
    ("Về kinh tế, tổng sản lượng thủy sản trong 8 tháng đầu năm đạt 432.163 tấn.",
     ("tổng sản lượng thủy sản", 432163)),
    ("Số xã đạt tiêu chí về nông thôn mới là 12 xã.", ("Số xã đạt tiêu chí về nông thôn mới", 12)),
])
def test_về_inside_a_name_or_before_a_comma_is_no_opener_of_it(text, named):
    assert named in _named(text)
