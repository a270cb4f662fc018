"""A lead-in whose colon ends its paragraph governs the list items set out after it, each its own paragraph
(``…, trong năm 2019, phát triển kinh tế - xã hội trên địa bàn tỉnh ước tính đạt được những kết quả chủ yếu
sau:`` / ``1. Tổng sản phẩm … tăng 9,72% …;`` / ``2. …``: dev 416, Hưng Yên on the MPI site; the same layout of a
lead-in's list in 021 Bến Tre, 089 and 147 Bình Định, 206 Hải Dương, 294 Ninh Bình), to the first paragraph that
is no item of the same mark (resolve/lead_in_items.py). Negatives: prose after the colon, an item of another
mark, a heading item followed by prose."""
import pytest

from baocao.resolve.lead_in_items import item_paragraphs_end, sibling_items
from indicator_cases import inds

BODY = ("Ngày 14/01/2020\n\nTình hình kinh tế - xã hội cả năm 2019 tỉnh Hưng Yên\n\n"
        + "Thực hiện nhiệm vụ năm 2019 trong bối cảnh kinh tế thế giới tăng trưởng chậm lại. " * 8 + "\n\n")


def framings(text):
    return [(i.value, i.framing) for i in inds(text)]


def test_the_items_after_a_lead_in_ending_its_paragraph_are_its_own():
    text = BODY + ("Với sự nỗ lực của các cấp, trong năm 2019, kinh tế - xã hội của tỉnh ước tính đạt được những "
                   "kết quả chủ yếu sau:\n\n1. Tổng sản phẩm trên địa bàn tỉnh tăng 9,72% so với năm 2018;\n\n"
                   "2. Cơ cấu kinh tế: Nông, lâm nghiệp và thủy sản 8,44%;\n\n"
                   "3. Tổng vốn đầu tư phát triển đạt 34.726 tỷ đồng, tăng 10,11%;\n\n"
                   "Năm 2018, sản lượng lúa đạt 120.000 tấn.")
    got = framings(text)
    assert [f for v, f in got if v in (9.72, 8.44, 34726e9)] == ["estimate"] * 3
    assert [f for v, f in got if v == 120000] == ["actual"]


@pytest.mark.parametrize("after", [
    "Tổng sản phẩm trên địa bàn tỉnh tăng 9,72% so với năm 2018.",       # prose, no item
    "1. Kinh tế\n\nTổng sản phẩm trên địa bàn tỉnh tăng 9,72% so với năm 2018.",   # a heading item, then prose
    "- Kinh tế ổn định;\n\n1. Tổng sản phẩm trên địa bàn tỉnh tăng 9,72% so với năm 2018.",   # another mark
])
def test_what_is_no_item_of_the_list_is_not_governed(after):
    text = BODY + "Trong năm 2019, kinh tế của tỉnh ước tính đạt được những kết quả chủ yếu sau:\n\n" + after
    assert [f for v, f in framings(text) if v == 9.72] == ["actual"]


def test_the_run_of_items():
    t = "Kết quả ước tính như sau:\n\n1. GRDP tăng 9%;\n\n2. Thu ngân sách 15 tỷ đồng.\n\nNăm 2020, GRDP tăng 7%."
    assert t[:item_paragraphs_end(t, t.index(":"))].endswith("15 tỷ đồng.")
    t = "Kết quả ước tính như sau: GRDP tăng 9%;\n\n1. Thu ngân sách 15 tỷ đồng."
    assert item_paragraphs_end(t, t.index(":")) is None       # no blank line right after the colon
    t = "Kết quả ước tính như sau:\n1. GRDP tăng 9%;"
    assert item_paragraphs_end(t, t.index(":")) is None       # its own paragraph goes on: governed as before


def test_a_lead_in_in_an_item_governs_its_item_only():
    t = "(2) Thu nhập đến năm 2025: 45 triệu đồng.\n(3) Tỷ lệ hộ nghèo: 2%."
    assert sibling_items(t, 0, t.index(":"), t.index("\n"))


@pytest.mark.parametrize("lead", [
    # a target word that names the plan the results are read against: the items are results
    "Kết quả thực hiện các chỉ tiêu kế hoạch năm 2019 như sau:",
    "Tình hình thực hiện kế hoạch năm 2019:",
    "So với mục tiêu Nghị quyết, kết quả đạt được:",
    "Về thực hiện các mục tiêu của Nghị quyết Đại hội:",
])
def test_a_lead_in_naming_the_plan_of_its_results_frames_no_items_as_targets(lead):
    text = BODY + (lead + "\n\n1. Tổng sản phẩm trên địa bàn tỉnh tăng 9,72% so với năm 2018;\n\n"
                   "2. Tổng vốn đầu tư phát triển đạt 34.726 tỷ đồng, tăng 10,11%.")
    assert [f for v, f in framings(text) if v in (9.72, 34726e9)] == ["actual"] * 2
