"""Review of session 48's rules (issue 17): sentences of the genre, written for these tests, on which a merged rule
gave a wrong field, each with the narrow fix's negative (the rule's own case still read).

- reached_targets: a reach of "the following" targets (``… đạt và vượt các chỉ tiêu sau:``) announces a list of
  goals, not results, unless ``đã`` says the reach is over.
- plan_status: the words between a status verb and its plan are an excess in the statement's unit, a figure, not
  a manner (``đạt thấp so với kế hoạch``, ``đạt chậm so với kế hoạch``: no status reached).
- base_asides: a parenthesis opened by a comparison (``(so với cùng kỳ tăng 2,05%)``) compares the statement's own
  figure, in its period; only a base standing as the parenthesis's subject (``(cùng kỳ tăng 2,05%)``) dates it a year
  before.
- key_structure_values: a share whose whole is written as a production value after it (``chiếm 45,2% tổng giá trị
  sản xuất``) is no share of the economy, and the structure word must stand in the statement's clause (not past a
  semicolon: ``…; cơ cấu cây trồng chuyển dịch``).
- caption_blocks: a section's heading and its one-sentence paragraph that restates the summary is no caption block:
  a caption block's first line writes a figure (the article's title) or one of its lines is written again word for
  word (the title or the lead).
"""
import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.crossheads import REPEAT_REASON
from baocao.resolve.reached_targets import says_reached
from indicator_cases import inds, parsed
from indicator_cases import periods_by_figure as by_figure

W = load("indicators")


def framings(text):
    return [i.framing for i in baocao.parse(text).indicators if i.kind == "indicator"]


def statuses(text):
    return [i.status for i in baocao.parse(text).indicators if i.kind == "indicator"]


# --- reached_targets ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Năm 2025, tỉnh quyết tâm đạt và vượt các chỉ tiêu kế hoạch sau: tăng trưởng GRDP đạt 8%; thu ngân sách đạt "
    "12.000 tỷ đồng.",
    "Mục tiêu năm 2025 là hoàn thành các chỉ tiêu kế hoạch sau: tăng trưởng GRDP đạt 8%; thu ngân sách đạt 12.000 "
    "tỷ đồng.",
    "Nhiệm kỳ 2025-2030, Đảng bộ xã quyết tâm đạt và vượt các chỉ tiêu chủ yếu sau: thu nhập bình quân đầu người "
    "đạt 90 triệu đồng; tỷ lệ hộ nghèo dưới 1%.",
    "Năm 2025, huyện tiếp tục thực hiện đạt các chỉ tiêu sau: thu ngân sách đạt 300 tỷ đồng; trồng mới 500 ha rừng.",
])
def test_a_reach_of_the_following_targets_lists_goals(text):
    assert framings(text) == ["target"] * len(framings(text)) and framings(text)


@pytest.mark.parametrize("word", W.reached_following)
def test_every_reached_following_word(word):
    assert not says_reached(f"Năm 2025, huyện quyết tâm đạt và vượt các chỉ tiêu chủ yếu {word}:")
    # negatives: a reach that is over, the plan set before ("đề ra"), a manner ("như sau") read as before
    assert says_reached(f"Năm 2024, huyện đã đạt và vượt các chỉ tiêu chủ yếu {word}:")
    assert says_reached("Năm 2024, huyện đạt và vượt các chỉ tiêu Nghị quyết đề ra:")
    assert says_reached("Năm 2024, huyện đạt và vượt kế hoạch đề ra như sau:")


# --- plan_status ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Năm 2024, thu ngân sách đạt 500 tỷ đồng, đạt thấp so với kế hoạch.",
    "Năm 2024, vốn đầu tư công giải ngân được 800 tỷ đồng, đạt chậm so với kế hoạch.",
    "Năm 2024, thu ngân sách đạt 500 tỷ đồng, đạt gần bằng kế hoạch năm.",
    "Năm 2024, tổng vốn đầu tư đạt 5.000 tỷ đồng, hoàn thành muộn hơn so với kế hoạch.",
    "Năm 2024, thu ngân sách đạt 500 tỷ đồng, đạt mức thấp nhất so với kế hoạch 5 năm.",
])
def test_a_manner_between_the_verb_and_the_plan_gives_no_status(text):
    assert statuses(text) == [None]


@pytest.mark.parametrize("text,want", [
    ("Năm 2015, kim ngạch xuất khẩu đạt 320 triệu USD, vượt 20 triệu USD so với kế hoạch.", ["vượt"]),
    ("Năm 2020, tổng giá trị sản xuất đạt 512 tỷ đồng, đạt kế hoạch đề ra.", ["đạt"]),
    ("Năm 2024, GRDP tăng 7,2%, vượt so với kế hoạch đề ra.", ["vượt"]),
    ("Năm 2024, thu ngân sách đạt 500 tỷ đồng, vượt mức kế hoạch đề ra.", ["vượt"]),
])
def test_an_excess_or_nothing_between_the_verb_and_the_plan_still_gives_the_status(text, want):
    assert statuses(text) == want


# --- base_asides --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Quý II/2023, ngành nông nghiệp tăng 3,12% (so với cùng kỳ tăng 2,05%).",
    "Quý II/2023, ngành nông nghiệp tăng 3,12% (so cùng kỳ tăng 2,05%).",
])
def test_a_parenthesis_opened_by_a_comparison_keeps_the_statement_s_period(text):
    assert by_figure(text, ["2,05%"]) == {"2,05%": "2023-Q2"}


def test_a_parenthesis_opened_by_the_base_still_dates_it_a_year_before():
    assert by_figure("Quý II/2023, ngành nông nghiệp tăng 3,12% (cùng kỳ tăng 2,05%).", ["2,05%"]) == {"2,05%": "2022-Q2"}


# --- key_structure_values -----------------------------------------------------------------------------
def _key(text, fig):
    found = [i for i in inds(text) if fig in i.text]
    assert found, [(i.name, i.text) for i in inds(text)]
    return found[0].key


@pytest.mark.parametrize("text,fig", [
    ("Năm 2023, giá trị sản xuất công nghiệp chiếm 45,2% tổng giá trị sản xuất toàn huyện, góp phần chuyển dịch "
     "cơ cấu kinh tế theo hướng tích cực.", "45,2%"),
    ("Năm 2023, giá trị sản xuất nông nghiệp chiếm 62,1% giá trị sản xuất ngành nông, lâm, thủy sản; cơ cấu cây "
     "trồng chuyển dịch mạnh.", "62,1%"),
    ("Năm 2023, giá trị sản xuất nông nghiệp chiếm 62,1%; cơ cấu cây trồng chuyển dịch mạnh.", "62,1%"),
])
def test_a_production_value_s_share_is_no_share_of_the_economy(text, fig):
    assert _key(text, fig) is None


@pytest.mark.parametrize("word", load("indicator_keys").structure_value_wholes)
def test_every_structure_value_whole(word):
    text = f"Cơ cấu kinh tế chuyển dịch, giá trị sản xuất công nghiệp - xây dựng chiếm 30,5% {word} toàn huyện."
    assert _key(text, "30,5%") is None
    # negative: the structure named after the figure is the economy's
    assert _key("Giá trị công nghiệp - xây dựng chiếm 30,5% trong cơ cấu GDP.", "30,5%") == "economic_structure_industry"


# --- caption_blocks -----------------------------------------------------------------------------------
SECTIONS = ("BÁO CÁO KẾT QUẢ NĂM 2023\n\nNăm 2023, kinh tế của huyện tiếp tục phát triển: sản lượng lương thực đạt "
            "50.000 tấn, tăng 2% so với năm 2022; thu ngân sách đạt 300 tỷ đồng, tăng 5% so với năm 2022.\n\n"
            "II. NÔNG NGHIỆP\nSản lượng lương thực đạt 50.000 tấn, tăng 2% so với năm 2022.\n\n"
            "{head}\nThu ngân sách đạt 300 tỷ đồng, tăng 5% so với năm 2022.\n\n"
            "Kết quả trên góp phần ổn định đời sống nhân dân.")


@pytest.mark.parametrize("head", ["III. THU, CHI NGÂN SÁCH", "Thu, chi ngân sách"])
def test_a_section_heading_and_its_paragraph_are_no_caption_block(head):
    found, loose = parsed(SECTIONS.format(head=head))
    assert not [u for u in loose if u.reason == REPEAT_REASON]
    assert [i.value for i in found if i.unit == "VND"] == [300e9, 300e9]

