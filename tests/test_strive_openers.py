"""A clause of striving that opens its sentence with no figure frames the statements after it in the sentence as
targets (``UBND huyện Đắk Tô phấn đấu đến năm 2020, xã … được công nhận lại …; xã Đắk Trăm đạt 16/19 tiêu chí, …``:
dev 425, Đại Đoàn Kết), as an estimate word in such a clause frames them as estimates
(resolve/strive_openers.py). Negatives: the effort made (``Với sự nỗ lực phấn đấu …``), the striving done
(``… đã đoàn kết, phấn đấu …``), a plan word that names the results against the plan, a strive clause that
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
    text = f"Đảng bộ huyện {word} đoàn kết, phấn đấu vượt qua khó khăn; thu ngân sách đạt 120 tỷ đồng."
    assert framings(text) == ["actual"]


@pytest.mark.parametrize("text", [
    # a plan word that names the results against the plan
    "Năm 2023, huyện hoàn thành vượt mức các chỉ tiêu kế hoạch đề ra; thu ngân sách đạt 120 tỷ đồng.",
    # a strive clause after the sentence's first statement frames no statement after it
    "Năm 2023, thu ngân sách đạt 120 tỷ đồng; huyện phấn đấu hoàn thành nhiệm vụ; sản lượng lúa đạt 42.000 tấn.",
    # "đa" (many) is no "đã"
    "Năm 2023, huyện phát triển đa dạng ngành nghề; thu ngân sách đạt 120 tỷ đồng.",
])
def test_what_is_no_strive_clause_opening_its_sentence_frames_nothing(text):
    assert set(framings(text)) == {"actual"}
