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
