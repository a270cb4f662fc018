"""A figure said to hold up to a month or a date: a stock (stock_words: a balance, a herd) holds at that
month, a flow over the months of its year up to it. Cases shortened from genre dev documents of three
publishers (079 Hậu Giang statistics office, 032 Bạc Liêu planning department, 085 Điện Biên planning
department), with negatives: a season's figure keeps the season, a flow dated by a year keeps it, a stock
dated by its own words keeps them."""
import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.to_date import is_stock

W = load("indicators")


def periods(text):
    return [(i.name, i.period) for i in baocao.parse(text).indicators if i.kind == "indicator"]


def test_a_balance_up_to_a_date_holds_at_its_month():
    # 079: a report of November; the balance is at the end of October
    text = ("Tình hình kinh tế xã hội tháng 11 năm 2018\n\n"
            "Đến ngày 31 tháng 10, tổng vốn huy động toàn địa bàn được 11.784 tỷ đồng, giảm 1,26% so với cuối "
            "tháng 9.")
    assert periods(text) == [("tổng vốn huy động toàn địa bàn", "2018-10")]


def test_a_flow_up_to_a_month_holds_over_the_months_so_far():
    # 032: sowing up to the end of June, in a half-year report
    text = ("Tình hình phát triển kinh tế 6 tháng đầu năm 2016\n\n"
            "Hiện nay, đã có mưa trên diện rộng nên tiến độ xuống giống nhanh hơn, ước đến cuối tháng 6 toàn "
            "tỉnh xuống giống 57.369 ha, đạt 101,9% so cùng kỳ.")
    assert [p for _, p in periods(text)] == ["2016-01/2016-06"]


def test_a_herd_up_to_a_month_holds_at_it():
    # 085: a herd (a stock) counted up to July
    text = "Tình hình KT-XH tháng 7 năm 2021\n\nTính đến tháng 7, tổng đàn gia súc ước đạt 509.966 con."
    assert periods(text) == [("tổng đàn gia súc", "2021-07")]


@pytest.mark.parametrize("lead", W.to_date_leads)
def test_every_to_date_lead(lead):
    stock = periods(f"Báo cáo tháng 11 năm 2018.\n\n{lead.capitalize()} ngày 31 tháng 10, dư nợ tín dụng đạt 9.500 "
                    "tỷ đồng.")
    assert stock == [("dư nợ tín dụng", "2018-10")]
    flow = periods(f"Báo cáo 6 tháng đầu năm 2016.\n\nƯớc {lead} tháng 6, toàn tỉnh giải ngân vốn đầu tư công "
                   "được 1.123,7 tỷ đồng.")
    assert [p for _, p in flow] == ["2016-01/2016-06"]


@pytest.mark.parametrize("word", W.stock_words)
def test_every_stock_word(word):
    assert is_stock(f"tổng {word} trên địa bàn")
    got = periods(f"Báo cáo tháng 11 năm 2018.\n\nĐến ngày 31 tháng 10, {word} toàn tỉnh đạt 9.500 tỷ đồng.")
    assert [p for _, p in got] == ["2018-10"]


@pytest.mark.parametrize("text,want", [
    # 061-like: a season's figure up to a month holds for the season
    ("Tình hình kinh tế - xã hội tháng 11 năm 2024\n\nVụ đông 2024: Ước tính đến hết tháng 11, tổng diện tích gieo trồng cây rau mầu vụ đông đạt trên 21.000 "
     "ha, tăng 2,8% so với cùng kỳ.", "2024"),
    # a flow the report dates by its year keeps it: no month is its own
    ("Kết quả năm 2024.\n\nĐến ngày 15/12, thu ngân sách trên địa bàn đạt 500 tỷ đồng.", "2024"),
    # the end of a range is no date a figure holds up to
    ("Báo cáo tháng 10 năm 2018.\n\nTừ ngày 01/10 đến ngày 31/10, toàn tỉnh xảy ra 5 vụ tai nạn giao thông.",
     "2018-10"),
    ("Báo cáo tháng 10 năm 2018.\n\nTừ tháng 1 đến tháng 10, toàn tỉnh xảy ra 50 vụ tai nạn giao thông.",
     "2018-01/2018-10"),
    # a balance dated by its own words keeps them
    ("Báo cáo tháng 11 năm 2018.\n\nĐến ngày 31 tháng 10, dư nợ tín dụng quý III năm 2018 đạt 9.500 tỷ đồng.",
     "2018-Q3"),
])
def test_no_to_date_period_where_the_figure_says_otherwise(text, want):
    assert periods(text)[0][1] == want


@pytest.mark.parametrize("text,want", [
    # 087 (a district portal, Cao Bằng): the date in the flow's own words, its year the report's
    ("Trong năm 2019, kinh tế ổn định. Thu ngân sách đến 31/10/2019 đạt 130,339 tỷ đồng.", "2019-01/2019-10"),
    # a report of 2019 writing the date without its year
    ("Báo cáo năm 2019\n\nThu ngân sách đến ngày 31/10 đạt 130,339 tỷ đồng.", "2019-01/2019-10"),
    # a year in the statement's own words keeps it
    ("Đến ngày 31/10/2019, thu ngân sách năm 2019 đạt 130 tỷ đồng.", "2019"),
])
def test_a_flow_up_to_a_date_in_its_own_words(text, want):
    (i,) = [i for i in baocao.parse(text).indicators if i.kind == "indicator"]
    assert i.period == want


@pytest.mark.parametrize("text,want", [
    # 136 (Cần Thơ, a forecasting magazine's district page): the communes that meet the standard at the month
    ("Đến tháng 10/2019, huyện Cờ Đỏ đã có 9/9 xã được UBND TP. Cần Thơ công nhận đạt chuẩn nông thôn mới.",
     "2019-10"),
    # a provincial portal's monthly report: the households connected so far, a count out of all of them
    ("Báo cáo tháng 6 năm 2022.\n\nTính đến cuối tháng 5, toàn huyện có 1.250/1.400 hộ được sử dụng nước sạch.",
     "2022-05"),
])
def test_a_count_out_of_a_whole_up_to_a_month_holds_at_it(text, want):
    assert [p for _, p in periods(text)] == [want]


def test_an_amount_out_of_a_plan_up_to_a_date_stays_a_flow():
    # a provincial report (p02-like): the disbursement so far out of the year's plan
    text = ("Báo cáo tháng 12 năm 2025.\n\nLũy kế giải ngân kế hoạch vốn đầu tư công đến ngày 10/12/2025 đạt "
            "9.037/17.454 tỷ đồng, đạt 51,8% kế hoạch năm 2025.")
    assert [p for _, p in periods(text)][:1] == ["2025-01/2025-12"]


def test_a_count_up_to_a_month_that_is_no_fraction_stays_a_flow():
    # the same lead before a plain count of what was done: the months so far
    text = "Báo cáo tháng 6 năm 2022.\n\nTính đến cuối tháng 5, toàn huyện xây dựng mới 1.250 nhà tình nghĩa."
    assert [p for _, p in periods(text)] == ["2022-01/2022-05"]


@pytest.mark.parametrize("text,want", [
    # 141 (a council's news, Cao Bằng): disbursement up to early August, a flow over the months so far
    ("Đến đầu tháng 8/2021, toàn tỉnh giải ngân đạt trên 500 tỷ đồng, đạt khoảng 26% kế hoạch.", "2021-01/2021-08"),
    # 144 (an FDI note, Hải Phòng): projects still in force at the date, a stock at its month
    ("Tình hình thu hút đầu tư quý I/2018\n\nTính lũy kế đến ngày 31/3/2018, toàn thành phố có 128 dự án có vốn "
     "đầu tư trong nước còn hiệu lực.", "2018-03"),
    # a flow of new projects in the same quarter keeps the quarter
    ("Tình hình thu hút đầu tư quý I/2018\n\nQuý I năm 2018, thành phố cấp mới 9 dự án có vốn đầu tư nước ngoài.",
     "2018-Q1"),
])
def test_early_in_a_month_and_projects_still_in_force(text, want):
    assert [p for _, p in periods(text)] == [want]


@pytest.mark.parametrize("word", W.stock_after_words)
def test_every_stock_after_word(word):
    got = periods(f"Báo cáo quý I/2018.\n\nĐến ngày 31/3/2018, toàn tỉnh có 262 dự án {word}.")
    assert [p for _, p in got] == ["2018-03"]
    # after the clause's end, the word is not the count's
    got = periods(f"Báo cáo quý I/2018.\n\nĐến ngày 31/3/2018, toàn tỉnh cấp mới 12 dự án, nâng tổng số dự án {word} "
                  "lên nhiều.")
    assert [p for _, p in got] != ["2018-03"]


# A count right after a verb of having, under a to-date lead, is a level at that month (dev gold of five
# publishers: 136, 144, 172, 267, 331); sentences in our own words.
@pytest.mark.parametrize("verb", W.stock_have_verbs)
def test_a_count_had_up_to_a_month_holds_at_it(verb):
    text = f"Báo cáo quý I năm 2021.\n\nTính đến tháng 3/2021, toàn huyện {verb} 120 trường học đạt chuẩn quốc gia."
    assert [p for _, p in periods(text)] == ["2021-03"]
    # the same count under the lead without the verb of having: what was done over the months so far
    text = "Báo cáo quý I năm 2021.\n\nTính đến tháng 3/2021, toàn huyện xây mới 120 trường học."
    assert [p for _, p in periods(text)] == ["2021-01/2021-03"]


@pytest.mark.parametrize("bound", W.stock_have_bounds)
def test_a_bound_between_the_verb_of_having_and_the_count(bound):
    text = f"Báo cáo tháng 6 năm 2022.\n\nĐến cuối tháng 5/2022, toàn tỉnh có {bound} 450 hợp tác xã nông nghiệp."
    assert [p for _, p in periods(text)] == ["2022-05"]


@pytest.mark.parametrize("word", W.stock_have_not_after)
def test_a_count_had_that_was_newly_done_is_a_flow(word):
    text = f"Báo cáo tháng 6 năm 2022.\n\nĐến cuối tháng 5/2022, toàn tỉnh có 450 doanh nghiệp {word} trong năm."
    assert [p for _, p in periods(text)] != ["2022-05"]
    # after its clause's end the word is not the count's
    text = f"Báo cáo tháng 6 năm 2022.\n\nĐến cuối tháng 5/2022, toàn tỉnh có 450 doanh nghiệp, {word} nhiều."
    assert [p for _, p in periods(text)] == ["2022-05"]


@pytest.mark.parametrize("text", [
    # a share and an amount of money after the verb of having are no counts held
    "Báo cáo tháng 6 năm 2022.\n\nĐến cuối tháng 5/2022, toàn tỉnh có 45% xã đạt chuẩn nông thôn mới.",
    "Báo cáo tháng 6 năm 2022.\n\nĐến cuối tháng 5/2022, ngân sách có 450 tỷ đồng thu từ đất.",
    # another word between the verb and the count: "có thêm" says what was added
    "Báo cáo tháng 6 năm 2022.\n\nĐến cuối tháng 5/2022, toàn tỉnh có thêm 45 xã đạt chuẩn nông thôn mới.",
])
def test_no_count_had(text):
    assert [p for _, p in periods(text)] != ["2022-05"]


def test_a_sentence_opened_by_now_ends_the_reach_of_an_earlier_month():
    # a count held, in a later sentence of the paragraph that opens with "Đến nay,": the document's date,
    # not the month of the earlier sentence's lead
    text = ("Báo cáo tháng 7 năm 2024.\n\nTính đến hết quý 2/2024, tỉ lệ lấp đầy cụm công nghiệp đạt 44%. Đến nay, "
            "cụm đã thu hút 6 dự án đầu tư; trong đó có 4 dự án đã đi vào hoạt động.")
    got = dict(periods(text))
    assert got.get("dự án đã đi vào hoạt động") != "2024-06"
    # without the opener the count held takes the earlier sentence's month
    text = text.replace("Đến nay, cụm", "Cụm")
    assert dict(periods(text)).get("dự án đã đi vào hoạt động") == "2024-06"


def test_the_parts_of_a_count_had_in_an_aside_keep_its_month():
    # the parts in a parenthesis after a count held at a date hold at that date too, not over the months so far
    text = ("Báo cáo tổng kết năm 2025.\n\nTính đến ngày 30/11/2025, toàn tỉnh có 1.250 tổ chức cơ sở đảng (gồm 450 "
            "đảng bộ cơ sở và 800 chi bộ cơ sở).")
    assert [p for _, p in periods(text)] == ["2025-11", "2025-11", "2025-11"]


def test_a_count_had_in_a_span_from_the_years_start_is_a_flow():
    # "từ đầu năm … đến ngày …": what was recorded over the months so far, though after "có"
    text = ("Báo cáo năm 2024.\n\nLũy kế từ đầu năm 2024 đến ngày 27/12/2024, toàn tỉnh ghi nhận 331 ca sốt xuất "
            "huyết, có 01 trường hợp tử vong.")
    assert "2024-12" not in [p for _, p in periods(text)]
    # the same count held up to the date alone
    text = "Báo cáo năm 2024.\n\nĐến ngày 27/12/2024, toàn tỉnh có 15 trạm y tế đạt chuẩn."
    assert [p for _, p in periods(text)] == ["2024-12"]


@pytest.mark.parametrize("text", [
    # what happened over the months (incidents, jobs found, households out of poverty) is no count held at the date,
    # though "có" stands before it (review, session 46)
    "Báo cáo tháng 6 năm 2024.\n\nĐến hết tháng 6/2024, có 12 vụ tai nạn giao thông làm chết 8 người.",
    "Báo cáo tháng 6 năm 2024.\n\nTính đến hết tháng 6/2024, toàn tỉnh có 1.200 lao động được giải quyết việc làm.",
    "Báo cáo tháng 6 năm 2024.\n\nTính đến tháng 6/2024, toàn tỉnh có 350 hộ thoát nghèo.",
])
def test_a_count_had_of_what_happened_is_a_flow(text):
    assert {p for _, p in periods(text)} == {"2024-01/2024-06"}


@pytest.mark.parametrize("unit", W.stock_have_flow_units)
def test_every_flow_unit_of_a_count_had(unit):
    text = f"Báo cáo tháng 6 năm 2022.\n\nĐến cuối tháng 5/2022, toàn tỉnh có 45 {unit} vi phạm hành chính."
    assert [p for _, p in periods(text)] == ["2022-01/2022-05"]


# The items of a count had under a to-date lead, later in its paragraph, are parts of that level at the same month
# (dev gold of three publishers: 267 Tiền Giang, 331 Bắc Giang, 432 Điện Biên); sentences in our own words.
@pytest.mark.parametrize("text, want", [
    ("Báo cáo 6 tháng đầu năm 2023.\n\nKết quả đến cuối tháng 6 năm 2023, toàn tỉnh có 137/142 xã đạt chuẩn nông "
     "thôn mới; 02 xã đạt chuẩn nông thôn mới kiểu mẫu.", ["2023-06", "2023-06"]),
    ("Báo cáo quý I năm 2021.\n\nTính đến tháng 3/2021, toàn tỉnh có 790 trường đạt chuẩn quốc gia. Trong đó, "
     "691 trường đạt chuẩn mức độ 1.", ["2021-03", "2021-03"]),
])
def test_an_item_of_a_count_had_holds_at_its_month(text, want):
    assert [p for _, p in periods(text)] == want


@pytest.mark.parametrize("word", W.stock_item_not_words)
def test_every_stock_item_not_word(word):
    text = (f"Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn tỉnh có 300 người {word} xử lý; 120 "
            f"người {word} xử lý thêm.")
    assert [p for _, p in periods(text)][-1] == "2023-01/2023-06"


@pytest.mark.parametrize("lead", W.stock_item_leads)
def test_every_stock_item_lead(lead):
    text = (f"Báo cáo 6 tháng đầu năm 2018.\n\nTính đến hết tháng 6/2018, huyện có 4 xã đạt từ 10 - 14 tiêu chí; "
            f"12 xã đạt từ 5 - 9 tiêu chí; {lead} 2 xã đạt dưới 5 tiêu chí.")
    assert [p for _, p in periods(text)] == ["2018-06"] * 3


def test_a_term_reviewed_holds_the_month_of_its_stock():
    # 432: a programme's term 2016-2020 reviewed; the lead's month is within it
    text = ("Xây dựng nông thôn mới giai đoạn 2016-2020\n\nTính đến hết tháng 6/2018, huyện có 4 xã đạt từ 10 - 14 "
            "tiêu chí; 12 xã đạt từ 5 - 9 tiêu chí.")
    assert [p for _, p in periods(text)] == ["2018-06", "2018-06"]


@pytest.mark.parametrize("text", [
    # other words before the count: what was done over the months so far
    "Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn tỉnh có 137 xã đạt chuẩn nông thôn mới; đã công "
    "nhận thêm 5 xã.",
    # another unit, a percentage, newly done, a count of what happened
    "Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn tỉnh có 137 xã đạt chuẩn; 5 huyện đạt chuẩn.",
    "Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn tỉnh có 137 xã đạt chuẩn; 95% xã có nhà văn hóa.",
    "Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn tỉnh có 450 doanh nghiệp; 120 doanh nghiệp thành "
    "lập mới.",
    "Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn tỉnh có 45 vụ cháy; 12 vụ tai nạn giao thông.",
    # the same unit, but what else befell it over the months (another word after the unit than the level's)
    "Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn tỉnh có 1.200 doanh nghiệp đang hoạt động; 150 "
    "doanh nghiệp thành lập mới, 40 doanh nghiệp giải thể.",
    "Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn huyện có 520 hộ nghèo; 120 hộ thoát nghèo, 35 hộ "
    "tái nghèo.",
    "Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn huyện có 12 xã đạt chuẩn nông thôn mới; 3 xã được "
    "công nhận trong 6 tháng đầu năm.",
    "Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn tỉnh có 45 trường đạt chuẩn quốc gia, 5 trường "
    "được xây dựng mới.",
    "Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn tỉnh có 1.200 doanh nghiệp đang hoạt động. Trong "
    "6 tháng, 150 doanh nghiệp ra đời.",
    # what was done to them (stock_item_not_words), though the level says it too
    "Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn tỉnh có 5.000 hộ được vay vốn; 1.200 hộ được hỗ "
    "trợ nhà ở.",
    # a later sentence not opened as a part ("Trong đó, …"), and one newly joined
    "Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn tỉnh có 45 trường đạt chuẩn quốc gia. Trong năm "
    "học, 12 trường đạt chuẩn được công nhận lại.",
    "Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn tỉnh có 12.500 người tham gia bảo hiểm xã hội; "
    "3.200 người tham gia mới.",
    # the level's words, but its own period after it: reached in that year, not held at the month
    "Báo cáo 6 tháng đầu năm 2023.\n\nĐến cuối tháng 6/2023, toàn huyện có 12 xã đạt chuẩn nông thôn mới; 3 xã đạt "
    "chuẩn trong năm 2023.",
])
def test_no_item_of_a_count_had(text):
    assert [p for _, p in periods(text)][-1] != "2023-06"
