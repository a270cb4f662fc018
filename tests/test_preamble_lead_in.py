"""A lead-in in a document's opening governs the whole document only as a preamble, its colon ending its
line with the list on the lines after it (``… Cục Thống kê … báo cáo … như sau:``); a summary whose list
follows its colon on the same line (``Tháng 10/2021, nhiều chỉ tiêu tăng … như: Vốn đầu tư … tăng
10,19%; …``: genre dev 080) governs its paragraph only (resolve/governing.py: lead_ins)."""
from indicator_cases import inds

SUMMARY = ("Tình hình KT-XH tháng 10 và 10 tháng năm 2021\n\n"
           "Tháng 10/2021, nhiều chỉ tiêu tăng trưởng so với cùng kỳ năm trước như: Vốn đầu tư toàn xã hội "
           "tăng 10,19%; Giá trị sản xuất toàn ngành công nghiệp tăng 4,49%.\n\n")


def _periods(text):
    return [(i.value, i.period) for i in inds(text)]


def test_a_summary_with_its_list_on_its_line_governs_its_paragraph_only():
    got = _periods(SUMMARY + "Tổng thu ngân sách địa phương ước đạt 10.578,74 tỷ đồng, đạt 107,74% dự toán giao.")
    assert got == [(10.19, "2021-10"), (4.49, "2021-10"), (10578.74e9, "2021-01/2021-10")]


def test_a_preamble_ending_its_line_governs_the_document():
    text = ("Cục Thống kê tỉnh Hậu Giang báo cáo tình hình kinh tế - xã hội tháng 11 năm 2018 như sau:\n\n"
            "1. Tài chính\n\nTổng thu ngân sách địa phương đạt 525.969 triệu đồng.\n\n"
            "2. Nông nghiệp\n\nSản lượng lúa đạt 120.000 tấn.")
    assert [p for _, p in _periods(text)] == ["2018-11", "2018-11"]
