"""The length and the cost of one named work (a road, a school, a cultural house) are unattached, no indicators
of the place (resolve/unattached_works.py). Cases from a commune's and a district's reports (191, An Giang; 004,
Điện Biên) and the genre's usual forms; the negatives are the place's own works and costs, which stay."""
import pytest

from baocao.resolve.unattached_works import WORK_REASON
from baocao.resolve.vocabulary import WORDS
from indicator_cases import kept, left_out


@pytest.mark.parametrize("text, fig", [
    # 191 (An Giang, a commune's portal on its council's session): a road's length and cost, a kitchen's cost
    ("Về xây dựng cơ bản hoàn thành tuyến đường từ Trạm y tế đến cầu Bà Mụ dài 938m, kinh phí 960 triệu đồng; "
     "bếp ăn trường mẫu giáo Hoàng Yến 500 triệu đồng, từ nguồn vận động xã hội hóa.", "938m"),
    ("Về xây dựng cơ bản hoàn thành tuyến đường từ Trạm y tế đến cầu Bà Mụ dài 938m, kinh phí 960 triệu đồng; "
     "bếp ăn trường mẫu giáo Hoàng Yến 500 triệu đồng, từ nguồn vận động xã hội hóa.", "960 triệu đồng"),
    ("Về xây dựng cơ bản hoàn thành tuyến đường từ Trạm y tế đến cầu Bà Mụ dài 938m, kinh phí 960 triệu đồng; "
     "bếp ăn trường mẫu giáo Hoàng Yến 500 triệu đồng, từ nguồn vận động xã hội hóa.", "500 triệu đồng"),
    # 004 (Điện Biên, a district party congress report, its footnote on the works a fund paid for)
    ("Quỹ hỗ trợ 2,5 tỷ đồng đầu tư xây dựng các công trình: Nhà văn hóa bản Huổi Chàng, kinh phí 01 tỷ đồng; "
     "xây dựng điểm trường mầm non Hồng Sot thuộc trường mầm non Ẳng Cang, kinh phí 500 triệu đồng.", "01 tỷ đồng"),
    ("Quỹ hỗ trợ 2,5 tỷ đồng đầu tư xây dựng các công trình: Nhà văn hóa bản Huổi Chàng, kinh phí 01 tỷ đồng; "
     "xây dựng điểm trường mầm non Hồng Sot thuộc trường mầm non Ẳng Cang, kinh phí 500 triệu đồng.",
     "500 triệu đồng"),
    ("Xây dựng điểm trường mầm non bản Bua 2; đường giao thông nội bản Món Hà, tổng kinh phí 2,1 tỷ đồng.",
     "2,1 tỷ đồng"),
    ("Nâng cấp tuyến đường từ UBND thị trấn Mường Ảng đi xã Ẳng Nưa, tổng kinh phí 558,022 triệu đồng.",
     "558,022 triệu đồng"),
    # the genre's usual forms: a school's, a health station's, a head office's cost; a road's length
    ("Năm 2023, khánh thành Trường THCS Nguyễn Du với tổng mức đầu tư 12 tỷ đồng.", "12 tỷ đồng"),
    ("Năm 2023, xây mới trạm y tế xã Tân Lập, kinh phí là 3,5 tỷ đồng.", "3,5 tỷ đồng"),
    ("Năm 2023, khởi công tuyến đường Võ Văn Kiệt dài 2,5 km.", "2,5 km"),
])
def test_a_named_works_length_and_cost_are_no_indicator(text, fig):
    left_out(text, fig, WORK_REASON)


@pytest.mark.parametrize("noun", WORDS.work_nouns)
def test_every_work_noun(noun):
    left_out(f"Năm 2023, hoàn thành {noun} Hòa Bình, kinh phí 800 triệu đồng.", "800 triệu đồng", WORK_REASON)
    left_out(f"Năm 2023, hoàn thành {noun[0].upper() + noun[1:]} Hòa Bình 800 triệu đồng.", "800 triệu đồng",
             WORK_REASON)


@pytest.mark.parametrize("lead", WORDS.work_cost_leads)
def test_every_cost_lead(lead):
    left_out(f"Năm 2023, hoàn thành tuyến đường Hòa Bình, {lead} 800 triệu đồng.", "800 triệu đồng", WORK_REASON)


@pytest.mark.parametrize("lead", WORDS.work_size_leads)
@pytest.mark.parametrize("unit", WORDS.work_size_units)
def test_every_size_lead_and_unit(lead, unit):
    left_out(f"Năm 2023, hoàn thành tuyến đường Hòa Bình {lead} 938 {unit}.", f"938 {unit}", WORK_REASON)


@pytest.mark.parametrize("plural", WORDS.single_unit_plurals + ["12", "1.200"])
def test_the_places_works_stay(plural):
    kept(f"Năm 2023, nâng cấp {plural} tuyến đường Hòa Bình, kinh phí 800 triệu đồng.", 800e6)


@pytest.mark.parametrize("word", WORDS.work_not_between)
def test_a_place_between_the_noun_and_the_name(word):
    kept(f"Năm 2023, nâng cấp tuyến đường {word} Hòa Bình, kinh phí 800 triệu đồng.", 800e6)


@pytest.mark.parametrize("text, value", [
    # 111 (Hà Tĩnh, a district congress): the district's works and their investment
    ("Nhiều dự án trọng điểm được triển khai thực hiện (huyện làm chủ đầu tư 116 công trình, tổng mức đầu tư "
     "1.270 tỷ đồng).", 1270e9),
    # 170 (Hà Tĩnh, a district's resolution), the long reports: the place's roads, no name
    ("Năm 2023 cứng hóa 12 km đường giao thông nông thôn, tổng kinh phí 30 tỷ đồng.", 12),
    ("Năm 2023 cứng hóa 12 km đường giao thông nông thôn, tổng kinh phí 30 tỷ đồng.", 30e9),
    # a cost after a ";" or a sentence stop is the place's again
    ("Hoàn thành tuyến đường Hòa Bình; tổng kinh phí xây dựng nông thôn mới 874 tỷ đồng.", 874e9),
    ("Hoàn thành tuyến đường Hòa Bình. Kinh phí 874 tỷ đồng.", 874e9),
    # money after the name with other words between, no cost word: not the work's cost
    ("Năm 2023, nhờ tuyến đường Hồ Chí Minh, huyện thu hút đầu tư 500 tỷ đồng.", 500e9),
    # a length with no size word, a count after the name, and another figure between: the place's
    ("Năm 2023, hoàn thành tuyến đường Hòa Bình, nâng tổng số đường nhựa lên 120 km.", 120),
    ("Năm 2023, Trường THPT Nguyễn Du có 1.200 học sinh.", 1200),
    ("Năm 2023, sửa chữa trường mầm non Hoa Sen đạt 90% kế hoạch, kinh phí 800 triệu đồng.", 800e6),
])
def test_figures_beside_a_named_work_stay_the_places(text, value):
    kept(text, value)


@pytest.mark.parametrize("text, value", [
    # a length (or any figure with its unit) right before the noun counts the place's works, as a number does:
    # the cost after them is the place's ("12 km đường giao thông", like "12 tuyến đường")
    ("Năm 2023, làm mới 12 km đường giao thông Huyện quản lý, kinh phí 30 tỷ đồng.", 30e9),
    ("Năm 2023, bê tông hóa 8,5 km tuyến đường Liên xã, tổng kinh phí 12 tỷ đồng.", 12e9),
    ("Năm 2023, cải tạo 1.200 m2 nhà văn hóa Thôn, kinh phí 3 tỷ đồng.", 3e9),
])
def test_works_counted_by_a_figure_stay_the_places(text, value):
    kept(text, value)


@pytest.mark.parametrize("text, value", [
    # a capital that is no work's name (single_unit_not_names, work_not_names): the place's works
    ("Năm 2023, đường giao thông nông thôn được Nhà nước hỗ trợ xi măng, tổng kinh phí 80 tỷ đồng.", 80e9),
    ("Năm 2023, xây dựng trường mầm non đạt chuẩn Quốc gia, kinh phí 80 tỷ đồng.", 80e9),
    ("Năm 2023, nâng cấp đường giao thông theo tiêu chí Nông thôn mới, kinh phí 80 tỷ đồng.", 80e9),
])
def test_a_capital_that_names_no_work(text, value):
    kept(text, value)


@pytest.mark.parametrize("word", WORDS.single_unit_not_names + WORDS.work_not_names)
def test_every_word_that_names_no_work(word):
    kept(f"Năm 2023, nâng cấp tuyến đường theo tiêu chí {word}, kinh phí 800 triệu đồng.", 800e6)
    # after a work's own name it is no matter: "Trường THCS Nguyễn Du" is named first
    left_out(f"Năm 2023, nâng cấp tuyến đường Hòa Bình theo tiêu chí {word}, kinh phí 800 triệu đồng.",
             "800 triệu đồng", WORK_REASON)


@pytest.mark.parametrize("text, value", [
    # an abbreviation of a kind of work or of a programme is no proper name: the place's roads
    ("Năm 2023, bê tông hóa đường giao thông NTM, tổng kinh phí 30 tỷ đồng.", 30e9),
    ("Năm 2023, nâng cấp tuyến đường GTNT, kinh phí 30 tỷ đồng.", 30e9),
    ("Năm 2023, sửa chữa trường THCS, trường THPT, kinh phí 30 tỷ đồng.", 30e9),
])
def test_an_abbreviation_is_no_works_name(text, value):
    kept(text, value)


@pytest.mark.parametrize("text, fig", [
    # an abbreviation may stand before the proper name, as an office's does ("trụ sở UBND xã Tân Lập")
    ("Năm 2023, xây mới trụ sở UBND xã Tân Lập, kinh phí 3,5 tỷ đồng.", "3,5 tỷ đồng"),
    ("Năm 2023, hoàn thành tuyến đường BTXM Hòa Bình, kinh phí 800 triệu đồng.", "800 triệu đồng"),
    # a road's code is its proper name (004, Điện Biên: "đường nội thị đoạn từ QL279 đi trung tâm hành chính")
    ("Hệ thống đèn tín hiệu giao thông tại nút giao giữa đường nội thị đoạn từ QL279 đi trung tâm hành chính "
     "và tuyến đường từ UBND thị trấn Mường Ảng, tổng kinh phí 558,022 triệu đồng.", "558,022 triệu đồng"),
    ("Năm 2023, nâng cấp tuyến đường ĐT279 dài 12 km.", "12 km"),
])
def test_an_abbreviation_before_the_works_name(text, fig):
    left_out(text, fig, WORK_REASON)
