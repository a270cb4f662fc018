"""Texts made of a gated rule's own words, for the tests that a gate never changes its rule's answer
(test_resolve_triggers.py, test_role_gates.py, test_inherited_gates.py): sentences of words of the rule's
lists, each written one of several ways, with noise and figures between them."""
from __future__ import annotations

from typing import Callable, Sequence

from hypothesis import strategies as st


def spelling(word: str, how: int) -> str:
    """The word as written (0), in upper case (1), with a no-break space (2), or in the old tone convention (3)."""
    if how == 1:
        return word.upper()
    if how == 2:
        return word.replace(" ", "\u00a0")
    if how == 3:
        return word.replace("òa", "oà").replace("úy", "uý").replace("ủy", "uỷ")
    return word


def texts(vocabulary: Sequence[str], noise: Sequence[str], figures: Sequence[str],
          spell: Callable[[str, int], str] = spelling, ways: int = 4) -> st.SearchStrategy[str]:
    """Up to six sentences of 2-14 pieces: a word of `vocabulary` written one of `ways` ways by `spell`, a
    piece of `noise` or a figure."""
    piece = st.one_of(st.tuples(st.sampled_from(vocabulary), st.integers(0, ways - 1)).map(lambda p: spell(*p)),
                      st.sampled_from(noise), st.sampled_from(figures))
    return st.lists(st.lists(piece, min_size=2, max_size=14), min_size=1, max_size=6).map(
        lambda sentences: "".join(" ".join(s) + ". " for s in sentences))
