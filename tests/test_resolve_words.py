"""Every word of the indicator vocabulary that the resolve steps read in a pattern of their own
(resolve/data/indicators.yaml: change_bases, excess_verbs/excess_over, threshold_verbs/
threshold_from, summary_reached, phrase_after_stops, year_words, period_leads, period_nouns) makes
the difference it is listed for."""
import pytest

import baocao
from baocao.normalize.lexicon import fold
from baocao.resolve._rules import load
from baocao.resolve.vocabulary import (
    EXCESS_OVER, PERIOD_AT_END, PERIOD_AT_START, THRESHOLD_VERB_AT_END, YEAR,
)

WORDS = load("indicators")


def _indicators(text):
    return [i for i in baocao.parse(text).indicators if i.kind == "indicator"]


def _summary(text):
    s = [i for i in baocao.parse(text).indicators if i.kind == "indicator_summary"]
    assert len(s) == 1, s
    return s[0]


@pytest.mark.parametrize("base", WORDS.change_bases)
def test_every_change_base(base):
    i, = _indicators(f"Giá trị sản xuất đạt 820 tỷ đồng, tăng 50 tỷ đồng so với {base}.")
    assert (i.value, i.change, i.change_base) == (820e9, 50e9, base)
    i, = _indicators(f"Giá trị sản xuất đạt 820 tỷ đồng, tăng 50 tỷ đồng so với {base} 2024.")
    assert i.change_base == f"{base} 2024"


@pytest.mark.parametrize("word", WORDS.year_words)
def test_every_year_word(word):
    i, = _indicators(f"Giá trị sản xuất đạt 820 tỷ đồng, tăng 50 tỷ đồng so với {word} 2020.")
    assert i.change_base == f"{word} 2020"
    assert YEAR.search(fold(f"kế hoạch {word} 2025")).group(1) == "2025"
    assert YEAR.search(fold(f"kế hoạch {word}x 2025")) is None


@pytest.mark.parametrize("verb", WORDS.excess_verbs)
@pytest.mark.parametrize("over", WORDS.excess_over)
def test_every_excess_word(verb, over):
    i, = _indicators(f"Sản lượng lương thực đạt 12.500 tấn, {verb} 4,5% {over} với kế hoạch.")
    assert (i.achievement_pct, i.achievement_base, i.status) == (pytest.approx(104.5), "kế hoạch", "vượt")
    assert EXCESS_OVER.match(fold(f" {over} với kế hoạch"))


@pytest.mark.parametrize("verb", WORDS.threshold_verbs)
def test_every_threshold_verb(verb):
    s = _summary(f"Có 12 chỉ tiêu {verb} trên 90%.")
    assert (s.count, s.threshold_pct) == (12.0, 90.0)
    assert THRESHOLD_VERB_AT_END.search(fold(f"12 chỉ tiêu {verb} "))
    for start in WORDS.threshold_from:
        assert THRESHOLD_VERB_AT_END.search(fold(f"12 chỉ tiêu {verb} {start} "))
    assert not THRESHOLD_VERB_AT_END.search(fold(f"12 chỉ tiêu {verb} kế hoạch "))


@pytest.mark.parametrize("word", WORDS.summary_reached)
def test_every_word_a_summary_reached_by(word):
    assert _summary(f"Có 10 chỉ tiêu {word} mục tiêu.").status == "đạt"
    assert _summary("Có 10 chỉ tiêu hoàn thành.").status is None


@pytest.mark.parametrize("word", WORDS.phrase_after_stops)
def test_every_word_that_ends_the_phrase_after_a_figure(word):
    i, = _indicators(f"Toàn huyện có 372 ha cây mắc ca {word} nhiều nơi.")
    assert (i.name, i.value, i.unit) == ("cây mắc ca", 372.0, "ha")


@pytest.mark.parametrize("lead", WORDS.period_leads)
def test_every_period_lead(lead):
    folded = fold(f"thu ngân sách {lead} năm 2025")
    assert PERIOD_AT_END.search(folded).start() == len("thu ngan sach ")
    assert PERIOD_AT_START.match(fold(f"{lead} năm 2025 thu ngân sách")).end() == len(fold(f"{lead} năm 2025"))


@pytest.mark.parametrize("noun", WORDS.period_nouns)
def test_every_period_noun(noun):
    folded = fold(f"thu ngân sách {noun} 2021 - 2025")
    assert PERIOD_AT_END.search(folded).start() == len("thu ngan sach ")
    assert PERIOD_AT_START.match(fold(f"{noun} 2025 thu")).end() == len(fold(f"{noun} 2025"))
