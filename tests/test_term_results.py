"""At a congress whose terms the document tells, the results of the term just ended hold over it: after
``Sau 5 năm thực hiện Nghị quyết …`` (a span of the past term, as ``5 năm qua``), and a yearly rate that nothing
dates, or that the new term would date (a term that has no results yet). Real sentences of documents of
different publishers (shortened: 395 Đài PT-TH Bắc Ninh, 309 Báo Gia Lai, 370 Điện tử & Ứng dụng, 401 Vinanet),
and negatives."""
import baocao
from indicator_cases import periods_by_figure as by_figure

BAC_NINH = ("Đảng bộ xã Việt Thống tổ chức thành công Đại hội lần thứ XXI, nhiệm kỳ 2020-2025.\n\n"
            "Sau 5 năm thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ 20, xã Việt Thống có sự phát triển vượt bậc. "
            "Tốc độ phát triển kinh tế tăng bình quân 5 năm đạt 14%; tỷ trọng thương mại và dịch vụ chiếm gần 60%; "
            "Thu nhập bình quân đầu người năm 2020 ước đạt 52 triệu đồng.\n")


def test_after_five_years_of_the_resolution_is_the_past_term():
    assert by_figure(BAC_NINH, ["14%", "60%", "52 triệu đồng"]) == {
        "14%": "2015-2020", "60%": "2015-2020", "52 triệu đồng": "2020"}


def test_after_five_years_to_come_is_no_past_term():
    text = BAC_NINH.replace("Sau 5 năm thực hiện", "Sau 5 năm tới thực hiện")
    assert by_figure(text, ["14%"]).get("14%") != "2015-2020"


def test_no_term_told_no_past_term():
    text = BAC_NINH.replace("Đại hội lần thứ XXI, nhiệm kỳ 2020-2025", "hội nghị")
    assert by_figure(text, ["14%"]).get("14%") != "2015-2020"


GIA_LAI = ("(GLO)- Sáng nay (13-8), Đại hội đại biểu Đảng bộ huyện Krông Pa lần thứ XVII, (nhiệm kỳ 2020-2025) đã "
           "chính thức khai mạc.\n\n"
           "Về kinh tế, có 6/7 chỉ tiêu đạt và vượt so với Nghị quyết Đại hội Đảng bộ huyện lần thứ XVI đề ra. "
           "Tốc độ tăng giá trị sản xuất bình quân hàng năm đạt 10,87% (đạt 102,5% Nghị quyết).\n")


def test_an_undated_yearly_rate_at_a_congress_holds_over_the_past_term():
    assert by_figure(GIA_LAI, ["10,87%"]) == {"10,87%": "2015-2020"}


def test_an_undated_yearly_target_is_no_result_of_the_past_term():
    text = GIA_LAI.replace("Tốc độ tăng giá trị sản xuất bình quân hàng năm đạt 10,87%",
                           "Phấn đấu tốc độ tăng giá trị sản xuất bình quân hàng năm đạt 10,87%")
    assert by_figure(text, ["10,87%"]).get("10,87%") != "2015-2020"


def test_an_undated_level_at_a_congress_keeps_no_period():
    text = GIA_LAI.replace("Tốc độ tăng giá trị sản xuất bình quân hàng năm đạt 10,87% (đạt 102,5% Nghị quyết)",
                           "Toàn huyện có 1.200 hộ nghèo")
    assert by_figure(text, ["1.200 hộ"]).get("1.200 hộ") is None


def test_a_yearly_result_is_no_result_of_the_term_the_congress_opens():
    # Điện tử & Ứng dụng (370): the congress opens 2025-2030; the rate is of the term 2020-2025
    text = ("Sáng ngày 6/8, Đảng bộ xã Hát Môn đã tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n\n"
            "Báo cáo chính trị trình Đại hội cho thấy, vượt qua những khó khăn, thách thức, nhiệm kỳ 2020-2025, xã "
            "Hát Môn đã hoàn thành và vượt nhiều chỉ tiêu đề ra. Kinh tế tăng trưởng 10%/năm (vượt chỉ tiêu Đại hội "
            "đề ra).\n")
    assert by_figure(text, ["10%/năm"]) == {"10%/năm": "2020-2025"}


def test_the_past_term_of_a_congress_dates_the_paragraphs_after_nhiem_ky_qua():
    # Vinanet (401): the congress XIII opens 2015-2020
    text = ("Theo Báo cáo chính trị của Ban chấp hành Đảng bộ tỉnh Ninh Thuận, nhiệm kỳ qua tỉnh Ninh Thuận hoàn "
            "thành 19/25 chỉ tiêu chủ yếu đề ra. Kinh tế tiếp tục ổn định và tăng trưởng; tổng sản phẩm nội tỉnh tăng "
            "bình quân 11,2%/năm.\n\nTỉnh đã tạo việc làm mới cho 79.000 lao động; giảm hộ nghèo xuống còn 5,73%.\n\n"
            "Trên cơ sở đó, Nghị quyết Đại hội lần thứ XIII, nhiệm kỳ 2015 - 2020 đưa ra một số chỉ tiêu sau.\n")
    assert by_figure(text, ["11,2%/năm", "5,73%"]) == {"11,2%/năm": "2010-2015", "5,73%": "2010-2015"}


def test_the_term_rate_is_given_its_source():
    inds = [i for i in baocao.parse(GIA_LAI).indicators if "10,87%" in i.text]
    assert [(i.period, i.period_source) for i in inds] == [("2015-2020", "document")]


HOA_PHONG = "Ngày 22-5, Đảng bộ xã Hòa Phong tổ chức Đại hội Đảng bộ lần thứ XIV, nhiệm kỳ 2020-2025.\n\n"


def test_a_yearly_rate_the_sentence_dates_by_the_new_term_keeps_it():
    # the new term written ("Nhiệm kỳ tới", "Trong 5 năm tới") is no document's period the past term replaces
    for words in ("Nhiệm kỳ tới, tốc độ tăng trưởng bình quân hằng năm 9%.",
                  "Trong 5 năm tới, thu ngân sách tăng bình quân 9%/năm."):
        assert by_figure(HOA_PHONG + words, ["9%"]).get("9%") == "2020-2025", words


def test_after_five_more_years_is_no_past_term():
    text = HOA_PHONG + "Sau 5 năm nữa, xã phấn đấu có 100% đường giao thông được cứng hóa."
    assert by_figure(text, ["100%"]).get("100%") != "2015-2020"


def test_an_undated_yearly_rate_over_another_span_is_no_result_of_the_term():
    # a count of years back other than the term's, a span of years back, a span up to now: over that span
    for words in ("Trong 10 năm qua, thu ngân sách tăng bình quân hằng năm 12,4%.",
                  "Trong những năm qua, thu ngân sách tăng bình quân hằng năm 12,4%.",
                  "Từ khi tái lập huyện đến nay, thu ngân sách tăng bình quân hằng năm 12,4%."):
        assert by_figure(HOA_PHONG + words, ["12,4%"]).get("12,4%") != "2015-2020", words


def test_an_undated_yearly_rate_after_the_terms_five_years_holds_over_it():
    text = HOA_PHONG + "Qua năm năm qua, thu ngân sách tăng bình quân hằng năm 12,4%."
    assert by_figure(text, ["12,4%"]) == {"12,4%": "2015-2020"}
