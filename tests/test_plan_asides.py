"""A plan written as an aside right after its actual, after a slash or in a parenthesis, with a plan word
(``4.296.506 triệu đồng/KH 8.473.000 triệu đồng``, ``(KH 468 tỷ đồng)``, ``(kế hoạch 0,56%)``) is the
actual's target, never a statement of its own (``resolve/plan_asides.py``; dev 232 Nghĩa Đàn, 214 Cẩm Xuyên,
099 Công lý, 236 Cam Lộ)."""
import pytest

import baocao
from baocao.core.numbers.vocabulary import NUMBERS
from baocao.resolve.plan_asides import ORPHAN_REASON
from baocao.resolve.plan_names import PLAN_NAME_REASON
from baocao.resolve.vocabulary import WORDS
from indicator_cases import inds, left_out, one

# ----- the amount before the slash (core/data/numbers.yaml, plan_after_slash) -------------------------


@pytest.mark.parametrize("word", NUMBERS.plan_after_slash)
def test_every_plan_word_after_a_slash_ends_the_amount_before_it(word):
    for gap in ("", " "):
        text = f"Thu ngân sách: 46.204 triệu đồng/{gap}{word} năm 2017: 84.929 triệu đồng, đạt 54,4%."
        money = [(r.text, r.value) for r in baocao.extract(text) if r.kind == "money"]
        assert money == [("46.204 triệu đồng", 46204e6), ("84.929 triệu đồng", 84929e6)]


@pytest.mark.parametrize("text", [
    "giá 50.000 đồng/bao",             # a word after the slash that is no unit: no amount, as before
    "giá 50.000 đồng/KHz",             # a plan word only as a whole word
    "giá 50.000 đồng/kh",              # "KH" in capitals only
    # no figure after the plan word: "KH" is a customer, an amount per customer is no amount (review of s41)
    "Dư nợ bình quân đạt 45 triệu đồng/KH.",
    "Tiền điện bình quân 350.000 đồng/KH/tháng.",
])
def test_other_words_after_a_slash_still_make_no_amount(text):
    assert [r for r in baocao.extract(text) if r.kind == "money"] == []


def test_an_amount_per_customer_is_no_statement():
    # "45 triệu đồng/KH" read as "45 triệu đồng" keyed the province's credit outstanding
    assert inds("Dư nợ bình quân đạt 45 triệu đồng/KH.") == []


# ----- the plan is the actual's target -----------------------------------------------------------------
@pytest.mark.parametrize("text, value, target, ach", [
    # 232: after a slash, the achievement computed or written
    ("6 tháng đầu năm 2017, tổng giá trị sản xuất ước đạt 4.296.506 triệu đồng/KH 8.473.000 triệu đồng, "
     "tăng 10,42% so với cùng kỳ.", 4296506e6, 8473000e6, 50.71),
    ("Thu ngân sách: 46.204 triệu đồng/ KH năm 2017: 84.929 triệu đồng, đạt 54,4%.", 46204e6, 84929e6, 54.4),
    ("Tổng vốn đầu tư phát triển: 2.359.087 triệu đồng/ KH: 4.956.540 triệu đồng, đạt 47,6%.",
     2359087e6, 4956540e6, 47.6),
    ("Tỷ lệ trường đạt chuẩn Quốc gia: 66,67%/KH 2017: 66,67%.", 66.67, 66.67, None),
    # 214: in a parenthesis after the achievement against it
    ("Thu ngân sách trên địa bàn dự kiến 150.000 triệu đồng đạt 42,86% dự toán (KH 468 tỷ đồng).",
     150000e6, 468e9, 42.86),
    # 099, 236: in a parenthesis right after the actual
    ("Năm 2023, mức giảm tỷ lệ hộ nghèo đạt 1,03% (kế hoạch 0,56%).", 1.03, 0.56, None),
    ("Tốc độ tăng trưởng kinh tế đạt 13,1% (KH 12%).", 13.1, 12.0, None),
    ("Thu ngân sách ước đạt 120 tỷ đồng (dự toán 100 tỷ đồng).", 120e9, 100e9, 120.0),
])
def test_a_plan_aside_is_the_target(text, value, target, ach):
    got = one(text)
    assert (got.value, got.target, got.achievement_pct) == (value, target, ach)


@pytest.mark.parametrize("word", WORDS.plan_aside_words)
def test_every_plan_aside_word(word):
    got = one(f"Thu ngân sách đạt 120 tỷ đồng ({word} 100 tỷ đồng).")
    assert (got.value, got.target, got.framing) == (120e9, 100e9, "actual")
    if word in NUMBERS.plan_after_slash:
        got = one(f"Thu ngân sách đạt 120 tỷ đồng/{word} 100 tỷ đồng.")
        assert (got.value, got.target, got.framing) == (120e9, 100e9, "actual")


def test_a_plan_in_another_unit_is_held_never_a_target():
    # "(KH 12%)" beside an amount of money measures something else: held by the statement, no target
    got = one("Thu ngân sách đạt 150 tỷ đồng (KH 12%).")
    assert (got.value, got.target) == (150e9, None)


@pytest.mark.parametrize("text", [
    "Thu ngân sách đạt 150 tỷ đồng (KH tăng 12%).",            # a word between the plan word and the figure
    "Thu ngân sách đạt 150 tỷ đồng, kế hoạch 200 tỷ đồng.",     # no slash, no parenthesis
])
def test_no_aside_no_target(text):
    assert [i.target for i in inds(text)][:1] == [None]


def test_a_plan_after_a_bare_number_is_left_out():
    # "1.000/KH 2017: 1.600 người": the actual has no unit, so it is no figure; its plan is no value either
    left_out("Tạo việc làm cho người lao động đạt: 1.000/KH 2017: 1.600 người.", "1.600 người", ORPHAN_REASON)


def test_a_plan_after_no_number_is_read_as_before():
    # "Năm 2020 (KH 1.600 người)": a year before the parenthesis, no actual: no aside; the plan, named only by
    # its plan word, is no statement either (resolve/plan_names.py)
    text = "Năm 2020 (KH 1.600 người), toàn huyện tạo việc làm cho 1.700 người."
    assert [i.value for i in inds(text)] == [1700.0]
    left_out(text, "1.600 người", PLAN_NAME_REASON)


# ----- a range plan: its low end is the target, and no achievement is computed against it -------------
# (dev 427 Ninh Thuận "(kế hoạch 78-79 triệu đồng)", 385 Đạ Huoai "(KH 10 - 11 triệu USD)", 017's ranges)


@pytest.mark.parametrize("text, value, target", [
    ("Năm 2022, GRDP bình quân đầu người ước đạt 76,8 triệu đồng (kế hoạch 78-79 triệu đồng).", 76.8e6, 78e6),
    ("Năm 2022, thu ngân sách đạt 1.200 tỷ đồng/KH 1.000 - 1.100 tỷ đồng.", 1200e9, 1000e9),
    ("Năm 2022, tổng vốn đầu tư khoảng 20.105 tỷ đồng (KH 30.000–30.500 tỷ đồng).", 20105e9, 30000e9),
])
def test_a_range_plan_gives_its_low_end_and_no_computed_achievement(text, value, target):
    ind = inds(text)[0]
    assert (ind.value, ind.target, ind.achievement_pct, ind.status) == (value, target, None, None)


@pytest.mark.parametrize("text, ach", [
    # a plan of one amount still gives the computed achievement
    ("Năm 2022, GRDP bình quân đầu người ước đạt 76,8 triệu đồng (kế hoạch 80 triệu đồng).", 96.0),
    ("Năm 2022, thu ngân sách đạt 1.200 tỷ đồng/KH 1.000 tỷ đồng.", 120.0),
    # an achievement written before a range plan is kept
    ("Năm 2022, kim ngạch xuất khẩu ước thực hiện 12 triệu USD, đạt 109% kế hoạch (KH 10 - 11 triệu USD).", 109.0),
])
def test_a_single_plan_or_a_written_achievement_is_kept(text, ach):
    assert inds(text)[0].achievement_pct == ach
