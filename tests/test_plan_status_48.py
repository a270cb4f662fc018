"""The status a statement reached against its plan, written in a clause of its own after a comma with no
percentage (issue 17, session 48; resolve/plan_status.py): ``…, vượt kế hoạch đề ra và …``, ``…, đạt mục tiêu
Nghị quyết đề ra``, ``…, vượt 50 triệu USD so với kế hoạch``. The shape of dev 095 (Báo điện tử ĐCSVN), 179 (Báo
Gia Lai), 181 (a district portal of Bắc Giang), 212 (Kon Tum), 280 (Truyền hình Vĩnh Long), 297 (VietNamNet) and
371 (Hưng Yên); the sentences are written anew. Negatives: a target, a clause of another subject, an
achievement's percentage, a plan set (``đặt``)."""
import pytest

import baocao
from baocao.resolve._rules import load

W = load("indicators")


def statuses(text):
    return [i.status for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text,want", [
    # the clause runs on into a rank, whose lead takes it from the figure's tail
    ("Năm 2024, tổng sản phẩm trên địa bàn tỉnh ước tăng 8,2%, vượt kế hoạch đề ra và đứng thứ 5/63 tỉnh, "
     "thành phố.", ["vượt"]),
    # "đạt" before a plan base, after the statement's comparison base
    ("Năm 2019, giá trị sản xuất đạt 2.350 tỷ đồng, tăng 6,4% so với năm 2018, đạt mục tiêu Nghị quyết đề ra.",
     ["đạt"]),
    ("Năm 2020, tổng giá trị sản xuất các ngành đạt trên 512 tỷ đồng, đạt kế hoạch đề ra.", ["đạt"]),
    # an excess in the statement's unit
    ("Năm 2015, kim ngạch xuất khẩu đạt 320 triệu USD, vượt 20 triệu USD so với kế hoạch.", ["vượt"]),
    ("Năm 2022, sản lượng lương thực ước đạt 52.130 tấn, vượt 310,5 tấn so với kế hoạch.", ["vượt"]),
    # a rate that fell, then the targets' base with its words
    ("Cuối năm 2019, tỷ lệ hộ nghèo còn 12,4%, giảm 3,1% so với năm 2018, vượt chỉ tiêu Nghị quyết đề ra.",
     ["vượt"]),
    ("Năm 2018, thu ngân sách đạt 410 tỷ đồng, hoàn thành kế hoạch giao.", ["đạt"]),
])
def test_a_status_written_in_its_own_clause(text, want):
    assert statuses(text) == want


@pytest.mark.parametrize("text", [
    # the clause after "và" is another subject's
    "Năm 2024, GRDP tăng 7% so với cùng kỳ và thu hút đầu tư đạt khá, đạt kế hoạch.",
    # a target reaches its plan as a goal: no status from "đạt"
    "Năm 2025, phấn đấu thu ngân sách đạt 600 tỷ đồng, đạt kế hoạch tỉnh giao.",
    # a plan set, though "đặt" folds as "đạt"
    "Năm 2024, thu ngân sách đạt 500 tỷ đồng, đặt kế hoạch năm 2025 tăng 10%.",
    # another figure between
    "Năm 2024, thu ngân sách đạt 500 tỷ đồng, chi ngân sách 300 tỷ đồng, đạt kế hoạch.",
])
def test_no_status_from_another_clause(text):
    assert statuses(text)[0] is None


def test_an_achievement_still_gives_the_status():
    assert statuses("Năm 2024, thu ngân sách đạt 500 tỷ đồng, đạt 92% kế hoạch.") == ["chưa đạt"]


@pytest.mark.parametrize("entry", W.plan_reached_status)
def test_every_plan_reached_status_word(entry):
    for word in entry.words:
        text = f"Năm 2020, thu ngân sách đạt 512 tỷ đồng, {word} kế hoạch đề ra."
        assert statuses(text) == [entry.status], word
