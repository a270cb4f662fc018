"""Where a name's edges are (issue 17, session 42): a verb that reaches a rate ends the subject that names the
figure (``ngành thủy sản đạt mức tăng cao nhất 11,25%``), a count's unit before a verb of reaching opens the
phrase after it (``4 huyện đạt chuẩn …``), and a sentence ends at a full stop or an ellipsis glued to the next
sentence's capital (``… so cùng kỳ.Trong đó thu địa bàn …``). Sentences of documents of several publishers
(shortened), and negatives."""
from __future__ import annotations

import pytest

from baocao.resolve.vocabulary import WORDS
from indicator_cases import inds


def name_of(text: str, fig: str):
    """The name of the first statement whose text holds the figure ``fig``."""
    return next(i.name for i in inds(text) if fig in i.text)


# --- a verb that reaches a rate at the end of a name: the subject names the figure ---------------------------
@pytest.mark.parametrize("text, fig, name", [
    # the planning ministry's page on Quảng Trị (258)
    ("Trong khu vực nông, lâm nghiệp và thủy sản, ngành thủy sản đạt mức tăng cao nhất 11,25% do môi trường biển "
     "đã phục hồi; ngành lâm nghiệp đạt mức tăng cao tiếp theo 7,29%, do chiếm tỷ trọng thấp.", "7,29%",
     "ngành lâm nghiệp"),
    # Báo Gia Lai on Hà Nam's congress (189; the document's own place is left out of a name)
    ("Nhiệm kỳ qua, kinh tế của tỉnh Hà Nam duy trì tốc độ tăng trưởng bình quân đạt 10,1%/năm.", "10,1%/năm",
     "kinh tế"),
    # Báo An Giang on Hậu Giang (197)
    ("Năm 2022, ngành sản xuất điện đạt tốc độ phát triển 1086,2%.", "1086,2%", "ngành sản xuất điện"),
])
def test_a_verb_that_reaches_a_rate_ends_the_subject(text, fig, name):
    assert name_of(text, fig) == name


@pytest.mark.parametrize("text, fig, name", [
    # the rate opens the name: nothing before it to name the figure
    ("Năm 2022, tốc độ tăng trưởng kinh tế đạt 7%.", "7%", "tốc độ tăng trưởng kinh tế"),
    # the rate has a name of its own after it
    ("Năm 2022, ngành công nghiệp đạt tốc độ tăng trưởng công nghiệp chế biến 9%.", "9%",
     "ngành công nghiệp đạt tốc độ tăng trưởng công nghiệp chế biến"),
    # a noun after the rate word: what is measured, named with it
    ("Năm 2022, lượng khách đạt mức tăng khách quốc tế 9%.", "9%", "lượng khách đạt mức tăng khách quốc tế"),
])
def test_a_rate_with_no_subject_before_its_verb_stays(text, fig, name):
    assert name_of(text, fig) == name


@pytest.mark.parametrize("verb", WORDS.rate_verbs)
def test_every_rate_verb(verb):
    assert name_of(f"Năm 2022, ngành thủy sản {verb} mức tăng 5,2%.", "5,2%") == "ngành thủy sản"


@pytest.mark.parametrize("verb", WORDS.rate_verbs)
def test_a_growth_rate_reached_is_a_growth_though_the_name_lost_it(verb):
    """The name no longer holds the growth word; the lead still says the figure is a growth."""
    i = next(i for i in inds(f"Nhiệm kỳ qua, kinh tế của tỉnh Bình Định {verb} tốc độ tăng trưởng bình quân đạt "
                            "10,1%/năm.") if "10,1%" in i.text)
    assert (i.name, i.measure) == ("kinh tế", "growth")


@pytest.mark.parametrize("grade", WORDS.rate_grades)
def test_every_rate_grade(grade):
    assert name_of(f"Năm 2022, ngành thủy sản đạt mức tăng {grade} 5,2%.", "5,2%") == "ngành thủy sản"


@pytest.mark.parametrize("rate", WORDS.subject_rates)
def test_every_rate_word_after_a_verb_of_reaching(rate):
    assert name_of(f"Năm 2022, ngành thủy sản đạt {rate} 5,2%.", "5,2%") == "ngành thủy sản"


# --- a count's unit before a verb of reaching opens the phrase after it ---------------------------------------
@pytest.mark.parametrize("text, fig, name", [
    # Đài PT-TH Tiền Giang (267)
    ("Đến cuối tháng 6 năm 2023, Tiền Giang có 4 huyện đạt chuẩn Nông thôn mới.", "4 huyện",
     "huyện đạt chuẩn Nông thôn mới"),
    # hoicodo.top on Bạc Liêu's huyện Phước Long (193)
    ("Năm 2017, toàn huyện có 67/67 ấp được công nhận Nông thôn mới kiểu mẫu.", "67/67 ấp",
     "ấp được công nhận Nông thôn mới kiểu mẫu"),
    # edangtin.com on Cà Mau (154): a bound inside the figure, after the unit
    ("Đến năm 2020, tỉnh phấn đấu có từ 41 xã trở lên đạt chuẩn NTM nâng cao.", "từ 41 xã trở lên",
     "xã trở lên đạt chuẩn NTM nâng cao"),
    ("Đến năm 2020, tỉnh phấn đấu có 2 xã trở xuống đạt chuẩn NTM kiểu mẫu.", "2 xã trở xuống",
     "xã trở xuống đạt chuẩn NTM kiểu mẫu"),
    # a count unit of count_units, as before
    ("Năm 2023, toàn tỉnh có 02 xã đạt chuẩn Nông thôn mới kiểu mẫu.", "02 xã", "xã đạt chuẩn Nông thôn mới kiểu mẫu"),
])
def test_a_count_unit_before_a_verb_of_reaching_opens_the_name(text, fig, name):
    assert name_of(text, fig) == name


# --- a count of administrative units listed with commas: the list opens the phrase after it ---------------------
@pytest.mark.parametrize("text, fig, name", [
    # tin247 on Hưng Yên (274): the list's first word was lost ("thành phố, thị xã đã được công nhận …")
    ("Theo Ban chỉ đạo xây dựng nông thôn mới tỉnh, đến nay tỉnh Hưng Yên đã có 10/10 huyện, thành phố, thị xã "
     "đã được công nhận đạt chuẩn, hoàn thành NTM.", "10/10 huyện",
     "huyện, thành phố, thị xã đã được công nhận đạt chuẩn"),
    # moitruong on Hải Dương (254)
    ("Đến nay toàn tỉnh có 12 huyện, thị xã, thành phố đạt chuẩn nông thôn mới.", "12 huyện",
     "huyện, thị xã, thành phố đạt chuẩn nông thôn mới"),
    # a unit of count_units, as before (131 Đại Đoàn Kết on Ia Grai)
    ("Toàn huyện có 3 thôn, làng đạt chuẩn NTM.", "3 thôn", "thôn, làng đạt chuẩn NTM"),
])
def test_a_count_of_administrative_units_listed_with_commas_is_named_by_the_list(text, fig, name):
    assert name_of(text, fig) == name


@pytest.mark.parametrize("text, fig, name", [
    # a place's proper name after the comma: no list of units (the name as before)
    ("Tỉnh có 10 huyện, thành phố Hưng Yên là trung tâm chính trị.", "10 huyện", "thành phố Hưng Yên"),
    # an enumeration of statements, each named by its own words
    ("Lúa 5.000 ha, ngô 2.000 ha.", "2.000 ha", "ngô"),
    ("Năm 2023, toàn tỉnh có 4 huyện đạt chuẩn Nông thôn mới, 2 thị xã hoàn thành nhiệm vụ.", "4 huyện",
     "huyện đạt chuẩn Nông thôn mới"),
])
def test_no_list_of_units_where_a_proper_name_or_a_statement_follows(text, fig, name):
    assert name_of(text, fig) == name


@pytest.mark.parametrize("verb", WORDS.reaching_verbs)
def test_every_reaching_verb(verb):
    assert name_of(f"Năm 2023, toàn tỉnh có 4 huyện {verb} chuẩn nông thôn mới.", "4 huyện").startswith(f"huyện {verb}")


@pytest.mark.parametrize("bound", WORDS.count_bounds)
def test_every_count_bound(bound):
    assert name_of(f"Năm 2023, toàn tỉnh có 4 xã {bound} đạt chuẩn nông thôn mới.", bound) == \
        f"xã {bound} đạt chuẩn nông thôn mới"


@pytest.mark.parametrize("text, fig, name", [
    # a measure's unit, not a thing counted: the name is before the figure
    ("Năm 2023, diện tích lúa đạt 500 ha đạt kế hoạch.", "500 ha", "diện tích lúa"),
    # no verb of reaching after the count: a unit that is no count unit of names stays out of it
    ("Năm 2023, toàn tỉnh có 2 cảng biển quốc tế.", "2 cảng", "biển quốc tế"),
])
def test_no_verb_of_reaching_leaves_the_unit_as_before(text, fig, name):
    assert name_of(text, fig) == name


# --- a sentence ends at a full stop or an ellipsis glued to the next sentence --------------------------------
@pytest.mark.parametrize("text, fig, name", [
    # Đài PT-TH Kon Tum (159)
    ("Tổng thu ngân sách nhà nước trong 6 tháng ước trên 78 tỉ đồng, đạt 50% so với dự toán địa phương giao và bằng "
     "73% so với cùng kỳ.Trong đó thu địa bàn 9,6 tỉ đồng, đạt 56% dự toán.", "9,6 tỉ đồng", "thu địa bàn"),
    # Báo Lâm Đồng on huyện Đạ Tẻh (262)
    ("Huyện đã xây dựng 30 ha tầm vông, cà phê tại xã An Nhơn...Đến nay, tổng diện tích gieo trồng toàn huyện đạt "
     "24.256 ha.", "24.256 ha", "tổng diện tích gieo trồng toàn huyện"),
    ("Huyện đã xây dựng 30 ha tầm vông, cà phê tại xã An Nhơn…Đến nay, tổng diện tích gieo trồng toàn huyện đạt "
     "24.256 ha.", "24.256 ha", "tổng diện tích gieo trồng toàn huyện"),
])
def test_a_glued_full_stop_or_an_ellipsis_ends_the_sentence(text, fig, name):
    assert name_of(text, fig) == name


@pytest.mark.parametrize("text, fig, name", [
    # an abbreviation's point before a capitalised place: no end of a sentence
    ("Năm 2023, GRDP TP.Hồ Chí Minh tăng 5%.", "5%", "GRDP TP.Hồ Chí Minh"),
    # a small abbreviation of a town's unit is no word that ends a sentence
    ("Doanh thu du lịch của tp.Hồ Chí Minh đạt 160.000 tỷ đồng.", "160.000 tỷ đồng",
     "Doanh thu du lịch của tp.Hồ Chí Minh"),
    ("Năm 2023, kim ngạch xuất khẩu của tx.Sơn Tây đạt 300 triệu USD.", "300 triệu USD",
     "kim ngạch xuất khẩu của tx.Sơn Tây"),
    # an ellipsis before a small letter goes on ("and so on")
    ("Năm 2023, các mặt hàng gạo, cá, tôm… đều có sản lượng tăng 5%.", "5%",
     "các mặt hàng gạo, cá, tôm… đều có sản lượng"),
])
def test_a_point_inside_a_sentence_ends_nothing(text, fig, name):
    assert name_of(text, fig) == name


@pytest.mark.parametrize("text, fig, key", [
    # the districts that meet the standard (Thái Nguyên's political report, p01; Tiền Giang, 267)
    ("Đến năm 2025, toàn tỉnh có 04 huyện đạt chuẩn nông thôn mới.", "04 huyện", "ntm_districts"),
    # the advanced or model standard is another measure, no key of the vocabulary: none
    ("Đến năm 2025, toàn tỉnh có 02 huyện đạt chuẩn nông thôn mới nâng cao.", "02 huyện", None),
    ("Đến năm 2025, toàn tỉnh có 01 huyện đạt chuẩn nông thôn mới kiểu mẫu.", "01 huyện", None),
])
def test_a_count_of_districts_reaching_the_standard_is_keyed_by_its_standard(text, fig, key):
    assert next(i.key for i in inds(text) if fig in i.text) == key
