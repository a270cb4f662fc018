"""A level right after a comparison and the word of a level (``so với mức``, ``hơn con số``: ``compared_level_leads``)
is the level the statement before it is compared with, named as that statement whatever stands between them
(``resolve.inherited_names.compared_level``); a concession before a change (``dù tăng 6%``) names nothing."""
import pytest

from baocao.resolve.vocabulary import WORDS
from indicator_cases import inds


def _named(text):
    return [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text, expected", [
    # an adverb of the change between the statement and "so với mức" (unseen car sales news)
    ("Mẫu xe nhỏ vẫn bán tốt khi đạt doanh số 1.015 xe, tăng rõ rệt so với mức 903 xe hồi tháng 4.",
     [("doanh số", 1015.0), ("doanh số", 903.0)]),
    # "con số", the word of a level, after a comparative
    ("Doanh thu đạt 957 tỷ đồng, cao hơn con số 803 tỷ đồng của năm 2016.",
     [("Doanh thu", 957e9), ("Doanh thu", 803e9)]),
    ("Doanh thu đạt 1.406 tỷ đồng, vượt trội con số 1.133 tỷ đồng năm 2016.",
     [("Doanh thu", 1406e9), ("Doanh thu", 1133e9)]),
    # unseen business news: "tăng so với con số", "tăng rất mạnh so với con số"
    ("Chi phí lãi vay đạt 370 tỷ đồng, tăng rất mạnh so với con số 314 tỷ đồng hồi quý 1/2016.",
     [("Chi phí lãi vay", 370e9), ("Chi phí lãi vay", 314e9)]),
    ("Doanh thu đạt 957 tỷ đồng, cao hơn con số 803 tỷ đồng của năm trước.", [("Doanh thu", 957e9), ("Doanh thu", 803e9)]),
    ("Sản lượng đạt 1.015 tấn, tăng đáng kể so với mức 903 tấn năm 2016.",
     [("Sản lượng", 1015.0), ("Sản lượng", 903.0)]),
])
def test_a_compared_level_takes_the_statement_name(text, expected):
    got = _named(text)
    assert [v for _, v in got] == [v for _, v in expected]
    assert all(name.endswith(want) for (name, _), (want, _) in zip(got, expected)), got


@pytest.mark.parametrize("text", [
    # another unit: no level of the statement ("20% của cả nước")
    "Sản lượng đạt 500 tấn, cao hơn con số 20% của cả nước.",
    # a milestone passed and a plan passed are no compared levels
    "Doanh số đạt 2.000 xe, vượt mốc 1.900 xe thông quan.",
    "Tăng trưởng kinh tế đạt 12%, vượt mức 10% kế hoạch đề ra.",
    # another's level: "của" and no period after it (unseen news)
    "Doanh thu của Daiso tăng trưởng 6,3%, thấp hơn con số 11% của chuỗi cửa hàng đồng giá lớn thứ hai Nhật Bản.",
    # another sentence: a statement of its own
    "Doanh thu đạt 1.015 tỷ đồng. Lợi nhuận so với mức 903 tỷ đồng của năm 2016 là thấp.",
])
def test_no_compared_level(text):
    got = inds(text)
    assert not any(i.rule.endswith("+inherited_name") for i in got), [(i.name, i.value) for i in got]


def test_each_compared_level_lead():
    for lead in WORDS.compared_level_leads:
        got = _named(f"Doanh thu đạt 1.015 tỷ đồng, tăng rõ rệt {lead} 903 tỷ đồng năm 2016.")
        assert got == [("Doanh thu", 1015e9), ("Doanh thu", 903e9)], lead


@pytest.mark.parametrize("text", [
    "Trong tháng 5, doanh số bán hàng của toàn thị trường đạt hơn 23.200 xe, dù tăng 6% so với tháng 4.",
    "Trong tháng 5, doanh thu của toàn thị trường đạt 23.200 tỷ đồng, mặc dù tăng 6% so với tháng 4.",
])
def test_a_concession_before_a_change_names_nothing(text):
    got = inds(text)
    assert len(got) == 1 and got[0].change == 6.0 and "dù" not in got[0].name
