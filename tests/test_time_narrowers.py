"""A part opened by ``riêng`` and a period narrows its whole's time, not its figure (resolve/singled_times.py
``singles_out_a_time``): after a whole over a term or the months so far, ``Riêng 8 tháng đầu năm 2025, …`` or ``Riêng
tháng 06 năm 2018, …`` keeps its own period and its own framing. The shape is written by seven publishers of dev
(073, 120, 186, 238, 289, 351, 361); it went wrong in 351 (Ngôi sao) and 361 (Sở Công Thương Bình Dương), where
the whole before it names its own period. Negatives: ``riêng`` before a name (a part of the figure) still takes
the whole's period and framing; a part opened by ``trong đó`` still holds over the whole's time."""
import pytest

from indicator_cases import inds, periods_by_figure


def _by_figure(text: str) -> dict:
    return {i.text[-12:]: (i.period, i.framing) for i in inds(text)}


@pytest.mark.parametrize("text,fig,period", [
    # a term's estimate, then the months of its last year
    ("Đại hội Đảng bộ huyện\n\nTổng vốn đầu tư giai đoạn 2021 - 2025 ước đạt 48.000 tỷ đồng. Riêng 9 tháng đầu "
     "năm 2025, kinh tế huyện tăng trưởng 8,4%, xếp thứ 3 của tỉnh.", "8,4%", "2025-01/2025-09"),
    # the months so far, then the last month
    ("Sản xuất công nghiệp\n\nTính chung 9 tháng năm 2021, chỉ số sản xuất công nghiệp ước tăng 6,1% so cùng kỳ. "
     "Riêng tháng 9 năm 2021, chỉ số sản xuất công nghiệp tăng 3,2% so với tháng trước.", "3,2%", "2021-09"),
    # "trong" between the opener and its period
    ("Du lịch\n\nGiai đoạn 2016 - 2020, tổng lượt khách ước đạt 12 triệu lượt. Riêng trong năm 2020, "
     "lượt khách đạt 1,9 triệu lượt.", "1,9 triệu", "2020"),
])
def test_a_part_of_the_wholes_time_keeps_its_own_period(text, fig, period):
    assert periods_by_figure(text, [fig]) == {fig: period}


def test_a_part_of_the_wholes_time_keeps_its_own_framing():
    text = ("Sản xuất công nghiệp\n\nTính chung 9 tháng năm 2021, chỉ số sản xuất công nghiệp ước tăng 6,1% so cùng "
            "kỳ. Riêng tháng 9 năm 2021, chỉ số sản xuất công nghiệp tăng 3,2% so với tháng trước.")
    framing = {i.value: i.framing for i in inds(text)}
    assert framing[6.1] == "estimate" and framing[3.2] == "actual"


@pytest.mark.parametrize("text,fig,period", [
    # "riêng" before a name: a part of the figure, over the whole's time
    ("Đại hội Đảng bộ huyện\n\nTổng vốn đầu tư giai đoạn 2021 - 2025 ước đạt 48.000 tỷ đồng, riêng vốn ngân "
     "sách đạt 9.000 tỷ đồng.", "9.000 tỷ", "2021-2025"),
    # "trong đó" after the whole's own months: the parts hold over them
    ("Báo cáo tháng 10 năm 2023\n\nTrong tháng 10 năm 2023, kim ngạch xuất khẩu ước đạt 120 triệu USD, nâng "
     "tổng kim ngạch xuất khẩu 10 tháng năm 2023 lên 1.150 triệu USD, trong đó khu vực kinh tế trong nước "
     "đạt 450 triệu USD.", "450 triệu", "2023-01/2023-10"),
])
def test_a_part_of_the_figure_still_holds_over_the_wholes_time(text, fig, period):
    assert periods_by_figure(text, [fig]) == {fig: period}
