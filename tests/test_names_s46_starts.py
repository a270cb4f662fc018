"""What stands at the start of a name (issue 17, session 46): a ranking before what holds the rank, a verb of
aiming with a verb of reaching before the measure, and a subject that acts are no part of the name."""
from __future__ import annotations

import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")


@pytest.mark.parametrize("text, name", [
    # a ranking, then a sector written with a dash (13 VnExpress, audit; 320 Lao động Thủ đô; 296 Bình Định)
    ("Trong năm, số hợp tác xã mới tăng nhanh. Đứng thứ ba là thương mại – dịch vụ với 120 hợp tác xã.",
     "thương mại – dịch vụ"),
    ("Năm 2022, ngành có mức tăng cao nhất là khu vực nông - lâm nghiệp với 5,1%.", "khu vực nông - lâm nghiệp"),
    # a ranking that ends with "thuộc về" (167 Người Khánh Hòa)
    ("Năm 2022, lượng khách tăng nhanh nhất thuộc về thị trường khách Hàn Quốc với 2.300 lượt.",
     "thị trường khách Hàn Quốc"),
])
def test_a_ranking_names_what_holds_the_rank(text, name):
    assert [i.name for i in inds(text)] == [name]


def test_the_structure_before_la_still_names_its_parts():
    # "cơ cấu này là …": the structure is no ranking; its parts are named and keyed by it
    got = [(i.name, i.key) for i in inds("Năm 2010, cơ cấu này là công nghiệp - xây dựng 40%, dịch vụ 35%.")]
    assert got == [("công nghiệp - xây dựng", "economic_structure_industry"), ("dịch vụ", "economic_structure_services")]


def test_a_verb_of_aiming_and_of_reaching_before_a_measure():
    # 336 VietTimes: "đặt mục tiêu đạt tỷ lệ …"
    text = "Đến năm 2030, thành phố đặt mục tiêu đạt tỷ lệ hộ dùng nước sạch 99%."
    assert [i.name for i in inds(text)] == ["tỷ lệ hộ dùng nước sạch"]


def test_a_verb_of_aiming_before_no_measure_cuts_nothing():
    text = "Năm 2024, huyện đặt mục tiêu đạt chuẩn nông thôn mới thêm 5 xã."
    assert [i.name for i in inds(text)] == ["đặt mục tiêu đạt chuẩn nông thôn mới thêm"]


@pytest.mark.parametrize("text, name", [
    # 280 Truyền hình Vĩnh Long: the document's own province, then its verb (the opening names the place)
    ("Tỉnh Vĩnh Long: kết quả năm 2023\n\nTrong năm, tỉnh Vĩnh Long giải quyết việc làm ở trong và ngoài nước "
     "cho 27.400 lao động.", "giải quyết việc làm ở trong và ngoài nước"),
    # 216 Công an Đà Nẵng: all the units ("các phường")
    ("Năm 2021, các phường tổ chức thu gom xử lý chất thải sinh hoạt đạt 97%.",
     "tổ chức thu gom xử lý chất thải sinh hoạt"),
    # 199 HĐND Gia Lai: "Địa phương"; 13 VnExpress (audit): a unit with no proper name
    ("Năm 2024, địa phương xây dựng kế hoạch thu ngân sách nhà nước trên địa bàn 5.200 tỷ đồng.",
     "xây dựng kế hoạch thu ngân sách nhà nước trên địa bàn"),
    ("Năm 2023, Thành phố cấp phép thành lập mới cho 3.303 doanh nghiệp.", "cấp phép thành lập mới"),
])
def test_a_subject_that_acts_is_no_part_of_the_name(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text, name", [
    # a place of a list names its part; a place not the document's keeps its name
    ("Năm 2023, các xã A Vao giảm 7,7%.", "các xã A Vao"),
    ("Báo cáo của tỉnh Quảng Trị\n\nNăm 2023, huyện Đakrông tổ chức đào tạo nghề cho 500 lao động.",
     "huyện Đakrông tổ chức đào tạo nghề"),
    # a verb of reaching: the unit is what is counted
    ("Năm 2023, xã đạt chuẩn nông thôn mới 5 xã.", "xã đạt chuẩn nông thôn mới"),
])
def test_no_acting_subject(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text, name", [
    # "thuộc về" (belongs to) cuts a name only after a ranking ("… nhanh nhất thuộc về …"): elsewhere what belongs
    # to someone is the thing measured, and the owner is no name of it (review, session 46)
    ("Năm 2023, phần vốn thuộc về Nhà nước chiếm 65% vốn điều lệ.", "phần vốn thuộc về Nhà nước"),
    ("Năm 2023, diện tích rừng thuộc về các ban quản lý rừng phòng hộ là 45.000 ha.",
     "diện tích rừng thuộc về các ban quản lý rừng phòng hộ"),
])
def test_belonging_with_no_ranking_cuts_no_name(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("word", W.rank_cuts)
def test_every_rank_cut(word):
    # after a superlative the word cuts the name; with no superlative before it, it cuts nothing
    assert [i.name for i in inds(f"Năm 2022, lượng khách tăng nhanh nhất {word} thị trường khách Nhật Bản với 2.300 "
                                 "lượt.")] == ["thị trường khách Nhật Bản"]
    assert [i.name for i in inds(f"Năm 2023, phần vốn {word} Nhà nước chiếm 65% vốn điều lệ.")] == [
        f"phần vốn {word} Nhà nước"]


@pytest.mark.parametrize("text, name", [
    # a unit with another unit's part after it in its sentence is the first part of a breakdown by place: it keeps
    # its place (review, session 46)
    ("Năm 2023, toàn tỉnh giải quyết việc làm cho 27.400 lao động. Trong đó, thành phố giải quyết việc làm cho 3.000 "
     "lao động, huyện Đại Lộc 1.500 lao động.", "thành phố giải quyết việc làm"),
    ("Năm 2021, các phường tổ chức thu gom xử lý chất thải sinh hoạt đạt 97%, các xã đạt 85%.",
     "các phường tổ chức thu gom xử lý chất thải sinh hoạt"),
])
def test_an_acting_unit_before_another_units_part_keeps_its_place(text, name):
    assert name in [i.name for i in inds(text)]


@pytest.mark.parametrize("text, name", [
    # the growth ranked goes with the ranking cut out of the name: the figure is still a growth (review, session 46)
    ("Năm 2022, tăng trưởng cao nhất là khu vực công nghiệp - xây dựng với 7,07%.", "khu vực công nghiệp - xây dựng"),
    ("Năm 2022, tốc độ tăng trưởng cao nhất thuộc về ngành công nghiệp chế biến với 12,5%.",
     "ngành công nghiệp chế biến"),
])
def test_a_ranked_growth_keeps_its_measure(text, name):
    assert [(i.name, i.measure) for i in inds(text)] == [(name, "growth")]


def test_a_ranking_of_no_growth_is_no_growth():
    got = [(i.name, i.measure) for i in inds("Năm 2022, tỷ lệ cao nhất là khu vực dịch vụ với 45%.")]
    assert [m for _, m in got] != ["growth"], got
