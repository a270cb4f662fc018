"""A threshold inside the name of a count (issue 17, resolve/name_thresholds.py): ``có 08 xã đạt từ 15-18
tiêu chí`` counts the communes that reach so many criteria; the count is named by its unit and the
threshold, and the number of criteria stays in the name, unattached. Real sentences of two publishers
(Cà Mau's planning department, a Dân Việt item re-posted), shortened, and negatives."""
import pytest

from baocao.resolve._rules import load
from baocao.resolve.name_thresholds import THRESHOLD_REASON
from indicator_cases import inds, left_out

W = load("indicators")


def named(text):
    return [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text,want", [
    # 150 (Sở KHĐT Cà Mau): a list of thresholds, the last item with its count left out
    ("Đến nay, toàn tỉnh có 43/82 xã đạt chuẩn nông thôn mới; ngoài ra có 01 xã cơ bản đạt 19/19 tiêu chí, "
     "có 08 xã đạt từ 15-18 tiêu chí, có 26 xã đạt từ 10 - 14 tiêu chí và xã đạt từ 7 - 9 tiêu chí.",
     [("xã đạt chuẩn nông thôn mới", 43), ("xã cơ bản đạt 19/19 tiêu chí", 1), ("xã đạt từ 15-18 tiêu chí", 8),
      ("xã đạt từ 10 - 14 tiêu chí", 26)]),
    # 154 (Dân Việt): a bound after the threshold, a unit the name keeps though it is a filler elsewhere,
    # after "và có" that opens another count
    ("Mục tiêu đến năm 2020, có 5 xã đạt chuẩn NTM và có 3 huyện đạt từ 6 tiêu chí trở lên.",
     [("xã đạt chuẩn NTM", 5), ("huyện đạt từ 6 tiêu chí trở lên", 3)]),
    ("Năm 2022, huyện có 4 xã đạt trên 15 tiêu chí.", [("xã đạt trên 15 tiêu chí", 4)]),
])
def test_a_threshold_is_in_the_name_of_its_count(text, want):
    assert named(text) == want


def test_the_threshold_is_left_unattached():
    left_out("Năm 2021, toàn tỉnh có 08 xã đạt từ 15-18 tiêu chí.", "từ 15-18 tiêu chí", THRESHOLD_REASON)


@pytest.mark.parametrize("text,want", [
    # no count before it: the criteria a place reached are its statement
    ("Năm 2020, xã Khánh Bình đạt 17/19 tiêu chí.", [17]),
    # a comma between: the criteria are another statement
    ("Năm 2020, toàn huyện có 12 xã, bình quân đạt 15,5 tiêu chí/xã.", [12, 15.5]),
    # no number of criteria: the count alone
    ("Năm 2020, toàn huyện có 12 xã đạt chuẩn nông thôn mới.", [12]),
])
def test_criteria_that_are_no_threshold_stay_figures(text, want):
    assert [v for _, v in named(text)] == want


def test_a_place_after_a_threshold_is_no_item_of_its_list():
    text = "Năm 2021, toàn tỉnh có 08 xã đạt từ 15-18 tiêu chí; xã Khánh Bình đạt 17/19 tiêu chí."
    got = named(text)
    assert got[0] == ("xã đạt từ 15-18 tiêu chí", 8) and [v for _, v in got] == [8, 17]


@pytest.mark.parametrize("verb", W.set_threshold_verbs)
def test_every_threshold_verb_ends_the_name_at_the_threshold(verb):
    assert named(f"Năm 2022, huyện có 4 xã {verb} 19/19 tiêu chí; 2 xã đạt chuẩn nông thôn mới.") == [
        (f"xã {verb} 19/19 tiêu chí", 4), ("xã đạt chuẩn nông thôn mới", 2)]


@pytest.mark.parametrize("bound", W.set_threshold_bounds)
def test_every_threshold_bound_is_in_the_name(bound):
    assert named(f"Năm 2022, huyện có 4 xã đạt {bound} 15 tiêu chí.") == [(f"xã đạt {bound} 15 tiêu chí", 4)]


@pytest.mark.parametrize("end", W.set_threshold_ends)
def test_every_threshold_end_is_in_the_name(end):
    assert named(f"Năm 2022, có 3 huyện đạt từ 6 tiêu chí {end}; 5 xã đạt chuẩn NTM.") == [
        (f"huyện đạt từ 6 tiêu chí {end}", 3), ("xã đạt chuẩn NTM", 5)]


@pytest.mark.parametrize("text", [
    # a plain number after a count with no verb, and an average: no threshold, the count's name stops at its unit
    "Năm 2022, huyện có 4 xã 15 tiêu chí.",
    "Năm 2022, toàn huyện có 12 xã, bình quân đạt 15,5 tiêu chí/xã.",
])
def test_no_threshold_after_the_count(text):
    assert all("tiêu chí" not in (n or "") for n, v in named(text) if v in (4, 12)), named(text)
