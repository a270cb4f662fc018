"""A breakdown's opener (``Riêng``) right before a period singles out a time, not a part of the whole before
it: the statement after it takes neither the estimate's framing nor its period (resolve/singled_times.py;
docs/records.md §framing). The shape is that of dev documents of eight publishers (Ngôi sao 351, Sở Công
Thương Bình Dương 361, Dân Việt 120, Báo Thế giới & Việt Nam 311, …); the sentences below are written for the tests.
Negatives: ``Riêng`` before a part of the whole still opens a breakdown of the estimate."""
import pytest

import baocao
from baocao.resolve.singled_times import singles_out_a_time
from baocao.resolve.vocabulary import WORDS


def read(text):
    return [(i.value, i.framing, i.period) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text,want", [
    # a month of the half-year estimated, singled out in a sentence of its own
    ("Giá trị sản xuất công nghiệp 6 tháng đầu năm 2022 ước tăng 7,5% so với cùng kỳ. Riêng tháng 6 năm 2022, "
     "giá trị sản xuất công nghiệp tăng 2,1% so với tháng trước.",
     [(7.5, "estimate", "2022-01/2022-06"), (2.1, "actual", "2022-06")]),
    # the months so far of the last year of an estimated term
    ("Tổng vốn đầu tư giai đoạn 2020 - 2024 ước đạt 80.000 tỷ đồng. Riêng 9 tháng đầu năm 2024, tổng vốn đầu tư "
     "đạt 15.000 tỷ đồng.",
     [(80000e9, "estimate", "2020-2024"), (15000e9, "actual", "2024-01/2024-09")]),
    # "trong" between the opener and its time
    ("Thu ngân sách năm 2021 ước đạt 900 tỷ đồng. Riêng trong quý IV năm 2021, thu ngân sách đạt 260 tỷ đồng.",
     [(900e9, "estimate", "2021"), (260e9, "actual", "2021-Q4")]),
])
def test_a_time_singled_out_is_no_part_of_the_estimate(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text,want", [
    # "Riêng" before a part of the whole: a breakdown, the estimate's parts
    ("Thu ngân sách 6 tháng đầu năm 2022 ước đạt 1.200 tỷ đồng. Riêng thu nội địa đạt 950 tỷ đồng.",
     [(1200e9, "estimate"), (950e9, "estimate")]),
    ("Tổng vốn đầu tư năm 2023 ước đạt 5.000 tỷ đồng, riêng vốn ngân sách nhà nước đạt 1.800 tỷ đồng.",
     [(5000e9, "estimate"), (1800e9, "estimate")]),
    # "Trong đó" before a part: unchanged
    ("Kim ngạch xuất khẩu 9 tháng năm 2023 ước đạt 3.000 triệu USD. Trong đó, khu vực kinh tế trong nước đạt "
     "1.100 triệu USD.", [(3000e6, "estimate"), (1100e6, "estimate")]),
])
def test_a_part_after_riêng_is_still_a_part(text, want):
    assert [(v, f) for v, f, _ in read(text)] == want


@pytest.mark.parametrize("text,want", [
    # a year singled out of a plan's span: the plan's part, a target
    ("Ngày 20/12/2020, huyện tổ chức hội nghị triển khai kế hoạch. Giai đoạn 2021-2025, huyện phấn đấu trồng mới "
     "5.000 ha rừng. Riêng năm 2021, trồng mới 1.000 ha rừng.",
     [(5000.0, "target", "2021-2025"), (1000.0, "target", "2021")]),
    ("Kế hoạch năm 2024 của huyện\n\nNăm 2024, huyện phấn đấu thu ngân sách đạt 1.200 tỷ đồng. Riêng quý I năm 2024, "
     "thu ngân sách đạt 300 tỷ đồng.", [(1200e9, "target", "2024"), (300e9, "target", "2024-Q1")]),
])
def test_a_time_singled_out_of_a_target_is_a_target(text, want):
    assert read(text) == want


@pytest.mark.parametrize("word", WORDS.own_sentence_leads)
def test_every_time_opener(word):
    text = (f"Doanh thu du lịch 9 tháng năm 2023 ước đạt 700 tỷ đồng. {word[0].upper() + word[1:]} quý III năm 2023, "
            "doanh thu du lịch đạt 260 tỷ đồng.")
    assert read(text) == [(700e9, "estimate", "2023-01/2023-09"), (260e9, "actual", "2023-Q3")]


def test_a_part_of_the_whole_over_the_months_so_far_is_still_a_part():
    """"trong đó, từ đầu năm đến nay có 12 dự án …" names the year's part of a stock (not a time_opener): its
    period stays the whole's."""
    text = ("Tính đến 31/10/2023, toàn huyện có 150 dự án đăng ký với tổng vốn đăng ký là 900 tỷ đồng, trong đó, "
            "từ đầu năm đến nay có 12 dự án đăng ký mới với số vốn đăng ký là 85 tỷ đồng.")
    sources = {i.value: i.period_source for i in baocao.parse(text).indicators if i.kind == "indicator"}
    assert sources[85e9] == "statement"     # the whole's own time, not the document's


def test_singles_out_a_time_reads_the_period_after_the_opener():
    text = "Thu ngân sách ước đạt 900 tỷ đồng. Riêng tháng 12/2021, thu 80 tỷ đồng."
    report = baocao.parse(text)
    assert [i.framing for i in report.indicators if i.kind == "indicator"] == ["estimate", "actual"]
    assert callable(singles_out_a_time)
