"""A count after a verb of receiving or attracting (issue 17, session 37): the verb is no part of the name
(tourism reports of Đắk Lắk, Kiên Giang, Khánh Hòa; a provincial party committee's review; a district's
report)."""
from __future__ import annotations

import pytest

from indicator_cases import inds
from baocao.resolve.vocabulary import WORDS


@pytest.mark.parametrize("text, name", [
    # the subject is the sector: the phrase after the figure names the count
    ("Trong tháng 8 năm 2017, ngành Du lịch Đắk Lắk ước đón 59 ngàn lượt khách.", "lượt khách"),
    # the verb alone before the figure: the phrase after, without the verb
    ("Năm 2019, thu hút 8,78 triệu lượt khách, tăng 13,8% so với cùng kỳ.", "lượt khách"),
    ("Tính đến hết tháng 11, đón hơn 5,8 triệu lượt khách lưu trú, tăng 14,75%.", "lượt khách lưu trú"),
    ("Năm 2023, toàn tỉnh thu hút được 17 dự án đầu tư ngoài ngân sách.", "dự án đầu tư ngoài ngân sách"),
    # what was received written before the verb names it
    ("Năm 2017, khách nội địa ước đón hơn 420 ngàn lượt khách, tăng gần 11%.", "khách nội địa"),
    ("Năm 2017, tổng số lượt khách du lịch ước đón đạt 460 ngàn lượt khách.", "tổng số lượt khách du lịch"),
    # a place that is a part of the whole names its part
    ("Trong tháng 4, Phú Quốc ước đón 368.848 lượt khách (tăng 43,2%).", "Phú Quốc"),
])
def test_a_verb_of_receiving_is_no_part_of_a_counts_name(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text, name", [
    # no count: money attracted keeps its verb (a measure of its own)
    ("Năm 2025, thu hút FDI 3,023 tỷ USD.", "thu hút FDI"),
    ("Quý I/2018, tổng vốn FDI thu hút đạt 829,45 triệu USD.", "tổng vốn FDI thu hút"),
    # a verb that is no verb of receiving stays with the count ("kết nạp")
    ("Năm 2022, kết nạp 40 đảng viên mới.", "kết nạp đảng viên mới"),
])
def test_other_verbs_and_amounts_keep_their_names(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("verb", WORDS.reception_verbs)
def test_every_reception_verb(verb):
    assert [i.name for i in inds(f"Năm 2022, ngành du lịch {verb} 120 ngàn lượt khách quốc tế.")] == [
        "lượt khách quốc tế"]


def test_a_place_that_did_the_receiving_is_its_subject():
    # a word of aspect after the place: the subject that did it (test_count_names_17), not a part
    assert [i.name for i in inds("Năm 2023, Ea Kar đã thu hút 12 dự án nông nghiệp.")] == ["dự án nông nghiệp"]
    assert [i.name for i in inds("Năm 2023, Phú Quốc đã đón 2 triệu lượt khách.")] == ["lượt khách"]
