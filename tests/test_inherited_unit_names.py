"""A level with no phrase before it whose phrase after is only its own unit, in the unit of the statement
before and in its clause, is that statement again (resolve.inherited_names.again_in_its_unit): 425 Kon Tum Đắk
Tô, as a percentage or an amount with no phrase already was; and negatives."""
from __future__ import annotations

import pytest

from indicator_cases import inds


def _named(text):
    return [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text, named", [
    ("Số tiêu chí bình quân/xã năm 2011 chỉ đạt 1,5 tiêu chí/xã, đến năm 2015 là 11,5 tiêu chí/1 xã.",
     ("Số tiêu chí bình quân/xã", 11.5)),
    ("Năm 2020 toàn huyện có 3.594 hộ nghèo, năm 2021 còn 2.000 hộ.", ("hộ nghèo", 2000)),
])
def test_a_level_named_only_by_its_unit_is_the_statement_before_again(text, named):
    assert named in _named(text), _named(text)


@pytest.mark.parametrize("text, named", [
    ("Hiện, toàn huyện có 45 trường với 708 lớp.", ("lớp", 708)),                        # another unit
    ("Năm 2020 có 3.594 hộ nghèo, 2.000 hộ cận nghèo.", ("hộ cận nghèo", 2000)),          # named after it
    ("Có 20/24 sản phẩm công nghiệp chủ yếu có mức tăng trưởng, trong đó có 2/20 sản phẩm đạt mức tăng trưởng "
     "trên 10%.", ("sản phẩm", 2)),                                                        # words after it, cut
    ("Năm 2020 có 3.594 hộ nghèo. Năm 2021 còn 2.000 hộ.", ("hộ", 2000)),                 # another sentence
])
def test_no_name_is_inherited_where_the_figure_is_named_or_apart(text, named):
    assert named in _named(text), _named(text)


@pytest.mark.parametrize("text, wrong", [
    # a part of the level before, no time of its own: never the whole's name
    ("Ở cấp tỉnh, tổng số cán bộ nữ là 5.814 người, trong đó có 714 người, giữ chức vụ lãnh đạo.",
     ("tổng số cán bộ nữ", 714)),
    ("Tổng số hộ nghèo là 1.200 hộ, trong đó 300 hộ.", ("Tổng số hộ nghèo", 300)),
    ("Toàn tỉnh có 120 trường đạt chuẩn quốc gia, trong đó có 45 trường.", ("trường đạt chuẩn quốc gia", 45)),
    # another count the clause judges
    ("Năm 2016 có 110.100 doanh nghiệp mới thành lập, số doanh nghiệp tạm ngừng hoạt động còn khá cao, "
     "27.400 doanh nghiệp.", ("doanh nghiệp mới thành lập", 27400)),
])
def test_a_level_with_no_period_of_its_own_takes_no_name_of_the_statement_before(text, wrong):
    assert wrong not in _named(text), _named(text)


@pytest.mark.parametrize("text, wrong", [
    ("Huyện có 25 trường đạt chuẩn quốc gia, năm 2022 có 4 trường.", ("trường đạt chuẩn quốc gia", 4)),
    ("Năm 2020 toàn huyện có 1.200 hộ nghèo, trong năm 2021 có 300 hộ.", ("hộ nghèo", 300)),
])
def test_a_level_of_a_year_that_may_be_its_flow_takes_no_name(text, wrong):
    assert wrong not in _named(text), _named(text)


@pytest.mark.parametrize("word, lead", [("đến", "đến năm 2021 có"), ("còn", "năm 2021 còn"), ("là", "năm 2021 là")])
def test_each_again_level_word(word, lead):
    from baocao.resolve.vocabulary import WORDS
    assert word in WORDS.again_level_words
    assert ("hộ nghèo", 2000) in _named(f"Năm 2020 toàn huyện có 3.594 hộ nghèo, {lead} 2.000 hộ.")


def test_every_again_level_word_is_tested():
    from baocao.resolve.vocabulary import WORDS
    assert sorted(WORDS.again_level_words) == sorted(["đến", "còn", "là"])
