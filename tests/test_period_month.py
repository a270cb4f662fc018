"""The month of a monthly report (resolve/period_month.py) and the reach of a lead-in whose list follows
its colon on the same line (resolve/period_lines.py).

A statistics office's note on ``tháng 12 và cả năm 2024`` or ``tháng 9 và 9 tháng năm 2025`` reports
on the months of the year so far and on its last month: a statement that names no period, in a
paragraph that says before it that its figures are the month's (``trong tháng``, ``so với tháng
trước``) and nothing after that, holds over that month. The forms are those of the monthly notes of
several statistics offices (Hưng Yên's ``Một số sản phẩm công nghiệp trong tháng có khối lượng sản
xuất tăng so với tháng trước như: …``, the consumer price groups after ``So với tháng trước, chỉ số
giá tiêu dùng tháng Chín tăng 0,52%``, the traffic note's ``So với tháng trước, số vụ tai nạn tăng 3
vụ``; Bình Định's and Gia Lai's ``… tháng 10/2023 … so với tháng trước`` paragraphs).
"""
import pytest

from indicator_cases import inds, one, periods_by_figure as by_figure

YEAR_END = "TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 12 VÀ CẢ NĂM 2024\n\n"
NINE_MONTHS = "Tình hình kinh tế - xã hội tỉnh tháng 9 và 9 tháng năm 2025\n\n"
TEN_MONTHS = "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 10 VÀ 10 THÁNG NĂM 2023\n\n"


@pytest.mark.parametrize("text,figs,period", [
    # a product list after "trong tháng … so với tháng trước như:" (Hưng Yên, year-end and nine-month notes)
    (YEAR_END + "Chỉ số sản xuất công nghiệp tháng Mười Hai tăng 3,53% so với tháng trước. Một số sản phẩm công "
     "nghiệp trong tháng có khối lượng sản xuất tăng so với tháng trước như: mỳ, phở, miến ăn liền tăng 18,32%; "
     "thức ăn cho gia súc tăng 4,89%; nước ngọt tăng 12,12%.", ("18,32%", "4,89%", "12,12%"), "2024-12"),
    (NINE_MONTHS + "Một số sản phẩm công nghiệp của tỉnh trong tháng có sản lượng sản xuất tăng như: tôm đông "
     "lạnh tăng 16,67%; dây cách điện đơn tăng 5,63%.", ("16,67%", "5,63%"), "2025-09"),
    # the groups of the consumer price index after the month's index, in its paragraph
    (NINE_MONTHS + "So với tháng trước, chỉ số giá tiêu dùng (CPI) tháng Chín tăng 0,52%. Trong 11 nhóm hàng "
     "hóa và dịch vụ chính, các nhóm hàng đều có chỉ số giá tăng: giao thông tăng 0,85%; giáo dục tăng 0,96%.",
     ("0,85%", "0,96%"), "2025-09"),
    # a count against the month before, in the note on traffic accidents
    (YEAR_END + "Trong tháng, toàn tỉnh xảy ra 41 vụ tai nạn giao thông. So với tháng trước, số vụ tai nạn "
     "tăng 3 vụ; số người chết giảm 6 người.", ("3 vụ", "6 người"), "2024-12"),
    # the parts of a month's figure after it, each against the month before (Bình Định's form)
    (TEN_MONTHS + "Phân theo ngành kinh tế: thương nghiệp 2.996 tỷ đồng, tăng 2,90% so với tháng trước; dịch "
     "vụ lưu trú, ăn uống 296 tỷ đồng, tăng 7,23% so với tháng trước.", ("296 tỷ đồng",), "2023-10"),
])
def test_a_statement_its_paragraph_says_is_the_months(text, figs, period):
    assert by_figure(text, figs) == {f: period for f in figs}


@pytest.mark.parametrize("text,fig,period", [
    # a report on a whole year that names no month: no month to give
    ("BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2023\n\nMột số sản phẩm trong tháng có khối lượng sản xuất tăng "
     "như: mỳ ăn liền tăng 18,32%; bia tăng 4,89%.", "4,89%", "2023"),
    # a quarter's report: not a monthly one
    ("Tình hình kinh tế - xã hội quý I/2024\n\nMột số sản phẩm trong tháng có khối lượng sản xuất tăng như: "
     "mỳ ăn liền tăng 18,32%; bia tăng 4,89%.", "4,89%", "2024-Q1"),
    # the months so far after the month's words: "lũy kế", a span to a date, a period written
    (YEAR_END + "So với tháng trước, số vụ tai nạn tăng 3 vụ. Lũy kế từ đầu năm, toàn tỉnh xảy ra 545 vụ tai "
     "nạn giao thông.", "545 vụ", "2024"),
    (YEAR_END + "So với tháng trước, số vụ tai nạn tăng 3 vụ. Tính từ ngày 15/12/2023 đến hết ngày 14/12/2024, "
     "toàn tỉnh đã xảy ra 545 vụ tai nạn giao thông.", "545 vụ", "2024"),
    (NINE_MONTHS + "So với tháng trước, số vụ vi phạm tăng 2 vụ. Chín tháng năm 2025, toàn tỉnh phát hiện 137 "
     "vụ vi phạm. So với cùng kỳ năm trước, số vụ vi phạm tăng 46 vụ.", "46 vụ", "2025-01/2025-09"),
    # a month of its own ("trong tháng 8"), and a paragraph that says nothing of the month
    (NINE_MONTHS + "Trong tháng 8, toàn tỉnh thu hút 12 dự án.", "12 dự án", "2025-08"),
    (NINE_MONTHS + "So với tháng trước, chỉ số sản xuất tăng 0,20%.\nCác ngành công nghiệp cấp 2 đều tăng như: "
     "sản xuất thiết bị điện tăng 21,52%; sản xuất giấy tăng 20,57%.", "21,52%", "2025-01/2025-09"),
])
def test_the_months_words_do_not_reach(text, fig, period):
    assert by_figure(text, (fig,)) == {fig: period}


@pytest.mark.parametrize("text,fig,framing", [
    # a lead-in with its list on its own line governs that paragraph only (Hưng Yên's crop note, a
    # business association's term report, Bình Định's "như:" summaries)
    (YEAR_END + "Ước tính năng suất thu hoạch một số cây trồng chính như sau: lúa 58,87 tạ/ha; ngô 59,13 tạ/ha.\n"
     "Sản xuất vụ đông: toàn tỉnh gieo trồng được 6.723 ha rau màu vụ đông.", "6.723 ha", "actual"),
    ("BÁO CÁO TỔNG KẾT NHIỆM KỲ 2019-2025\n\nHiệp hội đã đề ra Chương trình: Phát triển Hội viên; Nâng cao "
     "Năng lực Hội viên.\nTrong nhiệm kỳ kết nạp 49 Hội viên mới.", "49 Hội viên", "actual"),
    # its list on the lines after it, or its items going on on the next line: all of them
    (YEAR_END + "Ước tính năng suất thu hoạch một số cây trồng chính như sau:\nlúa 58,87 tạ/ha;\nngô 59,13 tạ/ha.",
     "59,13 tạ/ha", "estimate"),
    (YEAR_END + "Ước tính năng suất một số cây trồng như sau: a) lúa 58,87 tạ/ha;\nb) ngô 59,13 tạ/ha.",
     "59,13 tạ/ha", "estimate"),
])
def test_a_lead_in_with_its_list_on_its_line_governs_that_line(text, fig, framing):
    found = [i for i in inds(text) if fig in i.text]
    assert [i.framing for i in found] == [framing]


def test_a_lead_in_with_its_list_on_its_line_dates_that_line_only():
    text = (NINE_MONTHS + "Tuy nhiên, một số sản phẩm có sản lượng sản xuất trong tháng Chín giảm như: điện sản xuất "
            "giảm 24,78%; dây thép giảm 24,11%.\nCác ngành dịch vụ vẫn duy trì mức tăng doanh thu khá như: dịch "
            "vụ giáo dục tăng 6,29%; dịch vụ y tế tăng 9,74%.")
    assert by_figure(text, ("24,11%", "6,29%")) == {"24,11%": "2025-09", "6,29%": "2025-01/2025-09"}


@pytest.mark.parametrize("word", __import__("baocao.resolve._rules", fromlist=["load"]).load("indicators")
                         .month_base_words)
def test_every_month_base_word(word):
    text = TEN_MONTHS + f"Một số sản phẩm có khối lượng sản xuất tăng {word} như: bia tăng 4,89%."
    assert one(text).period == "2023-10"
