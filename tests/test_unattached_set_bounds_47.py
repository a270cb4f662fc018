"""A bound of the members a count counts is no indicator (issue 17, session 47,
resolve/unattached_set_bounds.py): ``2/20 sản phẩm đạt mức tăng trưởng trên 10%``. The shape is that of dev
documents 361 (Sở Công Thương Bình Dương), 219 (Báo Hà Tĩnh), 030 (Đảng bộ Bắc Ninh), 359 (tin247) and 214
(Cổng TTĐT Cẩm Xuyên); the cases are written anew. The negatives say that a level after its verb, a span of
time, a total and a set with no count stay indicators."""
import pytest

from baocao.resolve._rules import load
from baocao.resolve.unattached_set_bounds import SET_BOUND_REASON
from indicator_cases import kept, left_out

W = load("indicators")


@pytest.mark.parametrize("text,fig", [
    ("Năm 2023, có 5/18 sản phẩm đạt mức tăng trưởng trên 15%, 3 sản phẩm giảm.", "trên 15%"),
    ("Năm 2023, huyện xây dựng được 120 mô hình kinh tế cho thu nhập trên 200 triệu đồng/năm.",
     "trên 200 triệu đồng/năm"),
    ("Năm 2023, cả nước có 12 tỉnh, thành phố có thu ngân sách đạt trên 50.000 tỷ đồng.", "trên 50.000 tỷ đồng"),
    ("Năm 2023, toàn tỉnh không còn huyện nào có tỷ lệ hộ nghèo trên 20%.", "trên 20%"),
    ("Năm 2023, một số khoản thu còn đạt tỷ lệ thấp dưới 30%, gồm tiền sử dụng đất.", "dưới 30%"),
    ("Năm 2023, có 40 hợp tác xã có doanh thu từ 1 tỷ đồng trở lên.", "từ 1 tỷ đồng trở lên"),
])
def test_a_bound_of_a_counted_set(text, fig):
    left_out(text, fig, SET_BOUND_REASON)


@pytest.mark.parametrize("verb", W.set_bound_verbs)
def test_every_set_bound_verb(verb):
    left_out(f"Năm 2023, có 12 hộ {verb} thu nhập trên 100 triệu đồng.", "trên 100 triệu đồng", SET_BOUND_REASON)


@pytest.mark.parametrize("lead", W.set_bound_leads)
def test_every_set_bound_lead(lead):
    left_out(f"Năm 2023, {lead} xã có tỷ lệ hộ nghèo trên 25%.", "trên 25%", SET_BOUND_REASON)


@pytest.mark.parametrize("word", W.set_bound_not_counts)
def test_no_set_of_a_span_of_time(word):
    kept(f"Năm 2023, 10 {word} đầu tiên có doanh thu đạt trên 1.000 tỷ đồng.", 1e12)


@pytest.mark.parametrize("word", W.set_bound_not_measures)
def test_a_total_of_the_set_stays(word):
    kept(f"Năm 2023, thu hút 27 dự án có {word} vốn đầu tư trên 5.000 tỷ đồng.", 5e12)


@pytest.mark.parametrize("text,value", [
    # a level with no measure after its verb
    ("Năm 2023, toàn tỉnh có 1.200 doanh nghiệp, doanh thu đạt trên 500 tỷ đồng.", 500e9),
    # a set with no count: the set's own level
    ("Năm 2023, các doanh nghiệp FDI đạt kim ngạch xuất khẩu trên 2 tỷ USD.", 2e9),
    # a year is no count
    ("Năm 2023 các xã đạt tỷ lệ trên 90%.", 90),
    # the count itself stays
    ("Năm 2023, có 5/18 sản phẩm đạt mức tăng trưởng trên 15%.", 5),
    # no bound
    ("Năm 2023, có 5 xã có tỷ lệ hộ nghèo 12%.", 12),
])
def test_levels_stay_indicators(text, value):
    kept(text, value)
