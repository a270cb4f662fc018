"""The months so far of a cumulative report (issue 17: ``8 tháng``, ``9 tháng của năm 2019``,
``Tính chung 8 tháng đầu năm, …``) carry to the statements they govern, while a month's own figure
keeps its month: real sentences of documents of different publishers (shortened), and negatives."""
import pytest

import baocao
from baocao.resolve._rules import load
from indicator_cases import periods_by_figure as by_figure

W = load("indicators")



# --- "N tháng của năm Y" is the months of that year so far ------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("đánh giá tình hình kinh tế - xã hội 9 tháng của năm 2019 và bàn giải pháp", "2019-01/2019-09"),
    ("Kết quả 6 tháng của năm 2020, ngành công thương", "2020-01/2020-06"),
    ("thực hiện nhiệm vụ 9 tháng của năm và bàn giải pháp", "01/09"),       # its year the document's
])
def test_a_count_of_months_of_the_year_is_the_months_so_far(text, want):
    assert [p.label for p in baocao.extract(text) if p.kind == "period"][:1] == [want]


@pytest.mark.parametrize("text", [
    "lương bình quân 5 triệu đồng/tháng của năm 2020",      # a rate per month, no count of months
    "trong tháng 9 của năm 2019",                           # a month
])
def test_no_count_of_months_of_the_year_without_a_count(text):
    assert "months" not in [p.period_type for p in baocao.extract(text) if p.kind == "period"]


def test_a_lead_of_months_of_the_year_dates_the_report():
    # An Giang (a district's meeting on the first nine months; its date line of October)
    text = ("An Phú: Kinh tế-xã hội tiếp tục tăng trưởng\n\n14/10/2019 - 08:05\n\n"
            " - Chủ tịch UBND huyện chủ trì phiên họp đánh giá tình hình thực hiện nhiệm vụ kinh tế - xã hội "
            "(KT-XH) 9 tháng của năm và bàn giải pháp thực hiện thắng lợi nhiệm vụ năm 2019.\n\n"
            "Doanh số toàn ngành thương mại - dịch vụ 6.500 tỷ đồng, đạt 49,2% kế hoạch. Doanh thu hàng hóa "
            "xuất, nhập khẩu ước đạt 310 triệu USD.\n")
    assert by_figure(text, ["6.500 tỷ đồng", "310 triệu USD"]) == {
        "6.500 tỷ đồng": "2019-01/2019-09", "310 triệu USD": "2019-01/2019-09"}


# --- a cumulative opener ("Tính chung 8 tháng đầu năm, …") dates the sentences after it ------------
@pytest.mark.parametrize("text,want", [
    # Hải Dương (a department's monthly note): the branches listed after the cumulative whole
    ("Kết quả sản xuất công nghiệp tháng 8/2022\n\n"
     "Chỉ số sản xuất công nghiệp (IIP) tháng 8 ước tăng 1,3% so với tháng trước. Tính chung 8 tháng đầu "
     "năm, sản xuất công nghiệp ước tăng 14,3% so với cùng kỳ. Một số ngành sản xuất quan trọng có chỉ số "
     "sản xuất tăng cao như: Ngành sản xuất xe có động cơ ước tăng 13,5%; sản xuất giày dép ước tăng 27,7% "
     "so với cùng kỳ năm trước.\n",
     {"1,3%": "2022-08", "14,3%": "2022-01/2022-08", "13,5%": "2022-01/2022-08", "27,7%": "2022-01/2022-08"}),
    # a provincial statistics office's note: the month's figure and the months' side by side
    ("Tình hình kinh tế - xã hội tháng 9 năm 2023\n\n"
     "Chỉ số sản xuất toàn ngành công nghiệp tháng 9 tăng 2,1% so với tháng trước. Tính chung 9 tháng năm "
     "2023, chỉ số sản xuất toàn ngành công nghiệp tăng 4,5% so với cùng kỳ. Ngành chế biến, chế tạo tăng "
     "5,2%; ngành khai khoáng giảm 1,3%.\n",
     {"2,1%": "2023-09", "4,5%": "2023-01/2023-09", "5,2%": "2023-01/2023-09", "1,3%": "2023-01/2023-09"}),
    # a district's half-year review
    ("Báo cáo kinh tế - xã hội tháng 6 năm 2021\n\n"
     "Thu ngân sách tháng 6 được 12 tỷ đồng. Lũy kế 6 tháng đầu năm, thu ngân sách được 84 tỷ đồng, đạt "
     "52% dự toán. Chi ngân sách được 70 tỷ đồng.\n",
     {"12 tỷ đồng": "2021-06", "84 tỷ đồng": "2021-01/2021-06", "70 tỷ đồng": "2021-01/2021-06"}),
])
def test_a_cumulative_opener_dates_the_sentences_after_it(text, want):
    assert by_figure(text, want) == want


@pytest.mark.parametrize("word", W.opener_leads)
def test_every_opener_lead(word):
    cap = word[0].upper() + word[1:]
    text = (f"Báo cáo tháng 8 năm 2022\n\nTháng 8, IIP tăng 1,3%. {cap} 8 tháng năm 2022, IIP tăng 14,3%. "
            f"Ngành dệt may tăng 18,8%.\n")
    assert by_figure(text, ["1,3%", "14,3%", "18,8%"]) == {
        "1,3%": "2022-08", "14,3%": "2022-01/2022-08", "18,8%": "2022-01/2022-08"}


@pytest.mark.parametrize("text,fig,want", [
    # a month's own sentence after the opener keeps its month
    ("Báo cáo tháng 8 năm 2022\n\nTính chung 8 tháng năm 2022, IIP tăng 14,3%. Riêng tháng 8, ngành dệt "
     "may tăng 2,8%.\n", "2,8%", "2022-08"),
    # a new paragraph: the document's month again
    ("Báo cáo tháng 8 năm 2022\n\nTính chung 8 tháng năm 2022, IIP tăng 14,3%.\n\nNgành dệt may tăng "
     "2,8%.\n", "2,8%", "2022-08"),
    # the count of months is the base compared with, not an opener
    ("Báo cáo tháng 8 năm 2022\n\nSo với 8 tháng năm 2021, IIP tăng 14,3%. Ngành dệt may tăng 2,8%.\n",
     "2,8%", "2022-08"),
])
def test_a_cumulative_opener_does_not_date_a_month_or_another_paragraph(text, fig, want):
    assert by_figure(text, [fig]) == {fig: want}


# --- a sum "từ năm X đến nay" holds up to the document's date, as "đến nay" alone -----------------------
@pytest.mark.parametrize("text,figs,want", [
    # Gia Lai (a national daily's district news item, undated): the funds and their sources after "Trong đó"
    ("Tổng nguồn lực huy động cho xây dựng NTM từ năm 2011 đến nay là hơn 2.045,5 tỷ đồng. Trong đó, ngân "
     "sách địa phương hơn 18 tỷ đồng; vốn tín dụng hơn 1.368,3 tỷ đồng.\n",
     ["2.045,5 tỷ đồng", "18 tỷ đồng", "1.368,3 tỷ đồng"], None),
    # a provincial portal's report dated 2024
    ("Ngày 12/3/2024, Sở Nông nghiệp báo cáo kết quả. Từ năm 2016 tới nay, toàn tỉnh đã trồng mới 3.500 ha "
     "rừng.\n", ["3.500 ha"], "2024"),
    # a title that names the span gives the document no year: its date does
    ("Kết quả xây dựng nông thôn mới từ năm 2011 đến nay\n\nNgày 05/9/2023\n\n"
     "Toàn huyện có 12 xã đạt chuẩn nông thôn mới.\n", ["12 xã"], "2023"),
])
def test_a_span_that_runs_to_now_holds_at_the_documents_date(text, figs, want):
    assert by_figure(text, figs) == {f: want for f in figs}


@pytest.mark.parametrize("text,fig,want", [
    # a closed span keeps its years
    ("Ngày 12/3/2024, Sở báo cáo. Từ năm 2016 đến năm 2020, toàn tỉnh đã trồng mới 3.500 ha rừng.\n",
     "3.500 ha", "2016-2020"),
    ("Ngày 12/3/2024, Sở báo cáo. Giai đoạn 2016 - 2020, toàn tỉnh đã trồng mới 3.500 ha rừng.\n",
     "3.500 ha", "2016-2020"),
])
def test_a_closed_span_keeps_its_years(text, fig, want):
    assert by_figure(text, [fig]) == {fig: want}


# --- a short topic label with its colon may stand before the opener ("Lúa mùa: Trong tháng 10/2021, …") --
@pytest.mark.parametrize("text,want", [
    # Điện Biên (the planning department's monthly report of October and ten months)
    ("Tình hình KT-XH tháng 10 và 10 tháng năm 2021\n\n"
     "Lúa mùa: Trong tháng 10/2021, trên địa bàn tỉnh tiến hành thu hoạch với tổng diện tích thu hoạch đạt "
     "30.769,51 ha, giảm 15,8% so với cùng kỳ năm trước. Sản lượng thu hoạch ước đạt 105.604,81 tấn.\n",
     {"30.769,51 ha": "2021-10", "105.604,81 tấn": "2021-10"}),
    # a district's list of sectors in a yearly report
    ("Báo cáo kinh tế - xã hội 6 tháng đầu năm 2021\n\n"
     "- Chăn nuôi: Năm 2020, tổng đàn gia súc đạt 12.500 con. Sản lượng thịt hơi xuất chuồng đạt 1.200 tấn.\n",
     {"12.500 con": "2020", "1.200 tấn": "2020"}),
])
def test_a_topic_label_before_an_opener(text, want):
    assert by_figure(text, want) == want


def test_a_long_label_before_a_period_makes_no_opener():
    # the period after a clause that ends with a colon is a lead-in's, not a sentence's opener
    text = ("Tình hình KT-XH tháng 10 và 10 tháng năm 2021\n\n"
            "Kết quả sản xuất nông nghiệp của toàn tỉnh: Tháng 10/2021, diện tích thu hoạch đạt 30.769,51 ha.\n\n"
            "Sản lượng thu hoạch ước đạt 105.604,81 tấn.\n")
    assert by_figure(text, ["105.604,81 tấn"]) == {"105.604,81 tấn": "2021-01/2021-10"}
