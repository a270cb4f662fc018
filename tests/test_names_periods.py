"""Names and periods that carry to unseen documents (issue 17): each rule with real sentences of
documents of different publishers (shortened), and negatives."""
import pytest

from indicator_cases import inds


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


# --- a source opening a name ("Theo Cục Thống kê …,") is no part of it ------------------------------
def named(text):
    return [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text,want", [
    # Kiên Giang (a promotion site's repost of the statistics office): the label before a colon
    ("Theo Cục Thống kê Kiên Giang, tổng sản lượng thủy sản (khai thác và nuôi trồng): Tháng Tư ước đạt "
     "59.573 tấn, tăng 7,07 % so tháng trước.", ("tổng sản lượng thủy sản", 59573)),
    # Bình Dương (the provincial paper)
    ("Theo Cục Thống kê tỉnh, kim ngạch xuất khẩu hàng hóa tháng 3-2023 ước đạt hơn 3,122 tỷ đô la Mỹ, tăng "
     "36,05% so với cùng kỳ.", ("kim ngạch xuất khẩu hàng hóa", 3.122e9)),
])
def test_a_source_opening_a_name_is_left_out(text, want):
    got = named(text)[0]
    assert (got[0], pytest.approx(got[1])) == (want[0], pytest.approx(want[1]))


def test_a_source_with_its_period_dates_the_sentence():
    # a report of the party (r04 of the shared reports): the source's "đến cuối năm 2024" dates the list
    text = ("Theo thống kê đến cuối năm 2024, số lượng dự án đầu tư của kiều bào về Việt Nam là 422 dự án; "
            "lượng kiều hối qua ngân hàng do kiều bào gửi về đạt gần 250 tỉ USD.")
    assert [(i.name, i.period) for i in inds(text)] == [
        ("số lượng dự án đầu tư của kiều bào về Việt Nam", "2024"),
        ("lượng kiều hối qua ngân hàng do kiều bào gửi về", "2024")]


@pytest.mark.parametrize("word", __import__("baocao.resolve._rules", fromlist=["load"]).load("indicators").source_openers)
def test_every_source_opener_is_left_out_of_a_name(word):
    assert named(f"{word.capitalize()} số liệu của Cục Thống kê tỉnh, kim ngạch xuất khẩu đạt 3,1 tỷ USD.") == [
        ("kim ngạch xuất khẩu", pytest.approx(3.1e9))]
    # not without its comma: no source then, the words stay where they are
    assert named(f"Kim ngạch xuất khẩu {word} kế hoạch đạt 3,1 tỷ USD.")[0][0].startswith("Kim ngạch xuất khẩu")


# --- an enumeration after a plural determiner is the whole name ------------------------------------
@pytest.mark.parametrize("text,want", [
    # Hà Tĩnh (the provincial portal): "Các ngành thương mại, dịch vụ" is one sector
    ("Khu vực dịch vụ tăng 5,46%, trong đó: Các ngành thương mại, dịch vụ tăng 5,84%.",
     [("Khu vực dịch vụ", 5.46), ("Các ngành thương mại, dịch vụ", 5.84)]),
])
def test_an_enumeration_after_cac_is_the_whole_name(text, want):
    assert named(text) == [(n, pytest.approx(v)) for n, v in want]


def test_a_listed_subject_after_cac_keeps_its_first_piece():
    # a province's report on its personnel (p02 of the shared reports)
    got = named("Ngoài ra, các xã, phường, đặc khu đã thực hiện 179 lượt sắp xếp nội bộ.")
    assert got[0][0].startswith("các xã, phường, đặc khu")


def test_verbs_before_a_comma_are_still_no_piece_of_a_name():
    assert named("Quản lý, bảo vệ tốt 500 ha rừng.") == [("rừng", 500)]


# --- "tổng số" before a noun is part of the name --------------------------------------------------
@pytest.mark.parametrize("text,want", [
    # Bắc Kạn (the provincial paper)
    ("Ước đến hết năm 2023, tỉnh có thêm 5 xã đạt chuẩn NTM, nâng tổng số xã NTM lên 23 xã.",
     ("tổng số xã NTM", 23)),
    # Khánh Hòa (the provincial party committee's conference news)
    ("Toàn tỉnh điều chỉnh tăng vốn cho 18 dự án với tổng số vốn đăng ký đầu tư tăng hơn 40.000 tỷ đồng.",
     ("tổng số vốn đăng ký đầu tư", 40000e9)),
    # Mường Ảng (the district's political report)
    ("Tổng số người nghiện trên địa bàn huyện đến ngày 30/9/2024 là 709 người.",
     ("Tổng số người nghiện trên địa bàn huyện", 709)),
])
def test_a_total_before_a_noun_is_part_of_the_name(text, want):
    got = named(text)[-1]
    assert (got[0], got[1]) == (want[0], pytest.approx(want[1]))


@pytest.mark.parametrize("text,value", [
    # a province's report (p01 of the shared reports): "tổng số lên …" names nothing
    ("Năm 2025 đã thành lập mới 90 hợp tác xã, nâng tổng số lên 07 liên hiệp và 1.221 hợp tác xã.", 1221),
    # Đồng Tháp (an urban economy paper): "tổng số có 265 sản phẩm"
    ("Có thêm 104 sản phẩm được công nhận đạt chuẩn (lũy kế tổng số có 265 sản phẩm).", 265),
    ("Tổng số 120 hộ tham gia.", 120),
])
def test_a_total_before_a_filler_or_a_figure_is_no_name(text, value):
    [name] = [n for n, v in named(text) if v == pytest.approx(value)]
    assert not name.lower().startswith("tổng số")


@pytest.mark.parametrize("word", __import__("baocao.resolve._rules", fromlist=["load"]).load("indicators").totals_before_a_noun)
def test_every_total_word_stays_before_a_noun_only(word):
    assert named(f"{word.capitalize()} hộ nghèo là 120 hộ.") == [(f"{word.capitalize()} hộ nghèo", 120)]
    assert named(f"{word.capitalize()} là 120 hộ nghèo.")[0][0] != word.capitalize()


# --- a word left after a period at the end of a name goes with the period -------------------------
@pytest.mark.parametrize("text,want", [
    # Kiên Giang (a promotion site's repost of the statistics office): "theo (giá so sánh 2010)"
    ("Theo Cục thống kê Kiên Giang, tổng sản phẩm trên địa bàn tỉnh (GRDP) 6 tháng đầu  năm 2018 theo (giá so "
     "sánh 2010) ước tính đạt 28.247,63 tỷ đồng, đạt 45,63% kế hoạch năm.",
     ("tổng sản phẩm trên địa bàn tỉnh", "2018-01/2018-06")),
    # Bắc Giang (a trade paper): "đặt" (a slip for "đạt") after the year
    ("GRDP bình quân đầu người năm 2030 đặt 9.800 USD, trong đó công nghiệp - xây dựng chiếm 66-67%.",
     ("GRDP bình quân đầu người", "2030")),
])
def test_a_verb_or_preposition_after_a_period_ends_no_name(text, want):
    i = inds(text)[0]
    assert (i.name, i.period) == want


@pytest.mark.parametrize("text,name", [
    ("Diện tích năm 2024 lúa đạt 500 ha.", "Diện tích năm 2024 lúa"),     # a noun after the period stays
    # Hà Giang (the provincial portal): the period's lead words go with it, not only the word after
    ("Tỷ lệ hộ nghèo tính đến cuối năm 2010 là 41,80%.", "Tỷ lệ hộ nghèo"),
])
def test_a_noun_after_a_period_stays_and_a_periods_lead_goes_with_it(text, name):
    assert inds(text)[0].name == name


# --- "X <predicate> với tốc độ tăng trưởng …": the subject names the rate --------------------------
_W = __import__("baocao.resolve._rules", fromlist=["load"]).load("indicators")


@pytest.mark.parametrize("text,name", [
    # Bắc Kạn (the provincial paper)
    ("Công nghiệp – xây dựng tiếp đà phát triển mạnh mẽ với tốc độ tăng trưởng dự ước đạt 9,9%; khu vực dịch vụ "
     "dự ước tăng trưởng 6,09%.", "Công nghiệp – xây dựng"),
    # Đà Nẵng (a business paper): the source before it, "TP." no end of a piece
    ("Theo số liệu của Cục Thống kê TP. Đà Nẵng, kinh tế thành phố giữ được nhịp độ tăng trưởng trong Quý "
     "I/2023 với mức tăng sơ bộ so với cùng kỳ đạt 7,81%, xếp thứ 15/63 tỉnh.", "kinh tế thành phố"),
    # Bà Rịa - Vũng Tàu (CafeF): the subject goes on playing its part, a growth inside what it does
    ("Trong đó công nghiệp tiếp tục đóng vai trò động lực chủ yếu thúc đẩy tăng trưởng kinh tế với mức tăng 5,48%; "
     "nhóm nông, lâm nghiệp, thủy sản tăng trưởng ổn định.", "công nghiệp"),
    # Gio Linh (the district portal): an averaging word after the rate word
    ("Nền kinh tế của huyện phát triển khá nhanh với tốc độ tăng trưởng bình quân khoảng 9,01%/năm.",
     "Nền kinh tế"),
    # Bạc Liêu (a property site): a clause cut ("nên") before a growth word leaves no subject there
    ("Mặc dù ảnh hưởng của dịch COVID-19, nhưng UBND tỉnh Bạc Liêu tích cực, chủ động triển khai các giải pháp ứng "
     "phó nên tăng trưởng kinh tế của tỉnh Bạc Liêu có bước phát triển khá với mức tăng 7,1% so với cùng kỳ.",
     "tăng trưởng kinh tế"),
])
def test_the_subject_names_the_rate_it_grows_with(text, name):
    i = inds(text)[0]
    assert (i.name, i.measure) == (name, "growth")


@pytest.mark.parametrize("rate", _W.subject_rates)
@pytest.mark.parametrize("predicate", _W.subject_predicates)
def test_every_rate_and_predicate_of_a_subject(rate, predicate):
    assert inds(f"Ngành chế biến {predicate} với {rate} đạt 5,2%.")[0].name == "Ngành chế biến"


@pytest.mark.parametrize("text,name", [
    # the rate has its own name after it: that name stays
    ("Ngành chế biến phục hồi với tốc độ tăng trưởng của ngành dệt may đạt 5%.",
     "tốc độ tăng trưởng của ngành dệt may"),
    # no predicate to end a subject: nothing is guessed
    ("Ngành chế biến với tốc độ tăng trưởng đạt 5%.", None),
    # "phát triển" without its grade is a word of the name, no predicate
    ("Vốn đầu tư phát triển toàn xã hội tăng mạnh với mức tăng đạt 12%.", "Vốn đầu tư phát triển toàn xã hội"),
])
def test_a_rate_with_its_own_name_or_without_a_subject(text, name):
    got = inds(text)[0].name
    assert got == name if name else got != "Ngành chế biến"


# --- a count's own unit starts the phrase after it, not the scale before the unit -----------------
@pytest.mark.parametrize("text,want", [
    # Khánh Hòa (the provincial party committee's conference news)
    ("Doanh thu du lịch ước đạt 31.800 tỷ đồng với 7 triệu lượt khách lưu trú, tăng 170,5%, trong đó có 2,1 "
     "triệu lượt khách quốc tế, tăng 7,1 lần.", [("lượt khách lưu trú", 7e6), ("lượt khách quốc tế", 2.1e6)]),
    # Hà Tĩnh (the new-countryside office)
    ("Toàn tỉnh có hơn 8.000 hộ đăng ký, trong đó có hơn 2.300 vườn mẫu đạt chuẩn.",
     [("vườn mẫu đạt chuẩn", 2300)]),
])
def test_a_count_unit_starts_the_phrase_after_its_figure(text, want):
    got = named(text)
    for name, value in want:
        assert (name, pytest.approx(value)) in got


def test_a_scale_before_a_count_unit_is_no_part_of_the_name():
    # a party report (r04 of the shared reports): "6 triệu người" names "người …", never "triệu người …"
    got = named("Hiện có khoảng 6 triệu người ở 130 quốc gia và vùng lãnh thổ.")
    assert got and not got[0][0].startswith("triệu")


# --- an action that is part of what a figure measures names it with the thing after the figure ----
@pytest.mark.parametrize("text,want", [
    # Kon Tum (a conference news item): the action carries over the list of its items
    ("Kon Tum đề ra chỉ tiêu năm 2021: trồng mới được 2.000 ha cây ăn quả, 500 ha sâm Ngọc Linh và 2.000 ha các "
     "cây dược liệu khác; trồng mới 3.000 ha rừng.",
     [("trồng mới cây ăn quả", 2000), ("trồng mới sâm Ngọc Linh", 500), ("trồng mới các cây dược liệu khác", 2000),
      ("trồng mới rừng", 3000)]),
    # Hà Giang (the provincial paper)
    ("Đến nay, toàn tỉnh đã trồng được 4.077 ha rừng, trong đó trồng mới được 1.361 ha; tổ chức chăm sóc cho "
     "1.306 ha rừng trồng các năm.",
     [("trồng rừng", 4077), ("trồng mới", 1361), ("chăm sóc rừng trồng các năm", 1306)]),
])
def test_a_naming_action_and_the_thing_after_the_figure_name_it(text, want):
    assert named(text) == [(n, pytest.approx(v)) for n, v in want]


@pytest.mark.parametrize("text,name", [
    ("Toàn tỉnh đã gieo trồng được 500 ha lúa.", "lúa"),          # sowing a crop: the crop's area
    ("Diện tích trồng mới 500 ha cây chè.", "Diện tích trồng mới"),   # a name head makes it a noun
    ("Toàn tỉnh trồng mới 500 ha.", "trồng mới"),                     # nothing after: the action alone
])
def test_no_naming_action_after_a_sowing_verb_or_a_name_head(text, name):
    assert named(text)[0][0] == name


@pytest.mark.parametrize("action", _W.naming_actions)
def test_every_naming_action_names_its_figure_with_what_follows(action):
    assert named(f"Năm 2024, toàn huyện đã {action} 1.200 ha cây chè.") == [(f"{action} cây chè", 1200)]


# --- a name that opens with a growth name is no piece of an enumeration before it ----------------
@pytest.mark.parametrize("text,name", [
    # Hà Tĩnh (the new-countryside office): the resolution's topics are no part of the name
    ("Trong 10 năm thực hiện Nghị quyết T.Ư 7 (khóa X) về nông nghiệp, nông dân, nông thôn, tốc độ tăng trưởng "
     "lĩnh vực nông nghiệp bình quân đạt 3,52%.", "tốc độ tăng trưởng lĩnh vực nông nghiệp bình quân"),
    # a constructed case: a growth name after the sectors it is not one of
    ("Năm 2023, trong các ngành nông nghiệp, công nghiệp, dịch vụ, tốc độ tăng trưởng kinh tế đạt 7,2%.",
     "tốc độ tăng trưởng kinh tế"),
    # Bắc Kạn (the provincial paper, 058): after a clause and a comma, as before
    ("Theo báo cáo, kinh tế - xã hội của tỉnh 6 tháng đầu năm đạt khá, tốc độ tăng trưởng kinh tế dự ước 6 tháng "
     "đầu năm 2025 đạt 8,2%.", "tốc độ tăng trưởng kinh tế"),
])
def test_a_growth_name_is_no_piece_of_an_enumeration(text, name):
    assert inds(text)[0].name == name


def test_a_piece_without_its_head_still_closes_an_enumeration():
    assert named("Khu vực nông, lâm nghiệp và thủy sản tăng 3%.") == [("Khu vực nông, lâm nghiệp và thủy sản", 3)]
