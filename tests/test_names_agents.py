"""A count of what a body did (issue 17, session 38): ``<who> đã <verb> N <unit> <thing>`` is named by the
verb and the thing, who did it being no part of the name."""
from __future__ import annotations

import pytest

from indicator_cases import inds


@pytest.mark.parametrize("text, name", [
    # a district party congress (Lai Châu)
    ("Trong 5 năm Đảng bộ huyện đã kết nạp 868 đảng viên mới.", "kết nạp đảng viên mới"),
    # the party's term report (long report r03)
    ("Nhiệm kỳ qua, Ban Bí thư và cấp ủy các cấp đã kiểm tra 232.401 tổ chức đảng.", "kiểm tra tổ chức đảng"),
    ("Nhiệm kỳ qua, các cấp ủy đã giám sát 176.229 tổ chức đảng.", "giám sát tổ chức đảng"),
    ("Nhiệm kỳ qua, Ủy ban kiểm tra các cấp đã giải quyết khiếu nại 352 đảng viên.", "giải quyết khiếu nại đảng viên"),
    # a provincial report: an office that did it, a word of aspect "vừa"
    ("Trong tháng, Sở Lao động vừa hỗ trợ 120 hộ nghèo.", "hỗ trợ hộ nghèo"),
])
def test_who_did_it_is_no_part_of_a_count_name(text, name):
    assert [i.name for i in inds(text)][:1] == [name]


@pytest.mark.parametrize("text, name", [
    # a measure's count before the aspect word names it
    ("Trong năm, số vụ đã xử lý 136 vụ.", "số vụ đã xử lý"),
    # what is counted, with its state: the name as written
    ("Toàn huyện có hợp tác xã đang hoạt động 28 hợp tác xã.", "hợp tác xã đang hoạt động"),
    # no count: an amount keeps its name
    ("Năm 2024, cơ quan thi hành án dân sự đã thu hồi trên 77.498 tỷ đồng.", None),
])
def test_no_body_cut(text, name):
    got = [i.name for i in inds(text)]
    if name is None:
        assert got and not got[0].startswith("thu hồi")
    else:
        assert got[:1] == [name]
