"""Periods, framings and names of issue 17's later dev errors, each a general rule with cases in the
forms of several publishers, and negatives (a form not understood gives no wrong value)."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")


def read(text):
    return [(i.name, i.value, i.framing, i.period) for i in inds(text)]


# --- a list of the targets a sentence adopts -----------------------------------------------------
@pytest.mark.parametrize("text,want", [
    # a commune congress: the targets of the term, listed in the next sentence
    ("Tại đại hội, các đại biểu đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, bình quân "
     "thu nhập đầu người đến năm 2025 đạt 70 triệu đồng/người/năm; chuyển đổi cơ cấu cây trồng đạt 20% trên "
     "tổng diện tích; giữ vững danh hiệu xã nông thôn mới vào cuối năm 2020; tỷ lệ tham gia bảo hiểm y tế "
     "toàn dân đạt 100%.",
     [("bình quân thu nhập đầu người", 70e6, "target", "2025"), ("chuyển đổi cơ cấu cây trồng", 20, "target",
      "2020-2025"), ("tỷ lệ tham gia bảo hiểm y tế toàn dân", 100, "target", "2020-2025")]),
    # a district congress, the list after a colon
    ("Đại hội Đảng bộ huyện đã thông qua 18 chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030: thu ngân sách trên địa bàn "
     "đạt 500 tỷ đồng; tỷ lệ hộ nghèo còn dưới 2%.",
     [("thu ngân sách trên địa bàn", 500e9, "target", "2025-2030"), ("tỷ lệ hộ nghèo", 2, "target", "2025-2030")]),
    # a provincial council: "các chỉ tiêu" and "Đó là"
    ("Kỳ họp đã xác định các chỉ tiêu năm 2025. Đó là tốc độ tăng trưởng kinh tế 8%; thu ngân sách 12.000 tỷ "
     "đồng.", [("tốc độ tăng trưởng kinh tế", 8, "target", "2025"), ("thu ngân sách", 12000e9, "target", "2025")]),
])
def test_the_list_after_a_sentence_that_adopts_targets_is_of_targets(text, want):
    assert [(n, pytest.approx(v), f, p) for n, v, f, p in read(text)] == want


@pytest.mark.parametrize("text", [
    # the targets reached: the list after it gives results
    "Nghị quyết đề ra 16 chỉ tiêu, đến nay đạt 14 chỉ tiêu. Cụ thể, thu nhập bình quân đầu người đạt 70 triệu đồng/người/năm.",
    "Trong 16 chỉ tiêu của Nghị quyết, có 14/16 chỉ tiêu đạt và vượt kế hoạch. Cụ thể, thu ngân sách 500 tỷ đồng.",
    # no list opener: the next sentence is not the list
    "Đại hội thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Năm 2020, thu ngân sách đạt 500 tỷ đồng.",
])
def test_no_target_list_without_an_adopting_sentence_and_an_opener(text):
    assert [f for *_, f, _ in read(text)] == ["actual"]


@pytest.mark.parametrize("verb", W.adopt_verbs)
def test_every_adopt_verb(verb):
    text = f"Đại hội {verb} 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, tỷ lệ hộ nghèo còn 2%."
    assert [(f, p) for *_, f, p in read(text)] == [("target", "2020-2025")]


@pytest.mark.parametrize("opener", W.list_openers)
def test_every_list_opener(opener):
    text = f"Đại hội thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. {opener.capitalize()}, tỷ lệ hộ nghèo còn 2%."
    assert [(f, p) for *_, f, p in read(text)] == [("target", "2020-2025")]


def test_an_item_ended_by_its_own_period_dates_only_itself():
    text = ("Phấn đấu đến cuối nhiệm kỳ: thu ngân sách đạt 500 tỷ đồng năm 2025; hoàn thành xây dựng nông thôn "
            "mới vào cuối năm 2023; tỷ lệ hộ nghèo còn 2%.")
    assert [p for *_, p in read(text)][-1] != "2023"
    # a period that opens its segment still dates what follows
    assert read("Năm 2023, kinh tế của tỉnh gặp nhiều khó khăn; GRDP tăng 5%.")[0][3] == "2023"


# --- a respectively list: the figures of the parts a name lists, in order --------------------------
def test_the_parts_a_name_lists_take_their_figures_in_order():
    text = ("Cơ cấu kinh tế chuyển dịch theo hướng tích cực, cơ cấu khu vực I-II-III-thuế sản phẩm trừ trợ cấp sản "
            "phẩm tương ứng là 41,57% - 15,45% - 39,82% - 3,15% (chỉ tiêu nghị quyết là 41,42% - 16,84% - 38,56% - "
            "3,18%).")
    got = [(i.name, i.value, i.target, i.measure, i.key) for i in inds(text)]
    assert got == [("khu vực I", 41.57, 41.42, "share", "economic_structure_agriculture"),
                   ("khu vực II", 15.45, 16.84, "share", "economic_structure_industry"),
                   ("khu vực III", 39.82, 38.56, "share", "economic_structure_services"),
                   ("thuế sản phẩm trừ trợ cấp sản phẩm", 3.15, 3.18, "share", "economic_structure_product_taxes")]


@pytest.mark.parametrize("text,want", [
    # an enumeration with commas and "và", "lần lượt là"
    ("Giá trị sản xuất nông nghiệp, công nghiệp và dịch vụ tăng lần lượt là 3,1%, 8,2% và 6,5%.",
     [("Giá trị sản xuất nông nghiệp", 3.1), ("công nghiệp", 8.2), ("dịch vụ", 6.5)]),
    # one name, a figure for each of its bases
    ("Tổng mức bán lẻ tháng 12 tăng 2,7% so với tháng trước (tổng mức bán lẻ tăng tương ứng là 2,3% và 26,1%).",
     [("Tổng mức bán lẻ", 2.7), ("tổng mức bán lẻ", 2.3), ("tổng mức bán lẻ", 26.1)]),
    # amounts: numbered parts of another noun
    ("Vốn đầu tư vùng I - II tương ứng đạt 500 tỷ đồng và 300 tỷ đồng.",
     [("Vốn đầu tư vùng I", 500e9), ("Vốn đầu tư vùng II", 300e9)]),
])
def test_a_respectively_list(text, want):
    assert [(i.name, pytest.approx(i.value)) for i in inds(text)] == want


@pytest.mark.parametrize("text", [
    # as many parts as figures, or one part: else no list, and no part is given a figure
    "Tỷ trọng nông nghiệp - công nghiệp - dịch vụ tương ứng là 30% - 35%.",
    "Tỷ trọng nông nghiệp - công nghiệp - dịch vụ tương ứng là 30%; 35%.",
])
def test_no_respectively_list_when_parts_and_figures_do_not_pair(text):
    assert all(i.name.startswith("Tỷ trọng nông nghiệp") for i in inds(text))
    assert all(i.target is None for i in inds(text))


def test_a_numeral_with_no_noun_names_no_part():
    # "vùng I, II": the noun stands in the chunk before the comma; no part is named "II"
    assert "II" not in [i.name for i in inds("Vốn đầu tư vùng I, II tương ứng đạt 500 tỷ đồng và 300 tỷ đồng.")]


def test_a_respectively_word_not_at_the_end_of_the_lead_opens_no_list():
    got = [(i.name, i.value, len(i.figures)) for i in inds("Đàn lợn đạt 120.000 con, tăng 2,1%, tương ứng tăng 300 tấn thịt.")]
    assert got[0] == ("Đàn lợn", 120000, 2) and len(got) == 2


@pytest.mark.parametrize("word", W.respectively_words)
def test_every_respectively_word(word):
    got = [(i.name, i.value) for i in inds(f"Tỷ trọng khu vực I - II {word} là 30% và 45%.")]
    assert got == [("khu vực I", 30), ("khu vực II", 45)]


# --- names: what is no part of an indicator phrase --------------------------------------------------
@pytest.mark.parametrize("word", W.duration_words)
def test_every_duration_word_makes_a_duration_no_part_of_the_name(word):
    assert [i.name for i in inds(f"Tăng trưởng ở mức cao, 7 năm {word} tổng sản phẩm trên địa bàn đạt 13,2%/năm.")] == [
        "tổng sản phẩm trên địa bàn"]


@pytest.mark.parametrize("text,name", [
    ("Kể từ khi tái lập tỉnh (năm 1992) đến nay, tổng sản phẩm trong tỉnh (GDP) bình quân hàng năm tăng 12,3%.",
     "tổng sản phẩm trong tỉnh"),
    ("Thu ngân sách hằng năm giảm 3%.", "Thu ngân sách"),
    # negative: a rate per year named with its yearly words, no change
    ("Tỷ lệ phát triển dân số hằng năm 1,5%.", "Tỷ lệ phát triển dân số hằng năm"),
])
def test_yearly_words_before_a_change_are_the_figures(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text,name", [
    ("Theo kết quả Công bố tại Thông báo số 601/TCTK-TKQG ngày 30/5/2019 của Tổng cục Thống kê thì tốc độ tăng "
     "trưởng GRDP ước tính 6 tháng đầu năm 2019 đạt 12,78%.", "tốc độ tăng trưởng GRDP"),
    ("Về cơ cấu kinh tế, khu vực công nghiệp và xây dựng chiếm tỉ lệ cao với 40,08%.", "khu vực công nghiệp và xây dựng"),
])
def test_a_clause_or_a_share_verb_is_no_part_of_the_name(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text,name", [
    ("Tính đến ngày 15/5/2016, trên địa bàn tỉnh đã thu hoạch được 3.049 ha lúa vụ đông xuân, chiếm 41,16%.",
     "lúa vụ đông xuân"),
    ("Tỉnh Đắk Nông có nhiều tiềm năng. Đến nay, Đắk Nông đã thu hút 54 dự án nông lâm nghiệp. Đắk Nông rộng.",
     "dự án nông lâm nghiệp"),
    ("Năm 2024, huyện Tân Lạc đã gieo trồng 1.200 ha cây ăn quả.", "cây ăn quả"),
])
def test_a_place_that_did_something_is_no_name(text, name):
    assert [i.name for i in inds(text)][0] == name


@pytest.mark.parametrize("text,name", [
    # a count of communes is no place that did something
    ("Số xã đạt chuẩn NTM 23 xã.", "Số xã đạt chuẩn NTM"),
    ("Toàn tỉnh có xã NTM 23 xã.", "xã NTM"),
    # a place before a noun names what is measured
    ("Huyện Tân Lạc sản lượng lúa đạt 12.000 tấn.", "Huyện Tân Lạc sản lượng lúa"),   # the unit with its name, as written
])
def test_a_place_before_a_name_stays(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("word", W.subject_places)
def test_every_subject_place(word):
    assert [i.name for i in inds(f"Năm 2024, {word} Tân Lạc đã thu hút 54 dự án nông lâm nghiệp.")] == [
        "dự án nông lâm nghiệp"]


@pytest.mark.parametrize("text,target", [
    ("Tốc độ tăng trưởng kinh tế ước đạt 5,77% (chỉ tiêu nghị quyết là từ 7,5 - 8%).", 7.5),
    ("Tốc độ tăng trưởng GRDP đạt 6,2% (kế hoạch 7%).", 7),
    # beside a rate that is no growth, the plan of a change is held, no target; its own plan figure right
    # after the plan word is its target (a plan aside, resolve/plan_asides.py)
    ("Tỷ lệ hộ nghèo còn 3,1% (kế hoạch giảm 1%).", None),
    ("Tỷ lệ hộ nghèo còn 3,1% (kế hoạch 3,5%).", 3.5),
])
def test_a_plan_rate_in_parentheses_beside_a_growth_is_its_target(text, target):
    (i,) = inds(text)
    assert i.target == (pytest.approx(target) if target else None) and len(i.figures) == 2


# --- what changed names a figure whose own lead names nothing ---------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Không chỉ vậy, quy mô kinh tế tiếp tục mở rộng, đạt trên 100.000 tỷ đồng (theo giá thực tế).",
     [("quy mô kinh tế", 100000e9)]),
    ("Do đó, tổng sản lượng lương thực cả năm đã tăng so với năm 2016, ước đạt trên 39 vạn tấn, đạt 99,8% kế hoạch.",
     [("tổng sản lượng lương thực", 390000)]),
    # negative: a lead with a name of its own keeps it
    ("Năm 2023, quy mô kinh tế tiếp tục mở rộng, GRDP đạt 100.000 tỷ đồng.", [("GRDP", 100000e9)]),
])
def test_what_changed_names_the_figure_after_it(text, want):
    assert [(i.name, pytest.approx(i.value)) for i in inds(text)][:1] == want


@pytest.mark.parametrize("verb", W.change_predicates)
@pytest.mark.parametrize("adverb", W.predicate_adverbs)
def test_every_change_predicate_and_adverb(verb, adverb):
    assert [i.name for i in inds(f"Năm 2023, quy mô kinh tế {adverb} {verb}, đạt 100.000 tỷ đồng.")] == ["quy mô kinh tế"]


def test_a_signed_percentage_and_a_changed_subject_have_their_direction():
    (i,) = inds("Một số chỉ tiêu chủ yếu năm 2023 như sau:\n\n- Tổng sản phẩm trong tỉnh (GRDP): + 5,16%\n")
    assert (i.value, i.direction, i.measure) == (5.16, "tăng", "growth")
    (i,) = inds("Do đó, tổng sản lượng lương thực cả năm đã tăng so với năm 2016, ước đạt trên 39 vạn tấn.")
    assert (i.name, i.direction) == ("tổng sản lượng lương thực", "tăng")
    (i,) = inds("Không chỉ vậy, quy mô kinh tế tiếp tục mở rộng, đạt trên 100.000 tỷ đồng.")
    assert i.direction is None            # "mở rộng" says no direction of a figure


@pytest.mark.parametrize("text,value", [
    ("Trong 5 năm, GRDP bình quân đầu người gấp 1,3 lần của tỉnh(83,5/64 triệu đồng).", 83.5e6),
    ("Quy mô các ngành kinh tế tăng gấp 2,58 lần so năm 2015 (24.013/9.278 tỷ đồng).", 24013e9),
])
def test_a_fraction_that_restates_a_multiple_is_no_actual_over_a_plan(text, value):
    (i,) = [i for i in inds(text) if i.unit != "lần"]
    assert (i.value, i.value_max, i.target, i.achievement_pct) == (pytest.approx(value), None, None, None)


def test_a_fraction_that_is_not_the_multiple_is_still_a_plan():
    (i,) = [i for i in inds("Thu ngân sách tăng gấp 2 lần, đạt 12.345/10.000 tỷ đồng.") if i.unit != "lần"]
    assert (i.target, i.achievement_pct) == (pytest.approx(10000e9), 123.45)
