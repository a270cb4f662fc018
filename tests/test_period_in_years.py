"""periods.period_in reads the spans of years and the years after "năm" of a segment only where the segment
writes a year's digits (nine segments in ten over the benchmark archive write none); its answers are those
it gave before (benchmarks/snapshot.py byte-identical)."""
import pytest

import baocao.resolve.periods as periods
from baocao.resolve.context import Context


class _Unread:
    def finditer(self, *args, **kwargs):
        raise AssertionError("a segment with no year's digits was scanned for years")


def _ctx(text):
    return Context.create(text, [], section_of=lambda pos: None, line_end=lambda pos: len(text))


@pytest.mark.parametrize("text", ["Tổng thu ngân sách đạt 1.200 tỷ đồng, tăng 5%", "Sản lượng lúa 1890 tấn"])
def test_a_segment_with_no_year_is_not_scanned(monkeypatch, text):
    for name in ("YEAR_RANGE", "YEAR_PAIR", "YEAR"):
        monkeypatch.setattr(periods, name, _Unread())
    assert periods.period_in(_ctx(text), 0, len(text)) is None


@pytest.mark.parametrize("text, period", [
    ("Trong nhiệm kỳ 2015 – 2020, thu nhập đạt 40 triệu đồng", "2015-2020"),
    ("niên vụ 2022/2023 sản lượng cà phê đạt", "2022-2023"),
    ("thu ngân sách năm 2019 đạt", "2019"),
    ("thu ngân sách đạt", None),
])
def test_a_segment_with_a_year_is_read_as_before(text, period):
    assert periods.period_in(_ctx(text), 0, len(text)) == period
