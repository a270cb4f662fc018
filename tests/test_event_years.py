"""The year of an award or a recognition a document recalls (data/indicators.yaml: event_year_words: ``Huyện
được tặng Huân chương lao động hạng Nhì năm 2002``, ``kể từ sau khi đạt chuẩn NTM (năm 2016)``) is no period
the document reports on, and dates no later statement (resolve/doc_horizons.py, resolve/written.py)."""
import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.governing import document_time, label_with_year

W = load("indicators")


def _document_period(text):
    t = document_time(baocao.parse(text))
    return label_with_year(t.whole, t.year) if t.whole is not None else None


def _periods(text):
    return [(i.value, i.period) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text", [
    # 265 (a national daily, 2019): the year the commune reached the standard, then the next year's goal
    "07:30:00 26/09/2019\nNinh Phước (Ninh Thuận): Thành tựu từ xây dựng nông thôn mới\n\nThời gian qua, kể từ sau "
    "khi đạt chuẩn NTM (năm 2016), lãnh đạo xã Phước Vinh đã chỉ đạo nhiều giải pháp duy trì các tiêu chí.\n\n"
    "Thời điểm năm 2011 khi bắt tay xây dựng NTM, thu nhập 12 triệu đồng/người/năm.",
    # 109 (a provincial paper): the decision recognising a commune, no year of its own
    "Xã Nâm Nung đạt chuẩn nông thôn mới\nNgày 11/9, Phó Chủ tịch UBND tỉnh kí quyết định công nhận xã Nâm Nung "
    "(Krông Nô) đạt chuẩn nông thôn mới năm 2022.\n\nHuyện Krông Nô có 4 xã chuẩn nông thôn mới.",
    # 263 (a provincial portal's district page): an award in the district's profile
    "SỐ LIỆU CƠ BẢN HUYỆN NINH PHƯỚC\n\nI. Vài nét về đặc điểm tình hình chung:\n\n- Huyện được tặng Huân chương "
    "lao động hạng Nhì năm 2002; Huyện và 4 xã được tặng danh hiệu Anh hùng Lực lượng vũ trang Nhân dân.",
])
def test_an_events_year_is_no_period_reported_on(text):
    assert _document_period(text) is None


def test_an_events_year_dates_no_later_statement():
    text = ("Giới thiệu chung\n\n- Huyện được tặng Huân chương lao động hạng Nhì năm 2002; Huyện và 4 xã được tặng "
            "danh hiệu Anh hùng.")
    assert [p for _, p in _periods(text)] == [None]


@pytest.mark.parametrize("text,period", [
    # a finish reached, said as the headline's news: the year reported on (test_target_horizons.py)
    ("Huyện Krông Năng về đích nông thôn mới năm 2023\n\nThu ngân sách đạt 500 tỷ đồng.", "2023"),
    # the year first, then the recognition: the year the opening reports on
    ("Năm 2022, xã được công nhận đạt chuẩn nông thôn mới.\n\nThu nhập bình quân đạt 50 triệu đồng/người/năm.",
     "2022"),
    # a comma closes the event's clause before the year
    ("Xã được công nhận đạt chuẩn nông thôn mới, trong năm 2022 thu nhập bình quân đạt 50 triệu đồng/người/năm.",
     "2022"),
])
def test_a_year_outside_an_events_clause_stays(text, period):
    assert _document_period(text) == period


@pytest.mark.parametrize("word", W.event_year_words)
def test_every_event_year_word(word):
    assert _document_period(f"Huyện {word} danh hiệu năm 2002.\n\nThu ngân sách đạt 500 tỷ đồng.") is None
    assert _document_period(f"Năm 2002, huyện {word} danh hiệu.\n\nThu ngân sách đạt 500 tỷ đồng.") == "2002"


@pytest.mark.parametrize("text,period", [
    # the words are matched with their diacritics: "công nhân" (workers) is no "công nhận" (a recognition), nor
    # "được tăng" (is raised) "được tặng" (is awarded); folded, they are the same letters
    ("Đời sống công nhân khu công nghiệp năm 2024\n\nThu ngân sách đạt 1.200 tỷ đồng.", "2024"),
    ("Lương tối thiểu vùng được tăng năm 2024\n\nThu nhập bình quân đạt 60 triệu đồng/người/năm.", "2024"),
])
def test_an_events_words_with_their_diacritics(text, period):
    assert _document_period(text) == period


def test_a_workers_year_dates_later_statements():
    text = ("Báo cáo kinh tế\n\nToàn huyện hiện có 12.000 công nhân năm 2024 làm việc tại các khu công nghiệp; "
            "thu ngân sách đạt 800 tỷ đồng, tăng 10%.")
    assert _document_period(text) == "2024"


def test_an_events_words_in_decomposed_text():
    import unicodedata
    text = unicodedata.normalize("NFD", "Huyện được tặng Huân chương lao động hạng Nhì năm 2002.\n\nThu ngân sách đạt "
                                        "500 tỷ đồng.")
    assert _document_period(text) is None
