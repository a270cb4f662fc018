"""A place's geography is no indicator (issue 17, session 47): a distance to another place written after
a subject or after an earlier distance (resolve/other_figures.py, ``distance_places``), and the
administrative make-up written with a unit qualified by its level, with its parts in a parenthesis before
the next whole, after a make-up lead, or after ``Toàn huyện có`` on a list line (resolve/events.py). The
shapes are those of dev documents 367 (Vụ Kế hoạch, Tiền Giang), 368 (123docz, Lâm Đồng), 306
(bdscongnghiep, Bình Phước) and 263 (Ninh Thuận's portal); the cases are written anew, and the negatives
say that the place's own lengths and counts that did something stay indicators."""
import pytest

from baocao.resolve._rules import load
from baocao.resolve.events import MAKE_UP_REASON
from baocao.resolve.other_figures import DISTANCE_REASON
from indicator_cases import kept, left_out

W = load("indicators")


# --- a distance after a subject, or after an earlier distance and "và" ---------------------------------
@pytest.mark.parametrize("text,fig", [
    ("Trung tâm thị xã cách thành phố Quy Nhơn khoảng 45km và cách Pleiku 120 km.", "khoảng 45km"),
    ("Trung tâm thị xã cách thành phố Quy Nhơn khoảng 45km và cách Pleiku 120 km.", "120 km"),
    ("Huyện nằm cách thành phố Vinh 60 km về hướng Tây và cách thị xã Thái Hòa 35 km về hướng Bắc.", "35 km"),
    ("Xã Ea Tul có vị trí thuận lợi, trung tâm xã cách Buôn Ma Thuột 50 km.", "50 km"),
])
def test_a_distance_after_a_subject_or_another_distance(text, fig):
    left_out(text, fig, DISTANCE_REASON)


@pytest.mark.parametrize("place", W.distance_places)
def test_every_distance_place(place):
    left_out(f"Khu công nghiệp cách {place} Long Khánh 12 km.", "12 km", DISTANCE_REASON)


@pytest.mark.parametrize("word", W.distance_not_after)
def test_no_distance_after_a_word_that_ends_with_the_lead(word):
    kept(f"Năm 2023, huyện {word} cách Thành phố và làm mới 12 km đường giao thông.", 12)


@pytest.mark.parametrize("text,value", [
    # the place's own lengths beside a distance stay
    ("Tỉnh cách thành phố Hồ Chí Minh 70 km, có chiều dài bờ biển là 32 km.", 32),
    ("Huyện có khoảng 260km đường biên giới giáp Vương quốc Campuchia.", 260),
    # "cách" before no place: a way of doing, no distance
    ("Năm 2023, xã làm đường theo cách mới, cứng hóa 15 km đường.", 15),
])
def test_lengths_of_the_place_stay_indicators(text, value):
    kept(text, value)


# --- the administrative make-up -----------------------------------------------------------------------
MADE_OF = ("Tỉnh có diện tích 3.530 km2, gồm 9 đơn vị hành chính cấp huyện (1 thành phố, 1 thị xã, 7 huyện) "
           "với 120 đơn vị cấp xã (8 thị trấn, 12 phường, 100 xã). Trong đó, thành phố Bạc Liêu là đô thị loại II.")
SPLIT = ("– Toàn tỉnh có 10 đơn vị hành chính cấp huyện, gồm 1 thành phố, 1 thị xã và 8 huyện, chia thành 140 "
         "đơn vị hành chính cấp xã gồm 10 phường, 8 thị trấn và 122 xã.")
LISTED = "Tình hình chung.\n- Toàn huyện có 09 xã và 02 thị trấn với 63 thôn, 12 khu phố; dân số 150.000 người."


@pytest.mark.parametrize("text,fig", [
    (MADE_OF, "9 đơn vị"), (MADE_OF, "7 huyện"), (MADE_OF, "120 đơn vị"), (MADE_OF, "100 xã"),
    (SPLIT, "140 đơn vị"),
    (LISTED, "09 xã"), (LISTED, "63 thôn"),
])
def test_the_make_up_in_its_new_shapes(text, fig):
    left_out(text, fig)


@pytest.mark.parametrize("text,fig", [
    (MADE_OF, "9 đơn vị"), (MADE_OF, "120 đơn vị"), (MADE_OF, "100 xã"), (SPLIT, "140 đơn vị"),
    (LISTED, "09 xã"), (LISTED, "63 thôn"),
])
def test_the_make_up_is_given_its_reason(text, fig):
    left_out(text, fig, MAKE_UP_REASON)


@pytest.mark.parametrize("unit", W.make_up_qualified_units)
def test_every_qualified_unit(unit):
    left_out(f"Tỉnh gồm 8 huyện với 95 {unit} cấp xã.", f"95 {unit}", MAKE_UP_REASON)
    kept(f"Năm 2023, có 15 {unit} cấp xã đạt chuẩn.", 15)      # units that did something stay


@pytest.mark.parametrize("lead", W.make_up_subject_leads)
def test_every_make_up_subject_lead(lead):
    left_out(f"Năm 2020. {lead.capitalize()} huyện có 12 xã và 1 thị trấn.", "12 xã", MAKE_UP_REASON)
    kept(f"Năm 2023, {lead} huyện có 12 xã và 1 thị trấn đạt chuẩn nông thôn mới.", 12)


@pytest.mark.parametrize("text,value", [
    # counts after "gồm" that did something, or one count alone, stay
    ("Năm 2023, toàn huyện có 12 xã đạt chuẩn nông thôn mới và 3 xã đạt chuẩn nâng cao.", 12),
    ("- Toàn huyện có 08 xã đạt chuẩn nông thôn mới.", 8),
    ("Năm 2023, có 15 đơn vị đạt chuẩn văn hóa.", 15),
])
def test_counts_that_did_something_stay(text, value):
    kept(text, value)
