"""The lexicon's and the running-text model's tables hold str keys and no tuple or list values.

A batch worker shares these tables with the forkserver that built them until it writes to a page,
and a lookup that finds a tuple key writes the key's reference count (a str key is compared in
place): a tuple key coming back would cost every worker tens of MiB (benchmarks/bench_cow.py).
"""
from dataclasses import fields

import pytest

from baocao.normalize.lexicon import key, lexicon
from baocao.normalize.lm import maybe_model


def _tables():
    lm = maybe_model()
    for owner in (lexicon(), lm) if lm is not None else (lexicon(),):
        for f in fields(owner):
            table = getattr(owner, f.name)
            if isinstance(table, (dict, frozenset)):
                yield f"{type(owner).__name__}.{f.name}", table


@pytest.mark.parametrize("name,table", list(_tables()), ids=lambda x: x if isinstance(x, str) else "")
def test_keys_are_str_and_values_flat(name, table):
    assert all(type(k) is str for k in table), name
    if name == "Lexicon.bigram_next":  # one level down: syllable -> {syllable: 1 or 3}
        assert all(type(k) is str and v in (1, 3) for inner in table.values()
                   for k, v in inner.items())
    elif isinstance(table, dict):
        assert all(type(v) in (str, int, float) for v in table.values()), name


def test_bigram_next_holds_the_bigrams():
    lex = lexicon()
    assert {f"{a} {b}": v for a, inner in lex.bigram_next.items()
            for b, v in inner.items()} == lex.bigrams


def test_no_syllable_holds_the_separator():
    """key() joins syllables by a space: no syllable may hold one, or two runs could share a key."""
    assert not any(" " in s or not s for s in lexicon().syllables)
    assert key("thị", "trấn") in lexicon().bigrams and key(None, "trấn") is None


def test_lookups_by_run():
    lex = lexicon()
    assert lex.bigrams[key("thị", "trấn")] == 1
    assert key("cộng", "tác", "viên") in lex.words
    assert "trấn" in lex.same_form("tran") and lex.same_form("qqq") == []
    assert all(len(row) == 3 for row in lex.areas_of(key("ang", "nua")))


@pytest.mark.slow
def test_the_compacted_lexicon_equals_the_one_built():
    from baocao.normalize.lexicon import _build
    assert lexicon() == _build()


def test_compacted_copies_and_passes_arguments():
    from baocao.normalize.lexicon import compacted
    original = {"thị trấn": "x"}
    copy = compacted(dict, original)
    assert copy == original and copy is not original
