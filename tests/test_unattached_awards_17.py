"""Counts of what an award or a gift went to, and a gift's worth, are unattached with the award reason
(resolve/unattached_awards.py). Shapes of dev documents 216 (Công an TP Đà Nẵng), 222 (Cổng TTĐT huyện Tân Hồng)
and 257 (Dân trí)."""
import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.other_figures import AWARD_REASON

W = load("indicators")


def _parse(text):
    r = baocao.parse(text)
    inds = [(i.name, i.value) for i in r.indicators if i.kind == "indicator"]
    loose = [(text[u.start:u.end], u.reason) for u in r.unattached]
    return inds, loose


def test_those_commended_with_an_abbreviated_place_before_the_award():
    inds, loose = _parse("UBND P. Khuê Trung và 1 cá nhân Q. Cẩm Lệ vinh dự nhận Bằng khen của Thủ tướng Chính phủ.")
    assert inds == [] and loose == [("1 cá nhân", AWARD_REASON)]


def test_collectives_and_individuals_commended():
    inds, loose = _parse("Dịp này, 2 tập thể và 5 cá nhân có thành tích trong thực hiện Chương trình mục tiêu quốc gia "
                         "xây dựng nông thôn mới được UBND huyện khen thưởng.")
    assert inds == [] and loose == [("2 tập thể", AWARD_REASON), ("5 cá nhân", AWARD_REASON)]


def test_a_gift_and_its_worth():
    inds, loose = _parse("Dịp này, Ngân hàng Vietcombank cũng đã trao 10 ngôi nhà, trị giá 500 triệu đồng cho các hộ "
                         "gia đình chính sách trên địa bàn huyện.")
    assert inds == [] and loose == [("10 ngôi nhà", AWARD_REASON), ("500 triệu đồng", AWARD_REASON)]


@pytest.mark.parametrize("unit", W.commended_units)
@pytest.mark.parametrize("word", W.commendation_words)
def test_every_commended_unit_with_every_commendation_word(unit, word):
    inds, loose = _parse(f"Có 12 {unit} được tỉnh trao {word} năm 2023.")
    assert inds == [] and loose[0] == (f"12 {unit}", AWARD_REASON)


@pytest.mark.parametrize("verb", W.gift_verbs)
@pytest.mark.parametrize("worth", W.worth_words)
def test_every_gift_verb_with_every_worth_word(verb, worth):
    inds, loose = _parse(f"Đoàn công tác đã {verb} 20 ngôi nhà, {worth} 1 tỷ đồng cho các hộ nghèo.")
    assert inds == [] and loose == [("20 ngôi nhà", AWARD_REASON), ("1 tỷ đồng", AWARD_REASON)]


def test_those_counted_with_no_word_of_commendation_stay():
    inds, _ = _parse("Có 15 cá nhân tham gia lớp tập huấn.")
    assert inds == [("tham gia lớp tập huấn", 15.0)]


def test_a_count_after_a_gift_verb_with_no_worth_stays():
    inds, _ = _parse("Năm 2023, huyện trao 120 ngôi nhà cho hộ nghèo.")
    assert [v for _, v in inds] == [120.0]


def test_a_change_is_no_gift():
    # "tăng" is no "tặng": the words are matched as written
    inds, _ = _parse("Diện tích lúa tăng 120 ha, trị giá sản xuất đạt 5 tỷ đồng.")
    assert [v for _, v in inds] == [120.0, 5e9]


def test_a_word_of_commendation_in_the_next_sentence_is_not_the_counts():
    # the commendation look reads the count's sentence, not its whole line (an indicator was lost)
    inds, _ = _parse("Toàn tỉnh có 1.250 cá nhân tham gia bảo hiểm xã hội tự nguyện. Tỉnh đã tặng bằng khen cho các "
                     "đơn vị.")
    assert [v for _, v in inds] == [1250.0]
    inds, _ = _parse("Tỉnh đã tặng bằng khen cho các đơn vị. Toàn tỉnh có 1.250 cá nhân tham gia bảo hiểm xã hội tự "
                     "nguyện.")
    assert [v for _, v in inds] == [1250.0]


def test_an_abbreviated_place_after_the_count_ends_no_sentence():
    inds, loose = _parse("Năm 2023, 3 tập thể TP. Huế vinh dự nhận Bằng khen của Thủ tướng Chính phủ.")
    assert inds == [] and loose == [("3 tập thể", AWARD_REASON)]
