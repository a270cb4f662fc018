"""The names of the units a count counts, in an aside between the count and its verb of reaching, neither end nor
start its name (issue 17, session 44): ``3 xã (Tân Liên, Tam Đa, Hòa Bình) đã đạt chuẩn nông thôn mới kiểu mẫu``
is named from its unit over the aside, as ``30/30 xã (tính khi chưa sáp nhập) được công nhận …`` already was."""
from __future__ import annotations

import pytest

from indicator_cases import inds


@pytest.mark.parametrize("text, names", [
    # a district's mid-term review (231 VCCI News): a word of aspect after the aside, and none
    ("Huyện đạt chuẩn nông thôn mới năm 2022, trong đó 3 xã (Tân Liên, Tam Đa, Hòa Bình) đã đạt chuẩn nông thôn "
     "mới kiểu mẫu; 4 xã (Nhân Hòa, Tân Hưng, Liên Am, Vĩnh Phong) đạt chuẩn nông thôn mới nâng cao.",
     ["xã (Tân Liên, Tam Đa, Hòa Bình) đã đạt chuẩn nông thôn mới kiểu mẫu",
      "xã (Nhân Hòa, Tân Hưng, Liên Am, Vĩnh Phong) đạt chuẩn nông thôn mới nâng cao"]),
    # a unit that is no count unit of its own, names joined by "và"
    ("Tỉnh có 4 huyện (Cái Bè, Gò Công và Cai Lậy) được công nhận đạt chuẩn nông thôn mới.",
     ["huyện (Cái Bè, Gò Công và Cai Lậy) được công nhận đạt chuẩn nông thôn mới"]),
    # a word of aspect before the verb of reaching
    ("Tỉnh có 4 huyện đã đạt chuẩn nông thôn mới.", ["huyện đã đạt chuẩn nông thôn mới"]),
    # an aside with no list was passed over already (111 Hà Tĩnh 24h)
    ("Đến nay, 30/30 xã (tính khi chưa sáp nhập) được công nhận đạt chuẩn nông thôn mới.",
     ["xã (tính khi chưa sáp nhập) được công nhận đạt chuẩn nông thôn mới"]),
])
def test_the_names_of_the_units_counted_before_their_verb(text, names):
    assert [i.name for i in inds(text)] == names


@pytest.mark.parametrize("text, name", [
    # no verb of reaching after the aside: the aside ends the phrase
    ("Toàn huyện có 02 xã bãi ngang (Phước Hải, An Hải).", "xã bãi ngang"),
    ("Tỉnh có 4 huyện (Cái Bè, Gò Công) với diện tích lớn.", None),
    # an aside that counts is no list of names
    ("Có 2 xã (Tân Liên 1, Tam Đa 2) đạt chuẩn nông thôn mới.", None),
])
def test_no_name_over_an_aside_without_a_verb_of_reaching(text, name):
    got = [i.name for i in inds(text)]
    if name is not None:
        assert got == [name]
    assert not any("(" in n for n in got), got
