"""run_in._proper_words (two scans) gives the names the word-by-word reading gives: a word after another
word and a space, in capitals at its start at least twice and in a third of its uses there; a word in
capitals (two letters or more) is no word before the next."""
from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.core.fold import pieces as text_pieces
from baocao.structure.run_in import _proper_words


def _word_by_word(text: str) -> frozenset[str]:
    caps: dict[str, int] = {}
    small: dict[str, int] = {}
    prev_word = False
    for m in regex.finditer(r"\p{L}+|[^\p{L}\s]+", text):
        w = m.group()
        # a letter as the regex module reads it (its Unicode may know letters str.isalpha does not:
        # U+31AFE, of a newer CJK extension, is a letter to \p{L} and not to Python 3.11's isalpha)
        if not regex.match(r"\p{L}", w) or (len(w) > 1 and w.isupper()):
            prev_word = False
            continue
        gap = text[m.start() - 1:m.start()] if m.start() else ""
        if prev_word and gap == " ":
            if w[0].isupper():
                caps[w] = caps.get(w, 0) + 1
            else:
                small[w] = small.get(w, 0) + 1
        prev_word = True
    return frozenset(w for w, n in caps.items() if n >= 2 and 3 * n >= n + small.get(w.lower(), 0))


def test_a_letter_newer_than_python_s_unicode_is_a_word_to_both():
    text = "x \U00031afe Đảng x Đảng x Đảng"
    assert _proper_words(text) == _word_by_word(text) == frozenset({"Đảng"})


def test_the_corpus_names_are_the_word_by_word_ones():
    names = 0
    for path in sorted((Path(__file__).parent / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _proper_words(text) == _word_by_word(text), path.name
        names += len(_word_by_word(text))
    assert names > 10


_PIECES = ["Đảng", "Nhà", "nước", "VIỆT", "Nam", "nam", "a", "B", "ĐẢNG", "Ab", "aB", "ǅa", "Ⅰ", "ß", "İ", "中",
           "x1", "5"]
_GAPS = ["", " ", "  ", "\n", "\n ", " \n", "\t ", "\u00a0", ", ", ". "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES) | st.text(max_size=2), st.sampled_from(_GAPS)), max_size=30))
def test_any_text_s_names_are_the_word_by_word_ones(pieces):
    text = "".join(p + g for p, g in pieces)
    assert _proper_words(text) == _word_by_word(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES) | st.text(max_size=2), st.sampled_from(_GAPS)), max_size=30),
       st.integers(min_value=1, max_value=9))
def test_the_words_counted_piece_by_piece_are_those_of_the_whole_text(pieces, size):
    import baocao.structure.run_in as run_in

    text = "".join(p + g for p, g in pieces)
    saved = run_in._PIECE
    run_in._PIECE = size
    try:
        cuts = list(text_pieces(text, size))
        assert "".join(text[a:b] for a, b in cuts) == text
        assert all(text[b - 1].isspace() for a, b in cuts[:-1])
        assert _proper_words(text) == _word_by_word(text)
    finally:
        run_in._PIECE = saved
