"""Names of batch m's kinds (issue 17): an administrative unit with its proper name names a part of a
whole as written (``huyện Pác Nặm``), while the bare unit stays a filler that opens a clause."""
from __future__ import annotations

import pytest

from indicator_cases import inds, one


@pytest.mark.parametrize("text, names", [
    # a provincial poverty survey ranking its districts
    ("Năm 2019, có tỷ lệ hộ nghèo cao nhất là huyện Pác Nặm với 35,22%; tiếp theo là huyện Ngân Sơn 34,41%; "
     "thấp nhất là thành phố Bắc Kạn 1,93%.",
     ["huyện Pác Nặm", "huyện Ngân Sơn", "thành phố Bắc Kạn"]),
    # a district list after a colon (as "thị xã Gia Nghĩa: 417 hộ")
    ("Năm 2015, số hộ nghèo toàn tỉnh: huyện Krông Nô: 3.169 hộ; thị xã Gia Nghĩa: 417 hộ.",
     ["huyện Krông Nô", "thị xã Gia Nghĩa"]),
])
def test_a_district_with_its_name_names_its_part(text, names):
    assert [i.name for i in inds(text)] == names


@pytest.mark.parametrize("text, name", [
    ("Đến nay, huyện có 9 xã đạt chuẩn nông thôn mới.", "xã đạt chuẩn nông thôn mới"),
    ("Năm 2020, huyện thu ngân sách đạt 120 tỷ đồng.", "thu ngân sách"),
])
def test_the_bare_unit_stays_a_filler(text, name):
    assert one(text).name == name


@pytest.mark.parametrize("text, name", [
    # an economic-zone authority's quarterly note
    ("Quý I năm 2018, các khu công nghiệp và Khu kinh tế Đình Vũ – Cát Hải có 09 dự án có vốn đầu tư nước "
     "ngoài (FDI) được cấp Giấy chứng nhận.", "dự án có vốn đầu tư nước ngoài"),
    ("Tính lũy kế đến ngày 31/3/2018, trong các Khu công nghiệp và Khu kinh tế Đình Vũ Cát Hải tại thành phố "
     "Hải Phòng có 262 dự án có vốn đầu tư nước ngoài còn hiệu lực.", "dự án có vốn đầu tư nước ngoài còn hiệu lực"),
    ("Năm 2023, cụm công nghiệp Ninh Hiệp có 20 doanh nghiệp sản xuất hàng may mặc.",
     "doanh nghiệp sản xuất hàng may mặc"),
])
def test_a_zone_that_has_a_count_is_no_name(text, name):
    assert one(text).name == name


@pytest.mark.parametrize("text, name", [
    # what the zone has is no count: its rate is named before the figure
    ("Năm 2023, Khu công nghiệp Phố Nối A có tỷ lệ lấp đầy 85%.", "Khu công nghiệp Phố Nối A có tỷ lệ lấp đầy"),
])
def test_a_zone_before_a_named_rate_stays(text, name):
    assert one(text).name == name


@pytest.mark.parametrize("text, name, value, old", [
    # a district's congress: the old level before the change verb
    ("Tỷ lệ hộ nghèo từ hơn 10% những năm 2011 đã giảm còn 1,57% vào năm 2022.", "Tỷ lệ hộ nghèo", 1.57, 10),
    ("Thu ngân sách từ 500 tỷ đồng năm 2015 đã tăng lên 1.200 tỷ đồng năm 2020.", "Thu ngân sách", 1.2e12, 5e11),
    # a change verb with how fast it changed is no part of the name
    ("Tỷ lệ hộ nghèo giảm nhanh từ 41,8% năm 2010 xuống còn 17,91% năm 2015.", "Tỷ lệ hộ nghèo", 17.91, 41.8),
])
def test_an_old_level_before_its_change(text, name, value, old):
    i = one(text)
    assert (i.name, i.value, i.from_value) == (name, value, old)


@pytest.mark.parametrize("text, value", [
    # "từ" that opens no old level: no change read
    ("Doanh thu từ du lịch đạt 300 tỷ đồng, tăng 12%.", 300e9),
    ("Năm 2020, số lao động từ 15 tuổi trở lên là 52.000 người.", 52000),
])
def test_from_that_opens_no_old_level(text, value):
    assert [i.from_value for i in inds(text) if i.value == value] == [None]


def test_a_manner_after_a_change_verb_leaves_the_name():
    i = one("Năm 2022, kim ngạch xuất khẩu tăng mạnh 25%.")
    assert (i.name, i.measure, i.direction) == ("kim ngạch xuất khẩu", "growth", "tăng")


@pytest.mark.parametrize("text, figures", [
    # a sum in "tỷ/triệu đồng" and its ratio after "bằng" (an industry's six-month note, a budget's)
    ("Trong đó, kinh tế nhà nước là 22,4 tỷ đồng bằng 83% so với cùng kỳ.", ["22,4 tỷ đồng", "83%"]),
    ("Thu ngân sách đạt 3 triệu đồng bằng 80% kế hoạch.", ["3 triệu đồng", "80%"]),
    # "đồng bằng" with no scale before it is the delta, and "triệu đồng bào" people
    ("Vùng 500 đồng bằng sông Cửu Long.", []),
    ("Cả nước có 5 triệu đồng bào dân tộc thiểu số.", ["5 triệu đồng bào"]),
])
def test_a_scaled_dong_before_bang_is_money(text, figures):
    import baocao
    got = [f for f in baocao.parse(text).figures if f.kind != "period"]
    assert [f.text for f in got] == figures
    assert all(f.kind != "money" for f in got if "bào" in f.text)


@pytest.mark.parametrize("text, name, unit", [
    # a province's veterinary supplies, a market watch's seizures: vials and bottles are counts
    ("Năm 2021, toàn tỉnh có hơn 15.000 lọ thuốc phun ve, mòng, ruồi, muỗi để hạn chế dịch bệnh.",
     "thuốc phun ve", "lọ"),
    ("Năm 2021, toàn tỉnh có hơn 15.000 lọ thuốc thú y.", "thuốc thú y", "lọ"),
    ("Năm 2023, toàn tỉnh có 2.500 chai nước sát khuẩn.", "nước sát khuẩn", "chai"),
])
def test_vials_and_a_drug_after_them(text, name, unit):
    i = one(text)      # (the enumeration's last item may be left: "…, ruồi, muỗi")
    assert i.name.startswith(name) and "để" not in i.name and i.unit == unit

