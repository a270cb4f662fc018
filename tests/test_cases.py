"""One parametrized runner over tests/cases/<kind>.yaml (labelled positive and negative cases).

A positive text yields exactly one record of the expected kind, whose fields equal `expect`
(other kinds in the sentence are checked only for the offset invariant); a case with `expect_all`
(a run of days gives two dates) yields exactly those records of their kinds, in order; a negative text yields no record of `negative_kinds` (or none at all). Cases marked
`status: xfail` run under strict xfail: when one starts passing, the suite says so.
"""
from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

import baocao
from baocao.core.numbers import parse_number

CASES = Path(__file__).with_name("cases")
KIND_FILES = ["percentage", "money", "quantity", "fraction", "date", "period", "term", "docref",
              # the written forms of numbers, one file per class (issue 19)
              "separators", "signs", "scales", "units", "currencies", "ranges"]


def _load(name):
    return yaml.safe_load((CASES / f"{name}.yaml").read_text(encoding="utf-8"))


def _params():
    for name in KIND_FILES:
        for case in _load(name):
            marks = []
            if case.get("status") == "xfail":
                marks.append(pytest.mark.xfail(strict=True, reason=case["reason"]))
            for text in case.get("texts", []):
                yield pytest.param(case, text, True, id=f"{name}:{case['label']}:{text}", marks=marks)
            for text in case.get("negative", []):
                yield pytest.param(case, text, False, id=f"{name}:{case['label']}:{text}", marks=marks)


def _equal(got, want):
    if isinstance(want, (int, float)) and not isinstance(want, bool) and got is not None:
        return math.isclose(got, want, rel_tol=1e-9)
    return got == want


def _check_offsets(text, records):
    for r in records:
        assert text[r.start:r.end] == r.text


@pytest.mark.parametrize("case,text,positive", list(_params()))
def test_case(case, text, positive):
    kinds = set(case["kinds"]) if "kinds" in case else None
    records = baocao.extract(text, kinds=kinds)
    _check_offsets(text, records)
    if positive and "expect_all" in case:
        want = case["expect_all"]
        mine = [r.model_dump() for r in records if r.kind in {w["kind"] for w in want}]
        assert len(mine) == len(want), [(r["kind"], r["text"]) for r in mine]
        for rec, exp in zip(mine, want):
            for field, value in exp.items():
                assert _equal(rec[field], value), (field, rec[field], value)
    elif positive:
        mine = [r for r in records if r.kind == case["expect"]["kind"]]
        assert len(mine) == 1, [(r.kind, r.text) for r in records]
        rec = mine[0].model_dump()
        for field, want in case["expect"].items():
            assert _equal(rec[field], want), (field, rec[field], want)
    else:
        banned = set(case.get("negative_kinds", [])) or None
        hits = [(r.kind, r.text) for r in records if banned is None or r.kind in banned]
        assert hits == []


@pytest.mark.parametrize("case", _load("numbers"), ids=lambda c: f"{c['text']}:{c.get('style', 'prose')}")
def test_parse_number(case):
    reading = parse_number(case["text"], case.get("style", "prose"))
    assert math.isclose(reading.value, case["value"], rel_tol=1e-12)


def test_parse_number_rejects_non_numerals():
    for bad in ["", "abc", "1.2.3,4,5", "12.3456"]:
        with pytest.raises(ValueError):
            parse_number(bad)


def test_table_column_style_from_the_corpus_table():
    """The 'Ước thực hiện năm 2024' column of the corpus report's indicator table writes 29.40% and
    34.45, so its 17,504 (tonnes of grain) is 17504, not 17.504; the NQ column writes 17.000 tấn/năm."""
    from pathlib import Path

    from baocao.core.numbers import infer_style

    text = (Path(__file__).with_name("corpus") / "004_12d62f31151c975c.txt").read_text(encoding="utf-8")
    header = next(i for i, line in enumerate(text.splitlines()) if line.startswith("STT\t"))
    rows = [line.split("\t") for line in text.splitlines()[header + 1:] if "\t" in line]
    column = [r[3] for r in rows if len(r) > 3]            # Ước thực hiện năm 2024
    assert "17,504" in column
    assert infer_style(column) == "spreadsheet"
    reading = parse_number("17,504", infer_style(column))
    assert (reading.value, reading.convention) == (17504, "thousands_comma") and reading.confidence < 1


def test_a_run_of_days_gives_each_day_its_month():
    """The month (and year) of a run of days is written once, after the last day; the first day's
    record is its number alone and takes them from there."""
    def dates(text):
        recs = [r for r in baocao.extract(text) if r.kind == "date"]
        _check_offsets(text, recs)
        return [(r.text, r.day, r.month, r.year) for r in recs]

    assert dates("Trong hai ngày 14 và 15/6/2022, Hội Nông dân huyện tổ chức đại hội") == [
        ("14", 14, 6, 2022), ("15/6/2022", 15, 6, 2022)]
    assert dates("Từ ngày 3 đến ngày 7/10/2023, đoàn giám sát làm việc tại các xã") == [
        ("3", 3, 10, 2023), ("7/10/2023", 7, 10, 2023)]
    assert dates("Trong các ngày 21-22/4/2021, Ban Chấp hành họp") == [
        ("21", 21, 4, 2021), ("22/4/2021", 22, 4, 2021)]
    assert dates("Chiều 8 – 9/11, huyện tổ chức hội thao") == [("8", 8, 11, None),
                                                               ("9/11", 9, 11, None)]
    # not runs of days: days out of order, a day the month has not, a share of a unit
    assert dates("ngày 16 - 15/3/2023") == [("15/3/2023", 15, 3, 2023)]
    assert dates("ngày 29 và 30/2/2023 x") == []
    assert dates("tăng từ 3 - 4/10 hộ") == []
    # two full dates stay two dates
    assert dates("Từ ngày 25/12/2023 đến ngày 05/01/2024") == [
        ("25/12/2023", 25, 12, 2023), ("05/01/2024", 5, 1, 2024)]


def test_scaled_amounts_are_the_float_nearest_the_figure_as_written():
    """A scale word multiplies the decimals as written: 1.025,6 tỷ is 1025600000000.0 exactly (a
    float product gives 1025599999999.9999, which no user comparing figures expects)."""
    cases = {"thu ngân sách đạt 1.025,6 tỷ đồng": 1025600000000.0,
             "vốn 558,022 triệu đồng": 558022000.0,
             "dư nợ 3.417,3 tỷ đồng": 3417300000000.0,
             "sản lượng 1,15 triệu tấn": 1150000.0,
             "giá trị 0,7 tỷ đồng": 700000000.0}
    for text, want in cases.items():
        (rec,) = baocao.extract(text)
        assert rec.value == want, (text, rec.value)
    (rec,) = baocao.extract("khoảng 1,1 - 2,3 tỷ đồng")
    assert (rec.value, rec.value_max) == (1100000000.0, 2300000000.0)


def test_percentage_points_are_not_points():
    rec, base = baocao.extract("tỷ lệ che phủ rừng tăng 2,1 điểm phần trăm so với năm 2020")
    assert (base.kind, base.base, base.start_year) == ("period", "year", 2020)
    assert (rec.kind, rec.value, rec.unit, rec.text) == ("quantity", 2.1, "điểm phần trăm",
                                                         "2,1 điểm phần trăm")


def test_a_count_before_a_hamlet_word_keeps_the_next_count():
    recs = baocao.extract("vùng dự án gồm 12 bản 1.200 hộ")
    assert [(r.text, r.value, r.unit) for r in recs] == [("12 bản", 12.0, "bản"),
                                                        ("1.200 hộ", 1200.0, "hộ")]


def test_words_that_begin_common_words_are_no_units():
    """A unit after "dd/mm" makes it no date, and a unit word that begins common words (giải
    pháp, giải ngân; Tỉnh ủy; Hồ Chí Minh) would take dates and make false counts."""
    def got(text):
        return [(r.kind, r.text) for r in baocao.extract(text)]

    assert got("phấn đấu đến ngày 30/9 giải ngân đạt kế hoạch") == [("date", "30/9")]
    assert got("Hội nghị đề ra 5 giải pháp trọng tâm") == []
    assert got("Sáng 19/5, tại Khu di tích, Ngày 2/9 tỉnh tổ chức lễ") == [("date", "19/5"),
                                                                        ("date", "2/9")]
    assert got("Chiều 12/4 Hồ Chí Minh") == [("date", "12/4")]
