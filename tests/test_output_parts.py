"""A sector's level in a list of production values is its production value (resolve/output_parts.py)."""
import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.keys import _by_key


def _keys(text: str) -> dict:
    return {i.value: i.key for i in baocao.parse(text).indicators if i.kind == "indicator"}


@pytest.mark.parametrize("text, value, key", [
    # the parts after the whole, past a part keyed so (a town's half-year, Báo Tây Ninh's shape)
    ("Sáu tháng đầu năm 2024, tổng giá trị sản xuất các ngành ước đạt gần 5.100 tỷ đồng, tăng 5,1% so cùng kỳ. "
     "Trong đó, giá trị sản xuất thương mại - dịch vụ ước gần 2.300 tỷ đồng, tăng hơn 6,2%; công nghiệp - xây "
     "dựng ước gần 2.500 tỉ đồng, tăng gần 3,1%.", 2500e9, "production_value_industry_construction"),
    # right after the whole, then after a part re-keyed (a district council's year, Gia Lai TV's shape)
    ("Năm 2022, tổng giá trị sản xuất của huyện đạt trên 6.400 tỷ đồng, đạt 101% KH; ngành công nghiệp xây dựng "
     "trên 1.250 tỷ đồng đạt 100,3% KH; ngành dịch vụ trên 1.540 tỷ đồng đạt 100,2% KH.",
     1250e9, "production_value_industry_construction"),
    ("Năm 2022, tổng giá trị sản xuất của huyện đạt trên 6.400 tỷ đồng, đạt 101% KH; ngành công nghiệp xây dựng "
     "trên 1.250 tỷ đồng đạt 100,3% KH; ngành dịch vụ trên 1.540 tỷ đồng đạt 100,2% KH.",
     1540e9, "production_value_services"),
    # a sentence later, past an unkeyed part (329's shape)
    ("Tổng giá trị sản xuất năm 2018 ước đạt 8.700 tỷ đồng, tăng 7,2% so với năm 2017. Giá trị ngành nông, lâm, ngư "
     "nghiệp ước đạt 4.100 tỷ đồng. Ngành công nghiệp, xây dựng ước đạt 1.650 tỷ đồng.",
     1650e9, "production_value_industry_construction"),
])
def test_a_sector_after_a_production_value_is_its_production_value(text, value, key):
    assert _keys(text)[value] == key


@pytest.mark.parametrize("text, value, key", [
    # after a GRDP: the sector's value added, as a statistics release writes it
    ("Năm 2023, GRDP theo giá hiện hành đạt 41.500 tỷ đồng; khu vực công nghiệp - xây dựng đạt 9.800 tỷ đồng; "
     "khu vực dịch vụ đạt 17.300 tỷ đồng.", 9800e9, "grdp_industry"),
    ("Năm 2023, GRDP theo giá hiện hành đạt 41.500 tỷ đồng; khu vực công nghiệp - xây dựng đạt 9.800 tỷ đồng; "
     "khu vực dịch vụ đạt 17.300 tỷ đồng.", 17300e9, "grdp_services"),
    # a production value, then a GRDP between: the GRDP speaks for the part
    ("Giá trị sản xuất công nghiệp năm 2023 đạt 12.000 tỷ đồng; GRDP đạt 41.500 tỷ đồng; khu vực dịch vụ đạt "
     "17.300 tỷ đồng.", 17300e9, "grdp_services"),
    # a GRDP statement of another measure between, its size keyed nothing: its part
    ("Năm 2023, tổng giá trị sản xuất ước đạt 9.000 tỷ đồng, tăng 8%. Tổng sản phẩm trên địa bàn tăng 7,2%, quy mô "
     "đạt 20.000 tỷ đồng; khu vực dịch vụ 8.000 tỷ đồng.", 8000e9, "grdp_services"),
    # another paragraph: the production value before is no whole of it
    ("Tổng giá trị sản xuất năm 2023 đạt 9.000 tỷ đồng.\nKhu vực công nghiệp - xây dựng đạt 2.300 tỷ đồng.",
     2300e9, "grdp_industry"),
    # a name that says its value added
    ("Năm 2021, tổng giá trị sản xuất ước đạt 3.100 tỷ đồng; giá trị tăng thêm ngành dịch vụ ước đạt 1.200 tỷ đồng.",
     1200e9, None),
])
def test_a_sector_elsewhere_keeps_its_key(text, value, key):
    keys = _keys(text)
    if key is None:
        assert keys[value] not in {p.output for p in load("indicator_keys").output_parts}
    else:
        assert keys[value] == key


_NATIONAL = "Tổng sản phẩm trong nước (GDP) năm 2023 ước tính tăng 5,05% so với năm trước.\n"


@pytest.mark.parametrize("entry", load("indicator_keys").output_parts, ids=lambda e: e.sector)
def test_every_output_part(entry):
    keys = _by_key()
    assert entry.output in keys and entry.output in load("indicator_keys").output_wholes
    national = entry.sector.startswith("gdp_")
    sector = keys[entry.sector.replace("gdp_", "grdp_")].variants[0]
    lead = _NATIONAL if national else ""
    alone = f"{lead}Năm 2023, {sector} đạt 2.345 tỷ đồng."
    assert _keys(alone)[2345e9] == entry.sector
    listed = f"{lead}Năm 2023, tổng giá trị sản xuất đạt 9.876 tỷ đồng; {sector} đạt 2.345 tỷ đồng."
    assert _keys(listed)[2345e9] == entry.output


@pytest.mark.parametrize("whole", load("indicator_keys").output_wholes)
def test_every_output_whole(whole):
    assert whole in _by_key()
    name = {"production_value": "tổng giá trị sản xuất"}.get(whole, _by_key()[whole].variants[0])
    text = f"Năm 2023, {name} đạt 9.876 tỷ đồng; ngành dịch vụ đạt 2.345 tỷ đồng."
    keys = _keys(text)
    assert keys[9876e9] == whole
    assert keys[2345e9] == "production_value_services"


@pytest.mark.parametrize("word", load("indicator_keys").value_added_words)
def test_every_value_added_word(word):
    text = f"Năm 2023, tổng giá trị sản xuất đạt 9.876 tỷ đồng; {word} ngành dịch vụ đạt 2.345 tỷ đồng."
    assert _keys(text).get(2345e9) != "production_value_services"
