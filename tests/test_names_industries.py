"""Industries named with commas (issue 17, session 36): a name that ends an industry's name from
``industry_names`` runs back to the industry's start, where only fillers stand before it in its clause."""
from __future__ import annotations

import pytest

from indicator_cases import inds
from baocao.resolve.vocabulary import WORDS


@pytest.mark.parametrize("text, name", [
    # a provincial statistics office's industry note (Bắc Giang), a typo "bằng" before the verb
    ("Trong đó, ngành khai khoáng bằng 97,77%; ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước "
     "thải bằng tăng 2,42%.", "ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải"),
    # a provincial portal's quarter growth note (Bắc Kạn)
    ("Ngành khai khoáng giảm 3,1%; nhóm ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải "
     "tăng 15,09%.", "nhóm ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải"),
    # a provincial socio-economic report's industry index, with no prefix
    ("Chỉ số sản xuất công nghiệp tháng 12 tăng 3%; trong đó cung cấp nước, hoạt động quản lý và xử lý rác "
     "thải, nước thải giảm 1,2%.", "cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải"),
    ("Ngành công nghiệp chế biến, chế tạo tăng 9,70%; sản xuất, phân phối điện tăng 5,1%.",
     "sản xuất, phân phối điện"),
    # new enterprises by industry
    ("Số doanh nghiệp thành lập mới: bán buôn 30 doanh nghiệp; hoạt động chuyên môn, khoa học và công nghệ "
     "12 doanh nghiệp.", "hoạt động chuyên môn, khoa học và công nghệ"),
    ("Vốn đăng ký 626 tỷ đồng (chiếm 1,06%); hoạt động vận tải, kho bãi 15 doanh nghiệp.",
     "hoạt động vận tải, kho bãi"),
    # the sector with commas only (235 Thái Nguyên's broadcaster; written so by 071, 081, 103, 148, 239 too),
    # after "và" and the statement before
    ("Năm 2023, khu vực dịch vụ và thuế sản phẩm chiếm 31,31% và khu vực nông, lâm nghiệp, thủy sản chiếm 12,35%.",
     "khu vực nông, lâm nghiệp, thủy sản"),
])
def test_an_industry_named_with_commas_is_named_whole(text, name):
    assert [i.name for i in inds(text)][-1] == name


@pytest.mark.parametrize("text, name", [
    # the industry is a piece of a phrase of its own: not cut out of it (the head opens the enumeration,
    # resolve/enumeration_heads.py: the whole phrase, as the gold of 145 names it)
    ("Năm 2025, phấn đấu giá trị sản xuất nông nghiệp, thủy sản tăng bình quân 3%/năm.",
     "giá trị sản xuất nông nghiệp, thủy sản"),
    ("Trong năm, doanh thu thương mại, dịch vụ tăng 5%.", "doanh thu thương mại, dịch vụ"),
    # a name that does not end the industry's name
    ("Trong đó, nước thải sinh hoạt được xử lý đạt 45%.", "nước thải sinh hoạt được xử lý"),
])
def test_no_industry_name_where_the_name_is_a_phrase_of_its_own(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("industry", WORDS.industry_names)
def test_every_industry_name(industry):
    text = f"Chỉ số sản xuất công nghiệp tăng 3%; trong đó ngành {industry} tăng 4,5%."
    assert [i.name for i in inds(text)][-1] == f"ngành {industry}"


@pytest.mark.parametrize("text, name", [
    # the head of a measure right before the industry's prefix: the prefix makes the industry a whole, so
    # the name runs from the head (273 VCCI News: the lead was lost, "lâm nghiệp, thủy sản"; the shape of
    # 211 Báo Đầu tư, 035 Đồng Tháp's portal and 245 Gia Lai's broadcaster too)
    ("Cơ cấu kinh tế dần chuyển dịch theo hướng tích cực, trong đó tỷ trọng ngành nông, lâm nghiệp, thủy sản "
     "chiếm 37,6%, ngành công nghiệp - xây dựng là 35,5%.", "tỷ trọng ngành nông, lâm nghiệp, thủy sản"),
    ("Năm 2019, tỷ trọng khu vực nông, lâm, thủy sản giảm còn 35,2%.", "tỷ trọng khu vực nông, lâm, thủy sản"),
    ("Giá trị sản xuất ngành thương mại, dịch vụ ước đạt 1.500 tỷ đồng.",
     "Giá trị sản xuất ngành thương mại, dịch vụ"),
    # a growth name is a head, not a clause's verb
    ("Tăng trưởng khu vực nông, lâm nghiệp và thủy sản đạt 3,2%.",
     "Tăng trưởng khu vực nông, lâm nghiệp và thủy sản"),
    ("Tốc độ tăng trưởng ngành công nghiệp, xây dựng đạt 12,5%.",
     "Tốc độ tăng trưởng ngành công nghiệp, xây dựng"),
])
def test_a_head_before_an_industrys_prefix_opens_the_name(text, name):
    assert [i.name for i in inds(text)][0] == name


@pytest.mark.parametrize("text, name", [
    # a clause before the prefix: the name is the industry with its prefix, not the clause
    ("Huyện có ngành nông, lâm nghiệp, thủy sản tăng 3,1%.", "ngành nông, lâm nghiệp, thủy sản"),
    # an action before the prefix is no measure's head: no name from it, no key of the sector's value
    ("Thu hút đầu tư, phát triển ngành nông, lâm nghiệp, thủy sản đạt 120 tỷ đồng.", "lâm nghiệp, thủy sản"),
    # no prefix: the industry is a piece of a phrase of its own, named whole (resolve/enumeration_heads.py)
    ("Năm 2025, phấn đấu giá trị sản xuất nông nghiệp, thủy sản tăng bình quân 3%/năm.",
     "giá trị sản xuất nông nghiệp, thủy sản"),
])
def test_no_head_before_an_industry_where_a_clause_or_no_prefix_stands(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text, names", [
    # an industry and its comma, then a name that opens with a prefix: the industry is the frame of the
    # name, never a piece of it (258 Bộ Kế hoạch và Đầu tư, Quảng Trị's half year: "lâm nghiệp và thủy
    # sản, ngành thủy sản" was read as one name)
    ("Trong khu vực nông, lâm nghiệp và thủy sản, ngành thủy sản đạt mức tăng cao nhất 11,25%.",
     ["ngành thủy sản"]),
    ("Trong khu vực công nghiệp, xây dựng, ngành xây dựng tăng 8,1%.", ["ngành xây dựng"]),
    # negatives: two statements of industries, each named whole; a real enumeration of statements
    ("Khu vực nông, lâm nghiệp và thủy sản tăng 2,1%, khu vực công nghiệp, xây dựng tăng 8,3%.",
     ["Khu vực nông, lâm nghiệp và thủy sản", "khu vực công nghiệp, xây dựng"]),
    ("Lúa 5.000 ha, ngô 2.000 ha.", ["Lúa", "ngô"]),
    # a name with no prefix after the industry's comma is still a piece of the enumeration
    ("Trong đó khu vực nông, lâm nghiệp, thủy sản tăng 2,5%.", ["khu vực nông, lâm nghiệp, thủy sản"]),
])
def test_an_industry_before_a_prefixed_name_is_its_frame(text, names):
    assert [i.name for i in inds(text)] == names


@pytest.mark.parametrize("text, name", [
    # the electricity section written without its last words, after a semicolon (403 Báo Bình Thuận; the
    # shape of 197 Hậu Giang's page and 005 the ministry's report, which end it at "hơi nước")
    ("Ngành chế biến, chế tạo tăng 3,67%; sản xuất và phân phối điện, khí đốt, nước nóng tăng 17,54%; cung cấp "
     "nước, xử lý rác thải tăng 11,45%.", "sản xuất và phân phối điện, khí đốt, nước nóng"),
    # negative: the pieces alone, with no section's start before them, stay as written
    ("Ngành chế biến, chế tạo tăng 3,67%; khí đốt, nước nóng tăng 17,54%.", "khí đốt, nước nóng"),
])
def test_the_electricity_section_without_its_last_words(text, name):
    assert [i.name for i in inds(text)][1] == name
