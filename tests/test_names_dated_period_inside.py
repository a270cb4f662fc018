"""A dated period inside a lead, between the indicator's name and a qualifier of the statement (issue 17,
resolve/name_periods.py): the name ends before the period. Real sentences of documents of different
publishers (shortened), and negatives: a noun after the period goes on naming the thing, a period in an
aside or after a time word alone ends no name."""
import pytest

from indicator_cases import inds


def name_of(text, fig):
    got = [i.name for i in inds(text) if fig in i.text]
    assert got, [(i.name, i.text) for i in inds(text)]
    return got[0]


@pytest.mark.parametrize("text,fig,want", [
    # Điện Biên (a provincial summary): a standard after the period
    ("Tỷ lệ hộ nghèo năm 2005 theo tiêu chí mới là 44,8%, cao nhất là huyện vùng cao Mường Nhé.",
     "44,8%", "Tỷ lệ hộ nghèo"),
    # Hòa Bình (a district's new-rural news item): an average over the communes after it
    ("Huyện có 18/20 xã thuộc vùng đặc biệt khó khăn, thu nhập năm 2011 trung bình các xã đạt 11,21 triệu "
     "đồng.", "11,21 triệu đồng", "thu nhập"),
    # a national review: the scope after it
    ("Xếp hạng Chỉ số tự do kinh tế năm 2024 của tỉnh là 62,8 điểm.", "62,8 điểm", "Xếp hạng Chỉ số tự do kinh tế"),
    # a national strategy: a modal after it
    ("Quy mô GDP năm 2045 sẽ đạt khoảng 2.500 tỉ USD.", "2.500 tỉ USD", "Quy mô GDP"),
    # a plan of a district: a place after the term
    ("Tổng kế hoạch đầu tư công giai đoạn 2026 - 2030 trên địa bàn huyện là 1.250 tỷ đồng.",
     "1.250 tỷ đồng", "Tổng kế hoạch đầu tư công"),
])
def test_a_dated_period_inside_ends_the_name(text, fig, want):
    assert name_of(text, fig) == want


@pytest.mark.parametrize("text,fig,want", [
    # a noun after the period names the thing measured: the name runs on
    ("Diện tích năm 2024 lúa vụ mùa đạt 12.500 ha.", "12.500 ha", "Diện tích năm 2024 lúa vụ mùa"),
    # a verb alone after it may be the name's own (capital carried over): kept
    ("Vốn năm 2024 chuyển sang là 2.548 tỷ đồng.", "2.548 tỷ đồng", "Vốn năm 2024 chuyển sang"),
    # a conjunction after it opens another predicate: kept as it was
    ("Năm 2025, đã tổ chức bồi dưỡng trong năm 2025 và đưa ra khỏi kế hoạch 55 lớp.", "55 lớp",
     "tổ chức bồi dưỡng trong năm 2025 và đưa ra khỏi"),
    # the country after it marks the country's figure, for its key: kept
    ("Tăng trưởng GDP năm 2025 của nước ta ước đạt 8% (cao nhất trong 10 năm qua).", "8%",
     "Tăng trưởng GDP năm 2025 của nước ta"),
    # the period inside an aside ends nothing
    ("Tổng lượng mưa (tính đến ngày 30/9/2025) phổ biến 150 mm.", "150 mm",
     "Tổng lượng mưa (tính đến ngày 30/9/2025) phổ biến"),
    # a time word alone before the period is no name (Bạc Liêu, a planning department's half-year note)
    ("Báo cáo tháng 6 năm 2016. Ước đến cuối tháng 6 toàn tỉnh xuống giống 57.369 ha, đạt 101,9% so cùng kỳ.",
     "57.369 ha", "cuối tháng 6 toàn tỉnh xuống giống"),
    # a period at the end of the lead: stripped as before
    ("Thu ngân sách 6 tháng đầu năm 2025 đạt 1.200 tỷ đồng.", "1.200 tỷ đồng", "Thu ngân sách"),
])
def test_a_period_that_ends_no_name_inside(text, fig, want):
    assert name_of(text, fig) == want
