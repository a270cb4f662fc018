"""A running total in a sentence of its own, opened by a running-total word and with no indicator
phrase of its own, is the statement before it over its own months (resolve/running_totals.py, issue
17). Cases are sentences of the dev corpus (shortened): 150 (Cà Mau's monthly note), 101 (Kiên
Giang's statistics office, through a news digest), 130 (Bến Tre's nine-month report) and 163 (Bắc
Giang's industry news) with their month and running total written as two sentences. The negatives:
a running total that names its own indicator keeps it (096, Kiên Giang; r02), one of another kind
of figure, after two indicators of its kind, after a heading, or two sentences after the statement
gets no name (a sentence that opens with a period and a verb: tests/test_indicator_period_openers.py)."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import inds, left_out

W = load("indicators")

_150 = ("Tổng sản lượng thủy sản tháng 3 năm 2021 đạt 50.000 tấn, tăng 1% so tháng trước; trong đó sản lượng tôm đạt "
        "17.750 tấn, tăng 6% so tháng trước. {opener} 3 tháng đầu năm đạt 150.500 tấn, bằng 24,3% kế hoạch, "
        "tăng 2,7% so cùng kỳ; trong đó sản lượng tôm đạt 52.500 tấn, bằng 23,3% kế hoạch, tăng 7,3% so cùng kỳ.")


def by_value(text):
    return {i.value: i for i in inds(text)}


def test_a_monthly_notes_running_total_is_the_whole_not_its_part():
    got = by_value(_150.format(opener="Lũy kế"))
    total = got[150500]
    assert (total.name, total.unit, total.framing, total.achievement_pct, total.key) == (
        "Tổng sản lượng thủy sản", "tấn", "actual", 24.3, "fishery_output")
    assert (total.period, got[50000].period) == ("2021-01/2021-03", "2021-03")
    assert got[52500].name == "sản lượng tôm" and got[52500].period == total.period   # its part, over its months


@pytest.mark.parametrize("opener", W.running_total_openers)
def test_every_running_total_opener(opener):
    total = by_value(_150.format(opener=opener.capitalize()))[150500]
    assert total.name == "Tổng sản lượng thủy sản"


@pytest.mark.parametrize("text,value,name,framing", [
    # 101: the name before a colon, the estimate written in the running total's own words
    ("Theo Cục Thống kê, tổng sản lượng thủy sản (khai thác và nuôi trồng): Tháng Tư năm 2018 ước đạt 59.573 tấn, "
     "tăng 7,07 % so tháng trước. Tính chung 4 tháng  ước thực hiện 228.344 tấn, đạt 29,13% kế hoạch năm, tăng "
     "7,90% so cùng kỳ năm trước.", 228344, "tổng sản lượng thủy sản", "estimate"),
    # 130: after the month's harvest, in a bulleted line of its own
    ("Sản lượng thu hoạch tháng 9 năm 2022 ước đạt 36.955 tấn.\n- Lũy kế 9 tháng 250.583 tấn, tăng 31,56% so cùng "
     "kỳ, đạt 78,31% kế hoạch/năm.", 250583, "Sản lượng thu hoạch", "actual"),
    # 163: a change after a change
    ("Chỉ số sản xuất công nghiệp toàn tỉnh tháng 7 năm 2023 tăng 70,4% so với cùng kỳ. Cộng dồn 7 tháng tăng "
     "50,0% so với cùng kỳ.", 50.0, "Chỉ số sản xuất công nghiệp", "actual"),
])
def test_the_running_total_takes_the_name_before_it(text, value, name, framing):
    total = by_value(text)[value]
    assert (total.name, total.framing) == (name, framing)
    assert total.period and "/" in total.period    # its own months, not the month before


@pytest.mark.parametrize("text,value,name", [
    # 096: it names its own indicator
    ("Tổng mức bán lẻ hàng hóa tháng 6 ước đạt 8.000 tỷ đồng. Tính chung 6 tháng, kim ngạch hàng hóa xuất khẩu "
     "đạt 268,9 triệu USD, đạt 51,71% kế hoạch năm.", 268.9e6, "kim ngạch hàng hóa xuất khẩu"),
    # r02: and so after a statement of the same unit
    ("Doanh thu bán lẻ hàng hóa tháng 9 ước đạt 9.871 tỷ đồng. Cộng dồn chín tháng năm 2025, tổng mức bán lẻ hàng "
     "hóa và doanh thu dịch vụ tiêu dùng toàn tỉnh ước đạt 156.706 tỷ đồng.", 156706e9,
     "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"),
])
def test_a_running_total_that_names_its_indicator_keeps_it(text, value, name):
    assert by_value(text)[value].name == name


@pytest.mark.parametrize("text,fig", [
    # another unit
    ("Tổng sản lượng thủy sản tháng 3 đạt 50.000 tấn, tăng 1% so tháng trước. Lũy kế 3 tháng đầu năm đạt 180 tỷ "
     "đồng.", "180 tỷ đồng"),
    # a change after a level
    ("Tổng sản lượng thủy sản tháng 3 đạt 50.000 tấn. Lũy kế 3 tháng đầu năm tăng 2,7% so cùng kỳ.", "2,7%"),
    # two indicators of its kind before it: which one is not sure
    ("Sản lượng lúa tháng 3 đạt 50.000 tấn, sản lượng ngô đạt 20.000 tấn. Lũy kế 3 tháng đầu năm đạt 150.500 "
     "tấn.", "150.500 tấn"),
    # a heading between
    ("Tổng sản lượng thủy sản tháng 3 đạt 50.000 tấn.\n\nII. CÔNG NGHIỆP\n\nLũy kế 3 tháng đầu năm đạt 150.500 "
     "tấn.", "150.500 tấn"),
    # the statement two sentences before
    ("Tổng sản lượng thủy sản tháng 3 đạt 50.000 tấn. Ngư dân bám biển dài ngày. Lũy kế 3 tháng đầu năm đạt "
     "150.500 tấn.", "150.500 tấn"),
    # (a sentence with no running-total word that opens with a period and a verb right before its figure is
    # now read so too: tests/test_indicator_period_openers.py)
])
def test_no_name_where_the_statement_before_is_not_sure(text, fig):
    left_out(text, fig)


# A running total inside the month's sentence, after a comma, in a document that writes no year
# (163, Bắc Giang's industry news; the statistics offices' monthly notes write it so too): the months
# so far are another period than the month's, so the running total is a statement of its own with the
# month's name, never the change of the month's statement (a wrong value).
@pytest.mark.parametrize("opener", ["lũy kế", "cộng dồn", "tính chung"])
def test_a_running_total_after_a_comma_with_no_year_is_no_change_of_the_month(opener):
    got = by_value(f"Ước tính chỉ số sản xuất công nghiệp toàn tỉnh tháng 7 tăng 70,4% so với cùng kỳ, "
                   f"{opener} 7 tháng tăng 50,0% so với cùng kỳ.")
    assert set(got) == {70.4, 50.0}
    assert got[70.4].change is None
    assert got[50.0].name.lower() == "chỉ số sản xuất công nghiệp"
    assert got[50.0].framing == "estimate"


def test_a_running_total_of_an_amount_after_a_comma_keeps_the_months_name():
    # a level after a level (Cao Bằng's and Kiên Giang's notes write "Tính chung N tháng ..." so)
    got = by_value("Kim ngạch xuất khẩu tháng 3 đạt 120 triệu USD, tăng 5% so với tháng trước; "
                   "tính chung 3 tháng tăng 8,2% so với cùng kỳ.")
    assert got[120e6].change == 5.0
    assert got[8.2].name == "Kim ngạch xuất khẩu" and got[8.2].change is None


def test_a_second_rate_with_no_running_total_word_is_still_the_change_it_was():
    # negative: no running-total word and no other period: the reading before the rule
    got = by_value("Chỉ số sản xuất công nghiệp tháng 7 tăng 70,4% so với cùng kỳ, tăng 3,1% so với tháng trước.")
    assert 70.4 in got and 50.0 not in got


def test_a_running_total_that_names_its_own_indicator_keeps_it_after_a_comma():
    got = by_value("Doanh thu du lịch tháng 7 đạt 500 tỷ đồng; cộng dồn 7 tháng, lượt khách đạt 30.000 lượt.")
    assert got[30000].name == "lượt khách"
