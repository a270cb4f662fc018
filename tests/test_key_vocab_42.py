"""Keys of session 42 (issue 17) that the dev gold writes for several documents of different publishers
and the vocabulary lacked: the production value of services (179 Báo Gia Lai, 203 Ninh Giang, 245 Gia Lai
TV; 221 Đồng Nai and 240 Cư Kuin wrote it bare), of construction (106, 203 Ninh Giang, 260 Lâm Đồng), the
shrimp output (150 Cà Mau's planning department, 225 Báo Ảnh Đất Mũi, 249 Dân Việt), the population
density (152, 259 123docz, 263 Ninh Thuận) and the households of a place (133 Cư M'gar, 175 Bảo Hiệu, 263
Ninh Thuận, 264 Báo Ninh Thuận). With the neighbours each must not take."""
import pytest

from indicator_cases import inds
from baocao.resolve import match_key


@pytest.mark.parametrize("name, unit, measure, key", [
    ("ngành thương mại-dịch vụ", "VND", "level", "production_value_services"),
    ("Giá trị ngành dịch vụ", "VND", "level", "production_value_services"),
    ("Giá trị sản xuất ngành thương mại, dịch vụ", "VND", "level", "production_value_services"),
    ("giá trị sản xuất xây dựng", "VND", "level", "production_value_construction"),
    ("Giá trị ngành xây dựng", "VND", "level", "production_value_construction"),
    ("Giá trị xây dựng", "VND", "level", "production_value_construction"),
    ("sản lượng tôm", "tấn", "level", "shrimp_output"),
    ("tôm", "tấn", "level", "shrimp_output"),
    ("mật độ dân số", "người/km2", "level", "population_density"),
    ("Mật độ dân số trung bình", "người/km2", "level", "population_density"),
    ("mật độ dân số thưa", "người/km2", "level", "population_density"),
    ("hộ dân số", "hộ", "level", "households"),
    ("tổng số hộ", "hộ", "level", "households"),
])
def test_the_dev_gold_s_keys_of_several_publishers(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("name, unit, measure, key", [
    # the bare sector: 202 writes it for a part of the total income, 221 and 240 for the production value
    ("Thương mại dịch vụ", "VND", "level", None),
    # a part of a total income (190), and the whole production value (112)
    ("Giá trị thương mại dịch vụ", "VND", "level", None),
    ("tổng giá trị sản xuất, thương mại, dịch vụ", "VND", "level", "production_value"),
    # the value added of the sector, its share, its growth, its sales
    ("khu vực dịch vụ", "VND", "level", "grdp_services"),
    ("ngành thương mại-dịch vụ", "%", "share", "economic_structure_services"),
    ("Giá trị sản xuất ngành dịch vụ", "%", "growth", "production_value_services_growth"),
    ("Doanh số toàn ngành thương mại - dịch vụ", "VND", "level", None),
    # construction with industry, and the money put into building
    ("giá trị sản xuất Công nghiệp - Xây dựng", "VND", "level", "production_value_industry_construction"),
    ("Tổng vốn đầu tư xây dựng cơ bản", "VND", "level", "capital_construction_investment"),
    ("giá trị xây dựng nông thôn mới", "VND", "level", None),
    # a kind of shrimp, shrimp sold abroad, their area, a growth
    ("mặt hàng tôm đông", "tấn", "level", None),
    ("sản lượng tôm thẻ chân trắng", "tấn", "level", None),
    ("sản lượng tôm sú", "tấn", "level", None),
    ("xuất khẩu tôm", "tấn", "level", None),
    ("sản lượng tôm", "%", "growth", None),
    # people, not their density
    ("mật độ dân số", "người", "level", None),
    ("dân số", "người", "level", "population"),
    # a kind of household is its own indicator
    ("hộ nghèo", "hộ", "level", "poor_households"),
    ("số hộ nghèo toàn tỉnh", "hộ", "level", "poor_households"),
    ("hộ cận nghèo", "hộ", "level", "near_poor_households"),
    ("hộ gia đình văn hóa", "hộ", "level", "cultural_households"),
    ("hộ kinh doanh", "hộ", "level", None),
    ("nuôi tôm thâm canh", "hộ", "level", None),
    ("hộ được hỗ trợ", "hộ", "level", None),
    ("số hộ tham gia", "hộ", "level", None),
    ("hộ", "%", "rate", None),
    # the bare count: the name a record gets where the kind stands before the figure (150 "nuôi tôm siêu
    # thâm canh … 2.997 ha/3.009 hộ") or a place's count of the poor (172 "huyện Kiên Hải chỉ có 01 hộ")
    ("hộ", "hộ", "level", None),
    ("huyện Kiên Hải", "hộ", "level", None),
])
def test_their_neighbours_keep_their_own_keys(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("text, fig, key", [
    # 203
    ("Giá trị ngành xây dựng đạt 3.620 tỷ đồng, đạt 71,2%KH. Giá trị ngành dịch vụ đạt 3.327 tỷ đồng, đạt 75,6%KH.",
     "3.620 tỷ đồng", "production_value_construction"),
    ("Giá trị ngành xây dựng đạt 3.620 tỷ đồng, đạt 71,2%KH. Giá trị ngành dịch vụ đạt 3.327 tỷ đồng, đạt 75,6%KH.",
     "3.327 tỷ đồng", "production_value_services"),
    # 225
    ("Tổng sản lượng thủy sản đến nay đạt 382.000 tấn, tăng 4,2% so với cùng kỳ; trong đó sản lượng tôm "
     "126.050 tấn, đạt 60,5% kế hoạch.", "126.050 tấn", "shrimp_output"),
    # 263
    ("Số hộ nghèo toàn tỉnh là 11.925 hộ, chiếm 6,74% so với 176.822 hộ dân số toàn tỉnh.",
     "176.822 hộ", "households"),
    ("Diện tích nuôi tôm thâm canh ổn định, lũy kế 8.530,8 ha/13.955 hộ (trong đó, diện tích nuôi tôm siêu "
     "thâm canh tăng 65 ha; lũy kế 2.997 ha/3.009 hộ).", "3.009 hộ", None),
    ("Dân số thời điểm 157.806 người, với 35.545 hộ gồm 20 dân tộc anh em. Mật độ dân số trung bình "
     "383 người/km2.", "383 người/km2", "population_density"),
    # 249: the shrimp of the output of aquaculture and catch together
    ("Năm 2019, tổng sản lượng nuôi trồng và khai thác của tỉnh đạt 365.000 tấn, tăng gần 7% so cùng kỳ "
     "(trong đó tôm đạt 155.000 tấn, tăng hơn 15% so cùng kỳ năm 2018).", "155.000 tấn", "shrimp_output"),
    # r02: the shrimp of the fishery output, but not those of the sea catch or of aquaculture alone
    ("Tổng sản lượng thủy sản chín tháng năm 2025 của tỉnh ước đạt 258.091 tấn, tăng 2,91% so với cùng kỳ năm "
     "trước. Trong đó: sản lượng cá 127.219 tấn, tăng 2,95%; tôm 5.627 tấn, tăng 3,51%.", "5.627 tấn", "shrimp_output"),
    ("Khai thác thủy sản biển: Sản lượng thủy sản khai thác biển tháng Chín của tỉnh ước đạt 8.217 tấn, tăng "
     "3,46% so với cùng kỳ năm trước. Trong đó: sản lượng cá 5.720 tấn, tăng 3,45%; tôm 267 tấn, tăng 3,49%.",
     "267 tấn", None),
    # r01
    ("Ước tính sản lượng thủy sản nuôi trồng năm 2024 đạt 51.283 tấn, giảm 2,13%. Trong đó: cá các loại 50.423 "
     "tấn, giảm 2,10%; tôm 335 tấn, tăng 8,81%.", "335 tấn", None),
    # 264: the poor households beside all of them
    ("Số hộ nghèo toàn tỉnh là 11.925 hộ, chiếm 6,74% so với 176.822 hộ dân số toàn tỉnh.",
     "11.925 hộ", "poor_households"),
])
def test_a_report_s_statement_takes_the_key(text, fig, key):
    got = [i.key for i in inds(text) if fig in i.text]
    assert got == [key], [(i.name, i.key, i.text) for i in inds(text)]
