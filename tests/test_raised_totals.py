"""Units added in a period, then in the same sentence the total they raise, are one statement: the total,
the units added its change (resolve/raised_totals.py, the convention of genre_dev_b.yaml and
genre_dev_d.yaml). Cases are sentences of the dev corpus (shortened) and the genre's usual forms; the
negatives keep units added with no total, or a total in another unit, statements of their own."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import inds, one

W = load("indicators")


@pytest.mark.parametrize("text,value,change", [
    # 059 (Bắc Kạn, the provincial paper)
    ("Dự ước đến hết năm 2023, tỉnh có thêm 5 xã đạt chuẩn NTM, nâng tổng số xã NTM lên 23 xã.", 23, 5),
    # 036 (Đồng Tháp, the provincial paper)
    ("Năm 2021, phát triển sản phẩm OCOP vượt so với kế hoạch, có thêm 104 sản phẩm được công nhận đạt chuẩn "
     "từ 3 sao trở lên (lũy kế tống số có 265 sản phẩm).", 265, 104),
    # a district report's new-countryside line
    ("Trong năm, huyện công nhận thêm 3 xã đạt chuẩn nông thôn mới, nâng tổng số lên 12 xã.", 12, 3),
])
def test_units_added_fold_into_the_total_they_raise(text, value, change):
    i = one(text)
    assert (i.value, i.change) == (value, change)
    assert len(i.figures) == 2


@pytest.mark.parametrize("word", W.added_words)
@pytest.mark.parametrize("lead", W.raised_total_leads)
def test_every_added_word_and_total_lead(word, lead):
    i = one(f"Năm 2023, tỉnh có {word} 5 xã đạt chuẩn nông thôn mới, {lead} 23 xã.")
    assert (i.value, i.change) == (23, 5)


@pytest.mark.parametrize("text,values", [
    # 059: units added with no total after them stay a statement
    ("Năm 2023, tỉnh có thêm 5 xã đạt chuẩn NTM, nâng tổng số xã NTM lên 23 xã; có thêm 02 xã NTM nâng cao.",
     [23, 2]),
    # a total in another unit, a total across a stop, units added with no added word
    ("Năm 2023, tỉnh có thêm 5 xã đạt chuẩn NTM, tổng số vốn huy động 500 tỷ đồng.", [5, 500e9]),
    ("Năm 2023, tỉnh có thêm 5 xã đạt chuẩn NTM. Lũy kế 23 xã đạt chuẩn.", [5, 23]),
    ("Năm 2023, tỉnh có 5 xã đạt chuẩn NTM, tổng số 23 xã.", [5, 23]),
])
def test_units_added_without_their_total_stay(text, values):
    assert sorted(i.value for i in inds(text)) == sorted(values)
