"""A national total in `triệu tỷ đồng` (million billions, 10¹⁵): one money figure with its whole scale, never
the `6 triệu tỷ đồng` of `4,6 …` read as a name and the figure lost (a statistics note on the country's retail
sales, read in session 44 on a page in no gold)."""
import baocao


def test_million_billions_is_one_money_figure():
    recs = baocao.extract("Tổng mức bán lẻ 9 tháng đạt gần 4,6 triệu tỷ đồng, tăng 9,7% so với cùng kỳ.")
    assert [(r.kind, r.text, r.value) for r in recs if r.kind == "money"] == \
        [("money", "gần 4,6 triệu tỷ đồng", 4.6e15)]


def test_million_billions_statement_keeps_its_value_and_name():
    inds = baocao.parse("Tổng mức bán lẻ hàng hóa 9 tháng ước đạt 3,6 triệu tỉ đồng.").indicators
    assert [(i.value, i.unit) for i in inds] == [(3.6e15, "VND")]
    assert "triệu" not in inds[0].name


def test_a_rate_after_million_is_no_scale():
    # "triệu tỷ lệ": the scale stops before a rate word, as "tỷ lệ" alone does
    recs = baocao.extract("có 2 triệu tỷ lệ 5%")
    assert not [r for r in recs if r.kind == "money"]
