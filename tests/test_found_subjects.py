"""A figure whose own lead names nothing, after a figure-less clause about its subject
(resolve.found_subjects): a clause that judges its subject ("… duy trì ở mức khá, đạt 7,3%"), or a
change predicate before a parenthesis ("IIP toàn ngành vẫn giảm khá sâu (-12,96%)"). Cases from
several publishers' reports (Kiên Giang, Bắc Ninh, Cà Mau, Hà Giang, Bình Phước, Cao Bằng), and
negatives."""
from __future__ import annotations

import pytest

from indicator_cases import inds, one, parsed


@pytest.mark.parametrize("text, fig, name", [
    ("Tăng trưởng kinh tế duy trì ở mức khá, đạt 7,3%.", "7,3%", "Tăng trưởng kinh tế"),
    ("Hoạt động vận chuyển hàng hóa phục hồi tốt, tăng 10,5% so cùng kỳ.", "10,5%",
     "Hoạt động vận chuyển hàng hóa"),
    ("Diện tích nuôi tôm thâm canh ổn định, lũy kế 8.530,8 ha.", "8.530,8 ha", "Diện tích nuôi tôm thâm canh"),
    ("Qua đó, kinh tế của tỉnh duy trì tốc độ tăng trưởng khá, bình quân giai đoạn 2011 - 2015 đạt 8,8%.",
     "8,8%", "kinh tế"),
    ("Tốc độ tăng trưởng kinh tế của xã trong năm 2014 hết sức ngoạn mục: đạt 20,6%.", "20,6%",
     "Tốc độ tăng trưởng kinh tế"),
    ("Sản lượng thủy sản khai thác đạt khá, ước đạt 12.500 tấn.", "12.500 tấn", "Sản lượng thủy sản khai thác"),
])
def test_a_judged_subject_names_the_figure_after_it(text, fig, name):
    got = [i for i in inds(text) if any(text[s:e] == fig for s, e in i.figures)]
    assert len(got) == 1 and got[0].name.startswith(name), [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text, name, value", [
    ("Tính chung 10 tháng, IIP toàn ngành vẫn giảm khá sâu (-12,96%) so với cùng kỳ năm trước.",
     "IIP toàn ngành", -12.96),
    ("Tháng 5, chỉ số giá tiêu dùng tiếp tục tăng (0,45%) so với tháng trước.", "chỉ số giá tiêu dùng", 0.45),
])
def test_a_changed_subject_names_the_parenthesis_after_it(text, name, value):
    got = one(text)
    assert (got.name, got.value, got.measure) == (name, value, "growth")   # the change, not a level


@pytest.mark.parametrize("text, fig, name", [
    # Đắk Nông (a district's party congress), Bạc Liêu (a district's party congress), Cà Mau (a fisheries
    # history): words that name nothing before the statement verb, or the rate itself ending its clause
    ("Tốc độ tăng trưởng giữ mức ổn định, với bình quân hàng năm đạt 8,79%. Tổng giá trị sản phẩm năm 2020 "
     "đạt 11.831 tỷ đồng.", "8,79%", "Tốc độ tăng trưởng"),
    ("Tốc độ tăng trưởng kinh tế hàng năm ở mức khá cao, đến cuối năm 2020 dự kiến đạt hơn 12%.", "hơn 12%",
     "Tốc độ tăng trưởng kinh tế hàng năm"),
    ("Thế nhưng, đời sống nông dân kém phát triển, tỷ lệ hộ nghèo cao, 18,78%. Kết cấu hạ tầng thấp kém.",
     "18,78%", "tỷ lệ hộ nghèo"),
    # a milestone reached names nothing (lead_fillers: "mốc", "kỷ lục mới"; 417 Dân Việt)
    ("Năm 2018, trong đó thu ngân sách Nhà nước tiếp tục tăng cao, đạt mốc kỷ lục mới gần 27.600 tỷ đồng.",
     "gần 27.600 tỷ đồng", "thu ngân sách Nhà nước"),
])
def test_a_judged_subject_names_a_figure_after_words_that_name_nothing(text, fig, name):
    got = [i for i in inds(text) if any(text[s:e] == fig for s, e in i.figures)]
    assert len(got) == 1 and got[0].name == name, [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text, judged", [
    ("Sản xuất nông nghiệp ổn định, 95% diện tích lúa được cơ giới hóa.", "Sản xuất nông nghiệp"),  # its own name after
    ("Doanh thu dịch vụ lưu trú phục hồi tốt, số lượt khách đạt 500 nghìn lượt.", "Doanh thu dịch vụ lưu trú"),
    ("Doanh thu dịch vụ lưu trú phục hồi tốt, trong đó, khách quốc tế đạt 500 nghìn lượt.",
     "Doanh thu dịch vụ lưu trú"),
])
def test_a_judged_subject_does_not_name_a_figure_named_after_it(text, judged):
    assert not [i for i in inds(text) if i.name == judged], [(i.name, i.value) for i in inds(text)]


def test_the_figures_own_lead_still_names_it():
    got = one("Giá cả thị trường ổn định, sản lượng lúa đạt 120 tấn.")
    assert got.name == "sản lượng lúa"


@pytest.mark.parametrize("text", [
    "Tình hình an ninh ổn định, 15 vụ tai nạn giao thông xảy ra trong tháng.",   # no statement verb after
    "Số liệu báo cáo, đạt 95% kế hoạch.",                  # "cáo" is no "cao"
    "Tuy nhiên lại vẫn bị giảm (-3,99%) so với cùng tháng năm trước.",   # only verbs: no subject
])
def test_no_subject_is_made_up(text):
    found, _ = parsed(text)
    assert not [i for i in found if i.name.lower().startswith(("tình hình", "số liệu", "lại", "tuy nhiên"))], \
        [(i.name, i.value) for i in found]


from baocao.resolve.vocabulary import WORDS as W  # noqa: E402


def _named(text: str, name: str) -> bool:
    return any(i.name == name and i.value == 500e9 for i in inds(text))


@pytest.mark.parametrize("judgement", W.judgements)
def test_each_judgement(judgement):
    assert _named(f"Doanh thu dịch vụ lưu trú {judgement}, đạt 500 tỷ đồng.", "Doanh thu dịch vụ lưu trú")


@pytest.mark.parametrize("predicate", W.judged_predicates)
def test_each_judged_predicate(predicate):
    assert _named(f"Doanh thu dịch vụ lưu trú {predicate} khá, đạt 500 tỷ đồng.", "Doanh thu dịch vụ lưu trú")


@pytest.mark.parametrize("lead", W.judged_leads)
def test_each_judged_lead(lead):
    text = f"Doanh thu dịch vụ lưu trú phục hồi tốt, {lead} 500 tỷ đồng."
    assert any(i.name == "Doanh thu dịch vụ lưu trú" for i in inds(text)), [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text, name, value", [
    # Cao Bằng (the provincial council's news), Bình Thuận (the statistics office's half-year report)
    ("Tuy nhiều hoạt động tạm dừng, thu ngân sách trên địa bàn tỉnh có tăng trưởng so với cùng kỳ. Lũy kế 6 "
     "tháng đầu năm ước đạt 871 tỷ đồng, bằng 43% so với dự toán.", "thu ngân sách trên địa bàn tỉnh", 871e9),
    ("Thu ngân sách có nhiều cố gắng. Ước 6 tháng đầu năm 2017 đạt 64,81% dự toán năm, tăng 14,66% so với "
     "cùng kỳ năm trước.", "Thu ngân sách", 14.66),
    ("Sản xuất công nghiệp phục hồi khá. Tính chung 9 tháng, ước tăng 6,5% so với cùng kỳ.",
     "Sản xuất công nghiệp", 6.5),
])
def test_the_subject_of_the_sentence_before_names_a_running_total_or_an_estimate(text, name, value):
    got = inds(text)
    assert [(i.name, pytest.approx(i.value)) for i in got] == [(name, value)]


@pytest.mark.parametrize("text", [
    "Thu ngân sách có nhiều cố gắng.\nƯớc 6 tháng đầu năm 2017 đạt 64,81% dự toán năm.",   # another paragraph
    "Thu ngân sách tăng 5% so với cùng kỳ. Lũy kế 6 tháng đầu năm đạt 43% dự toán.",   # the sentence before has a figure
    "Thu ngân sách có nhiều cố gắng. Sản lượng lúa ước đạt 64.000 tấn.",   # the figure's own lead names it
])
def test_no_subject_is_carried_over(text):
    assert not [i for i in inds(text) if i.name == "Thu ngân sách" and i.value not in (5.0,)], \
        [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("opener", W.carried_subject_openers)
def test_each_carried_subject_opener(opener):
    text = f"Doanh thu dịch vụ lưu trú phục hồi khá. {opener.capitalize()} 6 tháng đầu năm đạt 500 tỷ đồng."
    assert any(i.name == "Doanh thu dịch vụ lưu trú" for i in inds(text)), [(i.name, i.value) for i in inds(text)]


def test_a_milestone_after_a_pointed_figure_keeps_its_name():
    text = "GRDP của Hà Nam đạt 46.065 tỉ đồng. Năm 2023, con số này đã đạt mốc 50.201,9 tỉ đồng."   # 279 Minh Điền
    assert [i.name for i in inds(text)] == ["GRDP", "GRDP"]


@pytest.mark.parametrize("text, wrong", [
    ("Tỷ lệ học sinh tốt nghiệp loại khá, 30%.", "Tỷ lệ học sinh tốt nghiệp loại"),   # a grade's share
    ("Chất lượng giáo dục được nâng lên, học sinh khá, 45%.", "học sinh"),
])
def test_a_percentage_after_a_grade_is_no_measure_of_its_subject(text, wrong):
    assert not [i for i in inds(text) if i.name == wrong], [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("word", W.judged_levels)
def test_each_judged_level(word):
    text = f"Thế nhưng, đời sống nông dân kém phát triển, tỷ lệ hộ nghèo {word}, 18,78%."
    assert [i.name for i in inds(text)] == ["tỷ lệ hộ nghèo"], [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text, name", [
    ("An ninh chính trị ổn định, so với năm trước tăng 12 vụ phạm pháp hình sự.", "phạm pháp hình sự"),
    ("Tình hình dịch bệnh ổn định, trong năm tăng 1.200 con gia súc.", "gia súc"),
])
def test_a_count_after_words_that_name_nothing_keeps_its_own_name(text, name):
    assert [i.name for i in inds(text)] == [name], [(i.name, i.value) for i in inds(text)]
