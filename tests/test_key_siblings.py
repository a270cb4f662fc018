"""Keys from the statement before (resolve/key_siblings.py, session 43): a list's head carried to its next
items (106 Bình Định public-service portal, 221 Trảng Bom portal, 240 Cư Kuin portal; the party's
inspections of seed 004, p01, r03), and the households counted beside the population (133 Cư M'gar
portal, 175 Bảo Hiệu commune portal, 263 Ninh Thuận portal), with their negatives."""
import pytest

from indicator_cases import inds
from baocao.resolve._rules import load
from baocao.resolve.key_siblings import _head_key
from baocao.resolve.keys import _by_key


def _keys(text):
    return {i.value: i.key for i in inds(text)}


@pytest.mark.parametrize("text, want", [
    # 106: the first item writes what is measured, the next only their sector
    ("Năm 2019, giá trị sản xuất nông, lâm nghiệp và thủy sản: 25.790 tỷ đồng; Công nghiệp: 45.033 tỷ đồng; "
     "Xây dựng: 16.835 tỷ đồng.",
     {25.79e12: "production_value_agriculture", 45.033e12: "production_value_industry",
      16.835e12: "production_value_construction"}),
    # 240: across the sentence's stop, the head carried whole down the list
    ("Trong đó giá trị sản xuất Công nghiệp - Xây dựng ước đạt 656 tỷ đồng tăng 11,4% so với cùng kỳ năm trước. "
     "Sản xuất nông lâm ngư nghiệp đạt 794 tỷ đồng, tăng 4,63% so với cùng kỳ năm 2020; thương mại dịch vụ đạt "
     "568 tỷ đồng, tăng 11,6% so với cùng kỳ năm trước.",
     {794e9: "production_value_agriculture", 568e9: "production_value_services"}),
    # 221: the one before unkeyed in its own unit (%), keyed in the part's (VND)
    ("Trong 9 tháng đầu năm 2023, giá trị sản xuất toàn ngành công nghiệp, xây dựng ước đạt trên 96%, tăng 7,6% "
     "so với cùng kỳ. Thương mại dịch vụ đạt gần 20 tỷ đồng, tăng 11%.",
     {20e9: "production_value_services"}),
    # 004, p01: the party's inspections and supervisions
    ("Huyện ủy đã tiến hành 20 cuộc kiểm tra với 20 tổ chức đảng, 05 đảng viên; 11 cuộc giám sát với 11 tổ chức "
     "đảng.",
     {5.0: "party_members_inspected"}),
    ("Cấp ủy các cấp đã giám sát 4.096 tổ chức đảng, 8.381 đảng viên.", {8381.0: "party_members_supervised"}),
])
def test_a_list_s_head_keys_its_next_items(text, want):
    got = _keys(text)
    for value, key in want.items():
        assert got[value] == key, (value, got)


@pytest.mark.parametrize("text, value", [
    # p01: the one before left unkeyed in the part's own unit (the workers' shares): the part is not keyed
    ("Đến năm 2030, tỷ trọng lao động có việc làm trong nền kinh tế: Nông, lâm nghiệp và thủy sản chiếm 15,73%; "
     "Công nghiệp và xây dựng chiếm 43,83%; Dịch vụ chiếm 40,44%.", 43.83),
    # 104: an index after a rise is no rise
    ("Chỉ số sản xuất công nghiệp tăng 16,2% so với cùng kỳ. Trong đó, ngành sản xuất và phân phối điện, khí "
     "đốt, nước nóng, hơi nước và điều hòa không khí tăng 7,4%, ngành khai khoáng bằng 91,2%.", 91.2),
    # 150: the fertiliser's export is no export of all goods ("xuất khẩu" is the head's alone)
    ("Trong đó, xuất khẩu thủy sản đạt 163 triệu USD, bằng 15,6% kế hoạch; phân đạm ước đạt 17,7 triệu USD.",
     17.7e6),
    # 136: a name that repeats the one before's is that one again, not its sibling
    ("Đến năm 2019 thu nhập bình quân khu vực nông thôn của huyện đạt trên 48 triệu đồng/người/năm. Đến tháng "
     "6/2020 mức thu nhập đạt 53,5 triệu đồng/người/năm.", 53.5e6),
])
def test_a_head_is_not_carried_where_the_list_says_otherwise(text, value):
    got = _keys(text)
    assert got[value] in (None, "rural_income_per_capita"), got
    assert got[value] != "income_per_capita"


def test_a_line_break_ends_the_list():
    text = "Giá trị sản xuất công nghiệp đạt 45.033 tỷ đồng.\nXây dựng: 16.835 tỷ đồng."
    assert _keys(text)[16.835e12] is None


def test_the_head_must_say_a_word_of_the_key_the_part_does_not():
    # "Nông, lâm nghiệp" shares only "nghiệp" with "Công nghiệp": no head
    assert _head_key("Nông, lâm nghiệp và thủy sản", "economic_structure_agriculture",
                     "Công nghiệp và xây dựng", "%", "share") == (None, None)
    assert _head_key("giá trị sản xuất nông, lâm nghiệp và thủy sản", "production_value_agriculture",
                     "Công nghiệp", "VND", "level") == ("production_value_industry", "giá trị sản xuất")


@pytest.mark.parametrize("text, value", [
    ("Buôn Ea M'droh hiện có 267 hộ, với 1060 nhân khẩu, trong đó có đến gần 90% dân số là người đồng bào dân "
     "tộc thiểu số.", 267.0),                                                               # 133
    ("Sau khi sáp nhập xã có tổng số 15 xóm, 2160 hộ và 9230 nhân khẩu.", 2160.0),          # 175
    ("Dân số thời điểm 157.806 người (dân số trung bình 133.675 người), với 35.545 hộ gồm 20 dân tộc anh em.",
     35545.0),                                                                               # 263
])
def test_households_counted_beside_the_population(text, value):
    assert _keys(text)[value] == "households"


@pytest.mark.parametrize("text, value", [
    # 150, 180: households of shrimp farms, of mango growers: no population beside them
    ("Diện tích nuôi tôm thâm canh ổn định, lũy kế 8.530,8 ha/13.955 hộ.", 13955.0),
    ("Trong nông nghiệp, toàn xã có 144 hộ với diện tích hơn 166 ha trồng xoài theo tiêu chuẩn Viet GAP.", 144.0),
    # the population in the sentence after: another sentence
    ("Toàn xã có 1.200 hộ. Dân số 5.000 nhân khẩu.", 1200.0),
    # a part after a breakdown's word: the poor households among them, not all households
    ("Dân số 12.500 người, trong đó có 320 hộ là hộ nghèo.", 320.0),
])
def test_households_elsewhere_get_no_key(text, value):
    assert _keys(text).get(value) is None


@pytest.mark.parametrize("entry", load("indicator_keys").counted_neighbours, ids=lambda e: f"{e.noun}-{e.beside}")
def test_every_counted_neighbour(entry):
    assert entry.beside in _by_key() and entry.key in _by_key()
    text = f"Toàn xã có 2.345 {entry.noun}, với 9.876 nhân khẩu."
    if entry.beside == "population":
        assert _keys(text)[2345.0] == entry.key


@pytest.mark.parametrize("text, value", [
    ("Năm 2022, giá trị sản xuất bình quân gần 148,17 triệu đồng/ha.", 148.17e6),                          # 286
    ("Giá trị sản xuất nông nghiệp đến năm 2025 đạt 230 triệu đồng/ha/năm.", 230e6),                       # 157
    ("Giá trị sản phẩm thu hoạch bình quân trên mỗi ha đất trồng trọt năm 2017 là 69,5 triệu đồng/ha.",   # 250
     69.5e6),
])
def test_a_value_per_hectare_is_the_output_of_a_hectare(text, value):
    assert _keys(text)[value] == "output_value_per_ha"


@pytest.mark.parametrize("text, value", [
    ("Giá trị sản xuất nông nghiệp đạt 230 tỷ đồng.", 230e9),                     # no hectare: the sector's value
    ("Thu nhập bình quân đạt 50 triệu đồng/ha.", 50e6),                           # no value named
    # a value per hectare that is no output's: a support rate, a compensation, a rent, an investment
    ("Giá trị hỗ trợ là 5 triệu đồng/ha đối với diện tích chuyển đổi.", 5e6),
    ("Giá trị bồi thường đất nông nghiệp là 120 triệu đồng/ha.", 120e6),
    ("Giá trị thuê đất bình quân 30 triệu đồng/ha/năm.", 30e6),
    ("Giá trị đầu tư hạ tầng khu công nghiệp bình quân 12 tỷ đồng/ha.", 12e9),
])
def test_a_value_per_hectare_needs_the_hectare_and_the_value(text, value):
    assert _keys(text)[value] != "output_value_per_ha"


@pytest.mark.parametrize("entry", load("indicator_keys").unit_keys, ids=lambda e: e.key)
def test_every_unit_key(entry):
    from baocao.resolve.key_units import unit_key
    assert entry.key in _by_key()
    unit, _, per = entry.unit.partition("/")
    held = (entry.may_hold or ["bình quân"])[0]     # a word the name may hold after its opening
    for opening in entry.opens:
        assert unit_key(f"{opening} {held}", unit, per) == entry.key
        for word in entry.unless:
            assert unit_key(f"{opening} {held} {word}", unit, per) is None
