"""A figure named only by a plan word (``KH``, ``kế hoạch giao``) is the plan of the statement before it, no
indicator of its own: it is left unattached with its reason. Cases from the genre dev documents 300 (Tây Ninh's
portal: ``(KH 2023: 18-19%; 46-47%; 29 - 30%)``), 260 (Lâm Đồng, Đức Trọng: ``mới đạt 31,7% KH``) and 297
(Bình Định: ``hoàn thành 100% kế hoạch giao``), and negatives: a name with other words than the plan's. The last
two, in the clause of a level, are that level's achievement now (resolve/plan_reached.py): tested there."""
import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.plan_names import PLAN_NAME_REASON, plan_only_name

W = load("indicators")


def parsed(text):
    r = baocao.parse(text)
    return ([(i.name, i.value) for i in r.indicators if i.kind == "indicator"],
            [(u.text, u.reason) for u in r.unattached])


@pytest.mark.parametrize("text,loose", [
    ("Tỷ trọng nông - lâm - thủy sản; công nghiệp - xây dựng; dịch vụ trong GRDP theo giá hiện hành ước đạt "
     "17,7% - 45,3% - 32,1% (KH 2023: 18-19%; 46-47%; 29 - 30%).", ["18-19%", "46-47%", "29 - 30%"]),
])
def test_a_figure_named_by_a_plan_word_is_unattached(text, loose):
    named, unattached = parsed(text)
    assert all(not plan_only_name(n) for n, _ in named) and named
    assert [t for t, r in unattached if r == PLAN_NAME_REASON] == loose


@pytest.mark.parametrize("word", [*W.plan_words, *W.plan_only_words])
def test_every_plan_word_alone_is_no_name(word):
    assert plan_only_name(word) and plan_only_name(f"{word} 2023:")
    assert not plan_only_name(f"{word} vốn đầu tư công")


@pytest.mark.parametrize("text,value", [
    ("Kế hoạch vốn đầu tư công năm 2023 được giao là 500 tỷ đồng.", 500e9),
    ("Tổng kế hoạch vốn đầu tư phân bổ trong 6 tháng đầu năm 2016 gần 144 tỷ đồng.", 144e9),
    ("Giá trị sản xuất ngành CN-TTCN ước đạt 2.002 tỷ đồng, đạt 50,1 % KH, tăng 7,3% so với cùng kỳ.", 2002e9),
])
def test_a_name_with_other_words_stays_a_statement(text, value):
    named, unattached = parsed(text)
    assert value in [v for _, v in named]
    assert all(r != PLAN_NAME_REASON for _, r in unattached)


def test_a_plan_word_far_before_the_figure_leaves_the_statement():
    # the plan word opens the sentence of a target whose name the rules cut short: still a statement
    named, unattached = parsed("Nghị quyết đề ra mục tiêu năm 2023 thu ngân sách đạt 500 tỷ đồng.")
    assert 500e9 in [v for _, v in named]
    assert all(r != PLAN_NAME_REASON for _, r in unattached)
