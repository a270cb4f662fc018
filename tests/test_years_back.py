"""A span of years back from now written without its years (resolve/years_back.py; data/indicators.yaml:
years_back_words, years_back_count_tails, years_back_count_leads, years_back_counts) leaves the statements of
its sentence that name no period of their own with none: the document's year, an earlier sentence's opener
or a heading's year is no period of a sum or an average over those years."""
import pytest

import baocao
from baocao.resolve._rules import load

W = load("indicators")
DATED = "Báo cáo tình hình kinh tế - xã hội năm 2023\n\n"      # a document on 2023


def _periods(text):
    return [(i.value, i.period) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text,value", [
    # 324 (a province's poverty portal): the growth after "Trong những năm qua"
    ("Trong những năm qua, bộ mặt kinh tế - xã hội của các xã từng bước phát triển, tổng giá trị sản xuất "
     "tăng bình quân hàng năm 12,4%, cơ cấu kinh tế có bước chuyển dịch đúng hướng.", 12.4),
    # 326 (a national magazine): the funds of eight years of a programme
    ("Được biết, qua 8 năm thực hiện Chương trình mục tiêu quốc gia xây dựng NTM, tổng nguồn lực xây dựng NTM "
     "trên địa bàn huyện đạt 2.119 tỷ đồng.", 2119e9),
    # 295 (a TV item): the funds mobilised "thời gian qua"
    ("Là huyện về đích nông thôn mới đầu tiên của tỉnh, thời gian qua huyện đã huy động xã hội hóa được gần "
     "2.000 tỷ đồng.", 2000e9),
    # 262 (a provincial paper): "Hơn 5 năm qua" before the funds of the models
    ("Hơn 5 năm qua, huyện đã xây dựng các mô hình giảm nghèo với tổng kinh phí khoảng 2 tỷ đồng.", 2e9),
    # 238 (a farming paper): twenty years of growth
    ("Tăng trưởng giá trị sản xuất công nghiệp trong 20 năm qua đạt bình quân trên 20%/năm.", 20.0),
])
def test_a_span_of_years_back_dates_no_statement_by_the_documents_year(text, value):
    assert _periods(DATED + text) == [(value, None)]


def test_an_earlier_sentences_opener_does_not_date_it_either():
    text = DATED + "Năm 2022, thu ngân sách đạt 500 tỷ đồng. Những năm qua, huyện đã huy động được 900 tỷ đồng."
    assert _periods(text) == [(500e9, "2022"), (900e9, None)]


def test_the_parts_of_its_breakdown_have_none():
    text = DATED + ("Qua 8 năm thực hiện Chương trình, tổng nguồn lực xây dựng nông thôn mới đạt 2.119 tỷ đồng. "
                    "Trong đó, nhân dân đóng góp trên 250 tỷ đồng.")
    assert _periods(text) == [(2119e9, None), (250e9, None)]


@pytest.mark.parametrize("word", W.years_back_words)
def test_every_years_back_word(word):
    text = f"{word[0].upper()}{word[1:]}, huyện đã huy động được 900 tỷ đồng."
    assert _periods(DATED + text) == [(900e9, None)]
    assert _periods(DATED + "Huyện đã huy động được 900 tỷ đồng.") == [(900e9, "2023")]


@pytest.mark.parametrize("tail", W.years_back_count_tails)
@pytest.mark.parametrize("count", ["5", "20", *W.years_back_counts])
def test_every_count_of_years_back(tail, count):
    lead = "hai " if count == "mươi" else ""
    assert _periods(DATED + f"Trong {lead}{count} {tail}, huyện đã huy động được 900 tỷ đồng.") == [(900e9, None)]


@pytest.mark.parametrize("lead", W.years_back_count_leads)
def test_every_lead_of_a_count_of_years(lead):
    text = f"{lead[0].upper()}{lead[1:]} 8 năm thực hiện Chương trình, huyện đã huy động được 900 tỷ đồng."
    assert _periods(DATED + text) == [(900e9, None)]


@pytest.mark.parametrize("text,period", [
    ("Năm qua, huyện đã huy động được 900 tỷ đồng.", "2023"),                 # one year: the year reviewed
    ("Trong 1 năm qua, huyện đã huy động được 900 tỷ đồng.", "2023"),         # one year
    ("Qua 8 tháng, huyện đã huy động được 900 tỷ đồng.", "2023"),             # no count of years
    ("Trong những năm qua, năm 2021 huyện đã huy động được 900 tỷ đồng.", "2021"),   # its sentence's year
    ("Những năm qua, huyện phát triển khá. Thu ngân sách đạt 900 tỷ đồng.", "2023"),  # another sentence
    ("Huyện đã huy động được 900 tỷ đồng trong những năm qua.", "2023"),      # after the figure: not read
])
def test_not_a_span_of_years_back_before_the_figure_in_its_sentence(text, period):
    assert _periods(DATED + text) == [(900e9, period)]


def test_a_span_of_years_found_for_it_is_kept():
    """"5 năm qua" at a congress closing 2015-2020: the past term the term machinery finds."""
    text = ("Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025\n\nNgày 15/7/2020, Đảng bộ huyện tổ chức "
            "Đại hội nhiệm kỳ 2020-2025. 5 năm qua, xã đã huy động được 198 tỷ đồng.")
    assert _periods(text) == [(198e9, "2015-2020")]


def test_a_now_word_after_it_dates_by_the_documents_date():
    dated = "Huyện X, ngày 20 tháng 12 năm 2023\n\nBáo cáo tình hình kinh tế - xã hội năm 2023\n\n"
    assert _periods(dated + "Những năm qua, huyện phát triển khá; đến nay đã huy động được 900 tỷ đồng.") \
        == [(900e9, "2023")]
    assert _periods(dated + "Những năm qua, huyện phát triển khá, đã huy động được 900 tỷ đồng.") == [(900e9, None)]


@pytest.mark.parametrize("text", [
    "Kinh tế tỉnh Quảng Nam năm qua đã huy động được 900 tỷ đồng.",      # "Nam", no count: one year back
    "Sản lượng muối năm qua huy động được 900 tỷ đồng.",                 # "muối" (salt), not "mười"
    "Việt Nam năm qua đã huy động được 900 tỷ đồng.",
])
def test_a_word_that_folds_as_a_count_is_no_count_of_years(text):
    assert _periods(DATED + text) == [(900e9, "2023")]


def test_time_back_without_years_keeps_a_reports_months():
    """"Thời gian qua" says no years: in a report of a month (or of 6 months) its figure may be those months';
    a span written in years still dates by none."""
    monthly = "Báo cáo tình hình kinh tế - xã hội tháng 10 năm 2023\n\n"
    assert _periods(monthly + "Thời gian qua, huyện đã huy động được 900 tỷ đồng.") == [(900e9, "2023-10")]
    assert _periods(monthly + "Những năm qua, huyện đã huy động được 900 tỷ đồng.") == [(900e9, None)]
    assert _periods(DATED + "Thời gian qua, huyện đã huy động được 900 tỷ đồng.") == [(900e9, None)]
