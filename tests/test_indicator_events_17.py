"""Figures about the event or the place's make-up are no indicators (issue 17, resolve/events.py): vote
shares, the size of a body elected, participants and sites of the event, the administrative units a
place is made of. Cases are real sentences of the dev corpus (shortened) and of the reports without gold;
the negatives say that the indicators next to these forms stay indicators."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.resolve._rules import load
from baocao.resolve.events import EVENT_REASON, MAKE_UP_REASON
from indicator_cases import kept, left_out, parsed

W = load("indicators")


# --- vote shares ------------------------------------------------------------------------------------
def test_a_vote_share_after_only_cung_voi_ty_le_in_an_election_sentence():
    # 008 (Hà Tĩnh, dangcongsan.vn)
    left_out("Cũng với tỷ lệ 100%, các đồng chí: Trần Tiến Hưng, Chủ tịch UBND tỉnh và đồng chí Trần Thế Dũng, "
             "Trưởng ban Tổ chức Tỉnh ủy được bầu giữ chức Phó Bí thư Tỉnh ủy khóa XIX.", "100%", EVENT_REASON)


@pytest.mark.parametrize("verb", W.vote_verbs)
def test_every_vote_verb(verb):
    left_out(f"Đồng chí Nguyễn Văn An {verb} với tỷ lệ 98,5%.", "98,5%", EVENT_REASON)


@pytest.mark.parametrize("noun", W.vote_nouns)
def test_every_vote_noun(noun):
    left_out(f"Đồng chí Nguyễn Văn An giữ chức Bí thư với 98,5% {noun}.", "98,5%", EVENT_REASON)


@pytest.mark.parametrize("word", W.vote_words)
def test_every_vote_word(word):
    left_out(f"Với tỷ lệ 98,5%, đồng chí Nguyễn Văn An {word} chức Chủ tịch.", "98,5%", EVENT_REASON)


@pytest.mark.parametrize("text,value", [
    ("Tỷ lệ hộ nghèo còn 3,1%.", 3.1),
    ("Năm 2023, 100% xã có đường ô tô đến trung tâm.", 100),
    # a rate in a sentence of an election is still a rate when a phrase names it
    ("Đại hội tán thành mục tiêu: tỷ lệ đô thị hóa đạt 45%.", 45),
    # 036 (Đồng Tháp): an achievement after "đạt", no vote
    ("Tổng thu ngân sách nhà nước trên địa bàn đạt 100% dự toán.", 100),
])
def test_rates_beside_the_vote_forms_stay_indicators(text, value):
    kept(text, value)


def test_a_rate_after_only_voi_ty_le_outside_an_election_is_no_vote():
    _, loose = parsed("Với tỷ lệ 98,5%, tỉnh dẫn đầu khu vực.")
    assert EVENT_REASON not in [u.reason for u in loose]


# --- the size of a body elected -----------------------------------------------------------------------
@pytest.mark.parametrize("text,fig", [
    # 073 (Bắc Giang, doisongphapluat.com)
    ("Tại Đại hội, các đại biểu nghe thông báo kết quả phiên họp thứ nhất và bầu Ban Thường vụ Thành ủy gồm "
     "13 người.", "13 người"),
    # 019 (Kon Tum, svhttdl) with its count in people
    ("Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khoá XVI gồm 50 người.", "50 người"),
])
def test_the_size_of_a_body_elected(text, fig):
    left_out(text, fig, EVENT_REASON)


@pytest.mark.parametrize("word", W.committee_words)
@pytest.mark.parametrize("verb", W.committee_verbs)
def test_every_committee_word_and_verb(word, verb):
    left_out(f"Đại hội {verb} {word} khóa mới gồm 13 người.", "13 người", EVENT_REASON)


@pytest.mark.parametrize("verb", W.committee_verbs)
def test_an_election_verb_right_before_a_count_of_people(verb):
    left_out(f"Hội nghị {verb} 11 người.", "11 người", EVENT_REASON)


@pytest.mark.parametrize("text,value", [
    # r03 (a national party report): members of a committee trained, a count of the year
    ("Năm 2023 bồi dưỡng kiến thức cho đối tượng 1 và 2 (Uỷ viên Ban Chấp hành Trung ương Đảng, phó bí thư, "
     "chủ tịch hội đồng nhân dân, uỷ ban nhân dân là 286 người).", 286),
    ("Năm 2023, toàn tỉnh kết nạp 120 đảng viên mới.", 120),
    ("Năm 2023, toàn tỉnh giải quyết việc làm cho 12.500 người.", 12500),
])
def test_counts_of_people_that_are_no_election_stay_indicators(text, value):
    kept(text, value)


# --- participants and sites of the event -------------------------------------------------------------
@pytest.mark.parametrize("text,fig", [
    # 026 (Bắc Ninh, dangcongsan.vn)
    ("HĐND tỉnh Bắc Ninh tổ chức Kỳ họp thứ Mười bẩy (bất thường) theo hình thức trực tuyến với 42 điểm cầu.",
     "42 điểm"),
    # 049 (Bắc Kạn, nongthuong.vn)
    ("Tuần Văn hóa – Du lịch diễn ra với nhiều điểm nhấn như màn “Múa bát” với 1.000 người biểu diễn.",
     "1.000 người"),
    ("Lễ khai mạc gắn với Ngày hội múa Bát người Tày với sự tham gia của 1.000 người.", "1.000 người"),
])
def test_participants_and_sites_of_the_event(text, fig):
    left_out(text, fig, EVENT_REASON)


@pytest.mark.parametrize("noun", W.event_nouns)
@pytest.mark.parametrize("lead", W.event_sites_leads)
def test_every_event_noun_and_site_lead(noun, lead):
    inds, loose = parsed(f"Hội nghị được tổ chức trực tuyến {lead} 42 {noun}.")
    assert inds == [] and loose and all(u.reason == EVENT_REASON for u in loose)


@pytest.mark.parametrize("word", W.performing_words)
@pytest.mark.parametrize("unit", W.people_units)
def test_every_performing_word_after_a_count_of_people(word, unit):
    left_out(f"Chương trình có 500 {unit} {word}.", f"500 {unit}", EVENT_REASON)


@pytest.mark.parametrize("lead", W.participation_leads)
def test_every_participation_lead(lead):
    left_out(f"Lễ hội diễn ra với {lead} 800 người.", "800 người", EVENT_REASON)


@pytest.mark.parametrize("text,value", [
    # p02 (a provincial administrative-reform report): the sites of a system, no event
    ("Năm 2024, hoàn thành hệ thống Hội nghị truyền hình trực tuyến kết nối 248 điểm cầu.", 248),
    ("Năm 2023, toàn tỉnh có 1.200 người tham gia bảo hiểm xã hội tự nguyện.", 1200),
])
def test_counts_beside_the_event_forms_stay_indicators(text, value):
    kept(text, value)


# --- the place's administrative make-up ----------------------------------------------------------------
HAIPHONG = ("Hải Phòng là đô thị loại 1 cấp quốc gia gồm 7 quận (Ngô Quyền, Hồng Bàng, Lê Chân, Dương Kinh, Đồ Sơn, "
            "Kiến An và Hải An), 6 huyện ngoại thành (Thuỷ Nguyên, An Lão, Kiến Thụy, Tiên Lãng, Vĩnh Bảo) và 2 huyện "
            "đảo (Cát Hải, Bạch Long Vĩ) với 223 xã, phường và thị trấn.")


@pytest.mark.parametrize("fig", ["6 huyện", "2 huyện", "223 xã"])
def test_the_administrative_make_up_of_the_place(fig):
    # 016 (Hải Phòng, cafef.vn)
    left_out(HAIPHONG, fig, MAKE_UP_REASON)


@pytest.mark.parametrize("unit", W.administrative_units)
def test_every_administrative_unit(unit):
    # a unit the extractors read makes a figure; every unit is a link of the enumeration
    left_out(f"Vùng gồm 12 {unit} với 30 xã.", "30 xã", MAKE_UP_REASON)
    left_out(f"Vùng gồm 12 huyện, {unit} với 30 xã.", "30 xã", MAKE_UP_REASON)


@pytest.mark.parametrize("lead", W.make_up_leads)
def test_every_make_up_lead(lead):
    left_out(f"Vùng {lead} 12 huyện.", "12 huyện", MAKE_UP_REASON)


@pytest.mark.parametrize("text,fig", [
    # 137 (Hòa Bình's portal): the whole and its parts in a parenthesis
    ("Đà Bắc có diện tích tự nhiên là 77.796,07 ha, với 20 đơn vị hành chính (19 xã, 01 thị trấn), dân số "
     "54.989 người.", "20 đơn vị"),
    ("Đà Bắc có diện tích tự nhiên là 77.796,07 ha, với 20 đơn vị hành chính (19 xã, 01 thị trấn), dân số "
     "54.989 người.", "19 xã"),
    ("Huyện có 15 đơn vị hành chính (14 xã và 1 thị trấn).", "15 đơn vị"),
    ("Tỉnh có 12 huyện (8 huyện miền núi, 4 huyện đồng bằng), với tổng diện tích 3.000 km2.", "12 huyện"),
])
def test_a_make_up_broken_down_in_a_parenthesis(text, fig):
    left_out(text, fig, MAKE_UP_REASON)


@pytest.mark.parametrize("text,fig", [
    # 149 (Hậu Giang, a district portal): the whole, then its parts after "gồm:"
    ("Huyện có 10 đơn vị hành chính, gồm: 01 thị trấn và 09 xã, được chia thành 75 ấp, với diện tích tự nhiên "
     "23.022 ha.", "10 đơn vị"),
    ("Huyện có 10 đơn vị hành chính, gồm: 01 thị trấn và 09 xã, được chia thành 75 ấp, với diện tích tự nhiên "
     "23.022 ha.", "09 xã"),
    # 016 (Hải Phòng, cafef.vn) written with the whole first and a colon after the lead
    ("Thành phố có 15 đơn vị hành chính cấp huyện, bao gồm: 7 quận, 6 huyện và 2 huyện đảo.", "15 đơn vị"),
    ("Thành phố có 15 đơn vị hành chính cấp huyện, bao gồm: 7 quận, 6 huyện và 2 huyện đảo.", "6 huyện"),
])
def test_a_make_up_broken_down_after_a_lead(text, fig):
    left_out(text, fig, MAKE_UP_REASON)


DIENBIEN = "Điện Biên có mật độ dân số thưa: 57 người/ km2. Tỉnh có 8 huyện, 1 TP thuộc tỉnh, 1 Thị xã, 130 xã, phường, thị trấn."
HUNGYEN = ("Sau khi hợp nhất 2 tỉnh, tỉnh Hưng Yên mới có 104 đơn vị hành chính cấp xã (93 xã, 11 phường; trong đó: "
           "tỉnh Hưng Yên cũ có 33 xã và 6 phường, tỉnh Thái Bình cũ có 60 xã và 5 phường). Trước tình hình đó, các "
           "cấp đã vào cuộc.")


@pytest.mark.parametrize("text,fig", [
    # 152 (Điện Biên, the planning ministry's summary of the province)
    (DIENBIEN, "8 huyện"), (DIENBIEN, "130 xã"),
    # r02 (Hưng Yên's report, no gold): the whole broken down to a semicolon, then each old province's units
    (HUNGYEN, "104 đơn vị"), (HUNGYEN, "93 xã"), (HUNGYEN, "33 xã"), (HUNGYEN, "60 xã"),
])
def test_a_unit_that_has_counts_of_units_only_is_make_up(text, fig):
    left_out(text, fig, MAKE_UP_REASON)


@pytest.mark.parametrize("verb", W.make_up_verbs)
def test_every_make_up_verb(verb):
    left_out(f"Huyện Krông Pắc {verb} 15 xã và 1 thị trấn.", "15 xã", MAKE_UP_REASON)
    kept(f"Đến nay, huyện {verb} 12 xã.", 12)   # one count alone may be what the paragraph counts


@pytest.mark.parametrize("word", W.make_up_subject_words)
def test_every_make_up_subject_word(word):
    left_out(f"Năm 2020, tỉnh Hậu Giang {word} có 8 huyện, thị xã, 75 xã, phường.", "8 huyện", MAKE_UP_REASON)


@pytest.mark.parametrize("text,value", [
    # 004 (a district party report), 094 (Đồng Tháp): counts that did something
    ("Toàn huyện hiện có 10 xã, 2 thị trấn được phủ sóng truyền hình vệ tinh.", 10),
    ("Năm 2023, huyện có 12 xã, 3 thị trấn đạt chuẩn nông thôn mới.", 12),
    # not a unit that opens its clause; a parenthesis that says something else than units
    ("Số xã đạt chuẩn tăng nhanh, toàn tỉnh đến nay có 56 xã, 3 huyện.", 56),
    ("Huyện có 15 xã (3 xã đạt chuẩn; 2 xã đạt chuẩn nâng cao).", 15),
    ("Đến nay, huyện có 12 xã.", 12),
])
def test_counts_after_a_verb_of_having_that_are_no_make_up_stay(text, value):
    kept(text, value)


@pytest.mark.parametrize("text,fig", [
    # 106 (Bình Định's portal, a table cell): the units named after a colon
    ("Cơ cấu hành chính | Thành phố Quy Nhơn, thị xã An Nhơn và 9 huyện: Tuy Phước, Phù Cát, Phù Mỹ, Hoài Nhơn, "
     "Hoài Ân, An Lão, Tây Sơn, Vân Canh, Vĩnh Thạnh. |", "9 huyện"),
    # 137 (Hòa Bình's portal) and 016 (Hải Phòng) as a list of names
    ("Huyện Đà Bắc có 20 đơn vị hành chính: Tu Lý, Cao Sơn, Hào Lý và Đà Bắc.", "20 đơn vị"),
    ("Hải Phòng có 2 huyện đảo: Cát Hải và Bạch Long Vĩ.", "2 huyện"),
])
def test_a_count_of_units_named_one_by_one_is_make_up(text, fig):
    left_out(text, fig, MAKE_UP_REASON)


@pytest.mark.parametrize("text,value", [
    # the names followed by what the units did, or parts that did something: indicators
    ("Năm 2023, có thêm 3 xã: Tân Hòa, Tân Lập, Tân Phú đạt chuẩn nông thôn mới.", 3),
    ("Huyện có 10 xã, gồm 5 xã đạt chuẩn nông thôn mới.", 5),
    ("Đến nay, toàn huyện có 4 xã đạt chuẩn: Tân Hòa, Tân Lập, Tân Phú và Tân Bình.", 4),
])
def test_units_named_or_broken_down_that_did_something_stay_indicators(text, value):
    kept(text, value)


@pytest.mark.parametrize("lead", W.make_up_parts_leads)
def test_every_make_up_parts_lead(lead):
    left_out(f"Huyện {lead} 15 đơn vị hành chính (14 xã, 1 thị trấn).", "15 đơn vị", MAKE_UP_REASON)
    # negative: a parenthesis that says something else than units, or a count that did something
    kept(f"Huyện {lead} 15 xã (tăng 2 xã so với năm 2020).", 15)
    kept(f"Năm 2023, huyện {lead} 5 xã (3 xã, 2 phường) đạt chuẩn nông thôn mới.", 5)


@pytest.mark.parametrize("qualifier", W.make_up_qualifiers)
def test_every_make_up_qualifier(qualifier):
    left_out(f"Tỉnh gồm 9 huyện {qualifier} với 140 xã.", "140 xã", MAKE_UP_REASON)
    left_out(f"Tỉnh gồm 9 huyện {qualifier} với 140 xã.", "9 huyện", MAKE_UP_REASON)


@pytest.mark.parametrize("text,value", [
    # 094 (Đồng Tháp, a district portal), 087 (Cao Bằng, a district portal)
    ("Đến nay toàn huyện có 9 xã đạt chuẩn nông thôn mới.", 9),
    ("Đến nay, toàn huyện có 02 xã đạt chuẩn Nông thôn mới là xã Cao Chương và xã Quang Hán.", 2),
    # 004 (a district party report)
    ("Toàn huyện hiện có 10 xã, thị trấn được phủ sóng truyền hình vệ tinh.", 10),
    ("Năm 2024, toàn tỉnh có 60/82 xã đạt chuẩn nông thôn mới.", 60),
])
def test_counts_of_units_that_did_something_stay_indicators(text, value):
    kept(text, value)


PREDICATES = ["đạt chuẩn nông thôn mới", "có đường ô tô đến trung tâm", "được phủ sóng truyền hình",
              "hoàn thành phổ cập giáo dục"]


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 999), st.sampled_from(["xã", "huyện", "phường", "thị trấn", "xã, thị trấn"]),
       st.sampled_from(["gồm", "bao gồm", "có"]), st.sampled_from(PREDICATES))
def test_a_count_of_units_followed_by_what_they_did_is_never_make_up(n, unit, lead, predicate):
    _, loose = parsed(f"Năm 2024, toàn huyện {lead} {n} {unit} {predicate}.")
    assert MAKE_UP_REASON not in [u.reason for u in loose]


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 99), st.integers(100, 999), st.sampled_from(["gồm", "bao gồm"]))
def test_an_enumeration_of_units_after_gom_is_make_up(districts, communes, lead):
    text = f"Tỉnh {lead} {districts} huyện, thị xã với {communes} xã, phường và thị trấn."
    inds, loose = parsed(text)
    assert inds == [] and [u.reason for u in loose] == [MAKE_UP_REASON] * 2


# the patterns that end at the figure are searched leftwards: they find a match wherever the same
# pattern read rightwards does
_LEFTWARDS = ("_VOTE_BEFORE", "_COMMITTEE_BEFORE", "_COMMITTEE_VERB_BEFORE", "_AT_THE_EVENT", "_PARTICIPATION_BEFORE")
_PIECES = (W.vote_verbs + W.committee_verbs + W.committee_words + W.event_sites_leads + W.participation_leads
           + ["với", "tỷ lệ", "gồm", "gồm có", "cũng", "đã", "xã", "100%", "13", ",", ".", "  ", "\n", "bầu"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from(["", " ", "  "]))
def test_leftward_searches_find_what_rightward_ones_find(pieces, tail):
    import regex

    from baocao.resolve import events
    text = (" ".join(pieces) + tail).lower()
    for name in _LEFTWARDS:
        leftwards = getattr(events, name)
        source = leftwards.pattern
        if source.startswith("(?:") and source.endswith(")|(?!)"):
            source = source[3:-len(")|(?!)")]     # made by core.rules.compile_at, REVERSE as a flag
        assert leftwards.flags & regex.REVERSE
        rightwards = regex.compile(source.removeprefix("(?r)"))
        for start in (0, len(text) // 2):
            assert (leftwards.search(text, start, len(text)) is None) == \
                (rightwards.search(text, start, len(text)) is None), (name, text, start)


@pytest.mark.parametrize("label", W.make_up_labels)
def test_every_make_up_label(label):
    # the label before a colon names the units the list after it counts: a make-up with no lead word
    left_out(f"{label.capitalize()}: 9 huyện, 2 thị xã và 1 thành phố.", "9 huyện", MAKE_UP_REASON)
    kept(f"{label.capitalize()}: 9 huyện đã hoàn thành sắp xếp.", 9)
