"""The parts of an estimated growth take its framing when their sentence names the growth as their
whole ("Trong mức tăng chung của toàn nền kinh tế, …", resolve/growth_parts.py) or opens with "Theo
đó" right after it (breakdown_framing_openers), also a paragraph or two after it (issue 17). Cases
are sentences of the dev corpus (shortened): 121 (a national release re-posted), 047 (Hà Nam's
statistics office), 103 (Bắc Giang); the negatives say that the parts of a growth that is no estimate,
and parts with no such opener, stay actual."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")

_121 = ("Tổng sản phẩm trong nước (GDP) quý I/2021 ước tính tăng 4,48% so với cùng kỳ năm trước, cao hơn tốc độ "
        "tăng 3,68% của quý I/2020.\nThông tin vừa được Tổng cục Thống kê công bố sáng 29/3.\n"
        "{opener} của toàn nền kinh tế, khu vực nông, lâm nghiệp và thủy sản tăng 3,16%, đóng góp 8,34% vào mức "
        "tăng trưởng chung; khu vực dịch vụ tăng 3,34%, đóng góp 35,70%.")


def framings(text, values):
    by_value = {i.value: i.framing for i in inds(text)}
    return [by_value.get(v) for v in values]


@pytest.mark.parametrize("text,values", [
    (_121.format(opener="Trong mức tăng chung"), [3.16, 8.34, 3.34, 35.70]),
    # 047: the whole is the level's growth, in a sentence two sentences before
    ("Tổng sản phẩm trong tỉnh 6 tháng đầu năm 2020 (theo giá so sánh 2010) ước đạt 17.480,9 tỷ đồng, tăng "
     "6,4 % so cùng kỳ năm 2019. Đây là mức tăng không cao so với các năm trước. Trong mức tăng chung của toàn "
     "nền kinh tế, khu vực nông, lâm nghiệp và thủy sản tăng 2,6%, đóng góp 0,3 điểm phần trăm; khu vực dịch "
     "vụ tăng 4,4%, đóng góp 1,2 điểm phần trăm tăng trưởng chung.", [2.6, 0.3, 4.4, 1.2]),
    # 103: "Theo đó," in the next paragraph
    ("Số liệu của Tổng cục Thống kê cho thấy, tốc độ tăng trưởng kinh tế (GRDP) năm 2023 của tỉnh Bắc Giang "
     "ước đạt 13,45%, dẫn đầu cả nước.\n\nTheo đó, khu vực công nghiệp - xây dựng tăng 17,25%; khu vực nông, "
     "lâm nghiệp, thủy sản tăng 2,63%; khu vực dịch vụ tăng 6,56%.", [17.25, 2.63, 6.56]),
])
def test_the_parts_of_an_estimated_growth_are_estimates(text, values):
    assert framings(text, values) == ["estimate"] * len(values)


@pytest.mark.parametrize("opener", W.growth_parts_openers)
def test_every_growth_parts_opener(opener):
    assert framings(_121.format(opener=opener.capitalize()), [3.16, 3.34]) == ["estimate", "estimate"]


@pytest.mark.parametrize("text,values", [
    # 120 (Dân Việt): the growth is written as a result, no estimate
    ("Tổng cục Thống kê cho biết, tổng sản phẩm trong nước (GDP) 6 tháng đầu năm tăng 6,76%.\n"
     "Con số này thấp hơn mức 7,05% cùng kỳ năm 2018.\n"
     "Trong mức tăng chung của toàn nền kinh tế, khu vực nông, lâm nghiệp và thủy sản tăng 2,39%, đóng góp 6% "
     "vào mức tăng trưởng chung.", [2.39, 6]),
    # no opener that names the whole: a sentence of its own
    ("Tổng sản phẩm trong nước (GDP) quý I/2021 ước tính tăng 4,48% so với cùng kỳ năm trước.\n"
     "Thông tin vừa được Tổng cục Thống kê công bố sáng 29/3.\n"
     "Năm 2020, khu vực dịch vụ tăng 3,34%.", [3.34]),
    # the estimate too far before the opener (more than REACH characters of text without a figure)
    ("Tổng sản phẩm trong nước (GDP) quý I/2021 ước tính tăng 4,48% so với cùng kỳ năm trước.\n"
     + "Các cấp, các ngành đã nỗ lực thực hiện hiệu quả mục tiêu kép, vừa phòng chống dịch bệnh, vừa phát triển "
       "kinh tế.\n" * 14
     + "Trong mức tăng chung của toàn nền kinh tế, khu vực dịch vụ tăng 3,34%.", [3.34]),
])
def test_parts_of_no_estimate_stay_actual(text, values):
    assert framings(text, values) == ["actual"] * len(values)
