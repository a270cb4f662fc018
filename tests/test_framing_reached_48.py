"""A list after a clause that says the plan was reached gives results, not targets (issue 17, session 48;
resolve/reached_targets.py): the reached verb before its plan (``đạt và vượt các chỉ tiêu Nghị quyết … đề ra:``)
or after the targets' subject past other words and commas (``các chỉ tiêu chủ yếu về kinh tế, xã hội, môi
trường đều đạt và vượt kế hoạch đề ra:``). The shape of dev 243 (Dân Việt) and of two publishers of the fourth
audit of unseen pages (a district council's session, a commune's party congress); the sentences are written
anew. Negatives: lists of targets (``phấn đấu``, a purpose, a horizon, a plan set: ``đặt``) stay targets."""
import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.reached_targets import says_reached

W = load("indicators")


def framings(text):
    return [i.framing for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text,want", [
    # a congress reviewing its term: the reached verb before the targets
    ("Nhiệm kỳ 2020-2025, Đảng bộ xã đã lãnh đạo thực hiện tốt các nhiệm vụ chính trị, đạt và vượt các chỉ tiêu "
     "Nghị quyết Đại hội đề ra: tỷ lệ hộ nghèo giảm còn 3,2%; thu nhập bình quân đầu người đạt 62 triệu "
     "đồng/năm.", ["actual", "actual"]),
    # a council's session: the targets' subject, a list of fields with commas, then the reached verb
    ("Năm 2023, các chỉ tiêu chủ yếu về kinh tế, văn hóa, xã hội, môi trường đều đạt và vượt kế hoạch đề ra: "
     "tổng thu ngân sách trên địa bàn đạt 210 tỷ đồng; sản lượng lương thực đạt 42.000 tấn.",
     ["actual", "actual"]),
    ("Năm 2022, 17 chỉ tiêu chủ yếu về phát triển kinh tế - xã hội của huyện đều hoàn thành vượt mức so với kế "
     "hoạch đề ra, nổi bật như: thu ngân sách đạt 95 tỷ đồng; kim ngạch xuất khẩu đạt 40 triệu USD.",
     ["actual", "actual"]),
    # "đã" right before the verb: a reach that is over, whatever word of effort came before it
    ("Nhờ phấn đấu không ngừng, huyện đã đạt và vượt các chỉ tiêu đề ra: thu ngân sách đạt 210 tỷ đồng.",
     ["actual"]),
])
def test_a_list_after_a_plan_reached_gives_results(text, want):
    assert framings(text) == want


@pytest.mark.parametrize("text", [
    # a horizon's targets
    "Phấn đấu đến năm 2030: thu nhập bình quân đầu người đạt 120 triệu đồng; tỷ lệ hộ nghèo dưới 1%.",
    "Nhiệm kỳ 2025-2030, Đảng bộ phấn đấu đạt và vượt các chỉ tiêu sau: thu nhập bình quân đạt 95 triệu đồng.",
    "Đến năm 2030, huyện đạt và vượt các chỉ tiêu sau: thu nhập bình quân đạt 95 triệu đồng.",
    # a purpose: what is to be reached
    "Đảng bộ tập trung 3 khâu đột phá để đạt các chỉ tiêu đề ra như: tổng sản phẩm đạt 30.000 tỷ đồng.",
    # a plan set, though "đặt" folds as "đạt"
    "Năm 2024, thành phố đặt mục tiêu: thu ngân sách đạt 500 tỷ đồng.",
    "Các chỉ tiêu đặt ra cho năm 2024: thu ngân sách đạt 500 tỷ đồng.",
    "Đảng bộ huyện đề ra 11 chỉ tiêu chủ yếu, như: thu ngân sách trên địa bàn đạt 500 tỷ đồng.",
])
def test_a_list_of_targets_stays_targets(text):
    assert framings(text) == ["target"] * len(framings(text)) and framings(text)


@pytest.mark.parametrize("obj", W.reached_objects)
def test_every_reached_object(obj):
    assert says_reached(f"Năm 2023, huyện đạt và vượt {obj} đề ra")
    assert not says_reached(f"Năm 2024, huyện phấn đấu đạt và vượt {obj} đề ra")


@pytest.mark.parametrize("word", W.reached_determiners)
def test_every_reached_determiner(word):
    assert says_reached(f"Năm 2023, huyện vượt {word} chỉ tiêu đề ra")


@pytest.mark.parametrize("modal", W.reach_modals)
def test_every_reach_modal_before_the_verb_makes_a_goal(modal):
    assert not says_reached(f"Huyện {modal} đạt và vượt các chỉ tiêu đề ra")
    assert says_reached(f"Huyện {modal} đạt và vượt các chỉ tiêu đề ra".replace(modal, "đã"))


@pytest.mark.parametrize("word", W.reached_past)
def test_every_past_word_makes_the_reach_over(word):
    assert says_reached(f"Nhờ phấn đấu, huyện {word} đạt các chỉ tiêu đề ra")
    assert not says_reached("Nhờ phấn đấu, huyện đạt các chỉ tiêu đề ra")


def test_the_verb_is_read_as_written():
    assert not says_reached("các chỉ tiêu đặt ra cho năm 2024")
    assert says_reached("các chỉ tiêu đạt cao")


@pytest.mark.parametrize("modal", W.reach_modals_at_verb)
def test_every_modal_at_the_verb_makes_a_goal_right_before_it_only(modal):
    assert not says_reached(f"Năm 2025, huyện {modal} hoàn thành các chỉ tiêu kế hoạch năm 2025")
    assert not says_reached(f"Tỉnh {modal} đạt và vượt các chỉ tiêu đề ra")
    # a noun farther from the verb ("với quyết tâm cao", "sự nỗ lực, quyết tâm"): the reach is said
    assert says_reached(f"Với sự nỗ lực, {modal} cao của cả hệ thống chính trị, năm 2023 huyện hoàn thành"
                        " các chỉ tiêu kế hoạch")
    assert says_reached(f"Với {modal} cao của cả hệ thống chính trị năm 2023 huyện hoàn thành các chỉ tiêu kế hoạch")


def test_a_list_after_a_resolve_to_reach_is_of_targets():
    text = ("Ngày 15/01/2024, UBND huyện báo cáo.\n\nNăm 2024, huyện quyết tâm hoàn thành các chỉ tiêu kế hoạch năm"
            " 2024, cụ thể: Tổng giá trị sản xuất đạt 5.500 tỷ đồng; thu nhập bình quân đầu người đạt 65 triệu đồng.")
    assert {i.framing for i in baocao.parse(text).indicators} == {"target"}
