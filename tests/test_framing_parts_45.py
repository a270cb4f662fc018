"""Whose estimate a breakdown's part takes (issue 17, session 45; resolve/build.py): an opener (``trong đó``)
after a sentence's own words names that sentence's whole, not the statement of the sentence before it (a
whole with no figure, ``Sản xuất lúa đạt kết quả khá; trong đó, …``, or one the table leaves out, a line with
no subject, ``đạt 109 tỷ đồng, trong đó: …``); and a part's own estimate word frames that part only, not the
next part of its list. Shapes of an unannotated page of Báo Hà Tĩnh and Báo Ninh Thuận (session 45's audit)
and of dev 329 (123docz); the sentences are written anew. Negatives: an opener that starts its sentence, or a
part list after an estimated whole, still takes the whole's framing."""
import pytest

from indicator_cases import inds


def framings(text, values):
    by_value = {i.value: i.framing for i in inds(text)}
    return [by_value.get(v) for v in values]


@pytest.mark.parametrize("text,values,expected", [
    # the whole has no figure: its sentence's own subject
    ("Năm 2023, giá trị sản xuất nông nghiệp ước đạt 9.500 tỷ đồng, tăng 3,1%. Vụ lúa đông xuân được mùa; trong "
     "đó, năng suất bình quân đạt 61,2 tạ/ha; sản lượng đạt 310.000 tấn.", [9500e9, 61.2, 310000],
     ["estimate", "actual", "actual"]),
    # after a stop written as "…"
    ("Năm 2023, tổng sản lượng thủy sản ước đạt 52.000 tấn; tỷ trọng nuôi trồng chiếm trên 60% tổng sản lượng… "
     "Nuôi tôm đạt kết quả tốt, trong đó tôm thẻ đạt 8.400 tấn.", [52000, 8400], ["estimate", "actual"]),
    # the whole is a figure on a line with no subject (no statement of its own)
    ("Chi thường xuyên ước đạt 64,3 tỷ đồng.\nđạt 120,5 tỷ đồng, trong đó: thu từ thuế đạt 80,2 tỷ đồng; thu "
     "khác 40,3 tỷ đồng.", [64.3e9, 80.2e9, 40.3e9], ["estimate", "actual", "actual"]),
])
def test_an_opener_after_its_sentences_own_words_names_that_sentences_whole(text, values, expected):
    assert framings(text, values) == expected


@pytest.mark.parametrize("text,values,expected", [
    # the opener starts its sentence: the statement before is its whole
    ("Tổng thu ngân sách ước đạt 1.450 tỷ đồng. Trong đó, thu nội địa đạt 900 tỷ đồng.", [1450e9, 900e9],
     ["estimate", "estimate"]),
    ("Tổng thu ngân sách ước đạt 1.450 tỷ đồng.\nTrong đó: thu nội địa đạt 900 tỷ đồng.", [1450e9, 900e9],
     ["estimate", "estimate"]),
    # in the whole's own sentence
    ("Tổng thu ngân sách ước đạt 1.450 tỷ đồng, trong đó thu nội địa đạt 900 tỷ đồng.", [1450e9, 900e9],
     ["estimate", "estimate"]),
    # only a list's opener or a breakdown's label before it: no whole of its own
    ("Tổng thu ngân sách ước đạt 1.450 tỷ đồng.\nCụ thể, trong đó thu nội địa 900 tỷ đồng, thu khác 550 tỷ đồng.",
     [1450e9, 900e9, 550e9], ["estimate"] * 3),
    ("Tổng vốn đầu tư toàn xã hội ước đạt 5.000 tỷ đồng, tăng 8%. Phân theo nguồn vốn, trong đó vốn ngân sách nhà "
     "nước 2.000 tỷ đồng, vốn dân cư 3.000 tỷ đồng.", [5000e9, 2000e9, 3000e9], ["estimate"] * 3),
])
def test_an_opener_that_starts_its_sentence_takes_the_statement_before(text, values, expected):
    assert framings(text, values) == expected


@pytest.mark.parametrize("text,values,expected", [
    # a part's own estimate word: that part only
    ("Giá trị sản xuất công nghiệp đạt 4.100 tỷ đồng, trong đó: khu vực nhà nước ước đạt 3.800 tỷ đồng, chiếm "
     "92%; khu vực ngoài nhà nước đạt 300 tỷ đồng, tăng 41,2% so với cùng kỳ.", [4100e9, 3800e9, 300e9],
     ["actual", "estimate", "actual"]),
    # an estimated whole: every part of its list takes its framing
    ("Giá trị sản xuất công nghiệp ước đạt 4.100 tỷ đồng, trong đó: khu vực nhà nước đạt 3.800 tỷ đồng; khu "
     "vực ngoài nhà nước đạt 300 tỷ đồng.", [4100e9, 3800e9, 300e9], ["estimate"] * 3),
])
def test_a_parts_own_estimate_frames_that_part_only(text, values, expected):
    assert framings(text, values) == expected


def test_a_whole_written_with_a_thousands_dot_on_a_line_of_its_own():
    text = ("Chi thường xuyên ước đạt 64,3 tỷ đồng.\nđạt 1.120,5 tỷ đồng, trong đó: thu từ thuế đạt 880,2 tỷ đồng.")
    assert framings(text, [64.3e9, 880.2e9]) == ["estimate", "actual"]


def test_a_caption_line_between_is_no_whole():
    # a photo's caption between the whole and "Trong đó" opening its own sentence
    text = ("Chỉ số sản xuất công nghiệp 7 tháng ước tính tăng 48,2% so với cùng kỳ.\n\nẢnh minh họa.\n\nTrong đó, "
            "ngành chế biến, chế tạo tăng 51,3%; ngành khai khoáng tăng 2,4%.")
    assert framings(text, [48.2, 51.3, 2.4]) == ["estimate"] * 3
