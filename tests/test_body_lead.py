"""The body's lead dates a document whose opening names no period it reports on (resolve/doc_body.py).

Cases after the layouts of several publishers of the genre dev documents: a news site's headline, date line,
sapo and photo caption (danviet 120), a provincial paper's caption over its report of a session (baobackan
058), a district portal's caption without a stop (cong-ttdt 087), a legal page's register over a resolution's
title (thuvienphapluat 162), a sapo of figures then `Theo đó, từ đầu năm 2024 đến nay, …` (baogialai 156).
Negatives: the news of a congress (a term in the opening), a period a statement starts after (`kể từ`), the
year of a figure (`giảm từ 1.200 hộ năm 2020`), a narrowing of its own sentence (`Riêng năm 2020`), a table's
row, a period after the body's first paragraph of prose or past the lead's bound, a comparison base.
"""
import pytest

import baocao
from baocao.resolve.governing import document_time, label_with_year

from indicator_cases import inds


def _whole(text):
    t = document_time(baocao.parse(text))
    return label_with_year(t.whole, t.year) if t.whole is not None else None


LONG = ("Tỉnh đã tập trung chỉ đạo các ngành, các địa phương thực hiện đồng bộ các giải pháp phát triển kinh tế - "
        "xã hội, bảo đảm quốc phòng, an ninh")


@pytest.mark.parametrize("text, label", [
    ("Tăng trưởng GDP 6 tháng đạt 6,76%\n\n28/06/2019 10:06 GMT+7\nTốc độ tăng trưởng GDP 6 tháng thấp hơn cùng kỳ "
     "năm trước 0,29 điểm phần trăm.\n\nẢnh minh họa.\n\nTại báo cáo tình hình kinh tế - xã hội quý II và 6 tháng đầu "
     "năm ngày 28/6, Tổng cục Thống kê cho biết, tổng sản phẩm trong nước (GDP) 6 tháng đầu năm tăng 6,76%.",
     "2019-01/2019-06"),
    ("Quang cảnh Phiên họp.\n\nTheo báo cáo, kinh tế - xã hội của tỉnh 6 tháng đầu năm đạt khá, tốc độ tăng trưởng "
     "kinh tế dự ước 6 tháng đầu năm 2025 đạt 8,2%. Trong đó, khu vực dịch vụ đạt 8,6%.", "2025-01/2025-06"),
    ("Đoàn công tác HĐND tỉnh khảo sát tại huyện Trà Lĩnh\n          Ngày 15/11, Đoàn công tác HĐND tỉnh đã đến khảo "
     "sát tình hình phát triển kinh tế - xã hội tại huyện Trà Lĩnh.\n\n\nĐoàn công tác HĐND tỉnh làm việc tại huyện "
     "Trà Lĩnh\n\n          Trong năm 2019, tình hình kinh tế - xã hội của huyện được duy trì ổn định, ước thực hiện "
     "hoàn thành 24/30 chỉ tiêu. Thu ngân sách đạt 130,339 tỷ đồng.", "2019"),
    ("Nghị quyết 73/NQ-HĐND 2017 phê chuẩn Tổng quyết toán ngân sách địa phương Hà Tĩnh\n\nSố hiệu: 73/NQ-HĐND Loại "
     "văn bản: Nghị quyết\nNơi ban hành: Tỉnh Hà Tĩnh Người ký: Lê Đình Sơn\nNgày ban hành: 13/12/2017 Ngày hiệu lực: "
     "Đã biết\nNgày công báo: Đang cập nhật Số công báo: Đang cập nhật\nTình trạng: Đã biết\n\nHỘI ĐỒNG NHÂN DÂN\n "
     "TỈNH HÀ TĨNH\n\nSố: 73/NQ-HĐND\n\nHà Tĩnh, ngày 13 tháng 12 năm 2017\n\nNGHỊ QUYẾT\n\nPHÊ CHUẨN TỔNG QUYẾT TOÁN "
     "NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2016\n\nĐiều 1. Tổng thu ngân sách đạt 10.000 tỷ đồng.", "2016"),
    ("Tổng thu ngân sách nhà nước trên địa bàn huyện Chư Pưh từ đầu năm đến nay thực hiện hơn 285,3 tỷ đồng, tăng "
     "68,4 tỷ đồng so với cùng kỳ năm 2023.\n\nTheo đó, từ đầu năm 2024 đến nay, tình hình phát triển kinh tế-xã hội "
     "của huyện đạt được những kết quả đáng phấn khởi. Tổng vốn đầu tư thực hiện trên 108,5 tỷ đồng.", "2024"),
])
def test_the_bodys_lead_names_the_period_an_opening_does_not(text, label):
    assert _whole(text) == label


@pytest.mark.parametrize("text", [
    # the news of a congress: its body reviews the term
    "Đại hội đại biểu Đảng bộ huyện lần thứ VI, nhiệm kỳ 2020 – 2025 khai mạc.\n\nNăm 2020, thu ngân sách đạt 165 tỷ đồng.",
    # … its term named in the body's lead only
    "Ngày 17/1, Đảng bộ xã tổ chức Đại hội.\n\nNăm 2018, xã hoàn thành 19/19 tiêu chí.\n\nTại Đại hội, các đại biểu đã "
    "thống nhất đề ra một số chỉ tiêu cho nhiệm kỳ 2020 – 2025, gồm thu ngân sách hàng năm tăng trên 11%.",
    # a period a statement starts after
    "Kinh tế Đà Nẵng phục hồi nhanh.\n\nNgày 6/7, Cục Thống kê thông tin, tình hình kinh tế - xã hội thành phố khởi "
    "sắc trên nhiều lĩnh vực kể từ cuối quý I năm 2022. Thu ngân sách đạt 5 tỷ đồng.",
    # the year of a figure right before it (an old level)
    "Tin kinh tế của tỉnh.\n\nSố hộ nghèo giảm từ 1.200 hộ năm 2020 còn 800 hộ.",
    "Nông - Lâm nghiệp\nLượt xem: 152\nTài nguyên đất rừng là thế mạnh của tỉnh.\n\nThu nhập bình quân đạt từ 3,6 triệu đồng năm 2006 lên 7,5 triệu đồng; sản lượng lương thực "
    "đạt 448 kg/người năm 2010.",
    # a narrowing of its own sentence
    "Tin tức.\n\nXã tổ chức hội nghị. Riêng năm 2020, thu ngân sách đạt 380 tỷ đồng.",
    # a table's row
    "Kinh tế của tỉnh tiếp tục phát triển ổn định.\n\nGiá trị sản xuất | Năm 2019, giá trị sản xuất công nghiệp: "
    "45.033 tỷ đồng |\n",
    # after the body's first paragraph of prose, past the lead's bound
    f"Quang cảnh Phiên họp.\n\n{LONG}.\n\nNăm 2020, thu ngân sách đạt 380 tỷ đồng.",
    f"Quang cảnh Phiên họp.\n\n{LONG}, " + "xây dựng hệ thống chính trị vững mạnh, " * 8
    + "trong năm 2020, thu ngân sách đạt 380 tỷ đồng.",
    # a comparison base
    "Trà hoa vàng là sản phẩm nổi bật của tỉnh.\n\nVới tốc độ tăng trưởng kinh tế đạt 6,33% so với năm 2022, tỉnh xếp "
    "thứ 6 trong vùng.",
])
def test_the_bodys_lead_gives_no_period_the_document_does_not_report_on(text):
    assert _whole(text) is None


def test_a_level_of_the_quarter_before_is_relative_to_the_statement_it_is_compared_with():
    # 057: in a report on six months (the body's lead), "của quý trước" is the quarter before the sentence's
    # quarter, not before the document's six months
    text = ("Kinh tế phục hồi nhanh.\n\nTrong 6 tháng đầu năm 2022, kinh tế thành phố khởi sắc.\n\n"
            "Cụ thể, tổng sản phẩm (GRDP) quý II năm 2022 ước tăng 12,37% so với cùng kỳ năm 2021 và cao hơn mức "
            "tăng 1,96% của quý trước.")
    assert [(i.value, i.period) for i in inds(text)] == [(12.37, "2022-Q2"), (1.96, "2022-Q1")]
    # a statement dated by its own words keeps the base relative to its own period
    text = ("Tình hình kinh tế - xã hội 9 tháng năm 2023\n\nChỉ số giá tiêu dùng tháng 9 năm 2023 tăng 0,5% so với "
            "cùng kỳ và cao hơn mức tăng 0,2% của tháng trước.")
    assert [(i.value, i.period) for i in inds(text)] == [(0.5, "2023-09"), (0.2, "2023-08")]
