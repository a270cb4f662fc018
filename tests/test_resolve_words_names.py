"""Every word that decides an indicator's name from outside its lead (resolve/data/indicators.yaml:
inherit_name_leads, action_verbs, actions_at_end, count_units, name_heads, head_cuts, anaphora_words, whole_verbs, excluding_words) makes the difference it is listed for, and not where it is not."""
import pytest

import baocao
from baocao.resolve._rules import load

W = load("indicators")


def _named(text):
    return [(i.name, i.value) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("word", W.inherit_name_leads)
def test_every_inherit_name_lead_measures_the_statement_before(word):
    got = _named(f"Khu vực dịch vụ đạt 78,1 triệu đồng, tăng 4,4%, {word} 1,2 điểm phần trăm.")
    assert [n for n, _ in got] == ["Khu vực dịch vụ", "Khu vực dịch vụ"]
    assert [v for _, v in got] == [78.1e6, 1.2]


@pytest.mark.parametrize("word", W.inherit_name_leads)
def test_an_inherit_name_lead_with_a_name_of_its_own_names_nothing_else(word):
    # more words than the lead: a name of its own, never the statement before's
    got = _named(f"Khu vực dịch vụ tăng 4,4%; {word} tỷ lệ tăng trưởng khu vực dịch vụ 1,2 điểm phần trăm.")
    assert got[0][0] == "Khu vực dịch vụ" and got[1][0] != "Khu vực dịch vụ"


def test_an_inherit_name_lead_with_no_statement_before_names_nothing():
    assert _named("Đóng góp 1,2 điểm phần trăm.") in ([], [("Đóng góp", 1.2)])


@pytest.mark.parametrize("verb", W.action_verbs)
def test_every_action_verb_gives_the_name_to_the_phrase_after(verb):
    got = _named(f"Đến ngày 15/5, toàn tỉnh đã {verb} được 37.664,28 ha cây hoa màu các loại.")
    assert [v for _, v in got] == [37664.28] and "cây hoa màu các loại" in got[0][0]


@pytest.mark.parametrize("verb", W.action_verbs)
def test_every_action_verb_with_nothing_after_takes_the_label(verb):
    got = _named(f"Lúa đông xuân: toàn tỉnh {verb} được 9.820,03 ha, giảm 0,94% so với cùng kỳ.")
    assert got == [("Lúa đông xuân", 9820.03)]


@pytest.mark.parametrize("verb", W.actions_at_end)
def test_every_action_at_end_after_what_it_was_done_to_ends_no_name(verb):
    # 085 (Điện Biên): "Ngô gieo trồng được 231 ha, …; lạc gieo trồng được 54,01 ha"; 070 (Gia Lai):
    # "Cây hàng năm vụ Đông Xuân 2023-2024 toàn tỉnh đã gieo trồng được 81.195,1 ha"
    got = _named(f"Các loại cây hàng năm khác: Ngô {verb} được 231 ha, tăng 11,27%; lạc {verb} được 54,01 ha.")
    assert got == [("Ngô", 231), ("lạc", 54.01)]
    got = _named(f"Cây hàng năm vụ Đông Xuân 2023-2024 toàn tỉnh đã {verb} được 81.195,1 ha, vượt 3,08% so "
                 "với kế hoạch.")
    assert got == [("Cây hàng năm vụ Đông Xuân", 81195.1)]


@pytest.mark.parametrize("verb", W.actions_at_end)
def test_an_action_at_end_after_a_name_head_or_a_time_is_no_thing_done_to(verb):
    assert _named(f"Diện tích {verb} đạt 500 ha.") == [(f"Diện tích {verb}", 500)]
    assert _named(f"Tổng diện tích lúa {verb} được 500 ha.") == [(f"Tổng diện tích lúa {verb}", 500)]
    # 032 (Bạc Liêu): a time, then who did it
    got = _named(f"Ước đến cuối tháng 6 toàn tỉnh {verb} 57.369 ha.")
    assert [v for _, v in got] == [57369] and got[0][0] != "cuối"


def test_an_action_whose_object_follows_the_figure_keeps_its_subject_out_of_the_name():
    # "thu hút" is no action at the end: its object follows ("Thái Nguyên đã thu hút 150 dự án")
    assert "thu hút" in W.action_verbs and "thu hút" not in W.actions_at_end
    got = _named("Năm 2024, trung bình mỗi năm đã thu hút trên 15.000 lượt khách.")
    assert got and got[0][0] != "trung bình mỗi năm"


def test_a_verb_the_tagger_reads_leaves_a_label_alone():
    # "Cơ cấu kinh tế: Công nghiệp, xây dựng 54,6%": a name the tagger may read as verbs keeps itself
    got = _named("Cơ cấu kinh tế: Công nghiệp, xây dựng 54,6%; dịch vụ 36,5%.")
    assert got[0] == ("Công nghiệp, xây dựng", 54.6)


@pytest.mark.parametrize("head", W.name_heads)
def test_every_name_head_after_a_clause_and_a_comma_opens_the_name(head):
    got = _named(f"Thời tiết thuận lợi cho cây trồng, {head} lúa vụ mùa đạt 500 tấn.")
    assert got == [(f"{head} lúa vụ mùa", 500)]


@pytest.mark.parametrize("head", W.name_heads)
def test_a_name_head_after_a_list_of_names_opens_nothing(head):
    got = _named(f"Tổng mức bán lẻ hàng hóa, {head} lúa vụ mùa đạt 500 tấn.")
    assert got == [(f"Tổng mức bán lẻ hàng hóa, {head} lúa vụ mùa", 500)]


@pytest.mark.parametrize("verb", W.head_cuts)
def test_every_head_cut_before_a_name_head_ends_the_clause(verb):
    got = _named(f"Các loại rau màu vụ mùa {verb} năng suất trung bình đạt 234,78 tạ/ha.")
    assert got == [("năng suất trung bình", 234.78)]


@pytest.mark.parametrize("verb", W.head_cuts)
def test_a_head_cut_before_no_name_head_cuts_nothing(verb):
    got = _named(f"Dư nợ {verb} vay hộ nghèo đạt 1.200 tỷ đồng.")
    assert got == [(f"Dư nợ {verb} vay hộ nghèo", 1200e9)]


@pytest.mark.parametrize("word", W.anaphora_words)
def test_every_anaphora_word_points_back_to_the_topic(word):
    got = _named(f"Về lạm phát cơ bản (CPI sau khi loại trừ lương thực), tháng 12 chỉ số {word} tăng 0,11%.")
    assert got == [("lạm phát cơ bản", 0.11)]


@pytest.mark.parametrize("word", W.anaphora_words)
def test_an_anaphora_word_with_no_topic_changes_nothing(word):
    assert _named(f"Tháng 12 chỉ số {word} tăng 0,11%.") == [(f"chỉ số {word}", 0.11)]


@pytest.mark.parametrize("verb", W.whole_verbs)
def test_every_whole_verb_leaves_a_count_named_by_what_it_counts(verb):
    got = _named(f"Đại hội có 250 đại biểu chính thức {verb} 2.631 đảng viên trong toàn Đảng bộ huyện.")
    assert got == [("đảng viên", 2631)]


def test_a_verb_that_changes_a_count_stays_in_its_name():
    assert _named("Năm 2024, toàn huyện kết nạp 40 đảng viên mới.") == [("kết nạp đảng viên mới", 40)]


@pytest.mark.parametrize("word", W.excluding_words)
def test_every_excluding_word_keeps_its_parenthesis_in_the_name(word):
    got = _named(f"Chỉ số sản xuất công nghiệp ({word} dầu thô và khí đốt) tăng 6,25%.")
    assert got == [(f"Chỉ số sản xuất công nghiệp ({word} dầu thô và khí đốt)", 6.25)]


def test_an_explaining_parenthesis_at_the_end_of_a_name_is_dropped():
    assert _named("Chỉ số sản xuất công nghiệp (IIP) tăng 6,25%.") == [("Chỉ số sản xuất công nghiệp", 6.25)]


@pytest.mark.parametrize("word", W.breakdown_labels)
def test_every_breakdown_label_names_nothing(word):
    got = _named(f"Tổng sản phẩm ước tăng 8,01%. {word[0].upper() + word[1:]} quý: sơ bộ quý I tăng 8,80%.")
    assert got[0] == ("Tổng sản phẩm", 8.01) and all(n != f"{word[0].upper() + word[1:]} quý" for n, _ in got)


def test_a_label_that_is_no_breakdown_still_names():
    assert _named("Lĩnh vực Cư trú: 6.145/6.145 trường hợp.")[0][0] == "Lĩnh vực Cư trú"


def test_a_long_clause_before_a_colon_names_nothing_from_inside_it():
    # a label is short: in a longer segment it starts after a comma, or there is none; never in a word
    long = ("Tốc độ tăng trưởng GRDP thuộc nhóm cao trong vùng Tây Nguyên, tuy nhiên bình quân qua các "
            "giai đoạn có xu hướng giảm dần, trong đó: giai đoạn 2002-2020 đạt 10,18%/năm.")
    assert all("ây Nguyên" not in n for n, _ in _named(long))
    assert _named("Sau nhiều năm triển khai đồng bộ các giải pháp của toàn tỉnh và các huyện, "
                  "Lĩnh vực Cư trú: 6.145/6.145 trường hợp.")[0][0] == "Lĩnh vực Cư trú"


@pytest.mark.parametrize("n", range(0, 160, 7))
def test_a_label_never_starts_inside_a_word(n):
    text = ("Kết quả thực hiện rất tốt của nhiều địa phương " * 4)[:n] + " hồ sơ: 6.145/6.145 trường hợp."
    for i in baocao.parse(text).indicators:
        if i.name_start is not None and i.name_start > 0:
            assert not (text[i.name_start - 1].isalnum() and text[i.name_start].isalnum()), i.name


def test_a_subordinate_count_keeps_its_whole_word():
    # "thuộc" ends the phrase after a count ("2.631 đảng viên thuộc 48 …"), not inside "trực thuộc"
    assert _named("Hiện có 45 chi bộ trực thuộc.") == [("chi bộ trực thuộc", 45)]
    assert _named("Đại hội có 250 đại biểu thay mặt 2.631 đảng viên thuộc 48 tổ chức cơ sở đảng.")[0] == (
        "đảng viên", 2631)


@pytest.mark.parametrize("word", W.keep_at_end)
def test_every_word_kept_at_the_end_of_a_name(word):
    assert _named(f"Tổng diện tích cây {word} đạt 15.866 ha.") == [(f"Tổng diện tích cây {word}", 15866)]
    assert _named(f"Sản lượng cây {word} tăng 2,5%/năm.")[0][0] == f"Sản lượng cây {word}"


@pytest.mark.parametrize("opener", ["Trong đó", "Riêng", "Toàn tỉnh", "Trên địa bàn huyện"])
def test_an_enumeration_after_an_opener_without_a_comma_is_the_whole_name(opener):
    # "Trong đó khu vực nông, lâm nghiệp, thủy sản đạt …": the filler or period is no piece, what follows is
    got = _named(f"{opener} khu vực nông, lâm nghiệp, thủy sản đạt 1.198,4 tỷ đồng, tăng 2,94%.")
    assert got[0] == ("khu vực nông, lâm nghiệp, thủy sản", 1198.4e9)


@pytest.mark.parametrize("text, name", [
    ("Trong đó, lâm nghiệp tăng 3%.", "lâm nghiệp"),                                  # only the opener
    ("Năm 2024, lâm nghiệp tăng 3%.", "lâm nghiệp"),                                  # only a period
    ("Trong đó các doanh nghiệp đầu tư mạnh, lâm nghiệp tăng 3%.", "lâm nghiệp"),    # a clause, not a piece
    ("Trên địa bàn tỉnh, lâm nghiệp tăng 3%.", "lâm nghiệp"),                        # a place, not a piece
    ("Trên địa bàn huyện Côn Đảo, lâm nghiệp tăng 3%.", "lâm nghiệp"),
    ("Nâng tổng số bản, lâm nghiệp tăng 3%.", "lâm nghiệp"),                         # a verb, not an opener
])
def test_what_stands_before_an_opener_led_piece_is_no_piece(text, name):
    assert _named(text) == [(name, 3)]


@pytest.mark.parametrize("unit", W.count_units)
def test_every_count_unit_after_a_place_that_did_something_names_the_count(unit):
    # 078 (Báo Hòa Bình): "Đến nay xã Trung Hòa (Tân Lạc) chỉ đạt 6/19 tiêu chí, …"; 072 (Lắk district
    # portal): "…, đến nay, toàn huyện đạt 100/190 tiêu chí."
    got = _named(f"Đến nay xã Trung Hòa (Tân Lạc) chỉ đạt 6/19 {unit}, thu nhập bình quân đầu người đạt 15 triệu "
                 "đồng.")
    assert got == [(unit, 6), ("thu nhập bình quân đầu người", 15e6)]
    assert _named(f"Toàn huyện đạt 100/190 {unit}.") == [(unit, 100)]


def test_a_count_unit_after_a_name_leaves_the_name():
    # no place before the verb: the name before the figure names it, not the unit
    assert _named("Bình quân số tiêu chí đạt chuẩn của các xã đạt 16,5 tiêu chí.") == [
        ("Bình quân số tiêu chí đạt chuẩn của các xã", 16.5)]
