"""A heading that names a term's targets frames the lines under it (resolve.term_headings), and a
lead-in inside one numbered item governs that item only (resolve.governing)."""
from __future__ import annotations

import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(i.value, i.framing, i.period) for i in inds(text)]


# Gia Lai (Kbang, xã Sơn Lang): a commune's list of the term's targets, one numbered line each
SON_LANG = ("Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)\n"
            "- Về kinh tế:\n"
            "(1) Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/năm.\n"
            "(2) Tỷ lệ lao động qua đào tạo: trên 20%.\n"
            "- Về văn hóa – xã hội:\n"
            "(3) Tỷ lệ hộ dân được sử dụng nước sạch: 98%.\n")


def test_a_commune_list_of_term_targets():
    assert _read(SON_LANG) == [(45e6, "target", "2025"), (20.0, "target", "2020-2025"),
                               (98.0, "target", "2020-2025")]


@pytest.mark.parametrize("heading", [
    # a district's plan heading (a section, with a list mark), a province's (giai đoạn: a period record)
    "II. MỘT SỐ CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020 - 2025",
    "Mục tiêu giai đoạn 2021-2025",
    "Hệ thống chỉ tiêu nhiệm kỳ 2020-2025",
])
def test_headings_of_term_targets(heading):
    text = f"{heading}\n- Tỷ lệ che phủ rừng: 45%.\n- Tỷ lệ hộ nghèo giảm bình quân: 2%/năm.\n"
    got = _read(text)
    assert [f for _, f, _ in got] == ["target", "target"], got
    assert {p for _, _, p in got} <= {"2020-2025", "2021-2025"}, got


@pytest.mark.parametrize("heading", [
    # a congress review: results of the term
    "Kết quả thực hiện các chỉ tiêu nhiệm kỳ 2015-2020",
    "Tình hình thực hiện các chỉ tiêu giai đoạn 2016-2020",
    # no span of years: indicators of a year, not a term's targets
    "Các chỉ tiêu chủ yếu năm 2023",
    # the heading does not open with the target word: news of a congress
    "Đại hội Đảng bộ xã thông qua các chỉ tiêu nhiệm kỳ 2020-2025",
])
def test_headings_that_frame_no_targets(heading):
    text = f"{heading}\n- Tỷ lệ che phủ rừng: 45%.\n- Tỷ lệ hộ nghèo: 2%.\n"
    assert [f for _, f, _ in _read(text)] == ["actual", "actual"], _read(text)


def test_a_term_already_reviewed_by_the_documents_date():
    # dated 2021, after the term's last year: the list reviews it
    text = ("Ngày 15/3/2021\n\nCác chỉ tiêu chủ yếu nhiệm kỳ 2015-2020\n- Tỷ lệ che phủ rừng: 45%.\n")
    assert [f for _, f, _ in _read(text)] == ["actual"], _read(text)


@pytest.mark.parametrize("word", W.term_heading_targets)
def test_every_target_word(word):
    text = f"Các {word} nhiệm kỳ 2020-2025\n- Tỷ lệ che phủ rừng: 45%.\n"
    assert _read(text) == [(45.0, "target", "2020-2025")]


@pytest.mark.parametrize("word", W.term_heading_determiners)
def test_every_determiner(word):
    text = f"{word} chỉ tiêu nhiệm kỳ 2020-2025\n- Tỷ lệ che phủ rừng: 45%.\n"
    assert _read(text) == [(45.0, "target", "2020-2025")]


@pytest.mark.parametrize("word", W.term_heading_results)
def test_every_result_word(word):
    text = f"{word} các chỉ tiêu nhiệm kỳ 2020-2025\n- Tỷ lệ che phủ rừng: 45%.\n"
    assert [f for _, f, _ in _read(text)] == ["actual"], _read(text)


# --- a lead-in in a numbered item governs its item, not the items after it ------------------------
def test_an_items_lead_in_governs_its_item_only():
    text = ("Kết quả năm 2023:\n\n(1) Cơ cấu kinh tế đến năm 2022: nông nghiệp 40%.\n"
            "(2) Tỷ lệ lao động qua đào tạo: 20%.\n")
    assert [p for _, _, p in _read(text)] == ["2022", "2023"], _read(text)


def test_a_lead_in_over_its_sub_items_still_governs_them():
    # the lines after it are not its siblings (another list mark): it governs them
    text = "1. Năm 2022: tổng hợp như sau.\n- Tỷ lệ lao động qua đào tạo: 20%.\n"
    assert [p for _, _, p in _read(text)] == ["2022"], _read(text)


# --- a yearly rate to the new term's last year holds over the term -------------------------------
HA_GIANG = ("Sáng 28.9, tỉnh Hà Giang đã tiến hành khai mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ "
            "2015-2020.\n\nBáo cáo chính trị cũng xác định các chỉ tiêu chủ yếu đến năm 2020 như: Tổng sản phẩm "
            "trên địa bàn đạt tốc độ tăng bình quân từ 8%/năm trở lên; cơ cấu kinh tế thương mại - dịch vụ chiếm "
            "39%; thu ngân sách Nhà nước đạt 2.500 tỷ đồng.")
CONGRESS_2020 = ("Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025 diễn ra từ ngày 10 đến 12/8/2020.\n\n"
                 "Đại hội đề ra các chỉ tiêu chủ yếu đến năm 2025: giá trị sản xuất tăng bình quân 11,6%/năm; "
                 "thu nhập bình quân đầu người đạt 70 triệu đồng/người/năm; tỷ lệ che phủ rừng đạt 45%.")


def test_a_yearly_rate_to_the_terms_end_holds_over_the_term():
    # Hà Giang (infonet, 2015) and a district congress of 2020: the rate over the term; a share, a level
    # and an amount per person a year (negatives) hold at the horizon year
    assert _read(HA_GIANG) == [(8.0, "target", "2015-2020"), (39.0, "target", "2020"),
                               (2500e9, "target", "2020")]
    assert _read(CONGRESS_2020) == [(11.6, "target", "2020-2025"), (70e6, "target", "2025"),
                                    (45.0, "target", "2025")]


def test_a_yearly_rate_outside_a_congress_keeps_its_year():
    # no term the document opens: the horizon year stays
    text = "Kế hoạch phát triển đến năm 2025: giá trị sản xuất tăng bình quân 11,6%/năm."
    assert [p for _, _, p in _read(text)] == ["2025"], _read(text)
