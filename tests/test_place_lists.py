"""A place's figure in a list by place is named by its place (docs/records.md, "A verb before a count, and a
place's figure in a list, decided"): ``xã Tân Lập đạt 09 tiêu chí`` among other communes' figures of the
same unit (dev 159 Kon Tum TV, 172 MTTQ Kiên Giang; the shape also in 248 Báo Đắk Lắk), while a place alone
with its figure is the whole, the subject, and the measure names it (078 Báo Hòa Bình, 138 Kon Tum TV).
Cases are shortened sentences of those documents and report forms; negatives say what stays as it was."""
import pytest

from indicator_cases import inds


def named(text):
    return [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text,name,value", [
    # 159: every commune of the list its own figure of criteria
    ("Đến nay, có 2 xã Đăk Ruồng và Đăk Tơ Lung đạt 13 tiêu chí, xã Tân Lập đạt 09 tiêu chí, xã Đăk Tờ Re và "
     "xã Đăk Pne 08 tiêu chí, xã Đăk Kôi đạt 05 tiêu chí xã nông thôn mới.", "xã Tân Lập", 9),
    ("Đến nay, có 2 xã Đăk Ruồng và Đăk Tơ Lung đạt 13 tiêu chí, xã Tân Lập đạt 09 tiêu chí, xã Đăk Tờ Re và "
     "xã Đăk Pne 08 tiêu chí, xã Đăk Kôi đạt 05 tiêu chí xã nông thôn mới.", "xã Đăk Kôi", 5),
    # 172: the highest and the lowest district
    ("Nơi có hộ nghèo cao nhất trong tỉnh là huyện Hòn Đất, với 1.273 hộ và thấp nhất là huyện Kiên Hải "
     "chỉ có 01 hộ.", "huyện Kiên Hải", 1),
    # a report form: two districts, a verb before each count
    ("Huyện Ba Bể có 25 xã đạt chuẩn, huyện Chợ Mới có 12 xã đạt chuẩn.", "huyện Chợ Mới", 12),
])
def test_a_place_of_a_list_by_place_names_its_figure(text, name, value):
    assert (name, value) in named(text)


def test_the_measure_after_the_figure_keys_a_place_of_the_list():
    text = ("Đến nay, có 2 xã Đăk Ruồng và Đăk Tơ Lung đạt 13 tiêu chí, xã Tân Lập đạt 09 tiêu chí, xã Đăk Kôi "
            "đạt 05 tiêu chí xã nông thôn mới.")
    keys = {i.name: i.key for i in inds(text)}
    assert keys["xã Đăk Kôi"] == "ntm_criteria_met"


@pytest.mark.parametrize("text,name,value", [
    # 078: the commune the article is about, alone with its count: the whole, named by the measure
    ("Đến nay xã Trung Hòa (Tân Lạc) chỉ đạt 6/19 tiêu chí, thu nhập bình quân đầu người đạt 15 triệu "
     "đồng/người/năm.", "tiêu chí", 6),
    # 138: likewise, with a word of aspect
    ("Năm 2018, xã Kon Đào đã hoàn thành 19/19 tiêu chí của Chương trình mục tiêu quốc gia Xây dựng nông "
     "thôn mới.", "tiêu chí của Chương trình mục tiêu quốc gia Xây dựng nông thôn mới", 19),
    # another place in the sentence, but with a figure of another unit: no list of this measure
    ("Đến nay xã Trung Hòa chỉ đạt 6/19 tiêu chí, xã Tân Lập có 1.200 hộ.", "tiêu chí", 6),
])
def test_a_place_alone_with_its_figure_is_no_part_of_the_name(text, name, value):
    assert (name, value) in named(text)


def test_a_whole_before_its_parts_of_another_rank_is_no_place_of_the_list():
    # the province's fires, then the wards' and communes' in a parenthesis: the whole keeps its measure
    text = ("Trong tháng, trên địa bàn tỉnh Hưng Yên đã xảy ra 02 vụ cháy (Phường Phố Hiến xảy ra 01 vụ; "
            "xã Hưng Hà xảy ra 01 vụ).")
    assert ("tỉnh Hưng Yên", 2) not in named(text)


def test_lengths_of_roads_in_places_are_no_list_by_place():
    # a measure (km) is no count of the place's things: the rule reads counts only
    text = ("Trục đường nội thị trục 32m, thị trấn Mường Ảng L = 1,1km; Trục 13,5m - 16,5m, thị trấn Mường Ảng "
            "L=1km.")
    assert all(not name.startswith("thị trấn Mường Ảng") or name.endswith("=") for name, _ in named(text))


def test_a_place_that_did_something_is_no_place_of_the_list():
    # p01 (a party congress document): each province checked its party bodies; "đã" says the province acted
    text = ("Cấp ủy các cấp tỉnh Thái Nguyên đã kiểm tra 6.856 tổ chức đảng, 9.914 đảng viên; tỉnh Bắc Kạn đã kiểm "
            "tra 1.058 tổ chức đảng, 5.891 đảng viên.")
    assert all(name != "tỉnh Bắc Kạn" for name, _ in named(text))
