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


@pytest.mark.parametrize("word", M.percent_growth_names)
def test_every_percent_growth_name_makes_a_bare_percentage_a_growth(word):
    # "GRDP tỉnh Đồng Nai 6 tháng đầu năm 2021 đạt 5,74%" (002), "0,84% của năm 2020" (021)
    assert measure_of(f"{word} tỉnh Đồng Nai", "%", 5.74, lead="đạt ") == "growth"
    # a share word still makes it a share, and a level in money stays a level
    assert measure_of(f"{word} của tỉnh", "%", 1.2, lead="chiếm ") == "share"
    assert measure_of(f"{word} bình quân đầu người", "VND", 5e7) == "level"
