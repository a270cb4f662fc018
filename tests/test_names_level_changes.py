"""``mức tăng``/``mức giảm`` (the size of a rise or fall) that open a name are its head, not the filler ``mức`` and
a change verb (issue 17, session 44): ``mức giảm tỷ lệ hộ nghèo đạt 1,03%`` is named so (099 Công lý), not
``tỷ lệ hộ nghèo``, the rate itself; ``Mức giảm sinh 0,5%`` (151 the Tam Phước portal), not ``sinh``;
``mức tăng trưởng giai đoạn 2016-2020 giá trị sản xuất …`` (259 123docz)."""
from __future__ import annotations

import pytest

from indicator_cases import inds


@pytest.mark.parametrize("text, name", [
    ("Công tác giảm nghèo đạt kết quả rất tích cực, mức giảm tỷ lệ hộ nghèo đạt 1,03% (kế hoạch 0,56%).",
     "mức giảm tỷ lệ hộ nghèo"),
    ("Năm 2022, Mức giảm sinh 0,5%.", "Mức giảm sinh"),
    ("Năm 2020, mức tăng trưởng giá trị sản xuất tính theo giá so sánh đạt 11,2%.",
     "mức tăng trưởng giá trị sản xuất"),
])
def test_a_rise_or_fall_that_opens_a_name_is_its_head(text, name):
    assert [i.name for i in inds(text)] == [name]


@pytest.mark.parametrize("text, name", [
    # "mức" alone, or after a verb of reaching, is still a filler
    ("GRDP tăng, mức 5%.", "GRDP"),
    ("Năm 2020, khu vực nông – lâm nghiệp đạt mức tăng trưởng 4,39%.", "khu vực nông – lâm nghiệp"),
    ("Năm 2022, tỷ lệ hộ nghèo giảm xuống mức 3%.", "tỷ lệ hộ nghèo"),
])
def test_the_filler_mức_elsewhere(text, name):
    assert [i.name for i in inds(text)] == [name]
