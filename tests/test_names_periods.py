"""Names and periods that carry to unseen documents (issue 17): each rule with real sentences of
documents of different publishers (shortened), and negatives."""
import pytest

import baocao


def inds(text):
    return [i for i in baocao.parse(text).indicators if i.kind == "indicator"]


def periods(text):
    return [(i.text.split()[-1] if i.text else None, i.period) for i in inds(text)]


# --- a year opening a sentence dates the later sentences of its paragraph --------------------------
@pytest.mark.parametrize("text,want", [
    # Kon Tum (a conference news item titled by the year of its plan)
    ("Kon Tum sẽ trồng mới 500 ha sâm Ngọc Linh trong năm 2021\n\n"
     "Năm 2020, tổng sản phẩm trên địa bàn ước tăng 9,39% so với năm trước, GRDP bình quân đầu người tăng "
     "từ 41,27 triệu đồng (năm 2019) lên 46,58 triệu đồng (năm 2020). Sản xuất nông nghiệp ổn định với "
     "tổng diện tích gieo trồng toàn tỉnh đạt hơn 177.000 ha, tăng 3,65% so với năm 2019. Thu ngân sách "
     "trên địa bàn ước thực hiện đạt khoảng 3.000 tỷ đồng...\n",
     {"9,39%": "2020", "177.000 ha": "2020", "3.000 tỷ đồng": "2020"}),
    # Long Xuyên (a question-and-answer page titled by another year)
    ("So sánh tp long xuyên với tp cần thơ năm 2024\n\n"
     "Trong năm 2022, lĩnh vực này tiếp tục phát triển mạnh so với năm 2021; ước tổng mức bán lẻ hàng hóa "
     "đạt trên 21.780 tỷ đồng, tăng 28% so cùng kỳ. Doanh thu dịch vụ lưu trú và ăn uống ước đạt 7.264 tỷ "
     "đồng, tăng 34,99% so với cùng kỳ. Hoạt động sản xuất Công nghiệp - TTCN tiếp tục tăng, giá trị sản "
     "xuất công nghiệp ước đạt 33.277 tỷ đồng.\n",
     {"21.780 tỷ đồng": "2022", "7.264 tỷ đồng": "2022", "33.277 tỷ đồng": "2022"}),
])
def test_a_year_opening_a_sentence_dates_the_rest_of_its_paragraph(text, want):
    got = {}
    for i in inds(text):
        for fig in want:
            if fig in i.text:
                got[fig] = i.period
    assert got == want


@pytest.mark.parametrize("text,fig", [
    # the opener runs to now: the document's date, not the opener's year
    ("Báo cáo năm 2024\n\nTừ năm 1986 đến nay, hệ thống tổ chức đã có những điều chỉnh. "
     "Toàn tỉnh có 3.321 hợp tác xã hoạt động.\n", "3.321 hợp tác xã"),
    # a later year of the paragraph ends the opener's reach
    ("Báo cáo năm 2024\n\nNăm 2016, kinh tế phục hồi. Trong 10 năm (2006 - 2015), đất nước tăng trưởng "
     "khá. Kim ngạch xuất khẩu đạt 510 tỉ USD.\n", "510 tỉ USD"),
    # a new paragraph
    ("Báo cáo năm 2024\n\nNăm 2020, tổng sản phẩm tăng 9,39%.\n\nThu ngân sách đạt 3.000 tỷ đồng.\n",
     "3.000 tỷ đồng"),
    # "Riêng năm 2020": its own sentence only
    ("Báo cáo năm 2024\n\nRiêng năm 2020, giá trị sản xuất đạt 230 tỷ đồng. "
     "Thu ngân sách đạt 3.000 tỷ đồng.\n", "3.000 tỷ đồng"),
])
def test_an_opener_that_runs_to_now_or_is_ended_dates_nothing_after(text, fig):
    [i] = [i for i in inds(text) if fig in i.text]
    assert i.period not in ("1986-", "2016", "2020")
