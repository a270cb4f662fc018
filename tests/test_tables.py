"""Tab-separated tables: the corpus indicator table against hand-written tidy rows, and the rules
(groups, realigned rows, column conventions, prose cells) on other tables."""
from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

import baocao
from baocao.structure.tables import TIDY_COLUMNS

HERE = Path(__file__).parent
DOC = HERE / "corpus" / "004_12d62f31151c975c.txt"
EXPECTED = yaml.safe_load((HERE / "tables" / "004_bieu_ket_qua.yaml").read_text(encoding="utf-8"))["rows"]
QUALIFIERS = {"over", "under", "about", "nearly", "at_least", "at_most", "range"}


@pytest.fixture(scope="module")
def report():
    return baocao.parse(DOC.read_text(encoding="utf-8"), doc=str(DOC))


@pytest.fixture(scope="module")
def table(report):
    assert len(report.tables) == 1
    return report.tables[0]


def _spec(spec: str) -> dict:
    """'5 %/năm over' -> value 5, unit %, per năm, qualifier over; '4686.23/5153.01 ha' -> fraction."""
    words = spec.split(" ")
    qualifier = words.pop() if words[-1] in QUALIFIERS else None
    number, unit = words[0], " ".join(words[1:]) or None
    per = None
    if unit and "/" in unit:
        unit, per = unit.split("/", 1)
    denominator = None
    if "/" in number:
        number, den = number.split("/")
        denominator = float(den)
    return dict(value=float(number), denominator=denominator, unit=unit, per=per, qualifier=qualifier)


def test_header_and_every_data_row(table):
    assert table.columns == ["STT", "Lĩnh vực", "Nghị quyết ĐH XXIII", "Ước thực hiện năm 2024",
                             "Ước thực hiện đến 31/12/2025", "So sánh với NQĐH XXIII (%,+/-)",
                             "Mục tiêu đến năm 2030"]
    assert [r.line for r in table.rows] == [e[0] for e in EXPECTED]
    assert len(table.cells) == 5 * len(EXPECTED) == 275


@pytest.mark.parametrize("expected", EXPECTED, ids=[str(e[0]) for e in EXPECTED])
def test_tidy_row_matches_the_hand_written_one(table, report, expected):
    line, group, indicator, *specs = expected
    cells = [c for c in table.cells if c.line == line]
    assert [c.column_index for c in cells] == [2, 3, 4, 5, 6]
    for cell, spec in zip(cells, specs):
        where = f"line {line} column {cell.column!r} raw {cell.raw!r}"
        assert (cell.group, cell.indicator) == (group, indicator), where
        assert report.original[cell.start:cell.end] == cell.raw, where
        if spec == "":
            assert cell.raw == "" and cell.value is None and not cell.prose, where
        elif spec == "prose":
            assert cell.raw and cell.prose and cell.value is None, where
        else:
            want = _spec(spec)
            assert not cell.prose, where
            assert math.isclose(cell.value, want["value"], rel_tol=1e-9), where
            assert (cell.denominator, cell.unit, cell.per, cell.qualifier) == (
                want["denominator"], want["unit"], want["per"], want["qualifier"]), where


def test_groups_name_their_rows(table):
    names = {c.group: c.group_name for c in table.cells}
    assert names["1"] == "Cơ cấu ngành kinh tế" and names["4"] == "Điện tiêu thụ bình quân"
    assert [r.realigned for r in table.rows].count(True) == 1


def test_table_frame(table, report):
    df = baocao.to_frame(table)
    assert list(df.columns) == list(TIDY_COLUMNS)
    assert {c: str(t) for c, t in df.dtypes.items()} == TIDY_COLUMNS
    assert len(df) == 275 and df["row"].nunique() == 55
    row = df[(df.line == 796) & (df.column == "Ước thực hiện năm 2024")].iloc[0]
    assert (row.raw, row.value, row.unit, row.unit_from, row.rule) == (
        "17,504", 17504.0, "tấn", "row", "table.bare_number")
    assert table.section == "BIỂU KẾT QUẢ"
    assert baocao.to_frame(report.tables).equals(df)


# A table of another report (a school year summary), with "TT", a Roman group, a spreadsheet column,
# a row that lost its leading tab, a unit in the name and a negation.
OTHER = "\n".join([
    "BẢNG TỔNG HỢP",
    "",
    "TT\tChỉ tiêu\tKế hoạch\tThực hiện\tGhi chú",
    "I\tGiáo dục mầm non\t\t\t",
    "\t+ Số trẻ đến trường\t2.150 trẻ\t2,310\t",
    "\tTỷ lệ huy động (%)\t95.50\t97.25\tVượt kế hoạch",
    "Số phòng học kiên cố\t120 phòng học\t126 phòng học\tĐạt 105% kế hoạch\t",
    "II\tKinh phí (triệu đồng)\t1.250\t1,480.5\tKhông có khoản nợ đọng dưới 5 triệu đồng",
    "",
    "Người lập biểu",
])


def test_rules_on_another_table():
    r = baocao.parse(OTHER)
    (t,) = r.tables
    df = baocao.to_frame(t)
    assert t.columns == ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Ghi chú"]
    assert [row.realigned for row in t.rows] == [False, False, False, True, False]
    got = [(c.group, c.indicator, c.raw, c.kind, c.value, c.unit, c.unit_from, c.prose)
           for c in t.cells if c.raw]
    assert got == [
        # "trẻ" (children) is not in units.yaml, so "2.150 trẻ" is no single figure: prose
        ("I", "Số trẻ đến trường", "2.150 trẻ", None, None, None, None, True),
        # 2,310 in a column that writes decimals with "." (97.25) groups thousands
        ("I", "Số trẻ đến trường", "2,310", "number", 2310.0, None, None, False),
        # the unit written in the name: "Tỷ lệ huy động (%)"
        ("I", "Tỷ lệ huy động (%)", "95.50", "percentage", 95.5, "%", "name", False),
        ("I", "Tỷ lệ huy động (%)", "97.25", "percentage", 97.25, "%", "name", False),
        ("I", "Tỷ lệ huy động (%)", "Vượt kế hoạch", None, None, None, None, True),
        # the row whose name slid into the TT column is read shifted right, in group I
        ("I", "Số phòng học kiên cố", "120 phòng học", "quantity", 120.0, "phòng học", "cell", False),
        ("I", "Số phòng học kiên cố", "126 phòng học", "quantity", 126.0, "phòng học", "cell", False),
        ("I", "Số phòng học kiên cố", "Đạt 105% kế hoạch", "percentage", 105.0, "%", "cell", False),
        # million đồng from the name; 1,480.5 is a spreadsheet number
        ("II", "Kinh phí (triệu đồng)", "1.250", "money", 1.25e9, "VND", "name", False),
        ("II", "Kinh phí (triệu đồng)", "1,480.5", "money", 1480.5e6, "VND", "name", False),
        # a negated figure is no value
        ("II", "Kinh phí (triệu đồng)", "Không có khoản nợ đọng dưới 5 triệu đồng", None, None, None,
         None, True),
    ]
    assert [c.raw for c in t.cells if c.line == 4] == ["", "", ""]  # the group row "I" itself
    assert df["group"].tolist()[:3] == ["I", "I", "I"]


def test_lines_with_one_tab_are_not_a_table():
    assert baocao.parse("Họ tên:\tNguyễn Văn A\n\nĐịa chỉ: xã Ẳng Tở").tables == ()


# ---- the table's rows as indicator records (issue: indicators from tables) ----------------------
# Each value column of the hand-written rows above is an indicator record of its row, framed by the
# column: the NQ column and the 2030 column are targets, the two "Ước thực hiện" columns estimates;
# the comparison column is the achievement carried by the latest estimate.
FRAMING = {2: ("target", None), 3: ("estimate", "2024"), 4: ("estimate", "2025"), 6: ("target", "2030")}


def _single_figures():
    for line, _group, name, *cells in EXPECTED:
        for col, cell in zip((2, 3, 4, 5, 6), cells):
            if isinstance(cell, str) and cell and cell[0].isdigit() and col in FRAMING:
                yield line, name, col, _spec(cell)


def test_every_single_figure_cell_is_an_indicator(report, table):
    inds = [i for i in report.indicators if getattr(i, "source", None) == "table"]
    missing, cells = [], list(_single_figures())
    for line, name, col, spec in cells:
        column = table.columns[col]
        framing, period = FRAMING[col]
        hits = [i for i in inds if i.column == column and i.name == (name or i.name)
                and i.value is not None and math.isclose(i.value, spec["value"], rel_tol=1e-9)]
        if not any(i.framing == framing and (period is None or i.period == period) for i in hits):
            missing.append((line, column, spec["value"]))
    assert len(cells) >= 100 and missing == []


def test_achievement_column_rides_on_the_latest_estimate(report, table):
    inds = {(i.name, i.column): i for i in report.indicators if getattr(i, "source", None) == "table"}
    checked = 0
    for line, _group, name, *cells in EXPECTED:
        achievement = cells[3]
        if not (isinstance(achievement, str) and achievement.endswith(" %")):
            continue
        latest = inds.get((name, table.columns[4])) or inds.get((name, table.columns[3]))
        if latest is None:
            continue
        assert math.isclose(latest.achievement_pct, _spec(achievement)["value"]), (line, name)
        checked += 1
    assert checked >= 25
