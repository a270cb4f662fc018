"""A name cut short at a comma inside its phrase (issue 17, session 37): the second verb of a passive
measure (``được thu gom, xử lý``) and a hyphen that joins two words (``nông-lâm nghiệp``) belong to the
name before the comma."""
from __future__ import annotations

import pytest

from indicator_cases import inds


@pytest.mark.parametrize("text, names", [
    # a district's resolution (Hà Tĩnh): two rates, each with its passive pair
    ("- Tỷ lệ chất thải rắn đô thị được thu gom, xử lý đạt 80%; tỷ lệ chất thải rắn nông thôn được thu gom, "
     "xử lý đạt 70%;", ["Tỷ lệ chất thải rắn đô thị được thu gom, xử lý",
                        "tỷ lệ chất thải rắn nông thôn được thu gom, xử lý"]),
    # a provincial report (tests/corpus 003)
    ("Năm 2023, tỷ lệ chất thải rắn được thu gom, xử lý đạt 95%.", ["tỷ lệ chất thải rắn được thu gom, xử lý"]),
])
def test_the_second_verb_of_a_passive_measure_keeps_the_first(text, names):
    assert [i.name for i in inds(text)] == names


@pytest.mark.parametrize("text, names", [
    # no name head opens the piece: a clause, not a measure ("hộ được hỗ trợ" is no rate's name)
    ("Năm 2023, các hộ được hỗ trợ, sửa chữa đạt 50%.", ["sửa chữa"]),
    # a piece with another clause word than "được" ("đã"): a clause before the name
    ("Năm 2023, tỷ lệ rác đã được thu gom, xử lý đạt 80%.", ["xử lý"]),
])
def test_no_passive_pair_without_a_name_head_or_with_a_clause(text, names):
    assert [i.name for i in inds(text)] == names


@pytest.mark.parametrize("text, name", [
    # a district's yearly report (Gia Lai, Chư Sê): the hyphen joins "nông" and "lâm"
    ("Năm 2023, tổng giá trị sản xuất đạt 14.759 tỷ đồng; trong đó, ngành nông-lâm nghiệp, thủy sản đạt "
     "4.598,03 tỷ đồng.", "ngành nông-lâm nghiệp, thủy sản"),
    ("Năm 2023, giá trị sản xuất nông-lâm nghiệp, thủy sản tăng 3,2%.", "giá trị sản xuất nông-lâm nghiệp, thủy sản"),
])
def test_a_hyphen_between_words_starts_no_piece(text, name):
    assert inds(text)[-1].name == name


def test_a_dash_between_spaces_still_starts_a_piece():
    # "- " opens a list item: the piece after it, not the line before
    assert [i.name for i in inds("Kết quả:\n- nông, lâm nghiệp tăng 3,2%.")] == ["nông, lâm nghiệp"]
