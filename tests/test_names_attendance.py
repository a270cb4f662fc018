"""The phrase after a count ends before the words of attending a congress or a conference
(``phrase_after_stops``): the members counted are named, not what they did. Cases from three publishers
(277 Quảng Trị, 446 Tiền Giang, 014 Gia Lai TV) and unseen news, and negatives."""
import pytest

import baocao
from baocao.resolve.vocabulary import WORDS

ATTENDING = [w for w in WORDS.phrase_after_stops if "đại hội" in w or "hội nghị" in w]


def _named(text):
    return [(i.name, i.value) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text, named", [
    ("Dự đại hội có 225 đại biểu đại diện cho gần 4.000 đảng viên của Đảng bộ huyện dự đại hội.",
     ("đảng viên của Đảng bộ huyện", 4000)),
    ("Dự đại hội có 224 đại biểu, đại diện cho trên 2.200 đảng viên toàn Đảng bộ huyện về tham dự Đại hội.",
     ("đảng viên toàn Đảng bộ huyện", 2200)),
])
def test_attending_is_no_part_of_the_count(text, named):
    assert named in _named(text)


@pytest.mark.parametrize("word", ATTENDING)
def test_each_attendance_stop(word):
    assert ("đảng viên của Đảng bộ huyện", 4000) in _named(
        f"Có 225 đại biểu đại diện cho gần 4.000 đảng viên của Đảng bộ huyện {word} lần thứ XVII.")


@pytest.mark.parametrize("text, named", [
    # "dự" of a project or a reserve member, or attending something else, is no congress's attendance
    ("Có 35 hộ về dự án tái định cư.", ("hộ về dự án tái định cư", 35)),
    ("Huyện có 2.631 đảng viên dự bị.", ("đảng viên dự bị", 2631)),
    ("Huyện có 45 đảng viên tham dự lớp bồi dưỡng.", ("đảng viên tham dự lớp bồi dưỡng", 45)),
    # "Đại hội đồng ý": the congress agreed (or a general assembly), no stop
    ("Có 100% cổ đông tham dự Đại hội đồng ý thông qua việc phát hành cổ phiếu.",
     ("cổ đông tham dự Đại hội đồng ý thông qua việc phát hành cổ phiếu", 100)),
])
def test_no_attendance_keeps_the_phrase(text, named):
    assert named in _named(text)


@pytest.mark.parametrize("text, named", [
    # right after the count's unit, attending is what is counted: attendees, not the party's members
    ("Đã tổ chức 45 hội nghị, thu hút 3.000 lượt người tham dự hội nghị.", ("tham dự hội nghị", 3000)),
    ("Có 300 đảng viên dự đại hội chi bộ.", ("đảng viên dự đại hội chi bộ", 300)),
])
def test_attending_right_after_the_unit_is_what_is_counted(text, named):
    assert named in _named(text)


def test_a_rate_of_attending_keeps_its_words():
    assert ("đảng viên dự đại hội", 98) in _named("Toàn huyện có 120 chi bộ tổ chức đại hội, 98% đảng viên dự đại hội.")
