"""Periods, framings and names of issue 17's later dev errors, each a general rule with cases in the
forms of several publishers, and negatives (a form not understood gives no wrong value)."""
import pytest

import baocao
from baocao.resolve._rules import load

W = load("indicators")


def inds(text):
    return [i for i in baocao.parse(text).indicators if i.kind == "indicator"]


def read(text):
    return [(i.name, i.value, i.framing, i.period) for i in inds(text)]


# --- a list of the targets a sentence adopts -----------------------------------------------------
@pytest.mark.parametrize("text,want", [
    # a commune congress: the targets of the term, listed in the next sentence
    ("Tại đại hội, các đại biểu đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, bình quân "
     "thu nhập đầu người đến năm 2025 đạt 70 triệu đồng/người/năm; chuyển đổi cơ cấu cây trồng đạt 20% trên "
     "tổng diện tích; giữ vững danh hiệu xã nông thôn mới vào cuối năm 2020; tỷ lệ tham gia bảo hiểm y tế "
     "toàn dân đạt 100%.",
     [("bình quân thu nhập đầu người", 70e6, "target", "2025"), ("chuyển đổi cơ cấu cây trồng", 20, "target",
      "2020-2025"), ("tỷ lệ tham gia bảo hiểm y tế toàn dân", 100, "target", "2020-2025")]),
    # a district congress, the list after a colon
    ("Đại hội Đảng bộ huyện đã thông qua 18 chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030: thu ngân sách trên địa bàn "
     "đạt 500 tỷ đồng; tỷ lệ hộ nghèo còn dưới 2%.",
     [("thu ngân sách trên địa bàn", 500e9, "target", "2025-2030"), ("tỷ lệ hộ nghèo", 2, "target", "2025-2030")]),
    # a provincial council: "các chỉ tiêu" and "Đó là"
    ("Kỳ họp đã xác định các chỉ tiêu năm 2025. Đó là tốc độ tăng trưởng kinh tế 8%; thu ngân sách 12.000 tỷ "
     "đồng.", [("tốc độ tăng trưởng kinh tế", 8, "target", "2025"), ("thu ngân sách", 12000e9, "target", "2025")]),
])
def test_the_list_after_a_sentence_that_adopts_targets_is_of_targets(text, want):
    assert [(n, pytest.approx(v), f, p) for n, v, f, p in read(text)] == want


@pytest.mark.parametrize("text", [
    # the targets reached: the list after it gives results
    "Nghị quyết đề ra 16 chỉ tiêu, đến nay đạt 14 chỉ tiêu. Cụ thể, thu nhập bình quân đầu người đạt 70 triệu đồng/người/năm.",
    "Trong 16 chỉ tiêu của Nghị quyết, có 14/16 chỉ tiêu đạt và vượt kế hoạch. Cụ thể, thu ngân sách 500 tỷ đồng.",
    # no list opener: the next sentence is not the list
    "Đại hội thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Năm 2020, thu ngân sách đạt 500 tỷ đồng.",
])
def test_no_target_list_without_an_adopting_sentence_and_an_opener(text):
    assert [f for *_, f, _ in read(text)] == ["actual"]


@pytest.mark.parametrize("verb", W.adopt_verbs)
def test_every_adopt_verb(verb):
    text = f"Đại hội {verb} 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, tỷ lệ hộ nghèo còn 2%."
    assert [(f, p) for *_, f, p in read(text)] == [("target", "2020-2025")]


@pytest.mark.parametrize("opener", W.list_openers)
def test_every_list_opener(opener):
    text = f"Đại hội thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. {opener.capitalize()}, tỷ lệ hộ nghèo còn 2%."
    assert [(f, p) for *_, f, p in read(text)] == [("target", "2020-2025")]


def test_an_item_ended_by_its_own_period_dates_only_itself():
    text = ("Phấn đấu đến cuối nhiệm kỳ: thu ngân sách đạt 500 tỷ đồng năm 2025; hoàn thành xây dựng nông thôn "
            "mới vào cuối năm 2023; tỷ lệ hộ nghèo còn 2%.")
    assert [p for *_, p in read(text)][-1] != "2023"
    # a period that opens its segment still dates what follows
    assert read("Năm 2023, kinh tế của tỉnh gặp nhiều khó khăn; GRDP tăng 5%.")[0][3] == "2023"
