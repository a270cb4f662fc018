"""Footnotes: markers linked to their bodies, exponents left alone, problems reported, and the
figures of a body tied to the sentence its anchor marks."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import baocao
from baocao.structure._rules import load

DOC = Path(__file__).parent / "corpus" / "004_12d62f31151c975c.txt"
SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def sup(n: int) -> str:
    return str(n).translate(SUP)


@pytest.fixture(scope="module")
def report():
    return baocao.parse(DOC.read_text(encoding="utf-8"), doc=str(DOC))


def test_corpus_report_links_footnotes_1_to_52(report):
    text = report.original
    assert [f.marker for f in report.footnotes] == list(range(1, 53))
    assert report.footnote_problems == ()
    for f in report.footnotes:
        assert f.anchor_start is not None, f.marker
        anchor = text[f.anchor_start:f.anchor_end]
        assert anchor in (sup(f.marker), f"⁽{sup(f.marker)}⁾"), (f.marker, anchor)
        assert f.anchor_start < f.start  # the anchor comes before its body
        line_start = text.rfind("\n", 0, f.anchor_start) + 1
        assert f.anchor_start > line_start  # in running text, not at the start of a line
        assert text[f.start:f.end] == f.text and f.text.startswith(sup(f.marker))
        assert text[f.body_start:f.body_start + len(f.body)] == f.body
        assert text.rfind("\n", 0, f.start) + 1 == f.start  # a body starts its line
    # the one parenthesised marker of the report
    assert text[report.footnotes[51].anchor_start:report.footnotes[51].anchor_end] == "⁽⁵²⁾"


def test_corpus_report_every_superscript_is_a_marker_or_an_exponent(report):
    text = report.original
    marks = {f.anchor_start for f in report.footnotes} | {f.start for f in report.footnotes}
    digits = "⁰¹²³⁴⁵⁶⁷⁸⁹"
    exponents = []
    i = 0
    while i < len(text):
        if text[i] in digits or text[i] == "⁽":
            j = i
            while j < len(text) and (text[j] in digits or text[j] in "⁽⁾"):
                j += 1
            if i not in marks:
                exponents.append(text[max(0, i - 2):j])
            i = j
        else:
            i += 1
    # m² once, m³ five times: every superscript that is no footnote marker is a unit exponent
    assert sorted(exponents) == sorted([" m²", " m³", "0m³", " m³", "0m³", " m³"])


def test_figures_in_a_body_carry_the_footnote_and_the_anchor_sentence(report):
    six = report.footnotes[5]
    assert six.body.startswith("Trong đó: Đàn trâu 4.230 con")
    inside = [r for r in report.records if r.kind == "quantity" and six.start <= r.start < six.end]
    assert [r.text for r in inside] == ["4.230 con", "8.985 con", "3.244 con", "26.260 con"]
    assert {r.footnote for r in inside} == {6}
    assert {r.sentence for r in inside} == {six.sentence}
    assert report.sentence_text(six.sentence).startswith("Tổng đàn gia súc đạt 42.719 con")
    assert {r.section for r in inside} == {six.section}
    assert six.section.endswith("1.1. Cơ cấu lại nông nghiệp gắn với xây dựng nông thôn mới")
    # body 52 sits under 2.1 of Phần thứ hai, its anchor under 1.6: the records follow the anchor
    fifty_two = report.footnotes[51]
    assert fifty_two.section.endswith("1.6. Đầu tư công và thu hút đầu tư phát triển; phát triển…")
    # no record outside a body says it is in one
    bodies = [(f.start, f.end) for f in report.footnotes]
    for r in report.figures:
        assert (r.footnote is not None) == any(s <= r.start < e for s, e in bodies)


@pytest.mark.parametrize("base", load("footnotes").exponent_bases)
@pytest.mark.parametrize("mark", load("footnotes").exponent_markers)
def test_every_exponent_base(base, mark):
    text = f"Diện tích 1.500 {base}{mark} và 60{base}{mark}, đạt kế hoạch¹.\n\n¹ Theo báo cáo.\n"
    r = baocao.parse(text)
    assert [(f.marker, text[f.anchor_start]) for f in r.footnotes] == [(1, "¹")]
    assert r.footnote_problems == ()


def test_a_word_ending_in_m_keeps_its_marker():
    text = "Trong năm² huyện có 12 xã đạt chuẩn¹.\n\n¹ Xã A, xã B.\n² Theo kế hoạch năm.\n"
    r = baocao.parse(text)
    assert [(f.marker, text[f.anchor_start:f.anchor_end]) for f in r.footnotes] == [(1, "¹"), (2, "²")]
    # ² is anchored before ¹: the numbers skip, then go backwards
    assert [p.kind for p in r.footnote_problems] == ["skipped", "out_of_order"]


def test_problems_are_reported_not_dropped():
    text = ("Thu ngân sách đạt 20 tỷ đồng¹, chi 18 tỷ đồng³. Vốn vay 5 tỷ đồng³ và "
            "giải ngân 100%⁵.\n\n¹ Trong đó thu thuế 12 tỷ đồng.\n³ Chi thường xuyên 15 tỷ đồng.\n"
            "⁴ Dư nợ 9 tỷ đồng.\n")
    r = baocao.parse(text)
    got = [(p.kind, p.marker) for p in r.footnote_problems]
    # body ³ links to the nearer ³ anchor; the first one is left without a body
    assert got == [("anchor_without_body", 3), ("skipped", 3), ("repeated", 3),
                   ("anchor_without_body", 5), ("skipped", 5), ("body_without_anchor", 4)]
    assert [f.marker for f in r.footnotes] == [1, 3, 4]
    four = r.footnotes[2]
    assert four.anchor_start is None and four.confidence < 1
    assert [x.footnote for x in r.records if x.text == "9 tỷ đồng"] == [4]
    for p in r.footnote_problems:
        assert text[p.start] in "¹³⁴⁵"


def test_numbering_that_restarts_per_chapter_links_each_body_to_the_anchor_before_it():
    text = ("Chương I có 3 xã¹.\n\n¹ Xã A.\n\nChương II có 5 bản¹.\n\n¹ Bản B.\n")
    r = baocao.parse(text)
    anchors = [text[f.anchor_start - 2:f.anchor_start] for f in r.footnotes]
    assert anchors == ["xã", "ản"]
    # numbering that starts again at 1 after a block of bodies is a style, not a problem
    assert r.footnote_problems == ()
    # a 1 anchored twice with no body between is still reported
    twice = baocao.parse("Có 3 xã¹ và 5 bản¹.\n\n¹ Xã A.\n")
    assert [p.kind for p in twice.footnote_problems] == ["anchor_without_body", "repeated"]


def test_bracket_markers_only_with_bodies():
    text = "Doanh thu đạt 3 tỷ đồng [1]; mục [2] của kế hoạch.\n\n[1] Báo cáo của UBND huyện.\n"
    r = baocao.parse(text)
    assert [(f.marker, text[f.anchor_start:f.anchor_end], f.rule) for f in r.footnotes] == [
        (1, "[1]", "footnote.bracket")]
    assert r.footnote_problems == ()


def test_footnote_records_in_the_frame(report):
    df = baocao.to_frame(report)
    notes = df[df.kind == "footnote"]
    assert notes["marker"].tolist() == list(range(1, 53))
    assert notes["anchor_start"].notna().all() and notes["body"].str.len().gt(0).all()
    assert (df[df.footnote == 6]["kind"].tolist()
            == ["footnote", "quantity", "quantity", "quantity", "quantity"])


# ---- footnotes as PDF text layers and web pages give them ------------------------------------

PLAIN = (
    "Kinh tế nhà nước giữ vai trò chủ đạo1. Kinh tế tư nhân là động lực quan trọng2, năm 20233 "
    "tăng mạnh. Vai trò của thị trường được coi trọng, từng bước 1 Kinh tế nhà nước đóng góp "
    "30% GDP. 2 Có 940.000 doanh nghiệp. 3 GDP đạt 476 tỉ USD, chỉ số hiệu quả đã được\n\n"
    "hướng tới vai trò quyết định trong xác định giá cả, được nâng hạng1.\n\n"
    "cải thiện thêm 12%.\n\n1 Chỉ số Tự do kinh tế tăng 6 bậc.\n")


def test_plain_digit_markers_with_bodies_run_on_in_a_line_and_numbered_per_page():
    r = baocao.parse(PLAIN)
    got = [(f.marker, f.rule, PLAIN[f.anchor_start - 6:f.anchor_end], f.body[:12]) for f in r.footnotes]
    assert got == [(1, "footnote.plain", "hủ đạo1", "Kinh tế nhà "),
                   (2, "footnote.plain", " trọng2", "Có 940.000 d"),
                   (3, "footnote.plain", "m 20233", "GDP đạt 476 "),
                   (1, "footnote.plain", "g hạng1", "Chỉ số Tự do")]
    assert r.footnote_problems == ()            # numbering restarting per page is no problem
    # the year keeps its value; the marker is no part of any figure
    assert all("20233" not in x.text for x in r.records)
    # the body cut by the page end goes on at the next page foot: its figures are footnote 3's
    more = next(x for x in r.records if x.text == "12%")
    assert more.footnote == 3
    # every span is the original's
    for x in r.records:
        assert PLAIN[x.start:x.end] == x.text


def test_a_glued_number_without_a_body_on_its_page_is_left_alone():
    text = "Năm 20195 có 12 xã đạt chuẩn, tăng thêm2.\n\nTổng số:\n3 Ban chỉ đạo được thành lập.\n"
    r = baocao.parse(text)
    assert r.footnotes == () and r.edits == ()
    # bodies far from any anchor: a count opening a line two pages on is no body
    far = "Đạt kết quả tích cực1." + " Câu văn tiếp theo." * 400 + "\n\n1 Ban chỉ đạo họp.\n"
    assert baocao.parse(far).footnotes == ()


def test_numbers_in_tables_are_not_markers():
    text = ("BIỂU\nSTT\tChỉ tiêu\tNăm 2023\n1\tThu ngân sách xã2\t20233\n2\tDân số\t5.000\n\n"
            "2 Theo số liệu của Cục Thống kê.\n")
    r = baocao.parse(text)
    assert all(f.anchor_start is None for f in r.footnotes)
    assert [c.text for c in r.tables[0].rows[0].cells] == ["1", "Thu ngân sách xã2", "20233"]


def test_one_body_for_two_anchors():
    text = ("Chấn hưng văn hoá trong thời kỳ mới\"1. Gây hệ luỵ cho môi trường văn hoá2.\n\n"
            "1,2 Nguyễn Phú Trọng: Một số vấn đề lý luận, tr.161.\n")
    r = baocao.parse(text)
    assert [(f.marker, text[f.anchor_start - 3:f.anchor_end]) for f in r.footnotes] == \
        [(1, "ới\"1"), (2, "hoá2")]
    assert {f.body for f in r.footnotes} == {"Nguyễn Phú Trọng: Một số vấn đề lý luận, tr.161."}
    assert r.footnote_problems == ()


def test_parenthesised_markers_glued_to_their_word_and_list_items_that_are_not():
    text = ("Tăng trưởng đạt 8,2%(1), thu hút đầu tư(2). Kết quả nổi bật: (1) Về kinh tế tăng; "
            "(2) Về xã hội ổn định.\n\n(1) Theo số liệu của Cục Thống kê.\n(2) Gồm 12 dự án.\n\n"
            "(3) Về quốc phòng, an ninh giữ vững.\n")
    r = baocao.parse(text)
    got = [(f.marker, f.rule, text[f.anchor_start - 4:f.anchor_end]) for f in r.footnotes]
    assert got == [(1, "footnote.paren", "8,2%(1)"), (2, "footnote.paren", "u tư(2)")]
    # the list item (3) has no glued anchor: running text, not a body
    assert not any(f.marker == 3 for f in r.footnotes)
    assert [x.footnote for x in r.records if x.text == "12 dự án"] == [2]
    # list items alone make no footnote
    assert baocao.parse("Kết quả: (1) Về kinh tế.\n\n(1) Về kinh tế tăng 5%.\n").footnotes == ()


def test_bracket_marker_on_a_line_of_its_own():
    text = ("Diện tích nuôi trồng ước đạt 4.856 ha\n[1]\n, giảm 5,04%.\nHết./.\n[1]\n"
            "Diện tích chưa bao gồm nuôi lồng bè\n")
    r = baocao.parse(text)
    [f] = r.footnotes
    assert text[f.anchor_start:f.anchor_end] == "[1]" and f.anchor_start == text.index("[1]")
    assert f.body == "Diện tích chưa bao gồm nuôi lồng bè"
    assert [x.text for x in r.records if x.kind == "quantity"] == ["4.856 ha"]


def test_superscript_markers_restarting_on_each_form_feed_page():
    text = ("Vốn đạt 28 tỷ đồng¹, tăng 5%².\n\n¹ Năm 2020.\n² Theo Sở Tài chính.\n\f"
            "Có 42.719 con bò¹.\n\n¹ Trong đó: Đàn trâu 4.230 con.\n")
    r = baocao.parse(text)
    assert [(f.marker, 1 + text.count("\f", 0, f.anchor_start)) for f in r.footnotes] == \
        [(1, 1), (2, 1), (1, 2)]
    assert r.footnote_problems == ()


_PIECES = ["năm", "20195", "2019", "đổi mới12", "tăng", "5%", "đạt 28 tỷ đồng", "XIII1", "Đảng",
           "chủ đạo1", "2", "1", "3 dự án", ", ", ". ", " ", "\n\n", "\n", "1 Ban chỉ đạo",
           "2 Theo số liệu", "1,2 Nguyễn Phú Trọng", "(1)", "[1]", "\t", "\f", "m2", "có 1 Uỷ viên"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_plain_markers_only_restyle_digits_the_bodies_number(pieces):
    from baocao.normalize.edits import apply_edits
    from baocao.normalize.footnote_markers import WHY_BODY, plain_marker_edits

    text = " ".join(pieces)
    edits = plain_marker_edits(text)
    # only digits made superscripts and the spaces before a body made a line break
    assert apply_edits(text, edits).translate(UNSUP).split() == text.split()
    bodies = {n for e in edits if e.why == WHY_BODY for n in _numbers(e.after)}
    for e in edits:
        if e.why != WHY_BODY:  # an anchor: its number has a body
            assert set(_numbers(e.after)) <= bodies, (text, e)
    # parsing never puts a marker inside a figure, and every span is the original's
    r = baocao.parse(text)
    anchors = [(f.anchor_start, f.anchor_end) for f in r.footnotes if f.anchor_start is not None]
    for x in r.records:
        assert text[x.start:x.end] == x.text
        if x.kind != "footnote":
            assert not any(x.start < e and s < x.end for s, e in anchors)


UNSUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _numbers(s: str) -> list[int]:
    import re
    return [int(n) for n in re.findall(r"\d+", s.translate(UNSUP))]


def test_a_year_splits_only_on_the_page_whose_bodies_number_its_marker():
    # page 1 has a body 5, page 2 has none: "20195" on page 2 stays a number
    text = ("Kết quả năm 20195 rất tốt.\n\n5 Theo Cục Thống kê.\n\f"
            "Tổng số năm 20195 được ghi nhận.\n")
    r = baocao.parse(text)
    assert [(f.marker, text[f.anchor_start - 4:f.anchor_end]) for f in r.footnotes] == [(5, "20195")]
    assert r.footnotes[0].anchor_start < text.index("\f")
    second = text.rindex("20195")
    assert r.text[r.offsets.to_clean(second):].startswith("20195")
