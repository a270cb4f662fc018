"""A percentage written right before a plan base with no verb of its own is an achievement against the plan,
never a level in % (resolve/bare_plans.py). Cases from the genre dev documents 302 (Báo Long An), 209 (HĐND
Cao Bằng) and 214 (huyện Cẩm Xuyên's portal); negatives: a share after an equal word, a second plan after a
first (after_level.py reads it), a percentage with no plan after it."""
import pytest

import baocao


def one(text, value=None):
    found = [i for i in baocao.parse(text).indicators if i.kind == "indicator"]
    return found if value is None else [i for i in found if i.achievement_pct == value or i.value == value]


@pytest.mark.parametrize("text,ach", [
    ("Theo đó, tổng thu ngân sách trên địa bàn huyện ước trên 58,55% dự toán tỉnh giao.", 58.55),
    ("Mía 232 ha, đạt 58% KH; hoàn thành 100% chỉ tiêu trồng rừng phân tán; thu ngân sách trên địa bàn 12 tỷ đồng.",
     100),
    ("Lệ phí trước bạ đạt 45%; thu khác ngân sách đạt 62%; thu tại xã 40% kế hoạch.", 40),
])
def test_a_percentage_of_a_plan_with_no_verb_is_an_achievement(text, ach):
    found = [i for i in one(text) if i.achievement_pct == ach]
    assert found and all(i.value is None and i.unit is None for i in found)
    assert all(not (i.unit == "%" and i.value == ach) for i in one(text))


@pytest.mark.parametrize("text,value", [
    # a share of a plan's capital after an equal word stays a share
    ("Vốn đầu tư công của huyện chiếm 30% kế hoạch vốn của tỉnh.", 30),
    # no plan after the percentage
    ("Tỷ lệ hộ nghèo toàn huyện 3,5% năm 2023.", 3.5),
])
def test_a_percentage_that_is_no_bare_achievement_is_read_as_before(text, value):
    assert value in [i.value for i in one(text)]


def test_a_second_plan_after_a_first_is_read_as_before():
    text = ("Tổng thu ngân sách nhà nước ước thực hiện 150,26 tỷ đồng, đạt 116,5% dự toán tỉnh giao, 80,18% dự toán "
            "HĐND thị xã giao.")
    found = one(text)
    assert [(i.value, i.achievement_pct) for i in found if i.value == 150.26e9] == [(150.26e9, 116.5)]
    assert all(i.value != 80.18 for i in found)


def test_a_percentage_opening_a_parenthesis_is_no_achievement():
    # the shared PDF p01 (Thái Nguyên): the share of the plan the amount before is, held by the count
    text = "Bắc Kạn bố trí 5.770 tỷ đồng cho 12 dự án giao thông (40% kế hoạch trung hạn), dự kiến hoàn thành 12 dự án."
    found = one(text)
    assert all(i.achievement_pct is None for i in found)
    assert all(i.value != 40 for i in found)
