"""The key vocabulary reads the standard concepts in the other words unseen reports use (issue 17,
session 37): the programme's criteria named with the programme ("tiêu chí về xây dựng nông thôn mới"),
"dùng" for "sử dụng", the budget's import-export tax, a value per unit of area, a population counted in
nhân khẩu; and the concepts the dev gold proposed in several publishers' documents: the value of
industrial production by ownership, the capital invested in basic construction, the OCOP products
added. With the negatives that keep each from its neighbours (a wrong key is worse than none)."""
import pytest

from baocao.resolve import match_key
from baocao.resolve.key_parts import part_key


@pytest.mark.parametrize("name,unit,measure,key", [
    # the criteria met, named with the programme (136 Cà Mau, 138 Kon Tum, 175 Hòa Bình)
    ("tiêu chí về xây dựng nông thôn mới", "tiêu chí", "level", "ntm_criteria_met"),
    ("tiêu chí xây dựng nông thôn mới", "tiêu chí", "level", "ntm_criteria_met"),
    ("tiêu chí của Chương trình mục tiêu quốc gia Xây dựng nông thôn mới", "tiêu chí", "level", "ntm_criteria_met"),
    ("tiêu chí bộ tiêu chí huyện nông thôn mới", "tiêu chí", "level", "ntm_criteria_met"),
    # "dùng" for "sử dụng", "hộ dân" for "hộ" (151 Bắc Giang; the NTM criteria's standard names)
    ("Tỷ lệ hộ dân dùng nước hợp vệ sinh", "%", "rate", "clean_water_rural"),
    ("tỷ lệ hộ dùng nước hợp vệ sinh", "%", "rate", "clean_water_rural"),
    ("Tỷ lệ hộ dân sử dụng điện sinh hoạt", "%", "rate", "electrified_households"),
    ("tỷ lệ hộ dân sử dụng điện", "%", "rate", "electrified_households"),
    # the budget's revenue from import-export duties, as the treasury names it (176 Đồng Nai)
    ("Thuế xuất nhập khẩu", "VND", "level", "import_export_revenue"),
    ("thuế xuất khẩu, nhập khẩu", "VND", "level", "import_export_revenue"),
    # a value per unit of area (170 Hà Nam; the agricultural restructuring's standard target)
    ("Giá trị kinh tế trên đơn vị diện tích", "VND", "level", "output_value_per_ha"),
    ("giá trị sản xuất trên một đơn vị diện tích", "VND/ha", "level", "output_value_per_ha"),
    # a place's people as the household register counts them ("267 hộ, với 1060 nhân khẩu", 133, 175)
    ("nhân khẩu", "nhân khẩu", "level", "population"),
    ("tổng số nhân khẩu", "nhân khẩu", "level", "population"),
    # the capital invested in basic construction (111 Hà Tĩnh, 156 Gia Lai, 164 Bình Định)
    ("tổng giá trị đầu tư xây dựng cơ bản", "VND", "level", "capital_construction_investment"),
    ("Tổng vốn đầu tư xây dựng cơ bản", "VND", "level", "capital_construction_investment"),
    ("vốn đầu tư XDCB", "VND", "level", "capital_construction_investment"),
    ("giá trị đầu tư xây dựng cơ bản", None, "level", "capital_construction_investment"),
    # the budget's revenue from the foreign-invested sector without "có vốn" (176 Đồng Tháp)
    ("Thu từ khu vực đầu tư nước ngoài", "VND", "level", "revenue_fdi_sector"),
    # the OCOP products added (105 Bắc Giang, 170 Hà Nam): an amount the level rises by
    ("thêm sản phẩm OCOP", "sản phẩm", "level", "ocop_products_increase"),
    ("sản phẩm OCOP", "sản phẩm", "growth", "ocop_products_increase"),
])
def test_the_standard_concepts_in_other_words(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("name,unit,measure,not_key", [
    # the budget's spending on basic construction, and its disbursement, are no investment in it
    ("chi đầu tư xây dựng cơ bản", "VND", "level", "capital_construction_investment"),
    ("giải ngân vốn đầu tư xây dựng cơ bản", "VND", "level", "capital_construction_investment"),
    ("chi đầu tư XDCB tập trung", "VND", "level", "capital_construction_investment"),
    # a poor household's people are no population; a town's water is no rural water
    ("hộ nghèo", "nhân khẩu", "level", "population"),
    ("nhân khẩu nông thôn", "nhân khẩu", "level", "population"),
    ("tỷ lệ hộ dân đô thị dùng nước hợp vệ sinh", "%", "rate", "clean_water_rural"),
    # the products at a star rating are a part; the products there are no amount added
    ("thêm sản phẩm OCOP 4 sao", "sản phẩm", "level", "ocop_products_increase"),
    ("sản phẩm OCOP", "sản phẩm", "level", "ocop_products_increase"),
    # the criteria of a higher standard, and the average per commune, are no criteria met
    ("tiêu chí xây dựng nông thôn mới nâng cao", "tiêu chí", "level", "ntm_criteria_met"),
    ("bình quân tiêu chí xây dựng nông thôn mới", "tiêu chí", "level", "ntm_criteria_met"),
])
def test_a_synonym_keeps_to_its_concept(name, unit, measure, not_key):
    assert match_key(name, unit, measure) != not_key


@pytest.mark.parametrize("whole,part,key", [
    ("Giá trị sản xuất công nghiệp", "khu vực kinh tế Nhà nước", "production_value_industry_state"),
    ("giá trị sản xuất công nghiệp tỉnh Bắc Giang", "khu vực kinh tế Nhà nước", "production_value_industry_state"),
    ("Giá trị sản xuất công nghiệp", "kinh tế nhà nước", "production_value_industry_state"),
    ("giá trị sản xuất công nghiệp", "khu vực kinh tế ngoài Nhà nước", "production_value_industry_nonstate"),
    ("giá trị sản xuất công nghiệp", "Kinh tế ngoài nhà nước", "production_value_industry_nonstate"),
    ("giá trị sản xuất công nghiệp", "khu vực kinh tế có vốn đầu tư nước ngoài", "production_value_industry_fdi"),
])
def test_the_industrial_production_by_ownership(whole, part, key):
    assert part_key(whole, part, "VND", "level") == key


@pytest.mark.parametrize("whole,part", [
    # the value of all production, or the exports, of a sector: no industrial production of it
    ("Giá trị sản xuất", "khu vực kinh tế có vốn đầu tư nước ngoài"),
    ("Giá trị sản xuất", "khu vực kinh tế Nhà nước"),
    ("kim ngạch xuất khẩu", "khu vực kinh tế ngoài Nhà nước"),
    ("tổng vốn đầu tư", "khu vực kinh tế Nhà nước"),
])
def test_a_sector_of_another_whole_is_no_industrial_production(whole, part):
    assert (part_key(whole, part, "VND", "level") or "").startswith("production_value_industry_") is False
