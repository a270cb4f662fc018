"""Keys of session 44: the ethnic minorities' share named by the people alone before "chiếm" (290 Bắc Sơn's
portal, 306 bdscongnghiep, 133 Cư M'gar's portal), with its negatives."""
import pytest

from indicator_cases import inds
from baocao.resolve import match_key
from baocao.resolve._rules import load


def _keys(text):
    return {i.value: i.key for i in inds(text)}


@pytest.mark.parametrize("text, value", [
    # 290: a part of the population
    ("Toàn huyện có trên 16.700 hộ, với 72.778 nhân khẩu, trong đó người dân tộc thiểu số chiếm 89,8%.", 89.8),
    # 306: a line of its own
    ("– Đồng bào dân tộc thiểu số chiếm 17,9% dân số tỉnh Bình Phước, chủ yếu là người Khơme.", 17.9),
    ("Dân số của xã là 9.800 người, trong đó đồng bào dân tộc thiểu số chiếm 62%.", 62.0),
])
def test_the_minorities_named_alone_are_their_share_of_the_population(text, value):
    assert _keys(text)[value] == "ethnic_minority_population_share"


@pytest.mark.parametrize("text, value", [
    # a part of another whole: the poor households', the workers', the party members', the pupils' share
    ("Tổng số hộ nghèo toàn huyện là 1.200 hộ, trong đó người dân tộc thiểu số chiếm 70%.", 70.0),
    ("Số lao động được đào tạo nghề là 500 người, trong đó người dân tộc thiểu số chiếm 40%.", 40.0),
    ("Toàn tỉnh có 3.000 đảng viên, trong đó người dân tộc thiểu số chiếm 35%.", 35.0),
    # the whole says what it counts by its unit only (its name "Toàn trường"): review of session 44
    ("Toàn trường có 850 học sinh, trong đó người dân tộc thiểu số chiếm 65%.", 65.0),
])
def test_the_minorities_as_a_part_of_another_whole_take_no_population_share(text, value):
    assert _keys(text)[value] != "ethnic_minority_population_share"


@pytest.mark.parametrize("name, unit, measure", [
    ("học sinh người dân tộc thiểu số", "%", "share"),      # whole names only
    ("người dân tộc thiểu số", "người", "level"),             # a count of people, not a share
    ("người dân tộc thiểu số được vay vốn", "%", "share"),
])
def test_the_minorities_names_fit_only_whole_and_in_percent(name, unit, measure):
    assert match_key(name, unit, measure) is None


# a growth rate of no subject (resolve/key_bare.py): the economy's only when something says so
@pytest.mark.parametrize("text, value", [
    # 301: a word of the economy before it in its sentence
    ("Theo báo cáo của UBND tỉnh Bạc Liêu, kinh tế tiếp tục phát triển khá, tốc độ tăng trưởng đạt 6,93%, đứng "
     "thứ ba khu vực.", 6.93),
    # 132
    ("KT-XH trên địa bàn huyện Kon Plông có bước phát triển, tốc độ tăng trưởng bình quân đạt 16,6%/năm.", 16.6),
    # 276
    ("Nền kinh tế của huyện phát triển khá nhanh với tốc độ tăng trưởng bình quân khoảng 9,01%/năm.", 9.01),
    # 006: the sentence before, which holds no statement
    ("Tính từ năm 2022, tỉnh Bắc Giang liên tiếp 3 năm dẫn đầu cả nước về tăng trưởng kinh tế. Theo Quy hoạch "
     "tỉnh giai đoạn 2021-2030, tốc độ tăng trưởng bình quân giai đoạn này dự kiến đạt 15-16%.", 15.0),
    # 232, 244: the place's own words between the name and its figure
    ("6 tháng đầu năm, tốc độ tăng trưởng của huyện Nghĩa Đàn ước đạt 10,52%.", 10.52),
    ("Theo báo cáo chính trị Đại hội, trong nhiệm kỳ qua, tốc độ tăng trưởng trung bình của tỉnh đạt 8,75%; quy "
     "mô kinh tế tăng khá.", 8.75),
    # a heading of the economy before it
    ("II. TĂNG TRƯỞNG KINH TẾ\n\nTốc độ tăng trưởng ước đạt 7,2%.", 7.2),
])
def test_a_growth_of_no_subject_said_of_the_economy_is_grdp_growth(text, value):
    assert _keys(text)[value] == "grdp_growth"


@pytest.mark.parametrize("text, value", [
    ("Về nông nghiệp, tốc độ tăng trưởng đạt 3,5%.", 3.5),
    ("Ngành công nghiệp tiếp tục phát triển, tốc độ tăng trưởng đạt 12%.", 12.0),
    ("Sản xuất công nghiệp có bước phát triển, tốc độ tăng trưởng bình quân 15,2%/năm.", 15.2),
    ("Trong lĩnh vực nông nghiệp, tốc độ tăng trưởng bình quân đạt 3,2%/năm.", 3.2),
    # the place before the name, in a sector's clause
    ("Ngành công nghiệp của huyện tiếp tục phát triển, tốc độ tăng trưởng đạt 12%.", 12.0),
    # under a sector's heading
    ("2. Sản xuất nông nghiệp\n\nTốc độ tăng trưởng ước đạt 3,1%.", 3.1),
    # after a statement in the sentence before: its growth
    ("Thu ngân sách trên địa bàn đạt 1.200 tỷ đồng. Tốc độ tăng trưởng bình quân đạt 14%/năm.", 14.0),
])
def test_a_growth_of_no_subject_said_of_nothing_gets_no_key(text, value):
    assert _keys(text)[value] is None


@pytest.mark.parametrize("word", load("indicator_keys").subjectless_economy_words)
def test_every_word_of_the_economy_makes_the_growth_the_economys(word):
    text = f"Năm 2023, {word} tiếp tục phát triển, tốc độ tăng trưởng đạt 7,5%."
    assert _keys(text)[7.5] == "grdp_growth"
    assert _keys("Năm 2023, ngành này tiếp tục phát triển, tốc độ tăng trưởng đạt 7,5%.")[7.5] is None


@pytest.mark.parametrize("words", load("indicator_keys").subjectless_place_words)
def test_every_word_of_the_place_makes_the_growth_the_economys(words):
    assert _keys(f"Năm 2023, tốc độ tăng trưởng {words} đạt 7,5%.")[7.5] == "grdp_growth"


@pytest.mark.parametrize("text, value", [
    # one crop's or one kind of land's value per hectare: no output of the land (unit_keys' may_hold)
    ("Giá trị sản xuất cây cà phê đạt 200 triệu đồng/ha.", 200e6),
    ("Giá trị sản xuất bình quân trên 1 ha đất lâm nghiệp đạt 30 triệu đồng/ha.", 30e6),
    ("Giá trị sản xuất bình quân trên 1 ha rừng trồng đạt 80 triệu đồng/ha.", 80e6),
])
def test_a_value_per_hectare_of_one_crop_is_no_output_of_the_land(text, value):
    assert _keys(text)[value] is None


@pytest.mark.parametrize("entry", load("indicator_keys").unit_keys, ids=lambda e: e.key)
def test_every_word_a_unit_key_may_hold(entry):
    from baocao.resolve.key_units import unit_key
    unit, _, per = entry.unit.partition("/")
    for word in entry.may_hold:
        assert unit_key(f"{entry.opens[0]} {word}", unit, per) == entry.key
    if entry.may_hold:
        assert unit_key(f"{entry.opens[0]} cây cà phê", unit, per) is None


@pytest.mark.parametrize("text", [
    # projects whose licence was withdrawn or ended are no projects licensed, nor is their capital attracted
    "Thu hồi 5 dự án FDI, với tổng vốn đầu tư 30 triệu USD.",
    "Chấm dứt hoạt động 5 dự án FDI, với tổng vốn đầu tư 30 triệu USD.",
])
def test_projects_withdrawn_are_no_fdi_projects(text):
    assert {i.key for i in inds(text)} == {None}


@pytest.mark.parametrize("text, value", [
    # the bare "số hộ" counts the kind of household its sentence named
    ("Tỷ lệ hộ nghèo giảm còn 3,2%, tương ứng số hộ là 120 hộ.", 120.0),
    ("Kết quả rà soát hộ nghèo năm 2023: số hộ 1.250 hộ, chiếm 4,1%.", 1250.0),
])
def test_the_bare_number_of_households_is_no_households_of_the_place(text, value):
    assert _keys(text)[value] != "households"


def test_the_households_of_the_place_keep_their_names():
    assert match_key("tổng số hộ", "hộ", "level") == match_key("hộ dân", "hộ", "level") == "households"


@pytest.mark.parametrize("word", load("indicator_keys").subjectless_sector_words)
def test_every_sector_named_before_makes_the_growth_no_economys(word):
    # a sector before the name in its sentence: its growth, even beside a word of the economy ("kinh tế", "GRDP")
    assert _keys(f"Năm 2023, {word} tiếp tục phát triển, cơ cấu kinh tế chuyển dịch đúng hướng, tốc độ tăng "
                 "trưởng đạt 7,5%.")[7.5] is None
    assert _keys("Năm 2023, kinh tế tiếp tục phát triển, cơ cấu kinh tế chuyển dịch đúng hướng, tốc độ tăng "
                 "trưởng đạt 7,5%.")[7.5] == "grdp_growth"


@pytest.mark.parametrize("text", [
    "Sản xuất nông nghiệp tiếp tục phát triển, cơ cấu kinh tế nông nghiệp chuyển dịch đúng hướng, tốc độ tăng "
    "trưởng đạt 3,5%.",
    "Ngành thủy sản chiếm tỷ trọng lớn trong GRDP của huyện, tốc độ tăng trưởng bình quân đạt 3,5%/năm.",
])
def test_a_sectors_growth_beside_a_word_of_the_economy_gets_no_key(text):
    assert _keys(text)[3.5] is None
