"""A period written inside one statement (after its figure, ``lên 448 kg/người năm 2010``, ``còn 1,97%
(cuối năm 2019)``; or in its name, ``Tỷ lệ hộ nghèo tính đến cuối năm 2010 là 41,80%``) is that
statement's: the first dates no later sentence, the second no statement of a later paragraph (figures
describing the place: land areas, forest; 092 of the dev corpus, 153's shape for the first), while a period that opens a sentence or a clause
(``Trong năm 2025, …``, ``cho biết, năm 2019, …``; 007, 173) still dates the paragraphs after it."""
from __future__ import annotations

from baocao.core.fold import fold
from baocao.resolve.written import FIGURE_THEN_OWN
from indicator_cases import inds, periods_by_figure

# 092 (its first paragraphs): the land areas come again after a paragraph whose statements have their years
HA_GIANG = 'Nông - Lâm nghiệp\nLượt xem: 152\nTài nguyên đất rừng là thế mạnh của Hà Giang, tổng diện tích đất lâm nghiệp có rừng là 524.367,83 ha; Trong đó có 200.987,64 ha đất rừng phòng hộ và trên 275.000 ha đất rừng sản xuất; có hơn 64.000 ha đất trống có thể phát triển rừng kinh tế.\n\nHà Giang đã hình thành được một số vùng sản xuất hàng hoá tập trung như: Chè 18.944,8 ha, đậu tương 20.810,3 ha, cam 2.972,3 ha; tập trung phát triển trồng cỏ gắn liền với chăn nuôi gia súc hàng hoá, nhất là ở các huyện vùng cao núi đá. Thu nhập bình quân/đầu người đạt từ 3,6 triệu đồng năm 2006 lên 7,5 triệu đồng/đầu người năm 2010; Sản lượng lương thực có hạt đạt từ 364 kg/người năm 2006 lên 448 kg/người năm 2010; Tỷ lệ hộ nghèo tính đến cuối năm 2010 là 41,80%, đời sống nhân dân đã được cải thiện và từng bước nâng cao rõ rệt.\n\nTài nguyên đất rừng là thế mạnh của Hà Giang, tổng diện tích đất lâm nghiệp có rừng là 524.367,83 ha; Trong đó có 200.987,64 ha đất rừng phòng hộ và trên 275.000 ha đất rừng sản xuất; có hơn 64.000 ha đất trống có thể phát triển rừng kinh tế.'


def test_figure_then_own_period():
    for before in ("lên 448 kg/người ", "giảm xuống còn 1,97% (cuối ", "đạt 216,7 ngàn tấn ", "đạt 25 ha (năm "):
        assert FIGURE_THEN_OWN.search(fold(before)), before
    for before in ("Năm 2020, thu đạt 5 tỷ đồng trong ", "GRDP tăng 9%, ", "Trong ", "so với cùng kỳ ",
                   "số 94/2019/QH14 ngày 26/11/"):
        assert not FIGURE_THEN_OWN.search(fold(before)), before


def test_statement_own_period_dates_no_later_paragraph():
    got = [(i.text, i.period, i.period_source) for i in inds(HA_GIANG)]
    assert ("Tỷ lệ hộ nghèo tính đến cuối năm 2010 là 41,80%", "2010", "statement") in got
    land = [g for g in got if g[0].endswith("524.367,83 ha") or g[0] in ("200.987,64 ha", "hơn 64.000 ha")]
    assert len(land) >= 4 and all(g[1] is None or g[2] == "document" for g in land), land


def test_own_period_still_dates_its_paragraph():
    t = "Thu ngân sách năm 2020 đạt 3.000 tỷ đồng. Chi ngân sách đạt 2.000 tỷ đồng."
    assert periods_by_figure(t, ["2.000 tỷ đồng"])["2.000 tỷ đồng"] == "2020"


def test_opening_period_dates_later_paragraphs():
    # 007: a sentence opener, then a statement's own period in the same paragraph
    t = ("Trong năm 2025, tỉnh hoàn thành 28/30 chỉ tiêu, thu ngân sách năm 2025 của tỉnh đạt 10 tỷ đồng.\n\n"
         "Quy mô kinh tế đạt gần 751.000 tỷ đồng.")
    assert periods_by_figure(t, ["751.000 tỷ đồng"])["751.000 tỷ đồng"] == "2025"
    # 173: a clause opener ("cho biết, năm 2019, …")
    t = ("Ông Bình cho biết, năm 2019, tình hình kinh tế của tỉnh đạt kết quả khá, tăng trưởng đạt 7,3%.\n\n"
         "Tổng sản phẩm GRDP đạt 66.913 tỷ đồng, tăng 4.578 tỷ đồng so với năm 2018.")
    assert periods_by_figure(t, ["66.913 tỷ đồng"])["66.913 tỷ đồng"] == "2019"
