"""A word that makes a plain number a year, month, day or label (``năm 2024``, ``tháng 9``, ``loại 2``)
does not block a number written with thousands groups or a decimal comma: no year, month, day or
label is written so (``lũy kế 9 tháng 250.583 tấn``, ``bình quân 5 năm 11,6%``)."""
import pytest

import baocao
from baocao.core.numbers.vocabulary import NUMBERS
from baocao.core.numbers.words import any_blocked_before


def _figures(text):
    return [(r.text, r.value) for r in baocao.extract(text)
            if r.kind in ("quantity", "money", "percentage")]


@pytest.mark.parametrize("text, figure, value", [
    # statistics offices and news of several provinces (Bến Tre, Gia Lai, Đà Nẵng, Bình Thuận)
    ("Sản lượng thu hoạch tháng 9 ước đạt 36.955 tấn, lũy kế 9 tháng 250.583 tấn, tăng 31,56% so cùng kỳ.",
     "250.583 tấn", 250583.0),
    ("Tổng thu ngân sách 9 tháng 20,8 tỷ đồng, đạt 80,1% kế hoạch.", "20,8 tỷ đồng", 20.8e9),
    ("giá trị sản xuất tăng bình quân 5 năm 11,6%; thu ngân sách tăng bình quân 8-10%.", "11,6%", 11.6),
    ("lúa 35.023 ha, bắp 4.022 ha, rau các loại 2.618 ha (tăng 10,6%), đậu các loại 3.379 ha.",
     "2.618 ha", 2618.0),
    ("đậu các loại 3.379 ha (giảm 1,2%)", "3.379 ha", 3379.0),
    ("Cả năm 2,5 triệu lượt khách đến tham quan.", "2,5 triệu lượt khách", 2.5e6),
])
def test_grouped_or_decimal_number_after_a_blocker_is_an_amount(text, figure, value):
    assert (figure, value) in _figures(text)


@pytest.mark.parametrize("text", [
    "Năm 2024 120 hộ thoát nghèo.",           # a year, then a count: no space-grouped 2024 120
    "Trong tháng 12 350 tấn hàng hóa.",       # one space: a month and a count, never 12 350
    "Ngày 15 3 xã tổ chức đại hội.",
    "Quý 2 5 doanh nghiệp giải thể.",
    "giai đoạn 2 15 xã đạt chuẩn",
])
def test_plain_label_numbers_stay_blocked(text):
    assert not [f for f in _figures(text) if f[0].startswith(("2024", "12", "15", "2 "))]


@pytest.mark.parametrize("word", NUMBERS.blockers)
def test_every_blocker_yields_to_a_grouped_number(word):
    if word.split()[-1] in NUMBERS.amount_blockers:
        return   # "phiên bản": its last word is an amount blocker ("bản 1.200 hộ" is a village's number)
    for number in ("1.250", "12,5"):
        text = f"x {word} {number}"
        pos = text.index(number)
        assert not any_blocked_before(text, pos, no_label=True)
        if word not in NUMBERS.blocker_unless_after:
            assert any_blocked_before(text, pos)


@pytest.mark.parametrize("text", ["thôn 1.200 hộ", "khu phố 2,5 ha", "ấp 1.500 hộ"])
def test_amount_blockers_still_block_grouped_numbers(text):
    assert not _figures(text)
