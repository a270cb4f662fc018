"""An undated document that reports on a span of years was written after the span: the years of the span (and the
one right after it) are no future, their statements no targets by time (resolve/span_time.py; docs/records.md
§framing). The shape is that of undated district and city pages of dev (Cổng TTĐT thành phố Hòa Bình 230, huyện
Tây Hòa 354; 245, 252, 273 unchanged); the texts below are written for the tests. Negatives: a year well after the
span is still a target, and a document's date still bounds the present alone."""
import pytest

import baocao
from baocao.resolve.span_time import framing_years


def read(text):
    return [(i.value, i.framing, i.period) for i in baocao.parse(text).indicators if i.kind == "indicator"]


SPAN = ("Số liệu kinh tế xã hội\n\nGiai đoạn 2016-2020 là giai đoạn có nhiều khó khăn đối với kinh tế của huyện, "
        "nhưng kinh tế vẫn tăng trưởng khá. ")


@pytest.mark.parametrize("text,want", [
    # the span's last year, told in a parenthesis after the span's average
    (SPAN + "Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2016-2020 đạt 8,5%/năm (năm 2020 đạt 7,9%).",
     [(8.5, "actual", "2016-2020"), (7.9, "actual", "2020")]),
    # a share of the span's last year and of the year after it
    (SPAN + "Tỷ trọng ngành nông nghiệp chiếm 30,5% năm 2019 và còn 28,2% năm 2021.",
     [(30.5, "actual", "2019"), (28.2, "actual", "2021")]),
])
def test_the_years_of_the_span_are_no_future(text, want):
    assert read(text) == want


def test_a_year_well_after_the_span_is_still_a_target():
    assert [f for _, f, _ in read(SPAN + "Tỷ trọng ngành nông nghiệp chiếm 30,5% năm 2019 và còn 20% năm 2030.")] \
        == ["actual", "target"]


def test_a_dated_document_keeps_its_date():
    text = ("Ngày 15/3/2017\n\nGiai đoạn 2016-2020 là giai đoạn có nhiều khó khăn đối với kinh tế của huyện, nhưng "
            "kinh tế vẫn tăng trưởng khá. Tỷ trọng ngành nông nghiệp chiếm 30,5% năm 2016 và còn 28,2% năm 2019.")
    assert [f for _, f, _ in read(text)] == ["actual", "target"]


def test_framing_years_of_a_report_on_one_year():
    from baocao.resolve.governing import DocumentTime, When
    assert framing_years(DocumentTime(When(0, 4, "2023", 2023, 12, None), None, 2023, [])) == (2023, None)


def test_a_span_after_the_span_reported_on_is_still_to_come():
    """The next span (``giai đoạn 2021-2025`` in a review of 2016-2020) opens in the year after the span: it is
    not over, its average is a target, as a later year is."""
    text = SPAN + ("Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2016-2020 đạt 8%/năm.\n\nTốc độ tăng trưởng kinh tế "
                   "bình quân giai đoạn 2021-2025 đạt 9%/năm; tỷ lệ che phủ rừng năm 2022 đạt 47%.")
    assert read(text) == [(8.0, "actual", "2016-2020"), (9.0, "target", "2021-2025"), (47.0, "target", "2022")]


def test_the_term_a_congress_opens_is_no_span_reported_on():
    """An undated congress's document (``Đại hội … nhiệm kỳ 2020-2025``) is written in its term's first year: the
    term's later years are targets, not years of a span over."""
    text = ("Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025\n\nNhiệm kỳ 2020-2025 là nhiệm kỳ có ý nghĩa "
            "quan trọng. Đại hội thống nhất: tốc độ tăng trưởng kinh tế bình quân giai đoạn 2020-2025 đạt 8%/năm; thu "
            "nhập bình quân đầu người năm 2025 đạt 60 triệu đồng; tỷ lệ che phủ rừng năm 2023 đạt 45%.")
    assert read(text)[1:] == [(60e6, "target", "2025"), (45.0, "target", "2023")]


def test_framing_years_of_the_term_a_congress_opens():
    from baocao.resolve.governing import DocumentTime, When
    time = DocumentTime(When(0, 9, "2020-2025", 2020, 60, None), None, 2020, [])
    assert framing_years(time, "2020-2025") == (2020, None)
    assert framing_years(time, "2015-2020") == (2020, 2026)
