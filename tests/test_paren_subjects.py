"""A figure alone in a parenthesis right after the name of what it measures, no figure before it in its
clause (resolve.found_subjects.named_before_parenthesis): ``cao su (3.775 ha); cây ăn trái (1.656 ha)``
(the shape of dev 349 Đà Lạt info, 320 Lao động Thủ đô, 361 Sở Công Thương Bình Dương). Own sentences,
and negatives: a place or a proper name before the parenthesis, a clause that compares or frames a
growth, a parenthesis that says more than a figure."""
from __future__ import annotations

import pytest

from indicator_cases import inds, parsed


def _of(text: str, fig: str):
    return [i for i in inds(text) if any(text[s:e] == fig for s, e in i.figures)]


@pytest.mark.parametrize("text, fig, name, value", [
    ("Năm 2023, diện tích lúa (12.500 ha), diện tích ngô (3.200 ha) đều vượt kế hoạch.", "3.200 ha",
     "diện tích ngô", 3200),
    ("Cây trồng chủ lực của xã gồm: cà phê (2.150 ha); hồ tiêu (640 ha); sầu riêng (95 ha).", "640 ha",
     "hồ tiêu", 640),
    ("Trong cơ cấu kinh tế, dịch vụ chiếm tỷ trọng lớn, tiếp theo là khu vực nông nghiệp (31,2%).", "31,2%",
     "khu vực nông nghiệp", 31.2),
    ("Một số sản phẩm có chỉ số tăng khá như: Bia đóng chai (+12,4%), Phân bón hóa học (+7,9%).", "7,9%",
     "Phân bón hóa học", 7.9),
    ("Năm 2023, số hộ nghèo (1.746 hộ), số hộ cận nghèo (820 hộ).", "820 hộ", "số hộ cận nghèo", 820),   # "số" is no "so"
    # a whole and its first part after "gồm" (make_up_leads): the part's figure, not the whole's (review, session 47)
    ("Cây công nghiệp lâu năm gồm cà phê (12.500 ha), hồ tiêu (2.300 ha).", "12.500 ha", "cà phê", 12500),
    ("Cây công nghiệp lâu năm bao gồm cà phê (12.500 ha), hồ tiêu (2.300 ha).", "12.500 ha", "cà phê", 12500),
])
def test_the_name_before_the_parenthesis_names_its_figure(text, fig, name, value):
    got = _of(text, fig)
    assert len(got) == 1 and (got[0].name, got[0].value) == (name, value), [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text, fig", [
    ("Dẫn đầu là thành phố Hồ Chí Minh (40,71 tỷ USD), Hà Nội (26,96 tỷ USD).", "26,96 tỷ USD"),   # places
    ("Dẫn đầu là thành phố Hồ Chí Minh (40,71 tỷ USD), Hà Nội (26,96 tỷ USD).", "40,71 tỷ USD"),
    ("Dự án được duyệt tại Khu công nghiệp Phú Lộc (245,68 ha) năm 2023.", "245,68 ha"),
    ("Trong năm, GRDP quý I có tốc độ tăng thấp hơn (+4,2%) so với quý II.", "4,2%"),   # a comparison
    ("Nông nghiệp đóng góp cho mức tăng chung (+5,2%) của tỉnh.", "5,2%"),   # a statement verb: a frame
    ("Doanh thu du lịch ổn định (12,5%).", "12,5%"),   # a judged subject: whose rate?
    ("Tỷ lệ giải ngân còn chậm so với cùng kỳ năm trước (45,2%).", "45,2%"),   # after a base: the base's level?
])
def test_no_name_is_made_up_for_a_parenthesis(text, fig):
    found, unattached = parsed(text)
    assert not [i for i in found if any(text[s:e] == fig for s, e in i.figures)], [(i.name, i.value) for i in found]
    assert any(u.text == fig for u in unattached)


def test_a_parenthesis_that_says_more_is_not_read_so():
    text = "Năm 2023, diện tích lúa (trong đó lúa lai 1.200 ha) giữ ổn định."
    assert not [i for i in inds(text) if i.name == "diện tích lúa"]
