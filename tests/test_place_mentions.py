"""The province names a text mentions, found by `re` (places._mentions), are those the `regex` pattern
finds: the same starts and names, whatever letters and digits beyond ASCII stand beside them."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.core.fold import fold
from baocao.resolve import places


def _by_regex(folded: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in places._patterns()[0].finditer(folded)]


def test_the_corpus_mentions_are_regex_s():
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "corpus").glob("*.txt"))]
    found = 0
    for text in texts:
        folded = fold(text)
        assert places._mentions(folded) == _by_regex(folded)
        found += len(_by_regex(folded))
    assert found > 10


_PIECES = ["ha noi", "Hà Nội", "nam dinh", "ha nam", "ba ria - vung tau", "quang ninh", "x", "2", "²", "ð",
           "ß", "中", "٣", "\u0301", " ", "-", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=2), max_size=12).map("".join))
def test_any_text_s_mentions_are_regex_s(text):
    folded = fold(text)
    assert places._mentions(folded) == _by_regex(folded)
