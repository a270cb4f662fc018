"""Names read with the grammar of the genre rather than a sentence (issue 17: the names of unseen reports):
discourse openers and time adverbials left out at a name's start, a "hiện" (now) left out at its end, and a
count of things made or recognised named by the noun it counts (resolve/count_names.py: making_verbs,
counted_phrase_stops, bare_count_words, count_heads) — with the cases each word is listed for, from several
documents, and the ones where it must make no difference."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")


def _named(text):
    return [(i.name, i.value) for i in inds(text)]


# ----- openers at the start of a name -------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    # 108 (Đắk Nông district office): a list after "Cụ thể," is named by its items
    ("Cụ thể, Chư Jút: 2.958 hộ; Krông Nô: 3.169 hộ.", "Chư Jút"),
    # 109 (Đắk Nông paper): "Thời gian qua," is a time, no part of the name
    ("Thời gian qua, tổng vốn huy động xây dựng nông thôn mới đạt trên 78 tỷ đồng.",
     "tổng vốn huy động xây dựng nông thôn mới"),
    ("Trong thời gian qua, thu nhập bình quân đầu người đạt 44 triệu đồng.", "thu nhập bình quân đầu người"),
    ("Như vậy, tỷ lệ hộ nghèo còn 4,41%.", "tỷ lệ hộ nghèo"),
    ("Tuy nhiên, giải ngân vốn đầu tư công chỉ đạt 41,4%.", "giải ngân vốn đầu tư công"),
    # 097 (Kiên Giang paper): "Hiện" is "now"; the province then names no part of it
    ("Hiện toàn tỉnh Kiên Giang có 826 cơ sở lưu trú.", "cơ sở lưu trú"),
    ("Hiện tỷ lệ che phủ rừng đạt 42,5%.", "tỷ lệ che phủ rừng"),
])
def test_an_opener_is_no_part_of_a_name(text, name):
    assert _named(text)[0][0] == name


@pytest.mark.parametrize("word", ["Hiện đại", "Hiện trạng", "Hiện hành"])
def test_a_word_that_hien_begins_stays_in_the_name(word):
    # "hiện" is "now" only as a word of its own: "hiện đại hóa", "hiện trạng rừng" keep it
    assert _named(f"{word} rừng tự nhiên đạt 5.000 ha.")[0][0] == f"{word} rừng tự nhiên"


# ----- "hiện" (now) at the end of a name ----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    # 109: "Thu nhập bình quân đầu người của xã hiện đạt trên 44 triệu đồng"
    ("Thu nhập bình quân đầu người của xã hiện đạt trên 44 triệu đồng.", "Thu nhập bình quân đầu người"),
    ("Tỷ lệ hộ nghèo toàn tỉnh hiện còn 3,5%.", "Tỷ lệ hộ nghèo"),
    ("Dư nợ tín dụng hiện đang đạt 12.000 tỷ đồng.", "Dư nợ tín dụng"),
])
def test_now_at_the_end_of_a_name_is_no_part_of_it(text, name):
    assert _named(text)[0][0] == name


@pytest.mark.parametrize("verb", ["phát hiện", "xuất hiện"])
def test_a_verb_that_ends_in_hien_stays(verb):
    assert _named(f"Số vụ vi phạm được {verb} là 120 vụ.")[0][0] == f"Số vụ vi phạm được {verb}"


# ----- a count named by what it counts -----------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    # 094 (Đồng Tháp district portal)
    ("Huyện đã ra mắt được 14 hội quán nông dân và thành lập 3 hợp tác xã kiểu mới trên nền hội quán.",
     [("hội quán nông dân", 14), ("hợp tác xã kiểu mới", 3)]),
    # 105 (Bắc Ninh planning department)
    ("Giá trị sản xuất ước đạt 56,4% kế hoạch; công nhận thêm 42 sản phẩm OCOP; có 12/89 xã đạt chuẩn.",
     [("Giá trị sản xuất", None), ("sản phẩm OCOP", 42), ("xã đạt chuẩn", 12)]),
    ("Năm 2023, toàn tỉnh xây dựng mới 25 mô hình kinh tế tập thể tại các xã.",
     [("mô hình kinh tế tập thể", 25)]),
    ("Năm 2022, huyện hình thành 6 khu dân cư kiểu mẫu.", [("khu dân cư kiểu mẫu", 6)]),
])
def test_a_count_of_things_made_is_named_by_what_it_counts(text, names):
    got = _named(text)
    assert [n for n, _ in got] == [n for n, _ in names]
    assert [v for _, v in got][1:] == [v for _, v in names][1:] or names[0][1] is None


@pytest.mark.parametrize("verb", W.making_verbs)
def test_every_making_verb_names_a_count_by_the_noun_after_it(verb):
    assert _named(f"Năm 2023, toàn tỉnh {verb} được 12 hợp tác xã nông nghiệp.") == [("hợp tác xã nông nghiệp", 12)]


@pytest.mark.parametrize("verb", W.reached_count_verbs)
def test_every_reached_count_verb_names_a_count_by_the_noun_after_it(verb):
    assert _named(f"Năm 2020, huyện {verb} 9/9 tiêu chí huyện nông thôn mới.") == [("tiêu chí huyện nông thôn mới", 9)]


@pytest.mark.parametrize("text, name", [
    # 357 (Đại Đoàn Kết, a district's new-rural standard): after a semicolon
    ("Đến nay số tiêu chí bình quân đạt 19 tiêu chí/xã; hoàn thành 9/9 tiêu chí huyện NTM.", "tiêu chí huyện NTM"),
    # 242 (Báo Kiên Giang): after another verb
    ("Hai huyện đã xây dựng hoàn thành 9/9 tiêu chí huyện nông thôn mới.", "tiêu chí huyện nông thôn mới"),
])
def test_a_count_after_a_verb_of_reaching(text, name):
    assert [n for n, _ in _named(text) if n.endswith(name.split()[-1])][0] == name


def test_a_verb_of_reaching_before_a_bare_unit_stays_in_the_name():
    # 139 (Báo An Giang): "thi công hoàn thành 74 danh mục", the gold's "thi công hoàn thành danh mục"
    ((name, value),) = _named("Đã triển khai thi công hoàn thành 74 danh mục.")
    assert "thi công hoàn thành" in name and value == 74


def test_the_key_still_reads_the_verb_left_out_of_the_name():
    # "thành lập" says the cooperatives are new: the name is the noun, the key that of new cooperatives
    (ind,) = inds("Năm 2023, toàn tỉnh thành lập mới 12 hợp tác xã nông nghiệp.")
    assert (ind.name, ind.key) == ("hợp tác xã nông nghiệp", "new_cooperatives")


@pytest.mark.parametrize("text, name", [
    # a verb done to or for what is counted is part of what the count measures (004: "kết nạp … đảng viên")
    ("Năm 2024, toàn huyện kết nạp 40 đảng viên mới.", "kết nạp đảng viên mới"),
    # the unit alone, or with only "mới": the verb keeps naming it
    ("Năm 2023, toàn tỉnh thành lập 12 hợp tác xã.", "thành lập hợp tác xã"),
    ("Năm 2023, toàn tỉnh thành lập 12 hợp tác xã mới.", "thành lập hợp tác xã mới"),
    # a name that opens with a measure's noun names the count as written (count_heads, name_heads)
    ("Số doanh nghiệp thành lập mới 593 doanh nghiệp.", "Số doanh nghiệp thành lập mới"),
    ("Tổng số hợp tác xã thành lập mới 25 hợp tác xã nông nghiệp.", "Tổng số hợp tác xã thành lập mới"),
    # a measure's unit is no count of things
    ("Năm 2023, toàn tỉnh xây dựng mới 25 km đường giao thông nông thôn.", None),
])
def test_a_count_keeps_its_name_where_the_noun_after_it_does_not_name_it(text, name):
    got = _named(text)
    if name is None:
        assert got and "km" not in got[0][0] and not got[0][0].startswith("km")
    else:
        assert got[0][0] == name


@pytest.mark.parametrize("word", W.counted_phrase_stops)
def test_every_counted_phrase_stop_ends_the_counted_noun(word):
    assert _named(f"Năm 2023, toàn tỉnh thành lập 12 hợp tác xã nông nghiệp {word} địa bàn.")[0][0] == \
        "hợp tác xã nông nghiệp"


@pytest.mark.parametrize("word", W.bare_count_words)
def test_every_bare_count_word_leaves_the_verb_in_the_name(word):
    assert _named(f"Năm 2023, toàn tỉnh thành lập 12 hợp tác xã {word}.")[0][0] == f"thành lập hợp tác xã {word}"


@pytest.mark.parametrize("word", W.count_heads)
def test_every_count_head_keeps_the_name_before_the_count(word):
    got = _named(f"{word[0].upper() + word[1:]} sản phẩm được công nhận 42 sản phẩm OCOP.")
    assert got[0][0].lower().startswith(word)


def test_the_counted_phrase_goes_on_over_trong():
    # 004-like: "thành lập 01 - 02 tổ chức đảng trong doanh nghiệp tư nhân": "trong" says which ones
    assert _named("Năm 2023, toàn tỉnh thành lập 5 tổ chức đảng trong doanh nghiệp tư nhân.")[0][0] == \
        "tổ chức đảng trong doanh nghiệp tư nhân"


@pytest.mark.parametrize("text, names", [
    # r02 (a storm's damage by commune): a place written right before a count is the part's name
    ("Cây to gãy đổ: đổ 265 cây lâu năm (xã Thái Thụy 100 cây, xã Thái Ninh 150 cây).",
     ["xã Thái Thụy", "xã Thái Ninh"]),
    ("Số hộ nghèo 1.200 hộ (xã Tân Lập 300 hộ, xã Tân Hòa 250 hộ).", ["xã Tân Lập", "xã Tân Hòa"]),
])
def test_a_place_right_before_a_count_names_it(text, names):
    assert [n for n, _ in _named(text)][1:] == names


def test_a_place_that_did_something_still_gives_the_name_to_the_count():
    # 078 (Báo Hòa Bình): the place and a verb before the count
    assert _named("Đến nay xã Trung Hòa (Tân Lạc) chỉ đạt 6/19 tiêu chí.") == [("tiêu chí", 6)]


# ----- a table written as text: "label | cell" --------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    # 106 (Bình Định portal): a profile table written as text lines
    ("Diện tích | 6.071 km2 | ||||\nDân số | Trên 1,5 triệu người | ||||\n", ["Diện tích", "Dân số"]),
    ("Tổng mức bán lẻ hàng hóa | Năm 2019 đạt 74.674 tỷ đồng | ||||\n", ["Tổng mức bán lẻ hàng hóa"]),
    # the cell's own name, not the row label with it
    ("Sản lượng thủy sản | Giá trị sản xuất toàn ngành thủy sản năm 2019 đạt 9.447 tỷ đồng, tăng 6,5%.",
     ["Giá trị sản xuất toàn ngành thủy sản"]),
])
def test_a_cell_separator_ends_a_name_and_its_row_label_names_the_cell(text, names):
    assert [n for n, _ in _named(text)] == names


def test_a_name_never_crosses_a_cell_separator():
    got = _named("Giá trị sản xuất | Năm 2019, giá trị sản xuất nông, lâm nghiệp và thủy sản: 25.790 tỷ đồng")
    assert [n for n, _ in got] == ["giá trị sản xuất nông, lâm nghiệp và thủy sản"]


# ----- a clause before an enumeration that a name head opens ----------------------------------------

@pytest.mark.parametrize("text, name", [
    # 105 (Bắc Ninh planning department)
    ("Hoạt động sản xuất kinh doanh phát triển, chuỗi cung ứng nguyên vật liệu và tiêu thụ sản phẩm tốt, "
     "kim ngạch xuất, nhập khẩu ước 49,6 tỷ USD, tăng 15%.", "kim ngạch xuất, nhập khẩu"),
    ("Sản xuất công nghiệp phục hồi nhanh trong toàn tỉnh, giá trị sản xuất công nghiệp, xây dựng tăng 9,5%.",
     "giá trị sản xuất công nghiệp, xây dựng"),
    # a longer piece with no name head after it still opens the enumeration (its pieces are of its last word)
    ("Giá trị sản xuất khu vực nông, lâm, thủy sản tăng 3,5%.", "Giá trị sản xuất khu vực nông, lâm, thủy sản"),
])
def test_a_piece_that_opens_with_a_name_head_opens_the_enumeration(text, name):
    assert _named(text)[0][0] == name


# ----- the items of a group after "như" ------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    # 096 (Kiên Giang statistics office)
    ("Các mặt hàng xuất khẩu 6 tháng đạt khá so cùng kỳ năm trước như Gạo 226.679 tấn, tăng 34,12%; cá đông "
     "1.311 tấn, tăng 17,68%.", ["Gạo", "cá đông"]),
    ("Một số cây trồng có diện tích tăng như cây ngô 2.618 ha.", ["cây ngô"]),
    ("Xuất khẩu tăng khá, nhất là mặt hàng gạo tăng 34,12%.", ["mặt hàng gạo"]),
])
def test_the_item_after_a_list_intro_names_the_figure(text, names):
    assert [n for n, _ in _named(text)] == names


@pytest.mark.parametrize("word", W.list_intros)
def test_every_list_intro_gives_the_name_to_the_item(word):
    assert _named(f"Nhiều mặt hàng xuất khẩu chủ lực {word} hạt điều đạt 12.500 tấn.")[0][0] == "hạt điều"


@pytest.mark.parametrize("word", W.list_intro_not_before)
def test_a_list_intro_before_these_words_is_no_list(word):
    got = _named(f"Năng suất lúa ước đạt như {word} 58 tạ/ha.")
    assert got and got[0][0].startswith("Năng suất lúa")


def test_a_list_intro_before_a_longer_phrase_is_no_list():
    # more than four words after "như": a comparison inside the name, not an item
    got = _named("Giá trị xuất khẩu các mặt hàng chủ lực như gạo, cá, tôm đông lạnh các loại đạt 120 triệu USD.")
    assert got[0][0].startswith("Giá trị xuất khẩu")


# ----- an aside right after a count's unit --------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    # 111 (Hà Tĩnh news site): the phrase of the counted goes on after the aside
    ("Đến nay, 30/30 xã (tính khi chưa sáp nhập) được công nhận đạt chuẩn nông thôn mới.",
     "xã (tính khi chưa sáp nhập) được công nhận đạt chuẩn nông thôn mới"),
    ("Có 15 hợp tác xã (HTX) thành lập mới.", "hợp tác xã (HTX) thành lập mới"),
])
def test_an_aside_after_a_counts_unit_is_passed_over(text, name):
    assert _named(text)[0][0] == name


def test_an_aside_with_a_figure_after_a_counts_unit_ends_its_phrase():
    # "(chiếm 80%)" is a figure of its own: the phrase stops before it, as before
    got = _named("Toàn tỉnh có 120 xã (chiếm 80%) đạt chuẩn nông thôn mới.")
    assert got[0] == ("xã", 120)


@pytest.mark.parametrize("text, name", [
    # r02, p01: an aside that lists or counts is no explanation of the unit: the phrase stops before it
    ("Toàn huyện có 12 xã (xã Ngự Thiên, xã Tân Lễ) bị ngập.", "xã"),
    ("Có 10.433 học sinh (3.382 tiểu học) được hỗ trợ.", "học sinh"),
])
def test_an_aside_that_lists_or_counts_ends_the_counts_phrase(text, name):
    assert _named(text)[0][0] == name


# ----- the whole commune or city after a name ------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    # Mỹ Thạnh commune portal (genre dev 174): "hộ nghèo toàn xã"
    ("Năm 2019, hộ nghèo toàn xã còn 90 hộ, chiếm 2,1%.", "hộ nghèo"),
    # Tân Hồng district portal (genre dev 222): "thu nhập bình quân đầu người toàn xã"
    ("Đến cuối năm 2021, thu nhập bình quân đầu người toàn xã đạt trên 50 triệu đồng/người/năm.",
     "thu nhập bình quân đầu người"),
    # haiphonginfo.vn (genre dev 205): "toàn thành" and "toàn thành phố" for Hải Phòng
    ("Tổng đàn lợn toàn thành ước đạt 144,37 nghìn con.", "Tổng đàn lợn"),
    ("Sản lượng cây ăn quả toàn thành phố ước đạt 85,7 nghìn tấn.", "Sản lượng cây ăn quả"),
])
def test_the_whole_commune_or_city_after_a_name_is_no_part_of_it(text, name):
    assert _named(text)[0][0] == name


@pytest.mark.parametrize("text, name", [
    # a name that ends in "an toàn xã hội" is no place
    ("Số vụ vi phạm trật tự an toàn xã hội là 12 vụ.", "Số vụ vi phạm trật tự an toàn xã hội"),
    # the commune itself named, not the whole of it
    ("Tổng thu ngân sách xã đạt 12 tỷ đồng.", "Tổng thu ngân sách xã"),
])
def test_a_name_not_ending_on_the_whole_place_keeps_it(text, name):
    assert _named(text)[0][0] == name
