"""A change against a plan base (``tăng X% so với chỉ tiêu``) read as an achievement or as points over a
target (resolve/achieve_points.py), and the figures after it (issue 17). Cases are real sentences of the
dev corpus (shortened) from several publishers; the negatives keep a rate's points and a change of the
same period in the achievement's statement."""
import pytest

from indicator_cases import inds, one


@pytest.mark.parametrize("text,ach", [
    # 166 (Bà Rịa - Vũng Tàu's paper, a district congress): no level, an amount's name
    ("Tổng thu ngân sách Nhà nước tăng hơn 61% so với chỉ tiêu Nghị quyết.", 161),
    # 145 (a district's site in Hải Dương, a congress's targets)
    ("Trong đó, phấn đấu thu ngân sách hằng năm tăng từ 5% trở lên so với kế hoạch tỉnh giao.", 105),
    # 014 (Gia Lai's broadcaster): after a level, as before
    ("Thu ngân sách đạt 165,51 tỷ đồng, tăng 42,27% so với chỉ tiêu Nghị quyết.", 142.27),
])
def test_an_amount_above_its_plan_is_an_achievement(text, ach):
    i = one(text)
    assert (i.achievement_pct, i.margin) == (pytest.approx(ach), None)
    assert i.status == (None if i.framing == "target" else "vượt")     # a target's is a goal


@pytest.mark.parametrize("text,margin", [
    # 004 (a district's report): after a rate, points over the target
    ("Nâng số trường đạt chuẩn lên 33/37, đạt 89,18%, tăng 5,85% so với Nghị quyết Đại hội.", 5.85),
    # no level, a rate's or a growth's name: points, never 100 + X
    ("Tỷ lệ hộ nghèo giảm 2% so với chỉ tiêu Nghị quyết.", -2),
    ("Tốc độ tăng trưởng kinh tế tăng 1,2% so với kế hoạch.", 1.2),
])
def test_a_rate_above_its_plan_is_points(text, margin):
    i = inds(text)[0]
    assert (i.margin, i.achievement_pct) == (margin, None)


def test_an_achievement_after_a_change_joined_by_and():
    # 168 (Cao Bằng's statistics office): "và tăng 4,71% so với kế hoạch" after the level's change
    i = one("Tổng sản lượng lương thực có hạt vụ đông xuân năm 2022 đạt 124.966 tấn, giảm 0,08% hay giảm 96 tấn"
            " so cùng vụ năm trước và tăng 4,71% so với kế hoạch.")
    assert (i.value, i.change, i.direction) == (124966, 0.08, "giảm")
    assert (i.achievement_pct, i.status) == (pytest.approx(104.71), "vượt")


def test_a_change_joined_by_and_stays_a_change():
    # 026-like: "…, bằng 48,68% diện tích gieo trồng và giảm 11,33%": no plan base, the change
    i = inds("Diện tích lúa đạt 12.718 ha, bằng 48,68% diện tích gieo trồng và giảm 11,33% so với cùng kỳ.")[0]
    assert (i.value, i.change, i.achievement_pct) == (12718, 11.33, None)


def test_a_yearly_average_after_an_achievement_is_a_statement_of_its_own():
    # 166: the term's achievement, then the yearly average growth over the term
    first, second = inds("Tổng thu ngân sách Nhà nước tăng hơn 61% so với chỉ tiêu Nghị quyết, tăng bình quân hơn"
                         " 10%/năm; thu nhập bình quân đầu người hơn 59 triệu đồng/người/năm.")[:2]
    assert (first.value, first.achievement_pct) == (None, 161)
    assert (second.name, second.value, second.measure, second.direction, second.achievement_pct) == (
        "Tổng thu ngân sách Nhà nước", 10, "growth", "tăng", None)


def test_a_change_of_the_same_period_after_an_achievement_is_its_value():
    # 107 (Bình Thuận's statistics office): "đạt 64,81% dự toán năm, tăng 14,66% so với cùng kỳ năm trước"
    i = one("Thu ngân sách ước đạt 64,81% dự toán năm, tăng 14,66% so với cùng kỳ năm trước.")
    assert (i.value, i.measure, i.achievement_pct) == (14.66, "growth", 64.81)


# --- a bare percentage after "đạt"/"vượt" beside an achievement against a plan (plan_amounts) ----------
@pytest.mark.parametrize("text,fig,ach", [
    # 164 (Bình Thuận's council, a district's session): "ngân sách", "đầu tư xây dựng cơ bản"
    ("Nông nghiệp sản xuất ổn định; giá trị đầu tư xây dựng cơ bản đạt 58%; Thu ngân sách nhà nước vượt 3%; Cấp"
     " giấy chứng nhận quyền sử dụng đất đạt 89,1% chỉ tiêu tỉnh giao cả năm.", "58%", 58),
    ("Nông nghiệp sản xuất ổn định; giá trị đầu tư xây dựng cơ bản đạt 58%; Thu ngân sách nhà nước vượt 3%; Cấp"
     " giấy chứng nhận quyền sử dụng đất đạt 89,1% chỉ tiêu tỉnh giao cả năm.", "3%", 103),
    # 141 (Cao Bằng's council site): the plan written in the clause before
    ("Trong đó, vốn đầu tư trong cân đối ngân sách địa phương giải ngân đạt hơn 20% kế hoạch; nguồn vốn ngân sách"
     " Trung ương giải ngân đạt gần 30%.", "gần 30%", 30),
    # "giải ngân" and "vốn" alone
    ("Các dự án giao thông giải ngân đạt 45%; các dự án thủy lợi đạt 60% kế hoạch.", "45%", 45),
    ("Nguồn vốn sự nghiệp đạt 40%; chi thường xuyên đạt 70% dự toán.", "40%", 40),
])
def test_a_bare_percentage_of_a_plan_amount_beside_an_achievement(text, fig, ach):
    i = next(i for i in inds(text) if any(text[s:e] == fig for s, e in i.figures))
    assert (i.value, i.unit, i.achievement_pct) == (None, None, ach)


@pytest.mark.parametrize("text,fig,value", [
    # 004 (a district's report, a footnote): an index's score beside an achievement is no achievement
    ("³ Năm 2023 đạt 196,55% dự toán tỉnh giao; Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế"
     " - xã hội của huyện năm 2023 đạt 89,608%;", "89,608%", 89.608),
    # a rate's and a growth's name
    ("Tỷ lệ giải ngân vốn đầu tư công đạt 45%; thu ngân sách đạt 105% dự toán.", "45%", 45),
    # 160 (Hà Nam's district portal)
    ("Tốc độ tăng trưởng kinh tế trên địa bàn ước đạt 14%; thu ngân sách đạt 105% dự toán.", "14%", 14),
    # no achievement against a plan in the sentence: the form is not read as one
    ("Giải ngân vốn đầu tư công đạt 45%. Thu ngân sách đạt 105% dự toán.", "45%", 45),
    # something after the figure in its clause
    ("Thu ngân sách nhà nước đạt 12% so với cùng kỳ; chi ngân sách đạt 90% dự toán.", "12%", 12),
])
def test_a_percentage_that_is_no_bare_achievement(text, fig, value):
    found = [i for i in inds(text) if any(text[s:e] == fig for s, e in i.figures)]
    assert all(i.achievement_pct is None for i in found), [(i.name, i.achievement_pct) for i in found]
    assert [i.value for i in found] == [value]


# --- a bare percentage after "đạt"/"vượt" of revenue collected (revenue_amounts) --------------------------
@pytest.mark.parametrize("text,fig,ach,base", [
    # 391 (a district's portal in Hải Phòng): a comma ends the clause; the plan is in the paragraph before
    ("Đáng kể là tốc độ tăng trưởng GDP đạt 14,25%, nguồn thu ngân sách ngoài quốc doanh đạt 231%, thuế chuyển"
     " quyền sử dụng đất đạt 302,5%, tổng số vốn đầu tư phát triển hạ tầng đạt 396,2 tỷ đồng.", "231%", 231, "dự toán"),
    ("Đáng kể là tốc độ tăng trưởng GDP đạt 14,25%, nguồn thu ngân sách ngoài quốc doanh đạt 231%, thuế chuyển"
     " quyền sử dụng đất đạt 302,5%, tổng số vốn đầu tư phát triển hạ tầng đạt 396,2 tỷ đồng.", "302,5%", 302.5,
     "dự toán"),
    # 405 (Cần Thơ's television): the plan base written in the sentence before, in its paragraph
    ("Giá trị sản xuất thương mại dịch vụ đạt trên 57,86% kế hoạch. Sản xuất nông nghiệp – lâm sản – thủy sản đạt"
     " trên 516 tỷ đồng; tổng thu ngân sách đạt 65,5%.", "65,5%", 65.5, "kế hoạch"),
    # 384 (Báo Đầu tư, a provincial congress): "vượt" → 100 + X
    ("Năng suất lao động bình quân tăng 10,9%, thu ngân sách vượt 25,2%, tổng vốn đầu tư toàn xã hội đạt gần"
     " 83.000 tỷ đồng.", "25,2%", 125.2, "dự toán"),
    # "thu nội địa" as a clause's first words
    ("Thu nội địa đạt 93,4%; chi thường xuyên bảo đảm.", "93,4%", 93.4, "dự toán"),
])
def test_a_bare_percentage_of_revenue_is_its_achievement(text, fig, ach, base):
    i = next(i for i in inds(text) if any(text[s:e] == fig for s, e in i.figures))
    assert (i.value, i.unit, i.achievement_pct, i.achievement_base) == (None, None, pytest.approx(ach), base)


@pytest.mark.parametrize("text,fig,value", [
    # a rate of revenue, a growth of revenue, a comparison after it: no achievement
    ("Tỷ lệ thu ngân sách đạt 45%.", "45%", 45),
    ("Thu ngân sách tăng 12%, chi ngân sách giảm 3%.", "12%", 12),
    ("Thu ngân sách nhà nước đạt 12% so với cùng kỳ.", "12%", 12),
    # revenue that is no clause's first words ("trong đó thu ngân sách" inside a growth's name)
    ("Tốc độ tăng trưởng thu ngân sách đạt 15%, chi ngân sách bảo đảm.", "15%", 15),
    # income, a tax's rate (revenue_not_amounts), rent ("thuê", which folds as "thuế" does): no revenue
    ("Năm 2023, tổng thu nhập bình quân của hộ nông dân đạt 45%, cao hơn năm trước.", "45%", 45),
    ("Năm 2023, nguồn thu nhập từ cây cà phê đạt 60%, còn lại từ cây ăn quả.", "60%", 60),
    ("Năm 2023, thuế suất thuế giá trị gia tăng đạt 8%, thấp hơn năm trước.", "8%", 8),
    ("Năm 2023, diện tích đã cho thuê đạt 1.200 ha, thuê đất đạt 75%, còn lại 400 ha.", "75%", 75),
    # the product taxes of the output, a part of its growth
    ("Năm 2023, tăng trưởng kinh tế đạt 8,5%, trong đó dịch vụ đạt 7,8%, thuế sản phẩm trừ trợ cấp đạt 6,5%.",
     "6,5%", 6.5),
])
def test_a_percentage_of_revenue_that_is_no_achievement(text, fig, value):
    found = [i for i in inds(text) if any(text[s:e] == fig for s, e in i.figures)]
    assert all(i.achievement_pct is None for i in found), [(i.name, i.achievement_pct) for i in found]
    assert [i.value for i in found] == [value]


# --- a target's achievement is a goal: no status unless one is written -----------------------------------
@pytest.mark.parametrize("text,ach", [
    # 110 (Đà Nẵng's paper, a commune congress's targets)
    ("Đại hội thông qua nghị quyết nhiệm kỳ mới với các chỉ tiêu cụ thể: giao quân hằng năm đạt 100% chỉ tiêu.", 100),
    # 145 (a district's site in Hải Dương)
    ("Trong đó, phấn đấu thu ngân sách hằng năm tăng từ 5% trở lên so với kế hoạch tỉnh giao.", 105),
    # 148 (Gia Lai's district portal, a list of the term's targets)
    ("Phấn đấu đến năm 2025: Tuyển chọn, gọi công dân nhập ngũ hàng năm đạt 100% chỉ tiêu.", 100),
])
def test_a_targets_achievement_has_no_status(text, ach):
    i = one(text)
    assert (i.framing, i.achievement_pct, i.status) == ("target", ach, None)


def test_a_results_achievement_keeps_its_status():
    # 164: a result, read from the achievement; 003 (Cao Bằng): a status written
    assert one("Cấp giấy chứng nhận quyền sử dụng đất đạt 89,1% chỉ tiêu tỉnh giao cả năm.").status == "chưa đạt"
    assert one("Thu ngân sách Nhà nước vượt 26,81% so với kế hoạch.").status == "vượt"


@pytest.mark.parametrize("text,ach", [
    # an excess with its base and no level is 100 + X, as after a level (099: "… ước đạt 18.230 tỷ đồng, vượt
    # 18% dự toán"; 003: "thu ngân sách Nhà nước vượt 26,81% so với kế hoạch"), never X with status vượt
    ("Thu ngân sách nhà nước vượt 18% dự toán.", 118),
    ("Thu ngân sách Nhà nước vượt 26,81% so với kế hoạch.", 126.81),
    # a percentage of 100 or more after "vượt" is the achievement as written
    ("Thu ngân sách nhà nước vượt 118% dự toán.", 118),
])
def test_an_excess_without_a_level(text, ach):
    i = one(text)
    assert (i.value, i.achievement_pct, i.status) == (None, pytest.approx(ach), "vượt")
