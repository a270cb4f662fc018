"""Hostile input classes of benchmarks/bench_attack.py at about 100 KB (issue 16): what extract and
parse give for each, read from the text. Their speed (CPU seconds per MB, at 1-4 MB) is measured
by the benchmark, not here.
"""
from __future__ import annotations

import baocao

_SIZE = 100_000


def _repeat(unit: str) -> tuple[str, int]:
    n = _SIZE // len(unit.encode("utf-8")) + 1
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


def test_lines_of_bare_labels_are_nothing():
    # "1." alone on every line: no title, so no heading; no number that counts anything
    text, _ = _repeat("1.\n")
    report = baocao.parse(text)
    assert list(report.sections) == [] and list(report.records) == []
    assert baocao.extract(text) == []


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
