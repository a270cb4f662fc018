"""A count of administrative units followed by as many proper names sizes the list of named units: unattached,
no indicator (resolve/unattached_named.py); with no names, other names or another number of them it stays."""
import pytest

from baocao.resolve.unattached_named import NAMED_UNITS_REASON
from baocao.resolve.vocabulary import WORDS
from indicator_cases import kept, left_out


@pytest.mark.parametrize("text, fig", [
    # Kon Tum (huyện Kon Rẫy, dev 159), Cao Bằng (two district councils, dev 209)
    ("Đến nay, có 2 xã Đăk Ruồng và Đăk Tơ Lung đạt 13 tiêu chí, xã Tân Lập đạt 09 tiêu chí.", "2 xã"),
    ("Từ ngày 26 - 28/6/2017, HĐND 2 huyện Hạ Lang, Thông Nông tổ chức Kỳ họp thứ 4.", "2 huyện"),
    # three names, the last after và and its unit again
    ("Năm nay có 3 huyện Mường Nhé, Nậm Pồ và huyện Mường Chà được hỗ trợ làm nhà.", "3 huyện"),
    ("Đoàn công tác đã làm việc với 1 xã Kim Lư về xây dựng nông thôn mới.", "1 xã"),
])
def test_count_of_units_before_as_many_names_is_left_out(text, fig):
    left_out(text, fig, NAMED_UNITS_REASON)


@pytest.mark.parametrize("text, value", [
    ("Đến nay, toàn huyện có 4 xã đạt chuẩn nông thôn mới.", 4.0),
    # an abbreviation is no proper name
    ("Năm 2022, huyện có thêm 02 xã NTM nâng cao.", 2.0),
    # more units than names: the names are no list of them
    ("Toàn tỉnh có 5 xã Đăk Ruồng và Đăk Tơ Lung đạt chuẩn nông thôn mới.", 5.0),
    # the names after "là", at the end of the clause, stay beside the count (dev 158's gold)
    ("Huyện đã có thêm 4 xã đạt chuẩn nông thôn mới là Tân Tiến, Hòa Tiến, Ea Phê, Ea Yông.", 4.0),
])
def test_counts_without_their_names_stay_statements(text, value):
    kept(text, value)


def test_every_counted_unit_takes_its_names():
    # the units the extractor counts (a count of phường or thị trấn is no figure of its own)
    for unit in ("xã", "huyện", "thôn", "bản", "ấp", "làng"):
        assert unit in WORDS.administrative_units
        left_out(f"Đến nay, có 2 {unit} Tân Lập và Hòa Bình được công nhận.", f"2 {unit}", NAMED_UNITS_REASON)
