"""A crosshead or a caption set between paragraphs of a news article (a short line that ends no sentence,
after prose and right before prose) whose every figure the article writes again elsewhere restates it: its
figures are unattached, as a headline's. Cases from the genre dev documents 280 (Vĩnh Long, a crosshead
restating the last sentence), 302 (Báo Long An, a photo caption restating the headline) and 100 (Khánh Hòa,
a council session's crosshead), and negatives: a short line with a figure written nowhere else (or only
for another indicator, no two words of the line around it), a line of
a list of short lines, a line of a wrapped paragraph, a list item."""
import pytest

import baocao


def parsed(text):
    r = baocao.parse(text)
    return [i for i in r.indicators if i.kind == "indicator"], r.unattached


@pytest.mark.parametrize("text,line,kept", [
    # 280
    ("Năm 2009, tỉnh Vĩnh Long đã đạt nhiều kết quả tích cực trong việc nâng cao thu nhập của người dân.\n\n"
     "Mức thu nhập bình quân đầu người trong năm đạt 17,1 triệu đồng\n\n"
     "Đến cuối năm, tổng sản phẩm của tỉnh tăng 9,12%, vượt 0,12% so với kế hoạch đề ra.\n\n"
     "Qua nhiều nỗ lực, tỉnh nâng mức thu nhập bình quân đầu người trong năm đạt 17,1 triệu đồng.",
     "Mức thu nhập bình quân đầu người trong năm đạt 17,1 triệu đồng", 17.1e6),
    # 302
    ("Đức Hòa: Thu ngân sách nhà nước trên 460 tỉ đồng\n\n"
     "Theo UBND huyện Đức Hòa, tỉnh Long An, thu ngân sách nhà nước trên địa bàn huyện ước trên 464 tỉ đồng.\n\n"
     "Đức Hòa thu ngân sách nhà nước trên 460 tỉ đồng\n\n"
     "Theo đó, ước chi ngân sách trên 298 tỉ đồng, đạt trên 30% dự toán tỉnh.",
     "Đức Hòa thu ngân sách nhà nước trên 460 tỉ đồng", 464e9),
    # 100
    ("6 tháng đầu năm 2024, tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tăng 12,7% so với cùng kỳ.\n\n"
     "Chủ tọa điều hành kỳ họp\n\nGRDPước tăng 12,7%, xếp thứ 2 cả nước\n\n"
     "Báo cáo công tác chỉ đạo điều hành của UBND tỉnh được trình bày tại kỳ họp.",
     "GRDPước tăng 12,7%, xếp thứ 2 cả nước", 12.7),
])
def test_a_crosshead_that_restates_the_article_is_unattached(text, line, kept):
    named, loose = parsed(text)
    start = text.rindex(line)
    end = start + len(line)
    assert all(i.end <= start or i.start >= end for i in named)
    assert [u for u in loose if start <= u.start < end]
    assert kept in [i.value for i in named]     # the prose's statement stays


@pytest.mark.parametrize("text,figure", [
    # a short line whose figure the article writes nowhere else is a statement
    ("Năm 2023, huyện đạt nhiều kết quả tích cực.\n\nTổng thu ngân sách đạt 5 tỷ đồng\n\n"
     "Kim ngạch xuất khẩu đạt 250 triệu USD, tăng 9,12%.", 5e9),
    # lines of a list of short lines: the next line is no prose
    ("Năm 2023, huyện đạt nhiều kết quả tích cực. Kim ngạch xuất khẩu đạt 250 triệu USD.\n\n"
     "Kim ngạch xuất khẩu đạt 250 triệu USD\nThu ngân sách đạt 5 tỷ đồng\n\nKinh tế tiếp tục tăng trưởng.", 250e6),
    # a line of a paragraph wrapped at its width (a PDF's text): no blank line around it
    ("Năm 2023 tỉnh đạt nhiều kết quả.\nThu nhập bình quân đạt 17,1 triệu đồng\n"
     "Tổng sản phẩm tăng 9,12%. Thu nhập bình quân đạt 17,1 triệu đồng.", 17.1e6),
    # the same value written elsewhere for another indicator (no word of the line around it) is no restatement
    ("Năm 2023, kinh tế của huyện tiếp tục phát triển ổn định, các chỉ tiêu đều đạt kế hoạch.\n\n"
     "Tỷ lệ hộ nghèo giảm còn 3,5%\n\nCông tác giảm nghèo được triển khai đồng bộ, toàn huyện có 120 hộ thoát "
     "nghèo. Giá trị sản xuất công nghiệp tăng 3,5% so với năm trước.", 3.5),
    # nor one whose clause shares with the line only the words of a figure ("triệu đồng")
    ("Năm 2023, đời sống của công nhân trong các khu công nghiệp được cải thiện rõ rệt.\n\n"
     "Lương bình quân đạt 6,5 triệu đồng\n\nHuyện hỗ trợ mỗi hộ 6,5 triệu đồng, tổng kinh phí 300 triệu đồng.", 6.5e6),
    # a list item
    ("Năm 2023, kim ngạch xuất khẩu đạt 250 triệu USD.\n- Kim ngạch xuất khẩu đạt 250 triệu USD\n"
     "Kinh tế tiếp tục tăng trưởng khá.", 250e6),
])
def test_a_short_line_that_restates_nothing_or_is_no_crosshead_is_read(text, figure):
    named, _ = parsed(text)
    line = [ln for ln in text.split("\n") if ln and not ln.endswith(".")][0]
    start = text.index(line)
    assert any(i.value == figure and start <= i.start < start + len(line) for i in named)
