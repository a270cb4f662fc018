"""The parts of a breakdown hold over their whole's time when the whole's own words move it off the month
its sentence opens with (resolve/part_periods.py): ``trong tháng 8 năm 2017, … nâng tổng số lượt khách …
trong 8 tháng đầu năm 2017 lên hơn 460 ngàn lượt khách, … trong đó …``. The case of 171 (Đắk Lắk culture
and tourism department) and the same grammar in a trade and a tourism paragraph of monthly reports; with
negatives: a part that names its own time keeps it, a breakdown of the month keeps the month, a whole that
names no time of its own lends none."""
import pytest

from indicator_cases import periods_by_figure


@pytest.mark.parametrize("text,figs,want", [
    # 171: both parts, the second after a ";" of the same list
    ("Đắk Lắk: đón hơn 460 ngàn lượt khách trong 8 tháng đầu năm 2017\n\nTheo Sở Văn hóa, Thể thao và Du lịch, "
     "trong tháng 8 năm 2017, ngành Du lịch ước đón 59 ngàn lượt khách, nâng tổng số lượt khách du lịch ước đón "
     "trong 8 tháng đầu năm 2017 lên hơn 460 ngàn lượt khách, tăng 10% so với cùng kỳ 2016 trong đó ước đón hơn "
     "45 ngàn lượt khách quốc tế, tăng gần 12% so với cùng kỳ 2016; khách nội địa ước đón hơn 420 ngàn lượt "
     "khách, tăng gần 11% so với cùng kỳ năm 2016.", ["45 ngàn", "420 ngàn"], "2017-01/2017-08"),
    # a monthly trade paragraph: the total of ten months and its parts
    ("Báo cáo tháng 10 năm 2023\n\nTrong tháng 10 năm 2023, kim ngạch xuất khẩu ước đạt 120 triệu USD, nâng "
     "tổng kim ngạch xuất khẩu 10 tháng năm 2023 lên 1.150 triệu USD, tăng 8% so với cùng kỳ, trong đó khu vực "
     "kinh tế trong nước đạt 450 triệu USD; khu vực có vốn đầu tư nước ngoài đạt 700 triệu USD.",
     ["450 triệu", "700 triệu"], "2023-01/2023-10"),
    # a monthly tourism paragraph
    ("Báo cáo tháng 6 năm 2022\n\nTrong tháng 6, toàn tỉnh đón 80 nghìn lượt khách, đưa tổng lượt khách 6 tháng "
     "đầu năm 2022 lên 520 nghìn lượt, trong đó khách quốc tế 20 nghìn lượt.", ["20 nghìn"], "2022-01/2022-06"),
])
def test_the_parts_hold_over_the_wholes_own_time(text, figs, want):
    assert periods_by_figure(text, figs) == {f: want for f in figs}


@pytest.mark.parametrize("text,fig,want", [
    # a part that names its own time keeps it
    ("Báo cáo tháng 10 năm 2023\n\nTrong tháng 10 năm 2023, kim ngạch xuất khẩu ước đạt 120 triệu USD, nâng "
     "tổng kim ngạch xuất khẩu 10 tháng năm 2023 lên 1.150 triệu USD, trong đó quý III đạt 350 triệu USD.",
     "350 triệu", "2023-Q3"),
    # the breakdown of the month's figure keeps the month
    ("Báo cáo tháng 6 năm 2022\n\nTrong tháng 6, toàn tỉnh đón 80 nghìn lượt khách, trong đó khách quốc tế 5 "
     "nghìn lượt. Tổng lượt khách 6 tháng đầu năm 2022 đạt 520 nghìn lượt.", "5 nghìn", "2022-06"),
    # a whole dated by the opener alone lends no other time
    ("Báo cáo tháng 6 năm 2022\n\nTrong tháng 6 năm 2022, thu ngân sách đạt 300 tỷ đồng, trong đó thu nội địa "
     "250 tỷ đồng.", "250 tỷ", "2022-06"),
])
def test_a_part_keeps_its_own_time_or_the_months(text, fig, want):
    assert periods_by_figure(text, [fig]) == {fig: want}
