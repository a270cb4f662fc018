"""Periods of a congress's or a term's results written without a period record in the statement
(issue 17): a term written with its years that opens a sentence, the term the targets are set ``cho``,
a span alone in a parenthesis after the figure: real sentences of documents of different publishers (shortened), and negatives."""
import pytest

from indicator_cases import periods_by_figure as by_figure



# --- a term with its years opening a sentence dates the rest of its paragraph ----------------------
@pytest.mark.parametrize("text,want", [
    # Kon Tum (a provincial television's news of a commune congress, "Ngày 17/1" without its year)
    ("Ngày 17/1, Đảng bộ xã tổ chức Đại hội Đảng bộ xã lần thứ IV, nhiệm kỳ 2020 – 2025.\n\n"
     "Nhiệm kỳ 2015 – 2020, các chỉ tiêu Nghị quyết đề ra cơ bản đều đạt và vượt. Cụ thể, thu nhập bình quân "
     "đầu người ước đạt 38 triệu đồng. Thu ngân sách đạt hơn 4,7 tỷ đồng. Tỷ lệ hộ nghèo giảm xuống còn hơn "
     "5,1%. Năm 2018, xã hoàn thành 19/19 tiêu chí.\n",
     {"38 triệu đồng": "2015-2020", "4,7 tỷ đồng": "2015-2020", "5,1%": "2015-2020", "19/19": "2018"}),
    # a district's review of a term, its date after the term
    ("Huyện ủy tổng kết nhiệm kỳ.\n\nNhiệm kỳ 2010-2015, tổng giá trị sản xuất tăng bình quân 12%/năm. Thu "
     "ngân sách đạt 50 tỷ đồng.\n",
     {"12%": "2010-2015", "50 tỷ đồng": "2010-2015"}),
])
def test_a_term_opening_a_sentence_dates_its_paragraph(text, want):
    assert by_figure(text, want) == want


@pytest.mark.parametrize("text,fig", [
    # the term names the congress, in the middle of its sentence: no span of the figures after it
    ("Đảng bộ xã tổ chức Đại hội lần thứ IV, nhiệm kỳ 2020 – 2025. Thu ngân sách đạt hơn 4,7 tỷ đồng.\n",
     "4,7 tỷ đồng"),
    # a new paragraph
    ("Tin tức.\n\nNhiệm kỳ 2015 – 2020, các chỉ tiêu đều đạt.\n\nThu ngân sách đạt hơn 4,7 tỷ đồng.\n",
     "4,7 tỷ đồng"),
])
def test_a_term_that_opens_no_sentence_or_another_paragraph_dates_nothing(text, fig):
    assert by_figure(text, [fig])[fig] is None


# --- the targets set "cho nhiệm kỳ 2020 – 2025" and the list that continues them ---------------------
def test_the_term_targets_are_set_for_dates_the_sentences_after_it():
    text = ("Ngày 17/1, Đảng bộ xã tổ chức Đại hội.\n\nNăm 2018, xã hoàn thành 19/19 tiêu chí.\n\n"
            "Tại Đại hội, các đại biểu đã thống nhất đề ra một số chỉ tiêu cho nhiệm kỳ 2020 – 2025, gồm thu "
            "ngân sách hàng năm tăng trên 11%. Tỷ lệ hộ nghèo giảm dưới 5%.\n")
    assert by_figure(text, ["11%", "5%"]) == {"11%": "2020-2025", "5%": "2020-2025"}


# --- a span of years alone in a parenthesis right after the figure is its period --------------------
@pytest.mark.parametrize("text,want", [
    # Kon Tum (an ethnic-affairs daily's report on a congress of 2019)
    ("Đại hội đại biểu các DTTS huyện lần thứ III năm 2019.\n\nKT-XH có bước phát triển, tốc độ tăng trưởng "
     "bình quân đạt 16,6%/năm (giai đoạn 2014-2018); thu nhập bình quân đầu người đạt 23 triệu đồng.\n",
     {"16,6%": "2014-2018", "23 triệu đồng": "2019"}),
    ("Báo cáo kinh tế năm 2021.\n\nTổng vốn đầu tư toàn xã hội đạt 5.000 tỷ đồng (năm 2020), tăng 8%. Thu ngân "
     "sách đạt 900 tỷ đồng.\n", {"5.000 tỷ đồng": "2020", "900 tỷ đồng": "2021"}),
])
def test_a_period_alone_in_a_parenthesis_after_the_figure(text, want):
    # it dates the figure before it, not the next statement
    assert by_figure(text, want) == want


@pytest.mark.parametrize("text,fig,not_want", [
    # the parenthesis holds another statement, not the figure's period
    ("Báo cáo kinh tế năm 2021.\n\nTổng vốn đầu tư đạt 5.000 tỷ đồng (năm 2019 đạt 4.000 tỷ đồng).\n",
     "5.000 tỷ đồng", "2019"),
    # a ratio: the year is the base compared with
    ("Báo cáo kinh tế năm 2023.\n\nSản lượng lúa đạt 120.000 tấn, bằng 95% (năm 2022).\n", "95%", "2022"),
])
def test_a_parenthesis_that_holds_more_or_a_base_is_no_period(text, fig, not_want):
    assert by_figure(text, [fig]).get(fig) != not_want
