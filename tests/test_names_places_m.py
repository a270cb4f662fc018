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
