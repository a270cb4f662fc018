"""A subject's verb of aiming before a measure's noun (issue 17, session 41; target_cuts): the subject and the
verb are no part of the name (232 the Nghĩa Đàn portal, 216 Công an Đà Nẵng, 190 the Thuận Thành portal)."""
from __future__ import annotations

import pytest

from baocao.resolve.vocabulary import WORDS
from indicator_cases import inds


@pytest.mark.parametrize("text, name", [
    # 232 (the Nghĩa Đàn district portal): a proper name and "phấn đấu đạt"
    ("Phát biểu tại hội nghị 6 tháng cuối năm, Nghĩa Đàn phấn đấu đạt tốc độ tăng trưởng kinh tế năm 2017 tăng "
     "khoảng 16,41% so với năm 2016.", "tốc độ tăng trưởng kinh tế"),
    # 216 (Công an Đà Nẵng): a body and "đặt chỉ tiêu"
    ("Năm 2022, UBND Q. Cẩm Lệ đặt chỉ tiêu tổng giá trị tăng thêm trên địa bàn quận tăng 6,5% so với năm 2021.",
     "tổng giá trị tăng thêm trên địa bàn quận"),
    # 190 (the Thuận Thành district portal): a target's label with its year, then "phấn đấu"
    ("Mục tiêu tổng quát năm 2023 phấn đấu tổng thu nhập xã hội trên địa bàn xã đạt 621 tỉ đồng.",
     "tổng thu nhập xã hội trên địa bàn xã"),
    ("Năm 2023, xã phấn đấu tổng thu nhập xã hội trên địa bàn xã đạt 621 tỉ đồng.",
     "tổng thu nhập xã hội trên địa bàn xã"),
])
def test_a_verb_of_aiming_before_a_measure_ends_the_subject(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text, name", [
    # the verb after the measure, or before no measure's noun, cuts nothing
    ("Năm 2023, tỷ lệ hộ nghèo phấn đấu giảm bình quân 1,5%/năm.", "tỷ lệ hộ nghèo"),
    ("Năm 2023, huyện phấn đấu thu ngân sách đạt 45 tỷ đồng.", "thu ngân sách"),
    ("Năm 2023, huyện phấn đấu đạt 45 tỷ đồng thu ngân sách.", "thu ngân sách"),
])
def test_no_cut_without_a_measure_after_the_verb(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("word", WORDS.target_cuts)
def test_every_target_cut(word):
    assert [i.name for i in inds(f"Năm 2023, Krông Búk {word} tốc độ tăng trưởng kinh tế đạt 8%.")] == [
        "tốc độ tăng trưởng kinh tế"]
