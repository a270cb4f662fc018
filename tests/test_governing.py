"""What governs a statement from outside its sentence: the document's period, lead-in clauses."""
import pytest

import baocao
from baocao.resolve.governing import _opening, document_period, lead_ins, periods_of, with_year


@pytest.mark.parametrize("title,label", [
    ("Báo cáo kinh tế xã hội tháng 10 và 10 tháng năm 2023 tỉnh Cao Bằng", "2023-01/2023-10"),
    ("TÌNH HÌNH KINH TẾ - XÃ HỘI TỈNH ĐIỆN BIÊN THÁNG 9 VÀ 9 THÁNG NĂM 2024", "2024-01/2024-09"),
    ("TÌNH HÌNH KINH TẾ - XÃ HỘI TỈNH ĐIỆN BIÊN THÁNG 5 NĂM 2024", "2024-05"),
    ("Bắc Giang dẫn đầu cả nước về tăng trưởng GRDP quý I/2025", "2025-Q1"),
    ("Họp báo công bố số liệu thống kê kinh tế - xã hội năm 2023 của tỉnh Bến Tre", "2023"),
])
def test_the_title_names_the_document_period(title, label):
    r = baocao.parse(f"{title}\n\nLúa mùa thu hoạch được 12.718 ha, tăng 2%.")
    assert document_period(r).label == label


def test_the_opening_after_a_date_line_names_it_and_a_later_paragraph_does_not():
    r = baocao.parse("06/07/2022 - 19:30\n\nHậu Giang: Tăng trưởng kinh tế dẫn đầu khu vực\n\n"
                     "(CT) - Trong 6 tháng đầu năm 2022, tỉnh đạt tốc độ tăng trưởng kinh tế 11%.")
    assert document_period(r).label == "2022-01/2022-06"
    text = "Tin tức\n\nKinh tế\n\nThời sự\n\nNăm 2023 GRDP tăng 7%."
    assert _opening(text) == text.index("Năm")     # the later paragraph is no part of the opening …
    r = baocao.parse(text)
    assert document_period(r).label == "2023"      # … but, the opening naming no period, the body's lead dates it


def test_a_constant_price_base_year_governs_no_figure():
    r = baocao.parse("GRDP theo giá so sánh năm 2010 đạt 11.423,4 tỷ đồng.")
    assert [p.text for p in r.periods] == ["năm 2010"]        # what is written is a year …
    assert periods_of(r) == [] and document_period(r) is None  # … that no figure holds over


def test_a_period_without_its_year_takes_the_given_one():
    recs = [r for r in baocao.extract("8 tháng đầu năm; quý I; tháng 12; năm 2023; giai đoạn 2021-2025")]
    assert [with_year(p, 2024) for p in recs] == ["2024-01/2024-08", "2024-Q1", "2024-12", "2023", "2021-2025"]
    assert [with_year(p, None) for p in recs][:2] == ["01/08", "Q1"]


def test_a_lead_in_frames_and_dates_its_paragraph_only():
    text = ("Tình hình kinh tế của tỉnh tiếp tục ổn định.\n\n"
            "Kết quả một số chỉ tiêu chủ yếu ước năm 2023:\n- GRDP tăng 7,61%.\n- Dịch vụ tăng 8,33%.\n\n"
            "Năm 2024 GRDP tăng 7%.")
    r = baocao.parse(text)
    (x,) = lead_ins(r)
    assert (x.framing, x.period.label) == ("estimate", "2023")
    assert "8,33%" in text[x.start:x.end] and "7%." not in text[x.start:x.end]


@pytest.mark.parametrize("clause,framing", [
    ("Mục tiêu phấn đấu năm 2025:", "target"),
    ("Tiến độ thu hoạch ước tính đến ngày 15/10/2023:", "estimate"),
    ("Một số chỉ tiêu chủ yếu năm 2023 như sau:", None),
])
def test_lead_in_framing(clause, framing):
    r = baocao.parse(f"{clause} lúa mùa thu hoạch được 12.718 ha.")
    found = lead_ins(r)
    assert [x.framing for x in found] == ([framing] if framing or found else [])


def test_a_clause_with_a_figure_before_its_colon_is_no_lead_in():
    r = baocao.parse("Thu ngân sách ước đạt 500 tỷ đồng: tăng 5%.")
    assert lead_ins(r) == []


@pytest.mark.parametrize("word", __import__("baocao.resolve._rules", fromlist=["load"]).load("indicators").lead_in_target)
def test_every_lead_in_target_word(word):
    r = baocao.parse(f"Năm 2025, {word} của huyện: thu ngân sách 500 tỷ đồng.")
    assert [x.framing for x in lead_ins(r)] == ["target"]


def test_a_lead_in_of_the_preamble_frames_the_whole_report():
    text = ("Tình hình kinh tế - xã hội năm 2023\n\nTrên cơ sở kết quả 11 tháng, ước tính tháng 12 năm 2023, "
            "Cục Thống kê báo cáo một số chỉ tiêu như sau:\nI. TĂNG TRƯỞNG\n\nGRDP đạt 54.894 tỷ đồng.\n\n"
            "II. NÔNG NGHIỆP\n\nSản lượng lúa đạt 638,8 ngàn tấn.")
    r = baocao.parse(text)
    (x,) = lead_ins(r)
    assert x.framing == "estimate" and x.end == len(text)
    assert [i.framing for i in r.indicators] == ["estimate", "estimate"]


def test_a_period_without_its_year_in_the_opening_takes_the_year_after_its_comparison_base():
    r = baocao.parse("Theo số liệu công bố, 6 tháng đầu năm, GRDP ước tính tăng 3,02% so với cùng kỳ năm 2023."
                     "\n\nTổng doanh thu bán lẻ hàng hóa đạt 29.232,75 tỷ đồng.")
    assert [(i.name, i.period, i.period_source) for i in r.indicators] == [
        ("GRDP", "2024-01/2024-06", "clause"), ("Tổng doanh thu bán lẻ hàng hóa", "2024-01/2024-06", "document")]
