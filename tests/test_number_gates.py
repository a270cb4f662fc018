"""The cheap tests that let a number skip a pattern (issue 16: no input class costs more than
2 CPU-s per MB) skip it only where the pattern finds nothing: the word tests before the prefix
and blocker searches, and the date tests before the range and in-context patterns (the document
code and fraction tests: tests/test_pretests.py).

Each property compares what the library finds with what the pattern finds tried everywhere, on
texts made of the words the patterns read, glued or spaced at random.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import baocao
from baocao.core.numbers import number_spans, words
from baocao.core.numbers.scan import matches_reaching
from baocao.core.numbers.vocabulary import NUMBERS
from baocao.document import Document
from baocao.extract import fraction

_WORDS = sorted({*words.QUALIFIERS, *NUMBERS.blockers, *NUMBERS.amount_blockers, "từ",
                 NUMBERS.range_between.before, *NUMBERS.minus_words, *NUMBERS.negators,
                 *NUMBERS.minus_word_not_after, *NUMBERS.blocker_unless_after,
                 "ha", "xã", "hộ", "a", "hơnn", "nămm", "độ"})
_CASED = [v for w in _WORDS for v in (w, w.upper(), w[:1].upper() + w[1:])]
_GLUE = [" ", " ", "  ", "\u00a0", "\u202f", "", ",", "-", "−", "\n", "5", "12 ", "1.234 "]
_PIECES = st.lists(st.one_of(st.sampled_from(_CASED), st.sampled_from(_GLUE)), max_size=12)


@settings(max_examples=400, deadline=None)
@given(_PIECES)
def test_the_word_tests_skip_only_where_the_patterns_find_nothing(pieces):
    text = "".join(pieces) + "5"
    for pos in range(len(text) + 1):
        assert words.blocked_before(text, pos) == (
            words._BLOCKED_BEFORE.search(text, max(0, pos - 24), pos) is not None)
        assert words.amount_blocked_before(text, pos) == (
            words._AMOUNT_BLOCKED_BEFORE.search(text, max(0, pos - 24), pos) is not None)
        assert words.any_blocked_before(text, pos) == (
            words.blocked_before(text, pos) or words.amount_blocked_before(text, pos))
    for pos, _ in number_spans(Document.from_text(text, normalize=False)):
        if not words._prefix_may_stand(text, pos):
            assert words.prefix_before(text, pos).start() == pos, (text, pos)


def test_the_word_tests_pass_the_words_they_stand_for():
    # a blocker, a qualifier, "từ" and a sign before a number: the patterns are searched
    assert words.blocked_before("mức Độ 2", 7) and words.blocked_before("NĂM  2024", 5)
    assert words.amount_blocked_before("tổ 5", 3) and not words.amount_blocked_before("tỷ 5", 3)
    assert words.read_prefix("từ 5", 3).tu == 0 and words.read_prefix("đạt >5", 5).qualifier == "over"
    assert words.read_prefix("tăng trưởng âm 3,8", 15).negative
    assert words.read_prefix("5 ha 5", 5) == words.Prefix(5, None, None, None)


def test_a_fraction_after_a_unit_with_a_slash_is_tried():
    doc = Document.from_text("đạt 5 km/h/6 km/h và 12/ 15 ha, 3/4 tỷ đồng", normalize=False)
    spans = [doc.text[a:b] for a, b in (m.span() for m in matches_reaching(
        doc, fraction._PATTERN, fraction._AFTER_NUMERATOR, "/", fraction._SLASH_REACH))]
    assert spans == ["5 km/h/6 km/h", "12/ 15 ha", "3/4"]
    money = [doc.text[a:b] for a, b in (m.span() for m in matches_reaching(
        doc, fraction._MONEY, fraction._AFTER_MONEY_NUMERATOR, "/", 2, fraction._AFTER_MONEY_DENOMINATOR))]
    assert money == ["3/4 tỷ đồng"]


_DATE_PIECES = st.lists(st.sampled_from(
    ["5", "12", "30", "2024", "/", ".", "-", " - ", "–", " đến ", " tới ", "Đến ", " và ", ", ", "(",
     ")", " ", "  ", "\u00a0", "\n", "ngày ", "Ngày ", "từ ", "hôm ", "tháng ", "năm ", "xếp thứ ",
     "5/6", "9/3", "15/3/2024", "1/10 "]), max_size=14)


@settings(max_examples=400, deadline=None)
@given(_DATE_PIECES)
def test_dates_are_the_same_with_every_pattern_tried(pieces):
    from baocao.extract import date

    text = "".join(pieces)
    found = [(r.start, r.end, r.day, r.month, r.year, r.rule)
             for r in date.extract(Document.from_text(text, normalize=False))]
    gates = date._range_may_follow, date._context_may_stand
    try:
        date._range_may_follow = date._context_may_stand = lambda text, pos: True
        tried = [(r.start, r.end, r.day, r.month, r.year, r.rule)
                 for r in date.extract(Document.from_text(text, normalize=False))]
    finally:
        date._range_may_follow, date._context_may_stand = gates
    assert found == tried


def test_the_date_tests_pass_what_the_patterns_read():
    # a day and month after a date word, a bracket, or the dash of a range from "từ"; a range of
    # months after a dash or "đến": each read as before
    from baocao.extract import date

    def dates(text):
        return [(text[r.start:r.end], r.rule) for r in date.extract(Document.from_text(text, normalize=False))]

    assert dates("từ 09/3 – 15/3 hằng năm") == [("09/3", "date.dd_mm_in_context"),
                                                 ("15/3", "date.dd_mm_in_context")]
    assert dates("họp (5/6) và ngày\n7/8") == [("5/6", "date.dd_mm_in_context"),
                                               ("7/8", "date.dd_mm_in_context")]
    for text in ("từ 9/3 đến 15/3/2024", "từ 9/3 Đến 15/3/2024", "từ 9/3 – 15/3/2024"):
        assert dates(text) == [("9/3", "date.range_first_end"), ("15/3/2024", "date.dd_mm_yyyy")]
    assert dates("5/6 5/6 xếp thứ 1/10") == []


def test_a_holiday_named_with_its_day_is_a_date_not_a_figure():
    # the day and month of a holiday after its name: no indicator of value 2, 30 or 8
    for text, day in (("Nhân dịp Quốc khánh 2/9, tỉnh đã tặng 1.200 suất quà cho hộ nghèo.", "2/9"),
                      ("Chào mừng kỷ niệm 30/4 và 1/5, huyện trao 1.200 suất quà.", "30/4"),
                      ("Nhân Ngày Quốc tế Phụ nữ 8-3, hội tặng 1.200 suất quà.", "8-3")):
        report = baocao.parse(text)
        assert [(i.value, i.unit) for i in report.indicators] == [(1200, "suất")], text
        assert day in [d.text for d in report.records if d.kind == "date"], text
    # a fraction after a holiday's name that is not its day stays a fraction
    recs = baocao.extract("Quốc khánh 2/3 số hộ")
    assert [r.kind for r in recs if r.text == "2/3"] == ["fraction"]


def test_the_august_revolution_is_no_month():
    for text in ("kỷ niệm 80 năm Cách mạng tháng 8 và Quốc khánh 2/9", "Cách mạng Tháng Tám thành công"):
        assert [r for r in baocao.extract(text) if r.kind == "period"] == [], text
    assert [r.text for r in baocao.extract("Trong tháng 8, cách mạng công nghiệp") if r.kind == "period"] == [
        "tháng 8"]
