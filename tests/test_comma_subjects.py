"""A figure whose own lead is only a statement verb after a comma, the clause before the comma being
only its subject (resolve.found_subjects.clause_subject): ``…, tổng thu nhập của xã, đạt 161 tỷ
đồng`` (the shape of dev 202 Cổng TTĐT Thường Tín, 296 Sở KH&ĐT Bình Định, 187 Kinh tế & Đô thị).
Own sentences, and negatives: a clause that says something of its own (a verb, a number, a
superlative), a place, an achievement rate."""
from __future__ import annotations

import pytest

from indicator_cases import inds, parsed


def _of(text: str, fig: str):
    return [i for i in inds(text) if any(text[s:e] == fig for s, e in i.figures)]


@pytest.mark.parametrize("text, fig, name, value", [
    ("Năm 2022, doanh thu du lịch của huyện, đạt 85 tỷ đồng.", "85 tỷ đồng", "doanh thu du lịch", 85e9),
    ("Năm 2021, sản lượng cá nuôi, ước đạt 3.200 tấn; thương mại dịch vụ, tăng 6,2%.", "3.200 tấn",
     "sản lượng cá nuôi", 3200),
    ("Năm 2021, sản lượng cá nuôi, ước đạt 3.200 tấn; thương mại dịch vụ, tăng 6,2%.", "6,2%",
     "thương mại dịch vụ", 6.2),
    ("Giá trị sản xuất công nghiệp quý I năm 2023 của tỉnh (theo giá so sánh 2010), tăng 5,4% so cùng kỳ.",
     "5,4%", "Giá trị sản xuất công nghiệp", 5.4),
])
def test_the_clause_before_the_comma_names_the_figure(text, fig, name, value):
    got = _of(text, fig)
    assert len(got) == 1 and (got[0].name, got[0].value) == (name, value), [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text, fig", [
    ("Năm 2022, huyện Lạc Sơn, đạt 500 tỷ đồng.", "500 tỷ đồng"),            # a place: who, not what
    ("Đến nay, toàn huyện, đạt 95%.", "95%"),
    ("Năm 2022, huyện có thu ngân sách cao nhất tỉnh, đạt 500 tỷ đồng.", "500 tỷ đồng"),   # a superlative
    ("Năm 2022, xã đã hoàn thành 118 nội dung công việc, đạt 97,5%.", "97,5%"),   # a number of its own
    # after a decimal comma (a number with a word after it that no record holds is a level not read, whose
    # change is a statement of its own: tests/test_unread_levels_s48.py)
    ("Sản lượng ước đạt 3.069,7, tăng 10%.", "10%"),
    ("Giá trị sản xuất năm 2020 ước đạt16.743 tỷ đồng, tăng gấp 3,38 lần năm 2015.", "3,38 lần"),   # a verb
    ("Năm 2022, vốn đầu tư công là gần một nghìn tỷ đồng, đạt 40% kế hoạch.", "40%"),   # an achievement
    ("Năm 2022, tổng thu ngân sách vượt so với dự toán, đạt trên 8.000 tỷ đồng.", "trên 8.000 tỷ đồng"),   # a result
    ("Quý I, ở các khu vực nông, lâm nghiệp và thủy sản, tăng 4,9%.", "4,9%"),   # an enumeration's last piece
    ("Năm 2017, xã có thu nhập từ ngành nghề, tiểu thủ công nghiệp, đạt 161 tỷ đồng.", "161 tỷ đồng"),
])
def test_no_bare_subject_is_made_up(text, fig):
    found, unattached = parsed(text)
    assert not [i for i in found if any(text[s:e] == fig for s, e in i.figures)], [(i.name, i.value) for i in found]
    assert any(u.text == fig for u in unattached)


def test_the_figures_own_lead_still_names_it():
    got = _of("Năm 2022, tình hình ổn định, sản lượng lúa đạt 120 tấn.", "120 tấn")
    assert len(got) == 1 and got[0].name == "sản lượng lúa"
