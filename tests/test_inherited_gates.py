"""The gates of resolve/inherited_names.py (``inherits_name``, ``growth_of_subject``) never change an answer.

Each rule is asked, gated and ungated, of every figure that ``statements.place`` asks it of (on texts generated
from the rules' own words with noise, upper case, no-break spaces, doubled spaces and unaccented spellings, and on
dev documents): the answers must be the same. The lemma under the gates: a match of a folded word list inside a
window of the folded text is found there by :meth:`FoldedTrigger.within`.
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
from baocao.core.fold import fold
from baocao.resolve import inherited_names
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context, Draft, Figure
from baocao.resolve.triggers import FoldedTrigger
from baocao.resolve.vocabulary import WORDS

VOCABULARY = sorted({*WORDS.inherit_name_leads, *WORDS.growth_word_names, *WORDS.increase, "tỷ lệ", "đạt",
                     "khu vực dịch vụ", "nông nghiệp", "chiếm", "giá trị sản xuất", "ước", "kinh tế"})
NOISE = ["", "năm 2024", "huyện", ",", ";", ".", ":", "\n", "(", ")", "và", "đã"]
FIGURES = ["4,4%", "1,2 điểm phần trăm", "3,62%", "18.537 tỷ đồng", "6,76%", "78,1 triệu đồng/người",
           "3.259,3 USD/người", "51,3%", "12 ha"]
DEV = Path(__file__).parent / "corpus" / "genre" / "dev"


def _variant(word: str, how: int) -> str:
    """The word as written, in upper case, with a no-break space, two spaces, or without its accents."""
    return [word, word.upper(), word.replace(" ", "\u00a0"), word.replace(" ", "  "), fold(word)][how]


def _checked(texts: list[str]) -> tuple[list[tuple[str, str]], int]:
    """Every (rule, text near the figure) where the gated answer differs from the ungated one, and how many
    figures the ungated rules said yes to, over ``texts``."""
    differ: list[tuple[str, str]] = []
    said = 0
    inherits, growth = statements.inherits_name, statements.growth_of_subject

    def near(ctx: Context, fig: Figure) -> str:
        return ctx.text[max(0, fig.rec.start - 80):fig.rec.end + 20]

    def spy_inherits(ctx: Context, fig: Figure) -> bool:
        nonlocal said
        gated, ungated = inherits(ctx, fig), inherited_names._inherits_name(ctx, fig)
        said += ungated
        if gated != ungated:
            differ.append(("inherits_name", near(ctx, fig)))
        return gated

    def spy_growth(ctx: Context, fig: Figure, current: Draft | None):
        nonlocal said
        gated = growth(ctx, fig, current)
        rec = fig.rec
        ungated = (False if current is None or current.summary or not current.figs or rec.kind != "percentage"
                   else inherited_names._growth_of_subject(ctx, fig, current))
        said += bool(ungated)
        if gated != ungated:
            differ.append(("growth_of_subject", near(ctx, fig)))
        return gated

    statements.inherits_name, statements.growth_of_subject = spy_inherits, spy_growth
    try:
        for text in texts:
            baocao.parse(text).indicators
    finally:
        statements.inherits_name, statements.growth_of_subject = inherits, growth
    return differ, said


@settings(max_examples=80, deadline=None)
@given(texts(VOCABULARY, NOISE, FIGURES, _variant, 5))
def test_the_gated_rules_answer_as_the_ungated_on_texts_of_their_words(text):
    differ, _ = _checked([text])
    assert not differ


@pytest.mark.parametrize("text", [
    "Khu vực dịch vụ tăng 4,4%, đóng góp 1,2 điểm phần trăm vào mức tăng chung.",
    "GRDP bình quân đầu người đạt 78,1 triệu đồng/người, quy đổi đô la Mỹ ước đạt 3.259,3 USD/người.",
    "Nông nghiệp chiếm tỷ lệ 51,3%, tăng trưởng bình quân đạt 3,62%.",
    "Tổng giá trị sản xuất toàn ngành đạt 18.537 tỷ đồng, tốc độ tăng trưởng đạt 6,76%.",
    "Tổng giá trị sản xuất toàn ngành đạt 18.537 tỷ đồng, tốc\u00a0độ tăng  trưởng đạt 6,76%.",
])
def test_the_rules_say_yes_through_their_gates(text):
    differ, said = _checked([text])
    assert said and not differ


def test_the_gates_close_where_their_words_are_absent():
    ctx_figs: list[tuple[Context, Figure]] = []
    inner = statements.inherits_name

    def spy(ctx: Context, fig: Figure) -> bool:
        ctx_figs.append((ctx, fig))
        return inner(ctx, fig)

    statements.inherits_name = spy
    try:
        baocao.parse("Khu vực dịch vụ tăng 4,4%, công nghiệp tăng 5,1%, nông nghiệp tăng 2,2%.").indicators
    finally:
        statements.inherits_name = inner
    assert ctx_figs
    for ctx, fig in ctx_figs:
        assert not inherited_names._INHERIT_TRIGGER.within(ctx, fig.lead_start, fig.start)
        assert not inherited_names._GROWTH_TRIGGER.within(ctx, fig.lead_start, fig.start)


def test_the_gated_rules_answer_as_the_ungated_on_dev_documents():
    differ, said = _checked([p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))[::10]])
    assert said and not differ


@pytest.mark.slow
def test_the_gated_rules_answer_as_the_ungated_on_every_dev_document():
    differ, said = _checked([p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))])
    assert said and not differ


class _Doc:
    def __init__(self, folded: str) -> None:
        self.folded, self.scans = folded, {}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from([fold(w) for w in WORDS.growth_word_names + WORDS.inherit_name_leads]
                                          + ["tang", "truong", "quy", "dong", "gop"]),
                          st.sampled_from(["a", " ", "  ", "\u00a0", "1", ","])), max_size=20),
       st.integers(0, 60), st.integers(0, 200))
def test_a_folded_match_in_a_window_is_found_within_it(pieces, lo, width):
    text = "".join(pieces)
    for words in (WORDS.growth_word_names, WORDS.inherit_name_leads):
        trigger, pattern = FoldedTrigger(words), regex.compile(words_pattern(words))
        hi = min(len(text), lo + width)
        if pattern.search(text, lo, hi) is not None:
            assert trigger.within(_Doc(text), lo, hi)       # type: ignore[arg-type]
