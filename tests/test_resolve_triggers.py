"""The gates of resolve/triggers.py never skip a figure their rule would give a reason for.

Each gated rule of ``events.RULES`` and ``other_figures.RULES`` is asked of every figure that reaches
``not_an_indicator`` (on texts generated from the rules' own words with noise, upper case, no-break spaces and
the other tone convention, and on dev documents): where the rule gives a reason, its gate must hold. The
lemma under them: a whole-word match of a word list in a window (the window's end read as the text's end) is
a start :meth:`Trigger.within` finds.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import regex
from gate_texts import texts
from hypothesis import given, settings
from hypothesis import strategies as st

import baocao
import baocao.resolve.statements as statements
from baocao.resolve import events, other_figures
from baocao.resolve.context import Context, Figure
from baocao.resolve.triggers import Trigger
from baocao.resolve.vocabulary import WORDS, exact_words

GATED = [*events.GATES.items(), *other_figures.GATES.items()]
LISTS = ["vote_verbs", "vote_nouns", "vote_words", "committee_verbs", "committee_words", "event_nouns",
         "performing_words", "participation_leads", "group_leads", "merger_words", "commendation_words",
         "gift_verbs", "worth_words", "reward_words", "target_share_nouns", "administrative_units"]
VOCABULARY = sorted({w for name in LISTS for w in getattr(WORDS, name)}
                    | {"với", "tỷ lệ", "gồm", "đạt", "có", "là", "chỉ tiêu", "cũng với", "bầu", "Ban Chấp hành"})
NOISE = ["", "năm 2024", "huyện", "tăng", "kế hoạch", "Tân Lập", "dự án", ",", ";", ".", ":", "\n", "(", ")", "và"]
FIGURES = ["100%", "95,89%", "13 người", "42 điểm cầu", "1.000 người", "3 xã", "2 tập thể", "5 cá nhân",
           "500 triệu đồng", "10 ngôi nhà", "4/13 tỉnh", "7%", "12 km", "01 tỷ đồng"]
DEV = Path(__file__).parent / "corpus" / "genre" / "dev"


def _checked(texts: list[str]) -> tuple[list[tuple[str, str, str]], int]:
    """Every (rule, figure, text) where a gated rule gives a reason its gate denies, and how many reasons
    the gated rules gave, over ``texts``."""
    missed: list[tuple[str, str, str]] = []
    fired = 0
    inner = statements.not_an_indicator

    def spy(ctx: Context, fig: Figure):
        nonlocal fired
        for rule, gate in GATED:
            if rule(ctx, fig) is not None:
                fired += 1
                if not gate(ctx, fig):
                    missed.append((rule.__name__, fig.rec.text, ctx.text[max(0, fig.rec.start - 80):fig.rec.end + 80]))
        return inner(ctx, fig)

    statements.not_an_indicator = spy
    try:
        for text in texts:
            baocao.parse(text).indicators
    finally:
        statements.not_an_indicator = inner
    return missed, fired


@settings(max_examples=60, deadline=None)
@given(texts(VOCABULARY, NOISE, FIGURES))
def test_no_gate_skips_a_reason_on_texts_of_the_rules_words(text):
    missed, _ = _checked([text])
    assert not missed


@pytest.mark.parametrize("text", [
    "Đồng chí Nguyễn Văn A đã tái đắc cử với tỷ lệ 100%.",
    "Đại hội bầu Ban Chấp hành gồm 13 người; với 95,89% số phiếu.",
    "Cũng với tỷ lệ 100%, các đồng chí được bầu giữ chức Phó Bí thư.",
    "Hội nghị được tổ chức trực tuyến với 42 điểm cầu; 1.000 người biểu diễn.",
    "Kiên Giang nằm trong nhóm 4/13 tỉnh; xã được sáp nhập bởi 2 xã Lạc Hưng và Bảo Hiệu.",
    "2 tập thể và 5 cá nhân được UBND huyện khen thưởng; trao 10 ngôi nhà, trị giá 500 triệu đồng cho các hộ.",
    "Giải nhất được thưởng 10 triệu đồng; đạt 80% số chỉ tiêu.",
])
def test_the_gated_rules_fire_through_their_gates(text):
    missed, fired = _checked([text])
    assert fired and not missed


def test_the_gates_close_where_their_words_are_absent():
    shut: list[str] = []
    inner = statements.not_an_indicator

    def spy(ctx: Context, fig: Figure):
        shut.extend(rule.__name__ for rule, gate in GATED if not gate(ctx, fig))
        return inner(ctx, fig)

    statements.not_an_indicator = spy
    try:
        baocao.parse("Năm 2024, GRDP tăng 7%, thu ngân sách 500 tỷ đồng, 3 xã đạt chuẩn nông thôn mới.").indicators
    finally:
        statements.not_an_indicator = inner
    assert {"_vote_share", "_share_of_targets", "_award", "award_count", "merged_units"} <= set(shut)


def test_no_gate_skips_a_reason_on_dev_documents():
    paths = sorted(DEV.glob("*.txt"))[::10]
    missed, _ = _checked([p.read_text(encoding="utf-8") for p in paths])
    assert not missed


@pytest.mark.slow
def test_no_gate_skips_a_reason_on_every_dev_document():
    missed, fired = _checked([p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))])
    assert not missed and fired


class _Doc:
    def __init__(self, lower: str) -> None:
        self.lower, self.scans = lower, {}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS.vote_nouns + WORDS.group_leads + ["phiếu", "số", "nhóm"]),
                          st.sampled_from(["a", " ", "\u00a0", "1", "x"])), max_size=20),
       st.integers(0, 60), st.integers(0, 200))
def test_a_whole_word_match_in_a_window_is_a_start_within_it(pieces, lo, width):
    text = "".join(pieces).lower()
    words = WORDS.vote_nouns + WORDS.group_leads
    trigger, pattern = Trigger("t", words), regex.compile(exact_words(words))
    hi = min(len(text), lo + width)
    if pattern.search(text, lo, hi) is not None:
        assert trigger.within(_Doc(text), lo, hi)       # type: ignore[arg-type]
    odd = "  " in text or "\u00a0" in text
    strings = trigger.tokens if odd else trigger.forms
    if trigger.within(_Doc(text), lo, hi):
        assert any(text.find(t, lo, hi + len(t) - 1) >= 0 for t in strings)
