"""How far an estimate word reaches (issue 17, batch q): a report's title that estimates a period frames
the lead-ins that name it (resolve/title_estimates.py); a growth named by a sector of the economy, in a
sentence after the estimated growth of the economy, is its part (resolve/growth_parts.py); a "Trong đó"
read in an earlier sentence opens no part in a later one (resolve/build.py). Cases are shortened
sentences of the dev corpus: 182 (Hà Nội's economic institute), 079 (Hậu Giang's statistics office),
187 (Kinh tế & Đô thị on Bạc Liêu), 051 (a national release re-posted), 183 (Bình Dương's daily); the
negatives say where the estimate does not reach."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")


def framings(text, values):
    by_value = {i.value: i.framing for i in inds(text)}
    return [by_value.get(v) for v in values]


# --- a title that estimates a period frames the lead-in that names it ---------------------------------
_182 = ("BÁO CÁO Tình hình kinh tế - xã hội tháng Chín và {word} 9 tháng năm 2018\nNgày đăng 08/10/2018\n\n"
        "Năm 2018 là năm có ý nghĩa đặc biệt quan trọng. Kết quả cụ thể một số lĩnh vực đạt được trong "
        "{lead} năm 2018 như sau: Tổng sản phẩm trên địa bàn (GRDP) tăng 7,17%; Chỉ số sản xuất công nghiệp "
        "tăng 7,41%; kim ngạch xuất khẩu tăng 21,6%.\n\nNăm 2017, kim ngạch nhập khẩu tăng 8,2%.")


@pytest.mark.parametrize("word", W.title_estimate_words)
def test_a_lead_in_of_the_period_the_title_estimates_lists_estimates(word):
    text = _182.format(word=word, lead="9 tháng đầu")
    assert framings(text, [7.17, 7.41, 21.6, 8.2]) == ["estimate"] * 3 + ["actual"]


def test_the_estimated_month_of_a_title_block():
    # 079: a title block over several short paragraphs, the estimated month after the reported one
    text = ("Tháng 11\n\nBÁO CÁO\n\nTình hình kinh tế xã hội tỉnh Hậu Giang\n\ntháng 10, ước tháng 11 và 11 tháng "
            "năm 2018\n\n1. Tài chính\n\nTrong tháng 11 năm 2018, kết quả một số chỉ tiêu như sau: tổng vốn huy "
            "động trên địa bàn được 11.934 tỷ đồng; dư nợ cho vay được 10.500 tỷ đồng.")
    assert framings(text, [11934e9, 10500e9]) == ["estimate", "estimate"]


@pytest.mark.parametrize("text", [
    # the lead-in names the title's other period (the month reported, no estimate)
    _182.format(word="ước", lead="tháng Chín"),
    # no estimate word before the period in the title
    _182.format(word="", lead="9 tháng đầu"),
    # 002: the heading estimates the year, the lead-in lists the nine months done
    ("PHẦN 1: KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM 2018; ƯỚC THỰC HIỆN NĂM 2018\n\nNăm 2018 là năm quan trọng. "
     "Kết quả cụ thể trong 9 tháng đầu năm 2018 như sau: Tổng sản phẩm trên địa bàn (GRDP) tăng 7,17%; Chỉ số "
     "sản xuất công nghiệp tăng 7,41%; kim ngạch xuất khẩu tăng 21,6%."),
])
def test_a_lead_in_of_no_estimated_period_lists_results(text):
    assert framings(text, [7.17, 7.41, 21.6]) == ["actual"] * 3


# --- a sector's growth after the economy's estimated growth is its part --------------------------------
_187 = ("Theo số liệu Tổng cục thống kê ước tính Quý I/2024, {whole} tăng 5,02% so cùng kỳ, đứng thứ 5/13 tỉnh.\n\n"
        "Chiều 3/4, UBND tỉnh Bạc Liêu đã tổ chức Hội nghị cung cấp thông tin báo chí định kỳ quý I/2024.\n\n"
        "Thông tin tại Hội nghị, ông Phạm Văn Thiều cho biết, {part} tăng 5,62% và khu vực dịch vụ tăng 5,01% "
        "so cùng kỳ.")


@pytest.mark.parametrize("whole", W.economy_growth_names)
def test_the_sectors_of_an_estimated_growth_of_the_economy_are_estimates(whole):
    text = _187.format(whole=f"tốc độ tăng {whole} của tỉnh" if whole != "tăng trưởng kinh tế"
                       else "tốc độ tăng trưởng kinh tế của tỉnh", part="khu vực công nghiệp-xây dựng")
    assert framings(text, [5.02, 5.62, 5.01]) == ["estimate"] * 3


@pytest.mark.parametrize("part", W.growth_sector_parts)
def test_every_growth_sector_part(part):
    text = _187.format(whole="tốc độ tăng trưởng kinh tế của tỉnh", part=part)
    assert framings(text, [5.62, 5.01]) == ["estimate", "estimate"]


def test_the_sectors_of_a_national_release():
    # 051: the sectors after "trong đó", in the sentence after the estimated growth
    text = ("Tổng sản phẩm trong nước (GDP) quý III/2020 ước tính tăng 2,62% so với cùng kỳ năm trước. Nền kinh tế "
            "từng bước hoạt động trở lại nên GDP quý III/2020 tăng trưởng khởi sắc, trong đó khu vực nông, lâm "
            "nghiệp và thủy sản tăng 2,93%; khu vực công nghiệp và xây dựng tăng 2,95%; khu vực dịch vụ tăng 2,75%.")
    assert framings(text, [2.62, 2.93, 2.95, 2.75]) == ["estimate"] * 4


@pytest.mark.parametrize("text,values", [
    # the whole is no estimate
    (_187.replace("ước tính ", "").format(whole="tốc độ tăng trưởng kinh tế của tỉnh",
                                         part="khu vực công nghiệp-xây dựng"), [5.62, 5.01]),
    # the whole is no growth of the economy
    (_187.format(whole="giá trị sản xuất công nghiệp", part="khu vực công nghiệp-xây dựng"), [5.62, 5.01]),
    # 066: the sectors' shares of the economy are levels, no growth
    ("Tổng sản phẩm trên địa bàn tỉnh GRDP ước tăng 6,47% so với năm trước.\n\nVề cơ cấu kinh tế, khu vực Nông – "
     "Lâm – Thủy sản chiếm 20,19%; khu vực dịch vụ chiếm 42,61%.", [20.19, 42.61]),
    # a period of its own, not the whole's
    ("Tổng sản phẩm trong nước (GDP) quý I/2021 ước tính tăng 4,48% so với cùng kỳ năm trước.\n"
     "Năm 2020, khu vực công nghiệp và xây dựng tăng 3,98%; khu vực dịch vụ tăng 2,34%.", [3.98, 2.34]),
])
def test_sectors_of_no_estimated_growth_stay_actual(text, values):
    assert framings(text, values) == ["actual"] * len(values)


# --- "Trong đó" opens a part in its own sentence only -------------------------------------------------
@pytest.mark.parametrize("text,values,expected", [
    # 183: the part after "Trong đó" is no statement (its unit is garbled); the next sentence is no part
    ("Trong tháng 10, ước tổng giá trị sản xuất trên địa bàn đạt 1.891 tỷ đồng, tăng 12,46% so cùng kỳ. Lũy kế "
     "10 tháng ước thực hiện 15.693,8 tỷ đồng, đạt 77,89% so kế hoạch. Trong đó, giá trị sản xuất công "
     "nghiệp, xây dựng đạt 907 tỷ triệu đồng. Đến nay, trên địa bàn huyện có 456/462 doanh nghiệp trở lại hoạt "
     "động bình thường.", [15693.8e9, 456], ["estimate", "actual"]),
    ("Tổng thu ngân sách ước đạt 1.200 tỷ đồng. Trong đó, thu nội địa chiếm phần lớn. Toàn tỉnh có 120 doanh "
     "nghiệp thành lập mới.", [1200e9, 120], ["estimate", "actual"]),
    # the opener in the part's own sentence, or over the lines of its list, still opens it
    ("Tổng thu ngân sách ước đạt 1.200 tỷ đồng. Trong đó, thu nội địa đạt 800 tỷ đồng.", [1200e9, 800e9],
     ["estimate", "estimate"]),
    ("Tổng thu ngân sách ước đạt 1.200 tỷ đồng, trong đó:\n- Thu nội địa đạt 800 tỷ đồng;\n- Thu xuất nhập khẩu "
     "đạt 400 tỷ đồng.", [1200e9, 800e9, 400e9], ["estimate"] * 3),
])
def test_a_breakdown_opener_opens_its_own_sentence_only(text, values, expected):
    assert framings(text, values) == expected


# --- a statement of an earlier time is no part of the breakdown after whose opener it stands -----------------
@pytest.mark.parametrize("text,values,expected", [
    # 154 (Cà Mau): the targets for 2020, then "Theo đó," and the funds spent over 2010-2019
    ("Đến năm 2020, tỉnh Cà Mau phấn đấu có từ 41 xã trở lên đạt chuẩn NTM.\n\nTheo đó, đến nay, tổng nguồn lực đầu "
     "tư cho chương trình trên địa bàn tỉnh giai đoạn 2010 – 2019 là hơn 5.923,5 tỷ đồng.", [41, 5923.5e9],
     ["target", "actual"]),
    ("Thu ngân sách năm 2024 ước đạt 1.500 tỷ đồng. Trong đó, năm 2023 thu nội địa đạt 1.200 tỷ đồng.",
     [1500e9, 1200e9], ["estimate", "actual"]),
    # a part of no time of its own, or of the whole's, is a part
    ("Đến năm 2020, tỉnh phấn đấu thu ngân sách đạt 1.500 tỷ đồng. Theo đó, thu nội địa đạt 1.200 tỷ đồng.",
     [1500e9, 1200e9], ["target", "target"]),
    ("Thu ngân sách năm 2024 ước đạt 1.500 tỷ đồng. Trong đó, thu nội địa năm 2024 đạt 1.200 tỷ đồng.",
     [1500e9, 1200e9], ["estimate", "estimate"]),
    # p02 (a province's report): in the whole's own sentence, a plan's part carried over from the year before
    ("Phấn đấu năm 2025 tổng vốn đầu tư đạt 22.143 tỷ đồng, trong đó: vốn năm 2024 chuyển sang là 2.548 tỷ đồng.",
     [22143e9, 2548e9], ["target", "target"]),
])
def test_a_statement_of_an_earlier_time_is_no_part(text, values, expected):
    assert framings(text, values) == expected
