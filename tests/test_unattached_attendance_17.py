"""The attendees a meeting's or congress's news lists after 'Tới dự có', 'Dự kỳ họp có' … are about the event,
no indicators (resolve/unattached_attendance.py). Cases from several publishers (208 Báo Hà Giang, 207 the Hạ
Lang district portal, 166 and 224 congress news); the negatives are the members a delegation stands for and the
place's own counts, which stay."""
import pytest

from baocao.resolve.unattached_attendance import ATTENDANCE_REASON
from baocao.resolve.vocabulary import WORDS
from indicator_cases import kept, left_out


@pytest.mark.parametrize("text, fig", [
    # 208 (Báo Hà Giang, a commune's party congress)
    ("Ngày 24.6, Đảng bộ xã Ngọc Đường tổ chức Đại hội Đảng bộ xã lần thứ XVII, nhiệm kỳ 2020 - 2025. Tới dự có "
     "Thường trực Thành ủy, HĐND, UBND thành phố Hà Giang và 105 đảng viên tiêu biểu đại diện cho 234 đảng viên "
     "của Đảng bộ.", "105 đảng viên"),
    # 207 (the Hạ Lang district portal, a district council's session)
    ("HĐND huyện Hạ Lang đã tổ chức Kỳ họp thứ 8 khóa XIX, nhiệm kỳ 2016- 2021. Dự kỳ họp có đại diện Thường "
     "trực Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện; Thủ trưởng các cơ quan, ban, ngành, đoàn thể huyện; Chủ tịch "
     "HĐND, Chủ tịch UBND, lãnh đạo hai Ban HĐND 14 xã, thị trấn và các đại biểu HĐND huyện.", "14 xã"),
    # the shapes of 177 and 224 (Đồng Nai and Kiên Giang congress news) with other attendees
    ("Tham dự phiên trù bị có ông Nguyễn Văn A, Bí thư Tỉnh ủy cùng 40 cán bộ hưu trí của tỉnh.", "40 cán bộ"),
    ("Tham dự Đại hội lần này có 120 đảng viên được bầu từ 19 chi bộ trực thuộc.", "120 đảng viên"),
    ("- Đến dự có lãnh đạo 12 xã, phường và 30 hội viên Hội Nông dân.", "30 hội viên"),
    # "đại diện" before anything but a count of members is a title: the list goes on
    ("Tham dự Đại hội có đại diện lãnh đạo các bộ, ban, ngành Trung ương và 349 đảng viên tiêu biểu.",
     "349 đảng viên"),
    ("Tới dự có đại diện 12 xã, thị trấn và 40 cán bộ hưu trí.", "12 xã"),
    ("Tới dự có đại diện 120 hội viên tiêu biểu của huyện.", "120 hội viên"),
])
def test_the_attendees_a_sentence_lists_are_no_indicator(text, fig):
    left_out(text, fig, ATTENDANCE_REASON)


@pytest.mark.parametrize("text, value", [
    # 208, 166, 224: the members a delegation stands for
    ("Tới dự có Thường trực Thành ủy và 105 đảng viên tiêu biểu đại diện cho 234 đảng viên của Đảng bộ.", 234),
    ("Tham dự đại hội có 235 đại biểu chính thức đại diện cho 3.444 đảng viên trong toàn Đảng bộ.", 3444),
    ("Tham dự Đại hội lần này có 342/343 đại biểu được bầu từ 19 Đảng bộ trực thuộc, đại diện cho 59.592 đảng "
     "viên trong toàn Đảng bộ.", 59592),
    # 244 (Báo Dân tộc và Phát triển): "đại diện" without its "cho", after a title "đại diện lãnh đạo"
    ("Tham dự Đại hội có đại diện lãnh đạo các bộ, ban, ngành Trung ương, địa phương và 349 đại biểu đại diện "
     "hơn 80 nghìn đảng viên trên địa bàn tỉnh.", 80000),
    ("Tới dự có 150 đại biểu thay mặt gần 5.000 hội viên của huyện.", 5000),
    # no sentence of attendance: "Dự kiến", "Dự án" are no verbs of attending, a count before the list stays
    ("Dự kiến năm 2024 có 5 xã đạt chuẩn nông thôn mới.", 5),
    ("Năm 2023, huyện có 6 xã đạt chuẩn nông thôn mới. Tham dự có lãnh đạo các sở, ngành.", 6),
    ("Năm 2023, toàn tỉnh kết nạp được 1.250 đảng viên mới, đạt 104% kế hoạch.", 1250),
])
def test_the_members_represented_and_the_places_counts_stay(text, value):
    kept(text, value)


def test_every_attendance_word():
    for verb in WORDS.attendance_verbs:
        left_out(f"Hội nghị tổng kết diễn ra sáng nay. {verb.capitalize()} có 30 cán bộ của huyện.", "30 cán bộ",
                 ATTENDANCE_REASON)
    for verb in WORDS.attendance_event_verbs:
        for event in WORDS.attendance_events:
            left_out(f"Sáng nay, huyện tổ chức tổng kết. {verb.capitalize()} {event} có 30 cán bộ của huyện.",
                     "30 cán bộ", ATTENDANCE_REASON)
    for unit in WORDS.attendance_units:
        left_out(f"Sáng nay, huyện tổ chức hội nghị. Tới dự có lãnh đạo huyện và 30 {unit} tiêu biểu.", f"30 {unit}",
                 ATTENDANCE_REASON)
    for end in WORDS.attendance_ends:
        kept(f"Tới dự có 30 đại biểu chính thức {end} 1.200 đảng viên của Đảng bộ.", 1200)
    for verb in WORDS.attendance_stand_for:
        for unit in WORDS.attendance_members:
            kept(f"Tới dự có 30 đại biểu chính thức {verb} 1.200 {unit} của huyện.", 1200)
            left_out(f"Tới dự có {verb} lãnh đạo huyện và 30 {unit} tiêu biểu.", f"30 {unit}", ATTENDANCE_REASON)
