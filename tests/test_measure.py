"""Indicator.measure: level, growth, share or rate (src/baocao/resolve/measure.py)."""
import pytest

from baocao.resolve._rules import load
from baocao.resolve.measure import measure_of

M = load("measures")


@pytest.mark.parametrize("verb", M.share_verbs)
def test_every_share_verb(verb):
    assert measure_of("Dịch vụ", "%", 38.9, lead=f"{verb} ") == "share"
    assert measure_of("Dịch vụ", "%", 38.9, lead=verb.upper()) == "share"


@pytest.mark.parametrize("word", M.share_names)
def test_every_share_name(word):
    assert measure_of(f"{word} ngành công nghiệp", "%", 30.4) == "share"
    # the word must stand alone: inside a longer word it names nothing
    assert measure_of(f"x{word}", "%", 30.4) == "level"


@pytest.mark.parametrize("word", M.rate_names)
def test_every_rate_name(word):
    assert measure_of(f"{word} hộ nghèo", "%", 3.1) == "rate"
    assert measure_of(f"{word} hộ nghèo", "%", 3.1, changed=True) == "rate"


@pytest.mark.parametrize("word", M.growth_names)
def test_every_growth_name(word):
    assert measure_of(f"{word} kinh tế", "%", 7.2) == "growth"
    assert measure_of(f"{word} kinh tế", "VND", 7e9) == "level"


def test_an_index_as_a_percentage_is_a_level_unless_it_changes():
    assert measure_of("Chỉ số giá tiêu dùng", "%", 102.49) == "level"
    assert measure_of("Chỉ số giá tiêu dùng", "%", 2.19, changed=True) == "growth"


def test_no_value_no_measure_and_a_multiple_of_change_is_growth():
    assert measure_of("giải ngân vốn đầu tư công", None, None) is None
    assert measure_of("số lượt khách du lịch", "lần", 2.65, changed=True, multiple=True) == "growth"
    assert measure_of("số lượt khách du lịch", "lần", 2.65, multiple=True) == "level"


@pytest.mark.parametrize("word", M.growth_leads)
def test_every_growth_lead_is_a_contribution_to_growth(word):
    assert measure_of("khu vực dịch vụ", "điểm phần trăm", 1.2, lead=f"{word} ") == "growth"
    assert measure_of("khu vực dịch vụ", "%", 5.6, lead=f"{word} ") == "growth"
    assert measure_of("khu vực dịch vụ", "%", 5.6, lead=f"{word} tăng") == "growth"
    # far from the figure it names the indicator, not the figure's kind
    assert measure_of("khu vực dịch vụ", "%", 5.03, lead=f"{word} đáng kể vào tỷ lệ khu vực dịch vụ") == "level"
    # points with no lead are a growth too unless named as a rate or a share (session 47: test_measure_gaps_47.py)
    assert measure_of("khu vực dịch vụ", "điểm phần trăm", 1.2) == "growth"
    assert measure_of("tỷ lệ lao động khu vực dịch vụ", "điểm phần trăm", 1.2) == "level"


@pytest.mark.parametrize("word", M.output_names)
def test_every_output_name_in_percent_is_its_growth(word):
    assert measure_of(f"{word} tỉnh Đồng Nai", "%", 5.74, lead="đạt") == "growth"
    assert measure_of(f"{word} tỉnh Đồng Nai", "VND", 5.74e12) == "level"
    assert measure_of(f"{word} của tỉnh", "%", 95.1, lead="bằng") == "level"        # a ratio
    assert measure_of(f"{word} khu vực dịch vụ", "%", 38.9, lead="chiếm") == "share"


def test_a_signed_percentage_is_a_change_and_an_index_is_no_output():
    assert measure_of("Chỉ số sản xuất công nghiệp (IIP)", "%", 6.7, lead=": + ") == "growth"
    assert measure_of("Chỉ số sản xuất công nghiệp (IIP)", "%", 106.7) == "level"


@pytest.mark.parametrize("text,want", [
    # contributions to growth, in points or in %: growth, keyed as contributions
    ("Khu vực dịch vụ tăng 4,4%, đóng góp 1,2 điểm phần trăm vào mức tăng chung.",
     [("growth", "grdp_growth_services"), ("growth", "grdp_growth_contribution_services")]),
    ("Khu vực dịch vụ tăng 3,84% (đóng góp 1,77%).",
     [("growth", "grdp_growth_services"), ("growth", "grdp_growth_contribution_services")]),
    # the parts of a growth's breakdown
    ("GRDP 6 tháng đầu năm 2025 đạt 8,2%. Trong đó, khu vực dịch vụ đạt 8,6%.",
     [("growth", "grdp_growth"), ("growth", "grdp_growth_services")]),
    # the percentages under a lead that names the structure
    ("Cơ cấu kinh tế 6 tháng đầu năm 2013 của thành phố như sau: khu vực nông, lâm, thủy sản 3,09%; khu vực "
     "dịch vụ 59,03%.",
     [("share", "economic_structure_agriculture"), ("share", "economic_structure_services")]),
    # negative: a breakdown of a level in % stays a level; amounts under a structure lead stay levels
    # (the part is the share of ethnic-minority households among the poor, 084, 108: its own key)
    ("Tỷ lệ hộ nghèo còn 3,1%. Trong đó, hộ nghèo dân tộc thiểu số chiếm 60%.", [
        ("rate", "poverty_rate"), ("share", "poor_households_ethnic_minority_share")]),
])
def test_the_measure_of_a_statement_read_in_its_context(text, want):
    import baocao
    got = [(i.measure, i.key) for i in baocao.parse(text).indicators if i.kind == "indicator"]
    assert got == want


def test_an_amount_under_a_structure_lead_stays_a_level():
    import baocao
    got = [i.measure for i in baocao.parse("Cơ cấu vốn đầu tư như sau: vốn nhà nước 500 tỷ đồng; vốn dân cư 45%.")
           .indicators if i.kind == "indicator"]
    assert got == ["level", "share"]


@pytest.mark.parametrize("word", M.level_reached)
def test_every_level_reached_word_keeps_a_changed_amount_a_level(word):
    # "giảm còn 2.900 hộ", "tăng lên 150.000 người": the level the change reaches
    assert measure_of("số hộ nghèo", "hộ", 2900, lead=f"giảm {word} ", changed=True) == "level"
    assert measure_of("số hộ nghèo", "hộ", 2900, lead=f"giảm {word}".upper(), changed=True) == "level"


def test_a_changed_amount_without_a_level_is_a_growth():
    # "sản lượng chè búp tăng 2,42 tấn" (080), "Thu nhập bình quân đầu người tăng 2,6 triệu đồng" (075)
    assert measure_of("sản lượng chè búp", "tấn", 2.42, lead="tăng ", changed=True) == "growth"
    assert measure_of("Thu nhập bình quân đầu người", "VND", 2.6e6, lead="tăng", changed=True) == "growth"
    # not changed: a level, whatever the lead
    assert measure_of("sản lượng chè búp", "tấn", 2.42, lead="đạt ") == "level"
