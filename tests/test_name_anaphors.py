"""An anaphor in the phrase before a figure (``con số này``, ``tỷ lệ này``, ``khu vực này``) names it by
the statement it points back to, when that one is read without doubt (resolve/name_anaphors.py)."""
from __future__ import annotations

import pytest

import baocao
from baocao.resolve._rules import load

W = load("indicators")


def _named(text):
    return [(i.name, i.value) for i in baocao.parse(text).indicators if i.kind == "indicator"]


def _name_of(text, value):
    (name,) = [n for n, v in _named(text) if v == value]
    return name


@pytest.mark.parametrize("text,value,want", [
    # 279 (Minh Điền Land, Hà Nam): the anaphor opens its clause, its predicate after a word of aspect
    ("Theo thông tin từ UBND tỉnh Hà Nam, vào năm 2022, GRDP (tổng sản phẩm trên địa bàn) của Hà Nam đạt "
     "46.065 tỉ đồng. Năm 2023, con số này đã đạt mốc 50.201,9 tỉ đồng, tăng 9,41% so với năm 2022.",
     50201.9e9, "GRDP"),
    # 262 (Báo Lâm Đồng, Đạ Tẻh): a rate whose statement is named by a change (no place of its name in the
    # text), one name in the sentence before
    ("So sánh giai đoạn năm 2016 đến cuối năm 2019, huyện Đạ Tẻh đã giảm tỷ lệ hộ nghèo từ 6,26% xuống còn "
     "2,36%. Dự kiến tỷ lệ này tiếp tục giảm xuống dưới 2% vào cuối năm 2020.", 2, "tỷ lệ hộ nghèo"),
    # 247 (Đảng Cộng sản Việt Nam, Lâm Đồng): the anaphor ends a longer phrase, the one "khu vực …" of its
    # clause (the one of the clause before, after the semicolon, is not read)
    ("Khu vực nông, lâm nghiệp và thủy sản tăng 4,89%, đóng góp 1,11 điểm phần trăm vào mức tăng trưởng "
     "chung; khu vực dịch vụ giảm 4,38% so với cùng kỳ, làm giảm 2,16 điểm phần trăm mức tăng chung, nên "
     "tốc độ tăng trưởng chung đạt thấp do khu vực này chiếm tỷ trọng cao khoảng 46% trong GRDP.",
     46, "khu vực dịch vụ"),
])
def test_an_anaphor_names_a_figure_by_the_statement_it_points_back_to(text, value, want):
    assert _name_of(text, value) == want


def test_two_names_with_the_anaphor_s_head_leave_it_unresolved():
    text = ("Khu vực công nghiệp tăng 5,2%, khu vực dịch vụ giảm 4,38%, nên tốc độ tăng trưởng chung đạt "
            "thấp do khu vực này chiếm tỷ trọng cao khoảng 46% trong GRDP.")
    assert _name_of(text, 46) not in ("Khu vực công nghiệp", "khu vực dịch vụ")


def test_an_anaphor_whose_head_starts_no_name_before_stays_as_written():
    # 152 (Vụ Kế hoạch, Điện Biên): the parts of a structure, none named "tỷ lệ …"
    text = ("Cơ cấu nền kinh tế năm 2007: nông nghiệp 37,02%, công nghiệp xây dựng 24,83%, dịch vụ 38,15%. "
            "Năm 2000 tỷ lệ này là 43,67%.")
    assert _name_of(text, 43.67) == "tỷ lệ này"


def test_a_generic_anaphor_ending_a_longer_phrase_is_not_resolved():
    text = "Tổng thu ngân sách đạt 500 tỷ đồng. Huyện phát huy kết quả này vận động được 20 tỷ đồng."
    assert _name_of(text, 20e9) != "Tổng thu ngân sách"


@pytest.mark.parametrize("word", W.anaphora_aspect_words)
def test_every_anaphora_aspect_word_ends_an_anaphor_that_opens_a_name(word):
    text = f"Tổng thu ngân sách đạt 500 tỷ đồng. Năm 2024, con số này {word} tăng lên 600 tỷ đồng."
    assert _name_of(text, 600e9) == "Tổng thu ngân sách"


def test_an_anaphor_before_another_word_opens_no_name():
    text = "Tổng thu ngân sách đạt 500 tỷ đồng. Năm 2024, con số này ở khu vực nông thôn tăng lên 600 tỷ đồng."
    assert _name_of(text, 600e9) != "Tổng thu ngân sách"


@pytest.mark.parametrize("anaphor", ["con số này là", "số liệu này đã đạt"])
def test_an_anaphor_names_no_level_in_another_unit(anaphor):
    # the last statement is a rate: a level in money is not its value, the anaphor stays as written
    text = f"Năm 2023, thu ngân sách đạt 500 tỷ đồng, tỷ lệ hộ nghèo còn 3%. Năm 2024, {anaphor} 620 tỷ đồng."
    assert _name_of(text, 620e9) == anaphor.rsplit(" ", 2 if anaphor.endswith("đã đạt") else 1)[0]


def test_an_anaphor_names_a_change_in_any_unit():
    assert _name_of("Năm 2023, tỷ lệ hộ nghèo còn 3%. Năm 2024, con số này giảm 0,5%.", 0.5) == "tỷ lệ hộ nghèo"


@pytest.mark.parametrize("sentence", [
    "Kết quả này đã giúp huyện đầu tư 120 tỷ đồng cho giao thông.",
    "Con số này đã giúp huyện đầu tư 120 tỷ đồng cho giao thông.",
])
def test_an_anaphor_opening_a_name_with_another_subject_after_its_verb_is_not_read(sentence):
    # the figure after "đã giúp huyện đầu tư" is the investment's, not the revenue's
    assert _name_of(f"Năm 2023, thu ngân sách đạt 500 tỷ đồng. {sentence}", 120e9) != "thu ngân sách"
