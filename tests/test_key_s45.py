"""Keys of session 45, read from the batches ad and ae when they were released: the sectors' shares listed after
the economy's structure is named (230 TP Hòa Bình's portal, 276 Gio Linh's portal, 321 Becamex Tokyu), the
three sectors' first written with "ngư nghiệp" (321, 329 123docz, 263 Ninh Thuận's portal, 276), an area in km²
named "diện tích" alone (106, 259/278 123docz, 283 Đà Lạt - Lâm Đồng); each with its negatives."""
from __future__ import annotations

import pytest

from indicator_cases import inds
from baocao.resolve import match_key
from baocao.resolve.vocabulary import WORDS


def _read(text):
    return [(i.name, i.value, i.measure, i.key) for i in inds(text)]


@pytest.mark.parametrize("text, want", [
    # 230: a parenthesis after the structure, the sectors with colons
    ("Cơ cấu kinh tế trên địa bàn thành phố tiếp tục chuyển dịch đúng định hướng (đến năm 2015 dịch vụ: 55,1%; "
     "công nghiệp - xây dựng: 38,7%; nông, lâm, thuỷ sản 6,2%).",
     [("dịch vụ", 55.1, "share", "economic_structure_services"),
      ("công nghiệp - xây dựng", 38.7, "share", "economic_structure_industry"),
      ("nông, lâm, thủy sản", 6.2, "share", "economic_structure_agriculture")]),
    # 276: the shares' changes, "từ … xuống còn …"
    ("Cơ cấu kinh tế chuyển dịch theo hướng tích cực, nông- lâm- ngư nghiệp giảm từ 46,47% xuống còn 28,1%, "
     "công nghiệp-TTCN tăng từ 25,64% lên 43,7%, thương mại-dịch vụ tăng từ 27,89% lên 28,2%.",
     [("nông- lâm- ngư nghiệp", 28.1, "share", "economic_structure_agriculture"),
      ("công nghiệp-TTCN", 43.7, "share", "economic_structure_industry"),
      ("thương mại-dịch vụ", 28.2, "share", "economic_structure_services")]),
    # invented: the structure of GRDP, "khu vực" before a sector
    ("Cơ cấu GRDP năm 2023 chuyển dịch tích cực, khu vực dịch vụ tăng từ 30,1% lên 35,4%.",
     [("khu vực dịch vụ", 35.4, "share", "economic_structure_services")]),
])
def test_sectors_after_the_economy_s_structure_are_its_shares(text, want):
    assert _read(text) == want


def test_a_label_line_of_the_structure_heads_the_lines_of_sectors_under_it():
    # 321: a developer's profile of the province, one sector a line
    text = ("Mức tăng trưởng GRDP:\n6,91% (số liệu năm 2020)\nCơ cấu nền kinh tế:\nCông nghiệp – 66.8%\n"
            "Dịch vụ 22.4%\nNông-lâm-ngư nghiệp 2.6%\nTình hình đầu tư hiện tại: Có 35 khu công nghiệp")
    got = {i.value: (i.measure, i.key) for i in inds(text)}
    assert got[22.4] == ("share", "economic_structure_services")
    assert got[2.6] == ("share", "economic_structure_agriculture")
    assert got[66.8] == ("level", None)     # industry alone: with construction or without it, the list says


@pytest.mark.parametrize("text", [
    # a growth named between the structure and the sectors: parts of that growth
    "Cơ cấu kinh tế chuyển dịch tích cực, tốc độ tăng trưởng đạt 8,2%, trong đó công nghiệp 10,1%, dịch vụ 7,5%.",
    # the structure in another sentence
    "Cơ cấu kinh tế chuyển dịch đúng hướng. Công nghiệp đạt 12,5%, dịch vụ đạt 8,1%.",
    # a change of a sector: its growth
    "Cơ cấu kinh tế chuyển dịch tích cực, công nghiệp tăng 12,3%, dịch vụ tăng 8,4%.",
    # more than a sector in the name: no sector's share
    "Cơ cấu kinh tế chuyển dịch tích cực, giá trị sản xuất công nghiệp đạt 12,3%.",
    "Cơ cấu kinh tế chuyển dịch tích cực, lao động nông nghiệp còn 40,2%.",
    # another statement between the structure and the sectors: its parts, no shares of the economy
    "Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng, vốn đầu tư toàn xã hội đạt 5.000 tỷ đồng, trong đó nông nghiệp "
    "20%, công nghiệp - xây dựng 45%.",
    "Cơ cấu kinh tế chuyển dịch tích cực; tỷ lệ giải ngân vốn đầu tư công đạt 92%, riêng nông nghiệp 85%.",
    # a structure of something else than the economy
    "Cơ cấu cây trồng chuyển dịch, lúa 60%, rau màu 40%.",
    # a label line that is no structure over the lines
    "Tốc độ tăng trưởng:\nCông nghiệp – 10,8%\nDịch vụ 7,4%",
])
def test_no_share_without_the_economy_s_structure_before_a_sector(text):
    assert all(i.measure != "share" and not (i.key or "").startswith("economic_structure") for i in inds(text))


@pytest.mark.parametrize("head", WORDS.economy_structure_heads)
def test_every_economy_structure_head_makes_the_sectors_shares(head):
    text = f"Năm 2022, {head} chuyển dịch tích cực, dịch vụ tăng từ 30,1% lên 35,4%."
    assert _read(text) == [("dịch vụ", 35.4, "share", "economic_structure_services")]


@pytest.mark.parametrize("name, unit, measure, key", [
    ("Nông-lâm-ngư nghiệp", "%", "share", "economic_structure_agriculture"),       # 321
    ("Nông, lâm, ngư nghiệp", "%", "share", "economic_structure_agriculture"),     # 329
    ("nông- lâm- ngư nghiệp", "%", "share", "economic_structure_agriculture"),     # 276
    ("khu vực nông - lâm - ngư nghiệp", "%", "growth", "grdp_growth_agriculture"),  # 024
    ("giá trị sản xuất nông, lâm, ngư nghiệp", "%", "growth", "production_value_agriculture_growth"),
])
def test_fisheries_written_ngu_nghiep_are_the_first_sector(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("name, unit, measure", [
    ("lao động nông lâm ngư nghiệp", "%", "share"),
    ("lao động nông lâm ngư nghiệp", "người", "level"),
    ("đất nông lâm ngư nghiệp", "ha", "level"),
])
def test_fisheries_written_ngu_nghiep_take_no_key_of_another_measure(name, unit, measure):
    assert match_key(name, unit, measure) is None


@pytest.mark.parametrize("text, name", [
    ("Diện tích 6.071 km2, dân số 1,5 triệu người.", "Diện tích"),      # 106
    ("Huyện có tổng diện tích 1614.63 km2.", "tổng diện tích"),          # 283
    ("Diện tích tự nhiên 320 km2.", "Diện tích tự nhiên"),
])
def test_an_area_in_square_kilometres_is_the_natural_area(text, name):
    assert [(i.name, i.key) for i in inds(text) if i.unit == "km²"] == [(name, "natural_area")]


@pytest.mark.parametrize("text", [
    "Khu kinh tế Vũng Áng có tổng diện tích 227 km2.",
    "Diện tích rừng 500 km2.",
    "Tổng diện tích khu kinh tế 300 km2.",
    "Diện tích bị ngập 20 km2.",
    "Hồ Trị An có diện tích mặt nước 323 km2.",
    "Vườn quốc gia có diện tích 720 km2.",
    "Diện tích 500 ha.",          # hectares: a crop's, a forest's as often as the place's
])
def test_an_area_of_something_named_or_in_hectares_is_no_natural_area(text):
    assert [i.key for i in inds(text)] == [None]


def test_the_parts_of_an_area_listed_after_it_take_no_natural_area():
    # 278: the land by use after the whole, named by it only
    text = "Phù Mỹ là một huyện nông nghiệp với diện tích 556Km2 với 230km2 là đất sản xuất nông nghiệp, 203km2 là đất lâm nghiệp."
    assert [(i.value, i.key) for i in inds(text) if i.unit == "km²"] == [(556.0, "natural_area"), (230.0, None),
                                                                         (203.0, None)]


@pytest.mark.parametrize("name, unit, key", [
    ("xã hoàn thành Chương trình mục tiêu Quốc gia xây dựng nông thôn mới", "xã", "ntm_communes"),     # 315
    ("xã đạt chuẩn tiêu chí quốc gia về xây dựng nông thôn mới", "xã", "ntm_communes"),                # 316
    ("xã đạt chuẩn tiêu chí quốc gia về nông thôn mới", "xã", "ntm_communes"),
    ("xã hoàn thành xây dựng nông thôn mới", "xã", "ntm_communes"),
    ("xóm đạt chuẩn Nông thôn mới kiểu mẫu", "xóm", "ntm_villages"),                                   # 310
    ("xóm đạt chuẩn nông thôn mới", "xóm", "ntm_villages"),
    ("xóm nông thôn mới kiểu mẫu", "xóm", "ntm_villages"),
    ("ấp được công nhận Nông thôn mới kiểu mẫu", "ấp", "ntm_villages"),                                # 193
    ("ấp nông thôn mới kiểu mẫu", "ấp", "ntm_villages"),
    ("ấp đạt chuẩn nông thôn mới kiểu mẫu", "ấp", "ntm_villages"),
    ("khu dân cư đạt chuẩn", "khu dân cư", "ntm_villages"),                                            # 090
    ("Khu dân cư đạt kiểu mẫu", "khu dân cư", "ntm_villages"),                                         # 221
    ("khu dân cư đạt chuẩn nông thôn mới", "khu dân cư", "ntm_villages"),
    ("khu dân cư đạt chuẩn nông thôn mới kiểu mẫu", "khu dân cư", "ntm_villages"),
])
def test_the_new_countryside_standard_s_other_names(name, unit, key):
    assert match_key(name, unit, "level") == key


@pytest.mark.parametrize("name, unit, not_key", [
    ("xã đạt chuẩn tiêu chí quốc gia về y tế", "xã", "ntm_communes"),
    ("xã hoàn thành Chương trình mục tiêu Quốc gia giảm nghèo bền vững", "xã", "ntm_communes"),
    ("xã hoàn thành xây dựng nông thôn mới nâng cao", "xã", "ntm_communes"),
    ("xã hoàn thành xây dựng nông thôn mới kiểu mẫu", "xã", "ntm_communes"),
    ("xã đạt 15 tiêu chí quốc gia về nông thôn mới", "tiêu chí", "ntm_communes"),
    ("xóm đạt chuẩn văn hóa", "xóm", "ntm_villages"),
    ("xóm văn hóa", "xóm", "ntm_villages"),
    ("khu dân cư đạt chuẩn văn hóa", "khu dân cư", "ntm_villages"),   # another title: whole names only
    ("khu dân cư", "khu dân cư", "ntm_villages"),
    ("xóm đạt chuẩn nông thôn mới", "hộ", "ntm_villages"),
])
def test_the_standard_s_names_take_no_key_of_another_title(name, unit, not_key):
    assert match_key(name, unit, "level") != not_key


@pytest.mark.parametrize("name, unit", [
    ("Số người trong độ tuổi lao động", "lao động"),     # 324: the people of working age
    ("số người trong độ tuổi lao động", "người"),
])
def test_the_people_of_working_age_are_no_labour_force(name, unit):
    assert match_key(name, unit, "level") != "labour_force"
    assert match_key("lực lượng lao động từ 15 tuổi trở lên", unit, "level") == "labour_force"


@pytest.mark.parametrize("name", [
    "khu vực dịch vụ và thuế sản phẩm",             # 292, 235
    "khu vực dịch vụ và thuế, trợ cấp sản phẩm",     # 063
    "dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm",
])
def test_services_and_product_taxes_together_are_one_part_of_the_growth(name):
    assert match_key(name, "%", "growth") == "grdp_growth_services_product_taxes"


@pytest.mark.parametrize("name, unit, measure, key", [
    ("khu vực dịch vụ và thuế sản phẩm", "%", "share", None),                # a share: no key of the growth
    ("khu vực dịch vụ và thuế sản phẩm", "điểm phần trăm", "growth", None),   # a contribution in points
    ("dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm", "%", "share", None),
    ("khu vực dịch vụ", "%", "growth", "grdp_growth_services"),             # each alone keeps its own key
    ("thuế sản phẩm trừ trợ cấp sản phẩm", "%", "growth", "grdp_growth_product_taxes"),
    ("khu vực dịch vụ và thuế nhập khẩu", "%", "growth", "grdp_growth_services_import_taxes"),
    ("khu vực công nghiệp và thuế sản phẩm", "%", "growth", None),
])
def test_services_and_product_taxes_keep_apart_from_their_neighbours(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


def test_services_and_product_taxes_in_a_growth_breakdown():
    text = ("Tổng sản phẩm trên địa bàn 6 tháng ước tăng 7,2%, trong đó khu vực công nghiệp và xây dựng tăng 9,1%; "
            "khu vực dịch vụ và thuế sản phẩm tăng 6,7%.")
    assert {i.value: i.key for i in inds(text)}[6.7] == "grdp_growth_services_product_taxes"
