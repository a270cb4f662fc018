"""Hostile input classes of benchmarks/bench_attack.py at about 100 KB (30 KB for the denser ones;
issue 16): what extract and parse give for each, read from the text. Their speed (CPU seconds per
MB, at 1-4 MB) is measured by the benchmark, not here.
"""
from __future__ import annotations

import baocao

_SIZE = 100_000
_SMALL = 30_000   # the classes whose every few bytes make an indicator or a table row: a smaller text


def _repeat(unit: str, size: int = _SIZE) -> tuple[str, int]:
    n = size // len(unit.encode("utf-8")) + 1
    return unit * n, n


def test_dashes_open_ranges_that_nothing_closes():
    # "5 -5 -5 -…": no unit, no date, no document number; each numeral before a dash is a
    # possible range, date or run of days that never closes
    text, _ = _repeat("5 -")
    assert baocao.extract(text) == []
    report = baocao.parse(text)
    assert list(report.records) == [] and list(report.sections) == []


def test_dashes_and_slashes_give_one_fraction_each():
    # "12 - 3 / 4- 5/ ngày 7/ ": "3 / 4" is a fraction; "12 -", "4- 5/", "ngày 7/" close nothing
    unit = "12 - 3 / 4- 5/ ngày 7/ "
    text, n = _repeat(unit)
    records = baocao.extract(text)
    assert [(r.text, r.start, r.numerator, r.denominator) for r in records] == [
        ("3 / 4", k * len(unit) + 5, 3.0, 4.0) for k in range(n)]
    assert all(text[r.start:r.end] == r.text for r in records)


def test_a_chain_of_slashes_is_one_fraction_at_its_start():
    # "5/6 5/6 5/6 …": after the first, each "5/6" follows a number and a space (a list or a
    # table row that the rules do not read as fractions)
    text, _ = _repeat("5/6 ")
    assert [(r.text, r.start) for r in baocao.extract(text)] == [("5/6", 0)]
    # the fraction measures nothing named: what follows it is dates ("5/6") to the end, each
    # stripped from the phrase in turn, and no word is left
    assert len(baocao.parse(text).indicators) == 0


def test_lines_of_heading_labels_and_titles_are_sections():
    # "1. A" on every line: a heading of rank 2 each, one after another at the top level
    text, n = _repeat("1. A\n")
    report = baocao.parse(text)
    assert [(s.heading, s.start, s.depth, s.rule) for s in report.sections] == [
        ("1. A", 5 * k, 1, "heading.number") for k in range(n)]
    assert list(report.records) == []
    # each line one sentence (the point of its label ends none), in its own section
    assert [(s.start, s.end, s.section) for s in report.sentences] == [(5 * k, 5 * k + 4, k) for k in range(n)]
    assert report.edits == ()   # no line goes on in the next: no page break is joined


def test_lines_of_bare_labels_are_nothing():
    # "1." alone on every line: no title, so no heading; no number that counts anything
    text, n = _repeat("1.\n")
    report = baocao.parse(text)
    assert list(report.sections) == [] and list(report.records) == []
    assert baocao.extract(text) == []
    assert [(s.start, s.end, s.section) for s in report.sentences] == [(3 * k, 3 * k + 2, None) for k in range(n)]


def test_a_quantity_after_another_is_one_record_each():
    # "5 ha 5 ha 5 ha …": one area after another on one line, each 5 hectares, no word before
    # any of them (no qualifier, no label), all in the one sentence of the text
    text, n = _repeat("5 ha ")
    expected = [("5 ha", 5 * k, 5.0, "ha", "quantity.number_unit") for k in range(n)]
    assert [(r.text, r.start, r.value, r.unit, r.rule) for r in baocao.extract(text)] == expected
    report = baocao.parse(text)
    assert [(r.text, r.start, r.value, r.unit, r.rule) for r in report.records] == expected
    assert {r.sentence for r in report.records} == {0} and len(report.indicators) == 0


def test_titles_that_go_on_in_the_next_line_are_sections():
    # "1. A" and "B" on the next line, again and again: a title in capitals over two lines each
    # time (the lines a title goes on in were once copied into a new set at each heading)
    text, n = _repeat("1. A\nB\n")
    report = baocao.parse(text)
    assert [(s.heading, s.start, s.depth, s.rule) for s in report.sections] == [
        ("1. A\nB", 7 * k, 1, "heading.number") for k in range(n)]
    assert list(report.records) == []
    assert [(s.start, s.end, s.section) for s in report.sentences] == [
        (7 * k + j, 7 * k + j + w, k) for k in range(n) for j, w in ((0, 4), (5, 1))]


def test_a_change_after_another_measures_nothing_named():
    # "tăng 5% tăng 5% …": a rise of 5 percent again and again, with no phrase naming what rose
    text, n = _repeat("tăng 5% ", _SMALL)
    assert [(r.text, r.start, r.value) for r in baocao.extract(text)] == [
        ("5%", 8 * k + 5, 5.0) for k in range(n)]
    report = baocao.parse(text)
    assert len(report.indicators) == 0
    assert {u.reason for u in report.unattached} == {"no indicator phrase before or after the figure"}
    assert len(report.unattached) == n


def test_short_sentences_of_a_population_are_an_indicator_each():
    # "Dân số 1,2 triệu. ": a population of 1.2 million people, said again in each sentence
    unit = "Dân số 1,2 triệu. "
    text, n = _repeat(unit, _SMALL)
    expected = [("1,2 triệu", len(unit) * k + 7, 1_200_000.0, "người") for k in range(n)]
    assert [(r.text, r.start, r.value, r.unit) for r in baocao.extract(text)] == expected
    report = baocao.parse(text)
    assert len(report.sentences) == n
    assert [(i.name, i.value, i.unit, i.start) for i in report.indicators] == [
        ("Dân số", 1_200_000.0, "người", len(unit) * k) for k in range(n)]


def test_lines_of_two_cells_are_one_table_and_no_record():
    # "a\tb" on every line: two cells split by a tab, no figure anywhere
    text, n = _repeat("a\tb\n", _SMALL)
    report = baocao.parse(text)
    assert list(report.records) == [] and len(report.tables) == 1
    assert baocao.extract(text) == []
    # the first line the header; each other row one tidy cell "b" of the row named "a", read as prose
    assert [(c.row, c.line, c.indicator, c.column, c.raw, c.start, c.rule, c.prose) for c in report.tables[0].cells] == [
        (k, k + 1, "a", "b", "b", 4 * k + 2, "table.prose", True) for k in range(1, n)]


def test_list_items_of_an_area_each_measure_nothing_named():
    # "- Đạt 5 ha": a list item of 5 hectares reached, on every line, without saying of what
    text, n = _repeat("- Đạt 5 ha\n", _SMALL)
    expected = [("5 ha", 11 * k + 6, 5.0, "ha") for k in range(n)]
    assert [(r.text, r.start, r.value, r.unit) for r in baocao.extract(text)] == expected
    report = baocao.parse(text)
    assert len(report.indicators) == 0 and len(report.unattached) == n


def test_dashes_and_slashes_each_fraction_is_one_statement_or_unattached():
    # "12 - 3 / 4- 5/ ngày 7/ ": each "3 / 4" is one figure of at most one statement, or unattached, and
    # every statement's figure is the text there (the names read here are not pinned: "5/ ngày 7/ 12",
    # read from the numbers before the fraction, is no name a rule should keep)
    unit = "12 - 3 / 4- 5/ ngày 7/ "
    text, n = _repeat(unit, _SMALL)
    report = baocao.parse(text)
    starts = [len(unit) * k + 5 for k in range(n)]
    held = sorted([s for i in report.indicators for s, _ in i.figures] + [u.start for u in report.unattached])
    assert held == starts
    assert all(text[s:e] == "3 / 4" for i in report.indicators for s, e in i.figures)
