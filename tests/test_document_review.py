"""The period of a document's statements that name none, in three genres where it is not the year of the
document's date nor the last year written (issue 17, batch q's period misses):

- a year's review dated early in the next year (resolve/doc_review.py): a year-end session or review
  published in January reports on the year before;
- a review that names the year reviewed and the year planned (``kết quả … năm 2017, phương hướng nhiệm vụ
  năm 2018``): the plan's year dates no later statement (resolve/doc_plans.py ``plan_spans``);
- a yearly rate in the review of a term holds over the term (resolve/term_rates.py).
"""
import pytest
from baocao.resolve._rules import load

from indicator_cases import inds


def _periods(text):
    return [(i.value, i.period) for i in inds(text)]


# --- a year's review dated early in the next year ------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    # An Giang district portal (genre dev 180): a commune council's year-end session, published 03/01/2023
    ("HĐND các xã tổ chức kỳ họp cuối năm\n\n03:14 03/01/2023\n\nSáng ngày 30/12/2022, Hội đồng nhân dân xã Tấn "
     "Mỹ tổ chức kỳ họp đánh giá tình hình thực hiện Nghị quyết trong năm.\n\nBáo cáo tại kỳ họp cho thấy: Năm qua, "
     "tình hình kinh tế - xã hội của xã phát triển. Toàn xã có 144 hộ trồng xoài theo tiêu chuẩn VietGAP; tổng thu "
     "ngân sách nhà nước đạt gần 12 tỷ đồng.", [(144, "2022"), (12e9, "2022")]),
    # a district party committee's year-end conference, its news dated in January
    ("Huyện ủy tổng kết công tác năm\n\nCập nhật: 05/01/2024\n\nNgày 4/1, Huyện ủy tổ chức Hội nghị tổng kết công "
     "tác năm. Tổng giá trị sản xuất ước đạt 5.200 tỷ đồng; thu ngân sách đạt 320 tỷ đồng.",
     [(5.2e12, "2023"), (320e9, "2023")]),
    # a provincial tax department's news dated in February
    ("Ngành thuế vượt dự toán\n\n12/02/2019\n\nNăm vừa qua, Cục Thuế tỉnh thu ngân sách đạt 4.500 tỷ đồng, bằng "
     "112% dự toán.", [(4.5e12, "2018")]),
])
def test_a_year_review_dated_early_next_year_reports_on_the_year_before(text, want):
    assert _periods(text) == want


@pytest.mark.parametrize("text, want", [
    # dated in December: the year of its date is the year under review
    ("HĐND xã tổ chức kỳ họp cuối năm\n\n28/12/2022\n\nNăm qua, xã thu ngân sách đạt 12 tỷ đồng.", "2022"),
    # dated in March: no year-end review
    ("HĐND xã tổ chức kỳ họp\n\n15/03/2023\n\nNăm qua, xã thu ngân sách đạt 12 tỷ đồng.", "2023"),
    # many years, not the year past (a figure of the next sentence: in their own sentence, the years back
    # date it by no year, resolve/years_back.py)
    ("Nông thôn mới đổi thay\n\n03/01/2023\n\nNhững năm qua, xã phát triển khá. Xã thu ngân sách đạt 12 tỷ đồng.",
     "2023"),
    ("Nông thôn mới đổi thay\n\n03/01/2023\n\n5 năm qua, xã phát triển khá. Xã thu ngân sách đạt 12 tỷ đồng.", "2023"),
    # a school year's review
    ("Ngành giáo dục tổng kết năm học\n\n03/01/2023\n\nToàn ngành có 120 trường đạt chuẩn quốc gia.", "2023"),
    # the opening names the year it reports on
    ("Tổng kết năm 2023\n\n05/01/2024\n\nNăm qua, huyện thu ngân sách đạt 320 tỷ đồng.", "2023"),
])
def test_no_year_review_keeps_the_year_it_was(text, want):
    assert [p for _, p in _periods(text)] == [want]


@pytest.mark.parametrize("word", load("indicators").year_review_words)
def test_every_year_review_word(word):
    text = f"Tin {word}\n\n03/01/2023\n\nXã thu ngân sách đạt 12 tỷ đồng."
    assert [p for _, p in _periods(text)] == ["2022"], word


@pytest.mark.parametrize("word", load("indicators").year_review_not_after)
def test_every_word_before_that_makes_many_years(word):
    # the figure in the next sentence: in their own sentence, many years back date it by no year (years_back.py)
    text = f"Tin vui\n\n03/01/2023\n\n{word.capitalize()} năm qua, xã phát triển khá. Xã thu ngân sách đạt 12 tỷ đồng."
    assert [p for _, p in _periods(text)] == ["2023"], word


@pytest.mark.parametrize("word", load("indicators").year_review_not_before)
def test_every_word_after_that_names_another_year(word):
    text = f"Ngành tổng kết năm {word}\n\n03/01/2023\n\nNgành thu đạt 12 tỷ đồng."
    assert [p for _, p in _periods(text)] == ["2023"], word


# --- the plan's year in a review that names the year reviewed and the year planned ---------------------

_TERM_OPENING = ("Ông A dự Kỳ họp thứ 5, khóa XIX, HĐND xã.\n\nNgày 11/1, HĐND xã tổ chức kỳ họp thứ 5, khóa XIX "
                 "(nhiệm kỳ 2016- 2021).\n\n")


@pytest.mark.parametrize("text, want", [
    # Lục Ngạn broadcaster (genre dev 181): a commune council's session in January
    (_TERM_OPENING + "Tại kỳ họp, các đại biểu đã được nghe báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế- xã "
     "hội năm 2017, phương hướng nhiệm vụ năm 2018 của UBND xã. Theo đó, giá trị sản xuất các ngành đạt trên 466,9 "
     "tỷ đồng. Thu ngân sách nhà nước trên 4,6 tỷ đồng.", [(466.9e9, "2017"), (4.6e9, "2017")]),
    # Điện Biên party site (genre dev 095): "… trong năm 2018 và phương hướng nhiệm vụ của năm 2019"
    (_TERM_OPENING + "Hai tỉnh báo cáo nhanh về tình hình phát triển kinh tế - xã hội trong năm 2018 và phương hướng "
     "nhiệm vụ của năm 2019. Theo đó, tổng sản phẩm tăng 7,1%; thu ngân sách đạt 1.200 tỷ đồng.",
     [(7.1, "2018"), (1.2e12, "2018")]),
    # Khánh Hòa council (genre dev 100): the half year reviewed and the half year planned
    (_TERM_OPENING + "Báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2024, phương hướng, nhiệm vụ 6 tháng cuối "
     "năm 2024 tại kỳ họp. Theo đó, thu ngân sách đạt 6.100 tỷ đồng.", [(6.1e12, "2024-01/2024-06")]),
])
def test_the_plans_year_dates_no_later_statement(text, want):
    assert _periods(text) == want


@pytest.mark.parametrize("word", load("indicators").plan_period_leads)
def test_every_plan_period_lead_in_the_body(word):
    text = (_TERM_OPENING + f"Hội nghị đánh giá kết quả năm 2017, {word} năm 2018. Theo đó, thu ngân sách đạt "
            "1.200 tỷ đồng.")
    assert _periods(text) == [(1.2e12, "2017")], word


@pytest.mark.parametrize("text, want", [
    # the year planned with no earlier period in its sentence: the last year written
    (_TERM_OPENING + "Hội nghị bàn phương hướng nhiệm vụ năm 2018. Theo đó, thu ngân sách đạt 1.200 tỷ đồng.", "2018"),
    # a quarter of the year the plan is of: no plan after a review
    (_TERM_OPENING + "Trong quý I năm 2023, tỉnh triển khai nhiệm vụ năm 2023. Thu ngân sách đạt 1.200 tỷ đồng.", "2023"),
    # the plan in another sentence than the review
    (_TERM_OPENING + "Năm 2017, thu ngân sách tăng. Phương hướng nhiệm vụ năm 2018 đã được thông qua. Theo đó, thu "
     "ngân sách đạt 1.200 tỷ đồng.", "2018"),
])
def test_a_year_not_planned_after_a_review_still_dates(text, want):
    assert [p for v, p in _periods(text) if v == 1.2e12] == [want]


# --- a yearly rate in the review of a term ------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    # Đồng Nai congress news (genre dev 177): a rate per year, the document dated in the congress's year
    ("Ngày 14/10/2020, Đảng bộ tỉnh Đồng Nai khai mạc Đại hội đại biểu lần thứ XI nhiệm kỳ 2020 - 2025.\n\n"
     "Theo báo cáo, Đồng Nai có GRDP bình quân mỗi năm tăng 8,14%; thu nhập bình quân đầu người đạt 120 triệu "
     "đồng/năm.", [(8.14, "2015-2020"), (120e6, "2020")]),
    # Lương Sơn's review of the term 2016-2020 (genre dev 071): "hàng năm" under "Tính bình quân 5 năm"
    ("Báo cáo thống kê\n\nGiá trị sản xuất năm 2020 ước đạt 16.743 tỷ đồng.\n\nTrong 16 chỉ tiêu chủ yếu của Nghị "
     "quyết, nhiệm kỳ 2016 - 2020, có 14/16 chỉ tiêu đạt.\n\nTính bình quân 5 năm\n\n1. Tổng vốn đầu tư toàn xã hội "
     "hàng năm khoảng 35% GRDP, vượt kế hoạch.", [(16743e9, "2020"), (35, "2016-2020")]),
    # a district congress (as Hà Nam's, genre dev 189): a rate per year after an opener of the term's last year
    ("Ngày 20/8/2020, Đảng bộ huyện tổ chức Đại hội đại biểu lần thứ XX, nhiệm kỳ 2020 - 2025.\n\nNăm 2020, thu "
     "ngân sách đạt 500 tỷ đồng; tổng vốn đầu tư phát triển tăng bình quân 16,55%/năm.",
     [(500e9, "2020"), (16.55, "2015-2020")]),
])
def test_a_yearly_rate_in_a_terms_review_holds_over_the_term(text, want):
    assert _periods(text) == want


@pytest.mark.parametrize("text, want", [
    # a mid-term review: no term reviewed
    ("Ngày 5/3/2023, Huyện ủy sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội nhiệm kỳ 2020-2025.\n\n"
     "Năm 2022, GRDP bình quân mỗi năm tăng 7,5%.", "2022"),
    # a rate that names its own year
    ("Ngày 14/10/2020, Đảng bộ tỉnh khai mạc Đại hội đại biểu lần thứ XI nhiệm kỳ 2020 - 2025.\n\n"
     "GRDP năm 2020 tăng 2,1%.", "2020"),
    # a rate that is no yearly one
    ("Ngày 14/10/2020, Đảng bộ tỉnh khai mạc Đại hội đại biểu lần thứ XI nhiệm kỳ 2020 - 2025.\n\n"
     "Tỷ lệ hộ nghèo còn 1,2%.", "2020"),
])
def test_no_yearly_rate_of_the_term(text, want):
    assert [p for _, p in _periods(text)] == [want]


# --- a yearly figure given one year from outside its own sentence ------------------------------------------

@pytest.mark.parametrize("text, want", [
    # Bạc Liêu provincial paper (genre dev 153): after the year of the statement before it, in a parenthesis
    ("Họp mặt kỷ niệm 15 năm thành lập huyện Hòa Bình\n\nThứ Hai, 05/10/2020 | 16:55\n\nHuyện ủy, HĐND, UBND huyện "
     "Hòa Bình vừa tổ chức buổi họp mặt kỷ niệm 15 năm thành lập huyện.\n\nCác đại biểu đã cùng nhau ôn lại chặng "
     "đường hình thành và phát triển 15 năm qua của huyện nhà. Sau 15 năm, Hòa Bình đã đạt được nhiều thành tựu "
     "nổi bật, làm thay đổi diện mạo của huyện, nâng cao chất lượng sống của người dân, tạo sự chuyển biến về cơ "
     "sở vật chất, hạ tầng trong toàn huyện. Công tác chăm lo cho gia đình chính sách, người có công, hộ nghèo "
     "luôn được huyện quan tâm thực hiện.\n\nTỷ lệ hộ nghèo từ 24,75% (năm 2005) giảm xuống còn 1,97% (cuối năm "
     "2019); tạo việc làm hàng năm cho hơn 4.000 lao động.", [(1.97, "2019"), (4000, None)]),
    # Tân Hồng district portal (genre dev 222): a sentence opened by its yearly word after one of a year
    ("Lễ công bố xã đạt chuẩn nông thôn mới\n\nChiều ngày 14/7/2022, huyện tổ chức lễ công bố.\n\nĐến cuối năm "
     "2021, thu nhập bình quân đầu người toàn xã đạt trên 50 triệu đồng/người/năm. hằng năm giới thiệu, tạo việc "
     "làm trong và ngoài tỉnh cho trên 5.320 lao động.", [(50e6, "2021"), (5320, None)]),
    # Hà Nam congress news (genre dev 189) where no term is known: a rate per year after an opener of a year
    ("Hà Nam phát triển\n\nKinh tế tỉnh tăng trưởng khá.\n\nNăm 2020, GRDP bình quân đầu người tăng gấp 1,7 lần. "
     "Thu hút đầu tư đạt kết quả tốt, tổng vốn đầu tư phát triển tăng bình quân 16,55%/năm.",
     [(1.7, "2020"), (16.55, None)]),
])
def test_a_yearly_figure_takes_no_single_year_from_outside_its_sentence(text, want):
    assert _periods(text) == want


@pytest.mark.parametrize("text, want", [
    # its own sentence's opener dates it
    ("Kinh tế phát triển\n\nKinh tế tỉnh tăng trưởng khá.\n\nNăm 2022, GRDP bình quân mỗi năm tăng 7,5%.", "2022"),
    # a crop that lives a year, no yearly word
    ("Kinh tế phát triển\n\nKinh tế tỉnh tăng trưởng khá.\n\nNăm 2022, thu ngân sách đạt 500 tỷ đồng. Tổng diện "
     "tích các cây trồng hằng năm đạt 2.000 ha.", "2022"),
    # a level per year is the year's
    ("Kinh tế phát triển\n\nKinh tế tỉnh tăng trưởng khá.\n\nNăm 2022, thu ngân sách đạt 500 tỷ đồng. Thu nhập "
     "bình quân đầu người đạt 50 triệu đồng/người/năm.", "2022"),
    # a level whose change is per year: the level is the year's (seed 004, Mường Ảng)
    ("Kinh tế phát triển\n\nKinh tế tỉnh tăng trưởng khá.\n\nNăm 2023, thu ngân sách đạt 500 tỷ đồng. Tỷ lệ hộ "
     "nghèo là 22,13%, bình quân giảm 6,51%/năm.", "2023"),
    # a yearly word before another number of its sentence, a programme's name (a national party report)
    ("Kinh tế phát triển\n\nKinh tế tỉnh tăng trưởng khá.\n\nNăm 2023, thu ngân sách đạt 500 tỷ đồng. Ban hành "
     "Chương trình kiểm tra hàng năm và thành lập 31 đoàn kiểm tra, kiểm tra đối với 83 tổ chức đảng.", "2023"),
    # a yearly word of the statement before it, not its own
    ("Kinh tế phát triển\n\nKinh tế tỉnh tăng trưởng khá.\n\nNăm 2022, thu ngân sách đạt 500 tỷ đồng. Thu ngân "
     "sách hàng năm tăng 10%, tổng vốn đầu tư đạt 2.000 tỷ đồng.", "2022"),
    # a level quoted per year, no change: an interest rate is the year's as an income per year is
    ("Hoạt động ngân hàng\n\nTín dụng tăng trưởng khá.\n\nNăm 2023, tổng dư nợ cho vay đạt 5.000 tỷ đồng. Lãi "
     "suất cho vay bình quân 9,5%/năm.", "2023"),
    ("Hoạt động ngân hàng\n\nTín dụng tăng trưởng khá.\n\nNăm 2023, tổng nguồn vốn huy động đạt 8.200 tỷ đồng. "
     "Lãi suất huy động phổ biến ở mức 5,5%/năm.", "2023"),
])
def test_a_figure_that_is_no_yearly_one_keeps_its_year(text, want):
    assert [p for _, p in _periods(text)][-1] == want
