"""The period a sentence's first statement names in its own words holds for the statements after it in the
sentence that name none, in place of the document's. Cases shortened from a genre dev document (176 Đồng
Tháp statistics office: a quarter's report whose budget sentence is of its first 2 months) and from the
long reports (r01 Hưng Yên, a report of December and the year; r02, a report of September and the 9
months: the month's transport, its figures joined by "và" and ";"), with negatives: a next sentence, a
statement in a parenthesis, a target after a result, a statement "đến nay", a lead-in's period."""
from tests.indicator_cases import periods_by_figure


def test_the_first_statements_months_hold_for_the_items_after_a_semicolon():
    # 176: a report of quý I; the budget sentence is of the first two months
    text = ("Tình hình kinh tế - xã hội quý I năm 2014\n\n"
            "Thu ngân sách nhà nước trên địa bàn 2 tháng đầu năm 2014 ước tính đạt 576.407 triệu đồng, so với dự "
            "toán đạt 14,50%; Thu nội địa ước tính đạt 539.946 triệu đồng, đạt 16,14% dự toán; Thuế xuất nhập khẩu "
            "ước tính 36.461 triệu đồng, đạt 5,79% dự toán.\n"
            "Giá trị sản xuất công nghiệp ước đạt 3.000 tỷ đồng.")
    got = periods_by_figure(text, ["576.407 triệu đồng", "539.946 triệu đồng", "36.461 triệu đồng", "3.000 tỷ đồng"])
    assert got["576.407 triệu đồng"] == got["539.946 triệu đồng"] == got["36.461 triệu đồng"] == "2014-01/2014-02"
    assert got["3.000 tỷ đồng"] == "2014-Q1"     # the next sentence: the document's period


def test_the_months_figures_joined_by_va_and_a_semicolon():
    # r01: a report of December and the year; the month's transport
    text = ("Tình hình kinh tế - xã hội tỉnh Hưng Yên tháng 12 và cả năm 2024\n\n"
            "Vận tải hành khách tháng Mười Hai ước đạt 1.730 nghìn lượt người vận chuyển và 90.512 nghìn lượt người "
            "luân chuyển; doanh thu vận tải hành khách ước đạt 85 tỷ đồng, tăng 6,09%. Tính chung cả năm 2024, "
            "doanh thu vận tải hành khách ước đạt 1.020 tỷ đồng.")
    got = periods_by_figure(text, ["1.730 nghìn", "90.512 nghìn", "85 tỷ đồng", "1.020 tỷ đồng"])
    assert got["1.730 nghìn"] == got["90.512 nghìn"] == got["85 tỷ đồng"] == "2024-12"
    assert got["1.020 tỷ đồng"] == "2024"
    # r02: a report of September and the 9 months
    text = ("Tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2025\n\n"
            "Vận tải hàng hóa tháng Chín ước đạt 5,6 triệu tấn vận chuyển và 1.697 triệu tấn luân chuyển; doanh thu "
            "vận tải hàng hóa ước đạt 1.094 tỷ đồng, tăng 13,88%.")
    got = periods_by_figure(text, ["5,6 triệu tấn", "1.697 triệu tấn", "1.094 tỷ đồng"])
    assert set(got.values()) == {"2025-09"}, got


def test_negatives():
    # a target after a result keeps what dates a target
    text = ("Báo cáo kinh tế - xã hội năm 2023\n\n"
            "Thu ngân sách 6 tháng đầu năm 2023 đạt 500 tỷ đồng, phấn đấu cả năm thu đạt 1.200 tỷ đồng.")
    got = periods_by_figure(text, ["500 tỷ đồng", "1.200 tỷ đồng"])
    assert got["500 tỷ đồng"] == "2023-01/2023-06"
    assert got["1.200 tỷ đồng"] != "2023-01/2023-06"
    # a statement that holds "đến nay" is the document's date's
    text = ("Báo cáo kinh tế - xã hội ngày 15/12/2023\n\n"
            "Số xã đạt chuẩn nông thôn mới năm 2020 là 5 xã, đến nay có 9 xã đạt chuẩn.")
    assert periods_by_figure(text, ["5 xã", "9 xã"]) == {"5 xã": "2020", "9 xã": "2023"}
    # a lead-in's period is not replaced
    text = ("Báo cáo tháng 3 năm 2021\n\n"
            "Kết quả một số chỉ tiêu chủ yếu quý I năm 2021:\n"
            "Kim ngạch xuất khẩu tháng 3 đạt 85 triệu USD, doanh thu dịch vụ đạt 900 tỷ đồng.")
    got = periods_by_figure(text, ["85 triệu USD", "900 tỷ đồng"])
    assert got["85 triệu USD"] == "2021-03"
    assert got["900 tỷ đồng"] != "2021-03"
