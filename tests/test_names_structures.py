"""Shares of the economy's structure named by their part (issue 17, session 36): a name that opens with
the structure (``structure_heads``) and goes on with sectors only (``structure_parts``) names the part."""
from __future__ import annotations

import pytest

from indicator_cases import inds
from baocao.resolve.vocabulary import WORDS


@pytest.mark.parametrize("text, names", [
    # a district portal's year report (Hà Nam), no separator after the structure
    ("Năm 2021, tốc độ tăng trưởng kinh tế ước đạt 14%; Cơ cấu kinh tế Nông-lâm-thủy sản 7,2%, Công nghiệp - "
     "xây dựng 67,2%, Dịch vụ 25,6%.",
     ["tốc độ tăng trưởng kinh tế", "Nông-lâm-thủy sản", "Công nghiệp - xây dựng", "Dịch vụ"]),
    # the same district's 2002 account: the structure pointed back to, then "là"
    ("Trong năm 2002, cơ cấu này là nông nghiệp - thủy sản 50%, công nghiệp – xây dựng 22,3%, dịch vụ 27,7%.",
     ["nông nghiệp - thủy sản", "công nghiệp – xây dựng", "dịch vụ"]),
    # a provincial party congress's targets (Hà Giang)
    ("Đến năm 2020, cơ cấu kinh tế thương mại - dịch vụ chiếm 39%, công nghiệp - xây dựng 28%.",
     ["thương mại - dịch vụ", "công nghiệp - xây dựng"]),
])
def test_a_share_of_the_structure_is_named_by_its_part(text, names):
    assert [i.name for i in inds(text)] == names


def test_the_part_is_a_share_keyed_as_the_structures():
    found = inds("Đến năm 2020, cơ cấu kinh tế thương mại - dịch vụ chiếm 39%, công nghiệp - xây dựng 28%.")
    assert [(i.measure, i.key) for i in found] == [("share", "economic_structure_services"),
                                                  ("share", "economic_structure_industry")]
    first = inds("Năm 2021, Cơ cấu kinh tế Nông-lâm-thủy sản 7,2%, Dịch vụ 25,6%.")[0]
    assert (first.name, first.measure, first.key) == ("Nông-lâm-thủy sản", "share", "economic_structure_agriculture")


@pytest.mark.parametrize("text, name", [
    # a structure of something else, or more than sectors after it: the name stays whole
    ("Năm 2020, cơ cấu lao động nông nghiệp chiếm 39%.", "cơ cấu lao động nông nghiệp"),
    ("Năm 2020, cơ cấu kinh tế nông nghiệp tăng tỷ trọng chăn nuôi lên 30%.",
     "cơ cấu kinh tế nông nghiệp tăng tỷ trọng chăn nuôi"),
    ("Năm 2023, cơ cấu kinh tế chuyển dịch đúng hướng đạt 90%.", "cơ cấu kinh tế chuyển dịch đúng hướng"),
])
def test_no_part_where_more_than_sectors_follow(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("head", WORDS.structure_heads)
def test_every_structure_head(head):
    assert [i.name for i in inds(f"Năm 2022, {head} dịch vụ 38,5%.")] == ["dịch vụ"]


@pytest.mark.parametrize("part", WORDS.structure_parts)
def test_every_structure_part(part):
    assert [i.name for i in inds(f"Năm 2022, cơ cấu kinh tế {part} 38,5%.")] == [part]


def test_a_sector_named_with_its_noun_stays_whole():
    # "ngành" opens a name of its own (test_indicators: "Cơ" is no filler "có")
    assert [i.name for i in inds("Cơ cấu ngành dịch vụ chiếm 45%.")] == ["Cơ cấu ngành dịch vụ"]
