"""``gồm``/``bao gồm`` after a count opens the list of its parts (issue 17, session 38): the phrase after the
figure ends there."""
from __future__ import annotations

import pytest

from indicator_cases import inds


@pytest.mark.parametrize("text, name", [
    # a commune's year report (Bắc Giang)
    ("Xã đã thực hiện được 3 tiêu chí xây dựng NTM gồm tiêu chí số 2 về giao thông, tiêu chí số 3 về thủy lợi.",
     "tiêu chí xây dựng NTM"),
    # a district's agriculture (Kon Tum), the list after a colon
    ("Năm 2022, toàn huyện trồng mới 432,55 ha cây trồng khác bao gồm: bời lời, điều, cây ăn quả.",
     "trồng mới cây trồng khác"),
    ("Năm 2022, huyện có 12 hợp tác xã nông nghiệp gồm 5 hợp tác xã trồng lúa.", "hợp tác xã nông nghiệp"),
])
def test_a_list_of_parts_ends_the_phrase_after_a_count(text, name):
    assert [i.name for i in inds(text)][:1] == [name]


def test_no_list_the_phrase_runs_on():
    assert [i.name for i in inds("Năm 2022, huyện có 12 hợp tác xã nông nghiệp hoạt động hiệu quả.")] == [
        "hợp tác xã nông nghiệp hoạt động hiệu quả"]
