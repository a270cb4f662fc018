"""A clause of striving that opens its sentence with no figure frames the statements after it in the sentence as
targets (``UBND huyện Đắk Tô phấn đấu đến năm 2020, xã … được công nhận lại …; xã Đắk Trăm đạt 16/19 tiêu chí, …``:
dev 425, Đại Đoàn Kết), as an estimate word in such a clause frames them as estimates
(resolve/strive_openers.py). Negatives: the effort made (``Với sự nỗ lực phấn đấu …``), the striving done
(``… đã phấn đấu …``, in a statement's lead too: dev 322, Bến Tre), a plan word that names the results against the plan, a strive clause that
does not open its sentence."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")


def framings(text):
    return [i.framing for i in inds(text)]


@pytest.mark.parametrize("text", [
    "UBND huyện phấn đấu đến năm 2020, xã Tân Cảnh được công nhận lại đạt chuẩn NTM; xã Đắk Trăm đạt 16/19 tiêu "
    "chí, xã Văn Lem đạt 15/19 tiêu chí.",
    "Tỉnh phấn đấu đến năm 2025, kinh tế phát triển nhanh và bền vững; GRDP tăng 8%/năm; thu ngân sách đạt "
    "20.000 tỷ đồng.",
])
def test_a_strive_clause_opening_its_sentence_frames_its_statements(text):
    got = framings(text)
    assert got and set(got) == {"target"}


@pytest.mark.parametrize("word", W.strive_effort_before)
def test_the_effort_made_frames_nothing(word):
    text = f"Với {word} phấn đấu của các cấp, các ngành và nhân dân; thu ngân sách đạt 120 tỷ đồng, tăng 5%."
    assert framings(text) == ["actual"]


@pytest.mark.parametrize("word", W.strive_past_words)
def test_the_striving_done_frames_nothing(word):
    text = f"Đảng bộ và nhân dân huyện {word} đoàn kết một lòng phấn đấu vượt qua khó khăn; thu ngân sách đạt 120 tỷ đồng."
    assert framings(text) == ["actual"]
    # a target word of a statement's own lead too (dev 322, Bến Tre's congress, written anew)
    text = (f"Nhiệm kỳ qua, Đảng bộ và nhân dân tỉnh {word} phấn đấu đạt mức tăng trưởng bình quân 6,4%/năm; thu "
            "nhập bình quân đầu người đạt trên 43 triệu đồng.")
    assert framings(text) == ["actual", "actual"]


@pytest.mark.parametrize("word", W.strive_effort_before)
def test_the_effort_made_in_a_statements_lead_frames_nothing(word):
    assert framings(f"Nhờ {word} phấn đấu của các cấp, thu ngân sách đạt 120 tỷ đồng.") == ["actual"]


@pytest.mark.parametrize("text", [
    "Năm 2025, tỉnh phấn đấu thu ngân sách đạt 120 tỷ đồng.",
    # past a comma, the striving done is over: the target set after it
    "Năm 2024, Đảng bộ đã hoàn thành nhiệm vụ, phấn đấu năm 2025 thu ngân sách đạt 150 tỷ đồng.",
    "Huyện đã đề ra mục tiêu phấn đấu đến năm 2025 thu nhập bình quân đạt 60 triệu đồng.",
    # "đã" of a decision, the striving after it with its horizon to come
    "Đại hội đã thống nhất phấn đấu đến năm 2025 thu nhập bình quân đạt 60 triệu đồng/người/năm.",
    "UBND huyện đã chỉ đạo các xã phấn đấu đến năm 2025 có 100% xã đạt chuẩn nông thôn mới.",
    "Nghị quyết Đại hội đã xác định phấn đấu, đến năm 2030 tốc độ tăng trưởng kinh tế đạt 10%/năm.",
    # the effort words as the verbs of a target, no noun (no "sự" before, no "của" after)
    "Năm 2025, tỉnh nỗ lực phấn đấu tăng trưởng kinh tế đạt 8%.",
    "Toàn huyện tiếp tục nỗ lực phấn đấu đến năm 2025 có 100% xã đạt chuẩn nông thôn mới.",
])
def test_striving_to_come_stays_a_target(text):
    assert framings(text) == ["target"]


@pytest.mark.parametrize("text", [
    # a plan word that names the results against the plan
    "Năm 2023, huyện hoàn thành vượt mức các chỉ tiêu kế hoạch đề ra; thu ngân sách đạt 120 tỷ đồng.",
    # a strive clause after the sentence's first statement frames no statement after it
    "Năm 2023, thu ngân sách đạt 120 tỷ đồng; huyện phấn đấu hoàn thành nhiệm vụ; sản lượng lúa đạt 42.000 tấn.",
    # a clause that says the targets were reached opens results (test_framing_reached_48.py)
    "Nhờ phấn đấu không ngừng, huyện đã đạt và vượt các chỉ tiêu đề ra; thu ngân sách đạt 210 tỷ đồng.",
    # "đa" (many) is no "đã"
    "Năm 2023, huyện phát triển đa dạng ngành nghề; thu ngân sách đạt 120 tỷ đồng.",
])
def test_what_is_no_strive_clause_opening_its_sentence_frames_nothing(text):
    assert set(framings(text)) == {"actual"}


@pytest.mark.parametrize("word", W.strive_purpose_openers)
def test_a_purpose_of_striving_opening_its_sentence_frames_nothing(word):
    text = (f"{word.capitalize()} phấn đấu hoàn thành kế hoạch, huyện tập trung chỉ đạo quyết liệt; thu ngân sách đạt "
            "120 tỷ đồng, sản lượng lúa đạt 42.000 tấn.")
    assert framings(text) == ["actual", "actual"]


@pytest.mark.parametrize("noun", W.strive_effort_nouns)
def test_the_effort_named_as_a_noun_frames_nothing(noun):
    assert framings(f"Cùng với {noun} nỗ lực phấn đấu, thu ngân sách năm 2023 đạt 120 tỷ đồng.") == ["actual"]


@pytest.mark.parametrize("after", W.strive_effort_after)
def test_the_effort_of_someone_frames_nothing(after):
    assert framings(f"Nhờ nỗ lực phấn đấu {after} các cấp, thu ngân sách năm 2023 đạt 120 tỷ đồng.") == ["actual"]
