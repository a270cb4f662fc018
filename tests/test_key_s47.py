"""Keys of session 47, read from the batches ah and ai when they were released: an abbreviation after a place's
word is no place's name ("tiêu chí huyện NTM", 255 Phú Yên's portal, 357 Đại Đoàn Kết), and the agricultural
sector written without its fisheries, "nông, lâm nghiệp" (346 Bình Phước, 368 123docz; its growth, 059 Báo Bắc
Kạn), and the crops "of every kind" as the total sown area (086 Gia Lai's planning department, 155 Gia Lai TV,
240 Cư Kuin's portal); each with its negatives."""
from __future__ import annotations

import pytest

from indicator_cases import inds
from baocao.resolve import match_key
from baocao.resolve.key_names import clean, without_place


@pytest.mark.parametrize("name", ["tiêu chí huyện NTM", "hoàn thành tiêu chí huyện NTM"])
def test_an_abbreviation_after_a_district_is_no_place(name):
    assert clean(name).endswith("huyen nong thon moi")
    assert match_key(name, "tiêu chí", "level") == "ntm_criteria_met"


@pytest.mark.parametrize("name, left", [
    ("GRDP tỉnh Đồng Nai", "grdp"),
    ("tổng thu ngân sách trên địa bàn huyện Khánh Sơn", "tong thu ngan sach"),
    ("thu ngân sách huyện Ea Kar", "thu ngan sach"),
    ("doanh thu tỉnh Nam Định", "doanh thu"),
])
def test_a_place_s_proper_name_is_still_left_out(name, left):
    assert clean(name) == left


def test_without_place_keeps_an_abbreviation():
    assert without_place("tiêu chí huyện NTM") == "tiêu chí huyện NTM"
    assert without_place("giá trị sản xuất công nghiệp tỉnh Bắc Giang") == "giá trị sản xuất công nghiệp"


def test_the_district_s_criteria_in_a_sentence():
    # 357: "hoàn thành 9/9 tiêu chí huyện NTM"
    text = ("Sau 10 năm triển khai xây dựng NTM, huyện Lương Sơn đã có 19/19 xã đạt chuẩn; hoàn thành 9/9 tiêu chí "
            "huyện NTM.")
    assert [i.key for i in inds(text) if i.value == 9] == ["ntm_criteria_met"]


@pytest.mark.parametrize("name", ["nông, lâm nghiệp", "nông - lâm nghiệp", "ngành nông lâm nghiệp",
                                  "khu vực nông – lâm nghiệp", "tỷ trọng ngành nông - lâm nghiệp"])
def test_agriculture_and_forestry_without_fisheries_is_the_sector(name):
    assert match_key(name, "%", "share") == "economic_structure_agriculture"


@pytest.mark.parametrize("name", ["nông, lâm nghiệp", "ngành nông lâm nghiệp", "khu vực nông – lâm nghiệp"])
def test_its_growth_is_the_sector_s_growth(name):
    assert match_key(name, "%", "growth") == "grdp_growth_agriculture"


@pytest.mark.parametrize("name, measure", [
    ("nông, lâm nghiệp", None),                          # a share or a growth? no guess
    ("diện tích đất nông, lâm nghiệp", "share"),         # the land's share
    ("lao động nông, lâm nghiệp", "share"),              # the employed
    ("giá trị sản xuất nông, lâm nghiệp", "share"),      # the production value's
    ("dự án nông lâm nghiệp", "share"),                  # the projects'
    ("dự án nông nghiệp", "share"),
    ("dự án nông nghiệp", "growth"),
])
def test_what_else_of_agriculture_and_forestry_is_no_sector(name, measure):
    assert match_key(name, "%", measure) is None


def test_the_sector_s_share_in_a_sentence():
    # 368: a thesis's section on a district
    text = "Cơ cấu kinh tế đến cuối năm 2014 tỷ trọng ngành nông - lâm nghiệp đạt 52%; dịch vụ đạt 30%."
    assert [i.key for i in inds(text) if i.value == 52] == ["economic_structure_agriculture"]


@pytest.mark.parametrize("name", ["cây trồng các loại", "diện tích cây trồng các loại", "tổng diện tích cây trồng các loại",
                                  "cây tròng các loại vụ Đông Xuân"])
def test_crops_of_every_kind_are_the_sown_area(name):
    assert match_key(name, "ha", "level") == "sown_area"


@pytest.mark.parametrize("name, unit", [
    ("diện tích thu hoạch cây trồng các loại", "ha"),   # what was harvested
    ("sản lượng cây trồng các loại", "ha"),             # an output
    ("cây trồng các loại khác", "ha"),                  # the others: a part
    ("cây trồng các loại", "tấn"),                      # no area
    ("cây ăn quả các loại", "ha"),                      # one kind of crop
])
def test_what_else_of_crops_of_every_kind_is_no_sown_area(name, unit):
    assert match_key(name, unit, "level") is None


def test_the_sown_area_in_a_sentence():
    # 155: a district's nine months
    text = ("Đến nay, toàn huyện gieo trồng trên 41,8 nghìn ha cây trồng các loại, đạt 97,6% kế hoạch, tăng hơn 1% so "
            "với cùng kỳ năm 2022.")
    assert [i.key for i in inds(text) if i.unit == "ha"] == ["sown_area"]
