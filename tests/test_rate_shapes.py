"""Two shapes of a rate that were read as a share or a level (resolve/measure.py):

- a percentage written before its name, with no change and no ratio, is the part of a whole that is so: a
  rate (``100% các xã có đường giao thông được nhựa hóa``, ``hằng năm có trên 90% tổ chức cơ sở đảng …``):
  29 statements of 16 dev documents were levels (290, 295, 310, 331, 336, …), every percentage so written in
  the dev gold a rate but two shares;
- a percentage named as a rate is a rate after a share verb too (``tỷ lệ hộ nghèo chiếm 15,46%``): 078, 108,
  133, 265, 280 (five publishers) were shares.

Negatives: a share verb or a share name without a rate name stays a share; a change stays a growth; a ratio
(``bằng``) and an index named before it stay levels."""
import pytest

from baocao.resolve.measure import measure_of
from indicator_cases import inds


@pytest.mark.parametrize("text,value", [
    ("Toàn xã có 100% các thôn có đường giao thông được cứng hóa.", 100.0),
    ("Hằng năm có trên 85% chi bộ hoàn thành tốt nhiệm vụ.", 85.0),
    ("Huyện có 72% số trường học đạt chuẩn quốc gia.", 72.0),
])
def test_a_percentage_before_its_name_is_a_rate(text, value):
    assert {i.value: i.measure for i in inds(text)}[value] == "rate"


@pytest.mark.parametrize("text,value,want", [
    ("Doanh thu dịch vụ tăng 15% so với cùng kỳ.", 15.0, "growth"),         # a change
    ("Khu vực dịch vụ chiếm 38,9% trong GRDP.", 38.9, "share"),             # a share verb, no rate name
    ("Chỉ số giá tiêu dùng bình quân 102,49%.", 102.49, "level"),          # an index named before it
    ("Bình quân đạt 8%/năm doanh thu dịch vụ.", 8.0, "level"),             # a yearly rate: no part of a whole
])
def test_a_change_a_share_or_an_index_keep_their_measure(text, value, want):
    assert {i.value: i.measure for i in inds(text)}[value] == want


def test_a_ratio_before_a_name_is_no_rate():
    assert measure_of("khách quốc tế", "%", 95.0, lead="bằng", named_after=True) == "level"


@pytest.mark.parametrize("name", ["tỷ lệ hộ nghèo", "Tỉ lệ lao động qua đào tạo", "độ che phủ rừng"])
def test_a_rate_named_is_a_rate_after_a_share_verb(name):
    assert measure_of(name, "%", 15.46, lead="chiếm") == "rate"


@pytest.mark.parametrize("name", ["tỷ trọng ngành nông nghiệp", "Dịch vụ"])
def test_a_share_named_or_unnamed_after_a_share_verb_stays_a_share(name):
    assert measure_of(name, "%", 30.4, lead="chiếm") == "share"
