"""Keys of the genre's indicators (issue 17): the provincial statistical indicator system and the dev
gold's proposals in resolve/data/indicator_keys.yaml, level, growth and share kept apart, and no key
taken from a neighbour (a wrong key is worse than none). Every entry's own names are checked in
tests/test_indicators.py (test_every_key_entry_matches_its_own_variants)."""
import pytest

import baocao
from baocao.resolve import match_key
from baocao.resolve._rules import load
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
    # an abbreviation the vocabulary lists is written out (083 "BHYT"; "NTM")
    ("Tỷ lệ dân số tham gia BHYT", "%", "rate", "health_insurance_coverage"),
    ("tỷ lệ tham gia BHYT", "%", None, "health_insurance_coverage"),
    ("tổng số xã NTM", "xã", "level", "ntm_communes"),
    ("số người tham gia bảo hiểm xã hội tự nguyện", "người", "level", "voluntary_social_insurance"),
    ("số người tham gia BHXH tự nguyện", "người", "level", "voluntary_social_insurance"),
    # names of the genre's documents (066, 074, 085, 070, 075)
    ("Tổng diện tích gieo trồng cây lâu năm", "ha", "level", "perennial_crop_area"),
    ("Chỉ số toàn ngành công nghiệp", "%", "growth", "iip_growth"),
    ("khu vực thương nghiệp và dịch vụ", "%", "growth", "grdp_growth_services"),
    ("khu vực thương nghiệp và dịch vụ", "%", "share", "economic_structure_services"),
    ("thu hoạch lúa Đông Xuân", "ha", "level", "rice_harvest_area"),
    ("Cây lúa nước", "ha", "level", "rice_planted_area"),
    ("Số hộ nghèo của xã", "%", "rate", "poverty_rate"),
    ("Vốn đầu tư thực hiện trên địa bàn tỉnh", "VND", "level", "investment_capital"),
    ("giá trị xuất khẩu hàng địa phương", "USD", "level", "export_value"),
    ("bản đạt bản NTM kiểu mẫu", "bản", "level", "ntm_villages"),
    ("tổng chi NSNN cho sự nghiệp giáo dục", "VND", "level", "education_expenditure"),
])
def test_a_name_gets_the_key_of_what_its_figure_measures(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("name,unit,measure,key", [
    # proposals of the dev gold met in documents of several publishers (session 33)
    ("diện tích tự nhiên", "ha", "level", "natural_area"),                                   # 137 Hòa Bình
    ("tổng diện tích tự nhiên của huyện", "km2", "level", "natural_area"),
    ("diện tích tự nhiên bình quân đầu người", "ha", "level", None),
    ("huy động xây dựng nông thôn mới", "VND", "level", "ntm_funds_mobilised"),              # 109 Đắk Nông
    ("Tổng nguồn lực huy động cho xây dựng NTM", "VND", "level", "ntm_funds_mobilised"),     # 131 Gia Lai
    ("tổng vốn huy động xây dựng nông thôn mới", "VND", "level", "ntm_funds_mobilised"),
    ("người dân đóng góp", "VND", "level", "ntm_funds_contributed_by_residents"),            # 109
    ("vốn nhân dân đóng góp", "VND", "level", "ntm_funds_contributed_by_residents"),         # 131
    ("vốn doanh nghiệp đóng góp", "VND", "level", None),      # the enterprises', only under the programme
    ("nhân dân đóng góp ngày công", "VND", "level", None),
    ("hộ nghèo dân tộc thiểu số", "%", "rate", "poor_households_ethnic_minority_share"),     # 084 An Giang
    ("Tỷ lệ hộ nghèo thuộc đồng bào dân tộc thiểu số tại chỗ", "%", "rate",                   # 108 Đắk Nông
     "poor_households_ethnic_minority_share"),
    ("Tỷ lệ hộ nghèo", "%", "rate", "poverty_rate"),
    ("hộ nghèo dân tộc thiểu số", "hộ", "level", None),       # a count of them: neither the share nor all
    ("xã đạt tiêu chí hộ nghèo", "xã", "level", "communes_meeting_poverty_criterion"),        # 131
    ("xã đạt tiêu chí thu nhập", "xã", "level", "communes_meeting_income_criterion"),
    ("xã đạt tiêu chí giao thông", "xã", "level", None),
    ("thu nhập bình quân khu vực nông thôn", "VND", "level", "rural_income_per_capita"),      # 136 Cần Thơ
    ("thu nhập bình quân đầu người ở khu vực nông thôn", "VND", "level", "rural_income_per_capita"),
    ("thu nhập bình quân đầu người", "VND", "level", "income_per_capita"),
    ("trồng rừng", "ha", "level", "forest_planting"),                                         # 091 Hà Giang
    ("diện tích trồng rừng", "ha", "level", "forest_planting"),
    ("trồng mới rừng", "ha", "level", "new_forest_planting"),
    ("trồng rừng mới", "ha", "level", "new_forest_planting"),
    ("chăm sóc rừng trồng", "ha", "level", None),
    # a figure the name says is the country's takes the national key in any document (r03)
    # common figures of the genre: a tourism report's stay (097), a highland place's population (133)
    ("thời gian lưu trú bình quân", "ngày", "level", "average_length_of_stay"),
    ("thời gian lưu trú bình quân", "%", "growth", None),
    ("dân số là người đồng bào dân tộc thiểu số", "%", "rate", "ethnic_minority_population_share"),
    ("tỷ lệ đồng bào dân tộc thiểu số", "%", "share", "ethnic_minority_population_share"),
    ("tỷ lệ cán bộ người dân tộc thiểu số", "%", "rate", None),
    ("tỷ lệ hộ dân tộc thiểu số", "%", "rate", None),
    # pork named as beef and buffalo meat are (r01 "thịt trâu 520 tấn; thịt bò 4.580 tấn; thịt lợn 112.625 tấn")
    ("thịt lợn", "tấn", "level", "pork_output"),
    ("sản lượng thịt heo", "tấn", "level", "pork_output"),
    ("thịt lợn", "con", "level", None),
    ("tăng trưởng GDP năm 2025 của nước ta", "%", "growth", "gdp_growth"),
    ("tốc độ tăng trưởng kinh tế của cả nước", "%", "growth", "gdp_growth"),
    ("tốc độ tăng trưởng kinh tế", "%", "growth", "grdp_growth"),
    ("thu nhập bình quân đầu người của Việt Nam", "USD", "level", "income_per_capita"),
])
def test_the_gold_s_common_proposals_have_their_keys(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("name,unit,measure,not_key", [
    # a neighbour's name holds the entry's words: no key, or the neighbour's
    ("giá trị sản xuất khu vực nông - lâm nghiệp và thủy sản", "VND", "level", "grdp_agriculture"),
    ("Tỷ lệ hộ nghèo", "hộ", None, "poor_households"),
    ("Tổng diện tích gieo trồng vụ đông xuân", "ha", "level", "winter_crop_sown_area"),
    ("tổng vốn huy động xây dựng nông thôn mới", "VND", "level", "deposits_mobilised"),
    ("diện tích rừng trồng", "ha", "level", "forest_planting"),    # the planted forest there is, no planting
    ("sản phẩm được chứng nhận OCOP 4 sao", "sản phẩm", "level", "ocop_products"),
    ("Số người chết", "người", "level", "traffic_deaths"),
    ("Chỉ số giá tiêu dùng nhóm hàng hóa và dịch vụ khác", "%", "growth", "other_services_revenue_growth"),
    ("Doanh thu bán lẻ hàng hóa và dịch vụ tiêu dùng", "VND", "level", "retail_goods_sales"),
    # a sub-population or a part changes the meaning: industry and construction is not industry
    # (073, 071), perennial crops are not the sown area of annual crops (066, 083), a whole sector's
    # production is not the economy's (040), the local budget (with transfers) is not the revenue
    # collected in the locality, nor its spending (080)
    ("giá trị sản xuất công nghiệp và xây dựng", "VND", "level", "production_value_industry"),
    ("Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp (TTCN) và xây dựng", "VND", "level",
     "production_value_industry"),
    ("tốc độ tăng giá trị sản xuất công nghiệp - xây dựng", "%", "growth", "production_value_industry_growth"),
    ("Tổng diện tích gieo trồng cây lâu năm", "ha", "level", "sown_area"),
    ("Tổng diện tích cây công nghiệp dài ngày", "ha", "level", "sown_area"),
    ("Tổng giá trị sản xuất toàn ngành", "VND", "level", "production_value"),
    ("Tổng thu ngân sách địa phương", "VND", "level", "budget_revenue"),
    ("Tổng thu ngân sách địa phương", "VND", "level", "budget_expenditure"),
    ("thu ngân sách nhà nước", "VND", "level", "budget_expenditure"),
    ("thu thường xuyên", "VND", "level", "recurrent_expenditure"),
    # the spending on one purpose is not the whole budget's spending
    ("tổng chi NSNN cho sự nghiệp giáo dục", "VND", "level", "budget_expenditure"),
    ("chi ngân sách nhà nước cho y tế", "VND", "level", "budget_expenditure"),
    # the capital of projects attracted is not the investment of the economy (040); nor is the part
    # from the state budget (a key of its own)
    ("tổng vốn đầu tư", "VND", "level", "investment_capital"),
    ("vốn đầu tư thực hiện nguồn ngân sách nhà nước", "VND", "level", "investment_capital"),
    # communes "basically" meeting the standard do not meet it (004 "01 xã cơ bản đạt chuẩn NTM"), written
    # out or not
    ("xã cơ bản đạt chuẩn NTM", "xã", "level", "ntm_communes"),
    ("xã cơ bản đạt chuẩn nông thôn mới", "xã", None, "ntm_communes"),
    # the exports of the locally managed enterprises beside the territory's (069 "xuất khẩu địa phương")
    ("xuất khẩu địa phương", "%", "growth", "export_value_growth"),
    ("kim ngạch xuất khẩu địa phương", "USD", "level", "export_value"),
])
def test_a_key_is_never_taken_from_a_neighbour(name, unit, measure, not_key):
    assert match_key(name, unit, measure) != not_key


def test_a_density_per_area_is_no_amount():
    # r01 "Quy mô nền kinh tế … đạt 172 tỷ đồng/km2" is the economy's density, not the GRDP; a value per
    # hectare keys only an entry that lists it (040 "giá trị sản phẩm trên 01 ha canh tác")
    assert key_unit("VND", "km2") == "VND/km2" and key_unit("VND", "ha") == "VND/ha"
    assert match_key("Quy mô nền kinh tế", key_unit("VND", "km2"), "level") is None
    assert match_key("Quy mô nền kinh tế", key_unit("VND", None), "level") == "grdp"
    assert match_key("giá trị sản phẩm trên 01 ha canh tác", key_unit("VND", "ha"), "level") == "output_value_per_ha"
    assert keys("Quy mô nền kinh tế năm 2024 đạt 159.844 tỷ đồng, mật độ kinh tế đạt 172 tỷ đồng/km2.")[0][1] == "grdp"


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


def test_a_plus_sign_before_a_percentage_makes_it_a_change():
    # 021's list of results: "+ 6,7%" is the index's growth, not its level against a base of 100
    got = keys("Kết quả năm 2023:\n- Chỉ số sản xuất công nghiệp (IIP): + 6,7%\n"
               "- Chỉ số giá tiêu dùng bình quân: + 2,6%\n")
    assert got == [("Chỉ số sản xuất công nghiệp", "iip_growth"), ("Chỉ số giá tiêu dùng bình quân", "cpi_growth")]
    # without the sign an index written as a percentage stays a level
    assert keys("Chỉ số giá tiêu dùng bình quân năm 2023 bằng 102,49%.") == [
        ("Chỉ số giá tiêu dùng bình quân", "cpi_index")]


def test_an_amount_a_level_rises_by_gets_no_key_of_the_level():
    # 080 "sản lượng chè búp tăng 2,42 tấn", 075 "Thu nhập bình quân đầu người tăng 2,6 triệu đồng so với
    # năm 2013": a change without its level is a growth, not the output or the income itself; the
    # income's rise has an entry of its own (075, 138 "tăng 13,4 triệu đồng so với đầu nhiệm kỳ")
    for text, key in (("Tháng 10/2021, sản lượng chè búp tăng 2,42 tấn so với cùng kỳ.", None),
                      ("Thu nhập bình quân đầu người tăng 2,6 triệu đồng so với năm 2013.",
                       "income_per_capita_increase")):
        (i,) = [i for i in baocao.parse(text).indicators if i.kind == "indicator"]
        assert (i.measure, i.key) == ("growth", key)
    # nor of an entry for any measure, nor of a herd whose growth rate (in %) is keyed with it: only a
    # growth in a growth unit has a key, or an entry for the amount (098 "có thêm 8 xã đạt chuẩn nông
    # thôn mới", 110 "giảm 683 hộ nghèo")
    assert match_key("xã đạt chuẩn nông thôn mới", "xã", "growth") == "ntm_communes_increase"
    assert match_key("hộ nghèo", "hộ", "growth") == "poor_households_increase"
    assert match_key("tổng đàn gia súc", "con", "growth") is None
    # an entry for an amount is no level's, nor a growth rate's
    assert match_key("thu nhập bình quân đầu người", "VND", "level") == "income_per_capita"
    assert match_key("thu nhập bình quân đầu người", "%", "growth") is None
    assert match_key("hộ nghèo", "hộ", "level") == "poor_households"
    assert match_key("xã đạt chuẩn nông thôn mới nâng cao", "xã", "growth") is None
    assert match_key("tổng đàn gia súc", "%", "growth") == "livestock_herd"
    assert all(match_key("tốc độ tăng trưởng GRDP", u, "growth") == "grdp_growth"
               for u in load("indicator_keys").growth_units if u != "điểm phần trăm")
    # the level a change reaches stays a level with its key (084 "xuống còn 2.900 hộ")
    (i,) = [i for i in baocao.parse("Số hộ nghèo giảm còn 2.900 hộ.").indicators if i.kind == "indicator"]
    assert (i.measure, i.key) == ("level", "poor_households")


@pytest.mark.parametrize("abbreviation,words", sorted(load("indicator_keys").abbreviations.items()))
def test_every_abbreviation_is_written_out_in_a_name(abbreviation, words):
    from baocao.resolve.keys import _clean

    assert _clean(f"tỷ lệ {abbreviation} năm 2024") == _clean(f"tỷ lệ {words} năm 2024")
    assert _clean(f"tỷ lệ {abbreviation.lower()}") == _clean(f"Tỷ lệ {words}")
    # inside a longer word it is no abbreviation
    assert _clean(f"tỷ lệ x{abbreviation}") != _clean(f"tỷ lệ x{words}")


def test_grdp_in_per_cent_is_its_growth():
    # 002 "GRDP tỉnh Đồng Nai 6 tháng đầu năm 2021 đạt 5,74%"; an investment written as a share of GRDP
    # (071 "khoảng 35% GRDP") stays without a growth key
    assert keys("Theo Tổng cục Thống kê, GRDP tỉnh Đồng Nai 6 tháng đầu năm 2021 đạt 5,74%.") == [
        ("GRDP", "grdp_growth")]
    got = keys("Tổng vốn đầu tư toàn xã hội hằng năm khoảng 35% GRDP.")
    assert all(k != "investment_capital_growth" for _, k in got)


def test_a_word_that_folds_into_a_direction_word_is_no_change():
    # 004 "11 cuộc giám sát với 11 tổ chức" (giám is no giảm), "tặng quà trị giá trên 10 tỷ đồng" (tặng is
    # no tăng): levels, with their keys; the direction words themselves still read as changes
    got = [(i.name, i.measure, i.direction, i.key) for i in baocao.parse(
        "Huyện ủy đã tiến hành 11 cuộc giám sát với 11 tổ chức đảng.").indicators if i.kind == "indicator"]
    assert ("giám sát tổ chức đảng", "level", None, "party_organisations_supervised") in got
    (i,) = [i for i in baocao.parse("Các cá nhân hỗ trợ tặng quà trị giá trên 10 tỷ đồng.").indicators
            if i.kind == "indicator"]
    assert (i.measure, i.direction) == ("level", None)
    (i,) = [i for i in baocao.parse("Sản lượng chè búp giảm 2,42 tấn.").indicators if i.kind == "indicator"]
    assert (i.measure, i.direction) == ("growth", "giảm")


def test_a_national_document_keys_the_country_economy_apart_from_a_province():
    # 121 (a library's news of the statistics office's quarter release) and 120 (a paper's news of the
    # half-year release): the country's GDP and its sectors take the national keys, never grdp_*; a
    # share of the economy keeps its structure key (the same measure whatever the place)
    got = [k for _, k in keys(
        "Tổng sản phẩm trong nước (GDP) quý I/2021 ước tính tăng 4,48% so với cùng kỳ năm trước. "
        "Trong mức tăng chung của toàn nền kinh tế, khu vực nông, lâm nghiệp và thủy sản tăng 3,16%, "
        "đóng góp 0,24 điểm phần trăm; khu vực dịch vụ tăng 3,34%.")]
    assert got == ["gdp_growth", "gdp_growth_agriculture", "gdp_growth_contribution_agriculture",
                   "gdp_growth_services"]
    got = [k for _, k in keys(
        "Tổng cục Thống kê cho biết, tổng sản phẩm trong nước (GDP) 6 tháng đầu năm tăng 6,76%. "
        "Khu vực công nghiệp và xây dựng tăng 8,93%. Khu vực dịch vụ chiếm 42,04%.")]
    assert got == ["gdp_growth", "gdp_growth_industry", "economic_structure_services"]
    assert all(k is None or not k.startswith("grdp") for k in got)


@pytest.mark.parametrize("text,want", [
    # a province's product, named as GRDP (081) or as GDP with the province named (062)
    ("Tổng sản phẩm trên địa bàn tỉnh (GRDP) 6 tháng đầu năm tăng 6,1%; khu vực dịch vụ tăng 6,2%.",
     ["grdp_growth", "grdp_growth_services"]),
    ("Tổng sản phẩm trong tỉnh (GDP) của Bình Thuận tăng 7,5%. Bình Thuận có khu vực dịch vụ tăng 6,2%.",
     ["grdp_growth", "grdp_growth_services"]),
    # no product named at all (a district's news): the keys stay the province's
    ("Khu vực dịch vụ tăng 6,2%.", ["grdp_growth_services"]),
    # the country's GDP named beside a province's GRDP: the document is the province's
    ("GRDP quý I tăng 5,1%, cao hơn mức tăng 4,48% của GDP cả nước.", ["grdp_growth"]),
])
def test_a_provincial_document_keeps_the_province_keys(text, want):
    assert [k for _, k in keys(text)][:len(want)] == want


def test_national_keys_are_the_vocabulary_s_own():
    from baocao.core.user_vocabulary import Key, key_clashes
    from baocao.resolve.keys import all_keys, national_key

    entries = load("indicator_keys").keys
    nationals = [k.national for k in entries if k.national]
    assert nationals and all(k.startswith("gdp") for k in nationals)
    assert set(nationals) <= set(all_keys()) and not set(nationals) & {k.key for k in entries}
    assert all(national_key(k.key) == k.key for k in entries if k.national is None)
    # a national key without its gloss, or one that is already a key, is refused
    assert key_clashes([Key(key="a_growth", gloss="g", variants=["a"], national="b_growth")])
    assert key_clashes([Key(key="a", gloss="g", variants=["a"], national="b", national_gloss="n"),
                        Key(key="b", gloss="g", variants=["b"])])


@pytest.mark.parametrize("name,key", [
    # the uses of GDP in the statistics office's releases (051, 120): real growth of each use
    ("tiêu dùng cuối cùng", "final_consumption_growth"), ("Tích lũy tài sản", "capital_formation_growth"),
    ("xuất khẩu hàng hóa và dịch vụ", "gdp_exports_growth"),
    ("nhập khẩu hàng hóa và dịch vụ", "gdp_imports_growth"),
    # the value of exports is trade, not a use of GDP
    ("kim ngạch xuất khẩu hàng hóa và dịch vụ", "export_value_growth"),
    ("chỉ số giá tiêu dùng", "cpi_growth"),
])
def test_the_uses_of_the_product_have_their_keys(name, key):
    assert match_key(name, "%", "growth") == key


def test_the_country_s_gdp_in_a_report_that_names_a_province_gets_no_province_key():
    # a long report that names provinces and cites the country's GDP ("GDP (tính theo PPP) năm 2024 đạt
    # khoảng 1.559 tỉ USD"): no grdp key (a missing key is better than a wrong one)
    got = keys("Đảng bộ tỉnh Điện Biên quán triệt nghị quyết. GDP (tính theo PPP) năm 2024 đạt khoảng "
               "1.559 tỉ USD. Năm 2000, GDP tăng 27%.")
    assert got and all(k is None or not k.startswith("grdp") for _, k in got)


@pytest.mark.parametrize("text,fig,key", [
    # 003 (Cao Bằng statistics office): the crop in the clause before, across ";"
    ("Tiến độ thu hoạch ước tính đến ngày 15/10/2023: lúa mùa đã thu hoạch được khoảng 12.718 ha, bằng "
     "48,68% diện tích gieo trồng; sản lượng thu hoạch ước đạt 59.337 tấn.", "59.337 tấn", "rice_output"),
    # 080 (Điện Biên planning department): the paragraph's label, a sentence before
    ("Lúa mùa: Trong tháng 10/2021, toàn tỉnh tiến hành thu hoạch với tổng diện tích thu hoạch đạt "
     "30.769,51 ha. Sản lượng thu hoạch ước đạt 105.604,81 tấn.", "105.604,81 tấn", "rice_output"),
    # 085: the last crop named, not an earlier one
    ("Thu hoạch lúa Đông Xuân được 1.956 ha. Ngô gieo trồng được 231 ha, tăng 11,27%, sản lượng thu "
     "hoạch ước đạt 284,13 tấn.", "284,13 tấn", "maize_output"),
    # 061 (Hải Dương statistics office): a yield of vegetables
    ("Các loại rau màu vụ mùa cho năng suất trung bình ước đạt 234,78 tạ/ha; sản lượng ước đạt "
     "159.744 tấn.", "159.744 tấn", "vegetable_output"),
])
def test_a_crop_measure_takes_the_crop_named_before_it(text, fig, key):
    got = {i.text[-len(fig):]: i.key for i in baocao.parse(text).indicators if i.kind == "indicator"}
    assert got[fig] == key


@pytest.mark.parametrize("text,fig", [
    # no crop in its paragraph: the livestock paragraph before a new line says nothing of the crop
    ("Lúa mùa gieo cấy 9.820 ha.\nChăn nuôi ổn định, sản lượng ước đạt 1.200 tấn.", "1.200 tấn"),
    # "diện tích" alone: planted or harvested is not said
    ("Lúa mùa: toàn tỉnh đã xuống giống, diện tích đạt 5.000 ha.", "5.000 ha"),
    # 004: the nearest crop is a group that keys no output (fruit trees), not the coffee named before it
    ("Giá trị sản xuất cà phê đạt trên 450 tỷ đồng; phát triển nhiều mô hình trồng cây ăn quả tập trung, "
     "với tổng diện tích 509 ha, sản lượng đạt 1.000 tấn/năm.", "1.000 tấn/năm"),
    # a crop whose measure only looks like another crop's key ("sản lượng thóc")
    ("Cây thuốc lá: sản lượng ước đạt 1.200 tấn.", "1.200 tấn"),
])
def test_a_crop_measure_without_its_crop_gets_no_crop_key(text, fig):
    got = {i.text[-len(fig):]: i.key for i in baocao.parse(text).indicators if i.kind == "indicator"}
    assert got.get(fig) is None


@pytest.mark.parametrize("text,fig,key", [
    # 085 (Điện Biên planning department): the line's label names the crop, the total is the rice's
    ("  - Lúa mùa và lúa nương: Trong tháng 7 tổng diện tích gieo trồng đạt 15.133,6 ha, giảm 0,73% so với "
     "cùng kỳ năm trước. Lũy kế đến hết tháng 7 diện tích gieo trồng đạt 41.587,24 ha.", "15.133,6 ha",
     "rice_planted_area"),
    ("  - Lúa mùa và lúa nương: Trong tháng 7 tổng diện tích gieo trồng đạt 15.133,6 ha, giảm 0,73% so với "
     "cùng kỳ năm trước. Lũy kế đến hết tháng 7 diện tích gieo trồng đạt 41.587,24 ha.", "41.587,24 ha",
     "rice_planted_area"),
    # the crop in the same sentence (as 003's "lúa mùa đã thu hoạch được …; sản lượng thu hoạch …")
    ("Vụ đông xuân, ngô đã gieo trồng xong, tổng diện tích gieo trồng đạt 2.300 ha.", "2.300 ha",
     "maize_planted_area"),
    # the crop only in an earlier sentence, or a group that keys nothing: the total keeps its key
    ("Lúa mùa thu hoạch được 500 ha. Tổng diện tích gieo trồng đạt 15.133 ha.", "15.133 ha", "sown_area"),
])
def test_a_total_takes_the_crop_its_sentence_or_label_names(text, fig, key):
    (got,) = [i.key for i in baocao.parse(text).indicators if i.kind == "indicator" and fig in i.text]
    assert got == key


def test_every_crop_word_and_measure_makes_a_key():
    from baocao.resolve.crops import _rules
    measures, _ = _rules()
    words = load("indicators")
    # each single crop keys at least one of the measures (its output, area or yield); groups of crops
    # (cây …, hoa màu) are listed so that the nearest crop named wins, and may key none; the crops the
    # vocabulary has no entry for key none (a crop's area is never the total sown area, session 37)
    heads = (("sản lượng", "tấn"), ("diện tích gieo trồng", "ha"), ("diện tích thu hoạch", "ha"), ("năng suất", "tạ/ha"))
    unkeyed = {"mắc ca", "dứa", "cam", "bưởi", "thuốc lá", "sầu riêng"}
    for crop in (w for w in words.crop_words if not w.startswith(("cây ", "hoa "))):
        got = [match_key(f"{head} {crop}", unit, "level") for head, unit in heads]
        assert "sown_area" not in got, crop
        assert any(got) != (crop in unkeyed), crop
    # each measure keys rice
    for head in set(measures.values()):
        unit = {"sản lượng": "tấn", "năng suất": "tạ/ha"}.get(head, "ha")
        assert match_key(f"{head} lúa", unit, "level"), head


def test_a_part_of_a_breakdown_is_keyed_with_its_whole_never_as_the_whole():
    # 029 (Báo Bình Dương): the economic sectors of an export value, after "Trong đó,"
    text = ("Kim ngạch xuất khẩu hàng hóa tháng 3-2023 ước đạt hơn 3,122 tỷ đô la Mỹ, tăng 36,4% so với tháng "
            "trước. Trong đó, khu vực kinh tế trong nước đạt 587,3 triệu đô la Mỹ, tăng 36,8%; khu vực kinh tế "
            "có vốn đầu tư trực tiếp nước ngoài đạt 2.535,1 triệu đô la Mỹ, tăng 36,3%.")
    got = {i.value: i.key for i in baocao.parse(text).indicators if i.kind == "indicator"}
    assert got[587.3e6] == "export_value_domestic_sector"
    assert got[2535.1e6] in ("export_value_fdi_sector", None)   # never the whole's export_value
    # a part whose composed name only repeats the whole's key gets none
    from baocao.resolve.key_parts import part_key
    assert part_key("kim ngạch xuất khẩu hàng hóa", "các mặt hàng khác", "USD", "level") is None
    assert part_key("kim ngạch xuất khẩu hàng hóa", "hàng hóa", "USD", "level") is None


@pytest.mark.parametrize("name,unit,measure,key", [
    # indicator families of the statistics releases and reports: forest by use (092 Hà Giang's portal),
    # the budget's parts (079 Hậu Giang's statistics office, 080 Điện Biên's
    # planning department, p02), industry and construction together (073 Bắc Giang, 071 Hòa Bình),
    # crops of the releases (070 Gia Lai, 083 Đắk Nông), exports by group (096 Kiên Giang)
    ("đất rừng phòng hộ", "ha", "level", "protection_forest_area"),
    ("diện tích rừng sản xuất", "ha", "level", "production_forest_area"),
    ("diện tích rừng đặc dụng", "ha", "level", "special_use_forest_area"),
    ("chi xây dựng cơ bản", "VND", "level", "capital_construction_expenditure"),
    ("chi đầu tư XDCB", "VND", "level", "capital_construction_expenditure"),
    ("Thu trợ cấp từ Ngân sách Trung ương", "VND", "level", "budget_transfers_central"),
    ("thu bổ sung từ NSTW", "VND", "level", "budget_transfers_central"),
    ("Tổng thu ngân sách địa phương", "VND", "level", "local_budget_revenue"),
    ("tổng thu NSĐP", "VND", "level", "local_budget_revenue"),
    ("giá trị sản xuất công nghiệp và xây dựng", "VND", "level", "production_value_industry_construction"),
    ("Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp (TTCN) và xây dựng", "VND", "level",
     "production_value_industry_construction"),
    ("tốc độ tăng giá trị sản xuất công nghiệp - xây dựng", "%", "growth",
     "production_value_industry_construction_growth"),
    ("Cây sắn (mỳ)", "ha", "level", "cassava_planted_area"),
    ("sản lượng sắn", "tấn", "level", "cassava_output"),
    ("Tổng diện tích cây công nghiệp dài ngày", "ha", "level", "perennial_industrial_crop_area"),
    ("diện tích cây công nghiệp hàng năm", "ha", "level", "annual_industrial_crop_area"),
    ("sản lượng lương thực bình quân đầu người", "kg/người", "level", "food_output_per_capita"),
    ("cơ sở lưu trú", "cơ sở", "level", "accommodation_establishments"),
    ("hàng nông sản", "USD", "level", "export_value_agricultural_products"),
    ("hàng thủy sản", "USD", "level", "export_value_fishery_products"),
    ("tiêu chí nông thôn mới", "tiêu chí", "level", "ntm_criteria_met"),
    ("Cây hàng năm vụ Đông Xuân", "ha", "level", "sown_area"),
    ("Trồng mới rừng", "ha", "level", "new_forest_planting"),
    ("tổng mức luân chuyển hàng hóa và doanh thu dịch vụ", "VND", "level", "retail_sales"),
    # the same words written another way: word order (096), a slash, y for i, words run together, a long
    # name cut short by a word (004 "tổng số bản, tổ dân phố được sử dụng điện lưới quốc gia")
    ("kim ngạch hàng hóa xuất khẩu", "USD", "level", "export_value"),
    ("giá trị hàng hóa nhập khẩu", "USD", "level", "import_value"),
    ("thu nhập bình quân/người", "VND", "level", "income_per_capita"),
    ("Tỷ lệ bác sĩ/vạn dân", "%", "rate", "doctors_per_10000"),
    ("tỉ lệ hộ nghèo", "%", "rate", "poverty_rate"),
    ("Sản lượngcao su", "tấn", "level", "rubber_output"),
    ("tổ dân phố được sử dụng điện lưới quốc gia", "bản", "level", "electrified_villages"),
    ("Số tiêu chí bình quân/xã", "tiêu chí", "level", "ntm_criteria_per_commune"),
    # abbreviations of the tables and district reports, hyphenated or not
    ("Giá trị sản xuất CN-XD", "VND", "level", "production_value_industry_construction"),
    ("số DN thành lập mới", "doanh nghiệp", "level", "new_enterprises"),
    ("thu nhập BQ đầu người", "VND", "level", "income_per_capita"),
    # the source a name opens with (101), a place before the year a name ends on
    ("Theo Cục Thống kê Kiên Giang, tổng sản lượng thủy sản", "tấn", "level", "fishery_output"),
    ("Giá trị sản xuất công nghiệp trên địa bàn tỉnh năm 2023", "VND", "level", "production_value_industry"),
])
def test_the_genre_s_families_and_spellings_get_their_keys(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("name,unit,measure,not_key", [
    # a word of the key's name missing, another in its place: another crop (r01 "Diện tích trồng nhãn",
    # "Diện tích trồng chuối", "Diện tích thu hoạch rau màu vụ đông"), another budget (r02)
    ("Diện tích trồng nhãn", "ha", "level", "cassava_planted_area"),
    ("Diện tích trồng chuối", "ha", "level", "tea_area"),
    ("Diện tích thu hoạch rau màu vụ đông", "ha", "level", "rice_harvest_area"),
    ("vốn đầu tư ngân sách địa phương", "VND", "level", "local_budget_revenue"),
    # a short name lacking the word that tells ("lúa"); "sắn" folds as "sản"; "biên chế" holds "chè"
    ("diện tích sản xuất", "ha", "level", "rice_planted_area"),
    ("diện tích sản xuất", "ha", "level", "cassava_planted_area"),
    ("sản lượng lâm sản", "tấn", "level", "cassava_output"),
    ("sản lượng thủy sản", "tấn", "level", "cassava_output"),
    ("biên chế", "ha", "level", "tea_area"),
    # a qualifier changes what is measured: "other" crops (r01, r02), a scale expanded by an amount (088),
    # industry "in the broad sense" (069)
    ("cây hằng năm khác", "ha", "level", "sown_area"),
    ("cây lâu năm khác", "ha", "level", "perennial_crop_area"),
    ("khu vực công nghiệp - xây dựng mở rộng", "VND", "level", "grdp_industry"),
    ("khu vực nông, lâm nghiệp và thủy sản mở rộng", "VND", "level", "grdp_agriculture"),
    ("ngành công nghiệp mở rộng", "điểm phần trăm", None, "grdp_growth_contribution_industry_proper"),
    # planting is no area of a forest type, nor a bare type (a part of a planting); an average of criteria is no count of them
    ("trồng rừng phòng hộ", "ha", "level", "protection_forest_area"),
    # 004 "trồng mới 532 ha rừng (396 ha rừng phòng hộ và 136 ha rừng sản xuất)": parts of a planting
    ("rừng phòng hộ", "ha", "level", "protection_forest_area"),
    ("rừng sản xuất", "ha", "level", "production_forest_area"),
    ("số tiêu chí NTM bình quân", "tiêu chí", "level", "ntm_criteria_met"),
    ("Tổng thu ngân sách địa phương", "VND", "level", "budget_revenue"),
    ("xuất khẩu hàng nông sản", "VND", "level", "export_value_agricultural_products"),
    # a part of a whole is not the whole: the loans by term or currency (r01, r02 "Trong đó: dư nợ cho vay
    # ngắn hạn …"), the revenue of carrying passengers or goods, chicken among poultry, women or
    # probationary members among the party's (r03)
    ("dư nợ cho vay ngắn hạn", "VND", "level", "credit_outstanding"),
    ("dư nợ cho vay trung và dài hạn", "VND", "level", "credit_outstanding"),
    ("Dư nợ cho vay bằng ngoại tệ", "VND", "level", "credit_outstanding"),
    ("doanh thu vận tải hành khách", "VND", "level", "transport_revenue"),
    ("doanh thu vận tải hàng hóa", "VND", "level", "transport_revenue"),
    ("thịt gà", "tấn", "level", "poultry_meat_output"),
    ("sản lượng thịt gà hơi xuất chuồng", "tấn", "level", "poultry_meat_output"),
    ("đảng viên nữ", "đảng viên", "level", "party_members"),
    ("đảng viên dự bị", "đảng viên", "level", "party_members"),
    # those an action touched are not the membership (r03 "Đã khai trừ 12.090 đảng viên", 004)
    ("khai trừ đảng viên", "đảng viên", "level", "party_members"),
    ("xoá tên đảng viên", "đảng viên", "level", "party_members"),
    # organisations rated are not the organisations (004 "17,07% tổ chức cơ sở đảng đạt tiêu chuẩn trong
    # sạch vững mạnh"); a density of doctors is no count of communes (004)
    ("tổ chức cơ sở đảng đạt tiêu chuẩn trong sạch vững mạnh", "%", "level", "grassroots_party_organisations"),
    ("tổ chức cơ sở đảng", "%", "level", "grassroots_party_organisations"),   # p01 "90% tổ chức cơ sở đảng …"
    ("số xã đạt bộ tiêu chuẩn quốc gia về y tế xã", "bác sỹ", "level", "commune_health_standard"),
    # rice lodged by a storm (r02 "diện tích lúa đổ"), communes or products added (098, 105 "thêm"),
    # communes that "basically" meet the advanced standard (105)
    ("diện tích lúa đổ", "ha", "level", "rice_planted_area"),
    ("lúa bị đổ", "ha", "level", "rice_planted_area"),
    ("thêm xã đạt chuẩn nông thôn mới", "xã", "level", "ntm_communes"),
    ("công nhận thêm sản phẩm OCOP", "sản phẩm", "level", "ocop_products"),
    ("xã được đánh giá cơ bản đạt chuẩn nông thôn mới nâng cao", "xã", "level", "ntm_advanced_communes"),
])
def test_a_key_is_never_taken_from_a_name_that_says_something_else(name, unit, measure, not_key):
    assert match_key(name, unit, measure) != not_key


@pytest.mark.parametrize("phrase,words", sorted(load("indicator_keys").rewrites.items()))
def test_every_rewrite_reads_its_words_alike(phrase, words):
    from baocao.resolve.keys import _clean

    assert _clean(f"kim ngạch {phrase} năm 2024") == _clean(f"kim ngạch {words}")
    assert _clean(f"x{phrase}") != _clean(f"x{words}") or phrase.startswith("/")


@pytest.mark.parametrize("qualifier", load("indicator_keys").qualifiers)
def test_every_qualifier_keeps_a_name_from_a_key_without_it(qualifier):
    from baocao.resolve.key_names import clean as _clean, qualified as _qualified

    assert match_key("tổng diện tích gieo trồng", "ha", "level") == "sown_area"
    assert match_key(f"tổng diện tích gieo trồng {qualifier}", "ha", "level") != "sown_area"
    # as variants are compared: "DTTS" as "dan toc thieu so", "bình quân/người" as "binh quan dau nguoi"
    assert _qualified(f"Tổng diện tích {qualifier.upper()}") == {_clean(qualifier)}
    # found with its diacritics: "khắc phục", "khám chữa bệnh" hold no qualifier
    assert not _qualified("khắc phục hậu quả, khám chữa bệnh, chùa")


@pytest.mark.parametrize("filler", load("indicator_keys").filler_words)
def test_every_filler_word_may_be_left_out_of_a_name(filler):
    from baocao.resolve.key_names import clean as _clean, words_kept as _words_kept

    name = set(_clean("diện tích gieo trồng").split())
    assert _words_kept(_clean(f"diện tích {filler} gieo trồng"), name)
    assert not _words_kept(_clean("diện tích gieo trồng lúa"), name)     # the word that tells


@pytest.mark.parametrize("name,subjects", sorted(load("indicator_keys").subjects.items()))
def test_every_subject_completes_a_name_counted_after_it(name, subjects):
    from baocao.resolve.crops import subject_key

    unit = "xã" if "xã" in name else "tiêu chí" if "tiêu chí" in name else "VND"
    for subject in subjects:
        key = match_key(f"{name} {subject}", unit, "level")
        text = f"Công tác xây dựng {subject} được đẩy mạnh. Đến nay, {name} là 12."
        assert key is not None and subject_key(text, text.index("12"), name, unit, "level") == key
        # no subject named before it in its paragraph: no key
        text = f"Công tác xây dựng {subject} được đẩy mạnh.\nĐến nay, {name} là 12."
        assert subject_key(text, text.index("12"), name, unit, "level") is None


@pytest.mark.parametrize("text,fig,key", [
    # 078 (Báo Hòa Bình): the programme in the sentence before; 004 (Cà Mau): in the same sentence; 072
    ("Sau 6 năm thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới (NTM), với sự chỉ đạo quyết "
     "liệt của cấp uỷ Đảng. Đến nay xã Trung Hòa (Tân Lạc) chỉ đạt 6/19 tiêu chí.", "6/19 tiêu chí",
     "ntm_criteria_met"),
    ("Công tác xây dựng nông thôn mới cũng tiếp tục được đẩy mạnh, với 60/82 xã đạt chuẩn.", "60/82 xã",
     "ntm_communes"),
    # the programme's funds by source (131 Gia Lai; as 109 Đắk Nông, 090 Hà Tĩnh write them)
    ("Tổng nguồn lực huy động cho xây dựng NTM là hơn 2.045,5 tỷ đồng, trong đó: ngân sách trung ương gần "
     "65 tỷ đồng, vốn tín dụng hơn 1.368,3 tỷ đồng.", "1.368,3 tỷ đồng", "ntm_funds_credit"),
    ("Xây dựng NTM: tổng nguồn vốn là 300 tỷ đồng, trong đó: ngân sách địa phương 40 tỷ đồng; nhân dân "
     "đóng góp 12 tỷ đồng.", "40 tỷ đồng", "ntm_funds_local_budget"),
    # no programme named before: the budget's parts are no programme's funds
    ("Tổng thu ngân sách đạt 900 tỷ đồng, trong đó: ngân sách trung ương 65 tỷ đồng, ngân sách địa phương "
     "40 tỷ đồng.", "40 tỷ đồng", "local_budget_revenue"),
    ("Năm 2023, vốn tín dụng chính sách đạt 20 tỷ đồng; vốn tín dụng 30 tỷ đồng.", "30 tỷ đồng", None),
    # what stands between says otherwise (advanced communes), or another programme's criteria: no key
    ("Huyện có 5 xã đạt chuẩn NTM nâng cao; toàn huyện có 12 xã đạt chuẩn.", "12 xã", None),
    ("Bộ tiêu chí quốc gia về y tế xã: xã đạt 8/10 tiêu chí.", "8/10 tiêu chí", None),
])
def test_a_count_takes_the_subject_named_before_it(text, fig, key):
    got = {i.text[-len(fig):]: i.key for i in baocao.parse(text).indicators if i.kind == "indicator"}
    assert got.get(fig) == key


@pytest.mark.parametrize("name,unit,key", [
    # the wholes keep their keys
    ("tổng dư nợ cho vay", "VND", "credit_outstanding"),
    ("doanh thu vận tải, kho bãi", "VND", "transport_revenue"),
    ("thịt gia cầm", "tấn", "poultry_meat_output"),
    ("tổng số đảng viên", "đảng viên", "party_members"),
    ("xã đạt bộ tiêu chí quốc gia về y tế xã", "xã", "commune_health_standard"),
    ("tổ chức cơ sở đảng", None, "grassroots_party_organisations"),
    ("diện tích gieo cấy lúa", "ha", "rice_planted_area"),
])
def test_a_whole_keeps_its_key_beside_its_parts(name, unit, key):
    assert match_key(name, unit, "level") == key


@pytest.mark.parametrize("text,fig,key", [
    # the membership a congress represents (014, 019, 102), the party's members (r03)
    ("250 đại biểu chính thức đại diện cho 2.631 đảng viên thuộc 48 tổ chức cơ sở Đảng.", "2.631 đảng viên",
     "party_members"),
    ("Toàn Đảng có 214.919 chi bộ trực thuộc; với 5.647.312 đảng viên trong toàn Đảng.", "5.647.312 đảng viên",
     "party_members"),
    # those an action touched: inspected, supervised, disciplined (r03, 004): never the membership; the
    # action's own key where the organisations before them carry it (resolve/key_siblings.py)
    ("Cấp uỷ các cấp đã kiểm tra 232.401 tổ chức đảng và 1.284.298 đảng viên.", "1.284.298 đảng viên",
     "party_members_inspected"),
    ("Riêng Uỷ ban Kiểm tra Trung ương kiểm tra 99 tổ chức đảng, 297 đảng viên.", "297 đảng viên", None),
    ("Huyện ủy đã tiến hành 20 cuộc kiểm tra với 20 tổ chức đảng, 05 đảng viên; 11 cuộc giám sát với 11 tổ "
     "chức đảng.", "05 đảng viên", "party_members_inspected"),
    ("Các cấp uỷ đã giám sát 176.229 tổ chức đảng và 596.688 đảng viên.", "596.688 đảng viên",
     "party_members_supervised"),
    ("Đã thi hành kỷ luật 42 tổ chức và 900 đảng viên.", "900 đảng viên", None),
])
def test_a_figure_named_by_what_it_counts_takes_no_key_its_clause_denies(text, fig, key):
    got = {i.text[-len(fig):]: i.key for i in baocao.parse(text).indicators if i.kind == "indicator"}
    assert fig in got and got[fig] == key, got


@pytest.mark.parametrize("text,fig,key", [
    # a list whose lead says its parts are the employed (p01, its PDF lines broken) or loans: no share of
    # the economy, no exports
    ("Đến năm 2030, tỷ trọng lao động có việc làm trong nền kinh tế: Nông,\nlâm nghiệp và thủy sản chiếm "
     "15,73%; Công nghiệp và xây dựng chiếm 43,83%;\nDịch vụ chiếm 40,44%.", "40,44%", None),
    ("Cơ cấu lao động: nông, lâm nghiệp và thủy sản chiếm 35,2%; công nghiệp và xây dựng 30,1%.", "35,2%", None),
    ("Dư nợ cho vay các lĩnh vực ưu tiên như sau: nông nghiệp, nông thôn 111.950 tỷ đồng; xuất khẩu 1.570 tỷ "
     "đồng.", "1.570 tỷ đồng", None),
    # a lead that only says how the list divides: the sentence before names what (r02)
    ("Dư nợ tín dụng trong các lĩnh vực được ưu tiên đạt 168.500 tỷ đồng, tăng 12,55% so với thời điểm "
     "31/12/2024. Chia theo lĩnh vực như sau: nông nghiệp, nông thôn 111.950 tỷ đồng, tăng 13,0%; xuất khẩu "
     "1.570 tỷ đồng.", "1.570 tỷ đồng", None),
    ("Tổng kim ngạch xuất khẩu đạt 500 triệu USD. Phân theo khu vực kinh tế: khu vực kinh tế trong nước "
     "200 triệu USD.", "200 triệu USD", "export_value_domestic_sector"),
    # the economy's structure keeps its keys, whatever else its lead says (r01, r02, 004)
    ("Cơ cấu kinh tế theo giá hiện hành: Nông, lâm nghiệp và thủy sản chiếm 12,66%; công nghiệp và xây dựng "
     "chiếm 53,18%.", "12,66%", "economic_structure_agriculture"),
    ("Năm 2024: Công nghiệp, xây dựng chiếm 62,65%; thương mại, dịch vụ chiếm 24,85%.", "24,85%",
     "economic_structure_services"),
])
def test_a_part_takes_no_key_its_list_s_lead_denies(text, fig, key):
    got = {i.text[-len(fig):]: i.key for i in baocao.parse(text).indicators if i.kind == "indicator"}
    assert fig in got and got[fig] == key, got


def test_a_sum_of_two_indicators_is_neither():
    # p01 "Cơ cấu kinh tế: Công nghiệp, xây dựng 54,6%; dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm 36,5%"
    assert match_key("dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm", "%", "share") is None
    assert match_key("thu ngân sách nhà nước và chi ngân sách địa phương", "VND", "level") is None
    # a name that an entry lists whole, "và" and all, keeps its key
    assert match_key("Công nghiệp và xây dựng", "%", "share") == "economic_structure_industry"
    assert match_key("Nông, lâm nghiệp và thủy sản", "%", "growth") == "grdp_growth_agriculture"
    assert match_key("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "VND", "level") == "retail_sales"
    assert match_key("thuế sản phẩm trừ trợ cấp sản phẩm", "%", "share") == "economic_structure_product_taxes"


@pytest.mark.parametrize("text,fig,key", [
    # a percentage of the economy's product is a ratio to it, no growth nor share of what the name keys
    # (r04, a national document; a provincial report's budget against its GRDP)
    ("Tích lũy nội bộ của nền kinh tế từ mức không đáng kể, đến năm 2000 đã đạt 27% GDP.", "27%", None),
    ("Năm 2023, GRDP tăng 7,2%; thu ngân sách bằng 12% GRDP của tỉnh.", "12%", None),
    # the growth keeps its key, also where a stop is left out before the next name
    ("Năm 2023, GRDP tăng 7,2%; thu ngân sách bằng 12% GRDP của tỉnh.", "7,2%", "grdp_growth"),
    ("Năm 2023 GRDP tăng 7,2% GRDP bình quân đầu người đạt 60 triệu đồng.", "7,2%", "grdp_growth"),
    # a sector's share of the product is the economy's structure (120 Dân Việt)
    ("Sáu tháng năm nay, khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 13,55% GDP.", "13,55%",
     "economic_structure_agriculture"),
])
def test_a_percentage_of_the_product_is_a_ratio_with_no_key(text, fig, key):
    (got,) = [i.key for i in baocao.parse(text).indicators if i.kind == "indicator" and fig in i.text]
    assert got == key


def test_an_achievement_alone_is_keyed_as_its_plans_level():
    # a plan's achievement with no amount written is of the level planned, never of its growth
    for text, key in (("Thu ngân sách đạt 119,09% kế hoạch.", "budget_revenue"),
                      ("Tổng thu ngân sách nhà nước trên địa bàn đạt 85% dự toán.", "budget_revenue"),
                      ("Tỷ lệ che phủ rừng đạt 100% kế hoạch.", "forest_cover")):
        assert [i.key for i in baocao.parse(text).indicators] == [key], text
    # a growth stays a growth, a level a level
    assert [i.key for i in baocao.parse("Tổng thu ngân sách nhà nước trên địa bàn tăng 12%.").indicators] == [
        "budget_revenue_growth"]


def test_population_is_not_a_part_of_it():
    assert match_key("Dân số", "người", "level") == "population"
    for name in ("dân số đô thị", "dân số nông thôn", "dân số trong độ tuổi lao động"):
        assert match_key(name, "người", "level") != "population", name


@pytest.mark.parametrize("name,unit,measure,key", [
    # the southern names of maize and peanut (the statistics offices of Bình Thuận, An Giang, Đồng Nai…):
    # "bắp" is ngô, "đậu phụng"/"đậu phộng" lạc, each by its unit; "bắp cải" is cabbage
    ("bắp", "ha", "level", "maize_planted_area"),
    ("diện tích gieo trồng bắp", "ha", "level", "maize_planted_area"),
    ("bắp", "tấn", "level", "maize_output"),
    ("năng suất bắp", "tạ/ha", "level", "maize_yield"),
    ("diện tích bắp thu hoạch", "ha", "level", "maize_harvest_area"),
    ("đậu phụng", "ha", "level", "peanut_planted_area"),
    ("sản lượng đậu phộng", "tấn", "level", "peanut_output"),
    ("bắp cải", "ha", "level", None),
    ("diện tích bắp cải", "ha", "level", None),
    ("sản lượng bắp cải", "tấn", "level", None),
    # the two services in either order ("dịch vụ ăn uống, lưu trú": An Giang; "lưu trú và ăn uống")
    ("dịch vụ ăn uống, lưu trú", "VND", "level", "accommodation_services"),
    ("doanh thu dịch vụ ăn uống và lưu trú", "VND", "level", "accommodation_services"),
    ("doanh thu dịch vụ ăn uống", "VND", "level", None),
    # tea by its area alone ("Chè 1.200 ha" in a list of perennial crops); no output
    ("Chè", "ha", "level", "tea_area"),
    ("chè", "tấn", "level", None),
    # the criteria a commune meets on average, by the unit (Gia Lai, Hòa Bình, district reports)
    ("bình quân mỗi xã", "tiêu chí", "level", "ntm_criteria_per_commune"),
    ("trung bình mỗi xã", "tiêu chí", "level", "ntm_criteria_per_commune"),
    ("bình quân mỗi xã", "VND", "level", None),
    ("bình quân mỗi xã", "công trình", "level", None),
    # the value harvested from a hectare of farm land, as the party reports write it
    ("giá trị trên 1 ha đất nông nghiệp", "VND", "level", "output_value_per_ha"),
    ("giá trị sản xuất trên 1 ha đất nông nghiệp", "VND", "level", "output_value_per_ha"),
    ("giá trị sản xuất nông nghiệp", "VND", "level", "production_value_agriculture"),
    # households using clean and hygienic water: rural unless the name says the town's
    ("Tỷ lệ hộ dân được sử dụng nước sạch, hợp vệ sinh", "%", "rate", "clean_water_rural"),
    ("tỷ lệ hộ dân nông thôn sử dụng nước sạch hợp vệ sinh", "%", "rate", "clean_water_rural"),
    ("Tỷ lệ hộ dân đô thị được sử dụng nước sạch hợp vệ sinh", "%", "rate", None),
])
def test_the_genre_s_other_names_of_an_indicator(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("text,fig,key", [
    # a list under a lead of harvesting lists harvested areas: no planted area (Bình Thuận's 6-month
    # release; the northern form with "lúa", "ngô")
    ("Đến nay toàn tỉnh đã thu hoạch cây hàng năm vụ đông xuân đạt 47.124 ha; trong đó: lúa 35.023 ha, "
     "bắp 4.022 ha, khoai lang 183 ha.", "183 ha", None),
    ("Toàn huyện đã thu hoạch vụ xuân được 5.200 ha, trong đó: lúa 4.100 ha, ngô 650 ha.", "650 ha", None),
    # a lead of sowing keeps them
    ("Toàn tỉnh đã gieo trồng cây hàng năm vụ đông xuân đạt 47.124 ha; trong đó: lúa 35.023 ha, "
     "bắp 4.022 ha, khoai lang 183 ha.", "183 ha", "sweet_potato_planted_area"),
    ("Diện tích gieo trồng vụ xuân đạt 5.200 ha, trong đó: lúa 4.100 ha, ngô 650 ha.", "650 ha",
     "maize_planted_area"),
])
def test_a_part_of_a_harvest_is_no_planted_area(text, fig, key):
    got = {i.text[-len(fig):]: i.key for i in baocao.parse(text).indicators if i.kind == "indicator"}
    assert fig in got and got[fig] == key, got


@pytest.mark.parametrize("name,unit,measure,key", [
    # the economy of the place grows (Đà Nẵng, Kon Tum, Hà Nội…: "kinh tế thành phố tăng trưởng 6,5%",
    # "Kinh tế tỉnh tăng 7,2%", "nền kinh tế tăng trưởng 7,5%"); its parts, its regions and the world's do not
    ("kinh tế thành phố", "%", "growth", "grdp_growth"),
    ("Kinh tế tỉnh", "%", "growth", "grdp_growth"),
    ("kinh tế của huyện tăng trưởng", "%", "growth", "grdp_growth"),
    ("Nền kinh tế tăng trưởng", "%", "growth", "grdp_growth"),
    ("Kinh tế tư nhân", "%", "growth", None),
    ("Kinh tế tập thể tăng trưởng", "%", "growth", None),
    ("Kinh tế số", "%", "growth", None),
    ("kinh tế biển", "%", "growth", None),
    ("Vùng kinh tế trọng điểm", "%", "growth", None),
    ("Kinh tế thế giới", "%", "growth", None),
    ("tăng trưởng kinh tế toàn cầu", "%", "growth", None),
    ("kinh tế", "VND", "level", None),
    # trade and services as the sector that grows (Hà Tĩnh "Các ngành thương mại, dịch vụ tăng 6,5%"), not a
    # revenue of trade
    ("Các ngành thương mại, dịch vụ", "%", "growth", "grdp_growth_services"),
    ("thương mại - dịch vụ", "%", "share", "economic_structure_services"),
    ("doanh thu thương mại, dịch vụ", "%", "growth", None),
    # the statistics offices' older name of the retail sales ("tổng mức và doanh thu dịch vụ tiêu dùng xã hội")
    ("tổng mức và doanh thu dịch vụ tiêu dùng xã hội", "%", "growth", "retail_sales_growth"),
    ("tổng mức bán lẻ và doanh thu dịch vụ tiêu dùng", "VND", "level", "retail_sales"),
    ("doanh thu dịch vụ tiêu dùng", "VND", "level", None),
])
def test_the_genre_s_names_of_the_economy_s_figures(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("name,unit,measure,key", [
    # handicrafts are a part of industry, not industry alone (Gia Lai's district targets "Tiểu thủ công
    # nghiệp"); industry alone keeps its key
    ("Tiểu thủ công nghiệp", "%", "share", None),
    ("tiểu thủ công nghiệp", "%", "growth", None),
    ("Công nghiệp", "%", "share", "economic_structure_industry_proper"),
    ("riêng công nghiệp", "%", "growth", "grdp_growth_industry_proper"),
])
def test_handicrafts_are_no_industry_alone(name, unit, measure, key):
    assert match_key(name, unit, measure) == key
