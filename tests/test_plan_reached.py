"""A percentage right before a plan base, after words that name nothing of their own, in the clause of a
statement's level, is that statement's achievement whatever the verb (resolve/plan_reached.py): shapes of the
genre dev documents 260 (Ban Tuyên giáo Đức Trọng, `mới đạt 31,7% KH`), 297 (VietNamNet, `và hoàn thành 100% kế
hoạch giao`) and 372 (60s Hôm Nay, `chiếm 13,4% kế hoạch`), in sentences of our own. Negatives: a share of a
whole that is no plan, a target of its own, a figure named by its own words, a plan with a name of its own.
And the share word after `chiếm` right after a level (`chiếm tỷ trọng 29,05%`, dev 382) is the level's share, as
`chiếm 26,78%` is (equal_words)."""
import pytest

import baocao


def indicators(text):
    return [i for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text,ach,status", [
    ("Giá trị sản xuất công nghiệp ước 150 tỷ đồng, mới đạt 42,5% KH.", 42.5, "chưa đạt"),
    ("Sản lượng lương thực đạt 12.000 tấn và hoàn thành 100% kế hoạch giao.", 100, "đạt"),
    ("Vốn đầu tư công giải ngân được 320 tỷ đồng, chiếm 21,6% kế hoạch, thấp hơn năm trước.", 21.6, "chưa đạt"),
    ("Tổng thu ngân sách đạt 812 tỷ đồng, chỉ đạt 47% dự toán.", 47, "chưa đạt"),
])
def test_an_achievement_after_a_verb_of_any_kind_is_the_levels(text, ach, status):
    found = indicators(text)
    assert len(found) == 1
    assert (found[0].achievement_pct, found[0].achievement_base, found[0].status) == (ach, "kế hoạch" if "dự toán"
                                                                                       not in text else "dự toán", status)
    assert found[0].value is not None and found[0].unit != "%"


@pytest.mark.parametrize("text", [
    # a share of a whole that is no plan stays a share, held by the level
    "Giải ngân vốn đầu tư công đạt 763,3 tỷ đồng, chiếm 13,4% tổng vốn.",
    # a plan with a name of its own after the percentage
    "Vốn đầu tư đạt 500 tỷ đồng, chiếm 30% kế hoạch vốn của tỉnh.",
    # another indicator named by its own words, or by a verb that names it
    "Thu ngân sách đạt 400 tỷ đồng, tiến độ giải ngân đạt 30% kế hoạch.",
    "Thu ngân sách đạt 400 tỷ đồng, giải ngân 30% kế hoạch.",
    # after the end of the level's clause
    "Thu ngân sách đạt 400 tỷ đồng; hoàn thành 100% kế hoạch giao.",
])
def test_no_achievement_of_the_level(text):
    first = indicators(text)[0]
    assert (first.achievement_pct, first.status) == (None, None)


@pytest.mark.parametrize("text,ach", [
    # the dev sentences themselves, which plan_names left unattached before
    ("- Tổng giá trị kim ngạch xuất khẩu ước 20 triệu USD, mới đạt 31,7% KH.", 31.7),
    ("Kim ngạch xuất khẩu đạt 1,6 tỷ Đô la Mỹ và hoàn thành 100% kế hoạch giao.", 100),
])
def test_no_longer_unattached_as_named_by_its_plan(text, ach):
    report = baocao.parse(text)
    assert [i.achievement_pct for i in report.indicators if i.kind == "indicator"] == [ach]
    assert not [u for u in report.unattached if u.text.endswith("%")]


def test_a_target_of_its_own_stays_a_target_with_no_status():
    found = indicators("Thu ngân sách đạt 400 tỷ đồng, phấn đấu hoàn thành 100% kế hoạch năm.")
    assert (found[0].achievement_pct, found[0].status, found[0].framing) == (None, None, "actual")
    assert all(i.status is None for i in found)
    assert [i.framing for i in found[1:]] == ["target"]


def test_the_share_word_after_chiem_is_the_levels_share():
    text = ("Tổng sản phẩm ước đạt 24.042 tỷ đồng; trong đó: khu vực nông, lâm nghiệp ước đạt 6.983 tỷ đồng, chiếm "
            "tỷ trọng 29,05%; khu vực công nghiệp, xây dựng ước đạt 6.438 tỷ đồng, chiếm 26,78%.")
    found = indicators(text)
    assert [(i.name, i.value, len(i.figures)) for i in found] == [
        ("Tổng sản phẩm", 24042e9, 1), ("khu vực nông, lâm nghiệp", 6983e9, 2),
        ("khu vực công nghiệp, xây dựng", 6438e9, 2)]
    # a subject before "chiếm tỷ trọng" still names its share
    share = indicators("Trong đó, khu vực dịch vụ chiếm tỷ trọng 40%.")
    assert [(i.name, i.value, i.measure) for i in share] == [("khu vực dịch vụ", 40, "share")]
