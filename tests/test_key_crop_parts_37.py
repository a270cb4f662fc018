"""A crop's own measure is never the total's, nor another crop's (issue 17, session 37): the total sown
area excludes the names of single crops ("diện tích gieo trồng cà phê" is a part), a word a variant says
twice must be in the name twice ("sản lượng cây sắn", folded "san luong cay san", is no "sản lượng cây
ăn quả"), a letter more or less in a short syllable is another syllable ("thóc" / "thuốc"), and
sugarcane (mía) has its own area and output."""
import pytest

from baocao.resolve import match_key
from baocao.resolve.key_names import misspelt, words_kept


@pytest.mark.parametrize("name,unit,not_key", [
    ("diện tích gieo trồng cà phê", "ha", "sown_area"),
    ("diện tích gieo trồng hồ tiêu", "ha", "sown_area"),
    ("diện tích gieo trồng cây ăn quả", "ha", "sown_area"),
    ("diện tích gieo trồng khoai lang", "ha", "sown_area"),
    ("diện tích gieo trồng hoa màu", "ha", "sown_area"),
    ("diện tích gieo trồng cây dược liệu", "ha", "sown_area"),
    ("diện tích gieo trồng bưởi", "ha", "sown_area"),
    ("sản lượng cây ăn quả", "tấn", "cassava_output"),
    ("sản lượng cây hàng năm", "tấn", "cassava_output"),
    ("sản lượng thuốc lá", "tấn", "rice_output"),
])
def test_a_crop_s_measure_is_no_total_nor_another_crop(name, unit, not_key):
    assert match_key(name, unit, "level") != not_key


@pytest.mark.parametrize("name,unit,key", [
    # the total keeps its key, and the crops theirs
    ("tổng diện tích gieo trồng", "ha", "sown_area"),
    ("tổng diện tích gieo trồng cây hằng năm", "ha", "sown_area"),
    ("diện tích gieo trồng lúa", "ha", "rice_planted_area"),
    ("diện tích gieo trồng sắn", "ha", "cassava_planted_area"),
    ("sản lượng sắn", "tấn", "cassava_output"),
    ("sản lượng cây sắn", "tấn", "cassava_output"),
    ("Sản lượng thóc", "tấn", "rice_output"),
    # sugarcane (168 Cao Bằng "cây mía trồng được 2.949 ha"; the sugar provinces' reports)
    ("cây mía trồng", "ha", "sugarcane_planted_area"),
    ("diện tích gieo trồng mía", "ha", "sugarcane_planted_area"),
    ("diện tích mía", "ha", "sugarcane_planted_area"),
    ("sản lượng mía", "tấn", "sugarcane_output"),
])
def test_a_crop_s_measure_keeps_its_key(name, unit, key):
    assert match_key(name, unit, "level") == key


def test_a_repeated_word_and_a_short_syllable():
    from collections import Counter
    assert not words_kept("san luong cay san", {"san", "luong", "cay", "an", "qua"},
                          Counter("san luong cay an qua".split()))
    assert words_kept("san luong cay san", {"san", "luong", "cay"}, Counter("san luong cay san".split()))
    assert not misspelt("thoc", "thuoc")           # thóc, thuốc
    assert misspelt("ngan", "nhan")                # "thu nhân sách" for "thu ngân sách"
    assert misspelt("nghiep", "nghiet")
    assert match_key("sản lượng mía", "ha", "level") is None      # an output in ha is none
