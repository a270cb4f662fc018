"""Hostile text for the extractors (issue 16): numerals past the float range, lone surrogates,
and patterns whose match at a numeral must not read the rest of the text.

The speed of the pathological inputs is measured by benchmarks/bench_attack.py (CPU time, not a
test); here: what the bound changes (nothing within a record's length, no record past it), that a
number past the float range gives no record, and that every record serializes and validates.
"""
from __future__ import annotations

import json
import re
import math

import jsonschema
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import baocao
from baocao.core.file_names import names_a_file
from baocao.core.numbers import WINDOW, match_near, parse_number, scaled
from baocao.normalize import normalize
from baocao.schema import json_schema, record_from_dict

_VALIDATOR = jsonschema.Draft202012Validator(json_schema())


_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _valid(rec) -> None:
    """The record's JSON line parses, validates against the schema and reads back equal; where its
    text holds a high surrogate right before a low one, JSON reads that pair back as the character
    it encodes (docs/records.md), and the rest of the text is kept."""
    line = rec.model_dump_json(exclude_none=True)
    data = json.loads(line)
    _VALIDATOR.validate(data)
    if _PAIR.search(rec.text):      # the span no longer measures the text: no record reads it back
        assert data["text"] == _joined(rec.text) and (data["start"], data["end"]) == (rec.start, rec.end)
        return
    # any other string field (section, name, …) may hold such a pair: compare with it joined
    joined = {k: _joined(v) for k, v in rec.__dict__.items() if isinstance(v, str) and _PAIR.search(v)}
    assert record_from_dict(data) == (rec.model_copy(update=joined) if joined else rec)


def _joined(s: str) -> str:
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


# --- the bound of a match at a numeral -------------------------------------------------------

_CHAIN = regex.compile(r"\d+(?: - \d+)* ha")


def test_match_near_is_the_unbounded_match_within_a_record_length():
    text = "trồng 12 - 15 ha rừng; " * 40
    for pos in (m.start() for m in regex.finditer(r"\d+", text)):
        assert match_near(_CHAIN, text, pos) is not None or _CHAIN.match(text, pos) is None
        m, near = _CHAIN.match(text, pos), match_near(_CHAIN, text, pos)
        assert (m and m.span()) == (near and near.span())


def test_match_near_reads_no_further_than_its_window():
    # the unbounded pattern would find "1 - 1 - … - 2 ha" at 0; read within the window there is no
    # record, rather than one cut short
    text = "1 - " * WINDOW + "2 ha"
    assert _CHAIN.match(text, 0) is not None
    assert match_near(_CHAIN, text, 0) is None
    # a lookahead that meets the window's end proves nothing: no match there either
    assert match_near(regex.compile(r"\d+(?!\d)"), "9" * (2 * WINDOW), 0) is None


def test_no_record_from_a_numeral_longer_than_the_window():
    assert baocao.extract("9" * WINDOW + " ha", normalize=False) == []
    assert [r.text for r in baocao.extract("9" * 20 + " ha", normalize=False)] == ["9" * 20 + " ha"]


@pytest.mark.parametrize("unit", ["5 - ", "12/ ", "3 tỷ ", "7 % ", "ngày 5/", "năm 20"])
def test_records_of_a_repeated_piece_do_not_depend_on_the_length(unit):
    # the bound reads each numeral's surroundings only: the records of n repetitions are the
    # records of one, shifted (the same at every copy away from the two ends)
    short, long = unit * 20, unit * 400
    rs, rl = baocao.extract(short), baocao.extract(long)
    inner = {(r.kind, r.text, r.start % len(unit)) for r in rs
             if 4 * len(unit) <= r.start < len(short) - 4 * len(unit)}
    inner_long = {(r.kind, r.text, r.start % len(unit)) for r in rl
                  if 4 * len(unit) <= r.start < len(long) - 4 * len(unit)}
    assert inner == inner_long


# --- numbers past the float range ------------------------------------------------------------

def test_parse_number_past_the_float_range_is_no_value():
    with pytest.raises(ValueError):
        parse_number("9" * 400)
    with pytest.raises(ValueError):
        parse_number("1" + "." + ".".join(["000"] * 110))   # 1e330 grouped
    with pytest.raises(ValueError):
        scaled(9.9e300, 10 ** 12)
    assert parse_number("9" * 300).value == float("9" * 300)


@pytest.mark.parametrize("text", [
    "9" * 190 + " nghìn tỷ đồng",          # 1e190 digits then 1e12: within the float range
    "9" * 199 + " tỷ",
    "doanh thu " + "9" * 180 + " nghìn tỷ đồng/năm",
])
def test_huge_amounts_are_finite_or_absent(text):
    for rec in baocao.extract(text):
        for name in ("value", "value_max", "numerator", "denominator"):
            v = getattr(rec, name, None)
            assert v is None or math.isfinite(v)
        _valid(rec)


def test_scaled_past_the_float_range_gives_no_record(monkeypatch):
    # within the window, no numeral reaches 1e308 once scaled; a scale word beyond the float
    # range shows the rule: no record rather than inf
    import baocao.core.numbers.amounts as amounts
    monkeypatch.setattr(amounts, "scale_factor", lambda word: 1e308 if word else 1)
    assert baocao.extract("5 tỷ đồng; 5 triệu ha", normalize=False) == []
    assert [r.text for r in baocao.extract("5 đồng", normalize=False)] == ["5 đồng"]


@pytest.mark.parametrize("name", ["Doanh thu", "Doanh thu (tỷ đồng)"])
def test_table_cell_past_the_float_range_has_no_value(name):
    report = baocao.parse(f"Bảng 1. Kết quả\nChỉ tiêu\tGiá trị\n{name}\t" + "9" * 400 +
                          "\nLúa\t5\nNgô\t" + "9" * 305 + "\n")
    for rec in report.records:
        _valid(rec)
    cells = [c for t in report.tables for c in t.cells]
    assert cells and all(c.value is None or math.isfinite(c.value) for c in cells)
    assert [c.value for c in cells if c.indicator == "Lúa"] in ([5.0], [5e9])


# --- lone surrogates -------------------------------------------------------------------------

def test_a_lone_surrogate_in_footnote_and_indicator_text_serializes():
    text = ("Tỷ lệ hộ nghèo\ud800 giảm còn 5%. Doanh thu\udcff đạt 5 tỷ đồng.¹\n\n"
            "¹ Chú thích \udcff số 3.\n")
    report = baocao.parse(text)
    kinds = set()
    for rec in [*report.records, *report.indicators]:
        _valid(rec)
        kinds.add(rec.kind)
        assert text[rec.start:rec.end] == rec.text
    assert {"footnote", "indicator"} <= kinds


def test_a_surrogate_pair_written_as_two_code_points_reads_back_as_its_character():
    # JSON has one escape for the pair and for the character it encodes: the line is valid, its
    # span kept, its text one character shorter (docs/records.md)
    text = "Tỷ lệ hộ nghèo\ud83d\ude00 giảm còn 5%."
    report = baocao.parse(text)
    held = [r for r in report.indicators if "\ud83d" in r.text]
    assert held
    for rec in held:
        data = json.loads(rec.model_dump_json())
        assert data["text"] == rec.text.replace("\ud83d\ude00", "\U0001f600")
        assert data["end"] - data["start"] == len(data["text"]) + 1
        _valid(rec)


SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
PIECES = ["5,61", "%", "/năm", "1.629", "tỷ", "đồng", "nghìn tỷ", "triệu", " ", "-", "/", "2020",
          "ha", "ngày", "19/5", "03-NQ/TU", "từ", "đến", "\n", "\n\n", "¹", "Tỷ lệ hộ nghèo",
          "giảm", "đạt", "Doanh thu", "khóa", "XI", "\t", "9" * 320, "9" * 190, "1e400",
          "999999999999999999999 nghìn tỷ", ".", ","]
hostile = st.lists(st.sampled_from(PIECES) | SURROGATES | st.text(max_size=2), max_size=30).map("".join)


@settings(max_examples=150, deadline=None)
@given(hostile)
def test_extract_records_serialize_and_validate(text):
    if names_a_file(text):   # one word named like a file: a ValueError, tested in test_properties
        return
    for rec in baocao.extract(text):
        assert text[rec.start:rec.end] == rec.text
        _valid(rec)


@settings(max_examples=40, deadline=None)
@given(hostile)
def test_parse_records_and_indicators_serialize_and_validate(text):
    report = baocao.parse(text)
    for rec in [*report.records, *report.indicators]:
        assert text[rec.start:rec.end] == rec.text
        _valid(rec)
    for check in report.checks:
        json.loads(check.model_dump_json())


@settings(max_examples=100, deadline=None)
@given(hostile)
def test_normalize_keeps_surrogates_and_huge_numerals_in_place(text):
    n = normalize(text)
    assert n.original == text
    for e in n.edits:
        assert text[e.start:e.end] == e.before
        json.loads(json.dumps([e.start, e.end, e.before, e.after, e.rule]))


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(hostile)
def test_extract_records_serialize_and_validate_many(text):
    for rec in baocao.extract(text):
        _valid(rec)


# --- run-in headings on a line that runs on ----------------------------------------------------

def test_a_run_in_title_reads_a_bounded_number_of_tokens():
    from baocao.structure import run_in
    line = "BỐI CẢNH THẾ GIỚI VÀ KHU VỰC Những năm cuối thập kỷ 80. "
    long = line + "và các năm sau đó " * 50_000
    # the work per label is bounded (tokens looked at), not the rest of the line
    assert len(list(run_in._tokens(long, 0, len(long)))) <= run_in.RULES.run_in_max_words + 2 + \
        run_in.RULES.max_chars
    assert run_in.title_end(long, 0, len(long), frozenset()) == \
        run_in.title_end(line, 0, len(line), frozenset()) == len("BỐI CẢNH THẾ GIỚI VÀ KHU VỰC")


# --- footnote markers on a line that runs on --------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab\n\t ", max_size=40), st.integers(0, 40))
def test_footnote_line_lookups_are_the_scans_they_replace(text, pos):
    from baocao.normalize.footnote_markers import _Lines
    pos = min(pos, len(text))
    lines = _Lines(text)
    assert lines.start(pos) == text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    assert lines.has_tab(pos) == ("\t" in text[lines.start(pos):len(text) if le < 0 else le])


def test_a_line_of_numbered_codes_gives_the_same_records_at_any_length():
    for piece in ("NQ 5 ", "Số 5 ", "Quyết định 5 "):
        short, long = piece * 10, piece * 5000
        assert baocao.extract(short) == [] and baocao.extract(long) == []


# --- a range word opens a match only when a unit can close it ----------------------------------

@pytest.mark.parametrize("text, found", [
    ("trồng 5 - 7 ha rừng", [("quantity", "5 - 7 ha")]),
    ("giữa 5 và 7 tỷ đồng", [("money", "giữa 5 và 7 tỷ đồng")]),
    ("tăng 5 – 7%", [("percentage", "5 – 7%")]),
    ("5 - 7 - 9 ha", [("quantity", "9 ha")]),   # a chain of dashes is a list, no range
    ("5 - 5 - 5 -", []),
])
def test_ranges_are_read_where_a_unit_closes_them(text, found):
    assert [(r.kind, r.text) for r in baocao.extract(text)] == found


def test_the_links_of_a_dash_chain_are_not_tried(monkeypatch):
    # counting work, deterministically: the amount patterns are run at no numeral of a chain of
    # dashes that no unit closes
    from baocao.core.numbers import scan
    calls = []
    real = scan.match_near
    monkeypatch.setattr(scan, "match_near", lambda p, t, pos: calls.append(pos) or real(p, t, pos))
    from baocao.document import Document
    from baocao.core.numbers.amounts import find_amounts
    import baocao.extract.quantity as quantity
    assert list(find_amounts(Document.from_text("5 -" * 1000), quantity._PATTERN)) == []
    assert calls == []
