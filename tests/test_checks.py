"""Consistency checks (Report.checks, baocao.checks, the `check` column of baocao.indicators):
a slip is flagged, a correct rounding is not, offsets are exact."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import baocao
from baocao.resolve.checks import _rules, agree, numerals, unit_of_last_digit
from baocao.schema import Check

CORPUS = Path(__file__).parent / "corpus"
RULES = _rules().data


def _checks(text: str, kind: str | None = None):
    r = baocao.parse(text)
    out = [c for c in r.checks if kind is None or c.check == kind]
    for c in r.checks:
        assert r.original[c.start:c.end] == c.text
        assert r.original[c.other_start:c.other_end] == c.other_text
    return out


def _vn(x: float, decimals: int) -> str:
    """A number as Vietnamese prose writes it (decimal comma, no grouping below 1000)."""
    return f"{x:.{decimals}f}".replace(".", ",")


def _table(target: str, value: str, achievement: str, name: str = "Độ che phủ rừng") -> str:
    return ("STT\tChỉ tiêu\tNghị quyết\tƯớc thực hiện năm 2025\tSo sánh\n"
            f"1\t{name}\t{target}\t{value}\t{achievement}\n")


# ---- fraction and percentage ------------------------------------------------------------------
@pytest.mark.parametrize("text,ok,rounding", [
    ("Có 113/118 bản (95,8%) có điện.", True, "rounded"),          # 95,76… rounded
    ("Có 33/37 xã, đạt 89,18%.", True, "cut"),                      # 89,189… cut to 2 decimals
    ("Có 34/35 trường, đạt 97,14%.", True, "rounded"),
    ("Có 10/12 xã, đạt 80%.", False, None),                         # 83,3%: a slip
    ("Có 33/37 xã, đạt 89,10%.", False, None),                      # neither rounded nor cut
    ("Có 33/37 xã, đạt 89,2%.", True, "rounded"),
    ("Có 33/37 xã, đạt 90%.", False, None),                         # 89,19 rounds to 89, cuts to 89
    ("Giải ngân 128,3km/365,8km (đạt 35,07%).", True, "rounded"),
    ("Trồng rừng 812/700 ha, vượt 16%.", True, "rounded"),           # 116% of 700
    ("Trồng rừng 812/700 ha, vượt 20%.", False, None),
])
def test_fraction_and_its_percentage(text, ok, rounding):
    # an actual over its plan (a measure unit: km, ha) is checked as an achievement against its
    # target; a part of a whole as a fraction and the percentage that restates it
    (c,) = _checks(text, "fraction_percent") or _checks(text, "achievement")
    assert (c.ok, c.rounding) == (ok, rounding)
    assert c.other_text.endswith("%") and "/" in c.text


def test_a_slip_is_reported_with_both_figures():
    (c,) = _checks("Có 10/12 xã, đạt 80%.", "fraction_percent")
    assert c.text == "10/12 xã" and c.other_text == "80%"
    assert round(c.expected, 2) == 83.33 and c.written == 80.0 and c.tolerance == 0.5
    assert "disagree" in c.message and not c.ok


@pytest.mark.parametrize("text", [
    "Có 9/11 nhóm hàng tăng giá, hàng ăn tăng 6,12%.",      # a change, not the share
    "Có 67/67 đảng bộ tự đánh giá, kết quả như sau: 53,73% hoàn thành xuất sắc.",  # another clause
    "Làm sạch 2.801/3.214 trường hợp (413 không thể làm sạch), đạt 100%.",       # a figure between
    "Có 374/449 xã (chiếm khoảng 83%) đạt chuẩn.",           # an approximation
    "Có khoảng 16.530/51.090 người đạt 32,3%.",               # an approximate fraction
    "Có 30/40 xã đạt chuẩn, tốc độ 12%.",                     # no word that restates
])
def test_no_fraction_check_where_the_percentage_is_something_else(text):
    assert _checks(text, "fraction_percent") == []


@pytest.mark.parametrize("word", RULES.restate_before)
def test_every_restating_word_pairs_a_fraction_and_a_percentage(word):
    (c,) = _checks(f"Có 45/50 hộ, {word} 90%.", "fraction_percent")
    assert c.ok and c.expected == 90.0
    (c,) = _checks(f"Có 45/50 hộ, {word} 95%.", "fraction_percent")
    assert not c.ok


@pytest.mark.parametrize("word", RULES.excess_before)
def test_every_excess_word_compares_the_excess(word):
    # 60/50 ha is an actual over its plan: checked as the achievement 120% against 60/50
    (c,) = _checks(f"Trồng 60/50 ha, {word} 20%.", "fraction_percent") or _checks(
        f"Trồng 60/50 ha, {word} 20%.", "achievement")
    assert c.ok and (round(c.expected, 6), c.written) in ((20.0, 20.0), (120.0, 120.0))


@pytest.mark.parametrize("word", RULES.not_between)
def test_every_blocking_word_stops_the_pairing(word):
    assert _checks(f"Có 45/50 hộ, {word} đạt 95%.", "fraction_percent") == []


@pytest.mark.parametrize("word", RULES.not_after)
def test_every_comparison_after_the_percentage_stops_the_pairing(word):
    assert _checks(f"Giải ngân 120/150 tỷ đồng, bằng 110% {word} 2020.", "fraction_percent") == []
    (c,) = _checks(f"Giải ngân 120/150 tỷ đồng, bằng 110%, {word} 2020 tăng.", "fraction_percent")
    assert not c.ok


# ---- achievement ------------------------------------------------------------------------------
@pytest.mark.parametrize("target,value,achievement,ok", [
    ("34%", "34,39%", "101,15%", True),        # 101,147… rounded
    ("45,6%", "28,00%", "61%", True),          # 61,40…
    ("45,6%", "28,00%", "62%", False),         # the slip of the seed report 004
    ("2.000 ha", "2.815 ha", "141%", True),
    ("2.000 ha", "2.815 ha", "104%", False),
    ("5 xã", "3 xã", "60%", True),             # counts are exact
    ("5 xã", "3 xã", "61%", False),
    ("3,5%", "2,5%", "73%", True),             # 2,45/3,55 … 2,55/3,45: the inputs are rounded too
    ("3,5%", "2,5%", "75%", False),
])
def test_achievement_against_value_over_target(target, value, achievement, ok):
    (c,) = _checks(_table(target, value, achievement), "achievement")
    assert c.ok is ok
    assert c.text == value and c.other_text == achievement
    assert c.name == "Độ che phủ rừng" and c.period == "2025"


def test_no_achievement_check_for_a_bound_or_without_a_written_achievement():
    assert _checks(_table("34%", "Trên 34,39%", "101,15%"), "achievement") == []
    assert _checks(_table("34%", "34,39%", ""), "achievement") == []
    assert _checks("Độ che phủ rừng ước đạt 34,39%, đạt 101,15% NQĐH.", "achievement") == []  # no target


# ---- table and prose --------------------------------------------------------------------------
def test_table_and_prose_agree_or_not():
    table = _table("34%", "34,39%", "101,15%")
    (c,) = _checks("Năm 2025, độ che phủ rừng đạt 34,4%.\n\n" + table, "table_prose")
    assert c.ok and c.text == "34,4%" and c.other_text == "34,39%" and c.period == "2025"
    (c,) = _checks("Năm 2025, độ che phủ rừng đạt 36,4%.\n\n" + table, "table_prose")
    assert not c.ok and c.expected == 34.39 and c.written == 36.4
    # another year is another figure
    assert _checks("Năm 2024, độ che phủ rừng đạt 36,4%.\n\n" + table, "table_prose") == []


@pytest.mark.parametrize("word", RULES.name_must_agree)
def test_every_name_word_keeps_a_yearly_average_apart(word):
    table = _table("16 tỷ đồng", "17 tỷ đồng", "106%", name=f"Thu ngân sách trên địa bàn {word}")
    same = _checks(f"Năm 2025, thu ngân sách trên địa bàn {word} đạt 22 tỷ đồng.\n\n" + table, "table_prose")
    assert [c.ok for c in same] == [False]
    assert _checks("Năm 2025, thu ngân sách trên địa bàn đạt 22 tỷ đồng.\n\n" + table, "table_prose") == []


# ---- the digits of a figure -------------------------------------------------------------------
def test_unit_of_the_last_digit_written():
    assert unit_of_last_digit("8918", 89.18) == 0.01
    assert unit_of_last_digit("1025", 1025e9) == 1e9 and unit_of_last_digit("10256", 1025.6e9) == 1e8
    assert unit_of_last_digit("17500", 17500) == 1 and unit_of_last_digit("17500", 17.5) == 0.001
    assert unit_of_last_digit("17", 18.0) is None
    assert [d for _, _, d in numerals("7 500 000 đồng, 12 kg")] == ["7500000", "12"]


@given(st.floats(1, 1e4), st.floats(1e-3, 1), st.integers(0, 3))
def test_agree_accepts_every_rounding_and_cut(x, width, decimals):
    lo, hi = x, x * (1 + width / 1000)
    step = 10.0 ** -decimals
    for exact in (lo, hi, (lo + hi) / 2):
        assert agree(lo, hi, round(exact, decimals), step) is not None
        cut = int(exact * 10 ** decimals) / 10 ** decimals
        assert agree(lo, hi, cut, step) is not None
    assert agree(lo, hi, round(hi + 2 * step, decimals), step) is None


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.floats(0.5, 999), st.floats(0.5, 999), st.integers(0, 2), st.integers(0, 2), st.integers(0, 2))
def test_a_consistent_achievement_rounded_as_written_never_fails(value, target, dv, dt, da):
    v, t = round(value, dv), round(target, dt)
    if v == 0 or t == 0:
        return
    a = round(value / target * 100, da)          # the exact achievement, rounded as written
    if a == 0:
        return
    found = _checks(_table(_vn(t, dt) + "%", _vn(v, dv) + "%", _vn(a, da) + "%"), "achievement")
    assert len(found) == 1 and found[0].ok, found


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 20000), st.integers(1, 20000), st.integers(0, 2), st.booleans())
def test_a_fraction_restated_rounded_or_cut_never_fails(n, d, decimals, cut):
    if n > d:
        n, d = d, n
    exact = n / d * 100
    p = int(exact * 10 ** decimals) / 10 ** decimals if cut else round(exact, decimals)
    if p == 0:
        return
    (c,) = _checks(f"Có {n}/{d} hộ, đạt {_vn(p, decimals)}%.", "fraction_percent")
    assert c.ok


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 20000), st.integers(1, 20000), st.integers(0, 2))
def test_a_fraction_misstated_by_more_than_one_unit_is_flagged(n, d, decimals):
    if n > d:
        n, d = d, n
    p = round(n / d * 100 + 1.5 * 10 ** -decimals + 10 ** -decimals, decimals)
    (c,) = _checks(f"Có {n}/{d} hộ, đạt {_vn(p, decimals)}%.", "fraction_percent")
    assert not c.ok


# ---- corpus: offsets and what is found --------------------------------------------------------
@pytest.fixture(scope="module")
def seed_reports():
    return {p.name: baocao.parse(p.read_text(encoding="utf-8"), doc=p.name)
            for p in sorted(CORPUS.glob("*.txt"))}


def test_checks_point_at_their_text_in_the_seed_corpus(seed_reports):
    made = 0
    for r in seed_reports.values():
        for c in r.checks:
            made += 1
            assert r.original[c.start:c.end] == c.text
            assert r.original[c.other_start:c.other_end] == c.other_text
            assert c.ok == (c.rounding is not None)
            assert c.ok == (abs(c.written - c.expected) <= c.tolerance + 1e-9) or c.rounding == "cut"
    assert made >= 50


def test_the_seed_reports_slips_are_flagged(seed_reports):
    r = seed_reports["004_12d62f31151c975c.txt"]
    by_other = {(c.check, c.text, c.other_text): c for c in r.checks}
    # "Tỷ lệ lao động qua đào tạo 45.60% … 28.00% Đạt 62% chỉ tiêu NQ": 28/45,6 = 61,4%
    assert not by_other[("achievement", "28.00%", "Đạt 62% chỉ tiêu NQ")].ok
    # "33/37, đạt 89,18%": 89,189… cut, no slip
    assert by_other[("fraction_percent", "33/37", "89,18%")].rounding == "cut"
    assert by_other[("achievement", "34.39%", "101.15%")].ok


def test_check_spans_must_match_their_texts():
    with pytest.raises(ValueError, match="has length"):
        Check(check="achievement", ok=True, expected=1, written=1, tolerance=0, text="ab", start=0,
              end=3, other_text="c", other_start=3, other_end=4, message="m")


# ---- analysis ---------------------------------------------------------------------------------
def test_indicator_table_says_what_the_checks_found():
    r = baocao.parse(_table("45,6%", "28,00%", "62%", name="Tỷ lệ lao động qua đào tạo")
                     + "2\tĐộ che phủ rừng\t34%\t34,39%\t101,15%\n3\tSố xã\t5 xã\t3 xã\t\n")
    df = baocao.indicators(r)
    est = df[df.framing == "estimate"].set_index("name")["check"]
    assert est["Độ che phủ rừng"] == "ok"
    assert est["Tỷ lệ lao động qua đào tạo"].startswith("mismatch: achievement 62% written")
    assert pd.isna(est["Số xã"])
    assert df.dtypes["check"] == "string"
    # a table made before the column existed still reads
    assert baocao.indicators(df.drop(columns="check"))["check"].isna().all()


def test_checks_table():
    r = baocao.parse("Có 33/37 xã, đạt 89,18%; có 10/12 xã, đạt 80%.", doc="a.txt")
    df = baocao.checks(r)
    from baocao.analysis import CHECK_COLUMNS

    assert list(df.columns) == list(CHECK_COLUMNS) and dict(df.dtypes.astype(str)) == CHECK_COLUMNS
    assert df["ok"].tolist() == [True, False] and df["doc"].tolist() == ["a.txt", "a.txt"]
    assert df.loc[~df["ok"], "other_text"].tolist() == ["80%"]
    assert baocao.checks([]).empty


# ---- a prose statement with value, target and achievement -------------------------------------
def _with_indicator(text: str, **fields):
    """The report of `text` with one prose indicator as the resolver gives an actual over a plan
    (``812/700 ha``: value, target, the written achievement among its figures)."""
    from baocao.schema import Indicator

    r = baocao.parse(text)
    figs = [[x.start, x.end] for x in r.figures if x.kind in ("fraction", "percentage", "money", "quantity")]
    ind = Indicator(text=r.original[figs[0][0]:figs[-1][1]], start=figs[0][0], end=figs[-1][1],
                    name="Trồng rừng", figures=figs, **fields)
    r.__dict__["_resolved"] = ((ind,), ())
    return r


@pytest.mark.parametrize("text,achievement,ok", [
    ("Trồng rừng 812/700 ha, vượt 16% kế hoạch.", 116.0, True),
    ("Trồng rừng 812/700 ha, đạt 116% kế hoạch.", 116.0, True),
    ("Trồng rừng 812/700 ha, đạt 126% kế hoạch.", 126.0, False),
    ("Tỷ lệ che phủ đạt 83,5%/80%, đạt 104,4% kế hoạch.", 104.4, True),
    ("Tỷ lệ che phủ đạt 83,5%/80%, đạt 106,4% kế hoạch.", 106.4, False),
])
def test_prose_achievement_against_value_over_target(text, achievement, ok):
    value, target = (812.0, 700.0) if "812" in text else (83.5, 80.0)
    r = _with_indicator(text, value=value, target=target, achievement_pct=achievement,
                        unit="ha" if "ha" in text else "%")
    (c,) = r.checks                  # the fraction's own check is not made twice
    assert (c.check, c.ok, c.written) == ("achievement", ok, achievement)
    assert float(c.other_text.rstrip("%").replace(",", ".")) in (round(achievement - 100, 6), achievement)
    assert r.original[c.start:c.end] == c.text


_PIECES = st.sampled_from(["Có ", "33/37 xã", "10/12", "812/700 ha", ", đạt ", " (", ")", "; ", ". ",
                           "89,18%", "80%", "vượt 16%", " tăng ", "khoảng 83%", " cùng kỳ", " bằng ",
                           "2.815 ha", "17 tỷ đồng", "\n", "Năm 2025, độ che phủ rừng đạt ", "34,39%"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=14))
def test_checks_of_any_text_point_at_their_text(pieces):
    text = "".join(pieces)
    r = baocao.parse(text + "\n\n" + _table("34%", "34,39%", "101,15%"))
    for c in r.checks:
        assert r.original[c.start:c.end] == c.text and c.text
        assert r.original[c.other_start:c.other_end] == c.other_text and c.other_text
        assert c.ok == (c.rounding is not None) and c.tolerance >= 0
