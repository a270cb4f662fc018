"""A share the subject before it has (issue 17, session 38): ``X có N% Y`` is named by Y, the subject X
(a place, a rank or claim about it, a body) being no part of the name."""
from __future__ import annotations

import pytest

from indicator_cases import inds


@pytest.mark.parametrize("text, name", [
    # a provincial newspaper on schools (Đồng Nai): places that have the share
    ("Trong khi đó, các địa phương như: Xuân Lộc, Long Khánh, Nhơn Trạch có 100% trường trung học cơ sở đạt CQG.",
     "trường trung học cơ sở đạt CQG"),
    # a congress report (Hà Nam): a rank, a claim about the province
    ("Hà Nam cũng là tỉnh thứ 4 trong toàn quốc có 100% đơn vị cấp huyện đạt chuẩn nông thôn mới từ tháng 8.2020.",
     "đơn vị cấp huyện đạt chuẩn nông thôn mới"),
    ("Giáo dục duy trì thứ hạng cao, là một trong 3 địa phương đầu tiên trong cả nước có 100% trường tiểu học "
     "đạt chuẩn quốc gia.", "trường tiểu học đạt chuẩn quốc gia"),
    # a district party congress (Lai Châu): a body, and a noun the tagger reads as a verb first
    ("Hàng năm, Đảng bộ huyện có trên 75% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.",
     "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"),
    # words of aspect before "có"
    ("Đến nay, thành phố Biên Hòa đã có 60% trường học đạt chuẩn quốc gia.", "trường học đạt chuẩn quốc gia"),
])
def test_a_share_a_subject_has_is_named_by_what_follows(text, name):
    assert [i.name for i in inds(text)][:1] == [name]


@pytest.mark.parametrize("text, name", [
    # a measure named before "có": it names the share
    ("Năm 2022, tỷ lệ hộ dùng nước sạch có 95% trở lên.", "tỷ lệ hộ dùng nước sạch"),
    # not after "có": "đạt" names by the text before
    ("Năm 2022, Nhơn Trạch đạt 100% kế hoạch thu ngân sách.", "Nhơn Trạch"),
])
def test_no_share_of_what_follows(text, name):
    assert [i.name for i in inds(text)][:1] == [name]


@pytest.mark.parametrize("phrase, noun", [
    ("tổ chức cơ sở đảng", True), ("trường tiểu học đạt chuẩn quốc gia", True), ("hộ nghèo", True),
    # no noun's phrase: a verb's ("trong đó có 45% phải đi qua Biển Đông"), a threshold's
    ("phải đi qua Biển Đông", False), ("hoàn thành xuất sắc nhiệm vụ", False), ("trở lên", False),
])
def test_what_follows_is_a_noun_phrase(phrase, noun):
    from baocao.resolve.name_had_shares import _noun_in_first_words
    assert _noun_in_first_words(phrase) is noun


@pytest.mark.parametrize("text, names", [
    # a merged province's plan (Thái Nguyên and Bắc Kạn): places that are items of a list of parts keep naming
    # their shares, as other parts of a whole by place do
    ("Năm 2025: Thái Nguyên có 95,04% số xã đạt chuẩn nông thôn mới, 07 đơn vị cấp huyện hoàn thành nhiệm vụ; "
     "Bắc Kạn có 30% số xã đạt chuẩn nông thôn mới.", ["Thái Nguyên", "Bắc Kạn"]),
])
def test_places_that_are_parts_of_a_list_keep_their_shares(text, names):
    got = [i.name for i in inds(text) if i.unit == "%"]
    assert got == names
