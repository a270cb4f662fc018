"""A later statement of a sentence that names a time of its own takes no estimate word from the sentence's
first statement (resolve/own_time.py; docs/records.md §framing: not "the level of another period"): a span
of years beside the year estimated, or a date its clause says it holds up to. Cases are shortened sentences
of dev documents of three publishers (Báo Quảng Trị 293, VTC News 291, HĐND tỉnh Cao Bằng 209); negatives
say what the estimate still frames."""
import pytest

import baocao
from baocao.resolve.own_time import names_own_time


def read(text):
    return [(i.value, i.framing, i.period) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text,want", [
    # Báo Quảng Trị (293): the years 2016-2018 beside the estimated year 2018
    ("Nhờ vậy, tốc độ tăng trưởng GRDP dự kiến năm 2018 đạt 7,3%; bình quân giai đoạn 2016-2018 đạt 6,9%/năm.",
     [(7.3, "estimate", "2018"), (6.9, "actual", "2016-2018")]),
    ("Tổng thu ngân sách nhà nước trên địa bàn dự kiến năm 2018 đạt 2.597 tỷ đồng; tổng thu giai đoạn "
     "2016-2018 là 7.254 tỷ đồng.", [(2597e9, "estimate", "2018"), (7254e9, "actual", "2016-2018")]),
    # VTC News (291): a count up to a month after the estimated sum of five years
    ("Tổng thu ngân sách Nhà nước trên địa bàn 5 năm ước đạt 48.187 tỷ đồng, tăng 50,2% so với giai đoạn "
     "trước; đến hết tháng 8/2025, Lạng Sơn cũng xóa xong toàn bộ 6.508 nhà tạm, nhà dột nát.",
     [(48187e9, "estimate", None), (6508, "actual", "2025-01/2025-08")]),
    # HĐND tỉnh Cao Bằng (209): the revenue up to a day after the estimated food output
    ("Tổng sản lượng lương thực có hạt ước đạt 8.028 tấn, đạt 100,2% kế hoạch; mía 232 ha, đạt 58% KH; thu "
     "ngân sách trên địa bàn tính đến ngày 31/5/2017 trên 8 tỷ đồng, đạt 26,85% KH.",
     [(8028, "estimate", "2017"), (232, "estimate", "2017"), (8e9, "actual", "2017-01/2017-05")]),
])
def test_a_later_clause_of_its_own_time_is_no_estimate(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text,want", [
    # a part of the year estimated (a month, the months so far) is still estimated (Cổng TTĐT 089)
    ("- Kim ngạch xuất nhập khẩu hàng hóa tháng 11/2023 ước đạt 172,7 triệu USD, tăng 3,6% so tháng trước; "
     "lũy kế 11 tháng năm 2023, tổng kim ngạch xuất nhập khẩu hàng hóa đạt 1.790,5 triệu USD.",
     ["estimate", "estimate"]),
    # the same span of years as the first statement's
    ("Giai đoạn 2016-2020, tổng vốn đầu tư ước đạt 5.000 tỷ đồng; thu ngân sách giai đoạn 2016-2020 đạt "
     "2.000 tỷ đồng.", ["estimate", "estimate"]),
    # a date the sentence opens with dates the first statement too: the estimate frames the rest
    ("Tính đến ngày 31/5/2017, thu ngân sách ước đạt 8 tỷ đồng, chi ngân sách 5 tỷ đồng.",
     ["estimate", "estimate"]),
    # a date at the end of the year estimated (its December) is still estimated: the year is not over
    ("Tổng thu ngân sách năm 2023 ước đạt 500 tỷ đồng, tăng 5%; tính đến 31/12/2023 dư nợ tín dụng đạt "
     "45.000 tỷ đồng.", ["estimate", "estimate"]),
    ("Tổng thu ngân sách giai đoạn 2021-2025 ước đạt 5.000 tỷ đồng; đến hết tháng 12/2025, toàn tỉnh xóa "
     "xong 6.508 nhà tạm.", ["estimate", "estimate"]),
    # "đến nay" names no date of its own
    ("Thu ngân sách ước đạt 500 tỷ đồng; đến nay chi ngân sách 300 tỷ đồng.", ["estimate", "estimate"]),
    # a year's horizon ("đến năm 2025") is no date a figure holds up to
    ("Thu ngân sách ước đạt 500 tỷ đồng; đến năm 2025 chi ngân sách 300 tỷ đồng.", ["estimate", "estimate"]),
])
def test_what_the_estimate_still_frames(text, want):
    assert [f for _, f, _ in read(text)] == want


def test_names_own_time_is_exported():
    assert callable(names_own_time)
