"""``tương ứng`` ("correspondingly") before a change is no name (issue 17, session 38): the change in
another unit is the statement's before it, or, with no statement to join, the figure is left unattached
rather than named ``tương ứng``."""
from __future__ import annotations

import pytest

from indicator_cases import inds


@pytest.mark.parametrize("text, name, fig", [
    # a provincial statistics office's monthly report (long reports r01, r02)
    ("So với tháng trước, số tiền xử phạt giảm 330 triệu đồng, tương ứng giảm 52,37%.", "số tiền xử phạt", "52,37%"),
    ("Nguồn vốn huy động trong dân cư đạt 144.206 tỷ đồng, tăng 13.865 tỷ đồng, tương ứng tăng 10,48%.",
     "Nguồn vốn huy động trong dân cư", "10,48%"),
])
def test_a_corresponding_change_joins_the_statement_before(text, name, fig):
    got = inds(text)
    assert [i.name for i in got] == [name]
    assert fig in [text[a:b] for a, b in got[0].figures]


def test_no_statement_is_named_correspondingly():
    got = inds("Quy mô nền kinh tế và thu nhập bình quân đầu người tăng gần gấp đôi, đạt tương ứng trên 510 tỉ USD "
               "và trên 5.000 USD/người.")
    assert all(i.name != "tương ứng" for i in got)
