"""A percentage that gives the count or amount right before it as a part of a whole is held by that
statement, no statement of its own (resolve/level_ratios.py). Cases from the genre dev documents 143 (Bắc
Kạn's poverty portal), 174 (xã Mỹ Thạnh, Bến Tre), 263 (Ninh Thuận, huyện Ninh Phước), 283 (Đà Lạt - Lâm
Đồng) and 284 (Lâm Đồng's report on a legal-text site); negatives: an achievement against a plan, a
percentage before a connective, a share with a name of its own after a comma or in the parenthesis."""
import pytest

import baocao


def statements(text):
    return [(i.name, i.value, i.unit) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text,level", [
    # 143: in a parenthesis right after the count
    ("Tổng số hộ nghèo hiện còn 16.003 hộ, giảm 1.432 hộ nghèo (1,95%) so với đầu năm.", 16003),
    ("Số hộ cận nghèo là 8.668 hộ, chiếm tỷ lệ 10,80%; giảm 747 hộ (1,02%).", 8668),
    # 283
    ("Trong năm toàn huyện chuyển đổi 516,9 ha chè (100%) sang giống chè mới chất lượng cao.", 516.9),
    # the words of the whole before the parenthesis closes (after the shared PDF p01's "(40% kế hoạch trung hạn)")
    ("Tỉnh bố trí 5.770 tỷ đồng cho 12 dự án giao thông (40% tổng vốn trung hạn), dự kiến xong 12 dự án.", 12),
    # 174: after an equal word that closes the level's clause
    ("Theo kết quả điều tra toàn xã có 86 hộ nghèo đạt tỷ lệ 3.43%.", 86),
    # 263
    ("Người Hoa 407 người, chiếm tỷ lệ 0,26% và 97 người (Tày, Nùng, Mường...) của các dân tộc khác chiếm 0,06%.",
     97),
    # 284, 283: after a comma and "đạt", before the whole
    ("Tính đến ngày 10/8/2013, đã thu hoạch vụ Hè thu trên diện tích 19.396 ha cây hàng năm các loại, đạt 47,5% "
     "diện tích gieo trồng.", 19396),
    ("Lũy kế đến năm 2019 tái canh được 25.219 ha, đạt 56,5 % tổng điện tích cà phê toàn huyện.", 25219),
])
def test_a_part_of_a_whole_is_held_by_its_level(text, level):
    found = statements(text)
    assert level in [v for _, v, _ in found]
    assert all(u != "%" for _, _, u in found), found


@pytest.mark.parametrize("text,value", [
    # an achievement against a plan stays the level's achievement, no part of a whole
    ("Diện tích lúa đạt 12.000 ha, đạt 98% kế hoạch.", 12000),
    # a share after a comma with a name of its own is a statement
    ("Toàn huyện có 86 hộ nghèo, tỷ lệ hộ nghèo chiếm 3,43%.", 3.43),
    ("Dân số toàn huyện 120.000 người, trong đó dân tộc Kinh chiếm 60%.", 60),
    # a percentage in a parenthesis that names its own part (no plan, no total after it) is a share of its own
    ("Giá trị sản xuất công nghiệp đạt 3.500 tỷ đồng (45% ngành công nghiệp chế biến).", 45),
    ("Toàn huyện giải quyết việc làm cho 2.500 lao động (60% lao động nữ).", 60),
])
def test_a_percentage_that_is_no_part_of_the_level_is_read_as_before(text, value):
    assert value in [v for _, v, _ in statements(text)]


def test_an_achievement_before_a_connective_is_no_part_of_a_whole():
    # 298: "đạt 10,1% và tăng 429,1%" after the level is its achievement (the plan named before), not a part
    text = ("Tổng chi ngân sách đạt 3.946,9 tỷ đồng, đạt 11,5% dự toán, trong đó: chi đầu tư phát triển đạt "
            "2.087,1 tỷ đồng, đạt 10,1% và tăng 429,1%.")
    r = baocao.parse(text)
    one = [i for i in r.indicators if i.kind == "indicator" and i.value == 2087.1e9][0]
    assert "10,1%" in one.text and not any(u.text == "10,1%" for u in r.unattached)


def test_a_fractions_rate_is_no_part_of_a_whole():
    # seed 004 (Điện Biên, a district's political report): the rate restates the fraction and is read as before
    text = ("Phấn đấu đến năm 2030 có 34/35 trường, đạt 97,14% đạt kiểm định chất lượng và đạt chuẩn quốc gia. "
            "100% giáo viên đạt chuẩn.")
    assert 97.14 in [v for _, v, _ in statements(text)]
