"""Key vocabulary, second round of session 37 (issue 17): the military recruitment against the year's
quota, which congresses' resolutions and year reports set and report in several publishers' documents
(110 Đà Nẵng "giao quân", 148 Gia Lai "gọi công dân nhập ngũ", the 004 report and p01 "tuyển quân");
the arrivals a province counts as the guests its accommodation served ("lượt khách lưu trú", 099 and 167
Khánh Hòa, two publishers); the solid waste collected in town or countryside apart from the waste
collected in general; the crops of a list of the areas a drought, flood or storm damaged apart from
the sown areas. With the negatives that keep each from its neighbours."""
import pytest

from baocao.resolve import match_key
from baocao.resolve.counted import lead_says_otherwise


@pytest.mark.parametrize("name,unit,measure,key", [
    ("giao quân", None, None, "military_recruitment_quota"),
    ("giao quân", "%", "level", "military_recruitment_quota"),
    ("Tuyển chọn, gọi công dân nhập ngũ", None, None, "military_recruitment_quota"),
    ("gọi công dân nhập ngũ", None, None, "military_recruitment_quota"),
    ("công tác tuyển quân", None, None, "military_recruitment_quota"),
    ("chỉ tiêu, kế hoạch tuyển quân", "%", "level", "military_recruitment_quota"),
    ("Tỷ lệ tuyển quân hằng năm", "%", "rate", "military_recruitment_quota"),
    ("lượt khách lưu trú", "lượt khách", "level", "tourist_arrivals"),
    ("số lượt khách lưu trú", "lượt khách", "level", "tourist_arrivals"),
    ("lượt khách lưu trú", "%", "growth", "tourist_arrivals_growth"),
    ("tỷ lệ chất thải rắn được thu gom, xử lý", "%", "rate", "waste_collection"),
    ("tỷ lệ thu gom rác thải rắn ở thị trấn", "%", "rate", "waste_collection"),
])
def test_the_concepts(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("name,unit,measure,not_key", [
    # the young men sent are a count of people, no share of the quota
    ("giao quân", "thanh niên", "level", "military_recruitment_quota"),
    ("thanh niên nhập ngũ", "người", "level", "military_recruitment_quota"),
    ("nghĩa vụ quân sự", None, None, "military_recruitment_quota"),
    # the nights the guests stayed, and the accommodation's revenue, are no arrivals
    ("ngày khách lưu trú", None, "level", "tourist_arrivals"),
    ("số ngày khách lưu trú", "ngày", "level", "tourist_arrivals"),
    ("doanh thu lưu trú", "VND", "level", "tourist_arrivals"),
    ("cơ sở lưu trú", "cơ sở", "level", "tourist_arrivals"),
    # the urban and the rural waste rate are figures of their own (170 Hà Tĩnh's resolution sets both)
    ("Tỷ lệ chất thải rắn đô thị được thu gom, xử lý", "%", "rate", "waste_collection"),
    ("tỷ lệ chất thải rắn nông thôn được thu gom, xử lý", "%", "rate", "waste_collection"),
])
def test_the_neighbours(name, unit, measure, not_key):
    assert match_key(name, unit, measure) != not_key


@pytest.mark.parametrize("text,part,key,under", [
    # a list of the areas a drought, a flood or a storm damaged: its crops are no sown areas (067 Kon Tum;
    # the damage reports of the genre, "Tình hình thiệt hại do thiên tai: …")
    ("Tình hình hạn hán: trên địa bàn tỉnh đã xảy ra khô hạn, thiếu nước với diện tích lên đến 3.759,52 ha, "
     "bao gồm: 1.348,58 ha lúa; 25,32 ha rau màu các loại.", "rau màu", "vegetable_sown_area", True),
    ("Mưa lớn làm ngập úng nhiều diện tích, trong đó: lúa 200 ha, rau màu 50 ha.", "lúa", "rice_planted_area", True),
    ("Bão số 3 gây thiệt hại nặng về sản xuất: ngô 120 ha bị gãy đổ.", "ngô", "maize_planted_area", True),
    # a list of what was sown keeps its crops' keys
    ("Diện tích gieo trồng vụ đông xuân đạt 30.000 ha, bao gồm: lúa 20.000 ha; rau màu các loại 5.000 ha.",
     "rau màu", "vegetable_sown_area", False),
    ("Vụ mùa gieo cấy được 12.000 ha, trong đó: lúa 9.000 ha, ngô 1.500 ha.", "ngô", "maize_planted_area", False),
])
def test_a_damage_list_keeps_its_crops_from_the_sown_area(text, part, key, under):
    assert lead_says_otherwise(text, text.index(part), key) is under
