"""A pattern compiled by core.rules.compile_at matches where and as far as the pattern itself does,
for any text and offset (texts of the characters the patterns read, and others); the patterns the
resolver matches at every figure with it are among them."""
import regex
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.core.rules import compile_at
from baocao.resolve import periods

_PATTERNS = [r"\s*\(\s*", r"\s*\)", r"[ \t]*\((?P<x>\d+)?", r"\s*(?:bằng|so với)\s+", r"(?<!\p{L})\s*,", r"x|\s*$"]
_TEXTS = st.text(alphabet=" \t\u00a0\n()x,5bằngso vớiĐ", max_size=30)


@st.composite
def _at(draw):
    text = draw(_TEXTS)
    return text, draw(st.integers(0, len(text)))


def _same(a, b):
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.groups() == b.groups())


@settings(max_examples=800, deadline=None)
@given(_at(), st.sampled_from(_PATTERNS))
def test_compile_at_matches_as_the_pattern(at, pattern):
    text, pos = at
    plain, fast = regex.compile(pattern), compile_at(pattern)
    assert _same(plain.match(text, pos), fast.match(text, pos))
    assert _same(plain.fullmatch(text, pos), fast.fullmatch(text, pos))


def test_the_resolver_patterns_match_as_written():
    text = "tăng 16,6%/năm ( giai đoạn 2014-2018 ); đạt 5% (năm 2020)"
    for fast, plain in ((periods.ASIDE_OPEN, r"\s*\(\s*"), (periods._ASIDE_CLOSE, r"\s*\)")):
        for pos in range(len(text) + 1):
            assert _same(regex.compile(plain).match(text, pos), fast.match(text, pos))


def test_a_pattern_with_its_flags_first_is_refused():
    with pytest.raises(ValueError):
        compile_at(r"(?r)\s*\)")


def test_a_text_without_the_character_is_not_read_to_its_end():
    # the plain pattern reads the text ahead for "(" (no timing: the matches agree on a long text)
    text = "5 ha " * 20000
    assert compile_at(r"\s*\(\s*").match(text, 4) is None
