"""What opens a sentence before its name (resolve/name_openers.py): a subject with its words of aspect, or a
connective, is no part of the name; each word of ``opener_*`` is tried, with the shapes that must stay."""
from __future__ import annotations

import pytest

from baocao.resolve._rules import load
from baocao.resolve.name_openers import _SUBJECT
from indicator_cases import inds

W = load("indicators")


def names(text: str) -> list[str]:
    return [i.name for i in inds(text)]


@pytest.mark.parametrize("text, name", [
    # 408 Báo Long An: a commune with its proper name, then "tiếp tục"
    ("Long An có 22 xã đạt chuẩn.\n\nQua 3 năm xây dựng xã nông thôn mới nâng cao, xã Vĩnh Công tiếp tục huy động "
     "trên 98 tỉ đồng để đầu tư theo chuẩn.", "huy động"),
    # 364 Sao Việt Online: a province with its proper name, then "phấn đấu" before a one-word measure
    ("Năm 2025, tỉnh Tây Ninh phấn đấu GRDP tăng 9 – 9,5%, tỷ lệ tham gia bảo hiểm y tế 95%.", "GRDP"),
    # 322 VOV: a body with its unit and proper name, then its verb
    ("5 năm qua, Đảng bộ tỉnh Bến Tre phát triển được hơn 9.000 đảng viên mới vượt chỉ tiêu Nghị quyết đề ra.",
     "phát triển đảng viên mới"),
])
def test_a_subject_and_its_aspect_are_no_part_of_the_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize("body", W.openers["bodies"])
def test_each_body_opens_a_subject(body):
    text = f"Năm 2023, {body} huyện Đức Thọ đã huy động 25 tỷ đồng."
    assert names(text) == ["huy động"], body


@pytest.mark.parametrize("joined", W.openers["joined_bodies"])
def test_each_joined_body(joined):
    text = f"Năm 2023, Đảng bộ và {joined} huyện Đức Thọ đã huy động 25 tỷ đồng."
    assert names(text) == ["huy động"], joined


@pytest.mark.parametrize("whole", W.openers["wholes"])
def test_each_word_of_the_whole(whole):
    text = f"Năm 2023, {whole} xã đã huy động 25 tỷ đồng."
    assert names(text) == ["huy động"], whole


@pytest.mark.parametrize("aspect", W.openers["aspects"])
def test_each_word_of_aspect(aspect):
    text = f"Năm 2023, xã Sơn Long {aspect} huy động 25 tỷ đồng."
    assert names(text) == ["huy động"], aspect


@pytest.mark.parametrize("text, name", [
    # 291 VTC News: the document's province by its bare name, then "cũng"
    ("Tỉnh Lạng Sơn: kết quả 5 năm\n\nNăm 2024, Lạng Sơn cũng huy động 250 tỷ đồng.", "huy động"),
    # another province's bare name is no subject of the document
    ("Báo cáo của tỉnh Quảng Trị\n\nNăm 2024, Lạng Sơn cũng huy động 250 tỷ đồng.", "Lạng Sơn cũng huy động"),
])
def test_the_documents_province_by_its_bare_name(text, name):
    assert names(text) == [name]


def test_a_unit_with_a_capital_acts():
    # 365 Kênh Thị Trường: "Tỉnh" alone, the reporting body, with no word of aspect
    assert names("Tây Ninh tăng trưởng khá. Tỉnh thu hút 119 dự án mới với tổng vốn 627,8 triệu USD.")[0] == "dự án mới"


@pytest.mark.parametrize("text, name", [
    # what is counted, in lower case, with no proper name: the unit and its state are the name
    ("Năm 2023, toàn huyện có 12 xã đạt chuẩn nông thôn mới.", "xã đạt chuẩn nông thôn mới"),
    ("Năm 2023, xã đạt chuẩn nông thôn mới 5 xã.", "xã đạt chuẩn nông thôn mới"),
    ("Năm 2023, hộ có thẻ bảo hiểm y tế đạt 95%.", "hộ có thẻ bảo hiểm y tế"),
    # a place of a list by place: another unit's clause after it, or one with its figure before it
    ("Năm 2023, xã Sơn Long tiếp tục huy động 25 tỷ đồng, xã Sơn Hà 20 tỷ đồng.", "xã Sơn Long tiếp tục huy động"),
    ("Năm 2023, xã Sơn Hà đạt 20 tỷ đồng; xã Sơn Long tiếp tục huy động 25 tỷ đồng.", "xã Sơn Long tiếp tục huy động"),
    # a place not the document's, with no word of aspect, keeps its name (name_actors.py)
    ("Báo cáo của tỉnh Quảng Trị\n\nNăm 2023, huyện Đakrông tổ chức đào tạo nghề cho 500 lao động.",
     "huyện Đakrông tổ chức đào tạo nghề"),
])
def test_no_subject_cut(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text", ["Huyện ủy tiếp tục chỉ đạo", "Tỉnh uỷ đã ban hành"])
def test_the_partys_committee_is_no_unit(text):
    # "Huyện ủy", "Tỉnh uỷ": no unit with a capital (the committee is no body of opener_bodies either)
    assert _SUBJECT.match(text) is None


def test_a_unit_with_a_capital_and_its_proper_name_is_no_actor():
    # the unit with its proper name acts only after a word of aspect (tests/test_indicator_periods_17.py)
    assert names("Huyện Tân Lạc sản lượng lúa đạt 12.000 tấn.") == ["Huyện Tân Lạc sản lượng lúa"]
    assert _SUBJECT.match("Huyện Tân Lạc tổ chức").group("actor") is None


def test_a_count_before_the_unit_is_no_subject():
    # "3 xã đã …": the unit of a count, the phrase after it its name
    assert "xã đã đạt chuẩn nông thôn mới nâng cao" in names("Năm 2023, huyện có 3 xã đã đạt chuẩn nông thôn mới "
                                                             "nâng cao.")


@pytest.mark.parametrize("text, name", [
    # 403 Báo Bình Thuận: "mặc dù" with no "nhưng"
    ("Chỉ số IIP tăng 9,61%; cung cấp nước tăng 11,45%, mặc dù ngành khai khoáng giảm 9,93%.", "ngành khai khoáng"),
    # 325 VASEP: "khi", and "toàn bộ" (a filler) before the measure
    ("Đến năm 2000, khi toàn bộ diện tích hơn 60.000 ha được chuyển dịch sang nuôi tôm.", "diện tích"),
    # 330 thegioithao.com: an opener before its comma
    ("Kết quả, tổng sản phẩm xã hội giai đoạn 2010 - 2015 ước tăng 9,7%/năm.", "tổng sản phẩm xã hội"),
])
def test_a_connective_is_no_part_of_the_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize("word", W.openers["connectives"])
def test_each_connective(word):
    assert names(f"Năm 2023, {word} sản lượng lúa đạt 1,2 triệu tấn.") == ["sản lượng lúa"], word


@pytest.mark.parametrize("word", W.openers["connective_demonstratives"])
def test_a_connective_and_a_demonstrative_go_whole(word):
    # "khi đó" is "then", an adverb of time: no part of the name, with or without its comma (never "đó …")
    assert names(f"Năm 2023, khi {word} sản lượng lúa đạt 1,2 triệu tấn.") == ["sản lượng lúa"], word
    assert names(f"Khi {word}, sản lượng lúa năm 2023 đạt 1,2 triệu tấn.") == ["sản lượng lúa"], word


@pytest.mark.parametrize("word", W.openers["comma_words"])
def test_each_opener_before_a_comma(word):
    assert names(f"{word.capitalize()}, sản lượng lúa năm 2023 đạt 1,2 triệu tấn.") == ["sản lượng lúa"], word


@pytest.mark.parametrize("text, name", [
    # "Kết quả" with no comma names what it is of
    ("Năm 2023, kết quả xây dựng nông thôn mới đạt 95%.", "kết quả xây dựng nông thôn mới"),
    # a place's name that a connective begins ("Tuy Đức"): no connective before a capital
    ("Năm 2023, khi Tuy Đức có 6.610 hộ nghèo.", "khi Tuy Đức"),
])
def test_no_connective_cut(text, name):
    assert name in names(text)


def test_a_verb_of_completing_before_criteria():
    # 111 Hà Tĩnh 24h: "hoàn thiện" reaches the criteria counted, as "hoàn thành" does (reached_count_verbs)
    text = "Đến nay, thị trấn Thạch Hà cơ bản hoàn thiện 5 tiêu chí đô thị loại IV."
    assert names(text) == ["tiêu chí đô thị loại IV"]
