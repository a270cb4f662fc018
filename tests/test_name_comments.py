"""A comment on a subject at the end of a name (issue 17, session 45; resolve/name_comments.py): a verb that says what
the subject contributed, how far it grew or what share it holds, graded (``đóng góp nhiều nhất``, ``chiếm tỷ trọng
thấp nhất``, ``tăng trưởng khá``), or ungraded where the figure says what it is of (``đóng góp`` before points,
``tăng trưởng`` before a percentage), is no part of the name: the subject before it names the figure. Sentences of
documents of several publishers (shortened), and negatives."""
from __future__ import annotations

import pytest

from baocao.resolve.vocabulary import WORDS
from indicator_cases import inds


def name_of(text: str, fig: str):
    """The name of the first statement whose text holds the figure ``fig``."""
    return next(i.name for i in inds(text) if fig in i.text)


def statement_of(text: str, fig: str):
    """The first statement whose text holds the figure ``fig``."""
    return next(i for i in inds(text) if fig in i.text)


@pytest.mark.parametrize("text, fig, name", [
    # Bình Định's planning office (296): a graded contribution, then ungraded ones
    ("Trong mức tăng trưởng chung 7,6% này của kinh tế Bình Định thì khu vực thương mại dịch vụ đóng góp nhiều nhất "
     "3,38 điểm phần trăm đồng thời có mức tăng trưởng 8,16%.", "3,38 điểm phần trăm", "khu vực thương mại dịch vụ"),
    ("Kế đến là khu vực công nghiệp – xây dựng đóng góp 2,93 điểm phần trăm với mức tăng trưởng 10,33%; trong đó "
     "công nghiệp đóng góp 2,22 điểm phần trăm trong khi xây dựng đóng góp đến 0,66 điểm phần trăm.",
     "2,22 điểm phần trăm", "công nghiệp"),
    ("Kế đến là khu vực công nghiệp – xây dựng đóng góp 2,93 điểm phần trăm với mức tăng trưởng 10,33%; trong đó "
     "công nghiệp đóng góp 2,22 điểm phần trăm trong khi xây dựng đóng góp đến 0,66 điểm phần trăm.",
     "0,66 điểm phần trăm", "xây dựng"),
    ("Khu vực nông nghiệp đóng góp thấp nhất 0,93 điểm phần trăm và tăng 3,58%.", "0,93 điểm phần trăm",
     "Khu vực nông nghiệp"),
    # Lao động Thủ đô on Tây Ninh (320): a word of degree before the verb; the enumeration the subject ends is read
    # once the comment is cut; a share after a trend and a graded share verb
    ("Kế đến là khu vực dịch vụ, đóng góp 1,98 điểm %; còn khu vực nông, lâm nghiệp và thuỷ sản chỉ đóng góp "
     "0,44 điểm %.", "0,44 điểm %", "khu vực nông, lâm nghiệp và thủy sản"),
    ("Về cơ cấu kinh tế, khu vực dịch vụ (29,38%), ngành nông-lâm nghiệp-thủy sản ngày càng giảm và chiếm tỷ "
     "trọng thấp nhất (18,65%).", "18,65%", "ngành nông-lâm nghiệp-thủy sản"),
    ("Cụ thể, tổng sản phẩm trên địa bàn tỉnh (GRDP) tăng trưởng 5,22%.", "5,22%", "tổng sản phẩm trên địa bàn tỉnh"),
    # a sector named by an enumeration: its head ("khu vực") before the enumeration's first comma
    ("Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng trưởng 3,2%; khu vực công nghiệp và xây dựng tăng "
     "trưởng 8,5%.", "3,2%", "khu vực nông, lâm nghiệp và thủy sản"),
    # nghean24h on Bình Phước (282): a graded growth, then the figure after a comma
    ("Kinh tế của tỉnh Bình Phước 6 tháng đầu năm tăng trưởng khá, ước đạt 6,91%, đứng thứ 2 vùng Đông Nam Bộ.",
     "6,91%", "Kinh tế"),
])
def test_a_comment_at_the_end_of_a_name_is_cut(text, fig, name):
    assert name_of(text, fig) == name


def test_a_growth_whose_name_lost_its_growth_word_is_a_growth_still():
    """282: the figure is the economy's growth (its measure, its key), and the sectors after it are its parts, framed
    as estimates as it is."""
    text = ("Kinh tế của tỉnh Bình Phước 6 tháng đầu năm tăng trưởng khá, ước đạt 6,91%, đứng thứ 2 vùng Đông Nam Bộ "
            "và thứ 35 so với cả nước. Khu vực công nghiệp – xây dựng tăng 18,7%, trong đó công nghiệp tăng 21,75%.")
    whole = statement_of(text, "6,91%")
    assert (whole.name, whole.measure, whole.framing) == ("Kinh tế", "growth", "estimate")
    assert statement_of(text, "18,7%").framing == "estimate"


@pytest.mark.parametrize("text, fig, name", [
    # a sum contributed keeps its verb: the contributors' money, no contribution to a growth
    ("Năm 2023, nhân dân đóng góp 250 tỷ đồng để xây dựng nông thôn mới.", "250 tỷ đồng", "nhân dân đóng góp"),
    # a rate word, or a noun of growth, before "tăng trưởng": the growth named, no comment on a subject
    ("Năm 2022, tốc độ tăng trưởng 7%.", "7%", "tốc độ tăng trưởng"),
    ("Năm 2022, sự tăng trưởng 5%.", "5%", "sự tăng trưởng"),
    # a verb with nothing before it, or after a time alone: the name stays as it was
    ("Đóng góp cho mức tăng chung, quý I đóng góp 2,03 điểm %.", "2,03 điểm %", "đóng góp"),
    # a verb of change is no comment: the figure is by how much it grew (088, Doanh nghiệp & Tiếp thị)
    ("Trong đó, quy mô VA khu vực dịch vụ mở rộng nhiều nhất với gần 4.810 tỷ đồng.", "4.810 tỷ đồng",
     "quy mô VA khu vực dịch vụ mở rộng nhiều nhất"),
    # growth of no economy, sector or industry: an aim's, no comment on a subject (a party congress's report)
    ("Năm 2025, tạo nền tảng vững chắc cho mục tiêu tăng trưởng từ 10% trở lên.", "10%",
     "tạo nền tảng vững chắc cho mục tiêu tăng trưởng"),
    # an ungraded verb before another unit: no comment
    ("Năm 2022, doanh nghiệp đóng góp 12%.", "12%", "doanh nghiệp đóng góp"),
])
def test_no_comment_is_cut(text, fig, name):
    assert name_of(text, fig) == name


@pytest.mark.parametrize("verb", WORDS.comment_verbs)
def test_every_comment_verb(verb):
    assert name_of(f"Năm 2022, ngành thủy sản {verb} nhiều nhất 1,2 điểm phần trăm.", "1,2") == "ngành thủy sản"


@pytest.mark.parametrize("grade", WORDS.comment_grades)
def test_every_comment_grade(grade):
    assert name_of(f"Năm 2022, ngành thủy sản đóng góp {grade} 5,2%.", "5,2%") == "ngành thủy sản"


@pytest.mark.parametrize("opener", WORDS.comment_openers)
def test_every_comment_opener(opener):
    assert name_of(f"Năm 2022, ngành thủy sản {opener} đóng góp 1,2 điểm phần trăm.", "1,2") == "ngành thủy sản"


@pytest.mark.parametrize("word", WORDS.growth_nouns_before)
def test_every_growth_noun_keeps_its_growth(word):
    assert name_of(f"Năm 2022, kinh tế {word} tăng trưởng 5,22%.", "5,22%") == f"kinh tế {word} tăng trưởng"


# --- a lead that measures the statement before another way ("đóng góp") inherits its name only in its clause ------
def test_a_contribution_after_a_clause_end_takes_no_name_of_the_statement_before():
    """320, Lao động Thủ đô: after the semicolon the contribution follows a subject of its own (``khu vực dịch vụ``);
    the statement before (``khu vực công nghiệp và xây dựng``) is no guess to make, nor its key; the subject before
    the comma names it (contribution_names.py, session 46), with the services' contribution key."""
    text = ("Đóng góp nhiều nhất vào mức tăng trưởng chung 5,22% GRDP của tỉnh 6 tháng đầu năm là khu vực công nghiệp "
            "và xây dựng với 3 điểm %; kế đến là khu vực dịch vụ, đóng góp 1,98 điểm %.")
    i = statement_of(text, "1,98 điểm %")
    assert i.name == "khu vực dịch vụ" and i.key == "grdp_growth_contribution_services"


@pytest.mark.parametrize("text, fig, name", [
    # in its clause, after a comma or in a parenthesis: the statement before, another way (047 Hà Nam, 070 Gia Lai)
    ("Khu vực dịch vụ tăng 4,4%, đóng góp 1,2 điểm phần trăm vào mức tăng chung.", "1,2 điểm phần trăm",
     "Khu vực dịch vụ"),
    ("Khu vực dịch vụ tăng 5,84% (đóng góp 1,77%).", "1,77%", "Khu vực dịch vụ"),
    # a lead that opens its clause after ";": no subject of its own between, the statement before still
    ("Năm 2023, kim ngạch xuất khẩu đạt 2.300 tỷ đồng; quy đổi đô la Mỹ đạt khoảng 100 triệu USD.",
     "100 triệu USD", "kim ngạch xuất khẩu"),
])
def test_a_contribution_in_its_clause_inherits_the_name_before(text, fig, name):
    assert name_of(text, fig) == name
