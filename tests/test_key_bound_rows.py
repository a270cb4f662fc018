"""key_bounds.shared_pairs, the bigrams each variant has in common with a name, read from the rows of
the name's own bigrams only, equals the count over every bigram of every variant."""
from collections import Counter

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.resolve import keys
from baocao.resolve.key_bounds import shared_pairs

_B = keys._variants()
_LETTERS = "".join(sorted({c for v in _B.texts for c in v}))


def _every_pair(text):
    have = Counter(text[i:i + 2] for i in range(len(text) - 1))
    return np.array([sum(min(k, have[p]) for p, k in Counter(v[i:i + 2] for i in range(len(v) - 1)).items())
                     for v in _B.texts], dtype=np.int64)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_LETTERS + "ÿ1 ", max_size=60) | st.sampled_from(_B.texts))
def test_the_rows_of_a_names_bigrams_count_what_every_bigram_counts(text):
    mine = shared_pairs(_B, text)
    assert mine.dtype == np.int64 and mine.shape == (len(_B.texts),)
    assert (mine == _every_pair(text)).all()
