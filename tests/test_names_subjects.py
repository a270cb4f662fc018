"""A bare administrative unit that has or reaches a measure (issue 17, session 36): the measure names the
figure, the unit being its subject."""
from __future__ import annotations

import pytest

from indicator_cases import inds
from baocao.resolve.vocabulary import WORDS


@pytest.mark.parametrize("text, name", [
    # a district portal's village profile (Đắk Lắk)
    ("Năm 2019, là buôn có tỷ lệ đồng bào dân tộc thiểu số chiếm gần 90%.", "tỷ lệ đồng bào dân tộc thiểu số"),
    ("Năm 2022, huyện đạt tốc độ tăng trưởng kinh tế 8,5%.", "tốc độ tăng trưởng kinh tế"),
    ("Năm 2022, thị xã đã có tỷ lệ đô thị hóa 45%.", "tỷ lệ đô thị hóa"),
])
def test_a_bare_unit_that_has_a_measure_is_its_subject(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text, name", [
    # a unit with its proper name that is a part of a whole (a figure before it in its sentence) stays
    ("Toàn tỉnh có 12 huyện, huyện Pác Nặm có tỷ lệ hộ nghèo 35,22%.", "huyện Pác Nặm có tỷ lệ hộ nghèo"),
    # a unit counted before it: a piece of the count, no subject (with a bound, "đạt trên 01 tỷ USD", the figure
    # is the bound of the counted set, unattached: tests/test_unattached_set_bounds_47.py)
    ("Trong tháng 9/2023, cả nước có 09 tỉnh, thành phố có kim ngạch xuất khẩu đạt 01 tỷ USD.",
     "thành phố có kim ngạch xuất khẩu"),
    # what the unit reaches is no measure's noun: the counted units are the name
    ("Năm 2022, xã đạt chuẩn nông thôn mới 12 xã.", "xã đạt chuẩn nông thôn mới"),
])
def test_no_subject_cut_where_the_unit_is_part_of_the_name(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("head", WORDS.subject_measure_heads)
def test_every_subject_measure_head(head):
    assert [i.name for i in inds(f"Năm 2022, huyện có {head} bình quân đầu người 45%.")] == [
        f"{head} bình quân đầu người"]


def test_a_place_the_unit_has_is_no_measure():
    # a broadcaster's byline after the zone it names (test_indicator_names): "khu vực" is a place here
    assert [i.name for i in inds("Tỉnh có khu vực Điện Biên TV - Tốc độ tăng trưởng đạt 6,28%.")] == [
        "Tỉnh có khu vực Điện Biên TV - Tốc độ tăng trưởng"]


@pytest.mark.parametrize("text, name", [
    # a district's report on its plan (Hà Nam), a province's summary (Điện Biên), a congress's news (Đồng Nai)
    ("Trong những năm qua, Kim Bảng có tốc độ phát triển kinh tế bình quân 7-7,5% năm.",
     "tốc độ phát triển kinh tế bình quân"),
    ("Điện Biên có mật độ dân số thưa: 57 người/ km2.", "mật độ dân số thưa"),
    ("Theo báo cáo, Đồng Nai là một địa phương có GRDP bình quân mỗi năm tăng 8,14%.", "GRDP"),
    ("Năm 2022, Phú Quốc đạt tỷ lệ hộ nghèo 1,2%.", "tỷ lệ hộ nghèo"),
])
def test_a_bare_proper_name_opening_its_sentence_is_its_subject(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text, names", [
    # parts of a whole by place, one after another: each keeps its place
    ("Năm 2022, Hà Tiên có tỷ lệ hộ nghèo 2%, Phú Quốc có tỷ lệ hộ nghèo 1,2%.",
     ["Hà Tiên có tỷ lệ hộ nghèo", "Phú Quốc có tỷ lệ hộ nghèo"]),
    # a list's item after a colon, the next after a semicolon (a party congress's report, footnote)
    ("Kết nạp đảng viên mới, bình quân hằng năm: Thái Nguyên đạt tỷ lệ 3,12%; Bắc Kạn đạt tỷ lệ 2,5%.",
     ["Thái Nguyên đạt tỷ lệ", "Bắc Kạn đạt tỷ lệ"]),
    ("Năm 2022, Hà Tiên có tỷ lệ hộ nghèo 2%; Phú Quốc có tỷ lệ hộ nghèo 1,2%.",
     ["Hà Tiên có tỷ lệ hộ nghèo", "Phú Quốc có tỷ lệ hộ nghèo"]),
    # a figure before it in the sentence: a part too
    ("Toàn tỉnh có 12 xã, trong đó Hà Tiên có tỷ lệ hộ nghèo 2%.", None),
    # a group of prices or a sector written with a capital is no bare place's name
    ("Tháng 12, nhóm hàng Bưu chính viễn thông có chỉ số giá tăng 2%.", ["nhóm hàng Bưu chính viễn thông có chỉ số giá"]),
])
def test_no_cut_after_a_proper_name_that_is_a_part(text, names):
    got = [i.name for i in inds(text)]
    if names is None:
        assert "tỷ lệ hộ nghèo" not in got
    else:
        assert got == names


@pytest.mark.parametrize("text, name", [
    # a bare unit after a clause's comma and a verb that changes the measure (280 Truyền hình Vĩnh Long)
    ("Qua nhiều nỗ lực, tỉnh kéo giảm tỉ lệ hộ nghèo từ 8,6% xuống còn 7,4%.", "tỉ lệ hộ nghèo"),
    # the whole's "toàn" before the unit, "tổng" before the measure's noun (283 the Đà Lạt portal)
    ("Toàn huyện Di Linh có tổng diện tích 1614.63 km2.", "tổng diện tích"),
    # a unit with its proper name that opens its sentence, after a heading's colon and a time adverbial (305
    # vansudia.net), or after a year (202 the Thường Tín portal)
    ("Tổng quan kinh tế – văn hoá – xã hội:Trong giai đoạn từ năm 2005 – 2010, huyện Chư Sê đạt tốc độ tăng "
     "trưởng kinh tế bình quân là 15,1%.", "tốc độ tăng trưởng kinh tế bình quân"),
    ("Năm 2017, xã Vạn Điểm có tổng thu nhập từ sản xuất ngành nghề 161 tỷ đồng.",
     "tổng thu nhập từ sản xuất ngành nghề"),
    ("Năm 2022, huyện Pác Nặm có tỷ lệ hộ nghèo 35,22%.", "tỷ lệ hộ nghèo"),
])
def test_a_subject_that_has_reaches_or_changes_a_measure(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text, names", [
    # units with their proper names one after another: parts of a whole, each keeps its place
    ("Năm 2022, huyện Pác Nặm có tỷ lệ hộ nghèo 35,22%, huyện Ba Bể có tỷ lệ hộ nghèo 20%.",
     ["huyện Pác Nặm có tỷ lệ hộ nghèo", "huyện Ba Bể có tỷ lệ hộ nghèo"]),
    # a list's first item right after a colon
    ("Tỷ lệ hộ nghèo năm 2022: huyện Pác Nặm có tỷ lệ 35,22%.", ["huyện Pác Nặm có tỷ lệ"]),
    # a unit of a list of units, a unit after a count (no bound: tests/test_unattached_set_bounds_47.py)
    ("Trong tháng 9/2023, cả nước có 09 tỉnh, thành phố có kim ngạch xuất khẩu đạt 01 tỷ USD.",
     ["thành phố có kim ngạch xuất khẩu"]),
    # what the verb changes is no measure's noun
    ("Qua nhiều nỗ lực, tỉnh kéo giảm số hộ nghèo xuống còn 1.200 hộ.", None),
])
def test_no_subject_cut_for_a_part_a_list_or_no_measure(text, names):
    got = [i.name for i in inds(text)]
    if names is None:
        assert all(not n.startswith("hộ nghèo") and "tỉ lệ" not in n for n in got), got
    else:
        assert got == names


@pytest.mark.parametrize("verb", WORDS.subject_measure_verbs)
def test_every_subject_measure_verb(verb):
    assert [i.name for i in inds(f"Qua nhiều nỗ lực, tỉnh {verb} tỷ lệ hộ nghèo 4,5%.")] == ["tỷ lệ hộ nghèo"]


def test_a_unit_of_another_place_than_the_documents_keeps_its_place():
    # a province's report (its opening names no district or commune): a unit with its proper name opening a
    # sentence is a part of the province, named with its place, not the province's rate or income; the
    # document's own place (named in its opening) is still cut (test_a_subject_that_has_reaches_or_changes_a_measure)
    text = ("BÁO CÁO tình hình kinh tế - xã hội tỉnh Điện Biên năm 2023\n\n"
            "Năm 2023, trong bối cảnh còn nhiều khó khăn, thách thức, dưới sự lãnh đạo của Tỉnh ủy, sự giám sát của "
            "Hội đồng nhân dân tỉnh, sự chỉ đạo điều hành quyết liệt của Ủy ban nhân dân tỉnh, kinh tế - xã hội của "
            "tỉnh tiếp tục phát triển ổn định, các chỉ tiêu chủ yếu cơ bản đạt kế hoạch đề ra.\n\n"
            "Tỷ lệ hộ nghèo toàn tỉnh giảm còn 25,3%. Huyện Mường Nhé có tỷ lệ hộ nghèo 38,5%, cao nhất tỉnh. "
            "Xã Thanh Xương có tổng thu nhập bình quân đầu người đạt 45 triệu đồng.")
    names = {i.value: i.name for i in inds(text)}
    assert names[25.3] == "Tỷ lệ hộ nghèo"
    assert names[38.5].startswith("Huyện Mường Nhé")
    assert names[45e6].startswith("Xã Thanh Xương")
