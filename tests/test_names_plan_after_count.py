"""A verb of reaching or passing before a plan or a rate, after a count, judges the count: it ends the
phrase after the figure (``phrase_after_stops``), which names what is counted only."""
import pytest

import baocao


def _named(text):
    return [(i.name, i.value) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text, named", [
    # a commune's poverty survey (174), a district's plan review (207), a province's congress news (322)
    ("Theo kết quả điều tra toàn xã có 86 hộ nghèo đạt tỷ lệ 3.43%.", ("hộ nghèo", 86)),
    ("Tỷ lệ che phủ rừng đạt 58,7%, toàn huyện có 02 nhà họp xóm đạt KH.", ("nhà họp xóm", 2)),
    ("Toàn tỉnh có hơn 9.000 đảng viên mới vượt chỉ tiêu Nghị quyết.", ("đảng viên mới", 9000)),
    ("Toàn huyện có 12 công trình thủy lợi đạt kế hoạch năm.", ("công trình thủy lợi", 12)),
])
def test_a_plan_or_a_rate_after_a_count_is_no_part_of_its_name(text, named):
    assert named in _named(text)


@pytest.mark.parametrize("text, named", [
    # negatives: a standard or a criterion reached is what is counted
    ("Toàn huyện có 4 xã đạt chuẩn nông thôn mới.", ("xã đạt chuẩn nông thôn mới", 4)),
    ("Toàn huyện có 35 trường đạt chuẩn quốc gia.", ("trường đạt chuẩn quốc gia", 35)),
    ("Toàn huyện có 7 xã đạt tiêu chí về thu nhập.", ("xã đạt tiêu chí về thu nhập", 7)),
])
def test_a_standard_reached_stays_in_the_name(text, named):
    assert named in _named(text)


@pytest.mark.parametrize("text, named", [
    # a rate with no figure right after it, a target about something (về …): what is counted reaches or meets it
    ("Toàn huyện có 12 xã đạt tỷ lệ bao phủ bảo hiểm y tế trên 90%.", ("xã đạt tỷ lệ bao phủ bảo hiểm y tế", 12)),
    ("Toàn huyện có 12 xã đạt tỉ lệ bao phủ bảo hiểm y tế trên 90%.", ("xã đạt tỉ lệ bao phủ bảo hiểm y tế", 12)),
    ("Toàn huyện có 8 xã đạt chỉ tiêu về môi trường.", ("xã đạt chỉ tiêu về môi trường", 8)),
    ("Toàn huyện có 8 xã vượt chỉ tiêu về thu ngân sách.", ("xã vượt chỉ tiêu về thu ngân sách", 8)),
])
def test_a_rate_or_a_target_that_says_what_is_counted_stays_in_the_name(text, named):
    assert named in _named(text)


@pytest.mark.parametrize("stop", ["đạt tỷ lệ", "đạt tỉ lệ"])
def test_every_rate_stop_before_its_figure(stop):
    assert ("hộ nghèo", 86) in _named(f"Theo kết quả điều tra toàn xã có 86 hộ nghèo {stop} 3,43%.")


@pytest.mark.parametrize("stop", ["đạt chỉ tiêu", "vượt chỉ tiêu"])
def test_every_target_stop(stop):
    assert ("đảng viên mới", 9000) in _named(f"Toàn tỉnh có hơn 9.000 đảng viên mới {stop} Nghị quyết.")
