"""Growths read as levels (session 47): a difference of percentages not named as a rate or a share, and a change
word apart from its figure by a span of years or a comparison base (resolve/measure.py, resolve/change_gaps.py)."""
import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.measure import POINTS, measure_of

M = load("measures")


def _records(text):
    return [(i.name, i.value, i.measure, i.direction) for i in baocao.parse(text).indicators if i.kind == "indicator"]


def test_points_not_named_as_a_rate_or_a_share_are_a_growth():
    # a contribution graded by a superlative, a growth's difference from its base, a contribution "với"
    assert measure_of("khu vực dịch vụ", POINTS, 1.75, lead="dong gop cao nhat ") == "growth"
    assert measure_of("Tốc độ tăng trưởng kinh tế", POINTS, 0.4, lead="cao hon nam truoc ") == "growth"
    assert measure_of("ngành công nghiệp chế biến", POINTS, 2.0, lead="voi ") == "growth"
    recs = _records("Trong quý II, ngành xây dựng đóng góp thấp nhất 0,52 điểm phần trăm vào mức tăng chung.")
    assert [(n, v, m) for n, v, m, _ in recs] == [("ngành xây dựng", 0.52, "growth")]


def test_points_of_a_rate_or_a_share_are_not_made_a_growth():
    assert measure_of("Tỷ lệ hộ nghèo", POINTS, 2.1, lead="thap hon binh quan cua tinh ") != "growth"
    assert measure_of("Tỷ trọng khu vực dịch vụ", POINTS, 1.1, lead="cao hon nam truoc ") != "growth"


@pytest.mark.parametrize("text,value", [
    ("Đại hội đề ra chỉ tiêu: giá trị sản xuất công nghiệp tăng bình quân 3 năm 9,2%.", 9.2),        # gap_years
    ("Kim ngạch xuất khẩu tăng bình quân thời kỳ 2016 - 2020 là 12,5%.", 12.5),                        # gap_terms, là
    ("Doanh thu dịch vụ tăng bình quân giai đoạn 2021-2025 đạt 8,4%.", 8.4),                          # gap_terms, đạt
    ("Chỉ số giá tiêu dùng tháng 6 giảm 0,2% so với tháng trước và tăng so với cùng kỳ năm trước 3,1%.", 3.1),  # a base
    ("Sản lượng thủy sản giảm so với năm 2023 khoảng 4,5%.", 4.5),
])
def test_a_change_word_apart_from_its_figure_keeps_it_a_growth(text, value):
    recs = [r for r in _records(text) if r[1] == value]
    assert len(recs) == 1 and recs[0][2] == "growth" and recs[0][3] in ("tăng", "giảm")


@pytest.mark.parametrize("word", M.gap_years + M.gap_terms + M.gap_reach)
def test_every_gap_word(word):
    span = f"2 {word}" if word in M.gap_years else (f"{word} 2019 - 2021 là" if word in M.gap_terms else f"3 năm {word}")
    recs = _records(f"Thu nhập bình quân tăng bình quân {span} 6,5%.")
    assert [(m, d) for _, v, m, d in recs if v == 6.5] == [("growth", "tăng")]


def test_no_change_word_no_growth():
    # a span of years with no change word before it, and a change word governing another figure
    assert [m for _, v, m, _ in _records("Tổng thu ngân sách 5 năm đạt 1.200 tỷ đồng.") if v == 1.2e12] == ["level"]
    assert [m for _, v, m, _ in _records("Dân số tăng 5 năm liên tiếp, đạt 1,2 triệu người.") if v == 1.2e6] == ["level"]


def test_a_change_over_its_own_span_after_a_level_is_a_statement_of_its_own():
    recs = _records("Tổng thu ngân sách trên địa bàn năm 2023 đạt 215,4 tỷ đồng, tăng bình quân 3 năm 9,8%/năm.")
    assert [(v, m) for _, v, m, _ in recs] == [(2.154e11, "level"), (9.8, "growth")]
    # a yearly average with no span of its own stays the level's change (docs/records.md)
    recs = _records("Tổng giá trị sản xuất đạt 759 tỷ đồng, tăng bình quân hằng năm 15,6%.")
    assert [(v, m) for _, v, m, _ in recs] == [(7.59e11, "level")]
