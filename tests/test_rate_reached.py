"""A percentage a fall reaches is a rate, not the fall (resolve/measure.py, ``rate_reached`` in
data/measures.yaml): ``xã Vĩnh Ô giảm còn 14,1%`` (dev 355, Cổng TTĐT huyện Vĩnh Linh), ``Số hộ nghèo của xã đã
giảm còn 6,62%`` (075, Cổng TTĐT huyện Bù Gia Mập), ``hộ nghèo toàn huyện giảm còn 50,53%`` (217, Báo Khánh
Hòa) were growths; every percentage after these words in the dev gold is a rate or a share. Negatives: a share
stays a share, a growth named stays a growth, the fall itself stays a growth, an amount reached stays a level."""
import pytest

from baocao.resolve._rules import load
from baocao.resolve.measure import measure_of
from indicator_cases import inds

M = load("measures")


@pytest.mark.parametrize("word", M.rate_reached)
def test_every_rate_reached_word_makes_the_percentage_a_rate(word):
    assert measure_of("hộ nghèo của thị trấn", "%", 4.2, lead=f"giảm {word} ", changed=True) == "rate"
    assert measure_of("hộ nghèo của thị trấn", "%", 4.2, lead=f"giảm {word}".upper(), changed=True) == "rate"
    # glued to a longer word it says nothing
    assert measure_of("hộ nghèo của thị trấn", "%", 4.2, lead=f"giảm {word}x", changed=True) == "growth"


@pytest.mark.parametrize("name,lead,want", [
    ("Tỷ trọng ngành nông nghiệp", "giảm xuống còn", "share"),     # a share named
    ("Tốc độ tăng trưởng kinh tế", "giảm còn", "growth"),          # a growth named
    ("hộ nghèo của thị trấn", "giảm", "growth"),                   # the fall itself
])
def test_a_share_a_growth_or_the_fall_keep_their_measure(name, lead, want):
    assert measure_of(name, "%", 4.2, lead=lead, changed=True) == want


def test_a_percentage_listed_after_a_share_stays_a_share():
    text = ("Cơ cấu kinh tế chuyển dịch đúng hướng (khu vực nông nghiệp giảm từ 60,2% xuống còn 51,3%, khu vực "
            "dịch vụ tăng từ 20,1% lên 26,4%).")
    assert {i.value: i.measure for i in inds(text)}[51.3] == "share"


def test_an_amount_reached_stays_a_level():
    assert measure_of("số hộ nghèo", "hộ", 310, lead="giảm còn", changed=True) == "level"


def test_the_places_of_a_breakdown_that_fell_to_a_rate():
    text = ("Năm nay, tỷ lệ hộ nghèo toàn huyện giảm 3,5%. Trong đó, thị trấn Hòa An giảm còn 4,2%; xã Hòa Bình "
            "giảm còn 6,8%.")
    got = {i.value: i.measure for i in inds(text)}
    assert got[4.2] == "rate" and got[6.8] == "rate"
