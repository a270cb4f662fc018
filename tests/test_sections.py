"""Sections: the heading ladder as a tree with paths; list items and numbered paragraphs are not
headings."""
from __future__ import annotations

from pathlib import Path

import pytest

import baocao
from baocao.structure._rules import load
from baocao.structure.sections import classify

DOC = Path(__file__).parent / "corpus" / "004_12d62f31151c975c.txt"

# A report other than the corpus one (a commune party committee's mid-term review).
OTHER = """BÁO CÁO SƠ KẾT GIỮA NHIỆM KỲ

PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT

I. VỀ KINH TẾ

1. Sản xuất nông nghiệp

Tổng diện tích gieo trồng đạt 1.250 ha. TP. Lai Châu hỗ trợ 2 tỷ đồng.

1.1. Trồng trọt

Năng suất lúa đạt 5,2 tấn/ha.

a) Lúa nước

Diện tích 450 ha.

- Về chăn nuôi

Đàn bò có 1.320 con.

(1)- Đàn trâu giảm 3%.

2. Thương mại, dịch vụ: Tổng mức bán lẻ đạt 120 tỷ đồng. Chợ xã hoạt động ổn định.

3. Tăng cường kiểm tra. Xử lý vi phạm kịp thời.

II. VỀ XÃ HỘI

Tỷ lệ hộ nghèo còn 12%.

PHẦN THỨ HAI
PHƯƠNG HƯỚNG NHIỆM VỤ

Phấn đấu thu ngân sách 5 tỷ đồng.

T/M ĐẢNG ỦY
BÍ THƯ
"""


def test_other_report_tree_and_paths():
    r = baocao.parse(OTHER)
    assert [(s.label, s.depth, s.rule) for s in r.sections] == [
        ("BÁO CÁO SƠ KẾT GIỮA NHIỆM KỲ", 1, "heading.caps"),
        ("PHẦN THỨ NHẤT", 1, "heading.part"),
        ("I. VỀ KINH TẾ", 2, "heading.roman"),
        ("1. Sản xuất nông nghiệp", 3, "heading.number"),
        ("1.1. Trồng trọt", 4, "heading.number2"),
        ("a) Lúa nước", 5, "heading.letter"),
        ("- Về chăn nuôi", 6, "heading.ve"),
        ("2. Thương mại, dịch vụ", 3, "heading.number"),
        ("II. VỀ XÃ HỘI", 2, "heading.roman"),
        ("PHẦN THỨ HAI", 1, "heading.part"),
    ]
    assert r.sections[1].title == "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT"
    assert r.sections[9].title == "PHƯƠNG HƯỚNG NHIỆM VỤ"
    paths = {x.text: x.section for x in r.records}
    assert paths["1.250 ha"] == "PHẦN THỨ NHẤT > I. VỀ KINH TẾ > 1. Sản xuất nông nghiệp"
    assert paths["5,2 tấn/ha"] == ("PHẦN THỨ NHẤT > I. VỀ KINH TẾ > 1. Sản xuất nông nghiệp > "
                                   "1.1. Trồng trọt")
    assert paths["1.320 con"].endswith("a) Lúa nước > - Về chăn nuôi")
    assert paths["3%"].endswith("- Về chăn nuôi")  # a (1)- list item opens no section
    assert paths["120 tỷ đồng"].endswith("> 2. Thương mại, dịch vụ")  # a run-in heading
    assert paths["12%"] == "PHẦN THỨ NHẤT > II. VỀ XÃ HỘI"
    assert paths["5 tỷ đồng"] == "PHẦN THỨ HAI"
    # tree links
    one = r.sections[3]
    assert r.sections[one.parent].label == "I. VỀ KINH TẾ" and one.children == [4]
    assert one.content_end == r.sections[7].start
    # "3. Tăng cường kiểm tra. Xử lý …" is a numbered paragraph, not a heading
    assert not any(s.label.startswith("3.") for s in r.sections)


def test_corpus_report_paths():
    r = baocao.parse(DOC.read_text(encoding="utf-8"))
    rec = next(x for x in r.records if x.text == "42.719 con")
    assert rec.section == ("Phần thứ nhất > II- KẾT QUẢ PHÁT TRIỂN KINH TẾ - XÃ HỘI > "
                           "1. Về phát triển kinh tế > 1.1. Cơ cấu lại nông nghiệp gắn với xây dựng "
                           "nông thôn mới")
    labels = [s.label for s in r.sections]
    assert labels.count("Phần thứ nhất") == 1 and labels.count("Phần thứ hai") == 1
    assert [s.label for s in r.sections if s.depth == 2][:5] == [
        "I- KẾT QUẢ THỰC HIỆN 02 KHẤU ĐỘT PHÁ THEO NGHỊ QUYẾT ĐẠI HỘI…",
        "II- KẾT QUẢ PHÁT TRIỂN KINH TẾ - XÃ HỘI", "III- KẾT QUẢ CÔNG TÁC QUỐC PHÒNG - AN NINH",
        "IV- KẾT QUẢ CÔNG TÁC XÂY DỰNG, CHỈNH ĐÓN ĐẢNG VÀ HỆ THỐNG…",
        "V- ĐÁNH GIÁ TỔNG QUÁT, NGUYÊN NHÂN VÀ KINH NGHIỆM"]
    # no (1)- item and none of the eleven numbered paragraphs of "V- CÁC GIẢI PHÁP CHỦ YẾU"
    assert not any(s.heading.startswith("(") for s in r.sections)
    last_part = next(s for s in r.sections if s.label == "V- CÁC GIẢI PHÁP CHỦ YẾU")
    assert last_part.children == []
    assert r.sections[-1].label == "BIỂU KẾT QUẢ" and r.sections[-1].depth == 1
    assert len(r.sections) == 85
    for s in r.sections:
        assert r.original[s.start:s.end] == s.heading


@pytest.mark.parametrize("rung", load("headings").ladder, ids=lambda r: r.rule)
def test_every_rung_of_the_ladder(rung):
    sample = {"part": "Phần thứ ba", "roman": "IV- NHIỆM VỤ", "number": "3. Về văn hóa",
              "number2": "3.2. Y tế", "number3": "3.2.1. Khám chữa bệnh", "letter": "b) Về xã hội",
              "ve": "- Về chủ quan", "paren": "(3) Về phát triển khoa học và công nghệ",
              "star": "* Về kinh tế"}[rung.rule]
    assert classify(sample)[:2] == (rung.rule, rung.rank)


@pytest.mark.parametrize("line", [
    "(1)- Cơ cấu ngành kinh tế đến năm 2030: Nông - lâm nghiệp chiếm 28,5%.",
    "1. Tăng cường sự lãnh đạo của các cấp ủy. Phát huy vai trò tiên phong.",
    "2. Đẩy mạnh phát triển kinh tế.",
    "2025 là năm cuối nhiệm kỳ",
    "1.629 hộ thoát nghèo",
    "a) trong đó có 5 xã",
    "(1) Về kinh tế, tổng sản phẩm tăng 5%.",
    "(2) Thể chế phát triển các yếu tố thị trường còn thiếu. (3) Chủ trương phát triển.",
    "* trong đó có 3 xã",
    "- Tổng đàn gia súc đạt 42.719 con",
    "Tổng đàn gia súc đạt 42.719 con.",
    "T/M BAN CHẤP HÀNH\tBÍ THƯ",
])
def test_not_headings(line):
    assert classify(line) is None


def test_a_block_of_capitals_is_no_heading():
    r = baocao.parse("Thu ngân sách 5 tỷ đồng.\n\nT/M BAN CHẤP HÀNH\nBÍ THƯ\n\nNguyễn Văn A\n")
    assert r.sections == ()


# ---- headings that run into their paragraph (text taken from PDFs by other tools) ------------

RUN_IN = (
    "BÁO CÁO TỔNG KẾT\n\n"
    "Báo cáo được kết cấu thành 2 mục sau:\n\n"
    "I- Bối cảnh thế giới và trong nước tác động đến đổi mới.\n\n"   # the outline: no headings
    "II- Sự phát triển nhận thức lý luận của Đảng qua 40 năm.\n\n"
    "Công tác xây dựng Đảng được đặt đúng vị trí, khẳng định vai trò của Đảng. Vai trò của Nhà "
    "nước Việt Nam và của Nhà nước pháp quyền ở Việt Nam tăng 5%. Nghị quyết Đại hội "
    "XIII. Thi hành kỷ luật 1.624 tổ chức đảng. I- KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG 1.1. BỐI CẢNH "
    "THẾ GIỚI Những năm cuối thập kỷ 80, Đảng ta đổi mới. 1.2. Về xây dựng Nhà nước pháp quyền "
    "xã hội chủ nghĩa Việt Nam Qua 40 năm đổi mới, Nhà nước được hoàn thiện. a) Thành tựu Thứ "
    "nhất, Đảng lãnh đạo toàn diện. Có 3 nội dung: i) Khẳng định Dân là gốc. b) Hạn chế\n\n"
    "Nhà nước còn chậm đổi mới. II- PHƯƠNG HƯỚNG, NHIỆM VỤ\n\n"
    "1. Phương hướng Trước yêu cầu mới, Đảng tiếp tục đổi mới. 2. Nhiệm vụ, giải pháp 2.1. Tăng "
    "cường xây dựng Đảng về chính trị Kiên định, vận dụng sáng tạo. Nhà nước tăng 3. Nhà nước "
    "đổi mới.\n")


def test_headings_running_into_their_paragraph():
    r = baocao.parse(RUN_IN)
    assert [s.heading for s in r.sections] == [
        "BÁO CÁO TỔNG KẾT",
        "I- KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG",
        "1.1. BỐI CẢNH THẾ GIỚI",
        "1.2. Về xây dựng Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam",
        "a) Thành tựu",
        "b) Hạn chế",
        "II- PHƯƠNG HƯỚNG, NHIỆM VỤ",
        "1. Phương hướng",
        "2. Nhiệm vụ, giải pháp",
        "2.1. Tăng cường xây dựng Đảng về chính trị"]
    assert r.sections[5].path == ("BÁO CÁO TỔNG KẾT > I- KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG > "
                                  "1.2. Về xây dựng Nhà nước pháp quyền xã hội chủ nghĩa Việt… > b) Hạn chế")
    for s in r.sections:
        assert RUN_IN[s.start:s.end] == s.heading
    # the figures after a run-in heading sit under it
    assert [x.section for x in r.records if x.text == "5%"] == ["BÁO CÁO TỔNG KẾT"]


def test_run_in_look_alikes_are_not_headings():
    r = baocao.parse(RUN_IN)
    heads = [s.heading for s in r.sections]
    # the outline ending in full stops, a Roman numeral ending a sentence, an item i) of a list,
    # and a number out of sequence ("3." after "2.1." with no "3." expected there) stay text
    assert not any(h.startswith(("I- Bối cảnh", "II- Sự phát triển", "XIII.", "i)", "3."))
                   for h in heads)


def test_a_report_with_heading_lines_keeps_its_numbered_paragraphs():
    # headings on lines of their own: a numbered paragraph with a capital name inside is no
    # heading that runs in ("… cấp ủy Đảng đối với …")
    text = ("I- KẾT QUẢ\n\n1. Về kinh tế\n\nTăng 5%.\n\nV- CÁC GIẢI PHÁP CHỦ YẾU\n\n"
            "1. Tăng cường sự lãnh đạo của các cấp ủy Đảng đối với hệ thống chính trị. Phát huy "
            "vai trò tiên phong.\n")
    assert [s.heading for s in baocao.parse(text).sections] == [
        "I- KẾT QUẢ", "1. Về kinh tế", "V- CÁC GIẢI PHÁP CHỦ YẾU"]


@pytest.mark.parametrize("word", load("headings").title_not_last)
def test_a_title_never_ends_with_a_linking_word(word):
    # the first line of a paragraph a PDF wrapped there, not a title
    assert classify(f"b) Tỷ lệ người dân được hỏi đã sử dụng cổng dịch vụ công {word}") is None
    assert classify("b) Tỷ lệ người dân được hỏi đã sử dụng cổng dịch vụ công")[:2] == ("letter", 5)


def test_pdf_headings_over_two_lines_and_page_furniture():
    text = ("BÁO CÁO\n1\nPhần mở đầu.\n\fBÁO CÁO\n2\nIII. MỤC TIÊU VÀ CÁC CHỈ TIÊU CỦA NHIỆM KỲ\n"
            "2025 - 2030\n* Về kinh tế\n(1) Tổng sản phẩm trên địa bàn đến năm\n2030 đạt 361 nghìn tỷ "
            "đồng.\na. Với Ban Chấp hành\nBan Chấp hành họp 12 lần.\n")
    r = baocao.parse(text)
    assert [s.heading for s in r.sections] == [
        "III. MỤC TIÊU VÀ CÁC CHỈ TIÊU CỦA NHIỆM KỲ\n2025 - 2030", "* Về kinh tế", "a. Với Ban Chấp hành"]
    assert {e.rule for e in r.edits} >= {"layout.page_number", "layout.running_header",
                                         "layout.line_wrap"}


def test_an_outline_wrapped_over_lines_and_a_quoted_stop_are_no_headings():
    text = ("Báo cáo gồm các mục sau:\nIII- Những thành tựu và hạn chế trong thực tiễn xây dựng\n"
            "Việt Nam.\nIV- Khái quát chung.\n\n3. Sau khi hội hoàn thành việc thanh lý tài sản, "
            "cơ quan quyết định giải thể hội.”\n")
    assert baocao.parse(text).sections == ()


def test_a_title_ending_in_a_full_stop_in_a_block_of_its_own_when_its_number_comes_next():
    text = ("I. Kết quả hoạt động\n\n1. Công tác xây dựng tổ chức:\n\nTổng số hội viên là 116.\n\n"
            "2. Quản lý tài chính của Hiệp hội.\n\nHội viên đóng hội phí đầy đủ.\n\n"
            # out of sequence: "5." after "2."
            "5. Vận động hội viên tham gia các hoạt động xã hội.\n\nHội viên đóng góp 50 tỷ đồng.\n\n"
            # two sentences: a numbered paragraph
            "3. Hiệp hội họp định kỳ. Các hội viên tham dự đầy đủ.\n\nBan Chấp hành họp 12 lần.\n\n"
            # runs on in the next line: a paragraph
            "3. Thường xuyên cải tiến sinh hoạt của Ban Chấp hành.\nViệc này giúp Hiệp hội.\n\n"
            # no paragraph after it: the last item of a list
            "3. Hỗ trợ doanh nghiệp khởi nghiệp.\n\n"
            "II. Phương hướng\n\n1. Chương trình nâng cao năng lực hội viên.\n\nTổ chức hội thảo.\n")
    heads = [s.heading for s in baocao.parse(text).sections]
    assert heads == ["I. Kết quả hoạt động", "1. Công tác xây dựng tổ chức:",
                     "2. Quản lý tài chính của Hiệp hội", "II. Phương hướng",
                     "1. Chương trình nâng cao năng lực hội viên"]


def test_an_outline_of_items_ending_in_full_stops_in_blocks_of_their_own_is_no_heading():
    text = ("Báo cáo gồm 2 mục:\n\nI. Bối cảnh thế giới và trong nước.\n\n"
            "II. Sự phát triển nhận thức lý luận của Đảng.\n\nCông tác xây dựng Đảng tăng 5%.\n")
    assert baocao.parse(text).sections == ()


def test_the_first_line_of_a_numbered_paragraph_wrapped_by_a_pdf_is_no_heading():
    long_item = "c) Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính hiện chỉ đạt 72%"
    for more in ("(chỉ tiêu đề ra là tối thiểu 80%).", "CCHC nhà nước giai đoạn 2021 - 2030.",
                 "hồ sơ trên môi trường điện tử."):
        text = f"I. Hạn chế\n\na) Tỷ lệ hồ sơ đúng hẹn\n\nĐạt 97,4%.\n\nb) Tỷ lệ khác\n\nĐạt 90%.\n\n{long_item}\n{more}\n"
        assert [s.heading for s in baocao.parse(text).sections] == [
            "I. Hạn chế", "a) Tỷ lệ hồ sơ đúng hẹn", "b) Tỷ lệ khác"], more
    # a title whose paragraph opens with a capital word on the next line stays a heading
    text = (f"I. Hạn chế\n\na) Tỷ lệ hồ sơ đúng hẹn\n\nĐạt 97,4%.\n\nb) Tỷ lệ khác\n\nĐạt 90%.\n\n"
            f"{long_item}\nChỉ tiêu đề ra là tối thiểu 80%.\n")
    assert [s.heading for s in baocao.parse(text).sections][-1] == long_item
