"""Every entry of every rule file is exercised by at least one test (no untested `₫` = dime)."""
from __future__ import annotations

import pytest

import baocao
from baocao.extract._rules import load

UNITS = load("units")
UNIT_SURFACES = [(u.unit, s) for u in UNITS.measure + UNITS.count for s in [u.unit, *u.aliases]]


@pytest.mark.parametrize("canonical,surface", UNIT_SURFACES, ids=[s for _, s in UNIT_SURFACES])
def test_every_unit_spelling_makes_a_quantity(canonical, surface):
    text = f"đạt 1.250 {surface} trong kỳ"
    recs = [r for r in baocao.extract(text) if r.kind == "quantity"]
    assert [(r.value, r.unit) for r in recs] == [(1250.0, canonical)]


@pytest.mark.parametrize("per", UNITS.per)
def test_every_per_word_makes_a_tail(per):
    recs = baocao.extract(f"bình quân 35 triệu đồng/{per}")
    assert [r.per for r in recs] == [per]


@pytest.mark.parametrize("scale", load("numbers").scales, ids=lambda s: s.word)
def test_every_scale_word_multiplies(scale):
    recs = baocao.extract(f"tổng vốn 2 {scale.word} đồng")
    assert [r.value for r in recs] == [2.0 * scale.factor]


@pytest.mark.parametrize("word", load("numbers").scale_not_before)
def test_scale_word_guard(word):
    # "2020 tỷ lệ ..." : the year is not 2020 billion of anything
    recs = baocao.extract(f"đến hết 2020 tỷ {word} 5 xã")
    assert [(r.kind, r.text) for r in recs] == [("quantity", "5 xã")]


@pytest.mark.parametrize("q", load("numbers").qualifiers, ids=lambda q: q.word)
def test_every_qualifier(q):
    recs = baocao.extract(f"đạt {q.word} 90%")
    assert [(r.value, r.qualifier) for r in recs] == [(90.0, q.qualifier)]


@pytest.mark.parametrize("word", load("numbers").blockers)
def test_every_blocker_stops_an_amount(word):
    assert [r for r in baocao.extract(f"{word} 12 xã") if r.kind == "quantity"] == []


@pytest.mark.parametrize("word", load("numbers").blocker_unless_after)
def test_frequency_words_lift_the_year_blocker(word):
    assert [r.value for r in baocao.extract(f"{word} năm 12 xã")] == [12.0]


CURRENCY_WORDS = [(c.code, w) for c in load("currencies").currencies for w in c.words]


@pytest.mark.parametrize("code,word", CURRENCY_WORDS, ids=[w for _, w in CURRENCY_WORDS])
def test_every_currency_word(code, word):
    recs = baocao.extract(f"vốn 15 triệu {word} cho dự án")
    assert [(r.kind, r.value, r.currency) for r in recs] == [("money", 15e6, code)]


NOT_BEFORE = [(w, nb) for c in load("currencies").currencies for w in c.words[:1] for nb in c.not_before]


@pytest.mark.parametrize("word,after", NOT_BEFORE, ids=[f"{w} {a}" for w, a in NOT_BEFORE])
def test_every_currency_guard(word, after):
    assert [r for r in baocao.extract(f"có 15 {word} {after}") if r.kind == "money"] == []


@pytest.mark.parametrize("word", load("dates").context_words)
def test_every_date_context_word(word):
    recs = [r for r in baocao.extract(f"{word} 19/5 vừa qua") if r.kind == "date"]
    assert [(r.day, r.month) for r in recs] == [(19, 5)]


@pytest.mark.parametrize("weekday", load("dates").weekdays)
def test_every_weekday(weekday):
    recs = baocao.extract(f"{weekday}, 27/02/2023, 18:04")
    assert [(r.weekday, r.day, r.hour) for r in recs] == [(weekday, 27, 18)]


@pytest.mark.parametrize("kw", load("terms").year_keywords)
def test_every_term_keyword(kw):
    recs = baocao.extract(f"trong {kw} 2021 - 2025")
    assert [(r.text, r.start_year, r.end_year) for r in recs] == [(f"{kw} 2021 - 2025", 2021, 2025)]


ORDINAL_WORDS = [(o.label, w) for o in load("terms").ordinal_labels for w in o.words]


@pytest.mark.parametrize("label,word", ORDINAL_WORDS, ids=[w for _, w in ORDINAL_WORDS])
def test_every_ordinal_word(label, word):
    recs = baocao.extract(f"Nghị quyết {word} XXIV")
    assert [(r.ordinal, r.label) for r in recs] == [(24, label)]


def test_rule_file_errors_name_the_file(tmp_path, monkeypatch):
    from baocao.extract import _rules

    (tmp_path / "units.yaml").write_text("measure: [{unit: ha}]\ncount: []\nper: []\n", encoding="utf-8")
    monkeypatch.setattr(_rules, "DATA", tmp_path)
    _rules.load.cache_clear()
    try:
        with pytest.raises(ValueError, match="units.yaml"):
            _rules.load("units")
    finally:
        _rules.load.cache_clear()


@pytest.mark.parametrize("word", load("dates").not_before)
def test_every_word_after_which_a_day_and_month_is_no_date(word):
    assert [r for r in baocao.extract(f"từ 3/5 {word}") if r.kind == "date"] == []


@pytest.mark.parametrize("word", load("dates").day_prefixes)
def test_every_day_prefix(word):
    recs = [r for r in baocao.extract(f"Sáng {word} 6 tháng 2, tại") if r.kind == "date"]
    assert [(r.text, r.day, r.month) for r in recs] == [(f"{word} 6 tháng 2", 6, 2)]


PERIODS = load("periods")


@pytest.mark.parametrize("word", PERIODS.quarter_words)
def test_every_quarter_word(word):
    recs = baocao.extract(f"trong {word} II/2024 tăng")
    assert [(r.kind, r.start_month, r.end_month, r.start_year) for r in recs] == [("period", 4, 6, 2024)]


@pytest.mark.parametrize("kw", PERIODS.range_keywords)
def test_every_range_keyword(kw):
    recs = baocao.extract(f"trong {kw} 2021 - 2025")
    assert [(r.kind, r.text, r.start_year, r.end_year) for r in recs] == [
        ("period", f"{kw} 2021 - 2025", 2021, 2025)]


MONTH_PARTS = [(p.part, w) for p in PERIODS.month_parts for w in p.words]


@pytest.mark.parametrize("part,words", MONTH_PARTS, ids=[w for _, w in MONTH_PARTS])
def test_every_month_part(part, words):
    recs = baocao.extract(f"trong 4 tháng {words} 2024 tăng")
    want = (1, 4) if part == "first" else (9, 12)
    assert [(r.kind, r.start_month, r.end_month, r.start_year) for r in recs] == [("period", *want, 2024)]


@pytest.mark.parametrize("word", PERIODS.year_not_after)
def test_every_word_before_a_year_that_is_no_period(word):
    assert [r for r in baocao.extract(f"{word} năm 1975") if r.kind == "period"] == []


@pytest.mark.parametrize("word", PERIODS.month_not_after)
def test_every_word_before_a_month_that_is_no_period(word):
    assert [r for r in baocao.extract(f"{word} tháng 2 lần") if r.kind == "period"] == []


@pytest.mark.parametrize("word", PERIODS.comparison_lead)
def test_every_comparison_lead(word):
    recs = baocao.extract(f"tăng {word} cùng kỳ năm trước")
    assert [(r.text, r.base) for r in recs if r.kind == "period"] == [
        (f"{word} cùng kỳ năm trước", "same_period_previous_year")]


COMPARISONS = [(c, w) for c in PERIODS.comparisons for w in c.words]


@pytest.mark.parametrize("c,word", COMPARISONS, ids=[w for _, w in COMPARISONS])
def test_every_comparison_base(c, word):
    text = f"tăng 5% so với {word}" + (" 2023" if c.year else "") + "."
    recs = [r for r in baocao.extract(text) if r.kind == "period"]
    assert [(r.base, r.start_year) for r in recs] == [(c.base, 2023 if c.year else None)]


@pytest.mark.parametrize("word", PERIODS.law_words)
def test_every_law_word_names_a_law_not_a_period(word):
    assert [r for r in baocao.extract(f"theo {word} Đất đai năm 2024") if r.kind == "period"] == []


@pytest.mark.parametrize("word", PERIODS.comparison_short_lead)
def test_every_short_comparison_lead(word):
    led = [(r.text, r.base) for r in baocao.extract(f"tăng 2% {word} năm trước") if r.kind == "period"]
    free = [(r.text, r.base) for r in baocao.extract(f"tăng 2% {word} cùng kỳ") if r.kind == "period"]
    assert (led, free) == ([(f"{word} năm trước", "previous_year")], [("cùng kỳ", "same_period")])


@pytest.mark.parametrize("word", load("dates").joining_words)
def test_every_joining_word_after_a_dotted_date(word):
    recs = [r for r in baocao.extract(f"từ 1.7 {word} 31.7") if r.kind == "date"]
    assert [(r.day, r.month) for r in recs][:1] == [(1, 7)]
