"""Counting nouns of the genre that count what a report measures (units.yaml, issue 17): a hamlet of
the South (``ấp``) and of the North (``xóm``), a market, a port, a room; in lower case only, since with a capital they open a
proper name or a sentence and a date before them stays a date. A number right after digits and a slash
is the second number of a fraction or a date, never a count of its own."""
import pytest

import baocao


def _quantities(text):
    return [(r.text, r.value, r.unit) for r in baocao.extract(text) if r.kind == "quantity"]


@pytest.mark.parametrize("text, figure, value, unit", [
    # Cà Mau (new countryside), Hậu Giang (a district's make-up)
    ("có từ 27 ấp khó khăn đạt chuẩn NTM; đạt bình quân", "27 ấp", 27.0, "ấp"),
    ("gồm: 01 thị trấn và 09 xã, được chia thành 75 ấp, với diện tích tự nhiên", "75 ấp", 75.0, "ấp"),
    # Kiên Giang (exports), a national report
    ("và được xuất khẩu sang 11 thị trường (tăng 1 thị trường).", "11 thị trường", 11.0, "thị trường"),
    ("Việt Nam có quan hệ kinh tế, thương mại, đầu tư với 224 thị trường tại tất cả châu lục",
     "224 thị trường", 224.0, "thị trường"),
    # Bình Định (the province's facts)
    ("40.000 km2 vùng đặc quyền kinh tế; 1 cảng biển Quốc tế, 2 cảng biển nội địa", "2 cảng", 2.0, "cảng"),
    # Kiên Giang (tourism)
    ("toàn tỉnh có 826 cơ sở lưu trú với 28.562 phòng, trong đó hạng 5 sao có 15 cơ sở với 8.876 phòng.",
     "28.562 phòng", 28562.0, "phòng"),
    # Hòa Bình (a commune's make-up), the hamlets of the North as a district writes them
    ("sau khi sáp nhập xã có tổng số 15 xóm, 2160 hộ và 9230 nhân khẩu.", "15 xóm", 15.0, "xóm"),
    ("có 12/18 xóm đạt chuẩn khu dân cư kiểu mẫu; 27 xóm có nhà văn hóa đạt chuẩn", "27 xóm", 27.0, "xóm"),
])
def test_counting_nouns_are_units(text, figure, value, unit):
    assert (figure, value, unit) in _quantities(text)


@pytest.mark.parametrize("text", [
    "Ngày 20/11 Phòng Giáo dục huyện tổ chức lễ kỷ niệm.",   # a date, then a department's name
    "Năm 2023 Cảng Quy Nhơn đón 5 triệu tấn hàng.",
    "Sáng 5/7 Ấp Tân Lập tổ chức ngày hội.",
    "Ngày 15/8 Xóm Bãi tổ chức ngày hội đại đoàn kết.",
])
def test_capitalised_nouns_open_names(text):
    assert not [q for q in _quantities(text) if q[2] in ("phòng", "cảng", "ấp", "xóm", "thị trường")]


def test_capitalised_noun_keeps_the_date_before_it():
    recs = baocao.extract("Ngày 20/11 Phòng Giáo dục huyện tổ chức lễ kỷ niệm.")
    assert [r.text for r in recs if r.kind == "date"] == ["20/11"]


def test_longer_units_still_win():
    assert _quantities("Toàn tỉnh có 30 phòng học mới.") == [("30 phòng học", 30.0, "phòng học")]


@pytest.mark.parametrize("text", [
    "Ngày 20/11 xã tổ chức lễ mít tinh.",
    "ngày 5/7 huyện tổ chức hội nghị",
    "ngày 20/11 phòng Giáo dục tổ chức",
])
def test_second_number_of_a_pair_is_no_count(text):
    assert not _quantities(text)


def test_fractions_stay():
    assert [(r.kind, r.text) for r in baocao.extract("có 5/7 xã đạt chuẩn")] == [("fraction", "5/7 xã")]
