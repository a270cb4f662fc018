"""A sentence that opens with the same period of another year as its topic, a comma after it and no
``so với`` (``Cùng kỳ năm 2018, cơ cấu nền kinh tế tương ứng là …``: genre dev 120; the statistics
releases' ``Cùng kỳ năm trước, tỷ lệ này là …``), gives the levels of that period: the statement's
months in that year (resolve/base_levels.py: base_opener_period)."""
import pytest

from indicator_cases import inds

HALF = "Tình hình kinh tế - xã hội 6 tháng đầu năm 2019\n\n"
NINE = "Báo cáo tình hình kinh tế - xã hội 9 tháng năm 2023\n\n"


def _periods(text):
    return [(i.value, i.period) for i in inds(text)]


@pytest.mark.parametrize("head, opener, want", [
    (HALF, "Cùng kỳ năm 2018", "2018-01/2018-06"),
    (HALF, "Cùng kỳ năm trước", "2018-01/2018-06"),
    (NINE, "Cùng kỳ năm 2022", "2022-01/2022-09"),
    (NINE, "- Cùng kỳ năm trước", "2022-01/2022-09"),
])
def test_a_sentence_opened_by_the_same_period_of_another_year(head, opener, want):
    text = head + f"Khu vực dịch vụ chiếm 42,04%. {opener}, cơ cấu nền kinh tế tương ứng là 14,13%; 33,83%."
    got = _periods(text)
    assert [p for _, p in got[1:]] == [want, want]
    assert got[0][1] != want


@pytest.mark.parametrize("sentence", [
    "So với cùng kỳ năm trước, tỷ lệ hộ nghèo giảm 1,2%.",               # compared: the report's months
    "Tỷ lệ hộ nghèo giảm 1,2% so với cùng kỳ năm trước.",
    "Trong 6 tháng, cùng kỳ năm trước tỷ lệ hộ nghèo là 5,2%.",          # not the sentence's opener
])
def test_a_base_that_does_not_open_the_sentence_as_its_topic(sentence):
    assert [p for _, p in _periods(HALF + sentence)] == ["2019-01/2019-06"]
