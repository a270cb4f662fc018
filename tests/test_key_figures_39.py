"""What a statement's figure tells its key beyond its name (session 39, issue 17;
resolve/key_figures.py): an index of the level is no growth, a count after ``thêm`` is what was added.
A wrong key is worse than none."""
import pytest

from baocao.resolve.key_figures import INDEX_FLOOR, index_measure, with_added
from indicator_cases import inds


def _keys(text: str) -> dict:
    return {i.value: i.key for i in inds(text)}


@pytest.mark.parametrize("text,values", [
    # an output's index against the year before (197, Hậu Giang): 113,94 is a rise of 13,94%
    ("GRDP của tỉnh ước cả năm 2022 đạt 113,94%; trong đó khu vực nông, lâm, thủy sản đạt 103,82%, "
     "khu vực công nghiệp và xây dựng 136,55%, khu vực dịch vụ 108,84%.", (113.94, 103.82, 136.55, 108.84)),
    # a part of a growth's breakdown written as an index (104, 163, Bắc Giang): 91,2 is a fall of 8,8%
    ("Chỉ số sản xuất công nghiệp 6 tháng tăng 10,5%, trong đó ngành chế biến, chế tạo tăng 12,1%, "
     "ngành khai khoáng bằng 91,2%.", (91.2,)),
])
def test_an_index_of_the_level_takes_no_growth_key(text, values):
    keys = _keys(text)
    for v in values:
        assert v in keys, keys
        assert keys[v] is None or not keys[v].endswith(("_growth", "_mining", "_agriculture", "_industry",
                                                        "_services")), keys


def test_an_index_is_keyed_as_the_level_it_is():
    # the vocabulary's index entries (a level in %) take it
    assert _keys("Chỉ số sản xuất công nghiệp (IIP) 6 tháng đầu năm ước đạt 109,5% so với cùng kỳ.") == {
        109.5: "iip_index"}
    assert _keys("Chỉ số giá tiêu dùng bình quân 9 tháng bằng 102,49% so với cùng kỳ.") == {102.49: "cpi_index"}


@pytest.mark.parametrize("text,value,key", [
    # a change written as one, a growth below the floor, a growth named as such, a contribution
    ("Chỉ số sản xuất công nghiệp 6 tháng tăng 10,5%, trong đó ngành chế biến, chế tạo tăng 12,1%, "
     "ngành khai khoáng bằng 91,2%.", 12.1, "iip_growth_manufacturing"),
    ("Ngành Khai khoáng tăng 67,31% so với cùng kỳ.", 67.31, "iip_growth_mining"),             # 054
    ("Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2021 đạt 5,74%.", 5.74, "grdp_growth"),  # 002
    ("Tốc độ tăng trưởng kinh tế ước đạt 8,2%.", 8.2, "grdp_growth"),
    ("Khu vực công nghiệp và xây dựng tăng 8,93%, đóng góp 51,8% vào mức tăng trưởng chung.", 51.8,
     "grdp_growth_contribution_industry"),                                                      # 120
])
def test_a_growth_keeps_its_key(text, value, key):
    assert _keys(text)[value] == key


@pytest.mark.parametrize("text,value,key", [
    # "thêm" before the count, outside the name (105, 059, 098, 158)
    ("Trong 6 tháng, tỉnh công nhận thêm 42 sản phẩm OCOP.", 42.0, "ocop_products_increase"),
    ("Dự ước đến hết năm 2023, tỉnh có thêm 5 xã đạt chuẩn nông thôn mới.", 5.0, "ntm_communes_increase"),
    ("Đến cuối năm 2018, huyện đã có thêm 4 xã đạt chuẩn nông thôn mới.", 4.0, "ntm_communes_increase"),
    # no entry keys the area added: none, not the crop's area (170)
    ("Năm 2024 trồng thêm 200 ha cây ăn quả.", 200.0, None),
    # without "thêm" the level keeps its key
    ("Toàn tỉnh hiện có 142 sản phẩm OCOP.", 142.0, "ocop_products"),
    ("Toàn tỉnh có 25 xã đạt chuẩn nông thôn mới.", 25.0, "ntm_communes"),
])
def test_a_count_after_them_is_an_amount_added(text, value, key):
    assert _keys(text)[value] == key


def test_the_rules_alone():
    assert index_measure("GRDP", "%", INDEX_FLOOR, "growth") == "level"
    assert index_measure("GRDP", "%", INDEX_FLOOR - 0.1, "growth") == "growth"
    assert index_measure("GRDP", "%", 113.94, "growth", lead="grdp: + ") == "growth"   # a sign: a change
    assert index_measure("GRDP", "điểm phần trăm", 113.94, "growth") == "growth"      # a contribution
    assert index_measure("mức tăng GRDP", "%", 113.94, "growth") == "growth"
    assert index_measure("GRDP", "%", None, "growth") == "growth"
    assert with_added("xã đạt chuẩn", "co them duoc ") == "thêm xã đạt chuẩn"
    assert with_added("xã đạt chuẩn", "tang them tren ") == "xã đạt chuẩn"   # not right before the figure


@pytest.mark.parametrize("name", ["vốn đầu tư phát triển kết cấu hạ tầng", "doanh thu dịch vụ quà tặng",
                                  "giá trị sản xuất nhà cao tầng"])
def test_a_change_in_the_name_is_read_with_its_diacritics(name):
    # 'tầng' (a storey, 'hạ tầng'), 'tặng' (a gift) say no change, only 'tăng' does: folded they are all 'tang'
    assert index_measure(name, "%", 112.0, "growth") == "level"
    assert index_measure(name.replace("hạ tầng", "tăng").replace("tặng", "tăng").replace("tầng", "tăng"),
                         "%", 112.0, "growth") == "growth"


@pytest.mark.parametrize("measure", [None, "level", "share", "rate", "achievement", "change"])
@pytest.mark.parametrize("value", [80.0, 100.0, 105.0, 113.94])
def test_only_a_growth_is_read_as_an_index(measure, value):
    # '100% xã đạt chuẩn', 'đạt 105% kế hoạch': a share, a rate, an achievement keep their measure
    assert index_measure("GRDP", "%", value, measure) == measure
