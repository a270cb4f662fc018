"""A part of a breakdown takes the key of its whole's part before its own name's key: the sector of a
production value total is the sector's production value, not the sector's value added (GRDP)."""
from __future__ import annotations

import pytest

from indicator_cases import inds

_PRODUCTION = ("Năm 2023, tổng giá trị sản xuất ước đạt 12.000 tỷ đồng, trong đó: ngành nông-lâm nghiệp, "
               "thủy sản đạt 4.598 tỷ đồng; ngành công nghiệp-xây dựng đạt 5.395 tỷ đồng.")


def _keys(text: str) -> dict:
    return {i.name: i.key for i in inds(text)}


@pytest.mark.parametrize("part, key", [
    ("ngành công nghiệp-xây dựng", "production_value_industry_construction"),
    ("ngành nông-lâm nghiệp, thủy sản", "production_value_agriculture"),
])
def test_a_part_of_a_production_value_is_its_production_value(part, key):
    assert _keys(_PRODUCTION).get(part) == key


def test_a_part_of_grdp_keeps_its_sector_key():
    # the whole is GRDP: its parts are the sectors' value added, as their own names say
    text = ("Tổng sản phẩm trên địa bàn (GRDP) năm 2023 ước đạt 45.000 tỷ đồng, trong đó: khu vực nông "
            "lâm nghiệp và thủy sản đạt 12.000 tỷ đồng.")
    got = {i.key for i in inds(text) if i.value == 12_000_000_000_000}
    assert got == {"grdp_agriculture"}
