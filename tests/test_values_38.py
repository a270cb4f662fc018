"""Values an analyst can trust (session 38): a figure the rules read as part of another statement never
gives that statement a different value; a form they do not understand gives no record or an unattached
one, never another figure's value."""
import re

import pytest

from baocao.resolve._rules import load
from indicator_cases import inds, parsed

W = load("indicators")


def _values(text):
    return [(i.name, i.value, i.unit, i.change) for i in inds(text)]


# --- a share after a contribution in points is a statement of its own (188, and the genre's grammar) ---

def test_a_share_after_a_contribution_in_points_is_its_own_value():
    # 188 (Bình Phước statistics office): the share was held by the contribution, whose value 0.1 was then
    # read as the share's
    t = ("Thuế sản phẩm trừ trợ cấp sản phẩm đạt 1.994,9 tỷ đồng, tăng 1,67% so với năm 2021, đóng góp 0,1 "
         "điểm phần trăm vào tăng trưởng GRDP của tỉnh, chiếm 4,02% trong GRDP.")
    got = [(i.value, i.unit) for i in inds(t)]
    assert got == [(1994.9e9, "VND"), (0.1, "điểm phần trăm"), (4.02, "%")]


def test_a_share_after_a_sector_contribution_is_its_own_value():
    t = "Khu vực dịch vụ tăng 4,4%, đóng góp 1,2 điểm phần trăm vào mức tăng chung, chiếm 38,9% trong GRDP."
    assert [(i.value, i.unit) for i in inds(t)] == [(4.4, "%"), (1.2, "điểm phần trăm"), (38.9, "%")]


@pytest.mark.parametrize("text, value", [
    ("Toàn tỉnh có 9.604 hộ nghèo, chiếm tỷ lệ 3,14%.", 9604),                    # a count's share: held
    ("Diện tích lúa đạt 12.718 ha, bằng 48,68% diện tích gieo trồng.", 12718),     # a ratio of the level
    ("Thu nhập bình quân đạt 62,6 triệu đồng (tương đương 2.675 USD).", 62.6e6),  # another currency
])
def test_a_restatement_after_a_count_or_amount_stays_held(text, value):
    assert [i.value for i in inds(text)] == [value]


# --- a percentage change after a growth in percent is another growth, never the first one's change ---

@pytest.mark.parametrize("text, first, second", [
    # 096 (Kiên Giang): the growth in value was read as the change of the growth in volume
    ("Xuất khẩu gạo tăng 34,12% về sản lượng, tăng 51,66% về giá trị.", 34.12, 51.66),
    # r01/r02 (statistics offices' year reports): passengers carried and passenger-kilometres
    ("Vận tải hành khách đạt 90 triệu lượt người, lần lượt tăng 6,01% về lượt người vận chuyển và tăng "
     "5,47% về lượt người luân chuyển so với cùng kỳ năm 2023.", 6.01, 5.47),
    ("Vận tải hàng hóa lần lượt tăng 7,40% về tấn hàng hóa vận chuyển và tăng 7,98% về tấn.km hàng hóa "
     "luân chuyển.", 7.40, 7.98),
])
def test_a_second_growth_in_percent_is_no_change_of_the_first(text, first, second):
    found = inds(text)
    growths = [i.value for i in found if i.unit == "%"]
    assert growths == [first, second], _values(text)
    assert all(i.change is None for i in found if i.unit == "%"), _values(text)


@pytest.mark.parametrize("text, value, change", [
    ("Doanh thu vận tải đạt 85 tỷ đồng, tăng 6,09% so với cùng kỳ.", 85e9, 6.09),    # a level's change
    ("Kim ngạch xuất khẩu tăng 7,5%, đạt 838,7 triệu USD.", 838.7e6, 7.5),            # change, then level
    ("Tỷ lệ hộ nghèo giảm 1,2%, từ 5,2% xuống 4%.", 4.0, 1.2),                        # change, then levels
    ("Tổng sản phẩm tăng 6,5%, đóng góp 1,2 điểm phần trăm.", 6.5, None),             # points: its own
])
def test_a_change_of_a_level_is_still_read(text, value, change):
    assert (inds(text)[0].value, inds(text)[0].change) == (value, change)


def test_two_rates_against_two_bases_stay_two_statements():
    t = "Chỉ số sản xuất công nghiệp tăng 11,35% so với tháng trước và giảm 11,68% so với cùng kỳ."
    assert [(i.name, i.value, i.change) for i in inds(t)] == [
        ("Chỉ số sản xuất công nghiệp", 11.35, None), ("Chỉ số sản xuất công nghiệp", 11.68, None)]


# --- a plan in a parenthesis after the status reached is the growth's target, never its change ---

@pytest.mark.parametrize("word", W.plan_status_words)
def test_every_plan_status_word(word):
    t = f"Tổng sản phẩm tăng 6,5% so với cùng kỳ năm trước ({word} kế hoạch đề ra tăng 7%)."
    assert [(i.value, i.target, i.change) for i in inds(t)] == [(6.5, 7.0, None)]


def test_the_plan_after_its_status_in_a_year_report():
    # r01 (a statistics office's year report)
    t = ("Tổng sản phẩm trên địa bàn tỉnh (GRDP) năm 2024 ước tính tăng 7,70% so với cùng kỳ năm trước "
         "(đạt kế hoạch đề ra tăng từ 7,5-8%).")
    assert [(i.value, i.target, i.change) for i in inds(t)] == [(7.7, 7.5, None)]


def test_an_achievement_in_a_parenthesis_is_no_plan():
    found = inds("Tổng sản phẩm tăng 6,5% so với cùng kỳ (đạt 95% kế hoạch).")
    assert [i.target for i in found] == [None]


# --- property: every record's value is written in one of its own figures ---

_LEVELS = ["đạt 1.994,9 tỷ đồng", "có 9.604 hộ", "đạt 12.718 ha", "tăng 34,12%", "ước đạt 5,8 triệu lượt khách"]
_AFTER = ["tăng 1,67%", "đóng góp 0,1 điểm phần trăm", "chiếm 4,02% trong GRDP", "tăng 51,66% về giá trị",
          "bằng 48,68% diện tích", "giảm 120 hộ", "vượt 5%", "(kế hoạch tăng 9%)", "xếp thứ 3 cả nước",
          "đạt 95% kế hoạch", "cao hơn 1,04% so với cùng kỳ", "(năm 2021 tăng 2,5%)"]
_NUMBER = re.compile(r"\d+(?:\.\d{3})*(?:,\d+)?")


def _numbers(text):
    return {float(n.replace(".", "").replace(",", ".")) for n in _NUMBER.findall(text)}


@pytest.mark.parametrize("level", _LEVELS)
@pytest.mark.parametrize("after", _AFTER)
def test_a_value_is_always_one_of_its_own_figures(level, after):
    t = f"Chỉ tiêu A {level}, {after}, {_AFTER[0]}."
    found, _ = parsed(t)
    for i in found:
        own = set().union(*(_numbers(t[s:e]) for s, e in i.figures))
        scaled = {v * m for v in own for m in (1, 1e3, 1e6, 1e9)}
        assert i.value is None or any(abs(i.value - v) < 1e-6 * max(1, v) for v in scaled), (
            t, i.name, i.value, [t[s:e] for s, e in i.figures])
        first = t[i.figures[0][0]:i.figures[0][1]] if i.figures else ""
        # the value is read from the record's first figure, or from a level after its change
        assert i.value is None or i.value in {v * m for v in _numbers(first) for m in (1, 1e3, 1e6, 1e9)} \
            or i.change is not None, (t, i.name, i.value, [t[s:e] for s, e in i.figures])


# --- a photo caption whose last sentence says the photo only illustrates restates the article ---

@pytest.mark.parametrize("note", W.caption_illustration_notes)
def test_every_caption_illustration_note(note):
    from baocao.resolve.captions import caption_lines
    t = f"Thu ngân sách đạt 5 tỷ đồng.\nToàn tỉnh đã thu hút được 108 dự án đầu tư. {note.capitalize()}."
    assert [t[a:b] for a, b in caption_lines(t)] == [t.splitlines()[1]]
    assert caption_lines(f"Thu ngân sách đạt 5 tỷ đồng.\nTỉnh đã in 108 {note}.") == []


@pytest.mark.parametrize("source", W.caption_sources)
def test_every_caption_source_after_an_illustration_note(source):
    from baocao.resolve.captions import caption_lines
    t = ("Thu ngân sách đạt 5 tỷ đồng.\nToàn tỉnh đã thu hút được 108 dự án đầu tư. Ảnh chỉ mang tính minh họa. "
         f"{source.capitalize()} Internet")
    assert [t[a:b] for a, b in caption_lines(t)] == [t.splitlines()[1]]


def test_a_data_source_alone_makes_no_caption():
    from baocao.resolve.captions import caption_lines
    assert caption_lines("Thu ngân sách đạt 5 tỷ đồng.\nTỉnh thu hút 108 dự án. Nguồn: Cục Thống kê.") == []


def test_the_captions_of_an_fdi_article_are_left_out():
    # 185 (Báo Đấu thầu, Bắc Ninh): two identical captions restate the lead's 108 projects
    lead = ("Tính từ đầu năm đến ngày 20/10/2021, toàn tỉnh Bắc Ninh đã thu hút được 108 dự án đầu tư trực tiếp "
            "nước ngoài (FDI) đăng ký cấp mới.")
    cap = ("Từ đầu năm đến ngày 20/10/2021, toàn tỉnh Bắc Ninh đã thu hút được 108 dự án đầu tư trực tiếp nước "
           "ngoài. Ảnh chỉ mang tính minh họa. Nguồn Internet")
    found, loose = parsed(f"{lead}\n{cap}\n\n{cap}\n")
    assert [i.value for i in found] == [108] and [u.text for u in loose] == ["108 dự án", "108 dự án"]


@pytest.mark.parametrize("text", [
    "Khu vực I tăng 10,25%, cao hơn mức tăng 1,04% so với cùng kỳ năm trước.",
    "Chỉ số giá tiêu dùng tăng 3,2%, thấp hơn mức tăng 0,5% so với cùng kỳ.",
])
def test_a_difference_from_a_compared_rate_is_held_and_no_change(text):
    found = inds(text)
    assert len(found) == 1 and found[0].change is None, _values(text)


@pytest.mark.parametrize("text, value, change", [
    # 004 (Điện Biên, a district's political report): a rate's level, then its yearly change
    ("Đến năm 2025, tỷ lệ hộ nghèo giảm còn 12,58%, bình quân giảm 6,37%/năm.", 12.58, 6.37),
    ("Tỷ lệ lao động qua đào tạo tăng lên 70%, bình quân tăng 2,5%/năm.", 70, 2.5),
])
def test_a_rate_that_changed_to_its_level_keeps_its_change(text, value, change):
    assert [(i.value, i.change) for i in inds(text)] == [(value, change)]


def test_a_change_after_a_plan_reached_stays_the_change():
    # the status and the plan, then the statement's own change: no plan rate
    t = "Thu ngân sách đạt 500 tỷ đồng (đạt kế hoạch năm, tăng 10% so với cùng kỳ)."
    assert [(i.value, i.target, i.change) for i in inds(t)] == [(500e9, None, 10.0)]
