"""fold of a long text, read as an array of code points, is the fold of the same text read a
character at a time (``str.translate`` with the fold table, then lower case)."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.core import fold as fold_module
from baocao.core.fold import FOLD_ARRAY_CHARS, LOWER_PIECE, fold

_CORPUS = Path(__file__).parent / "corpus"


def _by_translate(text: str) -> str:
    return text.translate(fold_module._fold_table()).lower()


def test_a_long_report_folds_as_by_translate():
    for path in sorted(_CORPUS.glob("*.txt"))[:5]:
        text = path.read_text(encoding="utf-8")
        assert len(text) > FOLD_ARRAY_CHARS
        assert fold(text) == _by_translate(text)


def test_combining_marks_are_dropped_and_a_lone_surrogate_kept():
    text = ("Hoa\u0300 Bi\u0300nh ĐƯỜNG \ud800 ΟΔΟΣ ß İ ǅ \U0001F600 " * 2500)
    assert len(text) > LOWER_PIECE     # folded a piece at a time
    assert fold(text) == _by_translate(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=12) | st.sampled_from(["Đà Nẵng", "TỔNG SẢN PHẨM", "e\u0301", "\n"]),
                min_size=1, max_size=30))
def test_any_long_text_folds_as_by_translate(pieces):
    text = " ".join(pieces)
    text = text * (FOLD_ARRAY_CHARS // max(len(text), 1) + 1)
    assert fold(text) == _by_translate(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80) | st.text(alphabet=st.characters(max_codepoint=0x2300), max_size=80))
def test_a_short_text_folds_as_by_the_fold_table_alone(text):
    # the translate table with its characters mapped to themselves reads as the fold table does
    assert text.translate(fold_module._translate_table()) == text.translate(fold_module._fold_table())
    assert fold(text) == _by_translate(text)
