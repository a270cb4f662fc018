"""An average per unit named only by its averaging word (resolve/name_averages.py): ``bình quân 16,13
tiêu chí/xã`` → ``bình quân tiêu chí/xã``, never the unit it is per (``xã``) or a bound (``trở lên``)."""
import pytest

from baocao.resolve.vocabulary import WORDS
from indicator_cases import inds


def named(text):
    return [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text,want", [
    # Đắk Lắk (huyện Krông Pắc's new countryside, 158)
    ("Hiện tại, tổng số tiêu chí đạt chuẩn và cơ bản đạt của 15 xã trên địa bàn là 242/285 tiêu chí, bình quân "
     "16,13 tiêu chí/xã.", ("bình quân tiêu chí/xã", 16.13)),
    # Cà Mau (the new countryside's ten years, 154): a bound before and after the figure
    ("Đến năm 2020, tỉnh Cà Mau phấn đấu có từ 27 ấp khó khăn đạt chuẩn NTM; đạt bình quân từ 16,5 tiêu chí/xã "
     "trở lên, thu nhập tăng ít nhất 1,6 lần so với năm 2015.", ("bình quân tiêu chí/xã", 16.5)),
    # Kiên Giang (the province's year 2019, 173): the place and the verb between
    ("Trong năm đã công nhận 13 xã đạt chuẩn NTM, nâng tổng số xã trong tỉnh đạt chuẩn lên 64/117 xã, chiếm "
     "54,7%, bình quân toàn tỉnh đạt 16,8 tiêu chí/xã.", ("bình quân tiêu chí/xã", 16.8)),
])
def test_an_average_per_unit_is_named_by_its_averaging_word_and_unit(text, want):
    assert want in named(text)


@pytest.mark.parametrize("text,want", [
    # a name of its own stays (Cao Bằng 087, Hòa Bình 137)
    ("Số tiêu chí bình quân/xã đạt 12,44 tiêu chí/xã.", ("Số tiêu chí bình quân/xã", 12.44)),
    ("Năm 2011 trung bình mỗi xã mới đạt 2,68 tiêu chí/xã.", ("trung bình mỗi xã mới", 2.68)),
    ("Số tiêu chí bình quân đạt 16,1 tiêu chí/xã.", ("Số tiêu chí bình quân", 16.1)),
])
def test_a_named_average_keeps_its_name(text, want):
    assert want in named(text)


def test_no_average_name_for_a_figure_per_year():
    assert not [n for n, _ in named("Sản lượng cà phê bình quân đạt 30.000 tấn/năm.") if n.startswith("bình quân tấn")]


@pytest.mark.parametrize("per", WORDS.average_time_pers)
def test_no_average_name_for_a_count_per_a_unit_of_time(per):
    # "bình quân 120 hộ/năm": a count over time, no average per unit (average_time_pers)
    got = named(f"Toàn xã có 15 thôn, bình quân 120 hộ/{per}.")
    assert not [n for n, _ in got if n.startswith("bình quân hộ/")], got


def test_a_count_per_a_place_is_averaged():
    assert ("bình quân hộ/thôn", 120) in named("Toàn xã có 15 thôn, bình quân 120 hộ/thôn.")
