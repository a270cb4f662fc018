"""The terms of a congress named without their years (resolve/terms.py; resolve/data/indicators.yaml:
past_term_words, new_term_words, term_word_not_before, congress_words): the results of the term just
ended and the targets of the term the congress opens, in the news and reports of congresses of
communes, districts and provinces (genre dev 068, 071, 110, 111; the long reports of congresses)."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")
CONGRESS = "Ngày 22-5, Đảng bộ xã Hòa Phong tổ chức Đại hội Đảng bộ lần thứ XIV, nhiệm kỳ 2020-2025.\n\n"
DISTRICT = ("Ngày 27/5 vừa qua, Đại hội đại biểu lần thứ XXII Đảng bộ huyện Thạch Hà nhiệm kỳ 2020 - 2025 "
            "chính thức khai mạc.\n\n")


def _periods(text):
    return [(i.value, i.period, i.framing) for i in inds(text)]


@pytest.mark.parametrize("word", W.past_term_words)
def test_every_past_term_word_dates_the_results_by_the_term_just_ended(word):
    cap = word[0].upper() + word[1:]
    text = CONGRESS + f"{cap}, Đảng bộ xã hoàn thành các chỉ tiêu. Tổng giá trị sản xuất đạt 759 tỷ đồng."
    assert _periods(text) == [(759e9, "2015-2020", "actual")]


@pytest.mark.parametrize("word", W.new_term_words)
def test_every_new_term_word_dates_the_targets_by_the_congress_term(word):
    text = CONGRESS + f"Đại hội thông qua nghị quyết {word} với các chỉ tiêu cụ thể: thu ngân sách tăng bình quân 8-10%."
    assert _periods(text) == [(8, "2020-2025", "target")]


def test_results_of_the_last_term_in_a_district_congress():
    text = DISTRICT + ("Trong nhiệm kỳ qua, Đảng bộ và nhân dân đã đạt được kết quả toàn diện, nhiều chỉ tiêu đạt "
                       "và vượt kế hoạch đề ra: Thu nhập bình quân đầu người đạt 37,8 triệu đồng/người/năm; "
                       "tổng giá trị đầu tư xây dựng cơ bản đạt trên 3.145 tỷ đồng. Tổng thu ngân sách trên địa "
                       "bàn đạt 1.703 tỷ đồng.\n\nĐến nay, 30/30 xã được công nhận đạt chuẩn nông thôn mới.")
    assert [p for _, p, _ in _periods(text)] == ["2015-2020"] * 3 + [None]


def test_a_target_of_a_congress_that_names_no_period_holds_over_its_term():
    text = ("Tại đại hội, các đại biểu đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025.\n"
            "Đồng thời, phấn đấu xây dựng tổ chức mặt trận và các đoàn thể vững mạnh đạt 100%.")
    assert _periods(text)[-1] == (100, "2020-2025", "target")


def test_a_figure_of_its_own_year_keeps_it():
    text = CONGRESS + ("Nhiệm kỳ vừa qua, thu ngân sách tăng bình quân hằng năm 10,8%; thu nhập bình quân đầu người "
                       "năm 2020 ước đạt 57 triệu đồng/người/năm.")
    assert _periods(text) == [(10.8, "2015-2020", "actual"), (57e6, "2020", "estimate")]


def test_a_review_in_the_last_year_of_its_term_reports_on_that_term():
    text = ("Kết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2020\n\n"
            "Trong 5 năm, GRDP bình quân đầu người gấp 1,3 lần của tỉnh (83,5/64 triệu đồng).\n\n"
            "Trong 16 chỉ tiêu chủ yếu của Nghị quyết, nhiệm kỳ 2016 - 2020, có 14/16 chỉ tiêu đạt và vượt.")
    assert _periods(text)[0][1] == "2016-2020"


def test_a_draft_dated_the_year_before_the_new_term():
    text = ("Thạch Hà, ngày 15 tháng 10 năm 2024\n\nBÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN "
            "trình Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2025 - 2030\n\n"
            "Trong nhiệm kỳ, tổng vốn đầu tư toàn xã hội đạt 1.200 tỷ đồng.")
    assert [p for _, p, _ in _periods(text)] == ["2020-2025"]


@pytest.mark.parametrize("text", [
    # a report in the middle of a term: neither term is the document's
    "Ngày 5/3/2023, Huyện ủy sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội nhiệm kỳ 2020-2025.\n\n"
    "Trong nhiệm kỳ, tổng vốn đầu tư toàn xã hội đạt 1.200 tỷ đồng.",
    # no term written with its years
    "Nhiệm kỳ vừa qua, Đảng bộ xã hoàn thành các chỉ tiêu. Tổng giá trị sản xuất đạt 759 tỷ đồng.",
])
def test_no_term_where_the_document_does_not_tell(text):
    assert all(p is None or p.startswith("2023") for _, p, _ in _periods(text))


@pytest.mark.parametrize("words, want", [
    ("Trong 5 năm tới, thu ngân sách tăng bình quân 8%.", "2020-2025"),       # the future: the new term
    ("Trong nhiệm kỳ 2015 - 2020, thu ngân sách tăng bình quân 8%.", "2015-2020"),   # written with its years
    ("Trong nhiệm kỳ XIII, thu ngân sách tăng bình quân 8%.", None),             # an ordinal: no guess
    ("Từ đầu nhiệm kỳ tới nay, thu ngân sách tăng bình quân 8%.", None),        # up to now: not the new term
])
def test_a_term_word_before_a_future_a_year_or_an_ordinal(words, want):
    assert [p for _, p, _ in _periods(CONGRESS + words)] == [want]
