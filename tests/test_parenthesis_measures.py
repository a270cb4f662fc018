"""A percentage in a parenthesis right after a figure-less clause that names a rate, a share or a
growth is that measure's figure (resolve.found_subjects.measure_before_parenthesis). Cases from three
publishers' documents (Cà Mau's photo paper, Hà Tĩnh's and Bình Phước's statistics offices), and
negatives: a place, an amount, another number opening the parenthesis, a clause of verbs only."""
from __future__ import annotations

import pytest

from indicator_cases import inds, parsed


@pytest.mark.parametrize("text, name, value, framing, measure", [
    # Báo Ảnh Đất Mũi (Cà Mau): a rate judged against its plan, its figure in a parenthesis
    ("Tỷ lệ giải ngân vốn đầu tư xây dựng cơ bản đạt thấp so với kế hoạch (38,8%).",
     "Tỷ lệ giải ngân vốn đầu tư xây dựng cơ bản", 38.8, "actual", "rate"),
    ("Tỷ lệ giải ngân vốn đầu tư xây dựng cơ bản đạt thấp so kế hoạch (38,8%); tình hình thiên tai diễn ra "
     "phức tạp.", "Tỷ lệ giải ngân vốn đầu tư xây dựng cơ bản", 38.8, "actual", "rate"),
    # Cục Thống kê Hà Tĩnh: a plan's growth, only verbs before the judged predicate "đạt"
    ("Tuy nhiên, để thực hiện đạt được kế hoạch tăng trưởng kinh tế trong năm 2019 (tăng từ 11,5%-12%) thì còn "
     "rất nhiều khó khăn.", "tăng trưởng kinh tế", 11.5, "target", "growth"),
    # Cục Thống kê Bình Phước: a clause that only says its subject had a growth names it by that subject
    ("GRDP năm nay tăng cao so với cùng kỳ năm trước nhờ sự phục hồi ở nhiều ngành, nhất là ngành nông nghiệp, "
     "có mức tăng trưởng cao (tăng 10,25%) đóng góp 3,21 điểm phần trăm vào GRDP.", "ngành nông nghiệp", 10.25,
     "actual", "growth"),
    ("Cơ cấu khu vực công nghiệp - xây dựng ở mức cao (42,5%).", "Cơ cấu khu vực công nghiệp - xây dựng", 42.5,
     "actual", "share"),
    ("Tỷ lệ che phủ rừng của huyện được nâng lên (52,3%).", "Tỷ lệ che phủ rừng", 52.3, "actual", "rate"),
])
def test_the_clause_before_names_the_percentage_in_the_parenthesis(text, name, value, framing, measure):
    got = [i for i in inds(text) if i.value == pytest.approx(value)]
    assert [(i.name, i.framing, i.measure) for i in got] == [(name, framing, measure)], \
        [(i.name, i.value, i.framing, i.measure) for i in inds(text)]


@pytest.mark.parametrize("text, fig", [
    # a place is no measure (Cổng TTĐT huyện Nghĩa Đàn; a place in a list)
    ("Khu Công nghiệp Nghĩa Đàn ( 245,68ha ) và Cụm Công nghiệp nhỏ Nghĩa Long ( trên 40ha ).", "245,68ha"),
    ("Tỉnh có nhiều huyện phát triển mạnh như huyện Chư Sê (12,5%).", "12,5%"),
    # an amount's name is no rate, share or growth
    ("Doanh thu du lịch ổn định (12,5%).", "12,5%"),
    # a growth with no subject before it
    ("Có mức tăng trưởng cao (tăng 8,5%).", "8,5%"),
    # the parenthesis gives the district's and the province's rates with one sign (one fraction in %, never
    # "9,15%" alone): no statement of the district's measure read from it
    ("Tốc độ tăng trưởng kinh tế của huyện cao hơn mức bình quân chung của tỉnh (13,86/9,15%).", "13,86/9,15%"),
    # a comparison: the parenthesis may give what the measure is compared with
    ("Tốc độ tăng trưởng kinh tế của huyện cao hơn mức bình quân chung của tỉnh (9,15%).", "9,15%"),
    ("Tỷ lệ hộ nghèo của xã thấp hơn bình quân của huyện (3,2%).", "3,2%"),
    # a base that is no plan after "so với" / "so": the parenthesis may give the base's level
    ("Tỷ lệ hộ nghèo của huyện vẫn còn cao so với bình quân chung của tỉnh (4,5%).", "4,5%"),
    ("Tỷ lệ giải ngân vốn đầu tư công còn chậm so với cùng kỳ năm trước (45,2%).", "45,2%"),
    ("Tỷ lệ hộ nghèo còn cao so bình quân của tỉnh (4,5%) và cả nước (3,2%).", "4,5%"),
    # only verbs before the parenthesis (Cục Thống kê Bắc Ninh)
    ("Tuy nhiên lại vẫn bị giảm (-3,99%) so với cùng tháng năm trước.", "-3,99%"),
])
def test_no_measure_no_statement(text, fig):
    found, loose = parsed(text)
    assert not [i for i in found if any(text[s:e] == fig for s, e in i.figures)], \
        [(i.name, i.value) for i in found]
    assert [u.text for u in loose if u.text == fig] == [fig]
