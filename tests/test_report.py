"""baocao.parse: offsets stay original, figures equal extract()'s, every data entry is exercised,
and no input makes it crash."""
from __future__ import annotations

import unicodedata

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import baocao
from baocao.core.file_names import names_a_file
from baocao.structure import _rules
from corpus import documents
from test_properties import genre_text

DOCS = list(documents())
ANNOTATIONS = {"section", "sentence", "footnote"}


def _without_inferred_year(d: dict) -> dict:
    """A parsed date as extract gives it: parse only adds the year a year-less date infers."""
    if d.get("year_inferred"):
        rest = [f for f in d["inferred"].split(",") if f != "year"]
        d = dict(d, year=None, year_inferred=False, inferred=",".join(rest) or None)
    return d


@pytest.mark.parametrize("name,text,expected", DOCS, ids=[d[0] for d in DOCS])
def test_parse_keeps_extract_figures_and_offsets(name, text, expected):
    r = baocao.parse(text, doc=name)
    assert r.original == text
    plain = [x.model_dump(exclude=ANNOTATIONS) for x in baocao.extract(text, doc=name)]
    assert [_without_inferred_year(x.model_dump(exclude=ANNOTATIONS)) for x in r.figures] == plain
    for x in r.records:
        assert text[x.start:x.end] == x.text and x.doc == name
    for s in r.sentences:
        assert text[s.start:s.end].strip() == text[s.start:s.end] != ""
    for t in r.tables:
        for c in t.cells:
            assert text[c.start:c.end] == c.raw


def test_decomposed_text_gives_original_offsets():
    nfc = ("1.1. Cơ cấu lại nông nghiệp\n\nTổng đàn gia súc đạt 42.719 con⁶. Tăng 2,5%/năm.\n\n"
           "⁶ Trong đó: Đàn trâu 4.230 con.\n\nSTT\tLĩnh vực\tKết quả\n1\tĐộ che phủ rừng\t34.11%\n")
    nfd = unicodedata.normalize("NFD", nfc)
    a, b = baocao.parse(nfc), baocao.parse(nfd)
    assert [(x.kind, x.section, x.sentence, x.footnote) for x in a.records] == [
        (x.kind, x.section is not None and unicodedata.normalize("NFC", x.section), x.sentence,
         x.footnote) for x in b.records]
    for x in b.records:
        assert nfd[x.start:x.end] == x.text
    note = b.footnotes[0]
    assert nfd[note.anchor_start] == "⁶" and nfd[note.body_start:].startswith(note.body)
    assert [nfd[c.start:c.end] for c in b.tables[0].cells] == ["34.11%"]
    assert nfd[b.sections[0].start:b.sections[0].end] == b.sections[0].heading


def test_to_frame_of_reports():
    a = baocao.parse("Đạt 5%¹.\n\n¹ Gồm 3 xã.\n", doc="a")
    b = baocao.parse("Vốn 28 tỷ đồng.", doc="b")
    df = baocao.to_frame([a, b])
    assert df["doc"].tolist() == ["a", "a", "a", "b"]
    assert df["kind"].tolist() == ["percentage", "footnote", "quantity", "money"]
    assert df["footnote"].tolist() == [pd.NA, 1, 1, pd.NA]
    assert df["sentence"].tolist() == [0, 0, 0, 0]
    assert df["marker"].dropna().tolist() == [1]
    assert baocao.to_frame(a).equals(baocao.to_frame(a.records))


@pytest.mark.parametrize("header", _rules.load("tables").stt_headers)
def test_every_stt_header_makes_a_group_column(header):
    t = baocao.parse(f"{header}\tChỉ tiêu\tKết quả\n3\tĐộ che phủ\t34%\n").tables[0]
    assert [(c.group, c.indicator, c.value) for c in t.cells] == [("3", "Độ che phủ", 34.0)]


@pytest.mark.parametrize("bullet", _rules.load("tables").bullets)
def test_every_bullet_is_dropped_from_names(bullet):
    t = baocao.parse(f"STT\tChỉ tiêu\tKết quả\n1\t{bullet} Độ che phủ\t34%\n").tables[0]
    assert t.cells[0].indicator == "Độ che phủ"


@pytest.mark.parametrize("word", _rules.load("tables").negations)
def test_every_negation_makes_prose(word):
    t = baocao.parse(f"STT\tChỉ tiêu\tKết quả\n1\tXã\t{word} đạt 10 tiêu chí\n").tables[0]
    assert t.cells[0].prose and t.cells[0].value is None


def test_structure_rule_file_errors_name_the_file(tmp_path, monkeypatch):
    (tmp_path / "headings.yaml").write_text(
        "ladder: [{rule: x, rank: 0, pattern: '(['}]\ncaps_rank: 0\nmax_chars: 1\n"
        "run_in_max_chars: 1\nlabel_max_chars: 1\n", encoding="utf-8")
    monkeypatch.setattr(_rules, "DATA", tmp_path)
    _rules.load.cache_clear()
    try:
        with pytest.raises(ValueError, match="headings.yaml"):
            _rules.load("headings")
    finally:
        _rules.load.cache_clear()


PIECES = st.sampled_from(["Phần thứ nhất", "I- ", "1.1. ", "(1)- ", "a) ", "¹", "⁽²⁾", "[3]", "m²",
                          "\t", "STT\t", "\n", "\n\n", "TP. ", "Th.S ", ". ", "KẾT QUẢ"])
structure_text = st.lists(PIECES | genre_text, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(structure_text)
def test_parse_never_crashes_and_keeps_offsets(text):
    if names_a_file(text):   # one word named like a file ("…\\x.md"): a mistake, said at once
        with pytest.raises(ValueError, match="named like a file|is a file"):
            baocao.parse(text)
        return
    r = baocao.parse(text)
    for x in r.records:
        assert text[x.start:x.end] == x.text
    for f in r.footnotes:
        assert text[f.body_start:f.body_start + len(f.body)] == f.body
        assert f.anchor_start is None or text[f.anchor_start:f.anchor_end] != ""
    for s in r.sections:
        assert text[s.start:s.end] == s.heading and s.start <= s.content_end
    for p in r.footnote_problems:
        assert 0 <= p.start < len(text)


def test_report_carries_the_normalizer_edits():
    import baocao
    from baocao.normalize import apply_edits

    original = "Hồ chứa nước Ấng Càng; thị\n\ntrần Mường Ảng đạt 5,61%/năm"
    r = baocao.parse(original)
    assert apply_edits(original, r.edits) == r.text
    assert {e.rule for e in r.edits} >= {"ocr.place_name", "layout.page_break", "ocr.context"}
    assert [x.text for x in r.records] == ["5,61%/năm"]


def test_year_less_dates_take_the_year_nearest_the_documents_date():
    r = baocao.parse("Hà Nội, 07/02/2025 07:36\nSáng 3.2, tại huyện. Ngày 28/12, xã họp. Ngày 29/2 là ngày nghỉ.")
    got = [(x.text, x.year, x.year_inferred, x.inferred) for x in r.records if x.kind == "date"]
    assert got == [("07/02/2025 07:36", 2025, False, None), ("3.2", 2025, True, "year"),
                   ("28/12", 2024, True, "year"), ("29/2", 2024, True, "year")]
    assert r.meta.year == 2025


def test_year_less_dates_stay_year_less_without_a_document_year():
    r = baocao.parse("Chiều nay (19/5), tại huyện. Ngày 22-23.5 họp.")
    got = [(x.text, x.year, x.year_inferred, x.inferred) for x in r.records if x.kind == "date"]
    assert got == [("19/5", None, False, None), ("22", None, False, "month"), ("23.5", None, False, None)]


def test_a_february_29th_in_no_leap_year_near_the_document_keeps_no_year():
    r = baocao.parse("Tin đăng lúc 10/6/2023\nNgày 29/2, huyện họp.")
    assert [(x.text, x.year, x.year_inferred) for x in r.records if x.kind == "date"] == [
        ("10/6/2023", 2023, False), ("29/2", 2024, True)]


def test_report_periods():
    r = baocao.parse("Tình hình kinh tế - xã hội tháng 12 và cả năm 2024\nNăm 2024, thu ngân sách đạt 545 tỷ "
                     "đồng, tăng 5% so với cùng kỳ năm trước.")
    assert [(p.text, p.period_type, p.label) for p in r.periods] == [
        ("tháng 12", "month", "2024-12"), ("cả năm 2024", "year", "2024"), ("Năm 2024", "year", "2024"),
        ("so với cùng kỳ năm trước", "comparison", "same_period_previous_year")]
