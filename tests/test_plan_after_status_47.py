"""A plan's rate in a parenthesis after the status reached against that plan is held by the statement, its
target beside a growth, never a statement of its own (issue 17, session 47, resolve/plan_after_status.py).
The shape is that of dev documents 332 (Con số & Sự kiện), 297 (VietNamNet) and 311 (Báo Thế giới & Việt
Nam); the cases are written anew."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")


@pytest.mark.parametrize("text,value,target", [
    ("Năm 2023, khu vực nông nghiệp tăng 4,2% vượt kế hoạch đề ra (kế hoạch tăng 3,5%), đóng góp 0,8 điểm phần trăm.",
     4.2, 3.5),
    ("Năm 2023, tổng sản phẩm trên địa bàn tăng 8,1%, vượt so với kế hoạch HĐND tỉnh giao (7,5 - 8%) và xếp thứ 9.",
     8.1, 7.5),
    ("Giai đoạn 2016-2020, tốc độ tăng giá trị sản xuất nông nghiệp bình quân 5,4%/năm, vượt mục tiêu Đại hội "
     "(4,5%/năm).\n", 5.4, 4.5),
])
def test_a_plan_rate_after_the_status_is_the_target(text, value, target):
    found = inds(text)
    assert target not in [i.value for i in found], [(i.name, i.value) for i in found]
    assert [i.target for i in found if i.value == value] == [target], [(i.name, i.value, i.target) for i in found]


@pytest.mark.parametrize("word", W.plan_base_status_words)
def test_every_plan_base_status_word(word):
    found = inds(f"Năm 2023, khu vực dịch vụ tăng 6,2%, {word} kế hoạch (kế hoạch tăng 7%).")
    assert [(i.value, i.target) for i in found] == [(6.2, 7.0)], [(i.name, i.value, i.target) for i in found]


def test_a_parenthesis_of_other_words_is_no_plan():
    # the statement's change again in the parenthesis: a figure of its own (no plan word opens it)
    found = inds("Năm 2023, doanh thu tăng 12%, vượt kế hoạch (tăng 3% so với năm 2022).")
    assert 3.0 not in [i.target for i in found]
