"""A quantity of one unit inside a name (``giá trị sản phẩm trên 01 ha canh tác``) is the name's
denominator, no figure: it stays in the name and is unattached with its reason. Cases from the genre dev
document 040 (Đắk Nông TV) and the seed news document 003 (a district's report), and negatives: a
threshold after a verb (``đạt trên 1 ha``), one unit before a connective, a figure of another value."""
import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.per_one import PER_ONE_REASON

W = load("indicators")


def parsed(text):
    r = baocao.parse(text)
    return ([(i.name, i.value) for i in r.indicators if i.kind == "indicator"],
            [(u.text, u.reason) for u in r.unattached])


@pytest.mark.parametrize("lead", W.per_one_leads)
def test_every_per_one_lead_makes_one_unit_part_of_the_name(lead):
    named, loose = parsed(f"Năm 2023, giá trị sản phẩm {lead} 01 ha canh tác đạt 105 triệu đồng; diện tích "
                          "nông nghiệp ứng dụng công nghệ cao đạt 2.543 ha.")
    assert named == [(f"giá trị sản phẩm {lead} 01 ha canh tác", 105e6),
                     ("diện tích nông nghiệp ứng dụng công nghệ cao", 2543)]
    assert [r for _, r in loose] == [PER_ONE_REASON]


def test_one_unit_after_a_slash_is_part_of_the_name():
    text = ("Có 10 chỉ tiêu vượt kế hoạch đó là: Sản lượng lương thực có hạt vượt 9,72% so với kế hoạch đề ra; "
            "giá trị sản phẩm/01 ha đất trồng trọt và nuôi trồng thủy sản vượt 35,14% so với kế hoạch.")
    named, loose = parsed(text)
    assert [n for n, _ in named] == ["Sản lượng lương thực có hạt",
                                     "giá trị sản phẩm/01 ha đất trồng trọt và nuôi trồng thủy sản"]
    assert loose == [("01 ha", PER_ONE_REASON)]


@pytest.mark.parametrize("text,value", [
    ("Diện tích rừng trồng đạt trên 1 ha.", 1),                   # a level after a verb
    ("Giá trị sản phẩm trên 1 ha và thu nhập bình quân tăng.", 1),  # no name goes on after it
    ("Giá trị sản phẩm trên 2 ha canh tác đạt 105 triệu đồng.", 2),  # not one unit
])
def test_no_per_one_unit_where_the_name_does_not_go_on(text, value):
    named, loose = parsed(text)
    assert value in [v for _, v in named]
    assert all(r != PER_ONE_REASON for _, r in loose)


@pytest.mark.parametrize("text, name", [
    # the unit written onto the number ("/1ha", "trên 1ha"): 285 Tạp chí Công Thương
    ("Năm 2022, giá trị sản xuất bình quân /1ha đất nông nghiệp đạt 205 triệu đồng.",
     "giá trị sản xuất bình quân /1ha đất nông nghiệp"),
    ("Năm 2023, giá trị sản phẩm trên 1ha canh tác đạt 105 triệu đồng.", "giá trị sản phẩm trên 1ha canh tác"),
])
def test_one_unit_written_onto_its_number_is_part_of_the_name(text, name):
    named, loose = parsed(text)
    assert [n for n, _ in named] == [name]
    assert [r for _, r in loose] == [PER_ONE_REASON]


def test_one_unit_written_onto_its_number_after_a_verb_is_a_level():
    named, loose = parsed("Diện tích rừng trồng đạt trên 1ha.")
    assert named == [("Diện tích rừng trồng", 1)] and not loose


@pytest.mark.parametrize("text,name,one", [
    # genre dev 285 (Thoại Sơn, An Giang): the unit written against its number, after a slash
    ("Thu nhập bình quân đầu người đạt 60 triệu đồng/người/năm; giá trị sản xuất bình quân /1ha đất nông nghiệp "
     "đạt 180 triệu đồng.", "giá trị sản xuất bình quân /1ha đất nông nghiệp", "1ha"),
    ("Giá trị sản phẩm trên 1ha đất canh tác đạt 150 triệu đồng.", "Giá trị sản phẩm trên 1ha đất canh tác",
     "trên 1ha"),
])
def test_one_unit_written_against_its_number_is_part_of_the_name(text, name, one):
    named, loose = parsed(text)
    assert name in [n for n, _ in named]
    assert (one, PER_ONE_REASON) in loose


def test_one_unit_written_against_its_number_after_a_verb_stays_a_figure():
    named, loose = parsed("Diện tích rừng trồng mới đạt trên 1ha.")
    assert 1 in [v for _, v in named]
    assert all(r != PER_ONE_REASON for _, r in loose)
