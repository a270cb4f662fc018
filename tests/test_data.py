"""Every entry of every rule file is exercised by at least one test (no untested `₫` = dime)."""
from __future__ import annotations

import pytest

import baocao
from baocao.extract._rules import load

UNITS = load("units")
UNIT_SURFACES = [(u.unit, s) for u in UNITS.measure + UNITS.count
                 for s in dict.fromkeys([u.unit, *u.aliases, *u.exact])]
EXACT_OTHER_CASE = [(s, s.swapcase()) for u in UNITS.measure + UNITS.count for s in u.exact
                    if s.swapcase() not in u.exact]


@pytest.mark.parametrize("canonical,surface", UNIT_SURFACES, ids=[s for _, s in UNIT_SURFACES])
def test_every_unit_spelling_makes_a_quantity(canonical, surface):
    text = f"đạt 1.250 {surface} trong kỳ"
    recs = [r for r in baocao.extract(text) if r.kind == "quantity"]
    assert [(r.value, r.unit) for r in recs] == [(1250.0, canonical)]


@pytest.mark.parametrize("surface,other", EXACT_OTHER_CASE, ids=[o for _, o in EXACT_OTHER_CASE])
def test_exact_units_keep_their_case(surface, other):
    """"2M" is no metres, "5G" no grams: an `exact` spelling in another case is no unit."""
    assert [r for r in baocao.extract(f"đạt 1.250 {other} trong kỳ") if r.kind == "quantity"] == []


UNIT_GUARDS = [(u.unit, s, w) for u in UNITS.measure + UNITS.count for w in u.not_before
               for s in dict.fromkeys([u.unit, *u.aliases, *u.exact])]


@pytest.mark.parametrize("unit,surface,word", UNIT_GUARDS, ids=[f"{s} {w}" for _, s, w in UNIT_GUARDS])
def test_every_unit_guard(unit, surface, word):
    """"20g ngày 5/3" is a time: a `not_before` word after the unit makes it none."""
    assert [r for r in baocao.extract(f"đạt 20{surface} {word} 5/3") if r.kind == "quantity"] == []
    recs = [r for r in baocao.extract(f"đạt 20{surface}, {word} 5/3") if r.kind == "quantity"]
    assert [(r.value, r.unit) for r in recs] == [(20.0, unit)]


UNIT_AFTER_GUARDS = [(u.unit, s, w) for u in UNITS.measure + UNITS.count for w in u.not_after
                     for s in dict.fromkeys([u.unit, *u.aliases, *u.exact])]


@pytest.mark.parametrize("unit,surface,word", UNIT_AFTER_GUARDS,
                         ids=[f"{w} {s}" for _, s, w in UNIT_AFTER_GUARDS])
def test_every_unit_guard_before_the_number(unit, surface, word):
    """"mạng 5g" is a network: a `not_after` word right before the number makes the unit none."""
    assert [r for r in baocao.extract(f"có {word} 5{surface}") if r.kind == "quantity"] == []
    recs = [r for r in baocao.extract(f"có {word} mới, 5{surface}") if r.kind == "quantity"]
    assert [(r.value, r.unit) for r in recs] == [(5.0, unit)]


IMPLIED_UNITS = [(i.unit, w) for i in UNITS.implied for w in i.after]


@pytest.mark.parametrize("unit,word", IMPLIED_UNITS, ids=[w for _, w in IMPLIED_UNITS])
def test_every_implied_unit_word(unit, word):
    recs = baocao.extract(f"{word} toàn tỉnh 1,2 triệu.")
    assert [(r.kind, r.value, r.unit, r.rule) for r in recs] == [
        ("quantity", 1.2e6, unit, "quantity.implied_unit")]


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


@pytest.mark.parametrize("word", load("numbers").amount_blockers)
def test_every_amount_blocker_stops_a_label_and_a_count_read_as_one(word):
    # "lớp 12 350 học sinh": grade 12 and 350 pupils, never 12 350 pupils
    recs = [r for r in baocao.extract(f"ở {word} 12 350 hộ") if r.kind == "quantity"]
    assert all(r.value != 12350 for r in recs)
    assert [r for r in baocao.extract(f"ở {word} 12 hộ") if r.kind == "quantity"] == []


@pytest.mark.parametrize("word", load("numbers").amount_blocker_compounds)
def test_every_compound_of_an_amount_blocker_lets_the_amount_be_read(word):
    # "khu vực nông thôn 29 triệu đồng", "xây dựng cơ bản 8.277 tỷ đồng": no hamlet, village or street
    assert word.split()[-1].lower() in load("numbers").amount_blockers
    assert [(r.kind, r.value) for r in baocao.extract(f"vốn {word} 1.200 tỷ đồng")] == [("money", 1.2e12)]
    assert [(r.kind, r.value) for r in baocao.extract(f"vốn {word.upper()} 12 hộ")] == [("quantity", 12.0)]
    # the blocker alone, or after another word, is still a label
    last = word.split()[-1]
    assert [r for r in baocao.extract(f"ở {last} 1.200 hộ") if r.kind == "quantity"] == []
    assert [r for r in baocao.extract(f"ở {word}x {last} 12 hộ") if r.kind == "quantity"] == []


@pytest.mark.parametrize("word", load("numbers").grouping_not_after)
def test_every_label_before_a_grouping_that_could_be_two_numbers(word):
    # "Quyết định số 12 350 hộ": document 12 and 350 households, never 12 350 households
    assert [r for r in baocao.extract(f"theo {word} 12 350 hộ") if r.kind == "quantity"] == []
    recs = [r for r in baocao.extract(f"theo {word} 12 350 000 hộ") if r.kind == "quantity"]
    assert [r.value for r in recs] == [12350000.0]


@pytest.mark.parametrize("word", load("numbers").grouping_unless_after)
def test_every_word_that_makes_so_a_count(word):
    recs = [r for r in baocao.extract(f"ở đây {word} số 12 350 hộ") if r.kind == "quantity"]
    assert [(r.value, r.confidence) for r in recs] == [(12350.0, 0.9)]


@pytest.mark.parametrize("word", load("numbers").blocker_unless_after)
def test_frequency_words_lift_the_year_blocker(word):
    assert [r.value for r in baocao.extract(f"{word} năm 12 xã")] == [12.0]


NUMBERS = load("numbers")
FLIPS = [(neg, q.word, NUMBERS.negation_flips[q.qualifier]) for neg in NUMBERS.negators
         for q in NUMBERS.qualifiers if q.qualifier in NUMBERS.negation_flips]


@pytest.mark.parametrize("neg,word,flipped", FLIPS, ids=[f"{n} {w}" for n, w, _ in FLIPS])
def test_every_negator_flips_every_qualifier_it_can(neg, word, flipped):
    recs = baocao.extract(f"tỷ lệ {neg} {word} 90%")
    assert [(r.text, r.value, r.qualifier) for r in recs] == [(f"{neg} {word} 90%", 90.0, flipped)]


@pytest.mark.parametrize("word", NUMBERS.negators)
def test_a_negator_before_a_qualifier_with_no_flip_reads_nothing(word):
    assert baocao.extract(f"tỷ lệ {word} khoảng 90%") == []


AFTER_WORDS = [(w, "at_least") for w in NUMBERS.at_least_after] + [
    (w, "at_most") for w in NUMBERS.at_most_after]


@pytest.mark.parametrize("word,qualifier", AFTER_WORDS, ids=[w for w, _ in AFTER_WORDS])
def test_every_word_after_an_amount(word, qualifier):
    recs = baocao.extract(f"hộ có từ 5 ha {word} được hỗ trợ")
    assert [(r.text, r.value, r.qualifier) for r in recs] == [(f"từ 5 ha {word}", 5.0, qualifier)]


@pytest.mark.parametrize("sign", NUMBERS.minus_signs)
def test_every_minus_sign(sign):
    recs = baocao.extract(f"tăng trưởng đạt {sign}3,8%, trong khi\n{sign}12 xã đạt chuẩn")
    assert [(r.text, r.value) for r in recs] == [(f"{sign}3,8%", -3.8), ("12 xã", 12.0)]


@pytest.mark.parametrize("word", NUMBERS.minus_words)
def test_every_minus_word(word):
    recs = baocao.extract(f"tăng trưởng {word} 3,8%")
    assert [(r.text, r.value) for r in recs] == [(f"{word} 3,8%", -3.8)]


MINUS_WORD_NOT_AFTER = [(b, w) for b in NUMBERS.minus_word_not_after for w in NUMBERS.minus_words]


@pytest.mark.parametrize("before,word", MINUS_WORD_NOT_AFTER, ids=[f"{b} {w}" for b, w in MINUS_WORD_NOT_AFTER])
def test_every_minus_word_guard(before, word):
    """"siêu âm 95%" is an ultrasound rate, never -95%."""
    recs = baocao.extract(f"tỷ lệ {before} {word} 95%")
    assert [(r.text, r.value) for r in recs] == [("95%", 95.0)]


@pytest.mark.parametrize("word", NUMBERS.range_words)
def test_every_range_word(word):
    recs = baocao.extract(f"lãi suất từ 6 {word} 8%/năm")
    assert [(r.text, r.value, r.value_max, r.qualifier) for r in recs] == [
        (f"từ 6 {word} 8%/năm", 6.0, 8.0, "range")]


def test_between_and():
    b = NUMBERS.range_between
    recs = baocao.extract(f"giá {b.before} 3.000 {b.between} 5.000 đồng")
    assert [(r.text, r.value, r.value_max) for r in recs] == [
        (f"{b.before} 3.000 {b.between} 5.000 đồng", 3000.0, 5000.0)]
    # without the word before, the joining word joins two amounts, not a range
    recs = baocao.extract(f"chiếm 33,93% {b.between} 35,40%")
    assert [(r.text, r.value, r.value_max) for r in recs] == [("33,93%", 33.93, None),
                                                             ("35,40%", 35.4, None)]


CURRENCY_WORDS = [(c.code, w) for c in load("currencies").currencies for w in c.words]
CURRENCY_EXACT = [(c.code, w) for c in load("currencies").currencies for w in c.exact]
CURRENCY_SYMBOLS = [(c.code, s) for c in load("currencies").currencies for s in c.symbols_before]


@pytest.mark.parametrize("code,word", CURRENCY_EXACT, ids=[w for _, w in CURRENCY_EXACT])
def test_every_exact_currency_word_keeps_its_case(code, word):
    assert [(r.value, r.currency) for r in baocao.extract(f"giá 500 {word}")] == [(500.0, code)]
    other = word[0].swapcase() + word[1:]
    assert [r for r in baocao.extract(f"giá 500 {other}") if r.kind == "money"] == []


@pytest.mark.parametrize("code,symbol", CURRENCY_SYMBOLS, ids=[s for _, s in CURRENCY_SYMBOLS])
def test_every_currency_symbol_before(code, symbol):
    recs = baocao.extract(f"giá khoảng {symbol}50 triệu, giá {symbol} 7")
    assert [(r.text, r.value, r.currency, r.qualifier, r.rule) for r in recs] == [
        (f"khoảng {symbol}50 triệu", 5e7, code, "about", "money.symbol_before"),
        (f"{symbol} 7", 7.0, code, None, "money.symbol_before")]


SHORTHAND = load("currencies").shorthand


@pytest.mark.parametrize("short", SHORTHAND, ids=lambda s: s.suffix)
def test_every_shorthand(short):
    recs = baocao.extract(f"giá vé 5{short.suffix}. Chạy 5{short.suffix}")
    assert [(r.text, r.value, r.rule) for r in recs] == [
        (f"5{short.suffix}", 5.0 * short.factor, "money.shorthand")]
    tail = baocao.extract(f"giá vé 5{short.suffix}2")
    assert [r.value for r in tail] == ([5.2 * short.factor] if short.tail else [])


@pytest.mark.parametrize("word", load("currencies").implied_vnd_before)
def test_every_implied_vnd_before_word(word):
    recs = baocao.extract(f"tổng vốn 28 tỷ {word} xã. Dân số 1,2 triệu {word} tỉnh.")
    assert [(r.kind, r.text, r.value, r.currency, r.rule) for r in recs] == [
        ("money", "28 tỷ", 28e9, "VND", "money.implied_currency")]


@pytest.mark.parametrize("word", load("currencies").implied_vnd_not_with)
def test_every_foreign_context_word_implies_no_vnd(word):
    # foreign trade or capital before a scale word with no currency: USD as often as VND, so no amount
    assert baocao.extract(f"Kim ngạch {word} đạt 2,5 tỷ, tăng 3%.") == [] or all(
        r.kind != "money" for r in baocao.extract(f"Kim ngạch {word} đạt 2,5 tỷ, tăng 3%."))
    assert not [r for r in baocao.extract(f"vốn {word} đạt 1,2 tỷ của cả năm.") if r.kind == "money"]
    # without it the cue still implies VND
    assert [(r.value, r.currency) for r in baocao.extract("vốn đầu tư đạt 1,2 tỷ của cả năm.")
            if r.kind == "money"] == [(1.2e9, "VND")]


@pytest.mark.parametrize("word", load("currencies").shorthand_after)
def test_every_shorthand_context_word(word):
    assert [(r.value, r.currency) for r in baocao.extract(f"{word} 50k")] == [(50000.0, "VND")]


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


HOLIDAY_NAMES = [(h.day, h.month, n) for h in load("dates").holidays for n in h.names]


@pytest.mark.parametrize("day,month,name", HOLIDAY_NAMES, ids=[f"{n} {d}/{m}" for d, m, n in HOLIDAY_NAMES])
def test_every_holiday_name(day, month, name):
    text = f"Nhân kỷ niệm {name} {day}/{month}, xã tặng 15 suất quà."
    recs = baocao.extract(text)
    assert [(r.text, r.rule) for r in recs if r.kind == "date"] == [(f"{day}/{month}", "date.holiday")]
    # another day after the same name is no date: a fraction stays a fraction
    other = (day % 12) + 1 if (day % 12) + 1 != month else (day % 12) + 2
    assert [r for r in baocao.extract(f"{name} {other}/{month} số hộ") if r.kind == "date"] == []


@pytest.mark.parametrize("word", load("dates").holiday_words)
def test_every_holiday_word(word):
    recs = [r for r in baocao.extract(f"Hoạt động {word} 30/4 diễn ra sôi nổi") if r.kind == "date"]
    assert [(r.day, r.month) for r in recs] == [(30, 4)]
    assert [r for r in baocao.extract(f"Hoạt động {word} 3/7 số hộ") if r.kind == "date"] == []


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


@pytest.mark.parametrize("word", PERIODS.this_year)
def test_every_this_year_word(word):
    recs = [r for r in baocao.extract(f"quý III năm {word} và 9 tháng đầu năm {word}, tăng") if r.kind == "period"]
    assert [(r.text, r.start_month, r.end_month, r.start_year) for r in recs] == [
        (f"quý III năm {word}", 7, 9, None), (f"9 tháng đầu năm {word}", 1, 9, None)]
    assert [r for r in baocao.extract(f"trong năm {word} tăng") if r.kind == "period"] == []


@pytest.mark.parametrize("word", PERIODS.year_not_after)
def test_every_word_before_a_year_that_is_no_period(word):
    assert [r for r in baocao.extract(f"{word} năm 1975") if r.kind == "period"] == []


@pytest.mark.parametrize("word", PERIODS.founding_words)
def test_every_founding_word_before_what_was_founded(word):
    assert [r for r in baocao.extract(f"Kể từ khi {word} tỉnh Bình Thuận (năm 1992) đến nay") if r.kind == "period"] == []
    assert [r.text for r in baocao.extract(f"{word} mới trong năm 2024") if r.kind == "period"] == ["năm 2024"]


@pytest.mark.parametrize("word", PERIODS.month_not_after)
def test_every_word_before_a_month_that_is_no_period(word):
    assert [r for r in baocao.extract(f"{word} tháng 2 lần") if r.kind == "period"] == []


@pytest.mark.parametrize("word", PERIODS.month_name_not_before)
def test_every_word_after_a_month_name_that_is_no_month(word):
    # "tháng\nMột số chỉ tiêu": a heading's "tháng" before a sentence; "tháng Một," stays January
    assert [r for r in baocao.extract(f"Kết quả tháng Một {word} chỉ tiêu") if r.kind == "period"] == []
    assert [r.text for r in baocao.extract(f"cuối tháng Một, {word} chỉ tiêu") if r.kind == "period"] == [
        "tháng Một"]


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
