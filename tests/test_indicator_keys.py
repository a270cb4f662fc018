"""Keys of the genre's indicators (issue 17): the provincial statistical indicator system and the dev
gold's proposals in resolve/data/indicator_keys.yaml, level, growth and share kept apart, and no key
taken from a neighbour (a wrong key is worse than none). Every entry's own names are checked in
tests/test_indicators.py (test_every_key_entry_matches_its_own_variants)."""
import pytest

import baocao
from baocao.resolve import match_key
from baocao.resolve.keys import key_unit


def keys(text):
    return [(i.name, i.key) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("name,unit,measure,key", [
    ("Giá trị sản xuất công nghiệp", "VND", "level", "production_value_industry"),
    ("Giá trị sản xuất công nghiệp", "%", "growth", "production_value_industry_growth"),
    ("Khu vực nông, lâm nghiệp và thủy sản", "VND", "level", "grdp_agriculture"),
    ("Khu vực nông, lâm nghiệp và thủy sản", "%", "growth", "grdp_growth_agriculture"),
    ("Khu vực nông, lâm nghiệp và thủy sản", "%", "share", "economic_structure_agriculture"),
    ("Khu vực nông, lâm nghiệp và thủy sản", "điểm phần trăm", None, "grdp_growth_contribution_agriculture"),
    ("năng suất lao động", "VND", "level", "labour_productivity"),
    ("năng suất lao động", "%", "growth", "labour_productivity_growth"),
    ("vận chuyển hành khách", "lượt người", "level", "passenger_transport"),
    ("vận chuyển hành khách", "%", "growth", "passenger_transport_growth"),
    ("hộ nghèo", "hộ", "level", "poor_households"),
    ("Tỷ lệ hộ nghèo", "%", None, "poverty_rate"),
])
def test_a_name_gets_the_key_of_what_its_figure_measures(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("name,unit,measure,not_key", [
    # a neighbour's name holds the entry's words: no key, or the neighbour's
    ("giá trị sản xuất khu vực nông - lâm nghiệp và thủy sản", "VND", "level", "grdp_agriculture"),
    ("Tỷ lệ hộ nghèo", "hộ", None, "poor_households"),
    ("Tổng diện tích gieo trồng vụ đông xuân", "ha", "level", "winter_crop_sown_area"),
    ("tổng vốn huy động xây dựng nông thôn mới", "VND", "level", "deposits_mobilised"),
    ("sản phẩm được chứng nhận OCOP 4 sao", "sản phẩm", "level", "ocop_products"),
    ("Số người chết", "người", "level", "traffic_deaths"),
    ("Chỉ số giá tiêu dùng nhóm hàng hóa và dịch vụ khác", "%", "growth", "other_services_revenue_growth"),
    ("Doanh thu bán lẻ hàng hóa và dịch vụ tiêu dùng", "VND", "level", "retail_goods_sales"),
])
def test_a_key_is_never_taken_from_a_neighbour(name, unit, measure, not_key):
    assert match_key(name, unit, measure) != not_key


def test_a_yield_is_keyed_with_its_unit_per_area():
    assert key_unit("tạ", "ha") == "tạ/ha" and key_unit("VND", "người") == "VND"
    assert keys("Năng suất lúa vụ mùa ước đạt 61,0 tạ/ha.") == [("Năng suất lúa vụ mùa", "rice_yield")]
    assert keys("Thu nhập bình quân đầu người đạt 60 triệu đồng/người.") == [
        ("Thu nhập bình quân đầu người", "income_per_capita")]


def test_the_province_at_the_end_of_a_name_is_no_part_of_its_key():
    assert match_key("Số lao động được giải quyết việc làm trên địa bàn tỉnh", "lao động", "level") == "new_jobs"


def test_a_parenthesis_that_leaves_out_stays_in_the_name_and_its_key():
    got = keys("Chỉ số sản xuất công nghiệp (trừ dầu thô và khí đốt) ước tăng 6,25% so với cùng kỳ.")
    assert got == [("Chỉ số sản xuất công nghiệp (trừ dầu thô và khí đốt)", "iip_excl_oil_gas_growth")]
    got = keys("Chỉ số sản xuất công nghiệp (IIP) ước tăng 6,25% so với cùng kỳ.")
    assert got == [("Chỉ số sản xuất công nghiệp", "iip_growth")]


def test_a_level_of_government_is_no_place():
    # "cấp tỉnh" / "cấp huyện" say whose budget, not the document's place: kept for the key
    assert match_key("vốn ngân sách nhà nước cấp huyện", "VND", "level") == "state_budget_investment_district"
    assert match_key("vốn ngân sách nhà nước cấp tỉnh", "VND", "level") == "state_budget_investment_provincial"
