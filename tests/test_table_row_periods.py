"""A period written in a cell of a table row as text (``Giá trị sản xuất | Năm 2019, …``: a row of cells
separated by bars, as crawled pages write them) dates its own row only, not the rows after it: neither as a
period written before them (resolve/written.py) nor as a lead-in clause (resolve/governing.py). Genre dev
106 (a province profile written as table lines), the long reports' tables in text."""
import pytest

from indicator_cases import inds

INTRO = "Kinh tế của tỉnh tiếp tục phát triển ổn định.\n\n"


def _periods(text):
    return [(i.value, i.period) for i in inds(text)]


@pytest.mark.parametrize("end", [" |", " | |||||||||||||||"])
def test_a_period_in_a_row_dates_its_row_only(end):
    text = INTRO + (f"Giá trị sản xuất | Năm 2019, giá trị sản xuất công nghiệp: 45.033 tỷ đồng{end}\n"
                    f"Tổng mức bán lẻ hàng hóa | Năm 2019 đạt 74.674 tỷ đồng{end}\n"
                    f"Tiềm năng kinh tế biển | 134 km bờ biển, 2.500 km2 vùng lãnh hải{end}\n")
    assert [p for _, p in _periods(text)] == ["2019", "2019", None, None]


def test_a_period_in_prose_still_dates_the_sentences_after_it():
    text = INTRO + "Năm 2019, giá trị sản xuất công nghiệp đạt 45.033 tỷ đồng.\nChiều dài bờ biển là 134 km."
    assert [p for _, p in _periods(text)] == ["2019", "2019"]
