"""A resolution's article of targets frames the statements under it (resolve.article_targets); a date more than
a year before the year a document reports on is a cited document's, no bound on what is past (resolve.periods)."""
from __future__ import annotations

import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")


def _framings(text: str) -> list[tuple[float, str]]:
    return [(i.value, i.framing) for i in inds(text)]


# Hà Tĩnh (Đức Thọ): a council's resolution on the year's plan, its targets under an article
DUC_THO = ("NGHỊ QUYẾT\n\nVề Kế hoạch phát triển Kinh tế - Xã hội năm 2022\n\nQUYẾT NGHỊ:\n\n"
           "Điều 1. Nhất trí báo cáo đánh giá kết quả thực hiện nhiệm vụ năm 2021 của UBND huyện.\n\n"
           "Điều 2. Về các chỉ tiêu chủ yếu và nhiệm vụ năm 2022\n\n"
           "1. Chương trình mục tiêu Quốc gia Xây dựng NTM\n\n- Xây dựng 3-5 xã đạt NTM nâng cao.\n\n"
           "2. Các chỉ tiêu Kinh tế\n\n- Thu nhập bình quân đầu người: 42,5 triệu đồng;\n\n"
           "- Thu ngân sách trên địa bàn: 211 tỷ đồng;\n\n"
           "Điều 3. Tổ chức thực hiện\n\nNăm 2021, thu ngân sách đạt 190 tỷ đồng.\n")


def test_a_resolutions_article_of_targets_to_the_next_article():
    assert _framings(DUC_THO) == [(3.0, "target"), (42.5e6, "target"), (211e9, "target"), (190e9, "actual")]


@pytest.mark.parametrize("title", [
    "Mục tiêu, chỉ tiêu chủ yếu năm 2023",
    "Về phương hướng, nhiệm vụ năm 2023:",
    "Các chỉ tiêu chủ yếu",
    "Nhiệm vụ và giải pháp năm 2023",
])
def test_articles_that_set_targets(title):
    text = f"QUYẾT NGHỊ:\nĐiều 1. {title}\n- Tổng sản lượng lương thực: 65.194 tấn;\n- Tỷ lệ che phủ rừng: 45%.\n"
    assert [f for _, f in _framings(text)] == ["target", "target"], _framings(text)


@pytest.mark.parametrize("title", [
    # a budget's estimate approved for the year to come (dev 206 Hải Dương, 199 Gia Lai)
    "Phê chuẩn dự toán ngân sách địa phương năm 2022, như sau:",
    "Thông qua dự toán ngân sách địa phương và phương án phân bổ ngân sách cấp tỉnh năm 2020 như sau:",
    "Về dự toán thu ngân sách nhà nước năm 2022",
])
def test_articles_that_approve_a_budgets_estimate(title):
    text = (f"Ngày 11 tháng 12 năm 2019\n\nQUYẾT NGHỊ:\nĐiều 1. {title}\n"
            "1. Dự toán thu ngân sách\n- Thu nội địa: 12.313.000 triệu đồng\n- Tỷ lệ che phủ rừng: 45%.\n"
            "Điều 2. Tổ chức thực hiện\nNăm 2019, thu ngân sách đạt 190 tỷ đồng.\n")
    assert [f for _, f in _framings(text)] == ["target", "target", "actual"], _framings(text)


@pytest.mark.parametrize("word", W.article_budget_plans)
def test_every_budget_plan_word(word):
    text = f"QUYẾT NGHỊ:\nĐiều 1. Phê chuẩn {word} ngân sách năm 2022\n- Thu nội địa: 12.313.000 triệu đồng\n"
    assert _framings(text) == [(12313e9, "target")]


@pytest.mark.parametrize("title", [
    # a budget's settlement, its estimate carried out, a budget's estimate of a year before the date
    "Phê chuẩn quyết toán ngân sách địa phương năm 2020",
    "Thông qua báo cáo thực hiện dự toán ngân sách năm 2021",
])
def test_budget_articles_that_set_no_targets(title):
    text = f"Ngày 08 tháng 12 năm 2021\n\nQUYẾT NGHỊ:\nĐiều 1. {title}\n- Thu nội địa: 12.313.000 triệu đồng\n"
    assert [f for _, f in _framings(text)] == ["actual"], _framings(text)


def test_a_budget_estimate_of_a_year_before_the_date():
    text = "Ngày 15/3/2024\n\nQUYẾT NGHỊ:\nĐiều 1. Phê chuẩn dự toán ngân sách năm 2022\n- Thu nội địa: 12.313.000 triệu đồng\n"
    assert [f for _, f in _framings(text)] == ["actual"], _framings(text)


@pytest.mark.parametrize("title", [
    # results, a budget's settlement (a council's resolution on a past year), a subject
    "Kết quả thực hiện nhiệm vụ năm 2022",
    "Phê chuẩn tổng quyết toán ngân sách năm 2016",
    "Về nông nghiệp",
    # the report it agrees with first, the plans after it
    "Nhất trí với báo cáo tình hình thực hiện kế hoạch năm 2022 và mục tiêu, nhiệm vụ năm 2023",
    # prose: the article says what the council agrees, a sentence
    "Nhất trí với mục tiêu, chỉ tiêu chủ yếu của UBND huyện.",
])
def test_articles_that_set_no_targets(title):
    text = f"QUYẾT NGHỊ:\nĐiều 1. {title}\n- Tổng sản lượng lương thực: 65.194 tấn;\n- Tỷ lệ che phủ rừng: 45%.\n"
    assert [f for _, f in _framings(text)] == ["actual", "actual"], _framings(text)


def test_a_numbered_line_that_is_no_article():
    text = "QUYẾT NGHỊ:\nKhoản 1. Các chỉ tiêu chủ yếu năm 2023\n- Tổng sản lượng lương thực: 65.194 tấn;\n"
    assert [f for _, f in _framings(text)] == ["actual"], _framings(text)


def test_an_article_of_a_year_before_the_documents_date():
    text = ("Ngày 15/3/2024\n\nQUYẾT NGHỊ:\nĐiều 1. Các chỉ tiêu chủ yếu năm 2022\n"
            "- Tổng sản lượng lương thực: 65.194 tấn;\n")
    assert [f for _, f in _framings(text)] == ["actual"], _framings(text)


@pytest.mark.parametrize("mark", W.article_marks)
def test_every_article_mark(mark):
    text = f"QUYẾT NGHỊ:\n{mark.capitalize()} 2. Các chỉ tiêu chủ yếu năm 2022\n- Tỷ lệ che phủ rừng: 45%.\n"
    assert _framings(text) == [(45.0, "target")]


@pytest.mark.parametrize("opener", W.article_title_openers)
def test_every_title_opener(opener):
    text = f"QUYẾT NGHỊ:\nĐiều 2. {opener.capitalize()} mục tiêu năm 2022\n- Tỷ lệ che phủ rừng: 45%.\n"
    assert _framings(text) == [(45.0, "target")]


# --- a cited document's date is no bound on what is past ------------------------------------------------
@pytest.mark.parametrize("text", [
    # Hòa Bình (xã Bảo Hiệu): the commune was merged by a resolution of 2019; its figures are of 2021-2022
    "Xã Bảo Hiệu được sáp nhập theo Nghị Quyết 830 của Ủy ban Thường vụ Quốc Hội ngày 17/12/2019. Tỷ lệ hộ "
    "nghèo năm 2022 là 16,99%. Năm 2021 xã đã đạt 17/19 tiêu chí về xây dựng nông thôn mới.",
    # a report's grounds cite a law of 2015
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n\nTình hình kinh tế - xã hội năm 2022\n\n"
    "Sản lượng lúa năm 2022 đạt 5.000 tấn.",
])
def test_a_cited_documents_date_bounds_nothing(text):
    assert {f for _, f in _framings(text)} == {"actual"}, _framings(text)


def test_a_date_the_year_before_still_bounds():
    # dated December 2021, a report on 2021: the next year's figure is planned
    text = "Ngày 10/12/2021, UBND xã báo cáo tình hình năm 2021. Sản lượng lúa năm 2022 đạt 5.000 tấn."
    assert _framings(text) == [(5000.0, "target")]
