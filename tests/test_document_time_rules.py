"""Document-level time decisions (resolve/governing.py): one wrong decision there spoils every figure of a
document, so each rule is genre grammar, with cases shaped on documents of several publishers and negatives.
"""
import baocao
import pytest
from baocao.resolve.governing import _opening, document_time, label_with_year, periods_of

from indicator_cases import inds


def _whole(text):
    r = baocao.parse(text)
    t = document_time(r)
    return label_with_year(t.whole, t.year) if t.whole is not None else None


def _periods(text):
    return [(i.value, i.period, i.period_source) for i in inds(text)]


# --- a year after a comma is the year of the month, quarter or months right before it -----------------

@pytest.mark.parametrize("text, labels", [
    # Cà Mau's planning department (genre dev 150): "… tháng 3, năm 2021 như sau:"
    ("về nhiệm vụ phát triển kinh tế - xã hội tháng 3, năm 2021 như sau:", ["2021-03"]),
    ("Báo cáo tình hình kinh tế - xã hội quý I, năm 2022 của huyện", ["2022-Q1"]),
    ("Kết quả thực hiện tháng 10, năm 2023 của ngành", ["2023-10"]),
    # negatives: joined by "và", two years, a year with no part before it
    ("So với tháng 3 và năm 2020, …", ["2021-03", "2020"][:0] or None),
    ("Năm 2020, năm 2021 đều tăng.", ["2020", "2021"]),
    ("Trong năm 2021, sản lượng tăng.", ["2021"]),
])
def test_a_year_after_a_comma_is_the_year_of_the_part_before_it(text, labels):
    got = [w.label for w in periods_of(baocao.parse(text))]
    if labels is None:      # "tháng 3 và năm 2020": two periods, the year kept
        assert "2020" in got
    else:
        assert got == labels


def test_a_preamble_with_a_comma_before_its_year_dates_by_the_month():
    text = ("Tình hình kinh tế - xã hội tháng 3 năm 2021 của tỉnh Cà Mau\n\n09/04/2021 08:30\n\n"
            "Ngày 08/4/2021, UBND tỉnh có Báo cáo số 87/BC-UBND về nhiệm vụ phát triển kinh tế - xã hội "
            "tháng 3, năm 2021 như sau:\n\n"
            "Diện tích nuôi tôm thâm canh đạt 8.530,8 ha.\n\n"
            "Kim ngạch xuất khẩu đạt 85 triệu USD.")
    assert [p for _, p, _ in _periods(text)] == ["2021-03", "2021-03"]


# --- a preamble that restates the document's period dates nothing of its own --------------------------

RESTATED = [
    # Cà Mau (150): title month, preamble month
    ("Tình hình kinh tế - xã hội tháng 3 năm 2021 của tỉnh Cà Mau\n\n"
     "Ngày 08/4/2021, UBND tỉnh có Báo cáo số 87/BC-UBND về nhiệm vụ phát triển kinh tế - xã hội "
     "tháng 3, năm 2021 như sau:\n\n", "2021-03"),
    # Đồng Nai (002): title 9 months, preamble 9 months
    ("BÁO CÁO TÓM TẮT Tình hình kinh tế - xã hội 09 tháng năm 2021 tỉnh Đồng Nai\n\n"
     "Tình hình kinh tế xã hội trên địa bàn tỉnh 9 tháng năm 2021 như sau:\n\n", "2021-01/2021-09"),
    # Bình Định (089): title and preamble of the month's results
    ("Tình hình kinh tế - xã hội tỉnh Bình Định tháng 11 năm 2023\n\n"
     "Tình hình kinh tế - xã hội tháng 11 năm 2023 có những kết quả nổi bật như sau:\n\n", "2023-11"),
]


@pytest.mark.parametrize("head, label", RESTATED)
def test_a_preamble_restating_the_document_period_leaves_it_to_the_document(head, label):
    got = _periods(head + "Tổng thu ngân sách nhà nước đạt 1.250 tỷ đồng.")
    assert got == [(1250e9, label, "document")]


def test_a_preamble_of_another_period_still_dates_what_follows():
    text = ("Tình hình kinh tế - xã hội tháng 10 năm 2023\n\n"
            "Cục Thống kê báo cáo kết quả thực hiện một số chỉ tiêu 10 tháng năm 2023 như sau:\n\n"
            "Tổng thu ngân sách nhà nước đạt 1.250 tỷ đồng.")
    assert _periods(text) == [(1250e9, "2023-01/2023-10", "clause")]


def test_a_preamble_restating_the_period_keeps_its_framing():
    text = ("Tình hình kinh tế - xã hội tháng 12 và năm 2023\n\n"
            "Trên cơ sở kết quả thực hiện 11 tháng, ước tính tháng 12 năm 2023, Cục Thống kê tỉnh Bình Phước báo "
            "cáo kết quả thực hiện một số chỉ tiêu phát triển kinh tế - xã hội năm 2023 như sau:\n\n"
            "Tổng thu ngân sách nhà nước đạt 1.250 tỷ đồng.")
    [i] = inds(text)
    assert (i.period, i.framing) == ("2023", "estimate")


# --- in the opening, the period of what is planned is not the one reported on --------------------------

@pytest.mark.parametrize("text, label", [
    # Gia Lai broadcaster (genre dev 155): the 9 months reviewed, the last 3 planned
    ("UBND huyện Kông Chro vừa tổ chức Hội nghị sơ kết tình hình thực hiện nhiệm vụ công tác 9 tháng, triển khai "
     "nhiệm vụ 3 tháng cuối năm 2023\n\nTheo đó, 9 tháng đầu năm nay, UBND huyện đã tập trung lãnh đạo.\n\n",
     "2023-01/2023-09"),
    # Gia Lai planning department (086): the month reported, the next month's programme
    ("Báo cáo thực hiện kế hoạch phát triển kinh tế- xã hội tháng 4 và Chương trình công tác tháng 5 năm 2016"
     "\n\n16/08/2016\n", "2016-04"),
    # Đắk Lắk district (072): the year reviewed, the next one's tasks
    ("Hội nghị tổng kết năm 2019, triển khai nhiệm vụ phát triển kinh tế – xã hội và giao dự toán thu, chi ngân "
     "sách năm 2020\n\n", "2019"),
    # Điện Biên (095): the year reported, the next one's direction
    ("Hai tỉnh báo cáo nhanh về tình hình phát triển kinh tế - xã hội trong năm 2018 và phương hướng nhiệm vụ của "
     "năm 2019.\n\n", "2018"),
    # a plan alone names the period of the document (Bà Rịa - Vũng Tàu commune, 151)
    ("Phương hướng nhiệm vụ năm 2022 của xã\n\n", "2022"),
    ("KẾ HOẠCH KINH TẾ - XÃ HỘI NĂM 2022\n\n06/01/2022\n\n", "2022"),
])
def test_the_period_planned_is_not_the_one_reported_on(text, label):
    assert _whole(text + "Tổng thu ngân sách nhà nước đạt 1.250 tỷ đồng.") == label


def test_a_statement_of_the_review_takes_the_months_reviewed():
    text = ("UBND huyện Kông Chro vừa tổ chức Hội nghị sơ kết tình hình thực hiện nhiệm vụ công tác 9 tháng, triển "
            "khai nhiệm vụ 3 tháng cuối năm 2023\n\n"
            "Theo đó, 9 tháng đầu năm nay, UBND huyện đã tập trung lãnh đạo.\n\n"
            "Tổng vốn huy động ước đạt trên 4,6 nghìn tỷ đồng.")
    assert [p for _, p, _ in _periods(text)] == ["2023-01/2023-09"]


def test_every_plan_period_lead():
    from baocao.resolve._rules import load

    for word in load("indicators").plan_period_leads:
        text = f"Sơ kết 6 tháng đầu năm, {word} 6 tháng cuối năm 2024\n\nTình hình 6 tháng đầu năm ổn định.\n\n"
        assert _whole(text) == "2024-01/2024-06", word


# --- the opening: a title block set out in several short paragraphs -----------------------------------

@pytest.mark.parametrize("text, label", [
    # Hậu Giang statistics office (079): the title block in four short paragraphs
    ("Tháng 11\n13:35 04/12/2018\n\nBÁO CÁO\n\nTình hình kinh tế xã hội tỉnh Hậu Giang\n\n"
     "tháng 10, ước tháng 11 và 11 tháng năm 2018\n\n", "2018-01/2018-11"),
    # Khánh Hòa statistics office (012), its heading lines set out as paragraphs
    ("TỔNG CỤC THỐNG KÊ\n\nCỤC THỐNG KÊ TỈNH KHÁNH HÒA\n\nBÁO CÁO\n\nTÌNH HÌNH KINH TẾ - XÃ HỘI\n\n"
     "9 THÁNG ĐẦU NĂM 2022\n\n", "2022-01/2022-09"),
])
def test_the_opening_runs_over_a_title_block(text, label):
    assert _whole(text + "Thu ngân sách đạt 1.250 tỷ đồng.") == label


@pytest.mark.parametrize("text, label", [
    ("Tình hình kinh tế - xã hội của huyện tiếp tục ổn định, sản xuất nông nghiệp phát triển khá, đời sống của "
     "nhân dân từng bước được cải thiện rõ rệt.\n\nNăm 2020, huyện có 5 xã đạt chuẩn.\n\n", "2020"),
    ("Quang cảnh Phiên họp.\n\nNăm 2020, huyện có 5 xã đạt chuẩn.\n\n", "2020"),
    ("Tin tức\n\nKinh tế\n\nThời sự\n\nNăm 2023 GRDP tăng 7%.\n\n", "2023"),
])
def test_a_lead_of_prose_ends_the_opening_and_leads_the_body(text, label):
    # a lead of prose ends the opening, a short sentence too: the paragraph after it is no part of it …
    assert _opening(text) <= text.index("Năm")
    # … but, the opening naming no period, it is the body's lead, which names the period reported on
    # (resolve/doc_body.py; these expected None before it, when only the opening could name it)
    assert _whole(text + "Thu ngân sách đạt 1.250 tỷ đồng.") == label


# --- in a monthly report, a figure with its months so far after it is the month's -----------------------

MONTHLY = "Tình hình kinh tế xã hội tháng 11 và 11 tháng năm 2018\n\n"


def test_a_figure_before_its_months_so_far_is_the_months():
    text = MONTHLY + ("Thu trợ cấp từ Ngân sách Trung ương được 295.969 triệu đồng, lũy kế được 3.514.007 triệu đồng. "
                      "Chi thường xuyên được 572.762 triệu đồng, luỹ kế được 3.669.863 triệu đồng.")
    assert [(v, p) for v, p, _ in _periods(text)] == [
        (295969e6, "2018-11"), (3514007e6, "2018-01/2018-11"), (572762e6, "2018-11"), (3669863e6, "2018-01/2018-11")]


@pytest.mark.parametrize("text, label", [
    # no month in a year's report
    ("Tình hình kinh tế xã hội năm 2018\n\nThu trợ cấp được 295.969 triệu đồng, lũy kế được 3.514.007 triệu đồng.",
     "2018"),
    # the months so far in the next sentence: no part of the figure's clause
    (MONTHLY + "Thu trợ cấp được 295.969 triệu đồng. Lũy kế được 3.514.007 triệu đồng.", "2018-01/2018-11"),
])
def test_no_month_without_its_cumulative_in_the_clause(text, label):
    assert _periods(text)[0][1] == label


# --- a document's date has its day: a month and year alone is a period ----------------------------------

@pytest.mark.parametrize("text, date", [
    # Điện Biên statistics office (023): the title's month, then the date line
    ("TÌNH HÌNH KINH TẾ - XÃ HỘI TỈNH ĐIỆN BIÊN THÁNG 5 NĂM 2024\nThứ tư - 29/05/2024 08:14\n", (29, 5, 2024)),
    # Gia Lai planning department (086)
    ("Báo cáo thực hiện kế hoạch tháng 4 và Chương trình công tác tháng 5 năm 2016\n\n16/08/2016\n", (16, 8, 2016)),
    # Bắc Ninh (030), Bình Tân (112): a month in the lead dates no document
    ("Theo báo cáo của Tổng cục Hải quan, trong tháng 9/2023, kim ngạch xuất khẩu đạt 30,6 tỷ USD.\n",
     (None, None, None)),
    ("(VOH) - Theo UBND quận Bình Tân, tính đến cuối tháng 9/2013, tổng giá trị sản xuất trên 13.300 tỷ đồng.\n",
     (None, None, None)),
    # a draft leaves its day blank: still dated
    ("Mường Ảng, ngày   tháng 12 năm 2024\n\nBÁO CÁO CHÍNH TRỊ\n", (None, 12, 2024)),
    ("Tin đăng lúc 25-10-2020\nHuyện Phong Thổ: Đoàn kết\n", (25, 10, 2020)),
])
def test_a_documents_date_has_its_day(text, date):
    m = baocao.parse(text).meta
    assert (m.day, m.month, m.year) == date
