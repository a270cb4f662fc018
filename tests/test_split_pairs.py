"""A name cut inside a split pair (``xuất, nhập khẩu``; resolve.split_pairs): the name that opens with the
pair's second word starts with the piece before the comma. Cases from three publishers (428 Kiến Thức, 225 Báo
Ảnh Đất Mũi, 340 Báo Bình Thuận), and negatives."""
from __future__ import annotations

import pytest

from baocao.resolve.vocabulary import WORDS
from indicator_cases import inds


def _names(text):
    return [i.name for i in inds(text)]


@pytest.mark.parametrize("text, name", [
    ("Trong đó, thu nội địa là 22.940 tỷ đồng, đạt 59% so với dự toán; thu lĩnh vực xuất, nhập khẩu là 12.500 tỷ "
     "đồng, đạt 76% dự toán.", "thu lĩnh vực xuất, nhập khẩu"),
    ("Tổng chi phí đã chi cho công tác phòng, chống dịch bệnh đến nay hơn 20 tỷ đồng.",
     "Tổng chi phí đã chi cho công tác phòng, chống dịch bệnh"),
    ("Giá trị tăng thêm nhóm ngành nông, lâm nghiệp và thủy sản tăng 6,42%.",
     "Giá trị tăng thêm nhóm ngành nông, lâm nghiệp và thủy sản"),
    # the enumeration before the pair is read on as before
    ("Tháng 6, khu vực ngư, nông, lâm nghiệp đạt 6.983,36 tỷ đồng.", "khu vực ngư, nông, lâm nghiệp"),
])
def test_a_name_cut_inside_a_split_pair_starts_with_the_piece_before(text, name):
    assert name in _names(text), _names(text)


@pytest.mark.parametrize("text, name", [
    ("Kim ngạch xuất khẩu, nhập khẩu đạt 5 tỷ USD.", "Kim ngạch xuất khẩu, nhập khẩu"),   # two whole words
    ("Xuất khẩu đạt 5 tỷ USD, nhập khẩu đạt 3 tỷ USD.", "nhập khẩu"),                   # a figure before the comma
    ("Công tác phòng, chống tham nhũng được chú trọng, nhập khẩu đạt 3 tỷ USD.", "nhập khẩu"),   # no pair
])
def test_no_pair_is_read_where_none_is_split(text, name):
    assert name in _names(text), _names(text)


@pytest.mark.parametrize("pair", WORDS.split_pairs)
def test_each_split_pair(pair):
    first, second = pair.split(", ")
    text = f"Tổng giá trị ngành {first}, {second} sản đạt 500 tỷ đồng."
    assert f"Tổng giá trị ngành {first}, {second} sản" in _names(text), _names(text)
