"""normalize(): case files, invariants (ftfy-style), and the measured goals of the normalizer issue."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

import baocao
from baocao.normalize import STEPS, NormalizeConfig, apply_edits, normalize

CASES = yaml.safe_load((Path(__file__).with_name("cases") / "normalize.yaml").read_text(encoding="utf-8"))


def _invariants(original: str, n) -> None:
    assert apply_edits(original, n.edits) == n.text
    assert all(original[e.start:e.end] == e.before and e.before != e.after for e in n.edits)
    assert all(e.rule in STEPS for e in n.edits + n.suggestions)
    assert normalize(n.text).edits == ()          # idempotent: nothing left to fix


@pytest.mark.parametrize("case", CASES["positive"], ids=[c["label"] for c in CASES["positive"]])
def test_positive(case):
    n = normalize(case["original"])
    assert n.text == case["clean"]
    assert [e.rule for e in n.edits] == case["rules"]
    _invariants(case["original"], n)


@pytest.mark.parametrize("case", CASES["negative"], ids=[c["label"] for c in CASES["negative"]])
def test_negative(case):
    config = NormalizeConfig(tone_style=case.get("tone_style", "new"))
    n = normalize(case["text"], config)
    assert n.text == case["text"], n.explain()
    assert n.edits == ()


def test_every_rule_has_a_case():
    rules = {r for c in CASES["positive"] for r in c["rules"]}
    assert rules == set(STEPS)


def test_offsets_map_back_to_the_original():
    original = "Ðiện\u00a0Biên: thị trần Mường Ấng, hoà\u200b bình"
    n = normalize(original)
    i = n.text.index("Mường Ảng")
    s, e = n.span_to_original(i, i + len("Mường Ảng"))
    assert original[s:e] == "Mường Ấng"
    s, e = n.span_to_original(n.text.index("hòa"), n.text.index("hòa") + 3)
    assert original[s:e] == "hoà"
    assert [n.to_original(k) for k in range(len(n.text) + 1)] == \
        sorted(n.to_original(k) for k in range(len(n.text) + 1))


def test_threshold_keeps_weak_fixes_as_suggestions():
    text = "đạt chuấn"                         # context-free guess, confidence 0.8
    assert normalize(text, NormalizeConfig(threshold=0.9)).text == text
    assert normalize(text, NormalizeConfig(threshold=0.9)).suggestions[0].after == "chuẩn"
    assert normalize(text, NormalizeConfig(ocr=False)).edits == ()


def test_explain_lists_every_edit():
    n = normalize("thị trần Mường Ấng")
    lines = n.explain().splitlines()
    assert lines[0].split()[:5] == ["offset", "before", "after", "rule", "conf"]
    assert len(lines) == 1 + len(n.edits)
    assert "ocr.place_name" in lines[2] and "Mường Ảng" in lines[2]


def test_records_keep_the_documents_own_text():
    text = "thu nhập huyện Mường Ấng đạt 02 KHẤU ĐỘT PHÁ và 5,61%/năm"
    recs = baocao.extract(text)
    assert [(r.kind, r.text) for r in recs] == [("quantity", "02 KHẤU"), ("percentage", "5,61%/năm")]
    assert recs[0].unit == "khâu"
    assert [r.kind for r in baocao.extract(text, normalize=False)] == ["percentage"]


def test_not_a_string():
    with pytest.raises(TypeError):
        normalize(b"abc")


# ---- properties --------------------------------------------------------------------------------
PIECES = ["hoà", "thị trần", "Mường Ấng", "\u200b", "\u00a0", "Ð", "\u0301", "\u0323", "a", " ", "\n",
          "chi tiêu", "NQ", "đư", "nợ", "5,61%", "Ẳng", "о", "q", "uỷ", "KHẤU", "đột phá"]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), texts))
# pages of one line, a page break joined on the first pass: the second must find no running footer
@example("éÝÒ\x0cï\x80\x0cï\x80\n\néÝÒ\x0cï\x80")
def test_properties(text):
    n = normalize(text)
    assert apply_edits(text, n.edits) == n.text
    positions = [n.to_original(k) for k in range(len(n.text) + 1)]
    assert positions == sorted(positions) and all(0 <= p <= len(text) for p in positions)
    assert normalize(n.text).text == n.text


# ---- measured goals (evaluation/normalize.py prints the same figures) ---------------------------
import normalize as evaluation  # noqa: E402  (evaluation/ is on sys.path, see conftest.py)


@pytest.fixture(scope="module")
def ocr_004():
    return evaluation.ocr_004()


def test_ocr_004_regression_floor(ocr_004):
    fixed, total, _ = ocr_004
    assert total >= 80 and fixed / total >= 0.78


@pytest.mark.xfail(strict=True, reason="goal of the normalizer issue: 90% of the OCR errors listed "
                   "in tests/cases/ocr_004.yaml; dictionary, running text and the whole document "
                   "reach about 78%: the rest are words neither source knows (cổng, khổ lớn, Bừng "
                   "sáng, Tằng Quái), a word the document spells both ways once (tiêu/tiểu cảnh), "
                   "readings both sources allow (Chuyên hóa, nghi theo, đền địa điểm), or not "
                   "diacritic slips (khoán → khoanh, xây sát → xay xát, Tăng → Từng)")
def test_ocr_004_goal(ocr_004):
    fixed, total, _ = ocr_004
    assert fixed / total >= 0.90


def test_clean_text_is_left_alone():
    changed, total = evaluation.false_changes()
    assert total >= 10_000
    assert changed / total <= 1 / 10_000


@pytest.fixture(scope="module")
def synthetic():
    return evaluation.synthetic()


def test_synthetic_noise_new_errors(synthetic):
    restored, corrupted, new_errors, total = synthetic
    assert corrupted >= 300 and new_errors / total < 0.02 and restored / corrupted >= 0.75


def test_synthetic_noise_goal(synthetic):
    restored, corrupted, _, _ = synthetic
    assert restored / corrupted >= 0.80


# ---- running-text judgement (lm.py) ------------------------------------------------------------
def test_running_text_explains_itself():
    n = normalize("xuất phát từ thực tiễn vơi các xã")
    (e,) = n.edits
    assert e.rule == "ocr.running_text" and e.after == "với"
    assert '"tiễn với các"' in e.why and "times likelier than" in e.why


def test_without_running_text_the_dictionary_decides(monkeypatch):
    """An underthesea without the VLSP text: the pass runs on the dictionary alone."""
    import baocao.normalize.ocr as ocr
    monkeypatch.setattr(ocr, "maybe_model", lambda: None)
    assert normalize("các xã, thị trần Mường Ảng").text == "các xã, thị trấn Mường Ảng"
    assert normalize("xuất phát từ thực tiễn vơi các xã").edits == ()


def test_a_card_written_once():
    """Running text (legal prose) has 'có thể' 160 times and never 'thẻ' (card): its preference for
    'có thể' is a prior, not evidence, so the card written once stays a card."""
    text = "người bệnh có thẻ bảo hiểm y tế được khám miễn phí"
    assert normalize(text).text == text


def test_running_text_model():
    """The model counts pairs across word boundaries and stops at punctuation and numbers."""
    from baocao.normalize.lm import model
    m = model()
    assert m.seen("có", "thể") > 100            # inside a word
    assert m.seen("của", "nhà") > 0             # across a word boundary
    assert m.seen(None, "các") > 0               # a sentence starts with "các"
    assert m.score("trong", "đó", "có") > m.score("trong", "dó", "có") + 8
    assert m.logp("có", "zzz") < m.logp("có", "thể")
    assert "có" in m.frequent and "thẻ" not in m.count


# ---- document-wide evidence and reading order (issue #3) ----------------------------------------
_FILLER = "Huyện tiếp tục đẩy mạnh phát triển kinh tế, giữ vững quốc phòng, an ninh.\n" * 1000


def test_a_word_spelled_right_in_another_chunk_is_evidence():
    """The text is read in chunks of 64K characters; a word written right in one chunk speaks for
    the same word misread in another ("âm thực" alone is only a suggestion)."""
    right = "Lễ hội văn hóa ẩm thực các dân tộc được tổ chức tại sân vận động huyện.\n"
    wrong = "Ngày hội thể thao - âm thực của huyện thu hút đông đảo du khách.\n"
    assert len(_FILLER) > 1 << 16
    n = normalize(right + _FILLER + wrong)
    (e,) = n.edits
    assert (e.before, e.after, e.rule) == ("âm", "ẩm", "ocr.context")
    assert n.text.endswith("thể thao - ẩm thực của huyện thu hút đông đảo du khách.\n")
    n = normalize(_FILLER + wrong)
    assert n.edits == () and [s.after for s in n.suggestions] == ["ẩm"]


def test_a_pairing_the_document_writes_twice_outweighs_one_word_elsewhere():
    text = ("Hộ kinh doanh bán hàng tại chợ trung tâm xã. Lực lượng tại chỗ được củng cố. "
            "Tiểu thương buôn bán tại chợ, đáp ứng nhu cầu của Nhân dân.")
    assert normalize(text).text == text


def test_a_paragraph_cut_by_footnotes_is_read_as_one():
    original = ("Toàn huyện có 02 trạm phát lại truyền thanh khu vực cụm xã, thị\n\n"
                "¹ Số liệu của Phòng Văn hóa và Thông tin huyện.\n\n² Tính đến ngày 31/12/2023.\n\n"
                "trần, 10 trạm truyền thanh không dây.")
    n = normalize(original)
    (e,) = n.edits
    assert (e.before, e.after) == ("trần", "trấn") and original[e.start:e.end] == "trần"
    assert n.text == original.replace("trần,", "trấn,")
    _invariants(original, n)
    # a footnote block after a finished sentence, or before a capital, cuts nothing
    for text in ("Kết quả đạt được.\n\n¹ Ghi chú.\n\ntrần nhà được sửa chữa.",
                 "Đạt được\n\n¹ Ghi chú.\n\nA) Trần nhà"):
        from baocao.normalize.layout import reading_order
        assert reading_order(text) == [(0, len(text))]


def test_evidence_blocks_of_a_very_long_text():
    """A text over 2M characters is judged in blocks of about equal size (memory stays bounded);
    a report is one block."""
    from baocao.normalize import _BLOCK, _blocks
    chunks = [(k * 1000, "x" * 1000) for k in range(5000)]            # 5M characters
    blocks = list(_blocks(iter(chunks), 5_000_000))
    assert [c for b in blocks for c in b] == chunks
    assert len(blocks) == 3 and all(sum(len(p) for _, p in b) <= _BLOCK for b in blocks)
    assert len(list(_blocks(iter(chunks[:100]), 100_000))) == 1
