"""A figure after a comparative and its base, the comparative opening a clause right after a statement
(resolve/after_level.py, ``_compared_with_base``): the statement compared with its plan (a margin in points
after a rate or a growth) or with an earlier period (held), never an indicator of its own. Shapes of dev
documents 251 (Cục Thống kê Ninh Bình), 217 (Báo Khánh Hòa) and 260 (Cổng TTĐT Lâm Đồng)."""
import pytest

import baocao
from baocao.resolve._rules import load

W = load("indicators")


def _rows(text):
    r = baocao.parse(text)
    return [(i.name, i.value, i.margin, [text[a:b] for a, b in i.figures])
            for i in r.indicators if i.kind == "indicator"]


def test_a_margin_under_the_plan_in_a_parenthesis_after_a_growth():
    text = ("Giá trị sản xuất công nghiệp và xây dựng tăng 12,92% (Trong đó riêng Công nghiệp tăng 15,06%, thấp hơn "
            "mục tiêu cả năm 3,44%); Giá trị sản xuất nông, lâm nghiệp, thuỷ sản tăng 2,1% (cao hơn mục tiêu đề ra "
            "0,1%); Giá trị sản xuất các ngành dịch vụ tăng 11,97% (thấp hơn mục tiêu đề ra 3,03%).")
    rows = _rows(text)
    assert [(v, m, f) for _, v, m, f in rows] == [
        (12.92, None, ["12,92%"]), (15.06, -3.44, ["15,06%", "3,44%"]), (2.1, 0.1, ["2,1%", "0,1%"]),
        (11.97, -3.03, ["11,97%", "3,03%"])]


def test_a_margin_under_the_plan_after_a_rate_and_a_comma():
    rows = _rows("Năm 2017, hộ nghèo toàn huyện giảm còn 50,53%, thấp hơn so kế hoạch đề ra gần 2%.")
    assert rows == [("hộ nghèo toàn huyện", 50.53, -2.0, ["50,53%", "gần 2%"])]


def test_a_comparison_with_last_year_after_an_amount_is_held():
    text = ("Tổng thu NSNN trên địa bàn ước thực hiện 233 tỷ đồng, chỉ bằng 31% dự toán tỉnh giao, thấp hơn so với "
            "cùng kỳ năm trước 14%, trong đó: Thu NSNN do huyện quản lý là 158 tỷ đồng.")
    rows = _rows(text)
    assert [(v, m, f) for _, v, m, f in rows] == [
        (233e9, None, ["233 tỷ đồng", "31%", "14%"]), (158e9, None, ["158 tỷ đồng"])]


def test_a_plan_comparison_after_an_amount_is_held_with_no_margin():
    rows = _rows("Tổng thu ngân sách đạt 450 tỷ đồng, thấp hơn kế hoạch 12%.")
    assert rows == [("Tổng thu ngân sách", 450e9, None, ["450 tỷ đồng", "12%"])]


@pytest.mark.parametrize("word", W.higher_comparatives)
def test_every_higher_comparative_gives_a_positive_margin(word):
    rows = _rows(f"Tỷ lệ hộ nghèo còn 3,1%, {word} kế hoạch 0,5%.")
    assert rows == [("Tỷ lệ hộ nghèo", 3.1, 0.5, ["3,1%", "0,5%"])]


def test_a_comparative_with_no_comma_before_it_stays_a_statement():
    # the comparative opens no clause: the name before it is the figure's own (120's shape)
    rows = _rows("Tốc độ tăng trưởng GDP 6 tháng thấp hơn cùng kỳ năm trước 0,29 điểm phần trăm.")
    assert [(v, f) for _, v, _, f in rows] == [(0.29, ["0,29 điểm phần trăm"])]


def test_a_comparative_in_the_next_sentence_belongs_to_no_statement_before():
    rows = _rows("Tổng thu ngân sách đạt 450 tỷ đồng. Năm nay, thấp hơn kế hoạch 12%.")
    assert rows[0] == ("Tổng thu ngân sách", 450e9, None, ["450 tỷ đồng"])


def test_a_figure_before_the_base_is_held_as_before():
    rows = _rows("Khu vực I tăng 10,25%, cao hơn 1,04% so với cùng kỳ năm trước.")
    assert rows == [("Khu vực I", 10.25, None, ["10,25%", "1,04%"])]


@pytest.mark.parametrize("text, name, value", [
    ("Giá trị sản xuất nông nghiệp tăng 3,5%, cao hơn cùng kỳ và diện tích lúa đạt 12.000 ha.", "diện tích lúa", 12000.0),
    ("Sản lượng lúa đạt 50.000 tấn, cao hơn kế hoạch và năng suất lúa đạt 60 tạ/ha.", "năng suất lúa", 60.0),
    ("Tổng vốn đầu tư đạt 5.000 tỷ đồng, thấp hơn cùng kỳ nhưng vốn FDI tăng 12%.", "vốn FDI", 12.0),
])
def test_a_clause_of_its_own_after_the_base_is_a_statement(text, name, value):
    # more than a few words after the base are the next clause's subject: its figure is no comparison's
    rows = _rows(text)
    assert [(n, v) for n, v, _, _ in rows][1:] == [(name, value)]
