"""Framing from a statement's sentence (issue 17): an estimate word in a sentence's first statement
frames the statements after it in that sentence, and a level written as another period's
(``cao hơn mức tăng 1,96% của quý trước``) is actual, with that period when it is relative. Cases are
shortened sentences of dev documents of several publishers; negatives say what stays as it was."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import baocao
from baocao.resolve._rules import load


def read(text):
    return [(i.text, i.framing, i.period) for i in baocao.parse(text).indicators if i.kind == "indicator"]


def framings(text):
    return [f for _, f, _ in read(text)]


@pytest.mark.parametrize("text,want", [
    # Kinh tế & Đô thị (036): the estimate in the first clause, the others after ";"
    ("Năm 2021, quy mô kinh tế tiếp tục gia tăng, ước đạt 90.384 tỷ đồng, tăng 3.847 tỷ đồng so với năm "
     "2020; GRDP đầu người đạt 56,45 triệu đồng; tỷ lệ hộ nghèo giảm còn 1,36%.",
     ["estimate", "estimate", "estimate"]),
    # Công lý (099): "thu hút được", "điều chỉnh tăng vốn" after "ước đạt" in the same sentence
    ("Năm 2023, thu ngân sách nhà nước ước đạt 18.230 tỷ đồng, vượt 18% dự toán; toàn tỉnh thu hút được 17 "
     "dự án đầu tư ngoài ngân sách với tổng vốn đăng ký đầu tư khoảng 100.900 tỷ đồng, điều chỉnh tăng vốn "
     "cho 18 dự án.", ["estimate", "estimate", "estimate", "estimate"]),
    # a provincial portal (089): the month's estimate, then the months so far
    ("- Kim ngạch xuất nhập khẩu hàng hóa tháng 11/2023 ước đạt 172,7 triệu USD, tăng 3,6% so tháng trước; "
     "lũy kế 11 tháng năm 2023, tổng kim ngạch xuất nhập khẩu hàng hóa đạt 1.790,5 triệu USD.",
     ["estimate", "estimate"]),
    # a statistics office's crops (107): a yield after an estimated yield
    ("Sáu tháng đầu năm 2017, năng suất lúa bình quân toàn tỉnh ước đạt 61,9 tạ/ha; năng suất bắp đạt "
     "75,1 tạ/ha.", ["estimate", "estimate"]),
])
def test_an_estimate_that_opens_a_sentence_frames_the_rest_of_it(text, want):
    assert framings(text) == want


@pytest.mark.parametrize("text,want", [
    # a planning office (085): the estimate is not the sentence's first statement; the next crop's
    # area is no estimate
    ("Năm 2021, ngô gieo trồng được 231 ha, sản lượng thu hoạch ước đạt 284,13 tấn; lạc gieo trồng được "
     "54,01 ha.", ["actual", "estimate", "actual"]),
    # the next sentence is not framed by the estimate before it
    ("Năm 2021, quy mô kinh tế ước đạt 90.384 tỷ đồng. GRDP đầu người đạt 56,45 triệu đồng.",
     ["estimate", "actual"]),
    # a target written in its own clause stays a target
    ("Năm 2023, thu ngân sách ước đạt 18.230 tỷ đồng; phấn đấu năm 2024 thu ngân sách đạt 20.000 tỷ đồng.",
     ["estimate", "target"]),
])
def test_what_an_estimate_does_not_frame(text, want):
    assert framings(text) == want


@pytest.mark.parametrize("text,want", [
    # Dân Việt (057): "của quý trước" after the second quarter: the first quarter's level
    ("Cụ thể, tổng sản phẩm trên địa bàn (GRDP) quý II năm 2022 ước tăng 12,37% so với cùng kỳ năm 2021 "
     "và cao hơn mức tăng 1,96% của quý trước.", ("1,96%", "actual", "2022-Q1")),
    # Thư viện Bình Thuận (121): a written period after "của"
    ("Tổng sản phẩm trong nước (GDP) quý I/2021 ước tính tăng 4,48% so với cùng kỳ năm trước, cao hơn tốc "
     "độ tăng 3,68% của quý I/2020.", ("3,68%", "actual", "2020-Q1")),
    # Dân Việt (057): a written period after "của", beside an estimate
    ("Tính chung 6 tháng đầu năm 2022, GRDP Đà Nẵng ước tăng 7,23% so với cùng kỳ năm 2021; tăng 12,36% so "
     "với cùng kỳ năm 2020 và cao hơn mức tăng 4,78% của 6 tháng đầu năm 2021.", ("4,78%", "actual", "2021-01/2021-06")),
])
def test_a_level_of_another_period_is_actual(text, want):
    assert read(text)[-1] == want


@pytest.mark.parametrize("text,want", [
    # no "của" and period after the level: the statement's own figure ("đạt mức tăng 7,5%")
    ("Năm 2023, GRDP ước đạt mức tăng 7,5%.", ("estimate", "2023")),
    # "của" then no period: a level of the statement itself
    ("Năm 2023, tốc độ tăng trưởng ước đạt mức 7,5% của kế hoạch đề ra.", ("estimate", "2023")),
])
def test_no_level_of_another_period_without_cua_and_a_period(text, want):
    assert read(text)[-1][1:] == want


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["đạt", "tăng", "giảm còn", "là"]), st.integers(1, 99), st.integers(1, 99))
def test_carried_estimates_never_cross_a_sentence_and_keep_offsets(verb, a, b):
    text = f"Năm 2021, thu ngân sách ước đạt {a} tỷ đồng. Tỷ lệ hộ nghèo {verb} {b},5%."
    report = baocao.parse(text)
    inds = [i for i in report.indicators if i.kind == "indicator"]
    assert all(report.original[i.start:i.end] == i.text for i in inds)
    assert [i.framing for i in inds if i.start > text.index(".")] in ([], ["actual"])


# --- a list after a clause that says the targets were reached --------------------------------------
W = load("indicators")


@pytest.mark.parametrize("text,want", [
    # a district portal (083): "Các chỉ tiêu đạt cao bao gồm :" lists results
    ("Năm 2021, huyện có 27 chỉ tiêu đạt và vượt kế hoạch. Các chỉ tiêu đạt cao bao gồm : Tổng diện tích gieo "
     "trồng cây ngắn ngày đạt gần 13.000 héc ta, đạt 101% nghị quyết; sản lượng cà phê nhân xô trên 55.900 tấn.",
     ["actual", "actual"]),
    # a provincial news site (111): "nhiều chỉ tiêu đạt và vượt kế hoạch đề ra:" after a term's results
    ("Nhiệm kỳ 2015-2020, nhiều chỉ tiêu đạt và vượt kế hoạch đề ra: Thu nhập bình quân đầu người đạt 37,8 "
     "triệu đồng/người/năm; tổng giá trị đầu tư xây dựng cơ bản đạt trên 3.145 tỷ đồng.", ["actual", "actual"]),
])
def test_a_list_after_targets_reached_gives_results(text, want):
    assert framings(text) == want


@pytest.mark.parametrize("text", [
    "Đảng bộ huyện đề ra 11 chỉ tiêu chủ yếu, như: thu ngân sách trên địa bàn đạt 500 tỷ đồng.",
    # a modal before the verb: what is to be reached
    "Các chỉ tiêu cần đạt đến năm 2025: tỷ lệ hộ nghèo còn dưới 2%.",
])
def test_a_list_of_targets_still_opens(text):
    assert framings(text) == ["target"]


@pytest.mark.parametrize("verb", W.reached_verbs)
def test_every_reached_verb(verb):
    text = f"Năm 2021, các chỉ tiêu {verb} kế hoạch gồm: thu ngân sách 500 tỷ đồng."
    assert framings(text) == ["actual"]


@pytest.mark.parametrize("modal", W.reach_modals)
def test_every_reach_modal(modal):
    text = f"Các chỉ tiêu {modal} đạt đến năm 2025: thu ngân sách 500 tỷ đồng."
    assert framings(text) == ["target"]


# --- a count of months right after a name, before its verb ----------------------------------------
@pytest.mark.parametrize("text,want", [
    # Dân Việt (120): "GDP 6 tháng" before a comparative, in a report of 2019
    ("Năm 2019. Tốc độ tăng trưởng GDP 6 tháng thấp hơn cùng kỳ năm trước 0,29 điểm phần trăm.",
     "2019-01/2019-06"),
    # a statistics office (107): "6 tháng" before "tăng"
    ("Năm 2017. Tổng mức bán lẻ hàng hóa 6 tháng tăng 11,19% so với cùng kỳ năm trước.", "2017-01/2017-06"),
    # a planning office (085): "7 tháng" before "ước đạt"
    ("Năm 2021. Tổng thu ngân sách Nhà nước trên địa bàn tỉnh 7 tháng ước đạt 654,26 tỷ đồng.",
     "2021-01/2021-07"),
])
def test_a_count_of_months_after_a_name_is_the_months_so_far(text, want):
    assert read(text)[-1][2] == want


@pytest.mark.parametrize("lead", W.duration_leads)
def test_every_duration_lead_keeps_a_count_of_months_a_duration(lead):
    text = f"Năm 2017. Doanh thu {lead} 6 tháng tăng 11,19%."
    assert read(text)[-1][2] != "2017-01/2017-06"


def test_a_count_of_months_before_no_verb_is_no_period():
    assert read("Năm 2017. Thời hạn 6 tháng kể từ ngày ký, doanh thu đạt 5 tỷ đồng.")[-1][2] == "2017"


@pytest.mark.parametrize("text,want", [
    # a district congress's resolution (145, Thanh Hà): "phấn đấu" once, then the targets after ";"
    ("Trong đó, phấn đấu giá trị sản xuất nông nghiệp, thủy sản tăng bình quân 3,2%/năm; giá trị sản xuất "
     "công nghiệp, xây dựng 11%/năm; thu nhập bình quân đầu người đạt 45 triệu đồng/năm.",
     ["target", "target", "target"]),
    # a provincial congress (Hà Giang, 142-like): "mục tiêu" in the first clause
    ("Mục tiêu đến năm 2020, tốc độ tăng trưởng kinh tế bình quân đạt 8%/năm; tỷ lệ hộ nghèo giảm bình quân "
     "4%/năm; tỷ lệ che phủ rừng đạt 60%.", ["target", "target", "target"]),
])
def test_a_target_that_opens_a_sentence_frames_the_rest_of_it(text, want):
    assert framings(text) == want


@pytest.mark.parametrize("text,want", [
    # a target written later in the sentence frames its own clause only
    ("Năm 2023, thu ngân sách đạt 520 tỷ đồng; năm 2024 phấn đấu thu ngân sách đạt 600 tỷ đồng.",
     ["actual", "target"]),
    # results first, target after the sentence's end: the next sentence is not framed
    ("Phấn đấu tỷ lệ hộ nghèo giảm còn 3%. Thu ngân sách năm 2023 đạt 520 tỷ đồng.", ["target", "actual"]),
])
def test_a_target_frames_no_statement_before_it_nor_another_sentence(text, want):
    assert framings(text) == want
