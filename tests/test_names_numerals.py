"""A name never opens with a numeral (resolve/name_numerals.py): the words before or after a figure that
start with another number are that count's phrase, never this figure's name."""
import pytest

from baocao.resolve.name_numerals import NUMERAL_NAME
from indicator_cases import inds, left_out


def named(text):
    return [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text,want", [
    # r01 (a province's yearly report): a count of a unit no record reads before, its point cutting the chunk
    ("Toàn tỉnh có 1 Trung tâm giáo dục thường xuyên cấp tỉnh và 10 trung tâm cấp huyện, với 7.084 học viên và "
     "217 giáo viên giảng dạy.", ("giáo viên giảng dạy", 217)),
    # r04 (the national congress's report): a count of a group before, the phrase after names the fraction
    ("Việt Nam có quan hệ với các nước thành viên Hội đồng Bảo an Liên hợp quốc, 7 nước công nghiệp phát triển "
     "hàng đầu thế giới (G7) và 17/20 nền kinh tế lớn nhất thế giới.", ("nền kinh tế lớn nhất thế giới", 17)),
    # r02 (a province's report): a count and the next of its list joined by a slash
    ("Tổng số lồng, bè cá nuôi trên sông toàn tỉnh là 1.024 lồng/131.293 m 3, trong đó số lồng thực nuôi là 952 "
     "lồng.", None),
])
def test_a_name_opening_with_another_number_is_not_taken(text, want):
    got = named(text)
    if want is None:
        assert not [n for n, _ in got if n[:1].isdigit()], got
    else:
        assert want in got, got


@pytest.mark.parametrize("text,fig", [
    # seed 004 (a district's congress report): the phrase after is the next figure's
    ("Giữ vững 100% số xã đạt bộ tiêu chuẩn quốc gia về y tế xã, phấn đấu đạt 11,5 bác sỹ/vạn dân, 250 giường/1 "
     "vạn dân.", "11,5 bác sỹ/vạn dân"),
    # seed 004: a footnote's list of counts
    ("Đã đưa được 3.680 tin, 4.130 bài và 176 trang truyền hình cơ sở.", "4.130 bài"),
    # r04's "… đạt mức 263.995 hợp đồng/phiên, tháng 5 giảm 29,96% xuống còn 184.904 hợp đồng/phiên" moved to
    # tests/test_unread_levels_s48.py: the change right after a level not read is that level's statement
])
def test_a_figure_whose_only_phrase_is_another_figure_is_unattached(text, fig):
    left_out(text, fig, NUMERAL_NAME)


@pytest.mark.parametrize("text,want", [
    # a number inside a name, not at its start, stays: a threshold, an age
    ("Toàn tỉnh có 08 xã đạt từ 15-18 tiêu chí.", ("xã đạt từ 15-18 tiêu chí", 8)),
    ("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi giảm còn 23,5%.",
     ("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi", 23.5)),
    # a span of years before a body that did something goes as before (seed 002)
    ("Trong 5 năm Đảng bộ huyện đã kết nạp 868 đảng viên mới.", ("kết nạp đảng viên mới", 868)),
])
def test_a_number_inside_a_name_stays(text, want):
    assert want in named(text)
