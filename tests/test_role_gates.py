"""The gates of resolve/role_gates.py never skip a role their rule would give.

Each gated rule of ``roles.ROLE_RULES`` is asked of every figure whose role is read (on texts generated from the
rules' own words with noise, upper case, no-break spaces and the other tone convention, and on dev documents):
where the rule gives a role, its gate must hold. The lemma under the gates at a lead's end: every character the
pattern ``\\s`` matches is one ``str.rstrip`` strips.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import regex
from gate_texts import texts
from hypothesis import given, settings

import baocao
from baocao.resolve import roles
from baocao.resolve.context import Context, Figure
from baocao.resolve.role_gates import GATES
from baocao.resolve.vocabulary import WORDS

LISTS = ["increase", "decrease", "achievement_verbs", "change_from_verbs", "level_from_verbs", "from_words",
         "to_words", "up_to_words", "down_to_words", "event_words", "multiple_words", "averaging", "yearly"]
VOCABULARY = sorted({w for name in LISTS for w in getattr(WORDS, name)}
                    | {"so với", "kế hoạch", "cùng kỳ", "tỷ lệ", "hộ nghèo", "tăng trưởng", "+", "-", "tặng", "giám sát"})
NOISE = ["", "năm 2024", "huyện", "GRDP", "Tân Lập", ",", ";", ".", ":", "\n", "(", ")", "và", "đã", "được"]
FIGURES = ["100%", "7,2%", "13 người", "2,5 lần", "1.000 tỷ đồng", "3 xã", "35,6% đến 61,4%", "10 - 12%", "5 ha",
           "24/27 chỉ tiêu", "2022/2023", "83,5%/80%", "95 phiếu", "12 km"]
DEV = Path(__file__).parent / "corpus" / "genre" / "dev"
RULES = {rule.__name__: rule for rule in roles.ROLE_RULES}


def _checked(texts: list[str]) -> tuple[list[tuple[str, str, str]], int]:
    """Every (rule, figure, lead) where a gated rule gives a role its gate denies, and how many roles the gated
    rules gave, over ``texts``."""
    missed: list[tuple[str, str, str]] = []
    fired = 0
    asked = roles._ASKED

    def spy(rule, gate):
        def ask(ctx: Context, fig: Figure, lead: str):
            nonlocal fired
            role = rule(ctx, fig, lead)
            if role is not None and gate is not None:
                fired += 1
                if not gate(ctx, fig, lead):
                    missed.append((rule.__name__, fig.rec.text, lead[-80:]))
            return role
        return ask

    roles._ASKED = tuple((spy(rule, gate), None) for rule, gate in asked)
    try:
        for text in texts:
            baocao.parse(text).indicators
    finally:
        roles._ASKED = asked
    return missed, fired


def test_every_gate_stands_before_a_rule():
    assert set(GATES) <= set(RULES)
    assert [rule for rule, _ in roles._ASKED] == list(roles.ROLE_RULES)


def test_every_whitespace_of_the_patterns_is_stripped():
    space = regex.compile(r"\s")
    assert all(chr(c).isspace() for c in range(sys.maxunicode + 1) if space.fullmatch(chr(c)))


@settings(max_examples=80, deadline=None)
@given(texts(VOCABULARY, NOISE, FIGURES))
def test_no_gate_skips_a_role_on_texts_of_the_rules_words(text):
    missed, _ = _checked([text])
    assert not missed


@pytest.mark.parametrize("text", [
    "GRDP tăng 7,2% so với cùng kỳ; thu ngân sách giảm 3,1%.",
    "Chỉ số sản xuất công nghiệp (IIP): + 6,7%.",
    "Tổng thu ngân sách đạt 105,2% kế hoạch, tăng 12% so với kế hoạch.",
    "Tỷ lệ đô thị hóa tăng từ 35,6% đến 61,4%; tỷ lệ hộ nghèo giảm từ 6,26% xuống còn 2,36%.",
    "Thu nhập bình quân đạt từ 3,6 triệu đồng năm 2006 lên 7,5 triệu đồng.",
    "Đồng chí A trúng cử với số phiếu 95 phiếu; đại biểu 120 người.",
    "GRDP bình quân đầu người tăng gấp 2,5 lần so với năm 2015.",
])
def test_the_gated_rules_give_roles_through_their_gates(text):
    missed, fired = _checked([text])
    assert fired and not missed


def test_the_gates_close_where_their_words_are_absent():
    shut: list[str] = []
    asked = roles._ASKED

    def spy(rule, gate):
        def ask(ctx: Context, fig: Figure, lead: str):
            if gate is not None and not gate(ctx, fig, lead):
                shut.append(rule.__name__)
            return rule(ctx, fig, lead)
        return ask

    roles._ASKED = tuple((spy(rule, gate), None) for rule, gate in asked)
    try:
        baocao.parse("Năm 2024, GRDP đạt 101.000 tỷ đồng, 3 xã đạt chuẩn nông thôn mới.").indicators
    finally:
        roles._ASKED = asked
    assert {"_change", "_achievement", "_from_level", "_event", "_multiple"} <= set(shut)


def test_no_gate_skips_a_role_on_dev_documents():
    paths = sorted(DEV.glob("*.txt"))[::10]
    missed, fired = _checked([p.read_text(encoding="utf-8") for p in paths])
    assert fired and not missed


@pytest.mark.slow
def test_no_gate_skips_a_role_on_every_dev_document():
    missed, fired = _checked([p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))])
    assert fired and not missed
