"""Names of common indicators the dev gold keys from vocabulary entries that lacked them (session 51, read from
the batches ap and aq first): the imports named alone, whole ("nhập khẩu", 438 Lạng Sơn's portal, 440
Long An's council, 348 Bà Rịa - Vũng Tàu), a tax on them being no trade; the southern "cây ăn trái" (423 Năm Căn);
the goods before the trade ("kim ngạch hàng hóa xuất nhập khẩu", 438); the density of a place's profile
("Mật độ: … người/km²", 278 Phù Mỹ, 389 Chư Prông); the visitors "trong nước" and "nước ngoài" (437 Mai Châu, 334
Ninh Bình, 195 Hà Giang), counted in visits; the members of the whole party organisation (208 Ngọc Đường, 277
Hải Lăng, 446 Tân Phước); and a few spellings of the budget, the economy's growth, OCOP products and the
commune health stations; each with its negatives."""
from __future__ import annotations

import pytest

from baocao.resolve import match_key
from baocao.resolve.key_names import clean


@pytest.mark.parametrize("name, unit, measure, key", [
    ("nhập khẩu", "USD", "level", "import_value"),
    ("nhập khẩu", "%", "growth", "import_value_growth"),
    ("xuất khẩu", "USD", "level", "export_value"),
    ("diện tích cây ăn trái", "ha", "level", "fruit_tree_area"),
    ("Tổng kim ngạch hàng hóa xuất nhập khẩu", "USD", "level", "trade_value"),
    ("Tổng giá trị sản suất", "VND", "level", "production_value"),
    ("Mật độ", "người/km2", "level", "population_density"),
    ("Mật độ", "người/km²", "level", "population_density"),
    ("lượt khách trong nước", "lượt khách", "level", "domestic_tourist_arrivals"),
    ("khách trong nước", "lượt", "level", "domestic_tourist_arrivals"),
    ("lượt khách nước ngoài", "lượt khách", "level", "international_tourist_arrivals"),
    ("đảng viên của Đảng bộ", "đảng viên", "level", "party_members"),
    ("đảng viên toàn Đảng bộ huyện", "đảng viên", "level", "party_members"),
    ("thu cân đối ngân sách", "VND", "level", "budget_revenue"),
    ("Tốc độ phát triển kinh tế", "%", "growth", "grdp_growth"),
    ("sản phẩm đạt chứng nhận OCOP", "sản phẩm", "level", "ocop_products"),
    ("sản phẩm được chứng nhận OCOP", "sản phẩm", "level", "ocop_products"),
    ("xã có trạm y tế đạt chuẩn quốc gia", "xã", "level", "commune_health_standard"),
    ("trạm y tế đạt chuẩn quốc gia", "%", "rate", "commune_health_standard"),
])
def test_common_indicators_in_the_genre_s_other_words(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("name, unit, measure", [
    ("thuế nhập khẩu", "VND", "level"),                  # a tax, no trade
    ("thuế xuất khẩu", "VND", "level"),
    ("thu thuế nhập khẩu", "VND", "level"),
    ("nhập khẩu địa phương", "%", "growth"),             # the local imports, a part
    ("nhập khẩu", "tấn", "level"),                      # a quantity imported
    ("xe nhập khẩu", "%", "growth"),                     # what is imported (baomoi news: sales of imported cars)
    ("Trung Quốc nhập khẩu", "USD", "level"),            # who imports (a country's imports of one ore)
    ("Mật độ", "người", "level"),                        # no density without the area
    ("mật độ", "%", "level"),
    ("mật độ xây dựng", "người/km2", "level"),
    ("doanh thu từ khách trong nước", "VND", "level"),   # the money they spend, no visits
    ("doanh thu từ khách nội địa", "VND", "level"),
    ("doanh thu từ khách nước ngoài", "VND", "level"),
    ("lao động nước ngoài", "người", "level"),
    ("đảng viên mới của Đảng bộ", "đảng viên", "level"),  # the new members
])
def test_what_else_those_words_name_gets_no_such_key(name, unit, measure):
    assert match_key(name, unit, measure) in (None, "new_party_members")


def test_a_tax_on_trade_keeps_its_own_key():
    # 2013 half-year report: the services sector with the import taxes
    assert match_key("khu vực dịch vụ và thuế nhập khẩu", "%", "growth") == "grdp_growth_services_import_taxes"


@pytest.mark.parametrize("name, words", [
    ("diện tích cây ăn trái", "dien tich cay an qua"),
    ("kim ngạch hàng hóa xuất nhập khẩu", "kim ngach xuat nhap khau hang hoa"),
    ("giá trị sản suất", "gia tri san xuat"),
])
def test_the_rewrites_of_session_51(name, words):
    assert clean(name) == words
