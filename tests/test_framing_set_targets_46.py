"""A target word after words that fold like an achievement verb or a comparison (issue 17, session 46;
resolve/plan_bases.py): ``đặt mục tiêu`` (a target set) folds as ``đạt mục tiêu`` (a target reached), and
the ``Bằng`` of a place's name (``tỉnh Cao Bằng phấn đấu``) as the comparative ``bằng``; read in the clean
text they make no base, and the target word frames its statements. Shapes of dev 216 (Công an Đà Nẵng),
336 (VietTimes), 337 (VTC News), and of the pages of Báo Dân tộc và Miền núi (020) and VTV (295, 319) that
write ``đặt (ra) mục tiêu``; the sentences are written anew. Negatives: a target reached, a figure
compared with its plan, a comparative written in capitals at a sentence's start."""
import pytest

from indicator_cases import inds

from baocao.resolve._rules import load


def framings(text, values):
    by_value = {i.value: i.framing for i in inds(text)}
    return [by_value.get(v) for v in values]


@pytest.mark.parametrize("text,values", [
    ("Đến năm 2030, thành phố đặt mục tiêu đạt tỷ lệ che phủ rừng từ 45-46%; hằng năm có trên 85% "
     "thôn đạt chuẩn văn hóa.", [45, 85]),
    ("Năm 2024, UBND huyện đặt chỉ tiêu giá trị sản xuất công nghiệp tăng 7,5% so với năm 2023.", [7.5]),
    ("Huyện đặt ra mục tiêu đến năm 2025 thu nhập bình quân đạt 70 triệu đồng/người/năm.", [70e6]),
])
def test_a_target_set_frames_its_statements(text, values):
    assert framings(text, values) == ["target"] * len(values)


@pytest.mark.parametrize("text,values", [
    ("Trong nhiệm kỳ 2025-2030, tỉnh Cao Bằng phấn đấu, tốc độ tăng trưởng kinh tế bình quân đạt 8%/năm trở "
     "lên; thu ngân sách bình quân tăng 11%/năm.", [8, 11]),
    ("Giai đoạn tới, tỉnh Thái Bình phấn đấu, tổng vốn đầu tư toàn xã hội đạt 60.000 tỷ đồng.", [60000e9]),
])
def test_a_place_named_with_bang_before_a_target_word(text, values):
    assert framings(text, values) == ["target"] * len(values)


@pytest.mark.parametrize("text,values", [
    # a target reached: the figure is a result
    ("Năm 2024, huyện đạt mục tiêu đề ra, thu ngân sách đạt 420 tỷ đồng.", [420e9]),
    ("Thu ngân sách năm 2024 đạt 420 tỷ đồng, vượt kế hoạch, tăng 12% so với năm 2023.", [420e9]),
    # a comparative at a sentence's start is still one
    ("Tổng thu ngân sách năm 2024 đạt 420 tỷ đồng. Bằng kế hoạch năm, chi ngân sách đạt 380 tỷ đồng.",
     [420e9, 380e9]),
])
def test_a_target_reached_or_compared_with_frames_nothing(text, values):
    assert framings(text, values) == ["actual"] * len(values)


@pytest.mark.parametrize("verb", load("indicators").plan_set_verbs)
def test_every_plan_set_verb(verb):
    text = f"Năm 2024, UBND huyện {verb} mục tiêu giá trị sản xuất nông nghiệp tăng 4,2% so với năm 2023."
    assert framings(text, [4.2]) == ["target"]


def test_a_paragraph_opened_by_a_target_set_lists_targets():
    # the paragraph's later sentences go on with the list (resolve/target_paragraphs.py reads the same base)
    set_ = "Năm 2025, xã đặt mục tiêu thu nhập bình quân đạt 65 triệu đồng/người/năm. Tỷ lệ hộ nghèo giảm còn dưới 2%."
    assert framings(set_, [65e6, 2]) == ["target", "target"]
    reached = set_.replace("đặt mục tiêu", "đạt mục tiêu")
    assert framings(reached, [65e6, 2]) == ["actual", "actual"]
