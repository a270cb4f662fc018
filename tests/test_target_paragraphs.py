"""A paragraph whose first sentence opens a list of targets lists targets in its later sentences
(resolve/target_paragraphs.py)."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")


def framings(text: str) -> list:
    return [(i.value, i.framing) for i in inds(text)]


# a commune council's resolution (Thuận Thành portal, dev 190): the year's targets, one a sentence
COMMUNE = ("Mục tiêu tổng quát năm 2023 phấn đấu tổng thu nhập xã hội trên địa bàn xã đạt 621 tỉ đồng, tốc độ "
           "tăng trưởng kinh tế đạt 14%/năm. Thu nhập bình quân đạt 59 triệu đồng/người/năm. Năng suất lúa bình "
           "quân đạt 63 tạ/ha. Tiếp tục phấn đấu xã đạt danh hiệu “Đơn vị có phong trào giáo dục toàn diện”. "
           "Tiếp tục giữ vững chuẩn Y tế, duy trì tỉ lệ tăng dân số tự nhiên ở mức dưới 1%.")
# a commune's party congress (Kon Tum TV, dev 138): the term's targets after "gồm", then one more sentence
CONGRESS = ("Tại Đại hội, các đại biểu đã thảo luận và thống nhất đề ra một số chỉ tiêu cho nhiệm kỳ 2020 – 2025, "
            "gồm thu nhập bình quân đầu người hằng năm tăng trên 3 triệu đồng, thu ngân sách hàng năm tăng trên 11%. "
            "Tỷ lệ hộ nghèo giảm dưới 5%.")
# a district's targets of a year named "các chỉ tiêu chủ yếu"
DISTRICT = ("Đại hội đề ra các chỉ tiêu chủ yếu năm 2024, trong đó phấn đấu giá trị sản xuất tăng 10%. Thu ngân "
            "sách đạt 500 tỷ đồng. Tỷ lệ che phủ rừng đạt 45%.")


@pytest.mark.parametrize("text", [COMMUNE, CONGRESS, DISTRICT])
def test_later_sentences_of_a_target_paragraph_are_targets(text):
    assert {f for _, f in framings(text)} == {"target"}, framings(text)


def test_the_list_ends_with_its_paragraph():
    text = DISTRICT + "\nThu nhập bình quân đạt 60 triệu đồng."
    assert framings(text)[-1] == (60e6, "actual")


@pytest.mark.parametrize("stop", W.target_paragraph_stops)
def test_every_stop_word_ends_the_list(stop):
    text = (f"Mục tiêu năm 2024 phấn đấu giá trị sản xuất tăng 10%. Thu ngân sách 500 tỷ đồng, {stop}. "
            "Tỷ lệ che phủ rừng đạt 45%.")
    got = framings(text)
    assert got[0] == (10, "target") and got[-1] == (45, "actual"), got


def test_a_sentence_of_another_year_ends_the_list():
    text = ("Mục tiêu năm 2025 phấn đấu thu nhập bình quân đạt 70 triệu đồng. Năm 2020, thu nhập bình quân đạt 50 "
            "triệu đồng. Tỷ lệ hộ nghèo còn 3%.")
    assert framings(text) == [(70e6, "target"), (50e6, "actual"), (3, "actual")]


@pytest.mark.parametrize("text", [
    # the targets were reached: results follow (and the first statement is no target)
    "Hầu hết các chỉ tiêu đều đạt và vượt mục tiêu nghị quyết đề ra. Thu nhập bình quân đầu người đạt 27 triệu "
    "đồng/năm. Tỷ lệ hộ nghèo còn 3%.",
    # a programme's name is no list of targets
    "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo, năm 2023 tỉnh phấn đấu giảm 2% hộ nghèo. Tỷ lệ hộ "
    "nghèo còn 3%.",
    # a plan carried out, or reached, is no list of targets set
    "Thực hiện mục tiêu kép, năm 2023 tỉnh phấn đấu tăng trưởng 7%. Tỷ lệ hộ nghèo còn 3%.",
    # the target sentence does not open its paragraph
    "Năm 2023, thu ngân sách đạt 400 tỷ đồng. Mục tiêu năm 2023 phấn đấu thu ngân sách đạt 500 tỷ đồng. Tỷ lệ "
    "hộ nghèo còn 3%.",
])
def test_no_list_without_a_paragraph_opened_by_targets(text):
    assert framings(text)[-1] == (3, "actual"), framings(text)


def test_an_estimate_ends_the_list():
    text = "Mục tiêu năm 2024 phấn đấu giá trị sản xuất tăng 10%. Thu ngân sách dự kiến 500 tỷ đồng. Tỷ lệ che phủ rừng 45%."
    assert framings(text) == [(10, "target"), (500e9, "estimate"), (45, "actual")]


def test_a_stop_word_is_read_with_its_diacritics():
    # "đa chiều" is no "đã"
    text = ("Mục tiêu năm 2024 phấn đấu giá trị sản xuất tăng 10%. Tỷ lệ hộ nghèo đa chiều giảm còn 2%. Tỷ lệ che "
            "phủ rừng đạt 45%.")
    assert framings(text) == [(10, "target"), (2, "target"), (45, "target")]


@pytest.mark.parametrize("tail", [
    "Thu ngân sách cả năm đạt 520 tỷ đồng, vượt 4% mục tiêu. Tỷ lệ che phủ rừng đạt 46%.",
    "Thu ngân sách cả năm đạt 520 tỷ đồng, bằng 104% kế hoạch. Tỷ lệ che phủ rừng đạt 46%.",
    "Tỷ lệ che phủ rừng đạt 46%, thu ngân sách đạt 104% kế hoạch. Thu nhập bình quân đạt 60 triệu đồng/người.",
])
def test_a_sentence_measured_against_the_plan_ends_the_list(tail):
    # a result read against the plan is no target (a target achieves nothing yet), nor is what follows it
    got = framings("Nghị quyết đề ra mục tiêu năm 2023 thu ngân sách đạt 500 tỷ đồng. " + tail)
    assert got[0] == (500e9, "target")
    assert [f for _, f in got[1:]] == ["actual"] * (len(got) - 1), got
