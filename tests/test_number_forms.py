"""Written forms of numbers in real passages of the genre: every value is what a reader writes down.

The passages are sentences of the Hưng Yên statistics office releases of 12/2024 (r01) and 9/2025
(r02) kept in ../shared/reports/ (see its README for their source); the expected values were
written by reading the sentences.
"""
from __future__ import annotations

import pytest

import baocao
from baocao.core.numbers import infer_style, parse_number


_TIME_KINDS = ("date", "period", "term")   # the time records these passages hold are not read here


def _seen(text):
    recs = baocao.extract(text)
    for r in recs:
        assert text[r.start:r.end] == r.text
    recs = [r for r in recs if r.kind not in _TIME_KINDS]
    return [(r.text, getattr(r, "value", None), getattr(r, "unit", None) or getattr(r, "currency", None),
             getattr(r, "per", None), getattr(r, "qualifier", None)) for r in recs]


def test_yields_of_the_december_release():
    text = ("Năng suất một số cây trồng chính như sau: lúa 58,87 tạ/ha, giảm 6,53% so với cùng kỳ "
            "(giảm 4,11 tạ/ha); ngô 59,13 tạ/ha, tăng 1,14% (tăng 0,67 tạ/ha)")
    assert _seen(text) == [("58,87 tạ/ha", 58.87, "tạ", "ha", None),
                           ("6,53%", 6.53, None, None, None),
                           ("4,11 tạ/ha", 4.11, "tạ", "ha", None),
                           ("59,13 tạ/ha", 59.13, "tạ", "ha", None),
                           ("1,14%", 1.14, None, None, None),
                           ("0,67 tạ/ha", 0.67, "tạ", "ha", None)]


def test_prices_of_the_september_release():
    text = ("giá vàng bình quân xấp xỉ 12.723.000 VNĐ/1 chỉ. Chỉ số giá đô la Mỹ tăng 0,69% so với "
            "tháng trước, tỷ giá chuyển đổi 1 USD xấp xỉ 27.225 VND.")
    assert _seen(text) == [("xấp xỉ 12.723.000 VNĐ/1 chỉ", 12723000.0, "VND", "1 chỉ", "about"),
                           ("0,69%", 0.69, None, None, None),
                           ("1 USD", 1.0, "USD", None, None),
                           ("xấp xỉ 27.225 VND", 27225.0, "VND", None, "about")]


def test_two_currencies_joined_by_a_sign_are_no_range():
    assert _seen("tỷ giá 1 USD ~ 27.225 VND") == [("1 USD", 1.0, "USD", None, None),
                                                  ("~ 27.225 VND", 27225.0, "VND", None, "about")]


def test_shares_joined_by_and_are_two_records():
    text = ("ngành công nghiệp chế biến, chế tạo có 162 doanh nghiệp giải thể và 257 doanh nghiệp tạm "
            "ngừng hoạt động, chiếm 33,93% và 35,40%")
    assert _seen(text) == [("162 doanh nghiệp", 162.0, "doanh nghiệp", None, None),
                           ("257 doanh nghiệp", 257.0, "doanh nghiệp", None, None),
                           ("33,93%", 33.93, None, None, None),
                           ("35,40%", 35.4, None, None, None)]


def test_passengers_and_gifts_of_the_september_release():
    text = ("vận tải hành khách ước đạt 45 triệu lượt người vận chuyển; tặng 213.063 suất quà của "
            "Chủ tịch nước; thép hợp kim cán phẳng, có chiều rộng ≥ 600mm; tổng lượng mưa phổ biến "
            "từ 40 - 110mm")
    assert _seen(text) == [("45 triệu lượt người", 45e6, "lượt người", None, None),
                           ("213.063 suất", 213063.0, "suất", None, None),
                           ("≥ 600mm", 600.0, "mm", None, "at_least"),
                           ("từ 40 - 110mm", 40.0, "mm", None, "range")]


@pytest.mark.parametrize("written,value,confidence", [
    ("250 000", 250000, 1.0), ("7 500 000", 7500000, 1.0), ("7\u00a0500\u00a0000", 7500000, 1.0),
    ("1\u202f250,7", 1250.7, 1.0), ("12 874", 12874, 0.9), ("12\u00a0874", 12874, 1.0)])
def test_space_grouped_numerals(written, value, confidence):
    r = parse_number(written)
    assert (r.value, r.confidence, r.convention) == (value, confidence, "space_grouped")


@pytest.mark.parametrize("bad", ["12 5000", "250 00", "7\u00a0500 000", "1234 567", "1 250.000"])
def test_space_groupings_the_parser_does_not_read(bad):
    with pytest.raises(ValueError):
        parse_number(bad)


def test_a_column_grouped_with_spaces_is_prose():
    """A cell grouped with spaces is a person's prose numbers, like one grouped with dots: the
    column's 17,504 stays 17.504."""
    assert infer_style(["29.40%", "34.45", "17 504"]) == "prose"
    assert infer_style(["29.40%", "34.45", "17,504"]) == "spreadsheet"


def test_a_chain_of_dashed_figures_is_a_list_not_ranges():
    # the structure of the economy, sector by sector: four shares, no range among them
    text = "cơ cấu khu vực I-II-III-thuế sản phẩm tương ứng là 41,57% - 15,45% - 39,82% - 3,15%."
    recs = baocao.extract(text)
    assert [(r.text, r.value, r.value_max) for r in recs if r.kind == "percentage"] == [
        ("41,57%", 41.57, None), ("15,45%", 15.45, None), ("39,82%", 39.82, None), ("3,15%", 3.15, None)]
    # one range alone still is one
    assert [(r.value, r.value_max) for r in baocao.extract("chiếm 66 - 67%")] == [(66, 67)]


@pytest.mark.parametrize("word", __import__("baocao.extract._rules", fromlist=["load"]).load("numbers").comparatives)
def test_hon_after_an_adjective_is_a_comparative_not_a_qualifier(word):
    (r,) = [x for x in baocao.extract(f"tăng 10,25%, {word} hơn 1,04% so với năm trước") if x.text.endswith("1,04%")]
    assert (r.text, r.value, r.qualifier) == ("1,04%", 1.04, None)
    # without the adjective "hơn" is "more than"
    (r,) = [x for x in baocao.extract("đạt hơn 1,04%")]
    assert (r.value, r.qualifier) == (1.04, "over")


def test_a_comparative_without_a_figure_before_it_is_a_bound():
    assert [(r.text, r.qualifier) for r in baocao.extract("Phấn đấu tỷ lệ hộ nghèo thấp hơn 3%.")] == [
        ("thấp hơn 3%", "under")]
    # a common fraction of an amount is no actual over plan; a decimal one over a single digit is
    (r,) = baocao.extract("Thu ngân sách đạt 1,5/2 tỷ đồng.")
    assert (r.kind, r.numerator, r.denominator, r.unit) == ("fraction", 1.5e9, 2e9, "VND")
