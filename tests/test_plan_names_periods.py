"""A period in a plan's or a document's name (plan_name_words: ``Đề án 06 … giai đoạn 2022 - 2025``,
``Quy hoạch tỉnh thời kỳ 2021 - 2030``) and a plan's horizon (base_year_words: ``tầm nhìn đến năm 2050``)
date no statement of a later sentence (resolve/written.py; the long reports p01, r03 and the congress
reports of the genre)."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")


def _periods(text):
    return [(i.value, i.period) for i in inds(text)]


@pytest.mark.parametrize("word", W.plan_name_words)
def test_every_plan_name_word_makes_the_period_after_it_a_name(word):
    text = (f"Năm 2021, tỉnh triển khai {word} phát triển du lịch giai đoạn 2021 - 2025 trên địa bàn.\n\n"
            "Thu ngân sách trên địa bàn đạt 500 tỷ đồng.")
    assert _periods(text) == [(500e9, "2021")]


@pytest.mark.parametrize("text", [
    "Tỉnh triển khai Đề án 06 về dữ liệu dân cư giai đoạn 2022 - 2025, tầm nhìn đến năm 2030.\n\n"
    "Tỷ lệ chất thải rắn sinh hoạt được xử lý đạt khoảng 86,2%.",
    "Tỉnh được phê duyệt Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.\n\n"
    "Tỷ lệ chất thải rắn sinh hoạt được xử lý đạt khoảng 86,2%.",
    # a plan's horizon after its name's own year (an Điện Biên district's congress report, the Thái Nguyên
    # congress documents)
    "Huyện triển khai Đề án phát triển du lịch của tỉnh Điện Biên đến năm 2025, định hướng đến năm 2030.\n\n"
    "Tỷ lệ chất thải rắn sinh hoạt được xử lý đạt khoảng 86,2%.",
    "Tỉnh ủy chỉ đạo thực hiện Chương trình chuyển đổi số giai đoạn 2021 - 2025, định hướng tới năm 2030.\n\n"
    "Tỷ lệ chất thải rắn sinh hoạt được xử lý đạt khoảng 86,2%.",
])
def test_a_plans_name_and_horizon_date_no_later_statement(text):
    # after a first paragraph of prose: the plan's sentence is no opening that names the document's period
    assert _periods("Kinh tế của tỉnh tiếp tục phát triển ổn định.\n\n" + text) == [(86.2, None)]


@pytest.mark.parametrize("text, want", [
    # a comma closes the name's clause: the period is the sentence's own
    ("Thực hiện kế hoạch phát triển, năm 2021 tỉnh có 20 dự án mới.\n\nThu ngân sách đạt 500 tỷ đồng.", "2021"),
    # a year written without a plan word before it dates the later statements as before
    ("Trong giai đoạn 2021 - 2025, kinh tế tăng trưởng khá.\n\nThu ngân sách đạt 500 tỷ đồng.", "2021-2025"),
])
def test_a_period_outside_a_plans_name_still_dates_later_statements(text, want):
    assert _periods(text)[-1] == (500e9, want)
