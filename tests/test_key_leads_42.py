"""Keys of session 42 (issue 17), read from what stands beside a statement's name: the whole or lead
that names a production value (a sector's growth under it is no growth of its value added: 250 Phú
Yên's planning office, 251 Ninh Bình's statistics office, 252 Công luận, 259 123docz); a place list's
own lead over a whole before it (264 Báo Ninh Thuận, on the lead mechanism of 143 and 234), with the
city written "Tp." and a name joined by a dash; the verb before a crop's area (067 Kon Tum, 168 Cao
Bằng, 261 Lâm Đồng). With the negatives that keep each to its shape."""
import pytest

from indicator_cases import inds
from baocao.resolve import match_key
from baocao.resolve.crop_verbs import verb_crop_key
from baocao.resolve.place_parts import is_place


def _keys(text):
    return [(i.name, i.key) for i in inds(text)]


@pytest.mark.parametrize("text", [
    # 250: the parts of the production value of agriculture, forestry and fisheries
    "Tổng giá trị sản xuất nông - lâm - thủy sản là 5.480,8 tỷ đồng, tăng 4,8% so với cùng kỳ năm trước, "
    "trong đó: nông nghiệp tăng 5,1%, lâm nghiệp tăng 18,8% và thủy sản tăng 3,5%.",
    # 251: a part in a parenthesis after the production value of industry and construction
    "Giá trị sản xuất công nghiệp và xây dựng tăng 12,92% (Trong đó riêng Công nghiệp tăng 15,06%).",
    # 252: under a lead that names the production value's growth
    "Tốc độ tăng giá trị sản xuất bình quân năm 2022 đạt 8,2% (trong đó: Nông, lâm, thuỷ sản tăng 1,7%; "
    "Công nghiệp - Xây dựng tăng 9,3%; Dịch vụ tăng 12,6%).",
])
def test_a_sector_under_a_production_value_gets_no_value_added_key(text):
    got = _keys(text)
    assert not any(k is not None and k.startswith("grdp_growth_") for _, k in got), got


@pytest.mark.parametrize("text, keys", [
    # the same sectors under the GRDP keep their keys
    ("Tổng sản phẩm trên địa bàn (GRDP) tăng 7,2%, trong đó: nông nghiệp tăng 3,1%, công nghiệp tăng 9,5%, "
     "dịch vụ tăng 6,8%.",
     ["grdp_growth", "grdp_growth_agriculture", "grdp_growth_industry_proper", "grdp_growth_services"]),
    ("Tăng trưởng kinh tế đạt 8,2% (trong đó: Nông, lâm, thuỷ sản tăng 1,7%; Công nghiệp - Xây dựng tăng 9,3%; "
     "Dịch vụ tăng 12,6%).",
     ["grdp_growth", "grdp_growth_agriculture", "grdp_growth_industry", "grdp_growth_services"]),
])
def test_a_sector_under_the_grdp_keeps_its_key(text, keys):
    assert [k for _, k in _keys(text)] == keys


def test_a_place_list_takes_its_own_leads_key_over_the_whole_before_it():
    # 264: the whole before is the near-poor count; the list's lead names the poor households
    got = _keys("Số hộ nghèo toàn tỉnh là 11.925 hộ, chiếm 6,74%, và số hộ cận nghèo là 14.176 hộ, chiếm 8,02%, "
                "giảm 1,15% so với năm 2018. Cụ thể, số hộ nghèo tại các huyện, thành phố, gồm: Ninh Sơn 2.638 hộ, "
                "Thuận Bắc 2.456 hộ và Tp. Phan Rang - Tháp Chàm 1.009 hộ.")
    assert [k for n, k in got if is_place(n)] == ["poor_households"] * 3, got


@pytest.mark.parametrize("text, key", [
    # a lead that names nothing leaves the parts the whole's key
    ("Số hộ cận nghèo là 14.176 hộ, chiếm 8,02%. Cụ thể, gồm: Ninh Sơn 2.638 hộ, Thuận Bắc 2.456 hộ.",
     "near_poor_households"),
    # a lead that says a change names no level of the parts
    ("Số hộ cận nghèo là 14.176 hộ. Cụ thể, số hộ nghèo giảm tại các huyện: Ninh Sơn 2.638 hộ, Thuận Bắc 2.456 hộ.",
     "near_poor_households"),
])
def test_a_lead_naming_nothing_leaves_the_wholes_key(text, key):
    got = _keys(text)
    assert [k for n, k in got if is_place(n)] == [key] * 2, got


@pytest.mark.parametrize("name, place", [
    ("Tp. Phan Rang - Tháp Chàm", True), ("TP. Tây Ninh", True), ("TP Tuy Hòa", True),
    ("Phan Rang-Tháp Chàm", True),
    ("Công nghiệp - Xây dựng", False), ("Nông - Lâm", False), ("Tp. Không Có", False),
])
def test_a_city_abbreviated_and_a_joined_name_are_places(name, place):
    assert is_place(name) is place


@pytest.mark.parametrize("text, key", [
    ("Lúa gieo trồng 889 ha, tăng 11,68%.", "rice_planted_area"),
    ("Trên địa bàn tỉnh đã thu hoạch được 3.049 ha lúa vụ đông xuân, chiếm 41,16%.", "rice_harvest_area"),
    # r01 (Hưng Yên): the winter crop's vegetables
    ("Đến ngày 30/12/2024, toàn tỉnh gieo trồng được 6.723 ha rau màu vụ đông, đạt 109,32% kế hoạch.",
     "winter_vegetable_sown_area"),
])
def test_the_verb_before_a_crops_area_keys_it(text, key):
    assert _keys(text)[0][1] == key


@pytest.mark.parametrize("name, lead, unit", [
    ("lúa", "trong moi duoc ", "ha"),          # newly planted: no verb of the list
    ("lúa", "gieo trong ", "tấn"),             # an output, no area
    ("vụ Hè Thu", "xuong giong ", "ha"),        # no crop named
    ("lúa", "thu hoach xong ", "ha"),           # the verb does not end the lead
    ("cây trồng", "gieo trong duoc ", "ha"),    # no crop of crop_words
    ("Rau, đậu, hoa", "gieo trong ", "ha"),     # a group of crops (261), none of them
    ("lúa và ngô", "gieo trong ", "ha"),
])
def test_no_verb_no_crop_no_area_key(name, lead, unit):
    assert verb_crop_key(name, lead, unit, "level") is None


@pytest.mark.parametrize("verb, key", [
    ("gieo trồng", "rice_planted_area"), ("gieo cấy", "rice_planted_area"), ("xuống giống", "rice_planted_area"),
    ("trồng", "rice_planted_area"), ("thu hoạch", "rice_harvest_area"),
])
def test_every_crop_verb(verb, key):
    from baocao.core.fold import fold
    assert verb_crop_key("lúa", f"toan tinh {fold(verb)} duoc ", "ha", "level") == key


@pytest.mark.parametrize("name, unit, measure, key", [
    # a sector's production value is the sector's, never the total's (238, 227)
    ("Tăng trưởng giá trị sản xuất công nghiệp", "%", "growth", "production_value_industry_growth"),
    ("tổng giá trị sản xuất nông - ngư nghiệp", "VND", "level", "production_value_agriculture"),
    # the totals keep their keys
    ("tốc độ tăng trưởng giá trị sản xuất", "%", "growth", "production_value_growth"),
    ("Tăng trưởng giá trị sản xuất bình quân", "%", "growth", "production_value_growth"),
    ("tổng giá trị sản xuất, thương mại, dịch vụ", "VND", "level", "production_value"),
    ("Tổng giá trị sản xuất (theo giá so sánh 2010) các ngành kinh tế", "VND", "level", "production_value"),
    # the buffaloes alone keep theirs
    ("Tổng đàn trâu", "con", "level", "buffalo_herd"),
    ("đàn trâu", "%", "growth", "buffalo_herd_growth"),
    ("thuế sản phẩm", "điểm phần trăm", "growth", "grdp_growth_contribution_product_taxes"),
    ("khu vực dịch vụ", "điểm phần trăm", "growth", "grdp_growth_contribution_services"),
    ("Tổng thu ngân sách nhà nước trên địa bàn", "VND", "level", "budget_revenue"),
])
def test_the_vocabulary_of_session_42(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("name, unit, measure", [
    # the buffaloes and the cattle together are neither herd (210)
    ("tổng đàn trâu bò", "con", "level"),
    ("đàn trâu, bò", "%", "growth"),
    # the services and the product taxes together are a sum of two (235)
    ("khu vực dịch vụ và thuế sản phẩm", "điểm phần trăm", "growth"),
    # the part of the revenue a level of government manages is no whole (260)
    ("Thu NSNN do huyện quản lý", "VND", "level"),
    ("Thu NS tỉnh quản lý", "VND", "level"),
])
def test_a_sum_of_two_gets_no_key(name, unit, measure):
    assert match_key(name, unit, measure) is None


@pytest.mark.parametrize("name, unit, key", [
    # the count of cultural families, villages and agencies is keyed as their share is (202 Thường Tín,
    # 219 Hà Tĩnh; the gold keys both alike)
    ("hộ gia đình văn hóa", "hộ", "cultural_households"),
    ("hộ gia đình văn hóa", "%", "cultural_households"),
    ("thôn văn hóa", "thôn", "cultural_villages"),
    ("làng văn hóa", "làng", "cultural_villages"),
    ("cơ quan văn hóa", "cơ quan", "cultural_agencies"),
    ("cơ quan, đơn vị văn hóa", "đơn vị", "cultural_agencies"),
])
def test_cultural_counts(name, unit, key):
    assert match_key(name, unit, "level") == key


@pytest.mark.parametrize("name, unit", [
    # a village's cultural house is no cultural village
    ("thôn có nhà văn hóa", "thôn"), ("nhà văn hóa thôn", "nhà"), ("cơ quan", "cơ quan"),
    ("thiết chế văn hóa cơ quan", "cơ quan"),
])
def test_no_cultural_key(name, unit):
    assert match_key(name, unit, "level") is None


@pytest.mark.parametrize("name, unit", [("làng văn hóa", "làng"), ("ấp văn hóa", "ấp")])
def test_a_cultural_village_is_no_new_rural_village(name, unit):
    """Session 41's negative (tests/test_key_variants_41.py), now that "làng văn hóa" has a key of its own."""
    assert match_key(name, unit, "level") in (None, "cultural_villages")
