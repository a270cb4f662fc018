"""Keys a name's qualifier, a sum of two or a left-out measure word keep it from (session 38, issue 17):
a wrong key is worse than none."""
import pytest

from baocao.resolve._rules import load
from baocao.resolve.key_names import clean, qualified, words_kept
from baocao.resolve.keys import match_key


@pytest.mark.parametrize("name,unit,measure,not_key", [
    # a part by area, by who is a member, by season, by level of schooling (p01, p04, r01, 061, 189, 184)
    ("tỷ lệ thất nghiệp khu vực thành thị", "%", "rate", "unemployment_rate"),
    ("tỷ lệ thất nghiệp ở nông thôn", "%", "rate", "unemployment_rate"),
    ("doanh nghiệp hội viên do doanh nghiệp giải thể", "doanh nghiệp", "level", "enterprises_dissolved"),
    ("rau màu vụ đông", "ha", "level", "vegetable_sown_area"),
    ("tổng diện tích gieo trồng cây rau mầu vụ đông", "ha", "level", "vegetable_sown_area"),
    ("trường tiểu học đạt chuẩn quốc gia", "%", "rate", "standard_schools"),
    ("trường mầm non đạt chuẩn quốc gia", "trường", "level", "standard_schools"),
    ("lao động nữ được đào tạo nghề", "%", "rate", "trained_labour_share"),
    ("thu ngân sách cấp xã", "VND", "level", "budget_revenue"),
    # a sector by ownership is no revenue from it: a name leaves out no word that says what is measured
    # (069, 104, 163 write it for a part of the production value)
    ("khu vực có vốn đầu tư nước ngoài", "VND", "level", "revenue_fdi_sector"),
    ("doanh nghiệp có vốn đầu tư nước ngoài", "VND", "level", "revenue_fdi_sector"),
    # a density is no count of people (152)
    ("mật độ dân số", None, "level", "population"),
    ("mật độ dân số", "người/km2", "level", "population"),
    # a crop is no sector's contribution to growth: contributions are growths (points)
    ("cây công nghiệp (cà phê, hồ tiêu)", None, "level", "grdp_growth_contribution_industry_proper"),
    ("Sản xuất công nghiệp", None, "level", "grdp_growth_contribution_industry_proper"),
    ("quy mô VA khu vực dịch vụ", None, "rate", "grdp_growth_contribution_services"),
    # a sum of two named with a shared head ("sản lượng thịt lợn và [thịt] gia cầm", 187)
    ("sản lượng thịt lợn và gia cầm", "tấn", "level", "pork_output"),
    ("đàn trâu và bò", "con", "level", "buffalo_herd"),
    ("Tổng sản lượng nuôi trồng và khai thác", "tấn", "level", "aquaculture_output"),
    # projects that changed their capital are not the projects licensed (144, 185)
    ("dự án FDI điều chỉnh tăng vốn", "dự án", "level", "fdi_projects"),
    ("dự án điều chỉnh tăng vốn", "dự án", "level", "fdi_projects"),
    # "là", "thuộc" make the share of a part (108): an ethnic minority's poverty rate is none (148)
    ("Tỷ lệ hộ nghèo người đồng bào DTTS", "%", "rate", "poor_households_ethnic_minority_share"),
    # the comma list of all the production value (112) is no sector's
    ("tổng giá trị sản xuất, thương mại, dịch vụ của quận", "VND", "level", "production_value_services_growth"),
])
def test_a_qualified_part_or_a_sum_keeps_no_key_of_the_whole(name, unit, measure, not_key):
    assert match_key(name, unit, measure) != not_key


@pytest.mark.parametrize("name,unit,measure,key", [
    # keys whose own names hold the qualifier (136, 084, 108, 144, 071, 077, 087)
    ("thu nhập bình quân khu vực nông thôn", "VND", "level", "rural_income_per_capita"),
    ("hộ nghèo đồng bào dân tộc thiểu số", "%", "share", "poor_households_ethnic_minority_share"),
    ("dự án có vốn đầu tư nước ngoài (FDI)", "dự án", "level", "fdi_projects"),
    ("GRDP bình quân đầu người", "VND", "level", "grdp_per_capita"),
    ("thu nhập bình quân/người", "VND", "level", "income_per_capita"),
    ("tỷ lệ đỗ tốt nghiệp Trung học phổ thông", "%", "rate", "upper_secondary_graduation_rate"),
    ("xã đạt chuẩn Nông thôn mới", "xã", "level", "ntm_communes"),
    ("vốn ngân sách cấp tỉnh", "VND", "level", "state_budget_investment_provincial"),
    ("thu từ khu vực có vốn đầu tư nước ngoài", "VND", "level", "revenue_fdi_sector"),
    # the winter-spring season's sown area and output are keyed as the year's (070, 086, 141, 168)
    ("Tổng diện tích gieo trồng vụ đông xuân", "ha", "level", "sown_area"),
    ("Tổng sản lượng lương thực có hạt vụ Đông Xuân", "tấn", "level", "food_output"),
    # a long name cut short keeps its key when what is measured stays (004)
    ("tổ dân phố được sử dụng điện lưới quốc gia", "%", "level", "electrified_villages"),
    ("kiểm định chất lượng và đạt chuẩn quốc gia", "%", "level", "standard_schools"),
    # the output of both is the fishery output (187); a contribution in points keeps its key (r01, 188)
    ("Tổng sản lượng nuôi trồng và khai thác", "tấn", "level", "fishery_output"),
    ("công nghiệp và xây dựng", "điểm phần trăm", "growth", "grdp_growth_contribution_industry"),
    ("đàn trâu", "con", "level", "buffalo_herd"),
    ("cấp huyện trở lên đạt chuẩn NTM", "đơn vị", "level", "ntm_districts"),
    # names of q's documents (180 An Giang, 183 Bình Dương) and keys the gold of several publishers proposed
    ("thu nhập bình quân đầu người theo tiêu chí nông thôn mới", "VND", "level", "rural_income_per_capita"),
    ("doanh nghiệp trở lại hoạt động bình thường", "doanh nghiệp", "level", "enterprises_resumed"),
    ("rau màu thu hoạch", "ha", "level", "vegetable_harvest_area"),
    ("diện tích rau các loại thu hoạch", "ha", "level", "vegetable_harvest_area"),
    ("rau màu", "ha", "level", "vegetable_sown_area"),
    ("dự án điều chỉnh tăng tổng vốn đầu tư", "dự án", "level", "fdi_projects_capital_increased"),
    ("dự án điều chỉnh tăng vốn", "dự án", "level", "fdi_projects_capital_increased"),
    ("dự án FDI cấp mới", "dự án", "level", "fdi_projects"),
    ("Tỷ lệ hộ nghèo thuộc đồng bào dân tộc thiểu số tại chỗ", "%", "share", "poor_households_ethnic_minority_share"),
    ("tốc độ tăng giá trị sản xuất thương mại - dịch vụ", "%", "growth", "production_value_services_growth"),
])
def test_a_name_holding_its_keys_qualifier_keeps_the_key(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("whole,part,unit,measure,key", [
    # a sector of a production value written without "của" (156 Gia Lai; as 183 Bình Dương, 090 Hà Tĩnh)
    ("tổng giá trị sản xuất", "công nghiệp-xây dựng", "%", "growth", "production_value_industry_construction_growth"),
    ("tổng giá trị sản xuất", "thương mại-dịch vụ", "%", "growth", "production_value_services_growth"),
    ("kim ngạch xuất khẩu hàng hóa", "khu vực kinh tế trong nước", "USD", "level", "export_value_domestic_sector"),
    ("kim ngạch xuất khẩu hàng hóa", "các mặt hàng khác", "USD", "level", None),
])
def test_a_part_takes_the_key_of_its_whole_s_part(whole, part, unit, measure, key):
    from baocao.resolve.key_parts import part_key

    assert part_key(whole, part, unit, measure) == key


@pytest.mark.parametrize("phrase", load("indicator_keys").not_qualifiers)
def test_every_not_qualifier_is_read_whole_as_no_qualifier(phrase):
    assert qualified(f"diện tích {phrase} năm 2024") == frozenset()
    # the qualifier it holds still counts on its own ("nông thôn", "vụ đông")
    held = {q for q in load("indicator_keys").qualifiers if f" {q} " in f" {phrase} "}
    assert held and all(qualified(f"diện tích {q}") for q in held)


@pytest.mark.parametrize("kept", load("indicator_keys").kept_words)
def test_every_kept_word_is_never_left_out_of_a_long_name(kept):
    tail = "khu vực kinh tế ngoài nhà nước"
    name = set(clean(tail).split())
    assert not words_kept(clean(f"{kept} {tail}"), name)
    assert words_kept(clean(f"bản {tail}"), name)    # another word may be left out
