"""Degrees Celsius as typed where the degree sign is missing: a letter o (``27,5oC``, ``27,5OC``) or the
ordinal sign º (``30ºC``) before C, matched with their case only (units.yaml ``exact``)."""
import pytest

import baocao


def _quantities(text):
    return [(r.text, r.value, r.unit) for r in baocao.extract(text) if r.kind == "quantity"]


@pytest.mark.parametrize("text, figure, value", [
    # Bình Định (the province's facts), a weather note, a statistics office's climate line
    ("Khí hậu (tính trung bình) | Nhiệt độ không khí: 27,5OC; độ ẩm không khí: 80%", "27,5OC", 27.5),
    ("Nhiệt độ trung bình trong tháng 25,3oC, cao hơn cùng kỳ.", "25,3oC", 25.3),
    ("nhiệt độ cao nhất 38ºC.", "38ºC", 38.0),
    ("nhiệt độ trung bình 24,1°C", "24,1°C", 24.1),
])
def test_degree_spellings(text, figure, value):
    assert (figure, value, "°C") in _quantities(text)


@pytest.mark.parametrize("text", ["giảm 5 oc sên", "đạt 5 Oc"])
def test_other_cases_are_no_degrees(text):
    assert not [q for q in _quantities(text) if q[2] == "°C"]
