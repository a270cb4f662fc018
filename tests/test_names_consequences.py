"""A cause before its consequence's measure (issue 17, session 37): the connective of a consequence
(``nên``, ``dẫn đến``, ``khiến``; name_cuts) ends what comes before the name."""
from __future__ import annotations

import pytest

from indicator_cases import inds


@pytest.mark.parametrize("text, name", [
    # a province's yearly report (r01)
    ("Tuy nhiên, bước sang quý IV, do chịu ảnh hưởng bởi bão Yagi, đặc biệt là lĩnh vực nông nghiệp, thủy sản "
     "nên tăng trưởng kinh tế quý IV của tỉnh chỉ đạt 7,24% so với cùng kỳ năm trước.", "tăng trưởng kinh tế"),
    # a provincial paper (Đồng Tháp, 178)
    ("Năm 2012, một số nhà máy phải thu hẹp sản xuất dẫn đến tăng trưởng sản xuất công nghiệp ước đạt 6.579 tỷ "
     "đồng.", "tăng trưởng sản xuất công nghiệp"),
    ("Năm 2023, giá xăng tăng khiến chỉ số giá tiêu dùng tăng 3,5%.", "chỉ số giá tiêu dùng"),
    ("Năm 2023, mưa bão kéo dài dẫn tới sản lượng lúa giảm 2,1%.", "sản lượng lúa"),
])
def test_a_consequence_is_named_without_its_cause(text, name):
    assert [i.name for i in inds(text)] == [name]


def test_become_is_no_consequence():
    # "trở nên" (become): "nên" is no connective here
    assert [i.name for i in inds("Năm 2023, tỷ lệ hộ trở nên khá giả đạt 30%.")] == ["tỷ lệ hộ trở nên khá giả"]
