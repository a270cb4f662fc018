"""Sentence boundaries robust to the genre's abbreviations and numbers."""
from __future__ import annotations

import pytest

import baocao
from baocao.structure import sentences
from baocao.structure._rules import load


def split(text):
    return [text[a:b] for a, b in sentences.split(text)]


@pytest.mark.parametrize("abbr", load("sentences").abbreviations)
def test_every_abbreviation_keeps_the_sentence(abbr):
    text = f"Tham dự có {abbr}. Nguyễn Văn An và đại biểu các xã. Hội nghị kết thúc."
    assert split(text) == [f"Tham dự có {abbr}. Nguyễn Văn An và đại biểu các xã.", "Hội nghị kết thúc."]


@pytest.mark.parametrize("text,expected", [
    ("Đạt 1.629 hộ. Tăng 5,61%/năm.", ["Đạt 1.629 hộ.", "Tăng 5,61%/năm."]),
    ("Sản lượng 24.441 triệu đồng, tăng 5,61 lần. 2024 là năm bản lề.",
     ["Sản lượng 24.441 triệu đồng, tăng 5,61 lần.", "2024 là năm bản lề."]),
    ("Trà San tuyết P.H 14; trà xanh. Huyện có 10 sản phẩm.",
     ["Trà San tuyết P.H 14; trà xanh.", "Huyện có 10 sản phẩm."]),
    ("Hoạt động hiệu quả¹. Triển khai nhiều mô hình²³. Kết quả tốt.",
     ["Hoạt động hiệu quả¹.", "Triển khai nhiều mô hình²³.", "Kết quả tốt."]),
    ("Ông nói: “Phải làm ngay.” Sau đó hội nghị bế mạc.",
     ["Ông nói: “Phải làm ngay.”", "Sau đó hội nghị bế mạc."]),
    ("Các điểm tiểu cảnh ... làm thay đổi diện mạo. Đã đưa 4.130. bài lên mạng.",
     ["Các điểm tiểu cảnh ... làm thay đổi diện mạo.", "Đã đưa 4.130. bài lên mạng."]),
    ("Xã đạt chuẩn NTM (năm 2016). Búng Lao đạt năm 2020!", ["Xã đạt chuẩn NTM (năm 2016).",
                                                              "Búng Lao đạt năm 2020!"]),
    ("II. KẾT QUẢ ĐẠT ĐƯỢC", ["II. KẾT QUẢ ĐẠT ĐƯỢC"]),
])
def test_boundaries(text, expected):
    assert split(text) == expected


def test_report_sentences_cover_running_text_only():
    text = ("1. Kinh tế\n\nĐàn bò 8.985 con. TP. Điện Biên Phủ hỗ trợ 2 tỷ đồng¹.\n\n"
            "¹ Trong đó 1 tỷ đồng giống.\n\nSTT\tChỉ tiêu\tKết quả\n1\tĐộ che phủ\t34%\n")
    r = baocao.parse(text)
    assert [r.sentence_text(s.index) for s in r.sentences] == [
        "1. Kinh tế", "Đàn bò 8.985 con.", "TP. Điện Biên Phủ hỗ trợ 2 tỷ đồng¹."]
    assert [(x.text, x.sentence) for x in r.records] == [
        ("8.985 con", 1), ("2 tỷ đồng", 2), ("¹ Trong đó 1 tỷ đồng giống.", 2), ("1 tỷ đồng", 2),
        ("34%", None)]
    assert r.sentence_at(text.index("Điện")).index == 2 and r.sentence_at(0).section == 0


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from baocao.structure.lines import _SPACE  # noqa: E402

_PIECES = ["1.", "1. A", "II.", "TP.", "Th.S", "A", "đạt", "5,61%", "1.629", " ", "  ", "\t", "\u00a0",
           ".", "...", "…", "!", "?", "”", ")", "⁶", "(", "“", "-", "Tăng", "a.", "x", "\r"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=2), max_size=14).map("".join),
       st.text(" ab", max_size=3))
def test_split_line_is_split_for_a_line_without_spaces_at_its_ends(line, before):
    line = line.replace("\n", " ").strip(_SPACE)
    text = before + line
    start, end = len(before), len(text)
    assert sentences.split_line(text, start, end) == list(sentences.split(text, start, end))
