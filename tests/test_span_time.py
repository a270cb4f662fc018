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
