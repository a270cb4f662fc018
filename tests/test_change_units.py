"""A change after a statement is attached to it only in a unit it can be a change of (issue 17: a wrong
value is worse than a missing one): ``Thu ngân sách tăng … 10,8%; giảm 683 hộ nghèo`` has two statements,
never a budget whose change is 683 households."""
import pytest

import baocao


def rows(text):
    return [(i.value, i.unit, i.change, i.change_unit) for i in baocao.parse(text).indicators
            if i.kind == "indicator"]


@pytest.mark.parametrize("text, budget, households", [
    # a congress report (110, Đà Nẵng): a rate, then a count of households after ";"
    ("Thu ngân sách tăng bình quân hằng năm 10,8%; giảm 683 hộ nghèo.", (10.8, "%", None, None),
     (683.0, "hộ", None, None)),
    # a level with its rate, then another indicator's count
    ("Thu ngân sách năm 2023 đạt 500 tỷ đồng, tăng 10,8%; giảm 683 hộ nghèo.", (5e11, "VND", 10.8, "%"),
     (683.0, "hộ", None, None)),
])
def test_a_count_in_another_unit_is_no_change_of_the_statement(text, budget, households):
    assert rows(text) == [budget, households]


@pytest.mark.parametrize("text, want", [
    ("Đàn trâu 5.000 con, giảm 683 con.", [(5000.0, "con", 683.0, "con")]),          # its own unit
    ("Diện tích lúa đạt 1.200 ha, tăng 35 ha so với năm trước.", [(1200.0, "ha", 35.0, "ha")]),
    ("Kim ngạch xuất khẩu đạt 500 triệu USD, tăng 2,26 lần.", [(5e8, "USD", 2.26, "lần")]),  # a multiple
])
def test_a_change_in_the_statements_unit_or_a_multiple_stays_its_change(text, want):
    assert rows(text) == want
