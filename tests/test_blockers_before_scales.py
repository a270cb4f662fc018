"""A blocker that names a body (``trung ương``) blocks a label's number, not an amount with a scale word."""
import pytest

import baocao
from baocao.core.numbers.vocabulary import NUMBERS
from baocao.core.numbers.words import any_blocked_before


@pytest.mark.parametrize("text, figure, value", [
    ("Vốn ngân sách trung ương 65 tỷ đồng.", "65 tỷ đồng", 65e9),
    ("Trong đó ngân sách trung ương gần 65 tỷ đồng, ngân sách địa phương hơn 18 tỷ đồng.",
     "gần 65 tỷ đồng", 65e9),
    ("Nguồn vốn Trung ương 1.250 triệu đồng đã giải ngân hết.", "1.250 triệu đồng", 1.25e9),
])
def test_central_budget_money_is_read(text, figure, value):
    money = [f for f in baocao.parse(text).figures if f.text == figure]
    assert money and money[0].value == value


@pytest.mark.parametrize("text", [
    "Hội nghị Trung ương 4 khóa XII đã ban hành nghị quyết.",
    "Thực hiện Nghị quyết Trung ương 5 về nông nghiệp.",
    "Quán triệt Kết luận Hội nghị Trung ương 8 tới cán bộ.",
    "Các cơ quan trung ương 12 xã đã làm việc.",
])
def test_plenum_numbers_stay_labels(text):
    assert not [f for f in baocao.parse(text).figures if f.text[:1].isdigit()]


def test_every_entry_is_a_blocker_that_yields_to_a_unit():
    for word in NUMBERS.blockers_not_before_scales:
        assert word in NUMBERS.blockers
        text = f"vốn {word} 5 tỷ đồng"
        pos = text.index("5")
        assert any_blocked_before(text, pos) and not any_blocked_before(text, pos, scaled=True)
