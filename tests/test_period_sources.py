"""Indicators take their period from the nearest period that governs them, and say where it was
found (`period_source`): the statement, a clause before it, the sentence's opener, the section
heading, the document's date; a comparison base never governs."""
import baocao


def _inds(text):
    return [(i.name, i.period, i.period_source) for i in baocao.parse(text).indicators if i.kind == "indicator"]


def test_the_statements_own_period():
    assert _inds("Thu ngân sách 6 tháng đầu năm 2025 đạt 300 tỷ đồng.") == [
        ("Thu ngân sách", "2025-01/2025-06", "statement")]


def test_a_sentence_opener():
    assert _inds("Năm 2024, tổng thu ngân sách đạt 545 tỷ đồng.") == [("tổng thu ngân sách", "2024", "sentence")]
    assert _inds("Trong quý II/2025, sản lượng lương thực đạt 12.000 tấn.") == [
        ("sản lượng lương thực", "2025-Q2", "sentence")]


def test_a_clause_before_the_statement():
    got = _inds("Sản xuất ổn định; riêng quý III/2024, sản lượng lương thực đạt 12.000 tấn.")
    assert got == [("sản lượng lương thực", "2024-Q3", "clause")]


def test_the_section_heading():
    text = ("TÌNH HÌNH KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2025\n\n1. Nông nghiệp\n\n"
            "Tổng đàn gia súc đạt 42.719 con, tăng 5% so với cùng kỳ năm trước.\n")
    assert _inds(text) == [("Tổng đàn gia súc", "2025-01/2025-09", "section")]


def test_the_documents_date_else():
    text = "Tin đăng lúc 25-10-2020\nTổng đàn gia súc đạt 42.719 con."
    assert _inds(text) == [("Tổng đàn gia súc", "2020", "document")]
    assert _inds("Tổng đàn gia súc đạt 42.719 con.") == [("Tổng đàn gia súc", None, None)]


def test_a_comparison_base_never_governs():
    text = "Tin đăng lúc 25-10-2021\nSo với năm 2020, tổng đàn gia súc đạt 42.719 con."
    assert _inds(text) == [("tổng đàn gia súc", "2021", "document")]


def test_a_period_ending_the_name_is_no_part_of_it():
    i = baocao.parse("Thu ngân sách 6 tháng đầu năm 2025 đạt 300 tỷ đồng.").indicators[0]
    assert i.name == "Thu ngân sách"


def test_a_table_column_gives_its_year():
    text = ("STT\tChỉ tiêu\tNăm 2024\n1\tTỷ lệ hộ nghèo (%)\t4,5\n")
    inds = [i for i in baocao.parse(text).indicators if i.kind == "indicator"]
    assert [(i.period, i.period_source) for i in inds] == [("2024", "column")]
