"""Where a count's name starts when the words before it are someone else's (issue 17, session 48;
resolve/name_bodies.py): a count joined by ``với`` to the count before it (the words between are that count's
phrase: dev 097 Báo Kiên Giang, 192 the Phụng Hiệp portal, 257 Dân trí, 358 Kinh tế nông thôn), or by ``và``
(254 Môi trường, 316 Tin nhanh chứng khoán, 373 Đời sống & Tiêu dùng), and a count
that a bare administrative unit has (``… toàn huyện có N …``: the reporting body, after words that name nothing
measured: dev 174 the Mỹ Thạnh portal, 200 the Hà Giang council, 271 Tỉnh ủy Quảng Trị, 289 Soha, 343 An
Giang's agriculture department). Sentences of our own."""
from __future__ import annotations

import pytest

from indicator_cases import inds
from baocao.resolve.vocabulary import WORDS


def _names(text: str) -> list[str]:
    return [i.name for i in inds(text)]


@pytest.mark.parametrize("text, names", [
    # the count before runs on to "với": its words are not the second count's name; the phrase after the
    # second count names it, else its own unit
    ("Năm 2020, toàn tỉnh có 412 cơ sở lưu trú du lịch với 9.350 phòng.", ["cơ sở lưu trú du lịch", "phòng"]),
    ("Năm 2021, huyện có 38 trường thuộc Phòng Giáo dục quản lý với 540 lớp.", ["trường", "lớp"]),
    ("Năm 2019, huyện có 5.120 cơ sở kinh doanh với 8.430 lao động.", ["cơ sở kinh doanh", "lao động"]),
    ("Năm 2022, xã xây dựng 9 vùng nguyên liệu với 120 hộ tham gia liên kết.",
     ["vùng nguyên liệu", "hộ tham gia liên kết"]),
    # "và" joins the second count the same way (dev 254 Môi trường, 316 Tin nhanh chứng khoán, 373 Đời sống &
    # Tiêu dùng)
    ("Năm 2023, tỉnh công nhận 9 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu.",
     ["xã đạt chuẩn nông thôn mới nâng cao", "xã đạt chuẩn nông thôn mới kiểu mẫu"]),
    ("Năm 2021, xã có 1.200 hộ nghèo được hỗ trợ vay vốn và 350 hộ cận nghèo.",
     ["hộ nghèo được hỗ trợ vay vốn", "hộ cận nghèo"]),
])
def test_a_count_after_another_counts_phrase_and_voi_or_va(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text, names", [
    # no count before "với": the subject before names the count, as it did
    ("Năm 2018, thị trường khách Hàn Quốc xếp thứ hai với gần 210.000 lượt khách.", ["thị trường khách Hàn Quốc"]),
    # "với" and a measure's noun after a count: named by that noun
    ("Năm 2020, tỉnh có 120 dự án với tổng vốn 500 triệu USD.", ["dự án", "tổng vốn"]),
    # a count of the same thing right after "với" with no words between: no phrase of the count before
    ("Năm 2020, tỉnh có 7 khu công nghiệp với 1.200 ha.", None),
    # a proper name ends the lead: the holder of the count names it
    ("Năm 2024, có 01 hội viên tổ chức là Hội Doanh nhân trẻ tỉnh Bình Định với 45 hội viên.",
     ["Hội Doanh nhân trẻ tỉnh Bình Định"]),
])

def test_other_figures_after_voi_keep_their_names(text, names):
    got = _names(text)
    if names is None:
        assert got[-1] != "công nghiệp"
    else:
        assert got[-len(names):] == names


def test_a_unit_kept_out_of_count_units_stays_out_of_the_name():
    # "con" is no count unit: the item of a list of one unit is named by the phrase after its figure (report r02)
    assert _names("Năm 2025, tiêu hủy 209 con lợn nái và 4.136 con lợn thịt.")[-1] == "lợn thịt"


@pytest.mark.parametrize("occasion", WORDS.occasion_units)
def test_after_a_count_of_occasions_the_activity_stays_in_the_name(occasion):
    # "20 cuộc kiểm tra với 20 tổ chức đảng": the organisations inspected (seed 004)
    got = _names(f"Năm 2024, Huyện ủy đã tiến hành 6 {occasion} kiểm tra với 15 tổ chức đảng.")
    assert got[-1] == "kiểm tra tổ chức đảng"


@pytest.mark.parametrize("text, name", [
    # a bare unit that has the count, after an opener or a source that names nothing measured
    ("Năm 2020, kết quả rà soát toàn huyện có 2.410 hộ nghèo.", "hộ nghèo"),
    ("Năm 2019, theo kết quả điều tra toàn xã có 73 hộ cận nghèo.", "hộ cận nghèo"),
    ("Năm 2023, hiện quận có 8.250 cơ sở kinh doanh dịch vụ.", "cơ sở kinh doanh dịch vụ"),
    ("Qua đánh giá năm 2022, xây dựng nông thôn mới trên địa bàn tỉnh có 12 xã đạt chuẩn.", "xã đạt chuẩn"),
    ("Năm 2022, kết quả toàn thị xã đã có 9 xã đạt chuẩn nông thôn mới nâng cao.", "xã đạt chuẩn nông thôn mới nâng cao"),
])
def test_a_count_a_bare_unit_has_is_named_by_what_it_counts(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text, names", [
    # the words before the unit name what is counted (its noun, a count's head): they keep naming it
    ("Năm 2020, hộ cận nghèo toàn xã có 1.200 hộ.", ["hộ cận nghèo"]),
    ("Năm 2020, tổng số hộ toàn xã có 2.920 hộ.", ["tổng số hộ"]),
    # an area is no count
    ("Năm 2020, diện tích lúa toàn huyện có 5.200 ha.", ["diện tích lúa toàn huyện"]),
    # a unit with its proper name is a part of a breakdown by place: it names its part
    ("Năm 2020, huyện Kiên Hải có 12 hộ nghèo, huyện Hòn Đất có 1.273 hộ nghèo.", ["huyện Kiên Hải", "huyện Hòn Đất"]),
    # a unit's word inside a proper name ("bản" of "Nhật Bản") is no unit; a level ("cấp tỉnh") tells parts apart
    ("Năm 2024, thứ nhất là Nhật Bản có 178 dự án.", ["Nhật Bản"]),
    ("Năm 2025, cấp tỉnh có 07/13 cơ quan xếp loại xuất sắc.", ["cấp tỉnh"]),
])
def test_a_unit_after_the_name_of_what_is_counted_changes_nothing(text, names):
    assert _names(text) == names
