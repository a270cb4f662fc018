"""A list written figure first (``396 ha rừng phòng hộ và 136 ha rừng sản xuất``): the words before a
figure after ``và`` are the phrase of the figure before it, and each item is named by the phrase after
its figure. Cases from the seed political report 004 (Mường Ảng) and the genre dev document 067 (Kon
Tum statistics office); negatives: a list written name first, another unit, a lead that is a name."""
import pytest

import baocao


def named(text):
    return [(i.name, i.value) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text,want", [
    ("Trong giai đoạn thực hiện trồng mới 532 ha rừng (396 ha rừng phòng hộ và 136 ha rừng sản xuất).",
     [("trồng mới rừng", 532), ("rừng phòng hộ", 396), ("rừng sản xuất", 136)]),
    ("Đã xảy ra khô hạn với diện tích lên đến 3.759,52 ha, bao gồm: 1.348,58 ha lúa; 25,32 ha rau màu các loại "
     "và 432,55 ha cây trồng khác bao gồm: bời lời, điều.",
     [("diện tích", 3759.52), ("lúa", 1348.58), ("rau màu các loại", 25.32), ("cây trồng khác", 432.55)]),
    ("Sản lượng thu hoạch đạt 1.200 tấn cà phê nhân và 350 tấn hồ tiêu.",
     [("Sản lượng thu hoạch", 1200), ("hồ tiêu", 350)]),
])
def test_each_item_of_a_list_written_figure_first_is_named_after_its_figure(text, want):
    got = named(text)
    assert [v for _, v in got] == pytest.approx([v for _, v in want])
    assert [n for n, _ in got] == [n for n, _ in want]


@pytest.mark.parametrize("text,name", [
    # a list written name first: the words before the figure are its own name
    ("Diện tích lúa đạt 500 ha và ngô đạt 300 ha.", "ngô"),
    ("Diện tích lúa 500 ha và diện tích ngô 300 ha.", "diện tích ngô"),
])
def test_a_name_before_the_figure_stays_its_name(text, name):
    assert name in [n for n, _ in named(text)]


def test_a_figure_of_another_unit_is_no_item_of_the_list():
    # "ha" then "tấn": the rule does not say the two are items of one list
    got = named("Trồng mới 500 ha rừng phòng hộ và 300 tấn cây giống.")
    assert [v for _, v in got] == [500, 300] and "cây giống" not in [n for n, _ in got]
