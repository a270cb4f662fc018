"""The place a name ends on is the document's, not part of what is measured: the name is keyed without it
(``resolve.key_names.clean``)."""
import pytest

from baocao.resolve.keys import match_key


@pytest.mark.parametrize("name, unit, measure, key", [
    ("Giá trị xuất khẩu trực tiếp của địa phương", "USD", "level", "export_value"),
    ("Giá trị xuất khẩu của tỉnh Điện Biên", "USD", "level", "export_value"),
    ("Dân số trung bình của địa phương", "người", "level", "population"),
])
def test_the_place_at_the_end_is_left_out(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("name, unit, measure, key", [
    # "địa phương" inside a name, not a place at its end: the local budget's revenue stays itself
    ("thu ngân sách địa phương", "VND", "level", "local_budget_revenue"),
    # "trên địa bàn" is part of a budget name ("thu ngân sách trên địa bàn"), not a place
    ("Tổng thu ngân sách nhà nước trên địa bàn", "VND", "level", "budget_revenue"),
])
def test_a_place_word_inside_a_name_stays(name, unit, measure, key):
    assert match_key(name, unit, measure) == key
