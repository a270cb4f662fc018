"""The part of a plan a verb cuts, saves or sets aside is unattached, neither an achievement nor a level
(resolve/plan_shares.py): ``Các đơn vị tiết kiệm 10% dự toán chi thường xuyên`` was read as an achievement of 10%
named by the plan, ``cắt giảm 5% dự toán`` as 95% of it. The negatives: an achievement verb or no verb before the
percentage keeps the achievement (resolve/bare_plans.py), a saving in money stays its statement."""
import pytest

from baocao.resolve.plan_shares import PLAN_SHARE_REASON
from baocao.resolve.vocabulary import WORDS
from indicator_cases import kept, left_out


@pytest.mark.parametrize("text, fig", [
    ("Năm 2024, các đơn vị tiết kiệm 10% dự toán chi thường xuyên để thực hiện cải cách tiền lương.", "10%"),
    ("Năm 2024, huyện cắt giảm 5% dự toán chi thường xuyên.", "5%"),
    ("Năm 2024, các xã trích 10% kế hoạch vốn cho dự phòng.", "10%"),
    ("Năm 2024, ngân sách tỉnh dành trên 30% dự toán cho các công trình chuyển tiếp.", "trên 30%"),
])
def test_a_plan_s_part_a_verb_takes_is_unattached(text, fig):
    left_out(text, fig, PLAN_SHARE_REASON)


@pytest.mark.parametrize("text, value", [
    # 209 (Cao Bằng, a district council's report), 214 (Hà Tĩnh, a district portal), the contract's examples
    ("Năm 2017, hoàn thành 100% chỉ tiêu trồng rừng phân tán; thu ngân sách trên địa bàn đạt 1,2 tỷ đồng.", 100.0),
    ("Năm 2022, thu tại xã 40% kế hoạch.", 40.0),
    ("Năm 2023, tổng thu ngân sách nhà nước ước trên 58,55% dự toán tỉnh giao.", 58.55),
    ("Năm 2024, chi thường xuyên tiết kiệm được 120 tỷ đồng, đạt 105% dự toán.", 1.2e11),
    ("Năm 2024, chi thường xuyên tiết kiệm được 120 tỷ đồng, đạt 105% dự toán.", 105.0),
    # a verb of paying out: an advance is a disbursement, the achievement of a plan of capital
    ("Năm 2024, đến nay đã giải ngân, tạm ứng 52,3% kế hoạch vốn đầu tư công.", 52.3),
    # "cát" (sand) is no "cắt" (cut): the verbs are matched with their diacritics
    ("Năm 2024, sản lượng khai thác cát 110% kế hoạch năm.", 110.0),
    # a percentage after the verb and before no plan stays what the other rules read
    ("Năm 2024, tỷ lệ tiết kiệm điện đạt 10%.", 10.0),
])
def test_an_achievement_or_an_amount_stays(text, value):
    kept(text, value)


def test_every_verb_makes_its_share_unattached():
    for verb in WORDS.plan_share_verbs:
        left_out(f"Năm 2024, các đơn vị {verb} 10% dự toán chi thường xuyên.", "10%", PLAN_SHARE_REASON)
