"""The tail of a number broken by a stray space after its separator is no indicator (issue 17,
resolve/unattached_broken.py): ``lũy kế 158, 019 ha`` would read 19 ha, a thousand times too small. A
typographic form, not one publisher's: any group of three digits with a leading zero right after digits and a
comma; the negatives are counts after a number and a comma and zero-padded counts, which stay."""
import pytest

from baocao.resolve.unattached_broken import BROKEN_REASON
from indicator_cases import kept, left_out


@pytest.mark.parametrize("text,fig", [
    # 150 (Cà Mau, the planning department's monthly note)
    ("Diện tích nuôi tôm quảng canh cải tiến tăng 4.028 ha, lũy kế 158, 019 ha, diện tích thả nuôi đạt 98%.",
     "019 ha"),
    # the same break in a number with a thousands group before, in money
    ("Diện tích lúa tháng 3 tăng 120 ha, lũy kế 1.200, 050 ha.", "050 ha"),
    ("Thu ngân sách tháng 3 đạt 150 tỷ đồng, lũy kế 2, 045 tỷ đồng.", "045 tỷ đồng"),
])
def test_the_tail_of_a_broken_number_is_no_indicator(text, fig):
    left_out(text, fig, BROKEN_REASON)


@pytest.mark.parametrize("text,value", [
    # 004 (a district party report): a count after a number and a comma
    ("Trong đó có: 695 nhà từ nguồn kinh phí Đề án 09, 141 nhà từ nguồn kinh phí do Bộ Tài chính hỗ trợ.", 141),
    # zero-padded counts (149, 154): two digits, or after a word
    ("Năm 2023, huyện có 12 xã đạt chuẩn, 01 xã đạt chuẩn nâng cao.", 1),
    ("Năm 2023, toàn huyện có 3, 05 xã đạt chuẩn nông thôn mới.", 5),
    ("Năm 2023, diện tích lúa đạt 4.028 ha, tăng 019 ha so với cùng kỳ.", 4028),
])
def test_counts_after_a_comma_stay(text, value):
    kept(text, value)
