"""A count of administrative units after tại/ở/của says where (or whose) another statement is: unattached,
no indicator (resolve/unattached_scope.py); a count after a verb stays a statement."""
import pytest

from baocao.resolve.unattached_scope import SCOPE_REASON
from baocao.resolve.vocabulary import WORDS
from indicator_cases import kept, left_out


@pytest.mark.parametrize("text, fig", [
    # Hòa Bình (huyện Đà Bắc, new countryside), Đắk Lắk (huyện Krông Pắc, new countryside)
    ("Ban Chỉ đạo huyện Đà Bắc tổ chức rà soát, đánh giá hiện trạng nông thôn tại 19 xã và so sánh với bộ "
     "tiêu chí nông thôn mới.", "19 xã"),
    ("Hiện tại, tổng số tiêu chí đạt chuẩn và cơ bản đạt của 15 xã trên địa bàn là 242/285 tiêu chí.", "15 xã"),
    # a district's outbreak news, a plan's pilot sites
    ("Dịch tả lợn châu Phi đã xảy ra tại 185 hộ, 94 thôn của 32 xã.", "32 xã"),
    ("Năm 2023, huyện triển khai mô hình ở 5 xã vùng cao.", "5 xã"),
    ("Thu nhập bình quân của cả 3 xã đạt 45 triệu đồng/người.", "3 xã"),
])
def test_count_of_units_after_a_preposition_is_a_scope(text, fig):
    left_out(text, fig, SCOPE_REASON)


@pytest.mark.parametrize("text, value", [
    ("Đến nay, toàn huyện có 4 xã đạt chuẩn nông thôn mới.", 4.0),
    ("Trong năm, huyện có thêm 8 xã đạt chuẩn nông thôn mới.", 8.0),
    ("Tổng số xã đạt chuẩn nông thôn mới là 9 xã.", 9.0),
    ("Có trên 50 xã đạt chuẩn nông thôn mới.", 50.0),
    ("Toàn tỉnh đã có 12 xã tổ chức đại hội thành công.", 12.0),
])
def test_counts_after_a_verb_stay_statements(text, value):
    kept(text, value)


def test_every_preposition_makes_a_scope():
    for word in WORDS.scope_prepositions:
        left_out(f"Huyện tổ chức hội nghị đánh giá {word} 7 xã khó khăn.", "7 xã", SCOPE_REASON)
