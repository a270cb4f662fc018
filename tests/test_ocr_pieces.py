"""OCR repair on clean genre text cut into article-sized pieces (issue 21): a piece has little
evidence of its own, and a clean word must not change for lack of it; damaged words still do."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.normalize import normalize
from baocao.normalize.lexicon import lexicon

ROOT = Path(__file__).resolve().parents[1]
CLEAN = sorted((ROOT / "tests" / "normalize_clean").glob("*.txt"))
sys.path.insert(0, str(ROOT / "evaluation"))
import normalize as evaluation  # noqa: E402


def _ocr(text: str) -> list:
    return [(e.before, e.after, e.rule) for e in normalize(text).edits if e.rule.startswith("ocr.")]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(CLEAN), st.integers(0, 10 ** 6), st.integers(300, 3000))
def test_clean_pieces_are_left_alone(path, at, size):
    """Any run of whole paragraphs of the hand-written clean genre text, of 300 to 3,000
    characters, comes out of the OCR repair as it went in."""
    text = path.read_text(encoding="utf-8")
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    start = starts[at % len(starts)]
    end = text.rfind("\n", start, start + size)
    piece = text[start:end if end > start else len(text)]
    assert _ocr(piece) == []


_LINE_ENDS = ["huyện", "tỉnh", "Mỹ", "xã", "kết quả", "tình hình"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(lexicon().syllables)), st.sampled_from(_LINE_ENDS),
       st.sampled_from(["12/2024", "2025", "01 năm", "tác xây dựng"]))
def test_a_capital_opening_a_line_takes_no_context_from_the_line_before(word, before, after):
    """Two headings that meet ("… huyện" / "Công tác …", "… đô la Mỹ" / "Tháng 12/2024"): the line
    before says nothing of the capitalised word opening the next one."""
    cap = word[:1].upper() + word[1:]
    line = f"{cap} {after}"
    text = f"Tình hình {before}\n{line}"
    head = len(text) - len(line)
    with_before = [(e.start - head, e.after) for e in normalize(text).edits
                   if e.rule.startswith("ocr.") and e.end > head]
    alone = [(e.start, e.after) for e in normalize(line).edits if e.rule.startswith("ocr.")]
    assert with_before == alone


def test_pieces_cut_at_paragraph_ends():
    text = (CLEAN[0]).read_text(encoding="utf-8") * 3
    spans = evaluation.pieces(text)
    assert "".join(text[s:t] for s, t in spans) == text
    assert all(evaluation.PIECE_MIN <= t - s <= evaluation.PIECE_MAX for s, t in spans[:-1])
    assert all(text[t - 1] == "\n" for s, t in spans[:-1])


@pytest.mark.parametrize("damaged, repaired", [
    ("mục tiêu xây dụng nông thôn mới", "mục tiêu xây dựng nông thôn mới"),
    ("kêu gọi toàn thẻ cán bộ, đảng viên", "kêu gọi toàn thể cán bộ, đảng viên"),
    ("các xã, thị trần Mường Ảng", "các xã, thị trấn Mường Ảng"),
    ("1. Tình hình kinh tế\nĐây mạnh chuyển đổi số", "1. Tình hình kinh tế\nĐẩy mạnh chuyển đổi số"),
    ("thực tiễn vơi các xã", "thực tiễn với các xã"),
])
def test_damage_in_a_short_piece_is_still_repaired(damaged, repaired):
    assert normalize(damaged).text == repaired


def test_a_common_word_is_kept_against_a_place_in_the_dictionary():
    """ "nằm" (lies, is located) is a word on its own (data/common_words.txt): a place's name in the
    dictionary ("Hưng Yên Nam", a commune) is no evidence against it; a term of vocabulary still is."""
    text = "Hưng Yên nằm ở trung tâm Đồng bằng Bắc Bộ, trong vùng kinh tế trọng điểm phía Bắc."
    assert normalize(text).text == text
    assert normalize("Xã nằm ở phía Tây huyện.").text == "Xã nằm ở phía Tây huyện."
    assert normalize("1. Tình hình kinh tế\nĐây mạnh chuyển đổi số").text == "1. Tình hình kinh tế\nĐẩy mạnh chuyển đổi số"


def test_false_repairs_on_clean_genre_text():
    """Whole documents and article-sized pieces of each set of the seed and genre corpora: at most
    one OCR edit per 10,000 syllables (every edit on clean text is a false repair)."""
    sets = evaluation.clean_sets()
    sets.pop("reports", None)      # long, and outside the repository: measured by the evaluation
    for name, docs in sets.items():
        whole = cut = syl = 0
        for _, text, known in docs:
            syl += len(evaluation._SYL.findall(text))
            whole += len(evaluation.false_repairs(text, known))
            cut += sum(len(evaluation.false_repairs(text[s:t], known, s)) for s, t in evaluation.pieces(text))
        assert whole / syl * 1e4 <= 1.0 and cut / syl * 1e4 <= 1.0, (name, whole, cut, syl)


def test_the_confidence_ladder():
    """Every fix stands strictly above the threshold and every suggestion below it, the default
    threshold of the normalizer is the ladder's, and the OCR rules take their confidences from the
    ladder only (no bare number in a rule)."""
    import ast

    from baocao.normalize import NormalizeConfig, ocr

    assert min(ocr.FIXES) > ocr.THRESHOLD > max(ocr.SUGGESTIONS)
    assert NormalizeConfig().threshold == ocr.THRESHOLD
    assert ocr.ocr_edits.__defaults__[0] == ocr.THRESHOLD
    tree = ast.Module([node for path in sorted(Path(ocr.__file__).parent.glob("*.py"))  # every module
                       for node in ast.parse(path.read_text(encoding="utf-8")).body], [])
    bare = [(f.name, node.value) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
            for node in ast.walk(f) if isinstance(node, ast.Constant) and type(node.value) is float]
    assert bare == []


def test_every_ocr_edit_takes_a_step_of_the_ladder():
    from baocao.normalize import ocr

    text = (ROOT / "tests" / "corpus" / "004_12d62f31151c975c.txt").read_text(encoding="utf-8")
    found = ocr.ocr_edits(text) + ocr.ocr_edits("Vừ A Bằng và đạt chuấn, cơ sở nhệm vụ")
    assert {e.confidence for e in found} <= set(ocr.FIXES + ocr.SUGGESTIONS)
    assert {e.rule for e in found} >= {"ocr.place_name", "ocr.context", "ocr.non_word"}
    assert any(e.confidence in ocr.SUGGESTIONS for e in found)


def test_a_second_pass_does_not_judge_a_syllable_cut_from_its_neighbours():
    # the fix of "nãm" is read again in a window that ends after "phát": "phát" without "triển" after
    # it looked like "hình phạt"; a syllable near a window's cut keeps its first-pass reading
    from baocao.normalize import normalize

    n = normalize("cuối nãm 2022 của HĐND thành phố\nđể xem xét tình hình phát triển kinh tế")
    assert "năm" in n.text and "phát triển" in n.text


@pytest.mark.parametrize("name", [
    "Tin và ảnh: Phan Quyền",                     # "phân quyền" is a word, and running text writes it
    "Đồng chí Nguyễn Thị Thanh Hường, Phó Chủ tịch UBND huyện phát biểu.",   # "thanh hương" too
])
def test_a_name_the_dictionary_does_not_know_is_left_alone(name):
    assert normalize(name).text == name


@pytest.mark.parametrize("damaged, repaired", [
    ("tăng cường phan quyền cho cấp xã", "tăng cường phân quyền cho cấp xã"),   # no name: repaired
    ("PHAN QUYỀN CHO CẤP XÃ", "PHÂN QUYỀN CHO CẤP XÃ"),                        # a heading in capitals
    ("đồng chí Phó Bĩ thư Huyện ủy", "đồng chí Phó Bí thư Huyện ủy"),          # report vocabulary
    ("huyện Mường Ảng: kênh tưới nước từ Hồ Ảng Cang", "huyện Mường Ảng: kênh tưới nước từ Hồ Ẳng Cang"),
])
def test_capitalised_damage_of_a_known_word_is_still_repaired(damaged, repaired):
    assert normalize(damaged).text == repaired
