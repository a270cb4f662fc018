"""A share named by a sector's value in a sentence on the economy's structure is the sector's share of the economy
(resolve/key_structure_values.py; dev 379 phuyen.vietccr, 263 Ninh Phước's portal, 218 Báo Gia Lai), with its
negatives: no structure word, labour's structure, a value of no sector, a growth, a level."""
from __future__ import annotations

import pytest

from indicator_cases import inds
from baocao.resolve import match_key
from baocao.resolve._rules import load
from baocao.resolve.key_structure_values import structure_value_key


def _key(text: str, fig: str):
    found = [i for i in inds(text) if fig in i.text]
    assert found, [(i.name, i.text) for i in inds(text)]
    return found[0].key


@pytest.mark.parametrize("text, fig, key", [
    # 379
    ("Năm 2010, giá trị công nghiệp - xây dựng chiếm 34,4% trong cơ cấu GDP, tăng 0,2% so năm 2009.", "34,4%",
     "economic_structure_industry"),
    # 263
    ("Tổng giá trị sản xuất 2017 (giá so sánh 2010) 5639,4 tỷ đồng, tăng trưởng 8,74%; cơ cấu: giá trị sản xuất "
     "ngành nông-lâm-ngư nghiệp 42,77%; công nghiệp, tiểu thủ công nghiệp-xây dựng 24,03%.", "42,77%",
     "economic_structure_agriculture"),
    # 218
    ("Cơ cấu kinh tế dịch chuyển đúng hướng, trong đó, tỷ trọng giá sản xuất nông, lâm nghiệp-thủy sản chiếm 9,05% "
     "(giảm 0,45% so với năm trước).", "9,05%", "economic_structure_agriculture"),
    ("Cơ cấu kinh tế chuyển dịch tích cực, tỷ trọng giá trị sản xuất ngành thương mại - dịch vụ chiếm 41,2%.",
     "41,2%", "economic_structure_services"),
])
def test_a_sector_s_value_in_the_structure_is_its_share(text, fig, key):
    assert _key(text, fig) == key


@pytest.mark.parametrize("text, fig", [
    # no word of the structure: a share of a production value
    ("Giá trị sản xuất nông nghiệp chiếm 42,77% giá trị sản xuất toàn ngành nông, lâm, thủy sản.", "42,77%"),
    # labour's structure
    ("Cơ cấu lao động chuyển dịch, giá trị sản xuất nông nghiệp chiếm 38,5%.", "38,5%"),
    # a value of no sector
    ("Cơ cấu trồng trọt chuyển dịch, giá trị sản xuất cây lúa chiếm 45,2%.", "45,2%"),
    # a growth of the sector's value
    ("Cơ cấu kinh tế chuyển dịch đúng hướng, giá trị sản xuất công nghiệp - xây dựng tăng 12,5%.", "12,5%"),
])
def test_no_structure_or_no_sector_share_no_key(text, fig):
    assert _key(text, fig) in (None, "production_value_industry_construction_growth")


def test_the_name_alone_still_keys_nothing():
    # match_key itself is unchanged: a production value's share is no share of the economy
    assert match_key("giá trị sản xuất nông, lâm nghiệp", "%", "share") is None


@pytest.mark.parametrize("head", load("indicator_keys").structure_value_heads)
def test_every_structure_value_head(head):
    assert structure_value_key(f"{head} nông, lâm nghiệp và thủy sản") == "economic_structure_agriculture"
    assert structure_value_key(f"{head} cây cà phê") is None


@pytest.mark.parametrize("word", load("indicator_keys").structure_value_words)
def test_every_structure_word(word):
    text = f"{word.capitalize()} chuyển dịch, giá trị sản xuất công nghiệp - xây dựng chiếm 30,5%."
    assert _key(text, "30,5%") == "economic_structure_industry"


@pytest.mark.parametrize("word", load("indicator_keys").structure_value_vetoes)
def test_every_structure_veto(word):
    text = f"Cơ cấu {word} chuyển dịch, giá trị sản xuất công nghiệp - xây dựng chiếm 30,5%."
    assert _key(text, "30,5%") is None
