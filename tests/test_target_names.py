"""A target word inside a name frames nothing (issue 17): the name of a programme (``Chương trình mục
tiêu quốc gia``), an office (``Sở Kế hoạch và Đầu tư``) or a plan's money (``kế hoạch vốn``) is no target
framing, as a target word before a figure, a lead-in, a target list or a section (``target_name_heads``,
``target_name_tails`` in resolve/data/indicators.yaml). Cases are shortened sentences of dev documents of
several publishers (131 Đại Đoàn Kết, 137 Hòa Bình's portal, 139 Báo An Giang) and general report forms;
negatives say a target word outside a name still frames its figures."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import inds


def framings(text):
    return [(i.value, i.framing) for i in inds(text)]


@pytest.mark.parametrize("text,want", [
    # 131: a programme carried out opens the sentence; the district's results are actual
    ("Thực hiện Chương trình mục tiêu quốc gia về xây dựng nông thôn mới (NTM), đến nay, huyện Ia Grai đạt "
     "được 161 tiêu chí NTM, bình quân mỗi xã đạt 13,4 tiêu chí.", [(161, "actual"), (13.4, "actual")]),
    # 137: the programme named in a clause ending with a colon: no lead-in of targets
    ("Trên cơ sở nội dung Chương trình mục tiêu Quốc gia xây dựng nông thôn mới, huyện Đà Bắc tổ chức rà soát "
     "và so sánh với bộ tiêu chí nông thôn mới: Năm 2011 trung bình mỗi xã đạt 2,68 tiêu chí; thu nhập "
     "trung bình các xã đạt 11,21 triệu đồng.", [(2.68, "actual"), (11210000, "actual")]),
    # 139: the money of a plan of capital is the capital allocated
    ("Toàn huyện có 128 công trình đầu tư xây dựng theo kế hoạch vốn 154,269 tỷ đồng.",
     [(128, "actual"), (154269000000, "actual")]),
    # an office's name
    ("Trong năm, Sở Kế hoạch và Đầu tư đã cấp đăng ký cho 1.250 doanh nghiệp thành lập mới.",
     [(1250, "actual")]),
    # a section named after a programme
    ("III. CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO\n\nNăm 2023, toàn huyện giải ngân 45 tỷ đồng.",
     [(45000000000, "actual")]),
])
def test_a_target_word_in_a_name_frames_nothing(text, want):
    assert framings(text) == want


@pytest.mark.parametrize("text,want", [
    # the target words themselves, outside a name
    ("Mục tiêu đến năm 2025, tỷ lệ hộ nghèo giảm còn 3%.", [(3, "target")]),
    ("Kế hoạch năm 2024, thu ngân sách trên địa bàn 1.500 tỷ đồng.", [(1500000000000, "target")]),
    # a programme carried out, then a target word of its own
    ("Thực hiện Chương trình mục tiêu quốc gia về xây dựng nông thôn mới, huyện phấn đấu có thêm 3 xã đạt "
     "chuẩn.", [(3, "target")]),
    # "kế hoạch" before other words than a tail: a lead-in of targets
    ("Kế hoạch năm 2024 đề ra:\n- Tốc độ tăng trưởng kinh tế 7%.", [(7, "target")]),
])
def test_a_target_word_outside_a_name_still_frames(text, want):
    assert framings(text) == want


@pytest.mark.parametrize("head", load("indicators").target_name_heads)
def test_every_name_head(head):
    text = f"Thực hiện {head} mục tiêu năm nay, toàn tỉnh giải ngân 120 tỷ đồng."
    assert framings(text) == [(120000000000, "actual")]
    # negative: the word alone is a target
    assert framings("Thực hiện mục tiêu năm nay, phấn đấu giải ngân 120 tỷ đồng.") == [(120000000000, "target")]


@pytest.mark.parametrize("tail", load("indicators").target_name_tails)
def test_every_name_tail(tail):
    assert [f for _, f in framings(f"Năm 2023, kế hoạch {tail} thu ngân sách 120 tỷ đồng.")] == ["actual"]
    # negative: without the tail the plan frames its figure
    assert framings("Năm 2023, kế hoạch thu ngân sách 120 tỷ đồng.") == [(120000000000, "target")]
