"""The adverb ``hiện`` (now) dates the statements after it in its sentence by the document's date, as
``hiện nay`` does, not by a period an earlier sentence wrote (resolve/now_adverb.py; dev 287, 289)."""
import pytest

import baocao
from baocao.resolve.vocabulary import WORDS as W

_LEAD = "Ngày 12/8/2024, Đại hội khai mạc.\n\nNăm 2020, xã có 80 hộ. "


def _periods(text):
    return [(i.value, i.period) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("verb", W.now_adverb_verbs)
def test_every_now_adverb_verb_dates_by_the_document(verb):
    assert _periods(_LEAD + f"Xã hiện {verb} 120 hộ tham gia.") == [(80, "2020"), (120, "2024")]


@pytest.mark.parametrize("text", [
    "Hiện xã có 120 hộ tham gia.",                              # 289 "Hiện quận có 10.134 cơ sở"
    "Hiện toàn huyện có trên 120 hộ tham gia.",                 # 287
    "Hiện quận có 120 hộ, tạo việc làm cho 300 người lao động.",  # 289: the statements after it too
])
def test_now_adverb_opening_a_sentence(text):
    assert [p for _, p in _periods(_LEAD + text)][1:] == ["2024"] * (len(_periods(_LEAD + text)) - 1)


@pytest.mark.parametrize("before", W.now_adverb_not_after)
def test_a_word_hien_ends_is_no_now_adverb(before):
    assert _periods(_LEAD + f"Xã đã {before} hiện có 120 hộ tham gia.") == [(80, "2020"), (120, "2020")]


@pytest.mark.parametrize("after", W.now_adverb_not_before)
def test_a_word_hien_begins_is_no_now_adverb(after):
    assert _periods(_LEAD + f"Hiện {after} 120 hộ tham gia.") == [(80, "2020"), (120, "2020")]


def test_no_now_adverb_keeps_the_earlier_period():
    assert _periods(_LEAD + "Xã có 120 hộ tham gia.") == [(80, "2020"), (120, "2020")]


def test_its_own_sentence_opener_still_dates_it():
    # rules 1-3 come first: "năm 2019, tổng số hộ nghèo hiện còn 16.003/80.276 hộ" → 2019 (143)
    assert _periods(_LEAD + "Năm 2021, xã hiện có 120 hộ tham gia.")[1:] == [(120, "2021")]
    assert _periods("Ngày 12/8/2024, Đại hội khai mạc.\n\nNăm 2020, xã có 80 hộ (hiện đã chi cho 60 hộ).") \
        == [(80, "2020"), (60, "2020")]


def test_the_document_period_is_kept_where_it_dates_the_statement():
    # 130: "tổng đàn lợn toàn tỉnh hiện có khoảng 463.188 con" in a report of 9 months of 2022, no date
    text = "TÌNH HÌNH KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2022\n\nTổng đàn lợn toàn tỉnh hiện có khoảng 463.188 con."
    assert _periods(text) == [(463188, "2022-01/2022-09")]


def test_the_next_sentence_is_not_reached():
    text = _LEAD + "Hiện xã có 120 hộ tham gia. Thu ngân sách đạt 5 tỷ đồng."
    assert _periods(text)[-1] == (5e9, "2020")
