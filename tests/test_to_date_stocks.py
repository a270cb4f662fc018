"""Stocks counted up to a date (resolve/to_date.py): what a poverty review, an FDI note, a monthly report
and a bank's paragraph count at a date holds at its month, not over the months so far; the opener's month
reaches the later sentences and the items after a ";" of its paragraph for a stock, and the counts said of
a stock (its people after ``với``, a district's share of it). Cases shortened from genre dev documents of
four publishers (172 Kiên Giang Front committee, 144 Hải Phòng economic zones authority, 150 Cà Mau
planning department, 079 Hậu Giang statistics office) and a provincial year report (r01), with
negatives: what is done for the poor (support, houses, loans) is a flow, a flow up to a quarter's end
keeps the quarter, and a percentage is no count of a stock."""
import pytest

from baocao.resolve._rules import load
from baocao.resolve.to_date import is_stock
from indicator_cases import inds, periods_by_figure

W = load("indicators")

POVERTY = ("Tình hình hộ nghèo năm 2020\n\n"
           "Theo đó, tính đến tháng 10/2020, trên địa bàn tỉnh Kiên Giang có 8.790 hộ nghèo, với 28.070 người, "
           "chiếm 1,91% dân số trong tỉnh (giảm 0,78% so với năm 2019). Hộ cận nghèo có 19.378 hộ, với 71.801 "
           "người, chiếm 4,21% dân số trong tỉnh. Nơi có hộ nghèo cao nhất trong tỉnh là huyện Hòn Đất, với 1.273 "
           "hộ.")


def test_a_poverty_review_counts_its_households_at_its_date():
    # 172: the households and their people are counted at the review's month, in the later sentences too
    got = periods_by_figure(POVERTY, ["8.790 hộ", "28.070 người", "19.378 hộ", "71.801", "1.273 hộ"])
    assert got == {"8.790 hộ": "2020-10", "28.070 người": "2020-10", "19.378 hộ": "2020-10",
                   "71.801": "2020-10", "1.273 hộ": "2020-10"}


def test_items_after_a_semicolon_of_the_openers_sentence():
    # 144: the second list item of projects in force and the capital of each list item, at the date
    text = ("Tình hình thu hút đầu tư quý I/2018\n\n"
            "Tính lũy kế đến ngày 31/3/2018, thành phố có 262 dự án có vốn đầu tư nước ngoài còn hiệu lực với "
            "tổng số vốn đăng ký là 12,219 tỷ USD; 128 dự án có vốn đầu tư trong nước còn hiệu lực với tổng số "
            "vốn đăng ký là 98.537 tỷ đồng.")
    got = periods_by_figure(text, ["262 dự án", "12,219 tỷ USD", "128 dự án", "98.537 tỷ đồng"])
    assert set(got.values()) == {"2018-03"}, got


def test_a_balance_up_to_a_date_and_the_statements_of_its_breakdown():
    # r01 (a provincial year report): a balance at the year's end; its change and share keep its month
    text = ("Báo cáo tình hình kinh tế - xã hội năm 2024\n\n"
            "Ước tính đến 31/12/2024, tổng nguồn vốn của các tổ chức tín dụng đạt 153.205 tỷ đồng. Trong đó: "
            "Nguồn vốn huy động trong dân cư và các tổ chức kinh tế đạt 144.206 tỷ đồng, tăng 13.865 tỷ đồng, "
            "tương ứng tăng 10,48% và chiếm 94,13% tổng nguồn vốn.")
    got = periods_by_figure(text, ["144.206", "10,48%", "94,13%"])
    assert got == {"144.206": "2024-12", "10,48%": "2024-12", "94,13%": "2024-12"}


@pytest.mark.parametrize("lead", W.quarter_end_leads)
def test_a_count_up_to_a_quarters_end_holds_at_its_last_month(lead):
    # 150: the communes meeting the standard at the end of the first quarter, in a report of March
    text = (f"Tình hình kinh tế - xã hội tháng 3 năm 2021\n\nXây dựng nông thôn mới {lead} quý I, có 43/82 xã "
            "đạt chuẩn nông thôn mới.")
    assert periods_by_figure(text, ["43/82"]) == {"43/82": "2021-03"}


@pytest.mark.parametrize("lead", W.quarter_end_leads)
def test_a_flow_up_to_a_quarters_end_keeps_the_quarter(lead):
    text = (f"Tình hình kinh tế - xã hội tháng 3 năm 2021\n\nThu ngân sách {lead} quý I đạt 1.200 tỷ đồng, tăng "
            "5% so với cùng kỳ.")
    assert periods_by_figure(text, ["1.200 tỷ đồng"]) == {"1.200 tỷ đồng": "2021-Q1"}


# what the word follows in a sentence of the genre
DONE_BEFORE = {"cho": "cấp thẻ bảo hiểm y tế ", "vay": "cho "}


@pytest.mark.parametrize("word", W.stock_not_after)
def test_what_is_done_for_the_poor_is_a_flow(word):
    assert not is_stock(f"{word} hộ nghèo") and not is_stock(f"{word} hộ cận nghèo")
    assert is_stock(f"dư nợ cho vay {word} hộ nghèo")     # a stock word before it still says a stock
    text = (f"Báo cáo tháng 11 năm 2020\n\nTính đến tháng 10/2020, toàn tỉnh đã {DONE_BEFORE.get(word, '')}{word} "
            "500 hộ nghèo, với 2.000 người.")
    got = periods_by_figure(text, ["500 hộ", "2.000 người"])
    assert "2020-10" not in got.values(), got


@pytest.mark.parametrize("text,fig", [
    # houses built for the poor, loans disbursed to them: flows over the months so far
    ("Báo cáo tháng 11 năm 2020\n\nĐến tháng 10, toàn tỉnh đã xây dựng 1.200 nhà cho hộ nghèo.", "1.200 nhà"),
    ("Báo cáo tháng 11 năm 2020\n\nĐến tháng 10, giải ngân cho vay hộ nghèo 500 tỷ đồng.", "500 tỷ đồng"),
    # an amount said of the poor is no count of them ("với" before money)
    ("Báo cáo tháng 11 năm 2020\n\nTính đến tháng 10/2020, toàn tỉnh có 8.790 hộ nghèo, với 20 tỷ đồng vốn "
     "vay ưu đãi được giải ngân.", "20 tỷ đồng"),
])
def test_flows_about_the_poor_stay_over_the_months_so_far(text, fig):
    assert periods_by_figure(text, [fig]) == {fig: "2020-01/2020-10"}


def test_a_percentage_after_with_is_no_count_of_the_stock():
    text = ("Báo cáo tháng 11 năm 2020\n\nTính đến tháng 10/2020, toàn tỉnh có 8.790 hộ nghèo. Kinh phí hỗ trợ "
            "giải ngân được 10 tỷ đồng, với 85% kế hoạch.")
    assert "2020-10" not in [i.period for i in inds(text) if "10 tỷ" in i.text]


@pytest.mark.parametrize("text,fig,want", [
    # 167 (Khánh Hòa news): a report of eleven months, a paragraph up to the end of October
    ("11 tháng, đón hơn 5,8 triệu lượt khách lưu trú\n\nTheo ước tính của Sở Du lịch, đến hết tháng 11-2018, toàn "
     "tỉnh đón hơn 5,8 triệu lượt khách lưu trú.\n\nThống kê quốc tịch khách cho thấy, đến hết tháng 10, Khánh Hòa "
     "đón gần 1,6 triệu lượt khách Trung Quốc, tăng hơn 56,6% so với cùng kỳ 2017. Thị trường khách Nga xếp thứ "
     "hai với gần 365.000 lượt khách, tăng 1,5%.", "365.000", "2018-01/2018-10"),
    # a statistics office's monthly report of the months so far: revenue up to the end of September
    ("Tình hình kinh tế - xã hội 10 tháng năm 2019\n\nTính đến hết tháng 9, tổng thu ngân sách trên địa bàn đạt "
     "1.250 tỷ đồng. Tổng chi ngân sách địa phương ước đạt 2.100 tỷ đồng.", "2.100 tỷ", "2019-01/2019-09"),
    # negatives: a ratio is no sum over the months; a report of a year keeps its year for a flow
    ("Tình hình kinh tế - xã hội 11 tháng năm 2018\n\nĐến ngày 31 tháng 10, tổng vốn huy động toàn địa bàn được "
     "11.784 tỷ đồng. Nguồn vốn đáp ứng được 54,45% nhu cầu tín dụng.", "54,45%", "2018-01/2018-11"),
    ("Tình hình kinh tế - xã hội năm 2019\n\nTính đến hết tháng 9, tổng thu ngân sách trên địa bàn đạt 1.250 tỷ "
     "đồng. Tổng chi ngân sách địa phương ước đạt 2.100 tỷ đồng.", "2.100 tỷ", "2019"),
])
def test_a_paragraphs_month_against_the_reports_months_so_far(text, fig, want):
    assert periods_by_figure(text, [fig]) == {fig: want}
