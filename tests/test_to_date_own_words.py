"""A flow whose own words, after its name, give the date it holds up to, where only its report or its sentence
dates it with the months so far of that year up to a later month or with a year, holds over the months of
its year up to that date (dev 209 hdnd.caobang, 207 halang.caobang; the unseen audit's Trà Lĩnh page):
sentences written for the test, with negatives (a date before the name in a report on a year, a stock, a
date after the months the report names, a period of the statement's own words)."""
import baocao


def period_of(text, figure):
    """The period of the statement whose text holds `figure`."""
    found = [i.period for i in baocao.parse(text).indicators if i.kind == "indicator" and figure in i.text]
    assert len(found) == 1, found
    return found[0]


def test_a_date_after_the_name_in_a_half_year_report():
    text = ("Kết quả 6 tháng đầu năm 2017\n\n"
            "6 tháng đầu năm, diện tích ngô trồng được 900 ha, đạt 95% kế hoạch; thu ngân sách của huyện tính "
            "đến ngày 31/5/2017 được 12 tỷ đồng, đạt 40% dự toán.")
    assert period_of(text, "12 tỷ đồng") == "2017-01/2017-05"


def test_a_date_without_its_year_after_the_name_takes_the_year_of_its_sentence():
    # a council session's news: its opening names a term, so the document has no year of its own
    text = ("HĐND huyện tổ chức kỳ họp thứ 6 nhiệm kỳ 2016 – 2021\n\n"
            "Trong 2 ngày 20,21/12/2018, HĐND huyện đã tổ chức kỳ họp thứ 6, nhiệm kỳ 2016- 2021, với đông đủ "
            "đại biểu của các xã, thị trấn và các cơ quan, ban, ngành của huyện tham dự.\n\n"
            "Kỳ họp đã đánh giá tình hình kinh tế - xã hội năm 2018. Kết thúc năm 2018, sản lượng ngô đạt 9.000 "
            "tấn, thu ngân sách trên địa bàn đến ngày 30/11/ 2018 được 40,5 tỷ đồng, vượt dự toán; tỷ lệ hộ nghèo "
            "giảm còn 5,1%.")
    assert period_of(text, "40,5 tỷ đồng") == "2018-01/2018-11"
    assert period_of(text, "9.000") == "2018"        # before the date
    assert period_of(text, "5,1%") == "2018"         # a stock after it, in a later clause


def test_a_date_before_the_name_in_a_report_on_a_year_keeps_the_year():
    text = ("Năm 2025, kinh tế của tỉnh tăng trưởng khá.\n\n"
            "Tính đến ngày 30/11/2025, kim ngạch xuất khẩu của tỉnh đạt 1,2 tỷ USD, tăng 10% so với năm 2024.")
    assert period_of(text, "1,2 tỷ USD") == "2025"


def test_a_stock_after_its_name_holds_at_the_date():
    text = ("Kết quả 6 tháng đầu năm 2017\n\n"
            "6 tháng đầu năm, thu ngân sách đạt 20 tỷ đồng; tổng dư nợ tín dụng đến ngày 31/5/2017 đạt 900 tỷ đồng.")
    assert period_of(text, "900 tỷ đồng") == "2017-05"


def test_a_date_later_than_the_months_the_report_names_changes_nothing():
    text = ("Kết quả 4 tháng đầu năm 2017\n\n"
            "4 tháng đầu năm, diện tích ngô trồng được 900 ha; thu ngân sách của huyện tính đến ngày 31/5/2017 "
            "được 12 tỷ đồng.")
    assert period_of(text, "12 tỷ đồng") != "2017-01/2017-05"


def test_a_period_of_its_own_words_is_kept():
    text = ("Kết quả 6 tháng đầu năm 2017\n\n"
            "Thu ngân sách 6 tháng đầu năm tính đến ngày 31/5/2017 được 12 tỷ đồng.")
    assert period_of(text, "12 tỷ đồng") == "2017-01/2017-06"
