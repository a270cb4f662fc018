"""The key vocabulary reads one indicator in the other words reports use for it (issue 17, session 36):
a growth key reads its level key's names (the measure tells them apart), an abbreviation and an older
name stand for the standard one (IIP, "giá trị sản lượng"), the district reports' three sectors
("nông nghiệp", "công nghiệp - tiểu thủ công nghiệp"), and the names of the programme's funds; with
the negatives that keep each from a neighbour's figures (a wrong key is worse than none)."""
import pytest

from baocao.resolve import match_key
from baocao.resolve.keys import key_unit


@pytest.mark.parametrize("name,unit,measure,key", [
    # a growth key reads its level twin's names: "tổng vốn đầu tư phát triển tăng 8%" (task brief; 014, r01)
    ("tổng vốn đầu tư phát triển", "%", "growth", "investment_capital_growth"),
    ("vốn đầu tư phát triển", "%", "growth", "investment_capital_growth"),
    ("tổng vốn đầu tư phát triển", "VND", "level", "investment_capital"),
    ("tổng thu ngân sách nhà nước", "%", "growth", "budget_revenue_growth"),
    ("tổng thu ngân sách nhà nước", "VND", "level", "budget_revenue"),
    ("tổng dư nợ", "%", "growth", "credit_outstanding_growth"),
    ("số doanh nghiệp thành lập", "%", "growth", "new_enterprises_growth"),
    ("tỷ lệ phát triển dân số hằng năm", "%", "rate", "population_growth"),   # 004
    # "IIP" is the index of industrial production written short (169 "IIP toàn ngành", r01)
    ("IIP toàn ngành", "%", "growth", "iip_growth"),
    ("chỉ số IIP toàn tỉnh", "%", "growth", "iip_growth"),
    ("IIP", "%", "growth", "iip_growth"),
    # "giá trị sản lượng" is the older name of the value of production (151, 161)
    ("Giá trị sản lượng nông nghiệp", "%", "growth", "production_value_agriculture_growth"),
    ("giá trị sản lượng công nghiệp, tiểu thủ công nghiệp", "VND", "level", "production_value_industry"),
    ("giá trị sản lượng công nghiệp", "VND", "level", "production_value_industry"),
    # the district reports' sectors (166 Châu Đức, 152 Điện Biên, 161 Kim Bảng, 148 Kbang)
    ("nông nghiệp", "%", "share", "economic_structure_agriculture"),
    ("nông nghiệp - thủy sản", "%", "share", "economic_structure_agriculture"),
    ("nông nghiệp", "%", "growth", "grdp_growth_agriculture"),
    ("công nghiệp, tiểu thủ công nghiệp", "%", "share", "economic_structure_industry"),
    ("CN-TTCN", "%", "share", "economic_structure_industry"),
    ("công nghiệp - tiểu thủ công nghiệp", "%", "growth", "grdp_growth_industry"),
    ("công nghiệp - TTCN và xây dựng", "%", "share", "economic_structure_industry"),
    # the programme's funds, as a total (158 Krông Pắc, 165 Chợ Lách, 154 Cà Mau)
    ("tổng kinh phí thực hiện Chương trình xây dựng nông thôn mới", "VND", "level", "ntm_funds_mobilised"),
    ("tổng nguồn lực đầu tư xây dựng nông thôn mới", "VND", "level", "ntm_funds_mobilised"),
    ("nguồn lực đầu tư xây dựng NTM", "VND", "level", "ntm_funds_mobilised"),
    # the new-countryside criteria's names (151; the national criteria "tỷ lệ hộ sử dụng điện thường
    # xuyên, an toàn", "tỷ lệ chất thải rắn sinh hoạt được thu gom")
    ("Tỷ lệ gia đình đạt chuẩn văn hóa", "%", "rate", "cultural_households"),
    ("hộ gia đình đạt chuẩn văn hóa", "%", None, "cultural_households"),
    ("Tỷ lệ rác thải sinh hoạt được thu gom", "%", "rate", "waste_collection"),
    ("tỷ lệ chất thải rắn sinh hoạt được thu gom", "%", "rate", "waste_collection"),
    ("Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "%", "rate", "electrified_households"),
    # the society-wide investment written short; a place at the end of a district's name (112)
    ("tổng vốn đầu tư xã hội", "VND", "level", "investment_capital"),
    ("tổng giá trị sản xuất, thương mại, dịch vụ của quận", "VND", "level", "production_value"),
    ("doanh thu du lịch của thị xã", "VND", "level", "tourism_revenue"),
    ("dự án có vốn đầu tư nước ngoài", "dự án", "level", "fdi_projects"),
    ("dịch vụ", "%", "growth", "grdp_growth_services"),
])
def test_other_words_for_one_indicator(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("name,unit,measure", [
    # a level twin's name the twin itself excludes stays out of the growth key too
    ("tổng dư nợ ngắn hạn", "%", "growth"),
    ("dân số nông thôn", "%", "growth"),
    # IIP of one industry is no IIP of all
    ("IIP ngành chế biến, chế tạo", "%", "growth"),
    # agriculture's land, labour, production and credit are no sector of the economy
    ("lao động nông nghiệp", "%", "share"),
    ("đất nông nghiệp", "%", "share"),
    ("sản xuất nông nghiệp", "%", "growth"),
    ("dư nợ cho vay nông nghiệp", "%", "share"),
    ("nông nghiệp công nghệ cao", "%", "share"),
    # a value of industry's production (151) is no growth or share of the economy's sector
    ("Giá trị Công nghiệp, tiểu thủ công nghiệp", "%", "growth"),
    ("Giá trị Công nghiệp, tiểu thủ công nghiệp", "%", "share"),
    # a part of the programme's funds is not its total
    ("tổng kinh phí thực hiện Chương trình xây dựng nông thôn mới từ ngân sách trung ương", "VND", "level"),
    # a village's title, a house's water, a hospital's waste
    ("thôn đạt chuẩn văn hóa", "%", "rate"),
    ("Tỷ lệ hộ sử dụng nước sạch", "%", "rate"),
    ("Tỷ lệ rác thải y tế được xử lý", "%", "rate"),
    # capital raised by xã hội hóa; projects still valid (144) are no newly licensed projects
    ("vốn đầu tư xã hội hóa", "VND", "level"),
    ("dự án có vốn đầu tư nước ngoài còn hiệu lực", "dự án", "level"),
    # "Kinh doanh dịch vụ" (151) is an activity's revenue, not the services sector
    ("Kinh doanh dịch vụ", "%", "growth"),
    ("kinh doanh dịch vụ", "%", "share"),
])
def test_other_words_do_not_reach_a_neighbour(name, unit, measure):
    assert match_key(name, unit, measure) is None


def test_a_density_per_year_is_a_density():
    # 157 "giá trị sản xuất nông nghiệp … đạt 230 triệu đồng/ha/năm": per hectare, not the sector's value
    assert key_unit("VND", "ha/năm") == "VND/ha" and key_unit("VND", "người/năm") == "VND"
    assert match_key("giá trị sản xuất nông nghiệp", key_unit("VND", "ha/năm"), "level") is None
    assert match_key("giá trị sản xuất nông nghiệp", key_unit("VND", None), "level") == "production_value_agriculture"


@pytest.mark.parametrize("name,unit,measure,key", [
    # "thêm" in the name: the figure counts what was added, whatever the measure read (098 Kon Tum's
    # council, 158 Krông Pắc, 004 "phấn đấu thêm 02 xã đạt chuẩn")
    ("thêm xã đạt chuẩn nông thôn mới", "xã", "level", "ntm_communes_increase"),
    ("có thêm xã đạt chuẩn nông thôn mới", "xã", None, "ntm_communes_increase"),
    ("xã đạt chuẩn nông thôn mới", "xã", "level", "ntm_communes"),
    # an increase no entry keys stays without a key (059 "thêm xã NTM nâng cao"; r02)
    ("thêm xã NTM nâng cao", "xã", "level", None),
    ("lao động có việc làm tăng thêm", "lao động", "level", None),
    ("thêm xã đạt chuẩn nông thôn mới", "%", "level", None),
])
def test_what_was_added_is_an_amount(name, unit, measure, key):
    assert match_key(name, unit, measure) == key
