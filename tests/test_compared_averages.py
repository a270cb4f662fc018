"""The average of a wider area a statement is compared with (``cao hơn bình quân chung toàn tỉnh là 7,73%``,
``cao hơn mức bình quân cả nước (9,53%)``) is that area's level: unattached with its reason
(``resolve.unattached_averages``); a multiple written with ``bằng`` after a level is its change, as ``gấp``."""
import pytest

import baocao
from baocao.resolve.unattached_averages import COMPARED_AVERAGE_REASON
from indicator_cases import inds


@pytest.mark.parametrize("text, average, values", [
    # "là", compared_areas "toàn tỉnh", average_words "bình quân chung" (344 diaocnamtrungbo)
    ("Tốc độ tăng trưởng kinh tế bình quân hàng năm giai đoạn 2021 – 2023 đạt 7,83% (cao hơn bình quân chung toàn "
     "tỉnh là 7,73%).", "7,73%", [7.83]),
    # "(", "mức bình quân", "cả nước" (372 60shomnay)
    ("Quý I/2025, giải ngân vốn đầu tư công đạt 763,3 tỷ đồng, chiếm 13,4% kế hoạch, cao hơn mức bình quân cả nước "
     "(9,53%).", "9,53%", [763.3e9]),
    # "thấp hơn", "của", "huyện"
    ("Năm 2023, thu nhập bình quân của xã đạt 40 triệu đồng, thấp hơn mức bình quân của huyện (45 triệu đồng).",
     "45 triệu đồng", [40e6]),
    # the measure's words between "mức" and the average (430 lutrader, Thủy Nguyên)
    ("Cụ thể, trong năm tốc độ tăng trưởng kinh tế 14,3% [cao hơn mức tăng trưởng trung bình của thành phố là 11,22% "
     "và đứng trong tốp đầu các quận, huyện].", "11,22%", [14.3]),
])
def test_a_compared_average_is_unattached(text, average, values):
    rep = baocao.parse(text)
    assert [i.value for i in rep.indicators if i.kind == "indicator"] == values
    assert [(u.text, u.reason) for u in rep.unattached if u.text == average] == [(average, COMPARED_AVERAGE_REASON)]


@pytest.mark.parametrize("text, values", [
    ("Năm 2023, tăng trưởng GRDP đạt 8%, cao hơn bình quân cả nước là 1,2 điểm phần trăm.", [8.0]),  # points: held
    ("Năm 2023, tăng trưởng bình quân của tỉnh đạt 8%.", [8.0]),         # no comparative: the place's own
    ("Năm 2023, GRDP tăng 8%, cao hơn cùng kỳ 2%.", [8.0]),
])
def test_other_comparisons_stay(text, values):
    assert [i.value for i in inds(text)] == values


def test_mức_with_no_measure_words_is_no_average_of_its_own():
    # "mức bình quân chung" then the place's own level and the country's: the first figure is no compared average
    rep = baocao.parse("Năm 2016, tăng trưởng tín dụng cao hơn mức bình quân chung cả nước (15,07% so với 9,5%).")
    assert all(u.reason != COMPARED_AVERAGE_REASON for u in rep.unattached)


@pytest.mark.parametrize("text, change", [
    ("Năm 2015 tổng sản phẩm xã hội ước đạt 45.885 tỉ đồng, bằng 1,6 lần năm 2010.", 1.6),      # 330 thegioithao
    ("Năm 2015, tổng vốn đầu tư toàn xã hội 33.155 tỉ đồng, bằng 1,95 lần so giai đoạn trước.", 1.95),  # 401 vinanet
])
def test_a_multiple_after_bang_is_the_change_of_the_level(text, change):
    found = inds(text)
    assert len(found) == 1 and found[0].change == change and found[0].change_unit == "lần"


def test_a_ratio_after_bang_stays_a_ratio():
    # a percentage after "bằng" is no multiple: the ratio to the same period, held as before
    assert [i.value for i in inds("Năm 2023, thu ngân sách đạt 500 tỷ đồng, bằng 98,4% cùng kỳ năm trước.")] == [500e9]
