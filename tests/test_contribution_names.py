"""A contribution in points is named by the part that contributes, never by the whole it adds to nor by its verb
alone (baocao.resolve.contribution_names; dev 320 Lao động Thủ đô, 247 dangcongsan, 037 Cục Thống kê Bình
Phước). Sentences written for the tests."""
from __future__ import annotations

import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")


def _of(text: str, fig: str):
    found = [i for i in inds(text) if any(text[s:e] == fig for s, e in i.figures)]
    assert len(found) == 1, [(i.name, i.value, i.text) for i in inds(text)]
    return found[0]


def test_the_subject_before_the_comma_names_a_contribution_after_a_semicolon():
    t = ("Ngành công nghiệp đóng góp nhiều nhất với 2,5 điểm %; tiếp theo là khu vực thương mại, đóng góp "
         "1,4 điểm %.")
    got = _of(t, "1,4 điểm %")
    assert got.name == "khu vực thương mại" and t[got.start:got.end] == got.text


def test_the_statement_before_in_the_sentence_names_a_contribution_named_by_the_whole():
    t = "Khu vực nông nghiệp giảm 2,1% so với năm trước, làm giảm 0,7 điểm phần trăm mức tăng chung của tỉnh."
    assert _of(t, "0,7 điểm phần trăm").name == "Khu vực nông nghiệp"


@pytest.mark.parametrize("whole", [w for w in W.contribution_wholes if w != "đóng góp"])
def test_every_contribution_whole_gives_way_to_the_statement_before(whole):
    t = f"Khu vực xây dựng giảm 2,1%, làm giảm 0,9 điểm phần trăm {whole}."
    assert _of(t, "0,9 điểm phần trăm").name == "Khu vực xây dựng"


def test_a_contribution_verb_gives_way_to_the_subject_before_its_comma():
    t = "Khu vực dịch vụ tăng 4,2%; kế đến là khu vực xây dựng, đóng góp 0,9 điểm phần trăm."
    assert _of(t, "0,9 điểm phần trăm").name == "khu vực xây dựng"


def test_a_subject_past_a_semicolon_names_no_contribution():
    # the statement before stands past a semicolon and no comma opens the lead: the name is left as read
    t = "Khu vực dịch vụ giảm 4,2%; làm giảm 0,9 điểm phần trăm mức tăng chung."
    assert _of(t, "0,9 điểm phần trăm").name != "Khu vực dịch vụ"


def test_no_subject_no_guess():
    # a contribution opening its sentence: no subject in it, none taken from the sentence before
    t = "Khu vực dịch vụ tăng 4,2%. Đóng góp 0,9 điểm phần trăm."
    assert _of(t, "0,9 điểm phần trăm").name != "Khu vực dịch vụ"


def test_a_contribution_with_a_name_of_its_own_keeps_it():
    t = "GRDP tăng 6,5%, trong đó khu vực công nghiệp đóng góp 3,1 điểm phần trăm."
    assert _of(t, "3,1 điểm phần trăm").name == "khu vực công nghiệp"


def test_a_percentage_named_by_a_whole_is_left_alone():
    # only a contribution in points: a growth of GRDP keeps its name
    t = "Khu vực dịch vụ tăng 4,2%, GRDP tăng 6,1%."
    assert _of(t, "6,1%").name == "GRDP"


def test_an_anaphor_after_a_renamed_contribution_still_finds_its_sector():
    # the contribution now shares the sector's name; "khu vực này" with a share in % still takes it (a
    # percentage and points of a percentage measure alike: name_anaphors.measured_alike)
    t = "Khu vực dịch vụ giảm 3,1%, làm giảm 1,2 điểm phần trăm mức tăng chung, do khu vực này chiếm tỷ trọng khoảng 40%."
    assert [i.name for i in inds(t)] == ["Khu vực dịch vụ"] * 3


def test_a_statement_before_named_by_the_verb_gives_no_name():
    # the growth before is itself named by the verb after it: neither name is the part's, the name is left
    t = ("Doanh thu giảm nên tăng trưởng khu vực dịch vụ đạt thấp, ước tăng 2,9% và chỉ đóng góp 0,8 điểm phần trăm "
         "vào tăng trưởng chung của toàn tỉnh.")
    assert "đóng góp" not in _of(t, "0,8 điểm phần trăm").name
