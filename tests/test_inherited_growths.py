"""A growth named only by a growth word after a statement of its subject is that subject's growth
(baocao.resolve.inherited_names; docs/records.md, *Shares, growth words and rates decided*): a statement of its
own under the subject's name after a share or over a span of its own, the level's change right after a level."""
from __future__ import annotations

import pytest

import baocao
from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")


def _of(text: str, fig: str):
    found = [i for i in inds(text) if any(text[s:e] == fig for s, e in i.figures)]
    assert len(found) == 1, [(i.name, i.value, i.text) for i in inds(text)]
    return found[0]


def test_a_growth_after_a_sector_share_is_the_sector_s():
    # Bà Rịa – Vũng Tàu, Châu Đức district congress (dev 166)
    t = ("Cụ thể, nông nghiệp chiếm tỷ lệ 51,3%, tăng trưởng bình quân đạt 3,62%; thương mại, dịch vụ chiếm tỷ "
         "lệ 27,2%, tăng trưởng bình quân 12,99%.")
    a, b = _of(t, "3,62%"), _of(t, "12,99%")
    assert (a.name, a.value, a.measure) == ("nông nghiệp", 3.62, "growth")
    assert (b.name, b.value, b.measure) == ("thương mại, dịch vụ", 12.99, "growth")
    assert _of(t, "51,3%").value == 51.3


def test_a_growth_over_a_span_of_its_own_after_a_level():
    # Điện Biên, a commune's summary (dev 152)
    t = ("Giá trị xuất khẩu trực tiếp của địa phương năm 2007 đạt 753,8 nghìn USD, tốc độ tăng trưởng giai đoạn "
         "2005 – 2007 bình quân 5,76%/năm.")
    g = _of(t, "5,76%/năm")
    assert (g.name, g.value, g.measure, g.period) == (
        "Giá trị xuất khẩu trực tiếp của địa phương", 5.76, "growth", "2005-2007")
    assert _of(t, "753,8 nghìn USD").value == 753800.0


@pytest.mark.parametrize("text,level", [
    # Đắk Nông TV, agriculture 2023 (dev 040)
    ("Tổng giá trị sản xuất toàn ngành đạt 18.537 tỷ đồng, tốc độ tăng trưởng đạt 6,76%, đứng thứ 2 toàn quốc.",
     "18.537 tỷ đồng"),
    # Bình Phước, statistics office, year 2022 (dev 188)
    ("Khu vực dịch vụ (theo giá so sánh 2010) đạt 16.740,26 tỷ đồng, tiếp tục đà khởi sắc mạnh mẽ với tăng "
     "trưởng 8,62%, đóng góp 2,9 điểm phần trăm vào tăng trưởng GRDP của tỉnh.", "16.740,26 tỷ đồng"),
])
def test_a_growth_right_after_a_level_is_its_change(text, level):
    grown = [i for i in inds(text) if any(text[s:e] == level for s, e in i.figures)]
    assert len(grown) == 1 and len(grown[0].figures) == 2 and grown[0].measure == "level"
    assert grown[0].change is not None


@pytest.mark.parametrize("word", W.growth_word_names)
def test_every_growth_word_name_takes_the_subject_before(word):
    t = f"Công nghiệp chiếm 30,5%, {word} 9,2%."
    g = _of(t, "9,2%")
    assert (g.name, g.measure) == ("Công nghiệp", "growth")


@pytest.mark.parametrize("text", [
    # a noun of its own: the economy's growth, named by its words
    "Tổng thu ngân sách đạt 500 tỷ đồng, tốc độ tăng trưởng kinh tế đạt 7%.",
    # no statement before it in its clause: the words are the name
    "Tổng thu ngân sách đạt 500 tỷ đồng. Tốc độ tăng trưởng bình quân đạt 7%.",
    "Tổng thu ngân sách đạt 500 tỷ đồng; tốc độ tăng trưởng đạt 7%.",
])
def test_a_growth_word_with_a_name_or_a_clause_of_its_own_keeps_its_words(text):
    g = _of(text, "7%")
    assert g.name != "Tổng thu ngân sách" and "tăng trưởng" in g.name.lower()
    assert _of(text, "500 tỷ đồng").change is None


@pytest.mark.parametrize("text, rate", [
    # a rate has no growth: a growth word after a rate's statement is no growth of the rate
    ("Tỷ lệ đô thị hóa đạt 42%, tốc độ tăng trưởng bình quân 12%/năm.", "Tỷ lệ đô thị hóa"),
    ("Năm 2023, tỷ lệ hộ nghèo giảm còn 2,5%, tốc độ tăng trưởng đạt 7%.", "tỷ lệ hộ nghèo"),
    # nor of a share named as one (its subject is no name the text writes alone)
    ("Cơ cấu kinh tế chuyển dịch đúng hướng, tỷ trọng công nghiệp - xây dựng chiếm 45,2%, tốc độ tăng trưởng bình "
     "quân đạt 9,5%/năm.", "tỷ trọng công nghiệp - xây dựng"),
])
def test_a_growth_word_after_a_rate_or_a_share_named_so_is_none_of_theirs(text, rate):
    g = [i for i in inds(text) if i.value in (12.0, 7.0, 9.5)]
    assert len(g) == 1 and g[0].name != rate and "tăng trưởng" in g[0].name.lower(), [(i.name, i.value) for i in g]


def test_it_names_nothing_with_no_statement_before():
    got = [(i.name, i.value) for i in baocao.parse("Tốc độ tăng trưởng đạt 7%.").indicators if i.kind == "indicator"]
    assert got == [("Tốc độ tăng trưởng", 7.0)]
