"""The phrase after a count ends before a ``và`` that opens another count (a number right after it:
``phrase_after_number_stops``), one the extractor may not read (``1 thị trấn``, ``3 đô thị``), and before
``và dự kiến`` (``phrase_after_stops``), another predicate. Cases from three publishers (335 Bình Định,
267 Tiền Giang, 246 the Ngọc Hồi council, Kon Tum), and negatives."""
import pytest

import baocao
from baocao.resolve.vocabulary import WORDS


def _named(text):
    return [(i.name, i.value) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text, named", [
    ("Hiện huyện có 14/14 xã đạt chuẩn nông thôn mới, 2 xã đạt chuẩn nông thôn mới nâng cao và 1 thị trấn đạt "
     "các tiêu chí đô thị văn minh.", ("xã đạt chuẩn nông thôn mới nâng cao", 2)),
    ("Toàn tỉnh có 02 xã đạt chuẩn Nông thôn mới kiểu mẫu; 4/8 huyện đạt chuẩn huyện Nông thôn mới và 3 đô thị "
     "hoàn thành nhiệm vụ xây dựng Nông thôn mới.", ("huyện đạt chuẩn huyện Nông thôn mới", 4)),
    ("Đến nay huyện đã có 2/7 xã đạt chuẩn nông thôn mới và dự kiến đến cuối năm 2018 xã Bờ Y đạt chuẩn nông "
     "thôn mới.", ("xã đạt chuẩn nông thôn mới", 2)),
])
def test_another_count_or_predicate_after_va_is_no_part_of_the_phrase(text, named):
    assert named in _named(text)


@pytest.mark.parametrize("text, named", [
    # "và" joining what is counted, with no number after it, stays in the phrase
    ("Toàn huyện có 120 hộ nghèo và cận nghèo.", ("hộ nghèo và cận nghèo", 120)),
    ("Toàn huyện có 372 ha cây cà phê và hồ tiêu.", ("cây cà phê và hồ tiêu", 372)),
    ("Toàn huyện có 35 trường đạt chuẩn quốc gia và chất lượng cao.", ("trường đạt chuẩn quốc gia và chất lượng cao", 35)),
])
def test_va_before_no_number_stays_in_the_phrase(text, named):
    assert named in _named(text)


@pytest.mark.parametrize("word", WORDS.phrase_after_number_stops)
def test_each_number_stop(word):
    assert ("cây mắc ca", 372) in _named(f"Toàn huyện có 372 ha cây mắc ca {word} 5 hộ trồng thử.")
    assert ("cây mắc ca " + word + " hồ tiêu", 372) in _named(f"Toàn huyện có 372 ha cây mắc ca {word} hồ tiêu.")
