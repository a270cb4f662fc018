"""A bare administrative unit that has or reaches a measure (issue 17, session 36): the measure names the
figure, the unit being its subject."""
from __future__ import annotations

import pytest

from indicator_cases import inds
from baocao.resolve.vocabulary import WORDS


@pytest.mark.parametrize("text, name", [
    # a district portal's village profile (Đắk Lắk)
    ("Năm 2019, là buôn có tỷ lệ đồng bào dân tộc thiểu số chiếm gần 90%.", "tỷ lệ đồng bào dân tộc thiểu số"),
    ("Năm 2022, huyện đạt tốc độ tăng trưởng kinh tế 8,5%.", "tốc độ tăng trưởng kinh tế"),
    ("Năm 2022, thị xã đã có tỷ lệ đô thị hóa 45%.", "tỷ lệ đô thị hóa"),
])
def test_a_bare_unit_that_has_a_measure_is_its_subject(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text, name", [
    # a unit with its proper name tells the parts of a whole apart: it stays
    ("Năm 2022, huyện Pác Nặm có tỷ lệ hộ nghèo 35,22%.", "huyện Pác Nặm có tỷ lệ hộ nghèo"),
    # a unit counted before it: a piece of the count, no subject
    ("Trong tháng 9/2023, cả nước có 09 tỉnh, thành phố có kim ngạch xuất khẩu đạt trên 01 tỷ USD.",
     "thành phố có kim ngạch xuất khẩu"),
    # what the unit reaches is no measure's noun: the counted units are the name
    ("Năm 2022, xã đạt chuẩn nông thôn mới 12 xã.", "xã đạt chuẩn nông thôn mới"),
])
def test_no_subject_cut_where_the_unit_is_part_of_the_name(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("head", WORDS.subject_measure_heads)
def test_every_subject_measure_head(head):
    assert [i.name for i in inds(f"Năm 2022, huyện có {head} bình quân đầu người 45%.")] == [
        f"{head} bình quân đầu người"]


def test_a_place_the_unit_has_is_no_measure():
    # a broadcaster's byline after the zone it names (test_indicator_names): "khu vực" is a place here
    assert [i.name for i in inds("Tỉnh có khu vực Điện Biên TV - Tốc độ tăng trưởng đạt 6,28%.")] == [
        "Tỉnh có khu vực Điện Biên TV - Tốc độ tăng trưởng"]
