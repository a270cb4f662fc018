"""Keys of session 43 (issue 17). Wrong keys of the dev half taken off: a budget revenue's level is money,
never a percentage (214 Cẩm Xuyên, 221 Trảng Bom, 231 Vĩnh Bảo: three publishers); a long name that leaves
out the crop of a crop's key ("diện tích cho thu hoạch" is no "diện tích thu hoạch bắp", 283) and a crop
with no key of its own after another crop's figures (283 "Cây sầu riêng: …, sản lượng đạt 10.388 tấn" after
the tea's output). A key the dev gold writes and the vocabulary missed: the growth rate named with no
subject, of the place itself (006, 132, 232, 244, 276: five publishers), with its guards."""
import pytest

from indicator_cases import inds
from baocao.resolve import match_key
from baocao.resolve.key_bare import drop_bare_keys


@pytest.mark.parametrize("name, unit, measure, key", [
    ("Tổng thu ngân sách nhà nước trên địa bàn", "%", "level", None),    # 231: "10,50 %/năm", no level
    ("thu ngân sách trên địa bàn", "%", "level", None),                  # 214: "bằng 63,8% so với cùng kỳ"
    ("Tổng thu ngân sách nhà nước trên địa bàn", "VND", "level", "budget_revenue"),
    ("Tổng thu ngân sách nhà nước trên địa bàn", "%", "growth", "budget_revenue_growth"),
    ("Thu ngân sách", None, "level", "budget_revenue"),                  # an achievement alone: "đạt 119% dự toán"
])
def test_a_budget_revenue_level_is_money(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


def test_a_percentage_of_the_budget_revenue_is_no_level_of_it():
    text = ("Tổng thu ngân sách nhà nước trên địa bàn năm 2022 đạt 332,649 tỷ đồng, tăng bình quân 2 năm "
            "10,50 %/năm.")
    got = [(i.value, i.unit, i.key) for i in inds(text)]
    assert (332.649e9, "VND", "budget_revenue") in got
    assert not [g for g in got if g[1] == "%" and g[2] == "budget_revenue"], got


@pytest.mark.parametrize("name, unit, key", [
    ("diện tích cho thu hoạch", "ha", None),                 # 283: of the macadamia, no maize
    ("diện tích cho thu hoạch của các xã", "ha", None),
    ("diện tích thu hoạch ngô", "ha", "maize_harvest_area"),
    ("diện tích bắp thu hoạch", "ha", "maize_harvest_area"),
    ("diện tích cho thu hoạch ngô", "ha", "maize_harvest_area"),
    ("tổng diện tích gieo trồng lúa vụ mùa", "ha", "rice_planted_area"),
])
def test_a_long_name_never_leaves_out_the_crop(name, unit, key):
    assert match_key(name, unit, "level") == key


def test_a_crop_with_no_key_ends_the_reach_of_the_crop_before_it():
    # 283 (dalatinfo): the tea's output, then the durian's and the avocado's, which have no key of their own
    text = ("Chuyển đổi 516,9 ha chè sang giống mới, năng suất được 98 tạ/ha, sản lượng được 4.962,7 tấn; "
            "Cây sầu riêng: diện tích trồng xen 2.158,76 ha, sản lượng đạt 10.388 tấn; "
            "Cây Bơ: diện tích trồng xen là 2.247,9 ha, sản lượng đạt 6.095 tấn.")
    got = {i.value: i.key for i in inds(text)}
    assert got[4962.7] == "tea_output"
    assert got[10388.0] is None and got[6095.0] is None


@pytest.mark.parametrize("text, key", [
    ("6 tháng đầu năm, tốc độ tăng trưởng của huyện Nghĩa Đàn ước đạt 10,52%.", "grdp_growth"),       # 232
    ("Trong nhiệm kỳ qua, tốc độ tăng trưởng trung bình của tỉnh đạt 8,75%.", "grdp_growth"),          # 244
    ("Nền kinh tế của huyện phát triển khá nhanh với tốc độ tăng trưởng bình quân khoảng 9,01%/năm.",  # 276
     "grdp_growth"),
    # after another statement of its sentence it is that one's growth: no key
    ("Năm 2020, ngành du lịch đón 1,2 triệu lượt khách; tốc độ tăng trưởng bình quân đạt 15%.", None),
])
def test_a_growth_rate_of_no_subject_is_the_economy_s_only_first_in_its_sentence(text, key):
    got = [i for i in inds(text) if i.unit == "%"]
    assert [i.key for i in got] == [key], [(i.name, i.key) for i in got]


def test_a_subjectless_name_keeps_a_sector_s_or_no_key():
    assert match_key("tốc độ tăng trưởng của ngành dệt may", "%", "growth") is None
    assert match_key("tốc độ tăng trưởng công nghiệp", "%", "growth") != "grdp_growth"
    assert match_key("tăng trưởng", "%", "growth") is None      # 282: the services' (its sentence says)


def test_a_subjectless_name_in_a_table_gets_no_key():
    text = "Năm 2020, tốc độ tăng trưởng của huyện đạt 8,5%."
    rec = inds(text)[0]
    assert rec.key == "grdp_growth"
    assert drop_bare_keys(text, [rec]) == [rec]
    table = rec.model_copy(update={"source": "table"})
    assert drop_bare_keys(text, [table])[0].key is None


@pytest.mark.parametrize("text", [
    "Báo cáo tình hình năm 2023.\n- Nông nghiệp: tốc độ tăng trưởng đạt 3,5%.",
    "Khu vực công nghiệp - xây dựng: tốc độ tăng trưởng đạt 10,2%.",
])
def test_a_subjectless_name_after_a_label_gets_no_key(text):
    # the label before the colon names whose growth it is: a sector's, not the economy's
    got = [i for i in inds(text) if i.unit == "%"]
    assert [i.key for i in got] == [None], [(i.name, i.key) for i in got]
